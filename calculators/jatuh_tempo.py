"""Deposit (setor) and filing (lapor) deadlines of a tax month, moved over non-working days.

Rules (dated, in ``parameter/jatuh_tempo.toml``):

- Withheld PPh 21/23/26/4(2): deposit by the 15th of the next month (PMK 81/2024 Pasal 94
  ayat (2)), the 10th before 2025 (PMK 242/PMK.03/2014). SPT Masa PPh 21/26 and Unifikasi: the 20th.
- PPh final 0.5% UMKM paid by the provider itself: the 15th; the paid slip counts as the SPT Masa.
- PPN: deposit and SPT Masa PPN by the end of the next month, deposit before filing.
- PPN on a service from abroad, self-assessed by the one who uses it: deposit by the 15th (PMK 81/2024
  Pasal 94 ayat (2); the same date before 2025); reported in the SPT Masa PPN of a PKP.
- Bea meterai collected by an appointed pemungut: the 15th (the 10th before 2025).
- A deadline on a Saturday, Sunday, national holiday, election day or cuti bersama moves to the
  next working day (PMK 81/2024 Pasal 100; before 2025 PMK 242/2014 Pasal 3, PMK 243/2014 Pasal 12).

Which dated value applies is decided by the month in which the deadline falls (the month after the
tax month): see ``tanggal_acuan``. That is the reading chosen for open question 2: the December 2024
tax month falls due in January 2025, when PMK 81/2024 is in force and PMK 242/2014 is revoked.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import lru_cache
from datetime import date

from .format import bulan_id, tanggal_hari, tanggal_id
from .hari_libur import (
    alasan_libur,
    bulan_terverifikasi,
    batas_cakupan,
    hari_dilewati,
    hari_kerja_berikutnya,
    tahun_libur,
)
from .hasil import Langkah
from .masukan import NilaiTidakSah, baca_bulan
from .parameter import TanggalTidakDicakup, dasar_hukum, parameter

__all__ = [
    "JENIS_PAJAK", "NAMA_PAJAK", "HasilJatuhTempo", "jatuh_tempo", "jatuh_tempo_semua",
    "hari_kerja_berikutnya", "tanggal_acuan", "ringkas_alasan",
]


@dataclass(frozen=True)
class _Aturan:
    nama: str            # reader-facing name of the tax
    setor: str           # parameter key under jatuh_tempo.setor
    lapor: str | None    # parameter key under jatuh_tempo.lapor; None: paid slip counts as filed
    spt: str             # what is filed
    yang_setor: str      # who deposits


ATURAN: dict[str, _Aturan] = {
    "pph21": _Aturan("PPh Pasal 21 yang Anda potong", "pph_dipotong", "spt_masa_pph",
                     "SPT Masa PPh Pasal 21/26", "pemotong"),
    "pph26": _Aturan("PPh Pasal 26 yang Anda potong", "pph_dipotong", "spt_masa_pph",
                     "SPT Masa PPh Pasal 21/26 (orang pribadi) atau SPT Masa PPh Unifikasi",
                     "pemotong"),
    "pph23": _Aturan("PPh Pasal 23 yang Anda potong", "pph_dipotong", "spt_masa_pph",
                     "SPT Masa PPh Unifikasi", "pemotong"),
    "pph4_2": _Aturan("PPh Pasal 4 ayat (2) yang Anda potong", "pph_dipotong", "spt_masa_pph",
                      "SPT Masa PPh Unifikasi", "pemotong"),
    "pph_final_umkm": _Aturan("PPh final 0,5% UMKM yang disetor sendiri oleh penyedia",
                              "pph_final_umkm", None, "SPT Masa PPh (dianggap disampaikan)",
                              "penyedia UMKM"),
    "pph_final_umkm_dipotong": _Aturan("PPh final 0,5% UMKM yang dipotong pemotong",
                                       "pph_dipotong", "spt_masa_pph", "SPT Masa PPh Unifikasi",
                                       "pemotong"),
    "ppn": _Aturan("PPN yang terutang dalam satu masa pajak", "ppn", "spt_masa_ppn",
                   "SPT Masa PPN", "Pengusaha Kena Pajak"),
    "ppn_jasa_luar_negeri": _Aturan("PPN atas pemanfaatan jasa dari luar negeri yang Anda setor sendiri",
                                    "ppn_jasa_luar_negeri", "spt_masa_ppn",
                                    "SPT Masa PPN (bila Anda Pengusaha Kena Pajak)", "pemanfaat jasa"),
    "bea_meterai": _Aturan("Bea meterai yang dipungut pemungut bea meterai",
                           "bea_meterai_pemungut", "spt_masa_bea_meterai",
                           "SPT Masa Bea Meterai", "pemungut bea meterai"),
}
JENIS_PAJAK = tuple(ATURAN)
NAMA_PAJAK = {k: v.nama for k, v in ATURAN.items()}


@dataclass(frozen=True)
class HasilJatuhTempo:
    """Deadlines of one tax for one tax month, after moving over non-working days."""

    setor: date
    lapor: date
    langkah: tuple[Langkah, ...]
    peringatan: tuple[str, ...]
    masa_pajak: str = ""
    jenis_pajak: str = ""
    setor_semula: date | None = None      # the regulation's date before any move
    lapor_semula: date | None = None
    alasan_geser_setor: tuple[tuple[date, str], ...] = ()   # non-working days skipped
    alasan_geser_lapor: tuple[tuple[date, str], ...] = ()


def _masa(masa_pajak: str) -> tuple[int, int]:
    try:
        return baca_bulan(masa_pajak)
    except NilaiTidakSah as e:
        raise ValueError(str(e)) from None


def tanggal_acuan(masa_pajak: str) -> date:
    """First day of the month after the tax month: the month the deadlines fall in, and the date
    used to pick which dated rule applies."""
    tahun, bulan = _masa(masa_pajak)
    return date(tahun + 1, 1, 1) if bulan == 12 else date(tahun, bulan + 1, 1)


def _tanggal(nilai: str, acuan: date) -> date:
    if nilai == "akhir_bulan":
        return acuan.replace(day=calendar.monthrange(acuan.year, acuan.month)[1])
    return acuan.replace(day=int(nilai))


def _teks_hari(nilai: str) -> str:
    return "akhir" if nilai == "akhir_bulan" else f"tanggal {int(nilai)}"


def _periksa_cakupan(masa_pajak: str, acuan: date) -> None:
    awal, akhir = batas_cakupan()
    tahun, bulan = _masa(masa_pajak)
    if acuan < awal:
        raise TanggalTidakDicakup(
            f"Masa pajak {bulan_id(tahun, bulan)} jatuh tempo pada {bulan_id(acuan.year, acuan.month)}, "
            f"sebelum cakupan data situs ini (kalender hari libur dan aturan jatuh tempo mulai "
            f"{tanggal_id(awal)}). Masa pajak paling awal yang dapat dihitung: Desember {awal.year - 1}."
        )
    if acuan > akhir:
        raise TanggalTidakDicakup(
            f"Masa pajak {bulan_id(tahun, bulan)} jatuh tempo pada {bulan_id(acuan.year, acuan.month)}, "
            f"di luar cakupan data situs ini (kalender hari libur dan aturan jatuh tempo sampai "
            f"{tanggal_id(akhir)}). Masa pajak paling akhir yang dapat dihitung: November {akhir.year}."
        )


def _geser(semula: date, jalur_geser: str, acuan: date, apa: str
           ) -> tuple[date, tuple[tuple[date, str], ...], list[Langkah]]:
    dasar = parameter(jalur_geser, acuan)
    lewat = hari_dilewati(semula)
    baru = hari_kerja_berikutnya(semula)
    if not lewat:
        return baru, lewat, [Langkah(
            f"{tanggal_hari(semula)} adalah hari kerja, jadi batas {apa} tidak bergeser.",
            semula, dasar.dasar_hukum, "tanggal")]
    rincian = "; ".join(f"{tanggal_hari(t)}: {alasan}" for t, alasan in lewat)
    return baru, lewat, [Langkah(
        f"Batas {apa} jatuh pada hari libur ({rincian}), jadi bergeser ke hari kerja "
        f"berikutnya, {tanggal_hari(baru)}.",
        baru, dasar.dasar_hukum, "tanggal")]


@lru_cache(maxsize=1024)
def jatuh_tempo(masa_pajak: str, jenis_pajak: str) -> HasilJatuhTempo:
    """Deposit and filing deadlines of ``jenis_pajak`` for the tax month ``masa_pajak`` (YYYY-MM).
    The answer is frozen and depends only on the data files, so it is kept (a month's recap asks for
    the same few deadlines once per row)."""
    if jenis_pajak not in ATURAN:
        raise ValueError(f"Jenis pajak tidak dikenal: {jenis_pajak}. Pilihan: {', '.join(JENIS_PAJAK)}")
    aturan = ATURAN[jenis_pajak]
    tahun, bulan = _masa(masa_pajak)
    masa = f"{tahun:04d}-{bulan:02d}"
    acuan = tanggal_acuan(masa)
    _periksa_cakupan(masa, acuan)
    nama_masa = bulan_id(tahun, bulan)
    nama_bulan_tempo = bulan_id(acuan.year, acuan.month)
    langkah: list[Langkah] = []
    peringatan: list[str] = []

    p_setor = parameter(f"jatuh_tempo.setor.{aturan.setor}", acuan)
    setor_semula = _tanggal(p_setor.nilai, acuan)
    langkah.append(Langkah(
        f"{aturan.nama[0].upper()}{aturan.nama[1:]} untuk masa pajak {nama_masa} disetor paling "
        f"lambat {_teks_hari(p_setor.nilai)} bulan berikutnya ({nama_bulan_tempo}).",
        setor_semula, p_setor.dasar_hukum, "tanggal"))
    setor, lewat_setor, l_geser = _geser(setor_semula, "jatuh_tempo.geser.setor", acuan, "setor")
    langkah.extend(l_geser)

    if aturan.lapor is None:
        lapor_semula, lapor, lewat_lapor = setor_semula, setor, lewat_setor
        langkah.append(Langkah(
            "Penyedia UMKM tidak menyampaikan SPT Masa tersendiri: setoran yang sudah mendapat "
            "NTPN dianggap sebagai penyampaian SPT Masa pada tanggal setor.",
            setor, dasar_hukum("jatuh_tempo.lapor.pph_final_umkm", acuan), "tanggal"))
    else:
        p_lapor = parameter(f"jatuh_tempo.lapor.{aturan.lapor}", acuan)
        lapor_semula = _tanggal(p_lapor.nilai, acuan)
        langkah.append(Langkah(
            f"{aturan.spt} untuk masa pajak {nama_masa} dilaporkan paling lambat "
            f"{_teks_hari(p_lapor.nilai)} bulan berikutnya.",
            lapor_semula, p_lapor.dasar_hukum, "tanggal"))
        lapor, lewat_lapor, l_geser = _geser(lapor_semula, "jatuh_tempo.geser.lapor", acuan, "lapor")
        langkah.extend(l_geser)

    if jenis_pajak == "ppn":
        langkah.append(Langkah(
            "PPN harus sudah disetor sebelum SPT Masa PPN dilaporkan, walaupun batas akhir keduanya "
            "sama.", setor, p_setor.dasar_hukum, "tanggal"))
    if jenis_pajak == "bea_meterai":
        peringatan.append(
            "Batas ini hanya untuk pemungut bea meterai yang ditetapkan Direktorat Jenderal Pajak. "
            "Bila Anda melunasi bea meterai sendiri dengan meterai tempel atau meterai elektronik, "
            "bea meterai dilunasi saat dokumen ditandatangani, dibuat, atau diserahkan, tanpa "
            f"setoran bulanan ({dasar_hukum('bea_meterai.dasar.saat_terutang', acuan)}).")
    if jenis_pajak == "pph_final_umkm":
        peringatan.append(
            "Ini kewajiban penyedia UMKM yang menyetor sendiri. Bila Anda ditunjuk sebagai pemotong "
            "(misalnya badan usaha pemotong PPh 23) dan penyedia menyerahkan Surat Keterangan PP "
            "55/2022, Anda yang memotong dan menyetor PPh final 0,5%: pilih \"PPh final UMKM yang "
            "dipotong pemotong\".")

    if masa == "2024-12" and aturan.setor in ("pph_dipotong", "bea_meterai_pemungut"):
        peringatan.append(
            "Masa pajak Desember 2024 jatuh tempo pada Januari 2025. Saat itu PMK 81/2024 sudah "
            "berlaku dan PMK 242/PMK.03/2014 (yang menetapkan tanggal 10) sudah dicabut; Pasal 94 "
            "ayat (2) PMK 81/2024 tidak membatasi diri pada masa pajak sejak Januari 2025. Karena itu "
            f"kalkulator ini memakai tanggal 15 ({tanggal_id(setor)}). Beberapa sumber masih menyebut "
            "tanggal 10: bila Anda ingin aman dari perbedaan tafsir, setorlah paling lambat 10 "
            "Januari 2025.")

    belum = sorted({(t.year, t.month) for t in (setor, lapor) if not bulan_terverifikasi(t.year, t.month)})
    for th, bl in belum:
        data = tahun_libur(th)
        peringatan.append(
            f"Kalender libur {th} belum lengkap: keputusan bersama (SKB) hari libur nasional dan cuti "
            f"bersama {th} belum kami temukan, jadi hanya hari libur bertanggal tetap yang dihitung "
            f"({data.dasar_hukum.split('. ')[0]}). Bila tanggal di {bulan_id(th, bl)} ini ternyata hari "
            "raya atau cuti bersama, batasnya bergeser ke hari kerja berikutnya; menyetor dan "
            "melapor pada tanggal yang ditampilkan tetap tepat waktu.")

    return HasilJatuhTempo(
        setor=setor, lapor=lapor, langkah=tuple(langkah), peringatan=tuple(peringatan),
        masa_pajak=masa, jenis_pajak=jenis_pajak, setor_semula=setor_semula,
        lapor_semula=lapor_semula, alasan_geser_setor=lewat_setor, alasan_geser_lapor=lewat_lapor,
    )


def jatuh_tempo_semua(masa_pajak: str) -> dict[str, HasilJatuhTempo]:
    """Every tax's deadlines for one tax month, in ``JENIS_PAJAK`` order."""
    return {j: jatuh_tempo(masa_pajak, j) for j in JENIS_PAJAK}


def ringkas_alasan(lewat: tuple[tuple[date, str], ...]) -> str:
    """Why a deadline moved, short: the distinct holidays skipped ("akhir pekan" if only weekends)."""
    alasan: list[str] = []
    for _, a in lewat:
        if a != "akhir pekan" and a not in alasan:
            alasan.append(a)
    return ", ".join(alasan) if alasan else ("akhir pekan" if lewat else "")


def keterangan_hari(t: date) -> str:
    """'Senin, 16 Maret 2026' plus why the day before was skipped, for tables."""
    alasan = alasan_libur(t)
    return tanggal_hari(t) + (f" ({alasan})" if alasan else "")
