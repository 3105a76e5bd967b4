"""PPh 23 and PPN: rates by date, edge cases, bad inputs. Published worked examples (PMK 141/2015,
PMK 131/2024, PER-11/PJ/2025) are data in tests/contoh/ and run by test_contoh.py."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from calculators import api
from calculators.parameter import TanggalTidakDicakup
from calculators.pembulatan import bulat_rupiah
from calculators.pph23 import pph23
from calculators.ppn import ppn


@pytest.mark.parametrize("jenis,tarif", [("jasa", "0.02"), ("sewa_harta", "0.02"),
                                         ("royalti", "0.15"), ("bunga", "0.15"), ("hadiah", "0.15")])
def test_tarif_dan_kenaikan_tanpa_npwp(jenis, tarif):
    # UU PPh Pasal 23 ayat (1) and (1a): 100% higher without NPWP (2% -> 4%, 15% -> 30%).
    dengan = pph23(D(1_000_000), jenis, True, date(2025, 5, 1))
    tanpa = pph23(D(1_000_000), jenis, False, date(2025, 5, 1))
    assert dengan.tarif == D(tarif)
    assert tanpa.tarif == 2 * D(tarif)
    assert tanpa.pajak == 2 * dengan.pajak


@pytest.mark.parametrize("tanggal,harapan", [
    (date(2022, 3, 31), 1_000_000),  # 10% until 31 March 2022 (UU 42/2009 Pasal 7)
    (date(2022, 4, 1), 1_100_000),   # 11% from 1 April 2022 (UU HPP)
    (date(2024, 12, 31), 1_100_000),
    (date(2025, 1, 1), 1_100_000),   # 12% x 11/12 from 2025 (PMK 131/2024)
])
def test_ppn_menurut_tanggal(tanggal, harapan):
    assert ppn(D(10_000_000), tanggal, True).ppn == harapan


def test_ppn_dpp_sebelum_2025_adalah_harga_jual():
    h = ppn(D(10_000_000), date(2024, 6, 1), True)
    assert h.dpp_nilai_lain == 10_000_000 and h.tarif == D("0.11")


def test_ppn_non_pkp_nol():
    h = ppn(D(10_000_000), date(2025, 6, 1), False)
    assert h.ppn == 0 and "bukan Pengusaha Kena Pajak" in h.langkah[0].teks


def test_pertanyaan_terbuka_4_pembulatan_dua_langkah():
    # tax-rules.md §13 Q4: price 1.000.041 -> two-step (faktur) 110.004, direct 11% 110.005.
    # We follow the faktur (PER-11/PJ/2025 rounds the DPP, then PPN on it) and say so.
    h = ppn(D(1_000_041), date(2025, 2, 1), True)
    assert h.dpp_nilai_lain == 916_704
    assert h.ppn == 110_004
    assert any("bisa berbeda Rp1" in l.teks for l in h.langkah)


@pytest.mark.parametrize("x,harapan", [
    # PER-11/PJ/2025 Pasal 129 examples of a PPN amount (DDTC 28 May 2025; enforcea.com 6 Aug 2025).
    # No calculator takes a PPN amount as input (PPN is always computed from a whole-rupiah DPP),
    # so these stay on the rounding function; the gross-amount examples are in
    # tests/contoh/per-11-pj-2025.toml, through the API.
    ("1500000.49", 1_500_000), ("1900000.50", 1_900_001),
])
def test_pembulatan_per11(x, harapan):
    assert bulat_rupiah(D(x)) == harapan


def test_kalkulator_pph23_lengkap():
    r = api.jalankan("pph23", {"bruto": "Rp 10.000.000", "jenis_penghasilan": "jasa",
                               "punya_npwp": "ya", "pkp": "ya", "tanggal": "10/03/2025"})
    assert r["ok"]
    h = r["hasil"]
    assert (h["pph23"], h["ppn"], h["total_faktur"], h["net_dibayar"]) == (
        200_000, 1_100_000, 11_100_000, 10_900_000)
    assert h["net_dibayar"] == h["bruto"] + h["ppn"] - h["pph23"]
    assert all(l["dasar_hukum"] for l in h["langkah"])
    assert "<table" in r["html"] and "Pasal 23" in r["html"]


def test_desimal_dibulatkan_sekali():
    # 10.000.000,50 -> DPP rounds half-up to 10.000.001 on the slip; 2% = 200.000,02 -> 200.000.
    r = api.jalankan("pph23", {"bruto": "10.000.000,50", "tanggal": "2025-03-10"})
    assert r["hasil"]["dpp"] == 10_000_001 and r["hasil"]["pph23"] == 200_000


def test_tanggal_di_luar_cakupan_pesan_jelas():
    with pytest.raises(TanggalTidakDicakup, match="2009"):
        pph23(D(1), "jasa", True, date(2008, 12, 31))
    r = api.jalankan("pph23", {"bruto": "1 jt", "tanggal": "2030-01-01"})
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "tanggal"
    assert "hanya mencakup sampai" in r["kesalahan"][0]["pesan"]


@pytest.mark.parametrize("data,kunci", [
    ({"bruto": "", "tanggal": "2025-01-01"}, "bruto"),
    ({"bruto": "-5.000", "tanggal": "2025-01-01"}, "bruto"),
    ({"bruto": "abc", "tanggal": "2025-01-01"}, "bruto"),
    ({"bruto": "0", "tanggal": "2025-01-01"}, "bruto"),
    ({"bruto": "1,000", "tanggal": "2025-01-01"}, "bruto"),
    ({"bruto": "1 jt", "tanggal": "31/02/2025"}, "tanggal"),
    ({"bruto": "1 jt", "tanggal": "besok"}, "tanggal"),
    ({"bruto": "1 jt", "tanggal": "2025-01-01", "jenis_penghasilan": "gaji"}, "jenis_penghasilan"),
    ({"bruto": "1 jt", "tanggal": "2025-01-01", "punya_npwp": "mungkin"}, "punya_npwp"),
    ({"bruto": "1 jt", "tanggal": "2025-01-01", "kolom_aneh": "1"}, "kolom_aneh"),
])
def test_masukan_buruk(data, kunci):
    r = api.jalankan("pph23", data)
    assert not r["ok"]
    assert kunci in [k["kunci"] for k in r["kesalahan"]]
    assert all(k["pesan"] for k in r["kesalahan"])
