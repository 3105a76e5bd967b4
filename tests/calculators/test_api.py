"""The one registry (``calculators.kalkulator.REGISTER``): every calculator module is listed, every
name resolves to a calculator of that name, and a page's lookup imports no other calculator."""
from __future__ import annotations

import subprocess
import sys

import pytest

from calculators import kalkulator


def test_register_lengkap_dan_tepat():
    import importlib
    import pkgutil

    semua = kalkulator.daftar()
    assert len(semua) >= 14
    for nama, kalk in semua.items():
        assert kalk.nama == nama and kalkulator.cari(nama) is kalk, nama
    assert kalkulator.cari("tidak-ada") is None
    # every module of the package that defines a calculator is in the register, under each of its names
    for info in pkgutil.iter_modules(kalkulator.__path__):
        if info.name.startswith("_"):
            continue
        modul = importlib.import_module(f"{kalkulator.__name__}.{info.name}")
        for k in vars(modul).values():
            if isinstance(k, kalkulator.Kalkulator) and k.hitung.__module__ == modul.__name__:
                assert kalkulator.REGISTER.get(k.nama) == info.name, (k.nama, info.name)


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocess in Pyodide")
@pytest.mark.parametrize("nama", ["pph21", "ppn", "pph23", "bea-meterai"])
def test_cari_tidak_memuat_kalkulator_lain(nama):
    kode = ("import sys; from calculators import api; api.jalankan(%r, {}); "
            "print(' '.join(m for m in sys.modules if m.startswith('calculators.kalkulator.')))" % nama)
    dimuat = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, check=True).stdout.split()
    assert "calculators.kalkulator.templat" not in dimuat and "calculators.kalkulator.biaya_platform" not in dimuat, dimuat
