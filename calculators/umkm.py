"""PPh final 0.5% for UMKM (PP 23/2018, PP 55/2022, PMK 164/2023, as amended by PP 20/2026)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .format import persen, rupiah, tanggal_id
from .hasil import Langkah, Pemotongan
from .parameter import TanggalTidakDicakup, dasar_hukum, parameter
from .pembulatan import bulat_rupiah, dasar_pembulatan

BENTUK = ("orang_pribadi", "pt_perorangan", "koperasi", "cv", "firma", "bumdes", "pt")
CATATAN_PP20 = ("Aturan PP 20/2026 di situs ini disusun dari ringkasan DJP dan sumber sekunder; teks PP-nya "
                "belum dibaca. Periksa Surat Keterangan penyedia di Coretax.")


def pph_final_dipotong(bruto: Decimal, tanggal: date) -> Pemotongan:
    """What a customer withholds from a vendor who shows a valid Surat Keterangan (final)."""
    tarif = parameter("umkm.tarif", tanggal)
    dpp = bulat_rupiah(bruto)
    pajak = bulat_rupiah(dpp * tarif.desimal)
    return Pemotongan(dpp, tarif.desimal, pajak, (
        Langkah("Penyedia menunjukkan Surat Keterangan PPh final UMKM yang berlaku, jadi yang dipotong adalah "
                "PPh final atas peredaran bruto, bukan PPh 21 atau PPh 23.", dpp,
                dasar_hukum("umkm.dasar.pemotongan_suket", tanggal)),
        Langkah(f"PPh final = {persen(tarif.desimal)} × {rupiah(dpp)}, dibulatkan ke rupiah penuh.", pajak,
                f"{tarif.dasar_hukum}; {dasar_pembulatan(tanggal)}"),
    ))


@dataclass(frozen=True)
class Bulanan:
    per_bulan: tuple[Decimal, ...]
    total: Decimal
    langkah: tuple[Langkah, ...]


def pph_final_bulanan(peredaran: list[Decimal], tahun: int, orang_pribadi: bool) -> Bulanan:
    """Monthly tax over a year; for individuals the first Rp500 juta, counted cumulatively from
    January, is not taxed, and only the excess in the month the threshold is crossed is taxed."""
    langkah: list[Langkah] = []
    per_bulan: list[Decimal] = []
    kumulatif = Decimal(0)
    batas = Decimal(0)
    if orang_pribadi:
        p = parameter("umkm.batas_tidak_kena_pajak_op", date(tahun, 1, 1))
        batas = p.desimal
        langkah.append(Langkah(f"Orang pribadi: peredaran bruto sampai {rupiah(batas)} setahun tidak dikenai "
                               "PPh final, dihitung kumulatif sejak Januari.", batas, p.dasar_hukum))
    for i, omzet in enumerate(peredaran, 1):
        tanggal = date(tahun, i, 1)
        tarif = parameter("umkm.tarif", tanggal)
        sebelum = kumulatif
        kumulatif += omzet
        kena = omzet if not orang_pribadi else max(Decimal(0), kumulatif - max(batas, sebelum))
        pajak = bulat_rupiah(kena * tarif.desimal)
        per_bulan.append(pajak)
        if omzet:
            langkah.append(Langkah(
                f"Bulan {i}: peredaran {rupiah(omzet)}, kumulatif {rupiah(kumulatif)}, yang dikenai pajak "
                f"{rupiah(kena)} × {persen(tarif.desimal)}.", pajak, f"{tarif.dasar_hukum}; {dasar_pembulatan(tanggal)}"))
    total = sum(per_bulan, Decimal(0))
    akhir = parameter("umkm.tarif", date(tahun, max(len(peredaran), 1), 1))
    langkah.append(Langkah("Jumlah PPh final setahun.", total, akhir.dasar_hukum))
    return Bulanan(tuple(per_bulan), total, tuple(langkah))


def kelayakan(bentuk: str, tanggal_terdaftar: date, tanggal: date,
              peredaran_tahun_lalu: Decimal) -> tuple[bool, list[Langkah], list[str]]:
    """Whether the 0.5% regime may be used on ``tanggal``, with the reasons."""
    langkah: list[Langkah] = []
    peringatan = [CATATAN_PP20] if tanggal >= date(2026, 1, 1) else []
    batas = parameter("umkm.batas_peredaran_bruto", tanggal)
    if peredaran_tahun_lalu > batas.desimal:
        langkah.append(Langkah(f"Peredaran bruto tahun lalu {rupiah(peredaran_tahun_lalu)} melebihi "
                               f"{rupiah(batas.desimal)}: tidak boleh memakai PPh final UMKM tahun ini.",
                               peredaran_tahun_lalu, batas.dasar_hukum))
        return False, langkah, peringatan
    langkah.append(Langkah(f"Peredaran bruto tahun lalu {rupiah(peredaran_tahun_lalu)} tidak melebihi "
                           f"{rupiah(batas.desimal)}.", peredaran_tahun_lalu, batas.dasar_hukum))
    jangka = parameter("umkm.jangka_waktu_tahun", tanggal)
    try:  # PP 20/2026: before its date there is no such restriction
        mulai = parameter("umkm.mulai_tidak_berhak_badan_baru", tanggal)
    except TanggalTidakDicakup:
        mulai = None
    if mulai is not None and bentuk in ("cv", "firma", "pt", "bumdes"):
        if tanggal_terdaftar >= mulai.nilai:
            langkah.append(Langkah(
                f"{bentuk.upper()} yang terdaftar sejak {tanggal_id(mulai.nilai)} tidak lagi boleh memakai "
                "PPh final UMKM.", None, mulai.dasar_hukum, "teks"))
            return False, langkah, peringatan
    tahun = int(jangka.nilai[bentuk])
    if tahun == 0:
        langkah.append(Langkah("Untuk bentuk ini tidak ada batas jangka waktu selama syarat peredaran "
                               "bruto terpenuhi.", None, jangka.dasar_hukum, "teks"))
        return True, langkah, peringatan
    awal = max(tanggal_terdaftar.year, 2018)
    akhir = awal + tahun - 1
    boleh = tanggal.year <= akhir
    if not boleh and bentuk == "orang_pribadi" and tanggal.year >= 2025:
        transisi = parameter("umkm.transisi_orang_pribadi", tanggal)
        if akhir == int(transisi.nilai["berakhir_tahun"]) and tanggal.year <= int(transisi.nilai["boleh_sampai_tahun"]):
            langkah.append(Langkah(
                f"Jangka waktu {tahun} tahun berakhir pada {akhir}, tetapi ketentuan peralihan membolehkan tarif "
                f"{persen(parameter('umkm.tarif', tanggal).desimal)} sampai tahun pajak {transisi.nilai['boleh_sampai_tahun']}.", None, transisi.dasar_hukum, "teks"))
            return True, langkah, peringatan
    langkah.append(Langkah(
        f"Jangka waktu {tahun} tahun sejak {awal} (tahun terdaftar, atau 2018 bagi yang sudah memakai "
        f"PP 23/2018): boleh sampai tahun pajak {akhir}; tahun {tanggal.year} "
        f"{'masih' if boleh else 'sudah tidak'} termasuk.", None, jangka.dasar_hukum, "teks"))
    return boleh, langkah, peringatan
