"""The taxes of one service payment, for the calculators that build on the tax engine (termin,
biaya platform, biaya karyawan).

This module computes no tax itself. It asks the tax engine, the ``pembayaran`` calculator (the
whole payment: PPh 21/23/26/final, PPN, net transfer, deadlines, stamp duty), and returns its
figures under one shape, with the engine's own explanation steps.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from .hasil import Langkah
from .masukan import KesalahanMasukan

PENERIMA = ("badan", "orang_pribadi", "luar_negeri", "umkm_suket")
NAMA_PENERIMA = {
    "badan": "badan usaha dalam negeri (PT, CV, firma, koperasi)",
    "orang_pribadi": "orang pribadi dalam negeri (pekerja lepas)",
    "luar_negeri": "penyedia luar negeri",
    "umkm_suket": "UMKM dengan Surat Keterangan PP 55/2022",
}
#: The engine's output keys of income taxes.
KUNCI_PPH = ("pph21", "pph23", "pph26", "pph4_2", "pph_final")


@dataclass(frozen=True)
class PajakJasa:
    bruto: Decimal
    ppn: Decimal                  # PPN on the provider's invoice (paid to the provider)
    ppn_jasa_luar_negeri: Decimal  # PPN on a foreign service, self-assessed and paid by the payer
    total_faktur: Decimal
    pph: Decimal                  # income tax withheld (whichever kind)
    jenis_pph: str                # "PPh 23", "PPh 21", ...
    net_dibayar: Decimal          # transfer to the provider
    disetor_pemotong: Decimal     # what the payer deposits: PPh + PPN jasa luar negeri
    jatuh_tempo_setor: date | None
    jatuh_tempo_setor_ppn: date | None
    bea_meterai: Decimal          # duty on the receipt owed by the payer
    bukti_potong: str
    langkah: tuple[Langkah, ...]
    peringatan: tuple[str, ...]


def pajak_jasa(bruto: Decimal, tanggal: date, penerima: str = "badan", punya_npwp: bool = True,
               pkp: bool = True, jenis_penghasilan: str = "jasa", dokumen: str = "kuitansi",
               **lain: Any) -> PajakJasa:
    """Taxes of paying ``bruto`` (excluding PPN) for a service on ``tanggal``.

    Raises ``KesalahanMasukan`` with the engine's field errors (map them with ``petakan``) and
    ``TanggalTidakDicakup`` for a date the rules do not cover.
    """
    from . import api

    data: dict[str, Any] = {
        "tanggal": tanggal.isoformat(), "penerima": penerima, "punya_npwp": punya_npwp, "pkp": pkp,
        "jenis_penghasilan": jenis_penghasilan, "bruto": Decimal(bruto), "jenis_dokumen": dokumen,
        "jumlah_rangkap": 1, "kategori_pph21": "bukan_pegawai",
    }
    data.update({k: v for k, v in lain.items() if v is not None})
    h = api.hitung("pembayaran", data)
    k = h.keluaran
    pph = sum((Decimal(k.get(x) or 0) for x in KUNCI_PPH), Decimal(0))
    return PajakJasa(
        bruto=Decimal(k["bruto"]), ppn=Decimal(k["ppn"]),
        ppn_jasa_luar_negeri=Decimal(k.get("ppn_jasa_luar_negeri") or 0),
        total_faktur=Decimal(k["total_faktur"]), pph=pph, jenis_pph=k["jenis_pph"],
        net_dibayar=Decimal(k["net_dibayar"]), disetor_pemotong=Decimal(k["disetor_pemotong"]),
        jatuh_tempo_setor=k.get("jatuh_tempo_setor"), jatuh_tempo_setor_ppn=k.get("jatuh_tempo_setor_ppn"),
        bea_meterai=Decimal(k.get("bea_meterai_per_pihak") or 0), bukti_potong=k.get("bukti_potong") or "",
        langkah=tuple(h.langkah), peringatan=tuple(h.peringatan))


def petakan(e: KesalahanMasukan, kolom: set[str] | dict, bawaan: str) -> KesalahanMasukan:
    """The engine's field errors, moved to this form's fields (unknown fields -> ``bawaan``)."""
    return KesalahanMasukan([{"kunci": k["kunci"] if k["kunci"] in kolom else bawaan, "pesan": k["pesan"]}
                             for k in e.kesalahan])
