"""Jadwal termin: the split adds up to the rupiah, taxes per payment from the engine, CSV, bad inputs."""
from __future__ import annotations

import csv
import io
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
from calculators.termin import Bagian, bagi, baca_termin

AKAR = Path(__file__).resolve().parents[2]
CONTOH = api.kalkulator("termin").contoh
KOLOM_SPK = {"termin", "keterangan", "tanggal", "persen", "bruto", "ppn", "potongan_pph", "net_dibayar",
             "jatuh_tempo_setor", "bea_meterai"}


def test_contoh_dihitung_tangan():
    r = api.jalankan("termin", CONTOH)
    assert r["ok"], r
    h = r["hasil"]
    j = {x["termin"]: x for x in h["jadwal"]}
    # 85 jt: DP 30% = 25,5 jt; two milestones of 25% = 21,25 jt; retention 5% = 4,25 jt; "sisa" = 12,75 jt
    assert [x["bruto"] for x in h["jadwal"]] == [25_500_000, 21_250_000, 21_250_000, 12_750_000, 4_250_000]
    assert h["total_bruto"] == 85_000_000 and h["sisa_pembulatan_ke"] == "Termin 3"
    # DP on 1 Dec 2026 to a PKP company: PPN 12% x 11/12 x 25,5 jt = 2.805.000; PPh 23 2% = 510.000
    dp = j["Uang muka"]
    assert (dp["ppn"], dp["potongan_pph"], dp["net_dibayar"]) == (2_805_000, 510_000, 27_795_000)
    # withheld in December 2026 -> deposit by 15 January 2027 (PMK 81/2024 Pasal 94), a Friday
    assert dp["jatuh_tempo_setor"] == "2027-01-15"
    # retention released 90 days after 31 March 2027; its receipt (4.717.500 with PPN) is not over Rp5 juta
    assert j["Retensi"]["tanggal"] == "2027-06-29" and j["Retensi"]["bea_meterai"] == 0
    assert j["Termin 1"]["bea_meterai"] == 10_000
    # BAST of three milestones x Rp10.000 (our reading) + four receipts over Rp5 juta
    assert h["total_bea_meterai"] == 30_000 + 40_000
    for x in h["jadwal"]:
        assert set(x) == KOLOM_SPK
        assert x["net_dibayar"] == x["bruto"] + x["ppn"] - x["potongan_pph"]
    assert h["total_net_dibayar"] == sum(x["net_dibayar"] for x in h["jadwal"])
    assert all(l["dasar_hukum"] for l in h["langkah"])


def test_pekerja_lepas_pph21_per_pembayaran_dan_luar_negeri():
    h = api.jalankan("termin", {**CONTOH, "penerima": "orang_pribadi", "pkp": "tidak"})["hasil"]
    # PPh 21 bukan pegawai per payment: 5% x 50% x bruto (each under the Rp60 juta first layer)
    assert [x["potongan_pph"] for x in h["jadwal"]] == [637_500, 531_250, 531_250, 318_750, 106_250]
    assert h["bukti_potong"] == "BP21" and h["total_ppn"] == 0
    h = api.jalankan("termin", {**CONTOH, "penerima": "luar_negeri", "pkp": "tidak"})["hasil"]
    # PPh 26 20%; PPN on the foreign service self-assessed by the payer, not in the transfer
    assert h["total_potongan_pph"] == 17_000_000 and h["total_net_dibayar"] == 68_000_000
    assert h["total_ppn_jasa_luar_negeri"] == 9_350_000


def test_jumlah_singkat():
    data = {**CONTOH, "nilai_kontrak": "1,2 M", "uang_muka": "0,2 M", "retensi": "",
            "termin": "A; 0,5 M; 2027-01-15\nB; sisa; 2027-02-15"}
    h = api.jalankan("termin", data)
    assert h["ok"], h
    assert [x["bruto"] for x in h["hasil"]["jadwal"]] == [200_000_000, 500_000_000, 500_000_000]


def test_csv_unduhan():
    h = api.jalankan("termin", CONTOH)["hasil"]
    (u,) = h["unduhan"]
    assert (u["nama"], u["mime"]) == ("jadwal-termin.csv", "text/csv")
    baris = list(csv.DictReader(io.StringIO(u["teks"]), delimiter=";"))
    assert set(baris[0]) == KOLOM_SPK
    assert baris[-1]["termin"] == "Jumlah" and int(baris[-1]["bruto"]) == 85_000_000
    assert sum(int(b["bruto"]) for b in baris[:-1]) == 85_000_000
    assert baris[0]["persen"] == "30,00" and baris[0]["tanggal"] == "2026-12-01"


def test_sisa_pembulatan_ke_pembayaran_yang_disebut():
    data = {**CONTOH, "nilai_kontrak": "100.000.001", "uang_muka": "30%",
            "termin": "Selesai; 70%; 2027-01-15", "retensi": ""}
    h = api.jalankan("termin", data)["hasil"]
    # 30% = 30.000.000,3 -> 30.000.000; 70% = 70.000.000,7 -> 70.000.000; Rp1 left -> last payment
    assert [x["bruto"] for x in h["jadwal"]] == [30_000_000, 70_000_001]
    assert (h["sisa_pembulatan_ke"], h["sisa_pembulatan"]) == ("Termin 1", 1)
    h = api.jalankan("termin", {**data, "sisa_pembulatan": "pertama"})["hasil"]
    assert [x["bruto"] for x in h["jadwal"]] == [30_000_001, 70_000_000]


def test_jumlah_tetap_dan_tanpa_uang_muka():
    data = {**CONTOH, "nilai_kontrak": "50 jt", "uang_muka": "", "retensi": "",
            "termin": "Tahap 1; Rp 20.000.000; 15/01/2027\nTahap 2; 30 jt; 15 Februari 2027"}
    h = api.jalankan("termin", data)["hasil"]
    assert [x["termin"] for x in h["jadwal"]] == ["Termin 1", "Termin 2"]
    assert [x["bruto"] for x in h["jadwal"]] == [20_000_000, 30_000_000]


def test_selisih_ditolak_dengan_angkanya():
    r = api.jalankan("termin", {**CONTOH, "termin": "A; 30%; 2027-01-15\nB; 30%; 2027-02-15"})
    assert not r["ok"]
    pesan = r["kesalahan"][0]["pesan"]
    # 30% + 30% + 30% + 5% = 95% -> short by 5% of 85 jt = 4.250.000
    assert r["kesalahan"][0]["kunci"] == "termin" and "kurang Rp4.250.000" in pesan and "sisa" in pesan


def test_baca_termin():
    t = baca_termin("# rencana\nDesain ; 25 % ; 15/01/2027\n\nUji;sisa;1 Maret 2027")
    assert [x.keterangan for x in t] == ["Desain", "Uji"]
    assert t[0].bagian == Bagian("persen", D("0.25")) and t[1].bagian.jenis == "sisa"
    assert t[1].tanggal == date(2027, 3, 1) and t[1].baris == 4  # line numbers count comments and blanks


# --- properties -------------------------------------------------------------------------------

@st.composite
def rencana_st(draw):
    n = draw(st.integers(1, 8))
    pakai_sisa = draw(st.booleans())
    total = D(draw(st.integers(1, 10**12)))
    bagian = []
    if pakai_sisa:
        for _ in range(n):
            bagian.append(Bagian("persen", D(draw(st.integers(0, 10000 // (n + 1)))) / 10000))
        bagian.insert(draw(st.integers(0, n)), Bagian("sisa"))
    else:
        # basis points summing to exactly 10000
        titik = sorted(draw(st.lists(st.integers(0, 10000), min_size=n - 1, max_size=n - 1)))
        batas = [0, *titik, 10000]
        bagian = [Bagian("persen", D(b - a) / 10000) for a, b in zip(batas, batas[1:])]
    return total, bagian, draw(st.sampled_from(["pertama", "terakhir"]))


@settings(max_examples=200, deadline=None)
@given(rencana_st())
def test_jadwal_selalu_sama_dengan_nilai_kontrak(data):
    total, bagian, sisa_ke = data
    rencana = [(f"T{i}", "x", date(2027, 1, 1), b, "termin") for i, b in enumerate(bagian)]
    try:
        hasil = bagi(total, rencana, sisa_ke)
    except ValueError as e:
        assert "sisa" in str(e)  # only a "sisa" part with nothing left is refused
        return
    assert sum(p.bruto for p in hasil) == total
    assert all(p.bruto >= 0 and p.bruto == p.bruto.to_integral_value() for p in hasil)
    for p, b in zip(hasil, bagian):
        if b.jenis == "persen":
            # each part is its share rounded down, plus at most the rounding remainder (< 1 per part)
            assert total * b.nilai - 1 < p.bruto <= total * b.nilai + len(bagian)


@settings(max_examples=15, deadline=None)
@given(st.integers(1_000_000, 10**10), st.integers(0, 44), st.booleans())
def test_pajak_setiap_termin_konsisten(nilai, dp, pkp):
    data = {**CONTOH, "nilai_kontrak": str(nilai), "uang_muka": f"{dp}%", "pkp": "ya" if pkp else "tidak"}
    r = api.jalankan("termin", data)
    assert r["ok"], r
    h = r["hasil"]
    assert sum(x["bruto"] for x in h["jadwal"]) == nilai
    for x in h["jadwal"]:
        assert x["net_dibayar"] == x["bruto"] + x["ppn"] - x["potongan_pph"]
        assert 0 <= x["potongan_pph"] <= x["bruto"]
        assert (x["ppn"] == 0) == (not pkp or x["bruto"] == 0)


# --- bad inputs -------------------------------------------------------------------------------

BURUK = [
    ({**CONTOH, "nilai_kontrak": "0"}, "nilai_kontrak"),
    ({**CONTOH, "nilai_kontrak": "10.000.000,50"}, "nilai_kontrak"),
    ({**CONTOH, "uang_muka": "lima puluh"}, "uang_muka"),
    ({**CONTOH, "uang_muka": "120%"}, "uang_muka"),
    ({**CONTOH, "uang_muka": "sisa"}, "uang_muka"),
    ({**CONTOH, "tanggal_uang_muka": ""}, "tanggal_uang_muka"),
    ({**CONTOH, "termin": ""}, "termin"),
    ({**CONTOH, "termin": "Desain 30% 2027-01-15"}, "termin"),
    ({**CONTOH, "termin": "Desain; 30%; 2027-02-30"}, "termin"),
    ({**CONTOH, "termin": "; 30%; 2027-01-15"}, "termin"),
    ({**CONTOH, "termin": "A; sisa; 2027-01-15\nB; sisa; 2027-02-15"}, "termin"),
    ({**CONTOH, "termin": "A; 40%; 2027-03-15\nB; sisa; 2027-02-15"}, "termin"),
    ({**CONTOH, "termin": "A; 70%; 2027-01-15\nB; sisa; 2027-02-15"}, "termin"),
    ({**CONTOH, "termin": "A; Rp 1.000,50; 2027-01-15\nB; sisa; 2027-02-15"}, "termin"),
    ({**CONTOH, "retensi": "-5%"}, "retensi"),
    ({**CONTOH, "masa_garansi_hari": "-1"}, "masa_garansi_hari"),
    ({**CONTOH, "sisa_pembulatan": "tengah"}, "sisa_pembulatan"),
    ({**CONTOH, "termin": "A; 65%; 2030-01-15"}, "tanggal"),
]


@pytest.mark.parametrize("data,kunci", BURUK)
def test_masukan_buruk(data, kunci):
    r = api.jalankan("termin", data)
    assert not r["ok"]
    assert kunci in [k["kunci"] for k in r["kesalahan"]], r["kesalahan"]
    assert all(k["pesan"] for k in r["kesalahan"])


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
@pytest.mark.parametrize("data,kunci", BURUK)
def test_cli_masukan_buruk_exit_2(data, kunci):
    p = subprocess.run([sys.executable, "-m", "calculators", "termin"], input=json.dumps(data),
                       capture_output=True, text=True, cwd=AKAR)
    assert p.returncode == 2
    assert kunci in [k["kunci"] for k in json.loads(p.stdout)]


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
def test_cli_contoh_mengeluarkan_csv():
    p = subprocess.run([sys.executable, "-m", "calculators", "termin"], input=json.dumps(CONTOH),
                       capture_output=True, text=True, cwd=AKAR)
    assert p.returncode == 0
    assert json.loads(p.stdout)["unduhan"][0]["teks"].startswith("termin;keterangan;tanggal;")
