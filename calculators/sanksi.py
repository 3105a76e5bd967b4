"""Late-payment and late-filing sanctions, each explained step by step with its legal basis.

Rules (dated, in ``parameter/sanksi.toml``):

- ``denda_terlambat_lapor``: a fixed fine per late SPT (UU KUP Pasal 7 ayat (1)): SPT Masa PPN
  Rp500.000, other SPT Masa Rp100.000, SPT Tahunan PPh badan Rp1.000.000, orang pribadi Rp100.000.
  The fine in force on the filing deadline is used.
- ``bunga_terlambat_setor``: interest on a late deposit (UU KUP Pasal 9 ayat (2a)) = amount x monthly
  rate x months, months counted from the due date to the payment date, part of a month counted as a
  full month, at most 24 months. Before 2 November 2020 the rate is 2% a month; since then the rate
  the Minister of Finance sets for each month (KMK). Reading chosen: the rate of the KMK in force on
  the due date (the day the interest starts) applies to the whole period. A month whose KMK is not in
  the data is not guessed: the reader types the rate (``tarif_kmk``) and the steps say where it is
  published.
- ``bunga_moratoir``: statutory interest on a late money debt (KUHPerdata Pasal 1250 jo. Staatsblad
  1848 No. 22), 6% a year when the contract sets none, or the contract's yearly rate; counted per day
  (actual days / 365).

Rounding: the tax rules say none, so fines and tax interest are exact (a whole-rupiah amount times a
KMK rate may carry sen; the tax office's own bill, the STP, is what is paid). The statutory interest,
a per-day fraction, is rounded half up to whole rupiah as a claim figure (a reading, not a rule).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .format import bulan_id, persen, rupiah, tanggal_id
from .hasil import Langkah
from .parameter import TanggalTidakDicakup, berkas, parameter

__all__ = ["JENIS_SPT", "NAMA_SPT", "HasilSanksi", "TarifDiperlukan", "denda_terlambat_lapor",
           "bunga_terlambat_setor", "bunga_moratoir", "tarif_kmk", "jumlah_bulan"]

NAMA_SPT = {
    "spt_masa_ppn": "SPT Masa PPN",
    "spt_masa_lain": "SPT Masa selain PPN (PPh Unifikasi, PPh 21/26)",
    "spt_tahunan_badan": "SPT Tahunan PPh Wajib Pajak badan",
    "spt_tahunan_op": "SPT Tahunan PPh Wajib Pajak orang pribadi",
}
JENIS_SPT = tuple(NAMA_SPT)
TEMPAT_KMK = ("Tarif bunga per bulan ditetapkan dengan Keputusan Menteri Keuangan setiap bulan dan diumumkan "
              "di pajak.go.id serta jdih.kemenkeu.go.id (pakai baris \"Pasal 9 ayat (2a)\" pada tabel KMK).")


class TarifDiperlukan(ValueError):
    """The KMK rate of a month is not in the data: the reader must type it."""

    def __init__(self, bulan: str):
        self.bulan = bulan
        tahun, bl = (int(x) for x in bulan.split("-"))
        super().__init__(
            f"Tarif bunga KMK untuk {bulan_id(tahun, bl)} belum tercatat di situs ini. Isi kolom "
            f"\"Tarif bunga per bulan menurut KMK\" dengan tarif untuk Pasal 9 ayat (2a) yang berlaku "
            f"pada {bulan_id(tahun, bl)}. {TEMPAT_KMK}")


@dataclass(frozen=True)
class HasilSanksi:
    jumlah: Decimal                 # the fine or interest in rupiah
    langkah: tuple[Langkah, ...]
    tarif: Decimal | None = None    # per month (tax) or per year (moratoir)
    bulan: int | None = None        # months counted (tax interest)
    hari: int | None = None         # days counted (moratoir)
    sumber_tarif: str = ""          # the KMK, the law, or "tarif kontrak"
    dasar_hukum: str = ""


def _periksa_awal(t: date, jalur: str, apa: str) -> None:
    try:
        parameter(jalur, t)
    except TanggalTidakDicakup:
        raise TanggalTidakDicakup(
            f"Tanggal {tanggal_id(t)} ({apa}) di luar cakupan situs ini untuk sanksi ini. "
            f"{_cakupan(jalur)}") from None


def _cakupan(jalur: str) -> str:
    from .parameter import riwayat
    mulai = riwayat(jalur)[0].mulai
    return f"Data aturan yang dipakai mencakup {tanggal_id(mulai)} sampai {tanggal_id(berkas('sanksi')['dicakup_sampai'])}."


def denda_terlambat_lapor(jenis_spt: str, batas_lapor: date, tanggal_lapor: date) -> HasilSanksi:
    """The fine for filing ``jenis_spt`` after ``batas_lapor`` (UU KUP Pasal 7 ayat (1))."""
    if jenis_spt not in NAMA_SPT:
        raise ValueError(f"Jenis SPT tidak dikenal: {jenis_spt}. Pilihan: {', '.join(JENIS_SPT)}")
    jalur = f"sanksi.denda_lapor.{jenis_spt}"
    _periksa_awal(batas_lapor, jalur, "batas lapor")
    p = parameter(jalur, batas_lapor)
    nama = NAMA_SPT[jenis_spt]
    if tanggal_lapor <= batas_lapor:
        return HasilSanksi(Decimal(0), (Langkah(
            f"{nama} disampaikan {tanggal_id(tanggal_lapor)}, tidak melewati batas {tanggal_id(batas_lapor)}: "
            "tidak ada denda.", Decimal(0), p.dasar_hukum),), dasar_hukum=p.dasar_hukum)
    denda = p.desimal
    return HasilSanksi(denda, (
        Langkah(f"Batas lapor {nama} adalah {tanggal_id(batas_lapor)}; disampaikan {tanggal_id(tanggal_lapor)}, "
                "jadi terlambat.", None, p.dasar_hukum, "teks"),
        Langkah(f"Denda keterlambatan {nama} adalah jumlah tetap per SPT, tidak bergantung pada lamanya "
                "terlambat atau besarnya pajak. Denda ini ditagih dengan Surat Tagihan Pajak (STP).",
                denda, p.dasar_hukum),
    ), sumber_tarif="UU KUP Pasal 7 ayat (1)", dasar_hukum=p.dasar_hukum)


def _tambah_bulan(t: date, n: int) -> date:
    m = t.year * 12 + t.month - 1 + n
    tahun, bulan = divmod(m, 12)
    bulan += 1
    import calendar
    return date(tahun, bulan, min(t.day, calendar.monthrange(tahun, bulan)[1]))


def jumlah_bulan(jatuh_tempo: date, tanggal_bayar: date) -> int:
    """Months from the due date to the payment date, part of a month counted as a full month
    (paid one day late = 1 month; paid on the same day of the next month = 1 month; one day more = 2)."""
    if tanggal_bayar <= jatuh_tempo:
        return 0
    n = 1
    while _tambah_bulan(jatuh_tempo, n) < tanggal_bayar:
        n += 1
    return n


def tarif_kmk(bulan: str) -> tuple[Decimal, str, str] | None:
    """(rate per month, KMK number, public source) for Pasal 9 ayat (2a) in ``bulan`` (YYYY-MM), or None."""
    for v in berkas("sanksi")["bunga_setor"]["kmk"]:
        if v["bulan"] == bulan:
            return Decimal(v["nilai"]), v["kmk"], v["sumber"]
    return None


def bunga_terlambat_setor(pokok: Decimal, jatuh_tempo: date, tanggal_bayar: date,
                          tarif_bulanan: Decimal | None = None) -> HasilSanksi:
    """Interest on tax deposited after ``jatuh_tempo`` (UU KUP Pasal 9 ayat (2a)).

    ``tarif_bulanan`` (a fraction, 0.0092 for 0,92%) is used only for a month whose KMK rate is not in
    the data; without it such a month raises ``TarifDiperlukan``."""
    _periksa_awal(jatuh_tempo, "sanksi.bunga_setor.aturan", "jatuh tempo setor")
    aturan = parameter("sanksi.bunga_setor.aturan", jatuh_tempo)
    batas = parameter("sanksi.bunga_setor.batas_bulan", jatuh_tempo)
    maks = int(batas.nilai)
    langkah: list[Langkah] = []
    if aturan.nilai == "tetap":
        p = parameter("sanksi.bunga_setor.tarif_tetap", jatuh_tempo)
        tarif, sumber = p.desimal, "UU KUP Pasal 9 ayat (2a) sebelum UU 11/2020"
        langkah.append(Langkah(
            f"Jatuh tempo {tanggal_id(jatuh_tempo)} sebelum 2 November 2020 (berlakunya UU 11/2020): tarif "
            f"bunga tetap {persen(tarif)} per bulan.", tarif, p.dasar_hukum, "persen"))
    else:
        bulan = f"{jatuh_tempo.year:04d}-{jatuh_tempo.month:02d}"
        data = tarif_kmk(bulan)
        if data is not None:
            tarif, sumber, asal = data
            langkah.append(Langkah(
                f"Sejak 2 November 2020 tarif bunga per bulan ditetapkan Menteri Keuangan setiap bulan. Tarif "
                f"yang berlaku pada tanggal jatuh tempo ({bulan_id(jatuh_tempo.year, jatuh_tempo.month)}) "
                f"menurut {sumber}: {persen(tarif)} per bulan. Tarif ini dipakai untuk seluruh masa "
                "keterlambatan.", tarif, f"{aturan.dasar_hukum}; {sumber} ({asal})", "persen"))
        elif tarif_bulanan is not None:
            tarif, sumber = tarif_bulanan, "tarif KMK yang Anda isi"
            langkah.append(Langkah(
                f"Tarif KMK untuk {bulan_id(jatuh_tempo.year, jatuh_tempo.month)} belum tercatat di situs ini, "
                f"jadi dipakai tarif yang Anda isi: {persen(tarif)} per bulan. Periksa angkanya: {TEMPAT_KMK}",
                tarif, aturan.dasar_hukum, "persen"))
        else:
            raise TarifDiperlukan(bulan)
    n = jumlah_bulan(jatuh_tempo, tanggal_bayar)
    if n == 0:
        langkah.append(Langkah(
            f"Pajak disetor {tanggal_id(tanggal_bayar)}, tidak melewati jatuh tempo {tanggal_id(jatuh_tempo)}: "
            "tidak ada bunga.", Decimal(0), aturan.dasar_hukum))
        return HasilSanksi(Decimal(0), tuple(langkah), tarif, 0, sumber_tarif=sumber, dasar_hukum=aturan.dasar_hukum)
    langkah.append(Langkah(
        f"Dari jatuh tempo {tanggal_id(jatuh_tempo)} sampai tanggal setor {tanggal_id(tanggal_bayar)}: {n} "
        "bulan (bagian dari bulan dihitung penuh satu bulan).", Decimal(n), aturan.dasar_hukum, "angka"))
    if n > maks:
        langkah.append(Langkah(
            f"Bunga dikenakan paling lama {maks} bulan, jadi yang dihitung {maks} bulan.",
            Decimal(maks), batas.dasar_hukum, "angka"))
        n = maks
    bunga = pokok * tarif * n
    langkah.append(Langkah(
        f"Bunga = {rupiah(pokok)} x {persen(tarif)} x {n} bulan. Bunga ini ditagih dengan Surat Tagihan "
        "Pajak (STP); pokok pajaknya tetap harus disetor.", bunga, aturan.dasar_hukum))
    return HasilSanksi(bunga, tuple(langkah), tarif, n, sumber_tarif=sumber, dasar_hukum=aturan.dasar_hukum)


def bunga_moratoir(pokok: Decimal, jatuh_tempo: date, tanggal_bayar: date,
                   tarif_kontrak: Decimal | None = None) -> HasilSanksi:
    """Interest on a late money debt: the contract's yearly rate, or 6% a year (KUHPerdata Pasal 1250)."""
    _periksa_awal(jatuh_tempo, "sanksi.bunga_moratoir.tarif", "jatuh tempo tagihan")
    p = parameter("sanksi.bunga_moratoir.tarif", jatuh_tempo)
    langkah: list[Langkah] = []
    if tarif_kontrak is not None:
        pk = parameter("sanksi.bunga_moratoir.tarif_kontrak", jatuh_tempo)
        tarif, sumber, dasar = tarif_kontrak, "tarif kontrak", pk.dasar_hukum
        langkah.append(Langkah(
            f"Kontrak menetapkan bunga keterlambatan {persen(tarif)} setahun: tarif itu yang dipakai.",
            tarif, dasar, "persen"))
    else:
        tarif, sumber, dasar = p.desimal, "KUHPerdata Pasal 1250 jo. Staatsblad 1848 No. 22", p.dasar_hukum
        langkah.append(Langkah(
            f"Kontrak tidak menetapkan bunga: berlaku bunga menurut undang-undang {persen(tarif)} setahun.",
            tarif, dasar, "persen"))
    hari = max((tanggal_bayar - jatuh_tempo).days, 0)
    langkah.append(Langkah(
        f"Dari {tanggal_id(jatuh_tempo)} sampai {tanggal_id(tanggal_bayar)}: {hari} hari.",
        Decimal(hari), dasar, "angka"))
    bunga = (pokok * tarif * hari / 365).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    langkah.append(Langkah(
        f"Bunga = {rupiah(pokok)} x {persen(tarif)} x {hari}/365 hari, dibulatkan ke rupiah penuh.", bunga, dasar))
    langkah.append(Langkah(
        "Ini perkiraan untuk menagih, bukan putusan: menurut Pasal 1250 bunga menurut undang-undang terutang "
        "sejak dituntut di pengadilan (kecuali undang-undang menetapkan lain), dan hakim menilai tuntutan "
        "bunga, termasuk bunga yang diperjanjikan. Hitungan di sini dimulai dari tanggal yang Anda isi; bila "
        "Anda menghitung dari tanggal somasi atau gugatan, isilah tanggal itu.", None, p.dasar_hukum, "teks"))
    return HasilSanksi(bunga, tuple(langkah), tarif, hari=hari, sumber_tarif=sumber, dasar_hukum=dasar)
