"""Indonesian formatting of money, percentages and dates (display only, never rounding for tax)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def angka(x: Decimal | int, desimal: int | None = None) -> str:
    """12345678.5 -> '12.345.678,5' (dot for thousands, comma for decimals)."""
    d = Decimal(x)
    if desimal is not None:
        d = d.quantize(Decimal(1).scaleb(-desimal)) if desimal else d.quantize(Decimal(1))
    tanda = "-" if d < 0 else ""
    d = abs(d)
    teks = format(d, "f")
    bulat, _, pecahan = teks.partition(".")
    if desimal is None:
        pecahan = pecahan.rstrip("0")
    kelompok = []
    while len(bulat) > 3:
        kelompok.insert(0, bulat[-3:])
        bulat = bulat[:-3]
    kelompok.insert(0, bulat)
    hasil = ".".join(kelompok)
    return tanda + hasil + ("," + pecahan if pecahan else "")


def rupiah(x: Decimal | int) -> str:
    """Rp10.000.000 (PUEBI: no space after Rp); decimals shown only when present."""
    d = Decimal(x)
    tanda = "−" if d < 0 else ""
    return f"{tanda}Rp{angka(abs(d))}"


def persen(x: Decimal | str) -> str:
    """Decimal('0.02') -> '2%'; Decimal('0.005') -> '0,5%'."""
    return f"{angka(Decimal(x) * 100)}%"


def tanggal_id(t: date) -> str:
    return f"{t.day} {BULAN[t.month - 1]} {t.year}"


def tanggal_hari(t: date) -> str:
    return f"{HARI[t.weekday()]}, {tanggal_id(t)}"


def bulan_id(tahun: int, bulan: int) -> str:
    return f"{BULAN[bulan - 1]} {tahun}"


def daftar_nomor(nomor: list[int], batas: int = 30) -> str:
    """Row numbers for a sentence: "3, 7, 12", the first ``batas`` and "dan 41 lainnya" after them."""
    teks = ", ".join(str(n) for n in nomor[:batas])
    return teks + (f" dan {angka(len(nomor) - batas)} lainnya" if len(nomor) > batas else "")
