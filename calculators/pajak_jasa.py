"""The taxes of one service payment, for the calculators that build on the tax engine (termin,
biaya platform, biaya karyawan).

This module computes no tax itself. It asks the tax engine, the ``pembayaran`` calculator (the
whole payment: PPh 21/23/26/final, PPN, net transfer, deadlines, stamp duty) and returns the
figures under one shape, with the engine's own explanation steps. Until ``pembayaran`` is
available it uses the engine's rule functions for a resident company (PPh 23 + PPN + deadline +
stamp duty on the receipt); other payees then get a clear error.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from .hasil import Langkah

PENERIMA = ("badan", "orang_pribadi", "luar_negeri", "umkm_suket")
NAMA_PENERIMA = {
    "badan": "badan usaha dalam negeri (PT, CV, firma, koperasi)",
    "orang_pribadi": "orang pribadi dalam negeri (pekerja lepas)",
    "luar_negeri": "penyedia luar negeri",
    "umkm_suket": "UMKM dengan Surat Keterangan PP 55/2022",
}
#: The engine's output keys of income taxes, and how to name them.
KUNCI_PPH = {"pph21": "PPh 21", "pph23": "PPh 23", "pph26": "PPh 26", "pph4_2": "PPh Pasal 4 ayat (2)",
             "pph_final": "PPh final UMKM"}


class PajakTidakTersedia(ValueError):
    """The tax engine cannot compute this payment yet (shown to the reader as a field error)."""


@dataclass(frozen=True)
class PajakJasa:
    bruto: Decimal
    ppn: Decimal
    total_faktur: Decimal
    pph: Decimal
    jenis_pph: str
    net_dibayar: Decimal
    jatuh_tempo_setor: date | None
    jatuh_tempo_setor_ppn: date | None
    bea_meterai: Decimal
    bukti_potong: str
    langkah: tuple[Langkah, ...]
    peringatan: tuple[str, ...]


def tersedia() -> bool:
    from .kalkulator import daftar

    return "pembayaran" in daftar()


def pajak_jasa(bruto: Decimal, tanggal: date, penerima: str = "badan", punya_npwp: bool = True,
               pkp: bool = True, jenis_penghasilan: str = "jasa", dokumen: str = "kuitansi",
               **lain: Any) -> PajakJasa:
    """Taxes of paying ``bruto`` (excluding PPN) for a service on ``tanggal``."""
    if tersedia():
        return _lewat_pembayaran(bruto, tanggal, penerima, punya_npwp, pkp, jenis_penghasilan, dokumen, lain)
    return _lewat_fungsi(bruto, tanggal, penerima, punya_npwp, pkp, jenis_penghasilan, dokumen)


def _lewat_pembayaran(bruto, tanggal, penerima, punya_npwp, pkp, jenis_penghasilan, dokumen, lain) -> PajakJasa:
    from . import api

    data: dict[str, Any] = {
        "tanggal": tanggal.isoformat(), "penerima": penerima, "punya_npwp": punya_npwp, "pkp": pkp,
        "jenis_penghasilan": jenis_penghasilan, "bruto": str(bruto), "jenis_dokumen": dokumen,
        "jumlah_rangkap": 1,
    }
    data.update({k: v for k, v in lain.items() if v is not None})
    masukan = api.kalkulator("pembayaran").masukan
    data = {k: v for k, v in data.items() if k in masukan}
    h = api.hitung("pembayaran", data)
    k = h.keluaran
    pph_kunci = [x for x in KUNCI_PPH if k.get(x)]
    pph = sum((Decimal(k[x]) for x in pph_kunci), Decimal(0))
    ppn = Decimal(k.get("ppn") or 0)
    bea = k.get("bea_meterai_per_pihak", k.get("bea_meterai")) or 0
    return PajakJasa(
        bruto=Decimal(k.get("bruto", bruto)), ppn=ppn,
        total_faktur=Decimal(k.get("total_faktur") or (Decimal(k.get("bruto", bruto)) + ppn)),
        pph=pph, jenis_pph=" + ".join(KUNCI_PPH[x] for x in pph_kunci),
        net_dibayar=Decimal(k["net_dibayar"]), jatuh_tempo_setor=k.get("jatuh_tempo_setor") if pph else None,
        jatuh_tempo_setor_ppn=k.get("jatuh_tempo_setor_ppn"), bea_meterai=Decimal(bea),
        bukti_potong=k.get("bukti_potong") or "", langkah=tuple(h.langkah), peringatan=tuple(h.peringatan))


def _lewat_fungsi(bruto, tanggal, penerima, punya_npwp, pkp, jenis_penghasilan, dokumen) -> PajakJasa:
    from .bea_meterai import bea_meterai
    from .jatuh_tempo import jatuh_tempo
    from .pph23 import JENIS_PPH23, pph23
    from .ppn import ppn as hitung_ppn

    if penerima != "badan" or jenis_penghasilan not in JENIS_PPH23:
        raise PajakTidakTersedia(
            "Mesin pajak untuk penyedia selain badan usaha dalam negeri belum tersedia di versi ini.")
    potong = pph23(bruto, jenis_penghasilan, punya_npwp, tanggal)
    p = hitung_ppn(bruto, tanggal, pkp)
    total = bruto + p.ppn
    masa = f"{tanggal.year:04d}-{tanggal.month:02d}"
    tempo = jatuh_tempo(masa, "pph23")
    tempo_ppn = jatuh_tempo(masa, "ppn") if pkp else None
    bm = bea_meterai(dokumen, total, 1, tanggal)
    langkah = [*potong.langkah, *p.langkah, *tempo.langkah, *bm.langkah]
    return PajakJasa(bruto, p.ppn, total, potong.pajak, "PPh 23", total - potong.pajak, tempo.setor,
                     tempo_ppn.setor if tempo_ppn else None, bm.per_pihak, "BPPU", tuple(langkah),
                     tuple(tempo.peringatan) + tuple(bm.peringatan))
