"""The calculators a page or the CLI can run, by name.

Each module here defines ``KALKULATOR``: its inputs (``masukan``), its rules (``hitung``) and the
rows of its summary (``ringkasan``). A new module here is found automatically.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
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
    sembunyi_jika_nol: bool = False  # rows of taxes that do not apply to this payment


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


# Calculators defined in a module of another name (the per-tax pages derived from ``pembayaran``).
# tests/calculators/test_api.py checks this against the full scan, so it cannot go stale.
MODUL_LAIN = {"pph21": "pajak_tunggal", "pph26": "pajak_tunggal", "ppn": "pajak_tunggal"}


def cari(nama: str) -> Kalkulator | None:
    """Fast path for one calculator: import only the module named after it (``bea-meterai`` ->
    ``bea_meterai.py``, or its entry in MODUL_LAIN), so a page does not load every other
    calculator at start-up."""
    import importlib

    try:
        modul = importlib.import_module(f"{__name__}.{MODUL_LAIN.get(nama, nama.replace('-', '_'))}")
    except ImportError:
        return None
    for kalk in vars(modul).values():
        if isinstance(kalk, Kalkulator) and kalk.nama == nama:
            return kalk
    return None


@lru_cache(maxsize=None)
def daftar() -> dict[str, Kalkulator]:
    """Every module in this folder that defines ``KALKULATOR``, by name."""
    import importlib
    import pkgutil

    semua: dict[str, Kalkulator] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        modul = importlib.import_module(f"{__name__}.{info.name}")
        for kalk in vars(modul).values():
            if isinstance(kalk, Kalkulator) and getattr(kalk.hitung, "__module__", "").startswith(modul.__name__):
                if kalk.nama in semua and semua[kalk.nama] is not kalk:
                    raise RuntimeError(f"Dua kalkulator bernama {kalk.nama}")
                semua[kalk.nama] = kalk
    return semua
