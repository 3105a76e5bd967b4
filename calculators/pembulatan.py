"""Rounding, done once and where the regulation says.

- ``bulat_rupiah``: PER-11/PJ/2025 Pasal 129: amounts on withholding slips (BP21, BP26, BPPU,
  BPNR) and on faktur pajak are rounded to whole rupiah; below 0.50 down, 0.50 and above up.
- ``bulat_ribuan_bawah``: annual Pasal 17 computations round taxable income down to the
  thousand (UU PPh; PMK 168/2023 Pasal 8 ayat (4)).
"""
from __future__ import annotations

from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from .parameter import parameter


def dasar_pembulatan(tanggal: date) -> str:
    """The legal basis of the rounding to whole rupiah in force on ``tanggal`` (parameter/pembulatan.toml)."""
    return parameter("pembulatan.rupiah", tanggal).dasar_hukum


def bulat_rupiah(x: Decimal) -> Decimal:
    return Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP)


def bulat_ribuan_bawah(x: Decimal) -> Decimal:
    return (Decimal(x) / 1000).quantize(Decimal(1), rounding=ROUND_DOWN) * 1000
