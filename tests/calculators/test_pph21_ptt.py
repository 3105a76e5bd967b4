"""PPh 21 of casual workers (pegawai tidak tetap, PP 58/2023 + PMK 168/2023) and the pre-2024
cumulative regime for continuous payments to non-employees (PMK 252/2008, PER-16/PJ/2016).

Figures worked by hand from the rules in tax-rules.md §2.1-2.2 and the TER tables of PP 58/2023
(calculators/parameter/pph21_ter.toml, matched line by line between two public reproductions)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import api
from calculators.parameter import parameter
from calculators.pph21 import STATUS_PTKP, pph21_pegawai_tidak_tetap

T = "2025-03-10"
PTT = {"tanggal": T, "penerima": "orang_pribadi", "kategori_pph21": "pegawai_tidak_tetap"}


def _h(**m):
    r = api.jalankan("pembayaran", m)
    assert r["ok"], r
    return r["hasil"]


@pytest.mark.parametrize("bruto,hari,pph", [
    ("2.000.000", 5, 0),          # Rp400.000 a day: TER harian 0%
    ("2.250.000", 5, 0),          # exactly Rp450.000 a day: still 0% (bound inclusive)
    ("2.500.000", 5, 12_500),     # Rp500.000 a day: 0,5% x 2.500.000
    ("12.500.000", 5, 62_500),    # exactly Rp2.500.000 a day: still TER harian 0,5%
    ("3.000.000", 1, 75_000),     # above Rp2.500.000 a day: 50% x 3.000.000 = 1.500.000 x 5%
])
def test_ter_harian(bruto, hari, pph):
    h = _h(**PTT, bruto=bruto, jumlah_hari=hari)
    assert h["pph21"] == pph
    assert h["bukti_potong"] == "BP21"
    assert h["net_dibayar"] == int(D(bruto.replace(".", ""))) - pph


@pytest.mark.parametrize("status,bruto,pph", [
    ("TK/0", "10.000.000", 200_000),   # A: 9.650.001-10.050.000 -> 2%
    ("K/0", "5.400.000", 0),           # A: up to 5.400.000 -> 0%
    ("K/1", "9.200.000", 92_000),      # B: 7.300.001-9.200.000 -> 1%
    ("K/3", "8.000.000", 80_000),      # C: 7.800.001-8.850.000 -> 1%
    ("TK/0", "2.000.000.000", 680_000_000),  # A: above 1.400.000.000 -> 34%
])
def test_ter_bulanan(status, bruto, pph):
    assert _h(**PTT, bruto=bruto, cara_bayar="bulanan", status_ptkp=status)["pph21"] == pph


def test_tanpa_npwp_120_persen():
    assert _h(**PTT, bruto="2.500.000", jumlah_hari=5, punya_npwp="tidak")["pph21"] == 15_000
    assert _h(**PTT, bruto="10 jt", cara_bayar="bulanan", punya_npwp="tidak")["pph21"] == 240_000


def test_upah_harian_berarti_pegawai_tidak_tetap():
    h = _h(tanggal=T, penerima="orang_pribadi", jenis_penghasilan="upah_harian", bruto="600.000")
    assert h["pph21"] == 3_000


def test_langkah_menyebut_aturannya():
    r = api.jalankan("pembayaran", {**PTT, "bruto": "10 jt", "cara_bayar": "bulanan", "status_ptkp": "K/2"})
    teks = " ".join(l["teks"] + " " + (l["dasar_hukum"] or "") for l in r["hasil"]["langkah"])
    assert "kategori TER B" in teks and "PP 58/2023" in teks and "PMK 168/2023" in teks


def test_sebelum_2024_pesan_jelas():
    r = api.jalankan("pembayaran", {**PTT, "tanggal": "2023-12-31", "bruto": "1 jt"})
    assert not r["ok"]
    assert r["kesalahan"][0]["kunci"] == "tanggal"
    assert "1 Januari 2024" in r["kesalahan"][0]["pesan"]


@pytest.mark.parametrize("data,kunci", [
    ({**PTT, "bruto": "1 jt", "jumlah_hari": "0"}, "jumlah_hari"),
    ({**PTT, "bruto": "1 jt", "jumlah_hari": "dua"}, "jumlah_hari"),
    ({**PTT, "bruto": "1 jt", "cara_bayar": "bulanan", "status_ptkp": "K/9"}, "status_ptkp"),
    ({**PTT, "bruto": "1 jt", "komponen_dikecualikan": "100.000", "dokumen_pendukung": "ya"}, "komponen_dikecualikan"),
])
def test_masukan_buruk(data, kunci):
    r = api.jalankan("pembayaran", data)
    assert not r["ok"] and kunci in [k["kunci"] for k in r["kesalahan"]]


def test_tabel_ter_utuh():
    """Each table rises strictly, starts at 0% and ends open at 34%; the category map covers all statuses."""
    t = date(2025, 3, 10)
    jumlah = {"a": 44, "b": 40, "c": 41}
    for k, n in jumlah.items():
        baris = parameter(f"pph21_ter.bulanan_{k}", t).nilai
        assert len(baris) == n
        batas = [D(b) for b, _ in baris[:-1]]
        tarif = [D(r) for _, r in baris]
        assert batas == sorted(set(batas)) and tarif == sorted(set(tarif))
        assert tarif[0] == 0 and tarif[-1] == D("0.34") and baris[-1][0] == ""
    assert sorted(parameter("pph21_ter.kategori", t).nilai) == sorted(STATUS_PTKP)


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=1, max_value=3_000_000_000), st.sampled_from(STATUS_PTKP),
       st.sampled_from(["harian", "bulanan"]), st.integers(min_value=1, max_value=31))
def test_sifat_ptt(bruto, status, cara, hari):
    """Tax never exceeds the gross; more pay in the same circumstances never means less tax."""
    t = date(2025, 6, 1)
    a = pph21_pegawai_tidak_tetap(D(bruto), cara, hari, status, True, t).pajak
    b = pph21_pegawai_tidak_tetap(D(bruto) + 1000, cara, hari, status, True, t).pajak
    assert 0 <= a <= bruto
    assert b >= a


# --- before 2024: continuous payments to a non-employee, cumulated over the calendar year ------------

KUM = {"tanggal": "2023-05-10", "penerima": "orang_pribadi", "kategori_pph21": "bukan_pegawai",
       "berkesinambungan": "ya"}


def test_kumulatif_dalam_lapisan_pertama():
    # 50% x (100 jt + 20 jt) = 60 jt -> 3.000.000; before: 50 jt -> 2.500.000; this payment 500.000
    assert _h(**KUM, bruto="20 jt", pembayaran_sebelumnya="100 jt")["pph21"] == 500_000


def test_kumulatif_melewati_lapisan():
    # 2023 (UU HPP layers): cumulative base 65 jt -> 60 jt x 5% + 5 jt x 15% = 3.750.000;
    # before 55 jt -> 2.750.000; this payment 1.000.000 (a one-off payment would give 500.000)
    assert _h(**KUM, bruto="20 jt", pembayaran_sebelumnya="110 jt")["pph21"] == 1_000_000
    assert _h(**{**KUM, "berkesinambungan": "tidak"}, bruto="20 jt", pembayaran_sebelumnya="110 jt")["pph21"] == 500_000


def test_kumulatif_tahun_uu36():
    # 2021 layers (UU 36/2008): cumulative base 60 jt -> 50 jt x 5% + 10 jt x 15% = 4.000.000; before 50 jt -> 2.500.000
    h = _h(**{**KUM, "tanggal": "2021-08-02"}, bruto="20 jt", pembayaran_sebelumnya="100 jt")
    assert h["pph21"] == 1_500_000


def test_sejak_2024_tidak_kumulatif():
    r = api.jalankan("pembayaran", {**KUM, "tanggal": "2024-05-10", "bruto": "20 jt",
                                    "pembayaran_sebelumnya": "110 jt"})
    assert r["hasil"]["pph21"] == 500_000
    assert any("tidak lagi dijumlahkan" in l["teks"] for l in r["hasil"]["langkah"])


# --- before 2024: PTKP per month for an NPWP holder paid only by this payer (calculators/parameter/ptkp.toml)

PTKP = {**KUM, "satu_pemotong": "ya"}


@pytest.mark.parametrize("tanggal,status,setahun", [
    ("2012-06-01", "TK/0", 15_840_000),                        # UU 36/2008 Pasal 7
    ("2012-06-01", "K/3", 15_840_000 + 4 * 1_320_000),
    ("2014-06-01", "K/1", 24_300_000 + 2 * 2_025_000),         # PMK 162/PMK.011/2012
    ("2015-06-01", "TK/2", 36_000_000 + 2 * 3_000_000),        # PMK 122/PMK.010/2015
    ("2016-01-01", "K/3", 54_000_000 + 4 * 4_500_000),         # PMK 101/PMK.010/2016
    ("2023-12-31", "K/0", 58_500_000),
])
def test_ptkp_setahun_menurut_tahun(tanggal, status, setahun):
    from calculators.pph21 import ptkp_setahun

    jumlah, langkah = ptkp_setahun(status, date.fromisoformat(tanggal))
    assert jumlah == setahun
    assert "PTKP" in langkah.teks and langkah.dasar_hukum


def test_ptkp_per_bulan_dalam_hitungan_kumulatif():
    # March 2023, 10 jt a month since January, TK/0 (54 jt a year = 4,5 jt a month):
    # PKP so far 50% x 30 jt - 3 x 4,5 jt = 1,5 jt -> 75.000; before 50% x 20 jt - 2 x 4,5 jt = 1 jt -> 50.000
    h = _h(**{**PTKP, "tanggal": "2023-03-15"}, bruto="10 jt", pembayaran_sebelumnya="20 jt", status_ptkp="TK/0")
    assert h["pph21"] == 25_000
    assert any("PTKP sebulan Rp4.500.000 untuk 3 bulan" in l["teks"] for l in h["langkah"])
    # without the PTKP question answered "ya": 50% x 10 jt x 5%
    tanpa = _h(**{**KUM, "tanggal": "2023-03-15"}, bruto="10 jt", pembayaran_sebelumnya="20 jt")
    assert tanpa["pph21"] == 250_000
    assert any("PTKP tidak dikurangkan" in l["teks"] for l in tanpa["langkah"])


def test_ptkp_jumlah_bulan_dan_batasnya():
    # paid in 2 months only (e.g. from February): PKP 15 jt - 2 x 4,5 jt = 6 jt; before 10 jt - 4,5 jt = 5,5 jt
    h = _h(**{**PTKP, "tanggal": "2023-03-15"}, bruto="10 jt", pembayaran_sebelumnya="20 jt",
           status_ptkp="TK/0", jumlah_bulan="2")
    assert h["pph21"] == 25_000  # 5% x (6 jt - 5,5 jt)
    r = api.jalankan("pembayaran", {**PTKP, "tanggal": "2023-03-15", "bruto": "10 jt", "jumlah_bulan": "4"})
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "jumlah_bulan"


def test_ptkp_tidak_untuk_tanpa_npwp_dan_tidak_sejak_2024():
    h = _h(**{**PTKP, "tanggal": "2023-03-15"}, bruto="10 jt", pembayaran_sebelumnya="20 jt", status_ptkp="TK/0",
           punya_npwp="tidak")
    assert h["pph21"] == 300_000  # 120% x 250.000, no PTKP
    assert any("mensyaratkan NPWP" in l["teks"] for l in h["langkah"])
    baru = _h(**{**PTKP, "tanggal": "2024-03-15"}, bruto="10 jt", pembayaran_sebelumnya="20 jt", status_ptkp="TK/0")
    assert baru["pph21"] == 250_000
    assert any("PTKP juga tidak lagi dikurangkan" in l["teks"] for l in baru["langkah"])


@given(st.integers(1_000_000, 200_000_000), st.integers(0, 400_000_000), st.sampled_from(STATUS_PTKP),
       st.integers(1, 12))
@settings(max_examples=60, deadline=None)
def test_sifat_ptkp_tidak_pernah_menambah_pajak(bruto, sebelumnya, status, bulan):
    from calculators.pph21 import pph21_kumulatif

    t = date(2022, bulan, 15)
    dengan = pph21_kumulatif(D(bruto), D(sebelumnya), True, t, status, bulan)
    tanpa = pph21_kumulatif(D(bruto), D(sebelumnya), True, t)
    assert 0 <= dengan.pajak <= tanpa.pajak <= D(bruto)
