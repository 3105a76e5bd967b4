"""Services bought through a marketplace appointed under PMK 37/2025: the marketplace's 0,5% PPh 22
replaces the buyer's withholding when it was collected; otherwise normal withholding; nothing before
14 July 2025; a date before the data's coverage fails."""
from __future__ import annotations

from calculators import api

DASAR = {"penerima": "badan", "pkp": "ya", "bruto": "10 jt", "penjual_marketplace": "ya"}


def _hasil(**m):
    r = api.jalankan("pembayaran", {**DASAR, **m})
    assert r["ok"], r
    return r["hasil"]


def test_dipungut_marketplace_pembeli_tidak_memotong():
    h = _hasil(tanggal="2026-06-15")
    assert h["pph22_marketplace"] == 50_000 and h["pph23"] == 0
    assert h["net_dibayar"] == 11_100_000 and h["disetor_pemotong"] == 0
    assert h["bukti_potong"] == "" and h["jatuh_tempo_setor"] is None
    assert any("PMK 37/2025 Pasal 10 ayat (3)" in l["dasar_hukum"] for l in h["langkah"])
    assert any("dokumen tagihan" in p for p in h["peringatan"])


def test_tidak_dipungut_tetap_dipotong():
    h = _hasil(tanggal="2026-06-15", pph22_marketplace="tidak_dipungut")
    assert h["pph22_marketplace"] == 0 and h["pph23"] == 200_000 and h["bukti_potong"] == "BPPU"
    assert any("Pasal 10 ayat (1) dan ayat (2)" in l["dasar_hukum"] for l in h["langkah"])


def test_pph21_orang_pribadi_juga_tidak_dipotong_lagi():
    h = _hasil(tanggal="2026-06-15", penerima="orang_pribadi", pkp="tidak")
    assert h["pph21"] == 0 and h["pph22_marketplace"] == 50_000


def test_sebelum_pmk_37_pemotongan_biasa():
    h = _hasil(tanggal="2025-07-13")
    assert h["pph22_marketplace"] == 0 and h["pph23"] == 200_000
    assert all("PMK 37/2025" not in l["teks"] + l["dasar_hukum"] for l in h["langkah"])
    assert all("PMK 37/2025" not in p for p in h["peringatan"])
    assert _hasil(tanggal="2025-07-14")["pph23"] == 0


def test_sebelum_cakupan_gagal_dan_luar_negeri_ditolak():
    r = api.jalankan("pembayaran", {**DASAR, "tanggal": "2021-12-31"})
    assert not r["ok"] and "belum dicakup" in str(r["kesalahan"])
    r = api.jalankan("pembayaran", {**DASAR, "tanggal": "2026-06-15", "penerima": "luar_negeri"})
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "penjual_marketplace"


def test_tanpa_marketplace_tidak_berubah():
    h = api.jalankan("pembayaran", {**DASAR, "tanggal": "2026-06-15", "penjual_marketplace": "tidak"})["hasil"]
    assert h["pph22_marketplace"] == 0 and h["pph23"] == 200_000
