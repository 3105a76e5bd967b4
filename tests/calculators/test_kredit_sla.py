"""Kredit layanan (SLA): hand-checked credits, the cap as a hard limit, termination, bad inputs."""
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
from calculators.kredit_sla import Pengukuran, Tingkat, Tingkatan, baca_tingkat, hitung_kredit

AKAR = Path(__file__).resolve().parents[2]
CONTOH = api.kalkulator("kredit-sla").contoh


def test_contoh_dihitung_tangan():
    r = api.jalankan("kredit-sla", CONTOH)
    assert r["ok"], r
    h = r["hasil"]
    per = {p["periode"]: p for p in h["periode"]}
    # 2026-07: every target met
    assert per["2026-07"]["kredit"] == 0
    # 2026-08: availability 99,2 < 99,5 -> 5%; response 6 h > 4 h -> 5%; accuracy 98,1 met -> 10% x 50 jt
    assert per["2026-08"]["kredit_persen"] == "0.1" and per["2026-08"]["kredit"] == 5_000_000
    # 2026-09: 96,5 < 98 -> 20%; 14 h > 8 h -> 10%; 96 < 98 (not < 95) -> 5%: 35%, capped at 15%
    assert per["2026-09"]["kredit_persen_sebelum_batas"] == "0.35"
    assert per["2026-09"]["kredit"] == 7_500_000 and per["2026-09"]["batas_tercapai"]
    # 2026-10: 96,8 < 98 -> 20%; 5 h > 4 h -> 5%: 25% -> 15%
    assert per["2026-10"]["kredit"] == 7_500_000
    assert h["kredit_terutang"] == 20_000_000
    assert h["batas_kredit_per_periode"] == 7_500_000
    # availability below the 97% termination threshold in 09 and 10: right arises in 2026-10
    assert h["ambang_pemutusan_tercapai"] is True
    assert (h["periode_pemutusan"], h["tingkat_pemutusan"]) == ("2026-10", "Ketersediaan")
    assert not per["2026-09"]["hak_pemutusan"] and per["2026-10"]["hak_pemutusan"]
    assert all(l["dasar_hukum"] for l in h["langkah"])
    assert 'data-kunci="kredit-2026-09"' in r["html"]


def test_tepat_di_batas_tidak_melanggar_dan_arah_maks():
    data = {**CONTOH, "pengukuran": "Jan; 99,5; 4; 98\nFeb; 99,49; 4,01; 97,99"}
    h = api.jalankan("kredit-sla", data)["hasil"]
    jan, feb = h["periode"]
    assert jan["kredit"] == 0
    # Feb: each just over the line -> 5% + 5% + 5% = 15% (equal to the cap, not over it)
    assert feb["kredit"] == 7_500_000 and not feb["batas_tercapai"]


def test_terbesar_bukan_jumlah():
    data = {**CONTOH, "cara_gabung": "terbesar", "pengukuran": "Sep; 96,5; 14; 96"}
    h = api.jalankan("kredit-sla", data)["hasil"]
    assert h["periode"][0]["kredit_persen"] == "0.15"  # max(20%, 10%, 5%) = 20% -> cap 15%
    data["batas_kredit"] = "50%"
    h = api.jalankan("kredit-sla", data)["hasil"]
    assert h["periode"][0]["kredit"] == 10_000_000  # 20% x 50 jt


def test_tidak_diukur_dan_hitungan_beruntun_terputus():
    data = {**CONTOH, "periode_pemutusan": "2",
            "pengukuran": "Jan; 96; 3; 99\nFeb; -; 3; 99\nMar; 96; 3; 99"}
    h = api.jalankan("kredit-sla", data)["hasil"]
    assert h["ambang_pemutusan_tercapai"] is False
    assert h["periode"][1]["kredit"] == 0
    assert any("tanpa nilai terukur" in p for p in h["peringatan"])


def test_satu_periode_cukup_untuk_pemutusan():
    data = {**CONTOH, "periode_pemutusan": "1", "pengukuran": "Jan; 99,9; 13; 99"}
    h = api.jalankan("kredit-sla", data)["hasil"]
    assert h["ambang_pemutusan_tercapai"] and h["tingkat_pemutusan"] == "Respons"


def test_format_isian_yang_longgar():
    t = baca_tingkat("# komentar\n  Ketersediaan ;  MIN ; 99,5 % ; \n\nRespons; maksimal; 30 menit")
    assert t[0] == Tingkat("Ketersediaan", "min", D("99.5"), None, "%")
    assert t[1] == Tingkat("Respons", "maks", D(30), None, "menit")
    # a JSON list of lines is accepted by the CLI
    data = {**CONTOH, "tingkat_layanan": CONTOH["tingkat_layanan"].split("\n")}
    assert api.jalankan("kredit-sla", data)["ok"]


# --- properties -------------------------------------------------------------------------------

nilai_st = st.one_of(st.none(), st.integers(0, 10000).map(lambda x: D(x) / 100))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(nilai_st, nilai_st), min_size=1, max_size=8), st.integers(1, 100),
       st.sampled_from(["jumlah", "terbesar"]), st.integers(1, 10**9),
       st.lists(st.tuples(st.booleans(), st.integers(0, 10000), st.integers(0, 100)), max_size=8))
def test_kredit_tidak_pernah_melebihi_batas(ukur, batas, gabung, biaya, tiers):
    tingkat = [Tingkat("A", "min", D(99), D(90)), Tingkat("B", "maks", D(4), D(24))]
    tingkatan = [Tingkatan("A" if a else "B", D(b) / 100, D(k) / 100) for a, b, k in tiers]
    cap = D(batas) / 100
    hasil = hitung_kredit(tingkat, tingkatan, [Pengukuran(str(i), u) for i, u in enumerate(ukur)],
                          D(biaya), cap, gabung, 2)
    for h in hasil:
        assert 0 <= h.kredit_persen <= cap
        assert h.kredit <= D(biaya) * cap
        assert h.kredit_persen == min(h.kredit_persen_mentah, cap)
    assert sum(h.kredit for h in hasil) <= D(biaya) * cap * len(hasil)


@settings(max_examples=80, deadline=None)
@given(st.integers(9000, 10000), st.integers(0, 500))
def test_hasil_lebih_buruk_tidak_mengurangi_kredit(nilai, turun):
    tingkat = [Tingkat("A", "min", D("99.5"))]
    tingkatan = [Tingkatan("A", D("99.5"), D("0.05")), Tingkatan("A", D(99), D("0.1")),
                 Tingkatan("A", D(97), D("0.25"))]
    baik = hitung_kredit(tingkat, tingkatan, [Pengukuran("x", (D(nilai) / 100,))], D(1000), D(1))[0]
    buruk = hitung_kredit(tingkat, tingkatan, [Pengukuran("x", (D(nilai - turun) / 100,))], D(1000), D(1))[0]
    assert buruk.kredit >= baik.kredit


# --- bad inputs -------------------------------------------------------------------------------

BURUK = [
    ({**CONTOH, "biaya_per_periode": "0"}, "biaya_per_periode", ""),
    ({**CONTOH, "tingkat_layanan": "Ketersediaan 99,5%"}, "tingkat_layanan", "Baris 1"),
    ({**CONTOH, "tingkat_layanan": "Ketersediaan; lebih; 99,5%"}, "tingkat_layanan", "min"),
    ({**CONTOH, "tingkat_layanan": "Ketersediaan; min; tinggi"}, "tingkat_layanan", "bukan angka"),
    ({**CONTOH, "tingkat_layanan": "Ketersediaan; min; 99,5%; 99,9%"}, "tingkat_layanan", "ambang"),
    ({**CONTOH, "tingkat_layanan": "A; min; 9\nA; maks; 3"}, "tingkat_layanan", "sudah dipakai"),
    ({**CONTOH, "tingkat_layanan": "\n\n"}, "tingkat_layanan", ""),
    ({**CONTOH, "tingkatan_kredit": "Uptime; 99%; 10%"}, "tingkatan_kredit", "Uptime"),
    ({**CONTOH, "tingkatan_kredit": "Ketersediaan; 99%; 150%"}, "tingkatan_kredit", "100%"),
    ({**CONTOH, "tingkatan_kredit": "Ketersediaan; 99%"}, "tingkatan_kredit", "Baris 1"),
    ({**CONTOH, "pengukuran": "2026-07; 99,8; 3"}, "pengukuran", "3 tingkat"),
    ({**CONTOH, "pengukuran": "2026-07; 99.8; 3; 98"}, "pengukuran", "Baris 1"),
    ({**CONTOH, "pengukuran": "; 99; 3; 98"}, "pengukuran", "periode"),
    ({**CONTOH, "batas_kredit": "0"}, "batas_kredit", ""),
    ({**CONTOH, "cara_gabung": "rata"}, "cara_gabung", ""),
    ({**CONTOH, "periode_pemutusan": "0"}, "periode_pemutusan", ""),
    ({**CONTOH, "tingkat_layanan": 5}, "tingkat_layanan", "teks"),
]


@pytest.mark.parametrize("data,kunci,isi", BURUK)
def test_masukan_buruk(data, kunci, isi):
    r = api.jalankan("kredit-sla", data)
    assert not r["ok"]
    pesan = {k["kunci"]: k["pesan"] for k in r["kesalahan"]}
    assert kunci in pesan, r["kesalahan"]
    assert isi in pesan[kunci]


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
@pytest.mark.parametrize("data,kunci,isi", BURUK[:12])
def test_cli_masukan_buruk_exit_2(data, kunci, isi):
    p = subprocess.run([sys.executable, "-m", "calculators", "kredit-sla"], input=json.dumps(data),
                       capture_output=True, text=True, cwd=AKAR)
    assert p.returncode == 2
    assert kunci in [k["kunci"] for k in json.loads(p.stdout)]


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
def test_cli_json_rusak_exit_2():
    p = subprocess.run([sys.executable, "-m", "calculators", "kredit-sla"], input="{tingkat",
                       capture_output=True, text=True, cwd=AKAR)
    assert p.returncode == 2 and json.loads(p.stdout)[0]["pesan"]
