"""mkdocs-macros module: how a page gets its numbers.

Every figure on a page comes from ``calculators/`` through one of these macros, never typed by hand:

- ``{{ persen_param("pph23.tarif.jasa") }}`` -> "2%"; ``{{ rupiah_param(...) }}``, ``{{ nilai_param(...) }}``
  (the value in force on the build's reference date, or pass ``tanggal="2024-05-01"``);
  ``{{ dasar("ppn.tarif") }}`` -> its legal basis.
- ``{{ hitung("pph23", {...}) }}`` -> the result as a dict (``.pph23``, ``.net_dibayar`` ...);
  format with ``rp()``, ``pct()``, ``tgl()``.
- ``{{ contoh("pph23", {...}) }}`` -> the full rendered result (summary, steps, legal basis).
- ``{{ formulir() }}`` on a calculator page -> the form described by the page's front matter, with
  the build-time result of the calculator's example already in it.

The build's "today" is its reference date, ``extra.tanggal_acuan`` in mkdocs.yml (overridden by the
environment variable ``BJA_TANGGAL_ACUAN``), never the system clock: the variables ``hari_ini`` and
``tanggal_acuan``, ``now()``, and every macro called without ``tanggal`` use it (``macros/acuan.py``).
A page using a parameter the data does not cover on that date fails the build, naming the setting.
"""
from __future__ import annotations

import sys
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
if str(AKAR) not in sys.path:
    sys.path.insert(0, str(AKAR))

from . import acuan as _acuan  # noqa: E402
from . import angka as _angka  # noqa: E402
from . import formulir as _formulir  # noqa: E402


def define_env(env) -> None:
    try:
        _acuan.atur(_acuan.baca(env.conf.get("extra")))
    except _acuan.TanggalAcuanSalah as e:
        from mkdocs.exceptions import PluginError

        raise PluginError(str(e)) from e
    _angka.daftarkan(env)
    _formulir.daftarkan(env)
    for modul in _modul_tambahan():
        modul.daftarkan(env)


def _modul_tambahan():
    """Optional macro modules (one per area of the site) that define ``daftarkan(env)``."""
    import importlib

    for nama in ("panduan", "kontrak", "pajak_kalender", "rekap", "ringkas"):
        if (Path(__file__).parent / f"{nama}.py").exists():
            yield importlib.import_module(f"{__name__}.{nama}")
