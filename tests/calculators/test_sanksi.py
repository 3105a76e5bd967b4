"""Late-payment sanctions: fines per SPT, tax interest (months, cap, KMK, the 2 November 2020 change),
statutory interest, and the page calculator (due date from the deadline calculator, asks for a
missing KMK rate, fails before coverage)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from calculators import api
from calculators.parameter import TanggalTidakDicakup
from calculators.sanksi import (TarifDiperlukan, bunga_moratoir, bunga_terlambat_setor,
                                denda_terlambat_lapor, jumlah_bulan, tarif_kmk)


@pytest.mark.parametrize("spt,denda", [("spt_masa_ppn", 500000), ("spt_masa_lain", 100000),
                                       ("spt_tahunan_badan", 1000000), ("spt_tahunan_op", 100000)])
def test_denda_terlambat_lapor_per_spt(spt, denda):
    h = denda_terlambat_lapor(spt, date(2026, 3, 31), date(2026, 4, 1))
    assert h.jumlah == denda
    assert "Pasal 7 ayat (1)" in h.dasar_hukum


def test_lapor_tepat_waktu_tanpa_denda():
    assert denda_terlambat_lapor("spt_masa_ppn", date(2026, 3, 31), date(2026, 3, 31)).jumlah == 0


@pytest.mark.parametrize("jt,bayar,n", [
    (date(2026, 2, 16), date(2026, 2, 16), 0),
    (date(2026, 2, 16), date(2026, 2, 17), 1),    # one day late: a full month
    (date(2026, 2, 16), date(2026, 3, 16), 1),
    (date(2026, 2, 16), date(2026, 3, 17), 2),    # part of the second month counts whole
    (date(2026, 1, 31), date(2026, 2, 28), 1),    # month end
    (date(2026, 1, 31), date(2026, 3, 1), 2),
])
def test_bagian_bulan_dihitung_penuh(jt, bayar, n):
    assert jumlah_bulan(jt, bayar) == n


def test_bunga_kmk_februari_2026():
    h = bunga_terlambat_setor(D(10_000_000), date(2026, 2, 18), date(2026, 4, 1))
    assert (h.tarif, h.bulan, h.sumber_tarif) == (D("0.0092"), 2, "KMK 2/MK/EF/2026")
    assert h.jumlah == D(184_000)
    assert any("KMK 2/MK/EF/2026" in l.dasar_hukum for l in h.langkah)


def test_bunga_paling_lama_24_bulan():
    h = bunga_terlambat_setor(D(1_000_000), date(2018, 1, 10), date(2021, 1, 10))
    assert h.bulan == 24 and h.jumlah == D(480_000)     # 2% x 24, not 36 months
    assert any("paling lama 24 bulan" in l.teks for l in h.langkah)


def test_batas_2_november_2020():
    lama = bunga_terlambat_setor(D(1_000_000), date(2020, 11, 1), date(2020, 11, 2))
    assert lama.tarif == D("0.02") and lama.jumlah == D(20_000)
    with pytest.raises(TarifDiperlukan):            # no KMK for November 2020 in the data
        bunga_terlambat_setor(D(1_000_000), date(2020, 11, 2), date(2020, 11, 3))
    baru = bunga_terlambat_setor(D(1_000_000), date(2020, 11, 2), date(2020, 11, 3), D("0.0058"))
    assert baru.tarif == D("0.0058") and baru.jumlah == D(5_800)
    assert "Menteri Keuangan" in baru.dasar_hukum and "2%" not in baru.dasar_hukum


def test_bulan_tanpa_tarif_meminta_tarif():
    assert tarif_kmk("2026-06") is None
    with pytest.raises(TarifDiperlukan, match="Juni 2026.*Tarif bunga per bulan menurut KMK"):
        bunga_terlambat_setor(D(1_000_000), date(2026, 6, 15), date(2026, 7, 1))
    h = api.jalankan("sanksi", {"jenis_keterlambatan": "setor_pajak", "jumlah": "1 jt",
                                "jatuh_tempo": "2026-06-15", "tanggal_bayar": "2026-07-01"})
    assert not h["ok"] and h["kesalahan"][0]["kunci"] == "tarif_kmk"
    assert "pajak.go.id" in h["kesalahan"][0]["pesan"]
    h = api.jalankan("sanksi", {"jenis_keterlambatan": "setor_pajak", "jumlah": "1 jt",
                                "jatuh_tempo": "2026-06-15", "tanggal_bayar": "2026-07-01", "tarif_kmk": "0,9"})
    assert h["ok"] and h["hasil"]["sanksi"] == 9000 and h["hasil"]["sumber_tarif"] == "tarif KMK yang Anda isi"


def test_sebelum_cakupan_gagal_dengan_tanggal():
    with pytest.raises(TanggalTidakDicakup, match=r"^Tanggal 31 Desember 2007"):
        bunga_terlambat_setor(D(1_000_000), date(2007, 12, 31), date(2008, 2, 1))
    with pytest.raises(TanggalTidakDicakup, match=r"^Tanggal 31 Desember 2007"):
        denda_terlambat_lapor("spt_masa_ppn", date(2007, 12, 31), date(2008, 2, 1))
    h = api.jalankan("sanksi", {"jenis_keterlambatan": "lapor_spt", "jenis_spt": "spt_masa_ppn",
                                "jatuh_tempo": "2007-12-31", "tanggal_bayar": "2008-01-05"})
    assert not h["ok"] and "31 Desember 2007" in h["kesalahan"][0]["pesan"]


def test_bunga_moratoir_6_persen_dan_tarif_kontrak():
    h = bunga_moratoir(D(50_000_000), date(2026, 2, 10), date(2026, 4, 10))
    assert (h.tarif, h.hari) == (D("0.06"), 59)
    assert h.jumlah == D(484_932)          # 50 jt x 6% x 59/365 = 484.931,5 -> 484.932
    assert "Pasal 1250" in h.dasar_hukum and "Staatsblad 1848" in h.dasar_hukum
    assert any("hakim" in l.teks for l in h.langkah)
    k = bunga_moratoir(D(50_000_000), date(2026, 2, 10), date(2026, 4, 10), D("0.12"))
    assert k.tarif == D("0.12") and k.jumlah == D(969_863) and k.sumber_tarif == "tarif kontrak"


def test_jatuh_tempo_dari_masa_pajak():
    h = api.jalankan("sanksi", {"jenis_keterlambatan": "setor_pajak", "jenis_pajak": "pph23",
                                "jumlah": "10 jt", "masa_pajak": "2026-01", "tanggal_bayar": "2026-04-01"})
    assert h["ok"], h
    assert h["hasil"]["jatuh_tempo"] == "2026-02-18"      # 15 February moved over Imlek
    assert h["hasil"]["sanksi"] == 184000 and h["hasil"]["bulan"] == 2
    h = api.jalankan("sanksi", {"jenis_keterlambatan": "lapor_spt", "jenis_spt": "spt_masa_ppn",
                                "masa_pajak": "2026-05", "tanggal_bayar": "2026-07-05"})
    assert h["ok"] and h["hasil"]["jatuh_tempo"] == "2026-06-30" and h["hasil"]["sanksi"] == 500000


def test_spt_tahunan_perlu_tanggal_jatuh_tempo():
    h = api.jalankan("sanksi", {"jenis_keterlambatan": "lapor_spt", "jenis_spt": "spt_tahunan_badan",
                                "masa_pajak": "2026-01", "tanggal_bayar": "2026-05-05"})
    assert not h["ok"] and h["kesalahan"][0]["kunci"] == "jatuh_tempo"


def test_jumlah_wajib_untuk_bunga():
    h = api.jalankan("sanksi", {"jenis_keterlambatan": "tagihan_kontrak", "jatuh_tempo": "2026-02-10",
                                "tanggal_bayar": "2026-04-10"})
    assert not h["ok"] and h["kesalahan"][0]["kunci"] == "jumlah"


def test_contoh_halaman_dapat_dihitung_pada_tanggal_acuan():
    contoh = api.contoh_pada("sanksi", date(2026, 12, 1))
    h = api.jalankan("sanksi", contoh)
    assert h["ok"] and h["hasil"]["sanksi"] > 0 and "Rp" in h["html"]
