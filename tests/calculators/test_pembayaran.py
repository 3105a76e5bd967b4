"""The whole payment: PPh 21/23/26/4(2)/final choice, gross-up, VAT-inclusive amounts, currency,
UMKM, the CLI; hand-checked examples and properties. Published worked examples (e.g. the PMK 141/2015
labour-supply example) are data in tests/contoh/ and run by test_contoh.py."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from calculators import api
from calculators.pph21 import pph21
from calculators.umkm import pph_final_bulanan

AKAR = Path(__file__).resolve().parents[2]


def bayar(**kw):
    kw.setdefault("tanggal", "2025-03-10")
    r = api.jalankan("pembayaran", kw)
    assert r["ok"], r.get("kesalahan")
    return r["hasil"]


# --- PPh 21 bukan pegawai (PMK 168/2023 Pasal 12 ayat 3, Pasal 16 ayat 3) ---------------------

@pytest.mark.parametrize("bruto,harapan", [
    # 50% x bruto x Pasal 17 (UU HPP layers), hand-checked:
    (10_000_000, 250_000),        # DPP 5 jt x 5%
    (120_000_000, 3_000_000),     # DPP 60 jt: whole first layer x 5%
    (200_000_000, 9_000_000),     # 60 jt x 5% + 40 jt x 15%
    (1_200_000_000, 151_500_000), # 3 jt + 28,5 jt + 62,5 jt + 30% x 100 jt... see below
])
def test_pph21_bukan_pegawai_2025(bruto, harapan):
    # 1,2 M: DPP 600 jt = 60x5% (3 jt) + 190x15% (28,5 jt) + 250x25% (62,5 jt) + 100x30% (30 jt) = 124 jt
    if bruto == 1_200_000_000:
        harapan = 124_000_000
    assert pph21(D(bruto), "bukan_pegawai", True, date(2025, 3, 10)).pajak == harapan


def test_pph21_lapisan_lama_sebelum_2022():
    # UU 36/2008 layers (first layer Rp50 jt) for tax year 2021: DPP 100 jt = 50x5% + 50x15% = 10 jt.
    assert pph21(D(200_000_000), "bukan_pegawai", True, date(2021, 6, 1)).pajak == 10_000_000


def test_pph21_tanpa_npwp_120_persen_dan_peserta_kegiatan():
    dengan = pph21(D(10_000_000), "bukan_pegawai", True, date(2025, 3, 10)).pajak
    tanpa = pph21(D(10_000_000), "bukan_pegawai", False, date(2025, 3, 10)).pajak
    assert tanpa == dengan * D("1.2")
    # Peserta kegiatan: 100% of gross (PMK 168/2023 Pasal 12 ayat 6): 10 jt x 5% = 500.000.
    assert pph21(D(10_000_000), "peserta_kegiatan", True, date(2025, 3, 10)).pajak == 500_000


def test_pph21_peserta_kegiatan_sebelum_2024_tidak_dicakup():
    r = api.jalankan("pembayaran", {"tanggal": "2023-05-01", "penerima": "orang_pribadi",
                                    "kategori_pph21": "peserta_kegiatan", "bruto": "1 jt"})
    assert not r["ok"] and "1 Januari 2024" in r["kesalahan"][0]["pesan"]


# --- whole payment --------------------------------------------------------------------------

def test_pekerja_lepas():
    h = bayar(penerima="orang_pribadi", bruto="15 jt")
    assert (h["pph21"], h["net_dibayar"], h["bukti_potong"]) == (375_000, 14_625_000, "BP21")
    assert (h["jatuh_tempo_setor"], h["jatuh_tempo_lapor"]) == ("2025-04-15", "2025-04-21")


def test_sewa_bangunan_pph4_2_tanpa_kenaikan_npwp():
    h = bayar(penerima="orang_pribadi", jenis_penghasilan="sewa_tanah_bangunan", bruto="100 jt", punya_npwp="tidak")
    assert (h["pph4_2"], h["pph21"], h["bukti_potong"]) == (10_000_000, 0, "BPPU")


def test_luar_negeri_pph26_dan_ppn_jln():
    h = bayar(tanggal="2026-02-10", penerima="luar_negeri", bruto="10 jt")
    assert h["pph26"] == 2_000_000 and h["bukti_potong"] == "BPNR"
    assert h["ppn"] == 0 and h["ppn_jasa_luar_negeri"] == 1_100_000  # 12% x 11/12, self-assessed
    assert h["net_dibayar"] == 8_000_000 and h["disetor_pemotong"] == 3_100_000
    p3b = bayar(tanggal="2026-02-10", penerima="luar_negeri", bruto="10 jt", tarif_p3b="10", dgt_valid="ya",
                bentuk_badan="orang_pribadi")
    assert p3b["pph26"] == 1_000_000 and p3b["bukti_potong"] == "BP26"
    tanpa_dgt = bayar(tanggal="2026-02-10", penerima="luar_negeri", bruto="10 jt", tarif_p3b="10")
    assert tanpa_dgt["pph26"] == 2_000_000


def test_valas_dengan_kurs():
    h = bayar(tanggal="2026-02-10", penerima="luar_negeri", nilai_valas="1.000", mata_uang="USD", kurs="16.500")
    assert h["bruto"] == 16_500_000 and h["pph26"] == 3_300_000


def test_umkm_suket_dan_surat_pernyataan():
    assert bayar(penerima="umkm_suket", bruto="4 jt")["pph_final"] == 20_000
    h = bayar(penerima="umkm_suket", bentuk_badan="orang_pribadi", surat_pernyataan_500jt="ya", bruto="4 jt")
    assert h["pph_final"] == 0 and h["net_dibayar"] == 4_000_000


def test_nilai_termasuk_ppn_kembali_ke_harga_jual():
    h = bayar(penerima="badan", pkp="ya", nilai_termasuk_ppn="11.100.000")
    assert (h["bruto"], h["ppn"], h["total_faktur"]) == (10_000_000, 1_100_000, 11_100_000)


def test_bea_meterai_kuitansi():
    # UU 10/2020 Pasal 3 ayat (2) huruf g: receipts over Rp5 juta; exactly Rp5 juta is not dutiable.
    assert bayar(penerima="badan", bruto="5 jt")["bea_meterai"] == 0
    assert bayar(penerima="badan", bruto="5.000.001")["bea_meterai"] == 10_000
    assert bayar(penerima="badan", bruto="1 jt", jenis_dokumen="surat_perjanjian", jumlah_rangkap="2")["bea_meterai_total"] == 20_000


def test_umkm_batas_500_juta_kumulatif():
    # PP 55/2022 Pasal 60 (pattern of the Penjelasan example): only the part above the cumulative
    # Rp500 juta is taxed, from the month it is crossed.
    b = pph_final_bulanan([D(80_000_000)] * 12, 2025, True)
    assert b.per_bulan[:6] == (0,) * 6
    assert b.per_bulan[6] == 300_000           # July: cumulative 560 jt, 60 jt taxed
    assert b.per_bulan[7:] == (400_000,) * 5   # 80 jt x 0,5%
    assert b.total == 2_300_000
    assert pph_final_bulanan([D(80_000_000)] * 12, 2025, False).total == 4_800_000


def test_umkm_kelayakan():
    def layak(**kw):
        return api.jalankan("umkm", {"pembayaran_bulanan": "1 jt", **kw})["hasil"]["eligible"]
    assert layak(tanggal="2025-06-01", bentuk_badan="pt", tanggal_terdaftar="2021-01-10") is False  # 2021-2023 only
    assert layak(tanggal="2025-06-01", bentuk_badan="pt", tanggal_terdaftar="2023-01-10") is True   # 2023-2025
    assert layak(tanggal="2026-06-01", bentuk_badan="pt", tanggal_terdaftar="2023-01-10") is False  # 3 years over
    assert layak(tanggal="2026-06-01", bentuk_badan="cv", tanggal_terdaftar="2026-05-01") is False  # PP 20/2026
    assert layak(tanggal="2026-06-01", bentuk_badan="orang_pribadi", tanggal_terdaftar="2015-01-01") is True
    assert layak(tanggal="2025-06-01", bentuk_badan="orang_pribadi", tanggal_terdaftar="2015-01-01") is True
    assert layak(tanggal="2025-06-01", bentuk_badan="orang_pribadi", tanggal_terdaftar="2015-01-01",
                 peredaran_bruto_tahun_lalu="4.800.000.001") is False


# --- properties -------------------------------------------------------------------------------

penerima = st.sampled_from(["badan", "orang_pribadi", "umkm_suket", "luar_negeri"])


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1_000, max_value=3_000_000_000), penerima, st.booleans(), st.booleans())
def test_grossup_pulang_pergi_sampai_rupiah(net, p, npwp, pkp):
    # "net" = gross minus income tax (PPN, if any, on top): issue 15
    bersih = lambda h: h["bruto"] - (h["pph21"] + h["pph23"] + h["pph26"] + h["pph4_2"] + h["pph_final"])
    h = bayar(penerima=p, punya_npwp=npwp, pkp=pkp, net_diterima=str(net))
    assert bersih(h) >= net
    sebelum = bayar(penerima=p, punya_npwp=npwp, pkp=pkp, bruto=str(h["bruto"] - 1)) if h["bruto"] > 1 else None
    assert sebelum is None or bersih(sebelum) < net  # smallest such gross


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=10_000_000_000), st.integers(min_value=0, max_value=50_000_000),
       penerima, st.booleans())
def test_pajak_tidak_melebihi_dasar_dan_naik_monoton(bruto, tambah, p, npwp):
    a = bayar(penerima=p, punya_npwp=npwp, bruto=str(bruto))
    b = bayar(penerima=p, punya_npwp=npwp, bruto=str(bruto + tambah + 1))
    pajak = lambda h: h["pph21"] + h["pph23"] + h["pph26"] + h["pph4_2"] + h["pph_final"]
    assert 0 <= pajak(a) <= a["dpp"] <= a["bruto"]
    assert pajak(b) >= pajak(a)
    assert b["net_dibayar"] >= a["net_dibayar"]


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=100_000, max_value=2_000_000_000))
def test_rasio_kenaikan_tanpa_npwp(bruto):
    d = bayar(penerima="badan", bruto=str(bruto))["pph23"]
    t = bayar(penerima="badan", bruto=str(bruto), punya_npwp="tidak")["pph23"]
    assert abs(t - 2 * d) <= 1  # 200%, each rounded once
    d21 = pph21(D(bruto), "bukan_pegawai", True, date(2025, 3, 10)).pajak
    t21 = pph21(D(bruto), "bukan_pegawai", False, date(2025, 3, 10)).pajak
    assert abs(t21 - d21 * D("1.2")) <= 1


# --- bad inputs ------------------------------------------------------------------------------

BURUK = [
    ({"tanggal": "2025-03-10"}, "bruto"),
    ({"tanggal": "2025-03-10", "bruto": "1 jt", "net_diterima": "1 jt"}, "net_diterima"),
    ({"tanggal": "2025-03-10", "nilai_valas": "100"}, "kurs"),
    ({"tanggal": "2025-03-10", "bruto": "Rp -1"}, "bruto"),
    ({"tanggal": "2025-03-10", "bruto": "sepuluh juta"}, "bruto"),
    ({"tanggal": "2025-03-10", "bruto": "1 jt", "penerima": "pemerintah"}, "penerima"),
    ({"tanggal": "2025-03-10", "bruto": "1 jt", "jenis_penghasilan": "upah_harian"}, "jenis_penghasilan"),
    ({"tanggal": "2025-03-10", "nilai_termasuk_ppn": "1 jt", "pkp": "tidak"}, "nilai_termasuk_ppn"),
    ({"tanggal": "2030-01-01", "bruto": "1 jt"}, "tanggal"),
    ({"tanggal": "2025-03-10", "bruto": "1 jt", "jumlah_rangkap": "0"}, "jumlah_rangkap"),
    ({"tanggal": "2025-03-10", "bruto": "1 jt", "tarif_p3b": "150"}, "tarif_p3b"),
]


@pytest.mark.parametrize("data,kunci", BURUK)
def test_masukan_buruk(data, kunci):
    r = api.jalankan("pembayaran", data)
    assert not r["ok"] and kunci in [k["kunci"] for k in r["kesalahan"]]


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocess in Pyodide")
@pytest.mark.parametrize("data,kunci", BURUK[:4])
def test_cli_keluar_2_dengan_daftar_galat(data, kunci):
    p = subprocess.run([sys.executable, "-m", "calculators", "pembayaran"], input=json.dumps(data),
                       capture_output=True, text=True, cwd=AKAR)
    assert p.returncode == 2
    galat = json.loads(p.stdout)
    assert isinstance(galat, list) and kunci in [g["kunci"] for g in galat]


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocess in Pyodide")
def test_cli_berhasil():
    p = subprocess.run([sys.executable, "-m", "calculators", "pembayaran"],
                       input='{"tanggal": "2025-03-10", "penerima": "orang_pribadi", "bruto": "10 jt"}',
                       capture_output=True, text=True, cwd=AKAR)
    assert p.returncode == 0
    assert json.loads(p.stdout)["pph21"] == 250_000


def test_tanggal_sebelum_kalender_libur_tetap_menghitung_pajak_dengan_peringatan():
    h = bayar(tanggal="2021-06-01", penerima="orang_pribadi", bruto="200 jt")
    assert h["pph21"] == 10_000_000          # UU 36/2008 layers for tax year 2021
    assert h["jatuh_tempo_setor"] is None
    assert any("Batas setor dan lapor tidak dihitung" in p for p in h["peringatan"])


@pytest.mark.parametrize("nama", ["pph21", "pph26", "ppn"])
def test_kalkulator_pajak_tunggal_sama_dengan_pembayaran(nama):
    k = api.kalkulator(nama)
    tunggal = api.jalankan(nama, k.contoh)["hasil"]
    tetap = {"pph21": {"penerima": "orang_pribadi", "jenis_penghasilan": "jasa"},
             "pph26": {"penerima": "luar_negeri"}, "ppn": {"penerima": "badan", "pkp": "ya"}}[nama]
    penuh = bayar(**{**k.contoh, **tetap})
    assert tunggal == penuh
