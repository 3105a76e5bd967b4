"""The fast lookup a page uses at start-up finds every calculator the full scan finds, without
importing the others (a stale MODUL_LAIN would make a page load every calculator)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from calculators import kalkulator


def test_cari_sama_dengan_daftar():
    semua = kalkulator.daftar()
    assert len(semua) >= 14
    for nama, kalk in semua.items():
        assert kalkulator.cari(nama) is kalk, nama
    assert kalkulator.cari("tidak-ada") is None


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocess in Pyodide")
@pytest.mark.parametrize("nama", ["pph21", "ppn", "pph23", "bea-meterai"])
def test_cari_tidak_memuat_kalkulator_lain(nama):
    kode = ("import sys; from calculators import api; api.jalankan(%r, {}); "
            "print(' '.join(m for m in sys.modules if m.startswith('calculators.kalkulator.')))" % nama)
    dimuat = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, check=True).stdout.split()
    assert "calculators.kalkulator.templat" not in dimuat and "calculators.kalkulator.biaya_platform" not in dimuat, dimuat
