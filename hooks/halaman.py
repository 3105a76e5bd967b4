"""Build hook: template helpers for pages (Indonesian dates for 'Terakhir diperbarui')."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calculators.format import tanggal_id  # noqa: E402
from calculators.masukan import baca_tanggal  # noqa: E402


def on_env(env, config, files):
    env.filters["tanggal_id"] = lambda t: tanggal_id(baca_tanggal(t))
    return env
