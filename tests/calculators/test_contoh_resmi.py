"""Worked examples published in regulations, each run through the public API with its source.

(Other official examples live beside their rules: PMK 141/2015 Lampiran and PMK 131/2024 in
test_pph23_ppn.py and test_pembayaran.py, PER-11/PJ/2025 rounding in test_pph23_ppn.py.)"""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from calculators import api
from calculators.ppn import dpp, ppn


def test_pmk_11_2025_contoh_dpp_nilai_lain():
    """PMK 11/2025 (in force 4 February 2025), example of a free gift: selling price Rp200.000 less
    gross margin Rp50.000 = Rp150.000; DPP nilai lain 11/12 x 150.000 = 137.500; PPN 12% = 16.500.
    Source: the regulation's example as summarised in shared/research/tax-rules.md §7."""
    t = date(2025, 2, 4)
    nilai, _ = dpp(D(150_000), t)
    assert nilai == D(137_500)
    h = ppn(D(150_000), t, True)
    assert h.ppn == D(16_500)
    r = api.jalankan("ppn", {"bruto": "150.000", "tanggal": "2025-02-04"})
    assert r["ok"], r
    assert r["hasil"]["dpp_nilai_lain"] == 137_500 and r["hasil"]["ppn"] == 16_500
    assert r["hasil"]["total_faktur"] == 166_500
