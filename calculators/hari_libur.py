"""Indonesian non-working days: weekends, national holidays, election days and cuti bersama.

The calendar is data (``parameter/hari_libur.toml``), one entry per year with the joint decree
(SKB Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB) that set it. Tax deadlines that fall on
such a day move to the next working day (PMK 81/2024 Pasal 100; before 2025 PMK 242/2014 Pasal 3
and PMK 243/2014 Pasal 12), so every date here must be covered by the data: a date outside the
shipped years raises ``TanggalTidakDicakup``, never a silent guess.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .format import tanggal_id
from .parameter import TanggalTidakDicakup, berkas, parameter

JENIS_LIBUR = {
    "libur_nasional": "hari libur nasional",
    "cuti_bersama": "cuti bersama",
    "pemilu": "hari yang diliburkan untuk pemungutan suara",
}


@dataclass(frozen=True)
class Libur:
    """One non-working day that is not a weekend, with the decree that set it."""

    tanggal: date
    nama: str
    jenis: str  # libur_nasional | cuti_bersama | pemilu
    dasar_hukum: str
    sumber: str
    terverifikasi: bool

    @property
    def jenis_teks(self) -> str:
        return JENIS_LIBUR[self.jenis]


@dataclass(frozen=True)
class TahunLibur:
    tahun: int
    keterangan: str
    terverifikasi: bool
    dasar_hukum: str
    sumber: str
    diperiksa: date
    libur: tuple[Libur, ...]


def tahun_dicakup() -> tuple[int, ...]:
    """The years the shipped calendar covers, oldest first."""
    return tuple(sorted(int(t) for t in berkas("hari_libur")["libur"]))


def batas_cakupan() -> tuple[date, date]:
    tahun = tahun_dicakup()
    return date(tahun[0], 1, 1), berkas("hari_libur")["dicakup_sampai"]


def _periksa_cakupan(t: date) -> None:
    awal, akhir = batas_cakupan()
    if t < awal or t > akhir:
        raise TanggalTidakDicakup(
            f"Kalender hari libur di situs ini hanya mencakup {tanggal_id(awal)} sampai "
            f"{tanggal_id(akhir)}; tanggal {tanggal_id(t)} belum dicakup. Periksa keputusan bersama "
            "(SKB) hari libur nasional dan cuti bersama untuk tahun itu."
        )


@lru_cache(maxsize=None)
def tahun_libur(tahun: int) -> TahunLibur:
    """The holiday list of one year with its decree; raises outside the covered years."""
    _periksa_cakupan(date(tahun, 1, 1))
    simpul = berkas("hari_libur")["libur"].get(str(tahun))
    if simpul is None:
        raise TanggalTidakDicakup(f"Kalender hari libur tahun {tahun} tidak ada di data situs ini.")
    nilai = parameter(f"hari_libur.libur.{tahun}", date(tahun, 1, 1))
    terverifikasi = bool(simpul.get("terverifikasi", False))
    hari = tuple(
        Libur(
            tanggal=h["tanggal"],
            nama=h["nama"],
            jenis=h["jenis"],
            dasar_hukum=h.get("dasar_hukum", nilai.dasar_hukum),
            sumber=nilai.sumber,
            terverifikasi=terverifikasi,
        )
        for h in sorted(nilai.nilai, key=lambda h: h["tanggal"])
    )
    return TahunLibur(tahun, simpul.get("keterangan", ""), terverifikasi, nilai.dasar_hukum,
                      nilai.sumber, nilai.diperiksa, hari)


@lru_cache(maxsize=None)
def _per_tanggal(tahun: int) -> dict[date, Libur]:
    return {h.tanggal: h for h in tahun_libur(tahun).libur}


def libur(t: date) -> Libur | None:
    """The holiday, election day or cuti bersama on ``t`` (weekends excluded), else None."""
    _periksa_cakupan(t)
    return _per_tanggal(t.year).get(t)


def akhir_pekan(t: date) -> bool:
    return t.weekday() >= 5


def hari_kerja(t: date) -> bool:
    """True on a working day: not Saturday, Sunday, national holiday, election day or cuti bersama."""
    h = libur(t)  # checks coverage first, also for weekends
    return not akhir_pekan(t) and h is None


def alasan_libur(t: date) -> str | None:
    """Why ``t`` is not a working day, in Indonesian; None on a working day."""
    h = libur(t)
    if h is not None:
        return f"libur nasional {h.nama}" if h.jenis == "libur_nasional" else h.nama
    if akhir_pekan(t):
        return "akhir pekan"
    return None


def hari_kerja_berikutnya(t: date) -> date:
    """The first working day ON OR AFTER ``t``: ``t`` itself if it is a working day.

    This is the day a deadline falling on ``t`` moves to (PMK 81/2024 Pasal 100). Raises
    ``TanggalTidakDicakup`` if the search leaves the years the calendar covers.
    """
    hari = t
    while not hari_kerja(hari):
        hari += timedelta(days=1)
    return hari


def hari_dilewati(t: date) -> tuple[tuple[date, str], ...]:
    """Each non-working day from ``t`` up to the next working day, with its reason."""
    hasil = []
    hari = t
    while not hari_kerja(hari):
        hasil.append((hari, alasan_libur(hari) or ""))
        hari += timedelta(days=1)
    return tuple(hasil)


def bulan_terverifikasi(tahun: int, bulan: int) -> bool:
    """Whether the holiday data for that month comes from a confirmed decree."""
    del bulan  # data is confirmed per year (one SKB per year)
    return tahun_libur(tahun).terverifikasi
