"""PPN on a service delivered by a PKP, by date: 10%, 11% (2022-04-01), 12% x 11/12 (2025)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .format import persen, rupiah, tanggal_id
from .hasil import Langkah
from .parameter import dasar_hukum, parameter
from .pembulatan import bulat_rupiah, dasar_pembulatan


@dataclass(frozen=True)
class HasilPPN:
    harga_jual: Decimal
    dpp_nilai_lain: Decimal
    tarif: Decimal
    ppn: Decimal
    langkah: tuple[Langkah, ...]


def _pecahan(teks: str) -> Decimal:
    pembilang, _, penyebut = str(teks).partition("/")
    return Decimal(pembilang) / Decimal(penyebut or 1)


def tarif_efektif_ppn(tanggal: date) -> Decimal:
    """The burden on the price: 11% from 2025 (12% x 11/12)."""
    return parameter("ppn.tarif", tanggal).desimal * _pecahan(
        parameter("ppn.dpp_nilai_lain", tanggal).nilai)


def dpp(harga_jual: Decimal, tanggal: date) -> tuple[Decimal, list[Langkah]]:
    """DPP of the faktur: the price, or from 2025 the 'DPP nilai lain' 11/12 x price."""
    bagian = parameter("ppn.dpp_nilai_lain", tanggal)
    faktor = _pecahan(bagian.nilai)
    if faktor == 1:
        nilai = bulat_rupiah(harga_jual)
        return nilai, [Langkah(f"DPP PPN adalah harga jual {rupiah(harga_jual)}.", nilai,
                               bagian.dasar_hukum)]
    nilai = bulat_rupiah(harga_jual * faktor)
    return nilai, [Langkah(
        f"DPP nilai lain = {bagian.nilai} × harga jual {rupiah(harga_jual)}, dibulatkan ke rupiah "
        "penuh seperti tercantum di faktur pajak.", nilai,
        f"{bagian.dasar_hukum}; {dasar_pembulatan(tanggal)}")]


def ppn(harga_jual: Decimal, tanggal: date, pkp: bool) -> HasilPPN:
    if not pkp:
        return HasilPPN(harga_jual, Decimal(0), Decimal(0), Decimal(0), (Langkah(
            "Penyedia bukan Pengusaha Kena Pajak (PKP), jadi tidak boleh memungut PPN dan "
            "tagihannya tanpa PPN.", Decimal(0), dasar_hukum("ppn.dasar.bukan_pkp", tanggal)),))
    nilai_dpp, langkah = dpp(harga_jual, tanggal)
    tarif = parameter("ppn.tarif", tanggal)
    pajak = bulat_rupiah(nilai_dpp * tarif.desimal)
    langkah.append(Langkah(
        f"Tarif PPN yang berlaku pada {tanggal_id(tanggal)}: {persen(tarif.desimal)}.",
        tarif.desimal, tarif.dasar_hukum, "persen"))
    langkah.append(Langkah(
        f"PPN = {persen(tarif.desimal)} × {rupiah(nilai_dpp)}, dibulatkan ke rupiah penuh.",
        pajak, dasar_pembulatan(tanggal)))
    efektif = tarif_efektif_ppn(tanggal)
    langsung = bulat_rupiah(harga_jual * efektif)
    if langsung != pajak:
        langkah.append(Langkah(
            f"Catatan: {persen(efektif)} × harga jual langsung memberi {rupiah(langsung)}. "
            "Situs ini mengikuti faktur: PPN dihitung dari DPP yang sudah dibulatkan, sehingga "
            "bisa berbeda Rp1.", None, dasar_pembulatan(tanggal), "teks"))
    return HasilPPN(harga_jual, nilai_dpp, tarif.desimal, pajak, tuple(langkah))
