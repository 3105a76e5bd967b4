"""Macros for the tax-calendar pages (holiday calendar, deadlines, stamp duty).

- ``kalender_libur()`` -> one dict per covered year: ``tahun``, ``keterangan``, ``terverifikasi``,
  ``dasar_hukum``, ``sumber`` (list of links/notes), ``diperiksa``, and ``libur`` (each day with
  ``tanggal`` (YYYY-MM-DD), ``hari`` ("Senin, 16 Februari 2026"), ``nama``, ``jenis``, ``jenis_teks``,
  ``dasar_khusus`` (set when a day has its own decree, e.g. an election-day Keppres)).
- ``daftar_masa(awal, akhir)`` -> ["2025-01", ..., "2026-12"] for loops over tax months.
- ``nama_masa("2025-01")`` -> "Januari 2025"; ``nama_pajak("pph23")`` -> reader-facing name.
- ``tgl_ringkas("2026-03-16")`` -> "Sen 16 Mar 2026" for narrow tables.
- ``berlaku_sejak("jatuh_tempo.setor.pph_dipotong")`` -> "1 Januari 2025" (start of the value in force
  on the build's reference date ``extra.tanggal_acuan``, see ``macros/acuan.py``).

Every date on these pages comes from ``calculators/parameter/hari_libur.toml`` and
``jatuh_tempo.toml`` through these macros or ``hitung("jatuh-tempo", ...)``.
"""
from __future__ import annotations

from typing import Any

from calculators.format import BULAN, bulan_id, tanggal_hari, tanggal_id
from calculators.hari_libur import JENIS_LIBUR, tahun_dicakup, tahun_libur
from calculators.jatuh_tempo import NAMA_PAJAK
from calculators.masukan import baca_bulan, baca_tanggal
from calculators.parameter import parameter

from . import acuan


def kalender_libur() -> list[dict[str, Any]]:
    tahun_tahun = []
    for th in tahun_dicakup():
        data = tahun_libur(th)
        tahun_tahun.append({
            "tahun": th,
            "keterangan": data.keterangan,
            "terverifikasi": data.terverifikasi,
            "dasar_hukum": data.dasar_hukum,
            "sumber": [s.strip() for s in data.sumber.split(" ; ") if s.strip()],
            "diperiksa": tanggal_id(data.diperiksa),
            "jumlah": {j: sum(1 for h in data.libur if h.jenis == j) for j in JENIS_LIBUR},
            "libur": [{
                "tanggal": h.tanggal.isoformat(),
                "hari": tanggal_hari(h.tanggal),
                "akhir_pekan": h.tanggal.weekday() >= 5,
                "nama": h.nama,
                "jenis": h.jenis,
                "jenis_teks": h.jenis_teks,
                "dasar_khusus": h.dasar_hukum if h.dasar_hukum != data.dasar_hukum else "",
            } for h in data.libur],
        })
    return tahun_tahun


def daftar_masa(awal: str, akhir: str) -> list[str]:
    th, bl = baca_bulan(awal)
    th_akhir, bl_akhir = baca_bulan(akhir)
    hasil = []
    while (th, bl) <= (th_akhir, bl_akhir):
        hasil.append(f"{th:04d}-{bl:02d}")
        th, bl = (th + 1, 1) if bl == 12 else (th, bl + 1)
    return hasil


def nama_masa(masa: str, ringkas: bool = False) -> str:
    """"Januari 2025", or "Jan 2025" with ``ringkas``."""
    tahun, bulan = baca_bulan(masa)
    return f"{BULAN[bulan - 1][:3]} {tahun}" if ringkas else bulan_id(tahun, bulan)


def nama_pajak(jenis: str) -> str:
    return NAMA_PAJAK[jenis]


def berlaku_sejak(jalur: str, tanggal: Any = None) -> str:
    """The date the value of ``jalur`` in force on ``tanggal`` (default: the build's reference date,
    ``extra.tanggal_acuan``) started: "1 Januari 2025"."""
    berlaku = acuan.parameter_acuan(jalur) if tanggal is None else parameter(jalur, baca_tanggal(tanggal))
    return tanggal_id(berlaku.mulai)


HARI_RINGKAS = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")


def tgl_ringkas(x: Any, tahun: bool = True) -> str:
    """Compact date for narrow tables: "Sen 16 Mar 2026" (or "Sen 16 Mar")."""
    t = baca_tanggal(x)
    teks = f"{HARI_RINGKAS[t.weekday()]} {t.day} {BULAN[t.month - 1][:3]}"
    return f"{teks} {t.year}" if tahun else teks


def daftarkan(env) -> None:
    for f in (kalender_libur, daftar_masa, nama_masa, nama_pajak, berlaku_sejak, tgl_ringkas):
        env.macro(f)
