"""What an employee costs the employer over a year: wage, THR, BPJS employer shares.

- BPJS Kesehatan: employer 4%, employee 1% of the wage up to a cap (Perpres 82/2018 as amended).
- BPJS Ketenagakerjaan: JKK by risk class and JKM (employer only), JHT 3.7% + 2%, JP 2% + 1% of
  the wage up to a cap that changes every March (PP 44/2015, 46/2015, 45/2015).
- THR: one month's wage after 12 months' service, months/12 of it from one month (Permenaker 6/2016).

The year is the 12 months from the month of ``tanggal``, each month with the rates and caps in
force on its first day (the first month: on ``tanggal``), so a March cap change is counted where it
happens. A cap not yet published for a later month (the JP cap of March next year) is taken at
its latest known value, and the result says so: never silently. Each monthly contribution is
rounded to whole rupiah, half up. The employee's PPh 21 is withheld from the employee's pay and is
not an employer cost, so it is not computed here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .format import bulan_id, persen, rupiah
from .hasil import Langkah
from .parameter import NilaiBerlaku, TanggalTidakDicakup, dasar_hukum, parameter, riwayat
from .pembulatan import bulat_rupiah

KELAS_JKK = ("sangat_rendah", "rendah", "sedang", "tinggi", "sangat_tinggi")
NAMA_KELAS = {
    "sangat_rendah": "sangat rendah", "rendah": "rendah", "sedang": "sedang", "tinggi": "tinggi",
    "sangat_tinggi": "sangat tinggi",
}
#: Output keys of the employer's shares and the employee's deductions, in display order.
BAGIAN_PEMBERI_KERJA = ("bpjs_kesehatan", "jkk", "jkm", "jht", "jp")
BAGIAN_PEKERJA = ("bpjs_kesehatan", "jht", "jp")
NAMA_BAGIAN = {
    "bpjs_kesehatan": "BPJS Kesehatan", "jkk": "Jaminan Kecelakaan Kerja (JKK)",
    "jkm": "Jaminan Kematian (JKM)", "jht": "Jaminan Hari Tua (JHT)", "jp": "Jaminan Pensiun (JP)",
}
BULAN_SETAHUN = 12


def awal_bulan_berikut(t: date, n: int) -> date:
    bulan = t.month - 1 + n
    return date(t.year + bulan // 12, bulan % 12 + 1, 1)


@dataclass
class Pencari:
    """Looks parameters up; for months after the first, falls back to the latest known value and
    records it, so the result can warn."""

    proyeksi: dict[str, list[date]] = field(default_factory=dict)

    def __call__(self, jalur: str, tanggal: date, pertama: bool) -> NilaiBerlaku:
        try:
            return parameter(jalur, tanggal)
        except TanggalTidakDicakup:
            if pertama:
                raise
            terakhir = riwayat(jalur)[-1]
            self.proyeksi.setdefault(jalur, []).append(tanggal)
            return terakhir


@dataclass(frozen=True)
class IuranBulan:
    bulan: date
    pemberi_kerja: dict[str, Decimal]
    pekerja: dict[str, Decimal]
    batas_kesehatan: Decimal
    batas_jp: Decimal


def iuran_bulan(upah: Decimal, kelas: str, tanggal: date, cari: Pencari, pertama: bool) -> tuple[IuranBulan, dict[str, NilaiBerlaku]]:
    p = {
        "kes_pk": cari("bpjs.kesehatan.pemberi_kerja", tanggal, pertama),
        "kes_pw": cari("bpjs.kesehatan.pekerja", tanggal, pertama),
        "kes_batas": cari("bpjs.kesehatan.batas_upah", tanggal, pertama),
        "jkk": cari(f"bpjs.jkk.{kelas}", tanggal, pertama),
        "jkm": cari("bpjs.jkm.pemberi_kerja", tanggal, pertama),
        "jht_pk": cari("bpjs.jht.pemberi_kerja", tanggal, pertama),
        "jht_pw": cari("bpjs.jht.pekerja", tanggal, pertama),
        "jp_pk": cari("bpjs.jp.pemberi_kerja", tanggal, pertama),
        "jp_pw": cari("bpjs.jp.pekerja", tanggal, pertama),
        "jp_batas": cari("bpjs.jp.batas_upah", tanggal, pertama),
    }
    dasar_kes = min(upah, p["kes_batas"].desimal)
    dasar_jp = min(upah, p["jp_batas"].desimal)
    pemberi = {
        "bpjs_kesehatan": bulat_rupiah(dasar_kes * p["kes_pk"].desimal),
        "jkk": bulat_rupiah(upah * p["jkk"].desimal),
        "jkm": bulat_rupiah(upah * p["jkm"].desimal),
        "jht": bulat_rupiah(upah * p["jht_pk"].desimal),
        "jp": bulat_rupiah(dasar_jp * p["jp_pk"].desimal),
    }
    pekerja = {
        "bpjs_kesehatan": bulat_rupiah(dasar_kes * p["kes_pw"].desimal),
        "jht": bulat_rupiah(upah * p["jht_pw"].desimal),
        "jp": bulat_rupiah(dasar_jp * p["jp_pw"].desimal),
    }
    bulan = date(tanggal.year, tanggal.month, 1)
    return IuranBulan(bulan, pemberi, pekerja, p["kes_batas"].desimal, p["jp_batas"].desimal), p


def thr(upah: Decimal, masa_kerja_bulan: int, tanggal: date) -> tuple[Decimal, Langkah]:
    kali = parameter("thr.kelipatan_upah", tanggal)
    penuh = parameter("thr.masa_kerja_penuh_bulan", tanggal)
    minimum = parameter("thr.masa_kerja_minimum_bulan", tanggal)
    if masa_kerja_bulan >= int(penuh.desimal):
        nilai = bulat_rupiah(upah * kali.desimal)
        return nilai, Langkah(
            f"Masa kerja {masa_kerja_bulan} bulan (paling sedikit {penuh.nilai} bulan): THR sebesar "
            f"{kali.nilai} bulan upah.", nilai, kali.dasar_hukum)
    if masa_kerja_bulan >= int(minimum.desimal):
        nilai = bulat_rupiah(upah * kali.desimal * masa_kerja_bulan / penuh.desimal)
        return nilai, Langkah(
            f"Masa kerja {masa_kerja_bulan} bulan: THR proporsional {masa_kerja_bulan}/{penuh.nilai} × "
            f"{rupiah(upah)}, dibulatkan ke rupiah penuh.", nilai, minimum.dasar_hukum)
    return Decimal(0), Langkah(
        f"Masa kerja kurang dari {minimum.nilai} bulan: belum berhak atas THR.", Decimal(0),
        minimum.dasar_hukum)


@dataclass
class BiayaTahunan:
    bulan: list[IuranBulan]
    upah_setahun: Decimal
    thr: Decimal
    pemberi_kerja: dict[str, Decimal]
    pekerja: dict[str, Decimal]
    langkah: list[Langkah]
    peringatan: list[str]

    @property
    def iuran_pemberi_kerja(self) -> Decimal:
        return sum(self.pemberi_kerja.values(), Decimal(0))

    @property
    def total(self) -> Decimal:
        return self.upah_setahun + self.thr + self.iuran_pemberi_kerja

    @property
    def potongan_total(self) -> Decimal:
        return sum(self.pekerja.values(), Decimal(0))


def biaya_karyawan(upah: Decimal, masa_kerja_bulan: int, kelas: str, tanggal: date) -> BiayaTahunan:
    if kelas not in KELAS_JKK:
        raise ValueError(f"Kelas risiko JKK tidak dikenal: {kelas}")
    cari = Pencari()
    bulan: list[IuranBulan] = []
    awal: dict[str, NilaiBerlaku] = {}
    for i in range(BULAN_SETAHUN):
        t = tanggal if i == 0 else awal_bulan_berikut(tanggal, i)
        ib, p = iuran_bulan(upah, kelas, t, cari, i == 0)
        bulan.append(ib)
        if i == 0:
            awal = p
    pemberi = {k: sum((b.pemberi_kerja[k] for b in bulan), Decimal(0)) for k in BAGIAN_PEMBERI_KERJA}
    pekerja = {k: sum((b.pekerja[k] for b in bulan), Decimal(0)) for k in BAGIAN_PEKERJA}
    nilai_thr, l_thr = thr(upah, masa_kerja_bulan, tanggal)

    pertama, terakhir = bulan[0].bulan, bulan[-1].bulan
    rentang = f"{bulan_id(pertama.year, pertama.month)} sampai {bulan_id(terakhir.year, terakhir.month)}"
    langkah = [Langkah(f"Upah {rupiah(upah)} × {BULAN_SETAHUN} bulan ({rentang}).", upah * BULAN_SETAHUN,
                       dasar_hukum("upah.pengertian", tanggal)), l_thr]
    b0 = bulan[0]
    langkah.append(Langkah(
        f"BPJS Kesehatan pemberi kerja: {persen(awal['kes_pk'].desimal)} × upah, paling banyak upah "
        f"{rupiah(b0.batas_kesehatan)}: {rupiah(b0.pemberi_kerja['bpjs_kesehatan'])} sebulan; setahun:",
        pemberi["bpjs_kesehatan"], f"{awal['kes_pk'].dasar_hukum}; {awal['kes_batas'].dasar_hukum}"))
    langkah.append(Langkah(
        f"JKK kelompok risiko {NAMA_KELAS[kelas]}: {persen(awal['jkk'].desimal)} × upah = "
        f"{rupiah(b0.pemberi_kerja['jkk'])} sebulan; setahun:", pemberi["jkk"], awal["jkk"].dasar_hukum))
    langkah.append(Langkah(
        f"JKM: {persen(awal['jkm'].desimal)} × upah = {rupiah(b0.pemberi_kerja['jkm'])} sebulan; setahun:",
        pemberi["jkm"], awal["jkm"].dasar_hukum))
    langkah.append(Langkah(
        f"JHT pemberi kerja: {persen(awal['jht_pk'].desimal)} × upah = {rupiah(b0.pemberi_kerja['jht'])} "
        "sebulan; setahun:", pemberi["jht"], awal["jht_pk"].dasar_hukum))
    batas_jp = sorted({(b.batas_jp, b.bulan) for b in bulan}, key=lambda x: x[1])
    teks_batas = ", ".join(
        f"{rupiah(v)} sejak {bulan_id(t.year, t.month)}" if i else f"{rupiah(v)}"
        for i, (v, t) in enumerate(_perubahan(batas_jp)))
    langkah.append(Langkah(
        f"JP pemberi kerja: {persen(awal['jp_pk'].desimal)} × upah, paling banyak upah {teks_batas}; setahun:",
        pemberi["jp"], f"{awal['jp_pk'].dasar_hukum}; {awal['jp_batas'].dasar_hukum}"))
    langkah.append(Langkah(
        "Potongan dari upah pekerja (BPJS Kesehatan "
        f"{persen(awal['kes_pw'].desimal)}, JHT {persen(awal['jht_pw'].desimal)}, JP {persen(awal['jp_pw'].desimal)}) "
        "setahun. Potongan ini bagian dari upah, bukan biaya tambahan Anda:",
        sum(pekerja.values(), Decimal(0)),
        f"{awal['kes_pw'].dasar_hukum}; {awal['jht_pw'].dasar_hukum}; {awal['jp_pw'].dasar_hukum}"))

    peringatan = []
    for jalur, tanggal_proyeksi in cari.proyeksi.items():
        nilai = riwayat(jalur)[-1]
        t0 = tanggal_proyeksi[0]
        if jalur.endswith(".batas_upah") and upah <= nilai.desimal:
            continue  # the cap does not bind this wage: any new cap above it changes nothing
        peringatan.append(
            f"{nilai.keterangan} untuk {bulan_id(t0.year, t0.month)} dan sesudahnya belum tercatat di data "
            f"situs ini (biasanya diumumkan menjelang berlaku). Kalkulator memakai nilai terakhir yang "
            f"diketahui, {_tampil(nilai)}; hasil bulan-bulan itu bisa sedikit berubah.")
    return BiayaTahunan(bulan, upah * BULAN_SETAHUN, nilai_thr, pemberi, pekerja, langkah, peringatan)


def _perubahan(nilai_bulan: list[tuple[Decimal, date]]) -> list[tuple[Decimal, date]]:
    hasil: list[tuple[Decimal, date]] = []
    for v, t in nilai_bulan:
        if not hasil or hasil[-1][0] != v:
            hasil.append((v, t))
    return hasil


def _tampil(n: NilaiBerlaku) -> str:
    d = n.desimal
    return persen(d) if d < 1 else rupiah(d)
