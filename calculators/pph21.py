"""PPh Pasal 21 withheld from a resident individual who is not an employee (bukan pegawai) or who
takes part in an activity (peserta kegiatan).

From 2024 (PMK 168/2023 Pasal 12 and 16): each payment on its own, DPP = 50% (bukan pegawai) or
100% (peserta kegiatan) of gross, taxed at the Pasal 17 ayat (1) huruf a rates, without PTKP and
without accumulation. The amount is rounded once, to whole rupiah, on the slip (PER-11/PJ/2025).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from .format import persen, rupiah
from .hasil import Langkah
from .parameter import TanggalTidakDicakup, parameter
from .pembulatan import DASAR_PEMBULATAN, bulat_rupiah
from .pph23 import Potongan

KATEGORI = ("bukan_pegawai", "peserta_kegiatan")


def lapisan_pasal17(tanggal: date) -> tuple[list[tuple[Decimal | None, Decimal]], str]:
    """The layers (upper bound or None for the last, rate) in force for the tax year of ``tanggal``."""
    p = parameter("pph21.tarif_pasal17", tanggal)
    return [(Decimal(b) if b else None, Decimal(t)) for b, t in p.nilai], p.dasar_hukum


def pasal17(dpp: Decimal, tanggal: date) -> tuple[Decimal, list[Langkah]]:
    """Progressive tax on ``dpp`` (not rounded: the caller rounds once, where the slip does)."""
    lapisan, dasar = lapisan_pasal17(tanggal)
    sisa, bawah, pajak, langkah = dpp, Decimal(0), Decimal(0), []
    for atas, tarif in lapisan:
        if sisa <= 0:
            break
        lebar = sisa if atas is None else min(sisa, atas - bawah)
        bagian = lebar * tarif
        pajak += bagian
        batas = f"di atas {rupiah(bawah)}" if atas is None else f"{rupiah(bawah)} sampai {rupiah(atas)}"
        langkah.append(Langkah(f"Lapisan {batas}: {persen(tarif)} × {rupiah(lebar)}.", bagian, dasar))
        sisa -= lebar
        bawah = atas if atas is not None else bawah
    return pajak, langkah


def pph21(bruto: Decimal, kategori: str, punya_npwp: bool, tanggal: date,
          dikecualikan: Decimal = Decimal(0)) -> Potongan:
    if kategori not in KATEGORI:
        raise ValueError(f"Kategori PPh 21 tidak dikenal: {kategori}")
    langkah: list[Langkah] = []
    dasar_bruto = bruto - dikecualikan
    if dikecualikan:
        langkah.append(Langkah(
            f"Penghasilan bruto {rupiah(bruto)} dikurangi pembayaran yang didukung dokumen "
            f"(upah pekerja penyedia, bahan, atau pembayaran ke pihak ketiga) {rupiah(dikecualikan)}.",
            dasar_bruto, "PMK 168/2023 Pasal 12 ayat (4) dan (5)"))
    try:
        porsi = parameter(f"pph21.{kategori}.porsi_dpp", tanggal)
    except TanggalTidakDicakup:
        if kategori == "peserta_kegiatan":
            raise TanggalTidakDicakup(
                "PPh 21 peserta kegiatan: situs ini baru mencakup aturan PMK 168/2023 yang berlaku "
                "sejak 1 Januari 2024.") from None
        raise
    dpp = bulat_rupiah(dasar_bruto * porsi.desimal)
    nama = "bukan pegawai" if kategori == "bukan_pegawai" else "peserta kegiatan"
    langkah.append(Langkah(
        f"Dasar pemotongan PPh 21 {nama} = {persen(porsi.desimal)} × {rupiah(dasar_bruto)}.", dpp,
        f"{porsi.dasar_hukum}; {DASAR_PEMBULATAN}"))
    pajak, l17 = pasal17(dpp, tanggal)
    langkah.extend(l17)
    if not punya_npwp:
        pengali = parameter("pph21.pengali_tanpa_npwp", tanggal)
        pajak *= pengali.desimal
        langkah.append(Langkah(
            f"Penerima tidak punya NPWP (atau NIK yang sudah aktif sebagai NPWP), jadi PPh 21 dikali "
            f"{persen(pengali.desimal)}.", pajak, pengali.dasar_hukum))
    pajak = bulat_rupiah(pajak)
    langkah.append(Langkah("PPh 21 yang dipotong, dibulatkan ke rupiah penuh.", pajak, DASAR_PEMBULATAN))
    tarif = pajak / bruto if bruto else Decimal(0)
    return Potongan(dpp, tarif, pajak, tuple(langkah))
