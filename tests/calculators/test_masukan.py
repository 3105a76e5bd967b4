"""Reading what readers type: Indonesian formats accepted, ambiguity refused with a reason."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, strategies as st

from calculators.format import angka, rupiah, persen, tanggal_id
from calculators.masukan import NilaiTidakSah, baca_angka, baca_tanggal, baca_bulan


@pytest.mark.parametrize("teks,nilai", [
    ("10000000", "10000000"), ("10.000.000", "10000000"), ("Rp 10.000.000", "10000000"),
    ("Rp10.000.000,-", "10000000"), ("rp. 10.000.000,00", "10000000"), ("IDR 2.500", "2500"),
    ("10.000.000,50", "10000000.50"), ("10 jt", "10000000"), ("10jt", "10000000"),
    ("1,5 juta", "1500000"), ("1.5jt", "1500000"), ("2M", "2000000000"), ("2 miliar", "2000000000"),
    ("750 rb", "750000"), ("10,000,000", "10000000"), ("10,000,000.50", "10000000.50"),
    ("1.000", "1000"), ("10,5", "10.5"), ("0,5", "0.5"), (" 12 345 ", "12345"),
    ("-5.000", "-5000"), ("\u2212 5.000", "-5000"), ("Rp -5.000", "-5000"),
])
def test_angka_diterima(teks, nilai):
    assert baca_angka(teks) == D(nilai)


@pytest.mark.parametrize("teks,pesan", [
    ("", "Wajib"), ("   ", "Wajib"), ("abc", "tidak dikenali"), ("10 kg", "tidak dikenali"),
    ("1,000", "dua cara"), ("10.5", "dua cara"), ("1.2.3", "dua cara"), ("1,000.000,5", "dua cara"),
    ("Rp", "tidak dikenali"), ("10.000,000,5", "dua cara"), ("1e5", "tidak dikenali"),
])
def test_angka_ditolak_dengan_alasan(teks, pesan):
    with pytest.raises(NilaiTidakSah, match=pesan):
        baca_angka(teks)


@given(st.integers(min_value=0, max_value=10**14))
def test_format_lalu_baca_kembali(n):
    assert baca_angka(angka(n)) == n
    assert baca_angka(rupiah(n)) == n


@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_format_desimal_lalu_baca_kembali(x):
    assert baca_angka(angka(x)) == x


@given(st.text(max_size=20))
def test_tidak_pernah_crash(teks):
    try:
        baca_angka(teks)
    except NilaiTidakSah as e:
        assert str(e)


@pytest.mark.parametrize("teks,t", [
    ("2025-01-31", date(2025, 1, 31)), ("31/01/2025", date(2025, 1, 31)),
    ("31-1-2025", date(2025, 1, 31)), ("31 Januari 2025", date(2025, 1, 31)),
    ("5 agu 2024", date(2024, 8, 5)), ("1 Des 2025", date(2025, 12, 1)),
])
def test_tanggal(teks, t):
    assert baca_tanggal(teks) == t


@pytest.mark.parametrize("teks", ["30/02/2025", "2025-13-01", "kemarin", "", "31 Juno 2025"])
def test_tanggal_ditolak(teks):
    with pytest.raises(NilaiTidakSah):
        baca_tanggal(teks)


def test_bulan():
    assert baca_bulan("2025-01") == (2025, 1)
    assert baca_bulan("01/2025") == (2025, 1)
    with pytest.raises(NilaiTidakSah):
        baca_bulan("2025-13")


def test_format_indonesia():
    assert rupiah(D("10000000")) == "Rp10.000.000"
    assert rupiah(D("1234.5")) == "Rp1.234,5"
    assert rupiah(D("-5000")) == "−Rp5.000"
    assert persen(D("0.005")) == "0,5%"
    assert persen(D("0.12")) == "12%"
    assert tanggal_id(date(2025, 8, 17)) == "17 Agustus 2025"
