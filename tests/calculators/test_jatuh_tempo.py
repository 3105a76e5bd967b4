"""Deposit and filing deadlines (calculators/jatuh_tempo.py): the dated rules, the moves over
weekends, holidays and cuti bersama, open question 2 (December 2024), coverage limits, the page
calculator and its CLI. The published examples (DJP via DDTC, 10 July 2025; MSM Consulting,
6 January 2026) are data in tests/contoh/pmk-81-2024.toml, run by test_contoh.py."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from calculators import api
from calculators.hari_libur import hari_kerja
from calculators.jatuh_tempo import (
    JENIS_PAJAK, hari_kerja_berikutnya, jatuh_tempo, jatuh_tempo_semua, tanggal_acuan,
)
from calculators.parameter import TanggalTidakDicakup, parameter

AKAR = Path(__file__).resolve().parents[2]
SEMUA_MASA = [f"{t:04d}-{b:02d}" for t in range(2024, 2028) for b in range(1, 13)
              if (t, b) <= (2027, 11)] + ["2023-12"]


def test_tanggal_15_jatuh_hari_minggu():
    h = jatuh_tempo("2026-02", "pph23")
    assert h.setor_semula == date(2026, 3, 15) and h.setor_semula.weekday() == 6
    assert h.setor == date(2026, 3, 16)
    assert h.alasan_geser_setor == ((date(2026, 3, 15), "akhir pekan"),)
    assert "Pasal 100" in h.langkah[1].dasar_hukum


def test_minggu_idul_fitri_2026_menggeser_batas_lapor():
    # 20 Mar 2026 cuti bersama, 21-22 Idul Fitri 1447 H, 23-24 cuti bersama (SKB 1497/2025).
    h = jatuh_tempo("2026-02", "pph21")
    assert h.lapor_semula == date(2026, 3, 20)
    assert h.lapor == date(2026, 3, 25)
    assert [t for t, _ in h.alasan_geser_lapor] == [date(2026, 3, d) for d in range(20, 25)]


def test_minggu_idul_fitri_2025_menggeser_ppn():
    # SPT Masa PPN masa Februari 2025: 31 Mar 2025 (Idul Fitri 1446 H) -> first working day 8 Apr.
    h = jatuh_tempo("2025-02", "ppn")
    assert (h.setor_semula, h.setor, h.lapor) == (date(2025, 3, 31), date(2025, 4, 8), date(2025, 4, 8))


def test_idul_fitri_2024_dengan_aturan_tanggal_10():
    # Before 2025 the 10th (PMK 242/2014): 10 Apr 2024 Idul Fitri 1445 H; 11 libur, 12 cuti,
    # 13-14 weekend, 15 cuti bersama -> Tuesday 16 April 2024.
    h = jatuh_tempo("2024-03", "pph21")
    assert h.setor_semula == date(2024, 4, 10)
    assert h.setor == date(2024, 4, 16)
    assert h.lapor == date(2024, 4, 22)   # 20 Apr 2024 is a Saturday
    assert "PMK 242/PMK.03/2014" in h.langkah[0].dasar_hukum


def test_sebelum_2025_tanggal_10_akhir_pekan():
    h = jatuh_tempo("2024-10", "pph23")
    assert h.setor_semula == date(2024, 11, 10)   # Sunday
    assert h.setor == date(2024, 11, 11)


def test_pertanyaan_terbuka_2_desember_2024_memakai_tanggal_15():
    # tax-rules.md §13 Q2. Reading chosen: the deadline month (January 2025) decides, because
    # PMK 81/2024 is in force then and PMK 242/2014 is revoked; the reader is told, and told
    # that the 10th is the safe choice.
    nov, des, jan = (jatuh_tempo(m, "pph23") for m in ("2024-11", "2024-12", "2025-01"))
    assert nov.setor == date(2024, 12, 10)
    assert des.setor == date(2025, 1, 15)
    assert jan.setor == date(2025, 2, 17)
    assert tanggal_acuan("2024-12") == date(2025, 1, 1)
    assert any("10 Januari 2025" in p and "PMK 81/2024" in p for p in des.peringatan)
    assert not any("10 Januari" in p for p in nov.peringatan + jan.peringatan)
    # PPN does not change between the regimes: no such warning.
    assert not jatuh_tempo("2024-12", "ppn").peringatan


def test_parameter_yang_dirujuk_penulis_panduan():
    assert parameter("jatuh_tempo.setor.pph_dipotong", date(2025, 1, 1)).nilai == "15"
    assert parameter("jatuh_tempo.setor.pph_dipotong", date(2024, 12, 31)).nilai == "10"
    assert parameter("jatuh_tempo.lapor.spt_masa_pph", date(2026, 1, 1)).nilai == "20"
    assert parameter("jatuh_tempo.setor.ppn", date(2026, 1, 1)).nilai == "akhir_bulan"
    assert "Pasal 94" in parameter("jatuh_tempo.setor.pph_dipotong", date(2025, 1, 1)).dasar_hukum


def test_ppn_akhir_bulan_dan_disetor_sebelum_lapor():
    h = jatuh_tempo("2025-04", "ppn")
    assert h.setor_semula == date(2025, 5, 31)        # Saturday
    assert h.setor == date(2025, 6, 2)                # 1 June: Sunday and Hari Lahir Pancasila
    assert h.setor == h.lapor
    assert any("sebelum SPT Masa PPN" in l.teks for l in h.langkah)
    assert jatuh_tempo("2024-02", "ppn").setor_semula == date(2024, 3, 31)   # month lengths
    assert jatuh_tempo("2024-01", "ppn").setor_semula == date(2024, 2, 29)   # leap year


def test_umkm_setor_sendiri_dianggap_lapor():
    h = jatuh_tempo("2026-02", "pph_final_umkm")
    assert h.setor == h.lapor == date(2026, 3, 16)
    assert any("dianggap" in l.teks for l in h.langkah)
    assert any("dipotong pemotong" in p for p in h.peringatan)
    # before 2025 the self-paid final tax was already due on the 15th, the withheld one on the 10th
    assert jatuh_tempo("2024-05", "pph_final_umkm").setor_semula == date(2024, 6, 15)
    assert jatuh_tempo("2024-05", "pph_final_umkm_dipotong").setor_semula == date(2024, 6, 10)


def test_bea_meterai_pemungut():
    lama = jatuh_tempo("2024-06", "bea_meterai")
    assert lama.setor == date(2024, 7, 10)
    assert lama.lapor == date(2024, 7, 22)            # 20 July 2024 is a Saturday
    baru = jatuh_tempo("2025-05", "bea_meterai")
    assert baru.setor_semula == date(2025, 6, 15)
    assert any("pemungut bea meterai" in p for p in baru.peringatan)


def test_tahun_belum_terverifikasi_diberi_peringatan():
    h = jatuh_tempo("2027-02", "pph21")
    assert any("Kalender libur 2027 belum lengkap" in p for p in h.peringatan)
    assert not any("belum lengkap" in p for p in jatuh_tempo("2026-11", "pph21").peringatan)
    # masa November 2026 -> December 2026: confirmed; masa December 2026 -> January 2027: not.
    assert any("2027" in p for p in jatuh_tempo("2026-12", "ppn").peringatan)


@pytest.mark.parametrize("masa,pesan", [
    ("2023-11", "paling awal yang dapat dihitung: Desember 2023"),
    ("2027-12", "paling akhir yang dapat dihitung: November 2027"),
    ("2030-01", "di luar cakupan"),
])
def test_masa_di_luar_cakupan_ditolak(masa, pesan):
    with pytest.raises(TanggalTidakDicakup, match=pesan):
        jatuh_tempo(masa, "pph21")


def test_masukan_salah():
    with pytest.raises(ValueError, match="Jenis pajak tidak dikenal"):
        jatuh_tempo("2025-01", "pph25")
    with pytest.raises(ValueError):
        jatuh_tempo("2025-13", "pph21")


@pytest.mark.parametrize("masa", SEMUA_MASA)
def test_setiap_batas_adalah_hari_kerja_pertama(masa):
    for jenis, h in jatuh_tempo_semua(masa).items():
        for semula, akhir in ((h.setor_semula, h.setor), (h.lapor_semula, h.lapor)):
            assert akhir >= semula and hari_kerja(akhir), (masa, jenis)
            hari = semula
            while hari < akhir:
                assert not hari_kerja(hari), (masa, jenis, hari)
                hari += timedelta(days=1)
            assert akhir == hari_kerja_berikutnya(semula)
        assert h.setor <= h.lapor, (masa, jenis)   # pay before (or when) filing
        assert tanggal_acuan(masa) <= h.setor_semula
        assert all(l.dasar_hukum for l in h.langkah)


def test_kalkulator_satu_jenis():
    r = api.jalankan("jatuh-tempo", {"masa_pajak": "2026-02", "jenis_pajak": "pph21"})
    assert r["ok"]
    assert r["hasil"]["jatuh_tempo_setor"] == "2026-03-16"
    assert r["hasil"]["jatuh_tempo_lapor"] == "2026-03-25"
    assert "Idul Fitri" in r["hasil"]["alasan_geser_lapor"]
    assert "Rabu, 25 Maret 2026" in r["html"]


def test_kalkulator_semua_jenis_dalam_tabel():
    r = api.jalankan("jatuh-tempo", {"masa_pajak": "02/2025"})
    assert r["ok"]
    h = r["hasil"]
    assert [b["jenis_pajak"] for b in h["rincian"]] == list(JENIS_PAJAK)
    assert h["jatuh_tempo_setor"] == "2025-03-17" and h["jatuh_tempo_ppn"] == "2025-04-08"
    assert r["html"].count("<tr data-jenis=") == len(JENIS_PAJAK)
    assert "libur nasional Idul Fitri 1446 H" in r["html"]


@pytest.mark.parametrize("data,kunci", [
    ({}, "masa_pajak"),
    ({"masa_pajak": "2025-13"}, "masa_pajak"),
    ({"masa_pajak": "kemarin"}, "masa_pajak"),
    ({"masa_pajak": "2027-12"}, "masa_pajak"),
    ({"masa_pajak": "2025-01", "jenis_pajak": "pph25"}, "jenis_pajak"),
    ({"masa_pajak": "2025-01", "masa": "2025-01"}, "masa"),  # a typo stays an error
])
def test_kalkulator_masukan_buruk(data, kunci):
    r = api.jalankan("jatuh-tempo", data)
    assert not r["ok"]
    assert kunci in [k["kunci"] for k in r["kesalahan"]]


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
def test_cli_jatuh_tempo():
    p = subprocess.run([sys.executable, "-m", "calculators", "jatuh-tempo"],
                       input=json.dumps({"masa_pajak": "2024-12", "jenis_pajak": "pph23"}),
                       capture_output=True, text=True, cwd=AKAR)
    assert p.returncode == 0, p.stderr
    hasil = json.loads(p.stdout)
    assert hasil["jatuh_tempo_setor"] == "2025-01-15"
    assert hasil["peringatan"]


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
def test_cli_masa_di_luar_cakupan_keluar_2():
    p = subprocess.run([sys.executable, "-m", "calculators", "jatuh-tempo"],
                       input=json.dumps({"masa_pajak": "2027-12"}), capture_output=True,
                       text=True, cwd=AKAR)
    assert p.returncode == 2
    assert json.loads(p.stdout)[0]["kunci"] == "masa_pajak"
