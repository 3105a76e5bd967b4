"""How a reader's value is written into a contract: amounts in figures and words, dates in full.

Indonesian contracts write an amount twice, "Rp10.000.000 (sepuluh juta rupiah)", so a typo in one
is caught by the other; the same for percentages and periods. Bilingual templates get the English
form in the English column. Values that cannot be read as their type are written as typed (the
builder reports the field as an error before it gets here).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..format import BULAN, angka, persen, rupiah, tanggal_id
from ..masukan import NilaiTidakSah, baca_angka, baca_tanggal

_SATUAN = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
           "sepuluh", "sebelas")
_SKALA = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"))

_EN_SATUAN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
              "eighteen", "nineteen")
_EN_PULUHAN = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_SKALA = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))
BULAN_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December")


def _bulat_id(n: int) -> str:
    if n < 12:
        return _SATUAN[n]
    if n < 20:
        return f"{_SATUAN[n - 10]} belas"
    if n < 100:
        puluh, sisa = divmod(n, 10)
        return f"{_SATUAN[puluh]} puluh" + (f" {_SATUAN[sisa]}" if sisa else "")
    if n < 1000:
        ratus, sisa = divmod(n, 100)
        kepala = "seratus" if ratus == 1 else f"{_SATUAN[ratus]} ratus"
        return kepala + (f" {_bulat_id(sisa)}" if sisa else "")
    if n < 10**6:
        ribu, sisa = divmod(n, 1000)
        kepala = "seribu" if ribu == 1 else f"{_bulat_id(ribu)} ribu"
        return kepala + (f" {_bulat_id(sisa)}" if sisa else "")
    for skala, nama in _SKALA:
        if n >= skala:
            depan, sisa = divmod(n, skala)
            return f"{_bulat_id(depan)} {nama}" + (f" {_bulat_id(sisa)}" if sisa else "")
    raise AssertionError(n)  # pragma: no cover


def terbilang(x: Decimal | int) -> str:
    """12500000 -> 'dua belas juta lima ratus ribu'; 0.5 -> 'nol koma lima'."""
    d = Decimal(x)
    tanda = "minus " if d < 0 else ""
    d = abs(d)
    bulat = int(d)
    teks = tanda + _bulat_id(bulat)
    pecahan = format(d - bulat, "f").partition(".")[2].rstrip("0")
    if pecahan:
        teks += " koma " + " ".join(_SATUAN[int(c)] for c in pecahan)
    return teks


def _bulat_en(n: int) -> str:
    if n < 20:
        return _EN_SATUAN[n]
    if n < 100:
        puluh, sisa = divmod(n, 10)
        return _EN_PULUHAN[puluh] + (f"-{_EN_SATUAN[sisa]}" if sisa else "")
    if n < 1000:
        ratus, sisa = divmod(n, 100)
        return f"{_EN_SATUAN[ratus]} hundred" + (f" {_bulat_en(sisa)}" if sisa else "")
    for skala, nama in _EN_SKALA:
        if n >= skala:
            depan, sisa = divmod(n, skala)
            return f"{_bulat_en(depan)} {nama}" + (f" {_bulat_en(sisa)}" if sisa else "")
    raise AssertionError(n)  # pragma: no cover


def terbilang_en(x: Decimal | int) -> str:
    """12500000 -> 'twelve million five hundred thousand'; 0.5 -> 'zero point five'."""
    d = Decimal(x)
    tanda = "minus " if d < 0 else ""
    d = abs(d)
    bulat = int(d)
    teks = tanda + _bulat_en(bulat)
    pecahan = format(d - bulat, "f").partition(".")[2].rstrip("0")
    if pecahan:
        teks += " point " + " ".join(_EN_SATUAN[int(c)] for c in pecahan)
    return teks


def angka_en(d: Decimal) -> str:
    bulat, _, pecahan = format(d, "f").partition(".")
    pecahan = pecahan.rstrip("0")
    return f"{int(bulat):,}" + (f".{pecahan}" if pecahan else "")


def tanggal_en(t: date) -> str:
    return f"{t.day} {BULAN_EN[t.month - 1]} {t.year}"


def tulis(nilai: str, jenis: str, bahasa: str = "id") -> str:
    """The text of a value as it appears in the contract (``bahasa`` 'id' or 'en')."""
    nilai = nilai.strip()
    try:
        if jenis == "uang":
            d = baca_angka(nilai)
            if bahasa == "en":
                return f"IDR {angka_en(d)} ({terbilang_en(d)} rupiah)"
            return f"{rupiah(d)} ({terbilang(d)} rupiah)"
        if jenis == "angka":
            d = baca_angka(nilai)
            return f"{angka_en(d)} ({terbilang_en(d)})" if bahasa == "en" else f"{angka(d)} ({terbilang(d)})"
        if jenis == "persen":
            d = baca_angka(nilai.rstrip("%").strip())
            if bahasa == "en":
                return f"{angka_en(d)}% ({terbilang_en(d)} percent)"
            return f"{persen(d / 100)} ({terbilang(d)} persen)"
        if jenis == "tanggal":
            t = baca_tanggal(nilai)
            return tanggal_en(t) if bahasa == "en" else tanggal_id(t)
    except NilaiTidakSah:
        return nilai
    return nilai


def periksa(nilai: str, jenis: str) -> str | None:
    """An Indonesian message when ``nilai`` cannot be read as ``jenis``, else None."""
    nilai = nilai.strip()
    if not nilai:
        return None
    try:
        if jenis in ("uang", "angka"):
            d = baca_angka(nilai)
            if d < 0:
                return "Tidak boleh negatif."
        elif jenis == "persen":
            d = baca_angka(nilai.rstrip("%").strip())
            if not 0 <= d <= 100:
                return "Isi persen antara 0 dan 100."
        elif jenis == "tanggal":
            baca_tanggal(nilai)
    except NilaiTidakSah as e:
        return str(e)
    return None


__all__ = ["terbilang", "terbilang_en", "tulis", "periksa", "tanggal_en", "BULAN", "BULAN_EN"]
