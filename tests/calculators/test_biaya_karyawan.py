"""Vendor atau karyawan: BPJS shares with caps by month, THR, vendor taxes from the tax engine."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import api
from calculators.biaya_karyawan import KELAS_JKK, biaya_karyawan, thr
from calculators.parameter import TanggalTidakDicakup, berkas, parameter

AKAR = Path(__file__).resolve().parents[2]
CONTOH = api.kalkulator("biaya-karyawan").contoh


def test_contoh_dihitung_tangan():
    r = api.jalankan("biaya-karyawan", CONTOH)
    assert r["ok"], r
    h = r["hasil"]
    # Upah 12.500.000, Januari-Desember 2026, risiko sangat rendah.
    # BPJS Kesehatan: 4% x batas 12.000.000 = 480.000 sebulan (Perpres 82/2018 Pasal 32)
    assert h["biaya_pemberi_kerja_bpjs_kesehatan"] == 12 * 480_000
    assert h["potongan_pekerja_bpjs_kesehatan"] == 12 * 120_000
    # JKK 0,24% x 12,5 jt = 30.000; JKM 0,30% = 37.500; JHT 3,7% = 462.500 / 2% = 250.000
    assert h["biaya_pemberi_kerja_jkk"] == 12 * 30_000
    assert h["biaya_pemberi_kerja_jkm"] == 12 * 37_500
    assert h["biaya_pemberi_kerja_jht"] == 12 * 462_500
    assert h["potongan_pekerja_jht"] == 12 * 250_000
    # JP: Jan-Feb 2026 batas 10.547.400 -> 2% = 210.948; Mar-Des batas 11.086.300 -> 221.726
    assert h["biaya_pemberi_kerja_jp"] == 2 * 210_948 + 10 * 221_726
    assert h["potongan_pekerja_jp"] == 2 * 105_474 + 10 * 110_863
    assert h["thr"] == 12_500_000
    assert h["biaya_pemberi_kerja_total"] == 150_000_000 + 12_500_000 + (
        5_760_000 + 360_000 + 450_000 + 5_550_000 + 2_639_156)
    # Vendor 17,5 jt PKP: PPN 12% x DPP 11/12 (16.041.667) = 1.925.000; PPh 23 2% = 350.000
    assert h["vendor_ppn_setahun"] == 12 * 1_925_000
    assert h["vendor_pph_setahun"] == 12 * 350_000
    assert h["vendor_bea_meterai_setahun"] == 12 * 10_000  # kuitansi > Rp5 juta, UU 10/2020
    assert h["vendor_biaya_setahun"] == 210_000_000 + 23_100_000 + 120_000
    assert h["lebih_murah"] == "karyawan"
    assert h["selisih_vendor_dikurangi_karyawan"] == h["vendor_biaya_setahun"] - h["biaya_pemberi_kerja_total"]
    assert all(l["dasar_hukum"] for l in h["langkah"])
    assert 'data-kunci="biaya_pemberi_kerja_jp"' in r["html"]


def test_vendor_pekerja_lepas():
    h = api.jalankan("biaya-karyawan", {**CONTOH, "vendor_penerima": "orang_pribadi", "vendor_pkp": "tidak"})["hasil"]
    # PPh 21 bukan pegawai: 5% x 50% x 17,5 jt = 437.500 a month; no PPN
    assert h["vendor_pph_setahun"] == 12 * 437_500 and h["vendor_jenis_pph"] == "PPh 21"
    assert h["vendor_biaya_setahun"] == 210_000_000 + 120_000


def test_jumlah_singkat_sampai_ke_mesin_pajak():
    # "9 jt" is read as Decimal('9E+6'); the engine must receive the amount, not its exponent text
    h = api.jalankan("biaya-karyawan", {**CONTOH, "biaya_vendor_bulanan": "9 jt", "upah_bulanan": "6,5 jt"})
    assert h["ok"], h
    assert h["hasil"]["vendor_pph_setahun"] == 12 * 180_000


def test_klien_pkp_ppn_bukan_biaya():
    h = api.jalankan("biaya-karyawan", {**CONTOH, "klien_pkp": "ya"})["hasil"]
    assert h["vendor_biaya_setahun"] == 210_000_000 + 120_000


def test_empat_masukan_inti_saja():
    h = api.jalankan("biaya-karyawan", {"upah_bulanan": "5 jt", "masa_kerja_bulan": "6",
                                        "kelas_risiko_jkk": "tinggi", "tanggal": "2025-06-10"})["hasil"]
    # JKK tinggi 1,27% x 5 jt = 63.500; THR 6/12 x 5 jt = 2,5 jt (Permenaker 6/2016 Pasal 3 ayat (1) huruf b)
    assert h["biaya_pemberi_kerja_jkk"] == 12 * 63_500
    assert h["thr"] == 2_500_000
    assert "vendor_biaya_setahun" not in h


@pytest.mark.parametrize("kelas,tarif", [("sangat_rendah", "0.0024"), ("rendah", "0.0054"), ("sedang", "0.0089"),
                                         ("tinggi", "0.0127"), ("sangat_tinggi", "0.0174")])
def test_kelas_jkk_pp_44_2015(kelas, tarif):
    assert parameter(f"bpjs.jkk.{kelas}", date(2026, 1, 1)).desimal == D(tarif)


@pytest.mark.parametrize("masa,harapan", [(0, 0), (1, 1_000_000), (11, 11_000_000), (12, 12_000_000), (40, 12_000_000)])
def test_thr(masa, harapan):
    assert thr(D(12_000_000), masa, date(2026, 3, 1))[0] == harapan


@pytest.mark.parametrize("tanggal,batas", [("2024-03-01", 10_042_300), ("2025-02-28", 10_042_300),
                                           ("2025-03-01", 10_547_400), ("2026-03-01", 11_086_300)])
def test_batas_upah_jp_berganti_setiap_maret(tanggal, batas):
    assert parameter("bpjs.jp.batas_upah", date.fromisoformat(tanggal)).desimal == batas


def test_batas_jp_yang_belum_diumumkan_diberi_peringatan_bukan_diam_diam():
    b = biaya_karyawan(D(20_000_000), 12, "sedang", date(2026, 11, 23))
    # Nov 2026 - Feb 2027 known; Mar-Oct 2027 projected at the last known cap, with a warning
    assert [x.batas_jp for x in b.bulan] == [D(11_086_300)] * 12
    assert any("Maret 2027" in p and "belum tercatat" in p for p in b.peringatan)
    with pytest.raises(TanggalTidakDicakup):
        parameter("bpjs.jp.batas_upah", date(2027, 3, 1))
    # a wage below the cap is not affected by the unknown cap: no warning
    assert not any("belum tercatat" in p for p in biaya_karyawan(D(6_500_000), 12, "sedang", date(2026, 11, 23)).peringatan)


def test_tanggal_sebelum_data_ditolak():
    r = api.jalankan("biaya-karyawan", {**CONTOH, "tanggal": "2024-02-01"})
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "tanggal"


def test_setiap_nilai_parameter_bersumber():
    for nama in ("bpjs", "thr", "platform"):
        data = berkas(nama)
        assert data["dicakup_sampai"] == date(2027, 12, 31)

        def jalan(simpul, jalur):
            if isinstance(simpul, dict) and "nilai" in simpul:
                for v in simpul["nilai"]:
                    for kunci in ("mulai", "nilai", "dasar_hukum", "sumber", "diperiksa"):
                        assert v.get(kunci) not in (None, ""), (jalur, kunci)
                return
            if isinstance(simpul, dict):
                for k, x in simpul.items():
                    if isinstance(x, dict):
                        jalan(x, f"{jalur}.{k}")

        jalan(data, nama)


# --- properties -------------------------------------------------------------------------------

@settings(max_examples=40, deadline=None)
@given(st.integers(1_000_000, 60_000_000), st.integers(0, 5_000_000), st.sampled_from(KELAS_JKK),
       st.dates(date(2024, 3, 1), date(2026, 12, 31)))
def test_biaya_naik_bersama_upah_dan_batas_dihormati(upah, tambah, kelas, tanggal):
    a = biaya_karyawan(D(upah), 12, kelas, tanggal)
    b = biaya_karyawan(D(upah + tambah), 12, kelas, tanggal)
    assert b.total >= a.total and b.iuran_pemberi_kerja >= a.iuran_pemberi_kerja
    for x in a.bulan:
        assert x.pemberi_kerja["bpjs_kesehatan"] <= x.batas_kesehatan * D("0.04")
        assert x.pemberi_kerja["jp"] <= x.batas_jp * D("0.02") + D("0.5")
    assert a.total == a.upah_setahun + a.thr + sum(a.pemberi_kerja.values())


# --- bad inputs -------------------------------------------------------------------------------

BURUK = [
    ({**CONTOH, "upah_bulanan": "0"}, "upah_bulanan"),
    ({**CONTOH, "upah_bulanan": "dua belas juta"}, "upah_bulanan"),
    ({**CONTOH, "masa_kerja_bulan": "-1"}, "masa_kerja_bulan"),
    ({**CONTOH, "masa_kerja_bulan": "1,5"}, "masa_kerja_bulan"),
    ({**CONTOH, "kelas_risiko_jkk": "6"}, "kelas_risiko_jkk"),
    ({**CONTOH, "tanggal": "31/02/2026"}, "tanggal"),
    ({**CONTOH, "tanggal": "2030-01-01"}, "tanggal"),
    ({**CONTOH, "biaya_vendor_bulanan": "-5 jt"}, "biaya_vendor_bulanan"),
    ({**CONTOH, "vendor_penerima": "koperasi"}, "vendor_penerima"),
    ({**CONTOH, "klien_pkp": "mungkin"}, "klien_pkp"),
]


@pytest.mark.parametrize("data,kunci", BURUK)
def test_masukan_buruk(data, kunci):
    r = api.jalankan("biaya-karyawan", data)
    assert not r["ok"]
    assert kunci in [k["kunci"] for k in r["kesalahan"]], r["kesalahan"]


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
@pytest.mark.parametrize("data,kunci", BURUK)
def test_cli_masukan_buruk_exit_2(data, kunci):
    p = subprocess.run([sys.executable, "-m", "calculators", "biaya-karyawan"], input=json.dumps(data),
                       capture_output=True, text=True, cwd=AKAR)
    assert p.returncode == 2
    assert kunci in [k["kunci"] for k in json.loads(p.stdout)]
