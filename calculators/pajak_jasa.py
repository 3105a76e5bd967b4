"""The taxes of one service payment, for the calculators that build on the tax engine (termin,
biaya platform, biaya karyawan).

This module computes no tax itself: it calls the tax engine, ``pembayaran_jasa`` (the whole
payment: PPh 21/23/26/final, PPN, net transfer, deadlines, stamp duty), and returns its figures
under one shape, with the engine's own explanation steps.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from .hasil import Langkah
from .masukan import KesalahanMasukan
from .pembayaran_jasa import PENERIMA, PembayaranJasa, kesalahan, pembayaran_jasa

NAMA_PENERIMA = {
    "badan": "badan usaha dalam negeri (PT, CV, firma, koperasi)",
    "orang_pribadi": "orang pribadi dalam negeri (pekerja lepas)",
    "luar_negeri": "penyedia luar negeri",
    "umkm_suket": "UMKM dengan Surat Keterangan PP 55/2022",
}


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
    p = PembayaranJasa.dari({
        "tanggal": tanggal, "penerima": penerima, "punya_npwp": punya_npwp, "pkp": pkp,
        "jenis_penghasilan": jenis_penghasilan, "bruto": Decimal(bruto), "jenis_dokumen": dokumen,
        "jumlah_rangkap": 1, "kategori_pph21": "bukan_pegawai", **lain})
    salah = kesalahan(p)
    if salah:
        raise KesalahanMasukan(salah)
    r = pembayaran_jasa(p)
    return PajakJasa(
        bruto=r.bruto, ppn=r.ppn, ppn_jasa_luar_negeri=r.ppn_jasa_luar_negeri, total_faktur=r.total_faktur,
        pph=r.pph, jenis_pph=r.nama_pph, net_dibayar=r.net_dibayar, disetor_pemotong=r.disetor_pemotong,
        jatuh_tempo_setor=r.jatuh_tempo_setor, jatuh_tempo_setor_ppn=r.jatuh_tempo_setor_ppn,
        bea_meterai=r.bea_meterai_per_pihak or Decimal(0), bukti_potong=r.bukti_potong,
        langkah=r.langkah, peringatan=r.peringatan)


def petakan(e: KesalahanMasukan, kolom: set[str] | dict, bawaan: str) -> KesalahanMasukan:
    """The engine's field errors, moved to this form's fields (unknown fields -> ``bawaan``)."""
    return KesalahanMasukan([{"kunci": k["kunci"] if k["kunci"] in kolom else bawaan, "pesan": k["pesan"]}
                             for k in e.kesalahan])
