"""How a reader's value is written into a contract: amounts in figures and words, dates in full.

Indonesian contracts write an amount twice, "Rp10.000.000 (sepuluh juta rupiah)", so a typo in one
is caught by the other; the same for percentages and periods. Bilingual templates get the English
form in the English column. Values that cannot be read as their type are written as typed (the
builder reports the field as an error before it gets here).
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from ..format import BULAN, angka, persen, rupiah, tanggal_id
from ..masukan import NilaiTidakSah, baca_angka, baca_tanggal

if TYPE_CHECKING:  # pragma: no cover
    from . import Variabel

# Unicode direction controls: embeddings and overrides (U+202A-202E), isolates (U+2066-2069) and
# the marks U+200E, U+200F, U+061C. Typed or pasted into a field they reverse the rest of the
# paragraph in the preview and in Word, so a contract could show text other than what it holds.
# No contract field needs them: they are removed wherever an answer is read (``bersihkan_arah``).
KENDALI_ARAH = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
PESAN_KENDALI_ARAH = ("Karakter pengatur arah teks (tak terlihat) telah dihapus dari isian ini agar "
                      "naskah tertulis persis seperti yang tampak. Periksa kembali isiannya.")
POLA_SUREL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


def bersihkan_arah(nilai: str) -> tuple[str, bool]:
    """``nilai`` without Unicode direction controls, and whether any were removed."""
    bersih = KENDALI_ARAH.sub("", nilai)
    return bersih, bersih != nilai

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
    nilai = bersihkan_arah(nilai)[0].strip()
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


def _angka_id(d: Decimal) -> str:
    return angka(d) if d == d.to_integral_value() else format(d.normalize(), "f").replace(".", ",")


def _contoh(v: "Variabel") -> str:
    return f" misalnya {v.contoh}" if v.contoh else ""


def periksa(nilai: str, jenis: "str | Variabel") -> str | None:
    """An Indonesian message when ``nilai`` cannot be read as ``jenis`` (a type name, or a
    ``Variabel`` with its bounds: the message then names the field's unit and what to type),
    else None. Empty is not an error here: an unfilled field stays open in the document."""
    from . import Variabel

    v = jenis if isinstance(jenis, Variabel) else Variabel("x", "x", jenis)
    nilai = bersihkan_arah(nilai)[0].strip()
    if not nilai:
        return None
    satuan = v.satuan or ("persen" if v.jenis == "persen" else "rupiah" if v.jenis == "uang" else "")
    alasan = f" {v.alasan_batas}" if v.alasan_batas else ""
    if v.jenis in ("uang", "angka", "persen"):
        try:
            d = baca_angka(nilai.rstrip("%").strip() if v.jenis == "persen" else nilai)
        except NilaiTidakSah as e:
            if v.jenis == "uang":
                return str(e)
            jenis_angka = "angka bulat" if v.bulat else "angka"
            return (f"“{nilai}” tidak terbaca sebagai {jenis_angka}. Isi "
                    f"{'jumlah ' + satuan if satuan else 'isian ini'} dengan angka saja"
                    f"{',' + _contoh(v) if v.contoh else ''}.")
        bawah = v.minimum if v.minimum is not None else Decimal(0)
        atas = v.maksimum if v.maksimum is not None else (Decimal(100) if v.jenis == "persen" else None)
        rentang = (f"dari {_angka_id(bawah)} sampai {_angka_id(atas)} {satuan}".rstrip()
                   if atas is not None else f"paling kecil {_angka_id(bawah)} {satuan}".rstrip())
        if v.bulat and d != d.to_integral_value():
            return f"Isi bilangan bulat {rentang}, tanpa koma (“{nilai}” {satuan} tidak dapat dipakai).{alasan}"
        if d < bawah or (atas is not None and d > atas):
            if v.jenis == "uang":
                return f"Isi jumlah rupiah {rentang}." if atas is not None else (
                    "Tidak boleh negatif." if bawah == 0 else f"Isi jumlah paling kecil {rupiah(bawah)}.")
            return f"Isi {rentang}; “{nilai}” di luar batas itu.{alasan}"
        return None
    if v.jenis == "tanggal":
        try:
            baca_tanggal(nilai)
        except NilaiTidakSah as e:
            return str(e)
        return None
    if v.panjang_maks and len(nilai) > v.panjang_maks:
        return (f"Terlalu panjang: {len(nilai)} karakter, paling banyak {v.panjang_maks} karakter. "
                "Singkat isiannya (misalnya tanpa gelar atau keterangan tambahan).")
    if v.panjang_min and len(nilai) < v.panjang_min:
        return f"Terlalu pendek: isi paling sedikit {v.panjang_min} karakter."
    if v.bentuk == "surel" and not POLA_SUREL.fullmatch(nilai):
        return (f"“{nilai}” bukan alamat surel. Tulis satu alamat lengkap dengan @ dan nama domain, "
                "misalnya legal@contoh.co.id.")
    return None


__all__ = ["bersihkan_arah", "KENDALI_ARAH", "PESAN_KENDALI_ARAH", "terbilang", "terbilang_en", "tulis", "periksa", "tanggal_en", "BULAN", "BULAN_EN"]
