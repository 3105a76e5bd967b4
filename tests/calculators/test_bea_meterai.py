"""Bea meterai (calculators/bea_meterai.py): UU 10/2020 from 2021, UU 13/1985 with PP 24/2000
before, the Rp5.000.000 boundary, counterparts, who owes it, coverage, the page calculator."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from calculators import api
from calculators.bea_meterai import JENIS_DOKUMEN, bea_meterai
from calculators.parameter import TanggalTidakDicakup, berkas, parameter

AKAR = Path(__file__).resolve().parents[2]
KINI = date(2025, 3, 10)


@pytest.mark.parametrize("nilai,terutang", [
    # UU 10/2020 Pasal 3 ayat (2) huruf g: "lebih dari Rp5.000.000"; exactly 5.000.000 is not.
    (D("4999999"), False), (D("5000000"), False), (D("5000000.01"), True),
    (D("5000001"), True), (D("250000000"), True), (D(0), False),
])
def test_batas_rp5_juta_kuitansi(nilai, terutang):
    h = bea_meterai("kuitansi", nilai, 1, KINI)
    assert h.terutang is terutang
    assert h.total == (D(10000) if terutang else 0)
    assert h.per_pihak == h.total


def test_tarif_dan_batas_dari_parameter_yang_dirujuk_panduan():
    assert parameter("bea_meterai.tarif", KINI).desimal == 10000
    assert parameter("bea_meterai.batas_nominal_dokumen_uang", KINI).desimal == 5_000_000
    assert "Pasal 5" in parameter("bea_meterai.tarif", KINI).dasar_hukum


def test_kuitansi_ditanggung_penerima():
    # UU 10/2020 Pasal 9: a one-sided document is owed by the party that receives it.
    h = bea_meterai("kuitansi", D(7_500_000), 1, KINI)
    assert h.pihak_terutang == "penerima_dokumen"
    assert "penerima dokumen" in h.pihak_terutang_teks and "membayar" in h.pihak_terutang_teks
    assert any("Pasal 9" in l.dasar_hukum for l in h.langkah)


@pytest.mark.parametrize("rangkap", [1, 2, 3, 5])
def test_surat_perjanjian_setiap_rangkap_berapa_pun_nilainya(rangkap):
    for nilai in (D(0), D(1), D(5_000_000), D(10) ** 12):
        h = bea_meterai("surat_perjanjian", nilai, rangkap, KINI)
        assert h.terutang
        assert h.tarif == 10000
        assert h.total == 10000 * rangkap
        assert h.per_pihak == 10000          # each party owes the duty on the copy it receives
        assert h.pihak_terutang == "para_pihak"
        assert h.pihak_terutang_teks == "masing-masing pihak atas rangkap yang diterimanya"


def test_perjanjian_satu_rangkap_diberi_peringatan():
    h = bea_meterai("surat_perjanjian", D(0), 1, KINI)
    assert h.total == 10000 and any("satu rangkap" in p for p in h.peringatan)


def test_invoice_tagihan_tidak_terutang_dan_disebut_tafsiran():
    # tax-rules.md §13 Q12: not listed in Pasal 3 ayat (2) huruf g on a plain reading.
    h = bea_meterai("invoice_tagihan", D(50_000_000), 2, KINI)
    assert not h.terutang and h.total == 0 and h.per_pihak == 0
    assert any("tafsiran" in l.dasar_hukum for l in h.langkah)
    assert any("LUNAS" in p for p in h.peringatan)


def test_kuitansi_beberapa_lembar():
    h = bea_meterai("kuitansi", D(6_000_000), 2, KINI)
    assert h.total == 20000 and h.per_pihak == 20000
    assert any("arsip" in p for p in h.peringatan)


@pytest.mark.parametrize("nilai,tarif", [
    # PP 24/2000 (Kompas 4 Sep 2020): up to Rp250.000 none; over 250.000 to 1.000.000 Rp3.000;
    # over 1.000.000 Rp6.000.
    (D(250_000), 0), (D(250_001), 3000), (D(1_000_000), 3000), (D(1_000_001), 6000),
    (D(50_000_000), 6000),
])
def test_sebelum_2021_pp_24_2000(nilai, tarif):
    h = bea_meterai("kuitansi", nilai, 1, date(2020, 12, 31))
    assert h.tarif == tarif and h.total == tarif and h.terutang is (tarif > 0)
    assert any("PP 24/2000" in p and "belum" in p for p in h.peringatan)


def test_perjanjian_sebelum_2021_rp6000_per_rangkap():
    h = bea_meterai("surat_perjanjian", D(0), 2, date(2019, 7, 1))
    assert (h.tarif, h.per_pihak, h.total) == (6000, 6000, 12000)
    assert h.peringatan


def test_pergantian_tarif_1_januari_2021():
    sebelum = bea_meterai("kuitansi", D(3_000_000), 1, date(2020, 12, 31))
    sesudah = bea_meterai("kuitansi", D(3_000_000), 1, date(2021, 1, 1))
    assert sebelum.total == 6000          # over Rp1.000.000 under PP 24/2000
    assert sesudah.total == 0             # not over Rp5.000.000 under UU 10/2020
    assert not sesudah.peringatan


@pytest.mark.parametrize("t", [date(2000, 4, 30), date(1999, 1, 1), date(2028, 1, 1)])
def test_tanggal_di_luar_cakupan_ditolak(t):
    with pytest.raises(TanggalTidakDicakup):
        bea_meterai("kuitansi", D(10_000_000), 1, t)


def test_cakupan_mulai_pp_24_2000():
    assert bea_meterai("kuitansi", D(2_000_000), 1, date(2000, 5, 1)).total == 6000


def test_jenis_dan_rangkap_salah():
    with pytest.raises(ValueError):
        bea_meterai("akta_notaris", D(1), 1, KINI)
    with pytest.raises(ValueError):
        bea_meterai("kuitansi", D(1), 0, KINI)


@given(st.decimals(min_value=0, max_value=10**10, places=2),
       st.decimals(min_value=0, max_value=10**8, places=2),
       st.dates(min_value=date(2000, 5, 1), max_value=date(2027, 12, 31)))
def test_lebih_besar_tidak_pernah_lebih_murah(nilai, tambah, tanggal):
    a = bea_meterai("kuitansi", nilai, 1, tanggal)
    b = bea_meterai("kuitansi", nilai + tambah, 1, tanggal)
    assert b.total >= a.total
    assert a.total in (0, 3000, 6000, 10000)


def test_semua_nilai_parameter_bermetadata():
    for nama in ("bea_meterai", "jatuh_tempo"):
        data = berkas(nama)
        assert data["dicakup_sampai"] == date(2027, 12, 31)

        def jalan(simpul, jalur):
            if isinstance(simpul, dict) and "nilai" in simpul and isinstance(simpul["nilai"], list):
                for v in simpul["nilai"]:
                    for k in ("mulai", "nilai", "dasar_hukum", "sumber", "diperiksa"):
                        assert v.get(k), (jalur, k)
                return 1
            return sum(jalan(v, f"{jalur}.{k}") for k, v in simpul.items() if isinstance(v, dict))
        assert jalan(data, nama) >= 4


def test_kalkulator_contoh():
    r = api.jalankan("bea-meterai", {"jenis_dokumen": "kuitansi", "nilai_nominal": "Rp 7.500.000",
                                     "tanggal": "10/03/2025"})
    assert r["ok"]
    h = r["hasil"]
    assert (h["bea_meterai"], h["bea_meterai_per_pihak"], h["bea_meterai_total"]) == (10000, 10000, 10000)
    assert h["terutang"] is True and h["jumlah_rangkap"] == 1
    assert "Rp10.000" in r["html"]


def test_kalkulator_perjanjian_tanpa_nilai():
    r = api.jalankan("bea-meterai", {"jenis_dokumen": "surat_perjanjian", "jumlah_rangkap": "2",
                                     "tanggal": "2026-01-05"})
    assert r["ok"] and r["hasil"]["bea_meterai_total"] == 20000


@pytest.mark.parametrize("data,kunci", [
    ({"jenis_dokumen": "kuitansi", "tanggal": "2025-01-01"}, "nilai_nominal"),
    ({"jenis_dokumen": "kuitansi", "nilai_nominal": "-5", "tanggal": "2025-01-01"}, "nilai_nominal"),
    ({"jenis_dokumen": "kuitansi", "nilai_nominal": "1,000", "tanggal": "2025-01-01"}, "nilai_nominal"),
    ({"jenis_dokumen": "kuitansi", "nilai_nominal": "6 jt", "jumlah_rangkap": "0",
      "tanggal": "2025-01-01"}, "jumlah_rangkap"),
    ({"jenis_dokumen": "kuitansi", "nilai_nominal": "6 jt", "jumlah_rangkap": "1,5",
      "tanggal": "2025-01-01"}, "jumlah_rangkap"),
    ({"jenis_dokumen": "akta", "nilai_nominal": "6 jt", "tanggal": "2025-01-01"}, "jenis_dokumen"),
    ({"jenis_dokumen": "kuitansi", "nilai_nominal": "6 jt", "tanggal": "2028-02-01"}, "tanggal"),
    ({"jenis_dokumen": "kuitansi", "nilai_nominal": "6 jt", "tanggal": "31/02/2025"}, "tanggal"),
])
def test_kalkulator_masukan_buruk(data, kunci):
    r = api.jalankan("bea-meterai", data)
    assert not r["ok"]
    assert kunci in [k["kunci"] for k in r["kesalahan"]]


def test_jenis_dokumen_sesuai_nama_kunci_spreadsheet():
    assert JENIS_DOKUMEN == ("kuitansi", "surat_perjanjian", "invoice_tagihan")


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
def test_cli_bea_meterai():
    p = subprocess.run([sys.executable, "-m", "calculators", "bea-meterai"],
                       input=json.dumps({"jenis_dokumen": "kuitansi", "nilai_nominal": 5000000,
                                         "tanggal": "2025-06-01"}),
                       capture_output=True, text=True, cwd=AKAR)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["bea_meterai_total"] == 0


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
def test_cli_masukan_buruk_keluar_2():
    p = subprocess.run([sys.executable, "-m", "calculators", "bea-meterai"],
                       input=json.dumps({"jenis_dokumen": "kuitansi", "tanggal": "1999-01-01"}),
                       capture_output=True, text=True, cwd=AKAR)
    assert p.returncode == 2
    kunci = {k["kunci"] for k in json.loads(p.stdout)}
    assert kunci == {"nilai_nominal"} or "tanggal" in kunci
