"""mkdocs-macros module: how a page gets its numbers.

Every figure on a page comes from ``calculators/`` through one of these macros, never typed by hand:

- ``{{ persen_param("pph23.tarif.jasa") }}`` -> "2%"; ``{{ rupiah_param(...) }}``, ``{{ nilai_param(...) }}``
  (value in force today, or pass ``tanggal="2024-05-01"``); ``{{ dasar("ppn.tarif") }}`` -> its legal basis.
- ``{{ hitung("pph23", {...}) }}`` -> the result as a dict (``.pph23``, ``.net_dibayar`` ...);
  format with ``rp()``, ``pct()``, ``tgl()``.
- ``{{ contoh("pph23", {...}) }}`` -> the full rendered result (summary, steps, legal basis).
- ``{{ formulir() }}`` on a calculator page -> the form described by the page's front matter, with
  the build-time result of the calculator's example already in it.
"""
from __future__ import annotations

import sys
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
if str(AKAR) not in sys.path:
    sys.path.insert(0, str(AKAR))

from . import angka as _angka  # noqa: E402
from . import formulir as _formulir  # noqa: E402


def define_env(env) -> None:
    _angka.daftarkan(env)
    _formulir.daftarkan(env)
    for modul in _modul_tambahan():
        modul.daftarkan(env)


def _modul_tambahan():
    """Optional macro modules (one per area of the site) that define ``daftarkan(env)``."""
    import importlib

    for nama in ("panduan", "kontrak", "pajak_kalender"):
        if (Path(__file__).parent / f"{nama}.py").exists():
            yield importlib.import_module(f"{__name__}.{nama}")
