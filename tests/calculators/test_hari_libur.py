"""The shipped holiday calendar (calculators/parameter/hari_libur.toml): every entry has its decree
and source, the counts match what the government announced, the dates fall on the weekdays the
published lists name, and dates outside the calendar raise instead of guessing."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from calculators import hari_libur as hl
from calculators.parameter import TanggalTidakDicakup, berkas

HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def test_tahun_yang_dicakup_2024_sampai_2027():
    assert hl.tahun_dicakup() == (2024, 2025, 2026, 2027)
    assert hl.batas_cakupan() == (date(2024, 1, 1), date(2027, 12, 31))


@pytest.mark.parametrize("tahun", [2024, 2025, 2026, 2027])
def test_setiap_hari_libur_punya_keputusan_dan_sumber(tahun):
    data = hl.tahun_libur(tahun)
    assert data.libur, f"tahun {tahun} kosong"
    assert data.diperiksa <= date(2026, 11, 23) and data.diperiksa.year >= 2026
    assert "http" in data.sumber
    for h in data.libur:
        assert h.tanggal.year == tahun
        assert h.jenis in hl.JENIS_LIBUR
        assert h.nama.strip()
        # Every day names the decree that set it: the year's SKB, or its own Keppres/SKB.
        assert any(k in h.dasar_hukum for k in ("SKB", "Keppres")), h
        assert h.sumber == data.sumber
    tanggal = [h.tanggal for h in data.libur]
    assert len(tanggal) == len(set(tanggal)), "tanggal ganda"


def test_nilai_file_kalender_lengkap():
    # The generic parameter rule: each dated value has mulai, nilai, dasar_hukum, sumber, diperiksa.
    data = berkas("hari_libur")
    assert data["dicakup_sampai"] == date(2027, 12, 31)
    for tahun, simpul in data["libur"].items():
        for v in simpul["nilai"]:
            for k in ("mulai", "nilai", "dasar_hukum", "sumber", "diperiksa"):
                assert v.get(k), (tahun, k)
            assert v["mulai"] == date(int(tahun), 1, 1) and v["sampai"] == date(int(tahun), 12, 31)


@pytest.mark.parametrize("tahun,libur_nasional,cuti_bersama,pemilu", [
    # SKB 855/2023, 3/2023, 4/2023: 17 hari libur nasional dan 10 hari cuti bersama (jpnn.com,
    # 12 Sep 2023); plus Keppres 10/2024 (14 Feb) and Keppres 33/2024 (27 Nov).
    (2024, 17, 10, 2),
    # SKB 1017/2024, 2/2024, 2/2024: 17 + 10 (jpnn.com, 14 Okt 2024); SKB 933/2025 adds 18 Aug.
    (2025, 17, 11, 0),
    # SKB 1497/2025, 2/2025, 5/2025: 17 + 8 (disdiksmg.semarangkota.go.id; eksekutor.com).
    (2026, 17, 8, 0),
])
def test_jumlah_hari_sesuai_pengumuman(tahun, libur_nasional, cuti_bersama, pemilu):
    jenis = [h.jenis for h in hl.tahun_libur(tahun).libur]
    assert jenis.count("libur_nasional") == libur_nasional
    assert jenis.count("cuti_bersama") == cuti_bersama
    assert jenis.count("pemilu") == pemilu


@pytest.mark.parametrize("tanggal,hari", [
    # Weekday names as printed in the published lists: a typo in a date would break these.
    ("2024-01-01", "Senin"), ("2024-02-08", "Kamis"), ("2024-02-10", "Sabtu"),
    ("2024-03-11", "Senin"), ("2024-03-12", "Selasa"), ("2024-03-29", "Jumat"),
    ("2024-03-31", "Minggu"), ("2024-04-08", "Senin"), ("2024-04-09", "Selasa"),
    ("2024-04-12", "Jumat"), ("2024-04-15", "Senin"), ("2024-05-10", "Jumat"),
    ("2024-02-14", "Rabu"), ("2024-11-27", "Rabu"),
    ("2025-01-01", "Rabu"), ("2025-01-27", "Senin"), ("2025-01-28", "Selasa"),
    ("2025-01-29", "Rabu"), ("2025-03-28", "Jumat"), ("2025-03-29", "Sabtu"),
    ("2025-03-31", "Senin"), ("2025-04-01", "Selasa"), ("2025-04-02", "Rabu"),
    ("2025-04-07", "Senin"), ("2025-04-18", "Jumat"), ("2025-04-20", "Minggu"),
    ("2025-05-01", "Kamis"), ("2025-05-12", "Senin"), ("2025-05-13", "Selasa"),
    ("2025-05-29", "Kamis"), ("2025-05-30", "Jumat"), ("2025-06-01", "Minggu"),
    ("2025-06-06", "Jumat"), ("2025-06-09", "Senin"), ("2025-06-27", "Jumat"),
    ("2025-08-17", "Minggu"), ("2025-08-18", "Senin"), ("2025-09-05", "Jumat"),
    ("2025-12-25", "Kamis"), ("2025-12-26", "Jumat"),
    ("2026-01-01", "Kamis"), ("2026-01-16", "Jumat"), ("2026-02-16", "Senin"),
    ("2026-02-17", "Selasa"), ("2026-03-18", "Rabu"), ("2026-03-19", "Kamis"),
    ("2026-03-20", "Jumat"), ("2026-03-21", "Sabtu"), ("2026-03-22", "Minggu"),
    ("2026-03-23", "Senin"), ("2026-03-24", "Selasa"), ("2026-04-03", "Jumat"),
    ("2026-04-05", "Minggu"), ("2026-05-01", "Jumat"), ("2026-05-14", "Kamis"),
    ("2026-05-15", "Jumat"), ("2026-05-27", "Rabu"), ("2026-05-28", "Kamis"),
    ("2026-05-31", "Minggu"), ("2026-06-01", "Senin"), ("2026-06-16", "Selasa"),
    ("2026-08-17", "Senin"), ("2026-08-25", "Selasa"), ("2026-12-24", "Kamis"),
    ("2026-12-25", "Jumat"),
])
def test_hari_sesuai_daftar_resmi(tanggal, hari):
    t = date.fromisoformat(tanggal)
    assert hl.libur(t) is not None, f"{tanggal} tidak ada di kalender"
    assert HARI[t.weekday()] == hari


def test_perubahan_skb_dan_keppres_tercatat_dengan_dasarnya_sendiri():
    cuti_hut = hl.libur(date(2025, 8, 18))
    assert cuti_hut.jenis == "cuti_bersama" and "933 Tahun 2025" in cuti_hut.dasar_hukum
    pemilu = hl.libur(date(2024, 2, 14))
    assert pemilu.jenis == "pemilu" and "Keppres 10/2024" in pemilu.dasar_hukum
    pilkada = hl.libur(date(2024, 11, 27))
    assert pilkada.jenis == "pemilu" and "Keppres 33/2024" in pilkada.dasar_hukum
    assert "1497 Tahun 2025" in hl.libur(date(2026, 3, 20)).dasar_hukum


def test_2027_belum_terverifikasi_hanya_tanggal_tetap():
    assert [hl.tahun_libur(t).terverifikasi for t in (2024, 2025, 2026)] == [True, True, True]
    data = hl.tahun_libur(2027)
    assert data.terverifikasi is False
    assert {(h.tanggal.month, h.tanggal.day) for h in data.libur} == {
        (1, 1), (5, 1), (6, 1), (8, 17), (12, 25)}
    assert "Keppres 8/2024" in data.dasar_hukum and "belum" in data.dasar_hukum
    assert hl.bulan_terverifikasi(2027, 3) is False and hl.bulan_terverifikasi(2026, 3) is True


@pytest.mark.parametrize("t,harapan", [
    (date(2026, 3, 16), date(2026, 3, 16)),   # a working Monday stays
    (date(2026, 3, 15), date(2026, 3, 16)),   # Sunday -> Monday
    (date(2025, 2, 15), date(2025, 2, 17)),   # Saturday -> Monday
    (date(2026, 3, 20), date(2026, 3, 25)),   # Idul Fitri 1447 H week with cuti bersama
    (date(2025, 3, 31), date(2025, 4, 8)),    # Idul Fitri 1446 H: 31 Mar - 7 Apr not working
    (date(2024, 4, 10), date(2024, 4, 16)),   # Idul Fitri 1445 H: 10-15 Apr 2024
    (date(2024, 12, 25), date(2024, 12, 27)), # Natal + cuti bersama 26 Dec
    (date(2025, 8, 17), date(2025, 8, 19)),   # Sunday 17 Aug + cuti bersama 18 Aug 2025
    (date(2024, 2, 14), date(2024, 2, 15)),   # Pemilu day (Keppres 10/2024)
])
def test_hari_kerja_berikutnya(t, harapan):
    assert hl.hari_kerja_berikutnya(t) == harapan
    assert hl.hari_kerja(harapan)
    hari = t
    while hari < harapan:
        assert not hl.hari_kerja(hari)
        hari += timedelta(days=1)


def test_alasan_libur_dalam_bahasa_indonesia():
    assert hl.alasan_libur(date(2026, 3, 15)) == "akhir pekan"
    assert hl.alasan_libur(date(2026, 3, 21)) == "libur nasional Idul Fitri 1447 H"
    assert hl.alasan_libur(date(2026, 3, 20)).startswith("Cuti bersama")
    assert hl.alasan_libur(date(2026, 3, 25)) is None


@pytest.mark.parametrize("t", [date(2023, 12, 31), date(2028, 1, 1), date(2030, 6, 1)])
def test_di_luar_cakupan_ditolak_dengan_pesan(t):
    with pytest.raises(TanggalTidakDicakup, match="belum dicakup"):
        hl.hari_kerja(t)
    with pytest.raises(TanggalTidakDicakup, match="SKB"):
        hl.hari_kerja_berikutnya(t)


def test_pencarian_hari_kerja_tidak_melewati_cakupan_diam_diam():
    # 2027-12-31 is a Friday working day (no SKB data needed); the search never returns a 2028 date.
    assert hl.hari_kerja_berikutnya(date(2027, 12, 31)) == date(2027, 12, 31)
    with pytest.raises(TanggalTidakDicakup):
        hl.hari_kerja_berikutnya(date(2028, 1, 1))
