"""PPN on services from abroad: self-assessed by any user (PKP or not), deadline and basis, crediting
by a PKP, and a foreign PMSE collector charging the PPN itself instead."""
from __future__ import annotations

from calculators import api


def _hasil(**m):
    r = api.jalankan("pembayaran", {"tanggal": "2026-06-15", "penerima": "luar_negeri", "bruto": "10 jt", **m})
    assert r["ok"], r
    return r["hasil"]


def test_disetor_sendiri_dengan_batas_waktu_dan_penjelasan():
    h = _hasil()
    assert h["ppn_jasa_luar_negeri"] == 1_100_000 and h["ppn"] == 0
    assert h["jatuh_tempo_setor_ppn"] == "2026-07-15"
    teks = " ".join(l["teks"] for l in h["langkah"])
    assert "juga yang bukan Pengusaha Kena Pajak" in teks and "kreditkan" in teks and "PMSE" in teks
    assert any("Pasal 3A ayat (3)" in l["dasar_hukum"] for l in h["langkah"])


def test_pemungut_pmse_memungut_sendiri():
    h = _hasil(pemungut_pmse="ya")
    assert h["ppn_jasa_luar_negeri"] == 0 and h["ppn"] == 1_100_000
    assert h["net_dibayar"] == 10_000_000 + 1_100_000 - h["pph26"]
    assert h["disetor_pemotong"] == h["pph26"] and h["jatuh_tempo_setor_ppn"] is None
    assert any("PMK 60/PMK.03/2022" in l["dasar_hukum"] for l in h["langkah"])


def test_pmse_sebelum_april_2022_mengutip_pmk_48_2020():
    h = _hasil(tanggal="2022-03-10", pemungut_pmse="ya")
    assert h["ppn"] == 1_000_000
    assert all("PMK 60/PMK.03/2022" not in l["dasar_hukum"] for l in h["langkah"])
    assert any("PMK 48/PMK.03/2020" in l["dasar_hukum"] for l in h["langkah"])


def test_pmse_hanya_untuk_penjual_luar_negeri():
    r = api.jalankan("pembayaran", {"tanggal": "2026-06-15", "penerima": "badan", "bruto": "10 jt",
                                    "pemungut_pmse": "ya"})
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "pemungut_pmse"


def test_sebelum_pmk_48_2020_pmse_gagal_jln_tetap_dihitung():
    r = api.jalankan("pembayaran", {"tanggal": "2020-06-15", "penerima": "luar_negeri", "bruto": "10 jt",
                                    "pemungut_pmse": "ya"})
    assert not r["ok"] and "belum dicakup" in str(r["kesalahan"])
    h = _hasil(tanggal="2021-06-15")
    assert h["ppn_jasa_luar_negeri"] == 1_000_000
    assert _hasil(tanggal="2020-06-15")["ppn_jasa_luar_negeri"] == 1_000_000
