"""Rounding, done once and where the regulation says.

- ``bulat_rupiah``: amounts on withholding slips (BP21, BP26, BPPU, BPNR) and on faktur pajak are
  rounded to whole rupiah; the method (``setengah_ke_atas``: below 0.50 down, 0.50 and above up,
  PER-11/PJ/2025 Pasal 129) is read from ``parameter/pembulatan.toml``, by date when one is given.
- ``bulat_ribuan_bawah``: annual Pasal 17 computations round taxable income down to the
  thousand (UU PPh; PMK 168/2023 Pasal 8 ayat (4)).
"""
from __future__ import annotations

from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import lru_cache

from .parameter import parameter, riwayat

#: The methods a rounding parameter may name, as Decimal rounding modes.
CARA = {"setengah_ke_atas": ROUND_HALF_UP, "ke_bawah": ROUND_DOWN}


def dasar_pembulatan(tanggal: date) -> str:
    """The legal basis of the rounding to whole rupiah in force on ``tanggal`` (parameter/pembulatan.toml)."""
    return parameter("pembulatan.rupiah", tanggal).dasar_hukum


@lru_cache(maxsize=None)
def _cara_tunggal() -> str:
    """The method when no date is given: every dated value must name the same one."""
    cara = {v.nilai for v in riwayat("pembulatan.rupiah")}
    if len(cara) != 1:
        raise ValueError("pembulatan.rupiah berubah menurut tanggal: sebutkan tanggalnya")
    return cara.pop()


def cara_pembulatan(tanggal: date | None = None) -> str:
    return _cara_tunggal() if tanggal is None else parameter("pembulatan.rupiah", tanggal).nilai


def bulat_rupiah(x: Decimal, tanggal: date | None = None) -> Decimal:
    return Decimal(x).quantize(Decimal(1), rounding=CARA[cara_pembulatan(tanggal)])


def bulat_ribuan_bawah(x: Decimal) -> Decimal:
    return (Decimal(x) / 1000).quantize(Decimal(1), rounding=ROUND_DOWN) * 1000
