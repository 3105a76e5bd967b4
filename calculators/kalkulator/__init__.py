"""The calculators a page or the CLI can run, by name.

Each module here defines ``KALKULATOR``: its inputs (``masukan``), its rules (``hitung``) and the
rows of its summary (``ringkasan``). Add a module, then list it in ``DAFTAR`` below.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from ..hasil import Hasil
from ..masukan import Skema


@dataclass(frozen=True)
class Baris:
    """One row of the summary table: label, output key, and how to show it."""

    label: str
    kunci: str
    format: str = "rupiah"  # rupiah | persen | tanggal | teks | ya_tidak
    utama: bool = False


@dataclass(frozen=True)
class Kalkulator:
    nama: str
    judul: str
    masukan: Skema
    hitung: Callable[[dict[str, Any]], Hasil]
    ringkasan: tuple[Baris, ...]
    aturan: Callable[[dict[str, Any]], list[dict[str, str]]] | None = None
    contoh: dict[str, Any] = field(default_factory=dict)
    tampilan: Callable[[Hasil], str] | None = None


def daftar() -> dict[str, Kalkulator]:
    from . import pph23

    semua = [pph23.KALKULATOR]
    return {k.nama: k for k in semua}
