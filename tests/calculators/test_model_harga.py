"""Model harga: hand-checked figures, properties of the hours model, bad inputs through the CLI."""
from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import api
from calculators.model_harga import Jam, Penawaran, Segitiga, bandingkan, sebaran, titik_impas

AKAR = Path(__file__).resolve().parents[2]
CONTOH = {
    "tarif_per_jam": "250.000", "jam_optimis": "80", "jam_realistis": "100", "jam_pesimis": "160",
    "peluang_perubahan": "30%", "besar_perubahan": "25%", "harga_tetap": "30 jt",
    "retainer_bulanan": "9 jt", "jam_retainer_bulanan": "35", "tarif_kelebihan": "275.000",
    "durasi_bulan": "3",
}


def test_segitiga_dihitung_tangan():
    t = Segitiga(D(80), D(100), D(160))
    assert t.rata == D(340) / 3
    # mode at (100-80)/(160-80) = 25% of the probability; P10 lies below it:
    # 80 + sqrt(0.1 x 80 x 20) = 80 + sqrt(160)
    assert abs(t.kuantil(D("0.1")) - (80 + D(160).sqrt())) < D("1e-20")
    # P90 above the mode: 160 - sqrt(0.1 x 80 x 60) = 160 - sqrt(480)
    assert abs(t.kuantil(D("0.9")) - (160 - D(480).sqrt())) < D("1e-20")
    # E[max(0, T - 100)] = (160 - 100)^3 / (3 x 80 x 60) = 15 hours
    assert t.kelebihan(D(100)) == 15
    assert t.kelebihan(D(0)) == t.rata and t.kelebihan(D(160)) == 0


def test_contoh_halaman_dihitung_tangan():
    r = api.jalankan("model-harga", CONTOH)
    assert r["ok"], r
    h = r["hasil"]
    # hourly: 250.000 x 113,33 x (1 + 0,3 x 0,25) = 250.000 x 121,8333 = 30.458.333,33
    assert h["biaya_harapan_per_jam"] == 30_458_333
    # fixed: 30 jt + 250.000 x (0,3 x 0,25 x 113,33 = 8,5 h) = 32.125.000
    assert h["biaya_harapan_tetap"] == 32_125_000
    # fixed P10: no change (70% of cases) -> the quote itself; P90: change quantile
    # (0,9 - 0,7) / 0,3 = 2/3 -> T = 160 - sqrt(1/3 x 80 x 60) = 120 h -> 25% = 30 h -> +7,5 jt
    assert (h["biaya_bawah_tetap"], h["biaya_atas_tetap"]) == (30_000_000, 37_500_000)
    # break-even hourly/fixed: 30 jt / 250.000 = 120 h; fixed/retainer: 105 + 3 jt / 275.000 = 115,9 h
    assert h["impas_per_jam_tetap"] == 120
    assert h["impas_tetap_retainer"] == "115.9"
    # hourly (250.000) is below the overage rate (275.000) and 105 h x 250.000 < 27 jt: never equal
    assert h["impas_per_jam_retainer"] is None
    assert h["rekomendasi"] == "per_jam"
    assert h["jam_harapan"] == "121.8"
    assert all(l["dasar_hukum"] for l in h["langkah"])
    assert "<svg" in r["html"] and "<title" in r["html"] and "<desc" in r["html"]
    assert "<table" in r["html"] and "Siapa menanggung risiko" in r["html"]


def test_tanpa_penawaran_lain_hanya_per_jam():
    data = {k: CONTOH[k] for k in ("tarif_per_jam", "jam_optimis", "jam_realistis", "jam_pesimis")}
    h = api.jalankan("model-harga", data)["hasil"]
    assert h["rekomendasi"] == "per_jam"
    assert "biaya_harapan_tetap" not in h and "biaya_harapan_retainer" not in h
    # no scope change: 250.000 x 113,333... = 28.333.333
    assert h["biaya_harapan_per_jam"] == 28_333_333
    assert any("Belum ada penawaran" in p for p in h["peringatan"])


def test_ambang_setara_memilih_rentang_lebih_sempit():
    # Fixed 29 jt vs hourly expected 28.333.333: 2,4% dearer (< 5%), but its P90 is the quote
    # itself while hourly P90 is 250.000 x 150,2 h: the fixed price wins on certainty.
    data = {**{k: CONTOH[k] for k in ("tarif_per_jam", "jam_optimis", "jam_realistis", "jam_pesimis")},
            "harga_tetap": "29 jt"}
    h = api.jalankan("model-harga", data)["hasil"]
    assert h["biaya_harapan_tetap"] == 29_000_000
    assert h["rekomendasi"] == "tetap"
    assert "di bawah ambang" in h["alasan"][0]


def test_retainer_dengan_jam_cukup():
    # 40 h a month x 3 = 120 h covers every outcome up to 120 h: overage only in the tail.
    t = Segitiga(D(80), D(100), D(160))
    pen = Penawaran(D(250_000), retainer_bulanan=D(9_000_000), jam_retainer_bulanan=D(40), durasi_bulan=3)
    s = sebaran(pen, Jam(t, D(0), D(0)), "retainer")
    # E[max(0, T - 120)] = (160 - 120)^3 / (3 x 80 x 60) = 4,444 h x 250.000
    assert s.harapan == 27_000_000 + 250_000 * D(64000) / D(14400)
    assert s.bawah == 27_000_000


# --- properties -------------------------------------------------------------------------------

jam_st = st.tuples(st.integers(0, 500), st.integers(0, 500), st.integers(1, 500)).map(sorted).filter(
    lambda x: x[2] > 0)
persen_st = st.integers(0, 100).map(lambda x: D(x) / 100)


@settings(max_examples=60, deadline=None)
@given(jam_st, persen_st, st.integers(0, 200).map(lambda x: D(x) / 100), st.integers(1, 99).map(lambda x: D(x) / 100))
def test_kuantil_kebalikan_cdf(abc, p, s, u):
    jam = Jam(Segitiga(*(D(x) for x in abc)), p, s)
    q = jam.kuantil(u)
    assert jam.cdf(q) >= u - D("1e-9")
    assert jam.kuantil(D("0.1")) <= jam.kuantil(D("0.5")) <= jam.kuantil(D("0.9"))


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 2_000_000), st.integers(0, 10**9), st.integers(0, 10**8), st.integers(0, 300),
       st.integers(0, 2_000_000), st.integers(1, 12), st.lists(st.integers(0, 5000), min_size=2, max_size=6))
def test_biaya_naik_seiring_jam(r, f, rb, jr, o, d, jam):
    pen = Penawaran(D(r), D(f), D(rb), D(jr), D(o), d)
    jam = sorted(D(x) for x in jam)
    for model in ("tetap", "per_jam", "retainer"):
        biaya = [pen.biaya(model, h, h / 4) for h in jam]
        assert biaya == sorted(biaya), model


@settings(max_examples=60, deadline=None)
@given(jam_st, persen_st, st.integers(0, 100).map(lambda x: D(x) / 100), st.integers(1, 400))
def test_biaya_harapan_naik_bila_perkiraan_pesimis_naik(abc, p, s, tambah):
    a, m, b = (D(x) for x in abc)
    pen = Penawaran(D(200_000), D(20_000_000), D(5_000_000), D(20), D(250_000), 3)
    for model in ("tetap", "per_jam", "retainer"):
        x = sebaran(pen, Jam(Segitiga(a, m, b), p, s), model)
        y = sebaran(pen, Jam(Segitiga(a, m, b + tambah), p, s), model)
        assert y.harapan >= x.harapan
        assert x.bawah <= x.atas


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 1_000_000), st.integers(1, 10**9), st.integers(1, 10**8), st.integers(0, 300),
       st.integers(0, 2_000_000), st.integers(1, 12))
def test_di_titik_impas_biaya_sama(r, f, rb, jr, o, d):
    pen = Penawaran(D(r), D(f), D(rb), D(jr), D(o), d)
    for x, y in (("per_jam", "tetap"), ("per_jam", "retainer"), ("tetap", "retainer")):
        h = titik_impas(pen, x, y)
        if h is not None:
            assert abs(pen.biaya(x, h) - pen.biaya(y, h)) < D("0.000001") * max(pen.biaya(x, h), D(1))


@settings(max_examples=30, deadline=None)
@given(jam_st, persen_st, st.integers(0, 100).map(lambda x: D(x) / 100), st.integers(0, 600))
def test_kelebihan_sama_dengan_integral_numerik(abc, p, s, k):
    t = Segitiga(*(D(x) for x in abc))
    jam = Jam(t, p, s)
    # E[max(0, H - k)] = integral from k of (1 - F(h)) dh, by the midpoint rule
    atas = t.b * (1 + s)
    n = 400
    if atas <= k:
        assert jam.kelebihan(D(k)) == 0
        return
    lebar = (atas - k) / n
    integral = sum((1 - jam.cdf(k + lebar * (i + D("0.5")))) for i in range(n)) * lebar
    assert abs(jam.kelebihan(D(k)) - integral) <= D("0.01") * max(atas, D(1))


def test_rekomendasi_selalu_salah_satu_model_tersedia():
    t = Segitiga(D(10), D(20), D(40))
    pen = Penawaran(D(100_000), D(2_500_000))
    hasil = bandingkan(pen, Jam(t, D(0), D(0)))
    assert hasil.rekomendasi in ("tetap", "per_jam")


# --- bad inputs -------------------------------------------------------------------------------

BURUK = [
    ({**CONTOH, "tarif_per_jam": "0"}, "tarif_per_jam"),
    ({**CONTOH, "tarif_per_jam": "dua ratus"}, "tarif_per_jam"),
    ({**CONTOH, "jam_optimis": "120"}, "jam_optimis"),
    ({**CONTOH, "jam_pesimis": "90"}, "jam_pesimis"),
    ({**CONTOH, "jam_pesimis": "0", "jam_realistis": "0", "jam_optimis": "0"}, "jam_pesimis"),
    ({**CONTOH, "peluang_perubahan": "130%"}, "peluang_perubahan"),
    ({**CONTOH, "besar_perubahan": "0"}, "besar_perubahan"),
    ({**CONTOH, "jam_retainer_bulanan": ""}, "jam_retainer_bulanan"),
    ({**CONTOH, "durasi_bulan": "2,5"}, "durasi_bulan"),
    ({**CONTOH, "durasi_bulan": "0"}, "durasi_bulan"),
    ({**CONTOH, "harga_tetap": "-1"}, "harga_tetap"),
    ({**CONTOH, "jam": "5"}, "jam"),
]


@pytest.mark.parametrize("data,kunci", BURUK)
def test_masukan_buruk(data, kunci):
    r = api.jalankan("model-harga", data)
    assert not r["ok"]
    assert kunci in [k["kunci"] for k in r["kesalahan"]], r["kesalahan"]
    assert all(k["pesan"] for k in r["kesalahan"])


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
@pytest.mark.parametrize("data,kunci", BURUK[:6])
def test_cli_masukan_buruk_exit_2(data, kunci):
    p = subprocess.run([sys.executable, "-m", "calculators", "model-harga"], input=json.dumps(data),
                       capture_output=True, text=True, cwd=AKAR)
    assert p.returncode == 2
    kesalahan = json.loads(p.stdout)
    assert kunci in [k["kunci"] for k in kesalahan]


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
def test_cli_contoh_exit_0():
    p = subprocess.run([sys.executable, "-m", "calculators", "model-harga"], input=json.dumps(CONTOH),
                       capture_output=True, text=True, cwd=AKAR)
    assert p.returncode == 0, p.stdout
    assert json.loads(p.stdout)["biaya_harapan_tetap"] == 32_125_000
