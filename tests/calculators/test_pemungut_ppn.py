"""Appointed VAT collectors (pemungut PPN): the payer deposits the invoice's PPN instead of paying it to
the PKP vendor; the vendor still issues the faktur (code 02 or 03)."""
from __future__ import annotations

import pytest

from calculators import api


def _hasil(**m):
    r = api.jalankan("pembayaran", {"tanggal": "2026-06-15", "penerima": "badan", "pkp": "ya", "bruto": "10 jt", **m})
    assert r["ok"], r
    return r["hasil"]


@pytest.mark.parametrize("m,kode", [({"pemungut_ppn": "bumn"}, "03"), ({"pemungut_ppn": "lainnya_ditunjuk"}, "03"),
                                    ({"pemotong": "pemerintah"}, "02"), ({"pemungut_ppn": "instansi_pemerintah"}, "02")])
def test_pemungut_menyetor_ppn_bukan_membayar_ke_penyedia(m, kode):
    biasa, h = _hasil(), _hasil(**m)
    assert h["ppn"] == biasa["ppn"] == 1_100_000                 # the faktur still shows the PPN
    assert h["ppn_dipungut_pemungut"] == 1_100_000
    assert h["net_dibayar"] == 10_000_000 - 200_000               # DPP + 0 PPN - PPh 23
    assert biasa["net_dibayar"] == 10_000_000 + 1_100_000 - 200_000
    assert h["disetor_pemotong"] == 200_000 + 1_100_000
    assert h["jatuh_tempo_setor_ppn"] == "2026-07-31"             # end of the next month (PMK 81/2024)
    assert any(f"kode transaksi {kode}" in l["teks"] for l in h["langkah"])


def test_tanpa_pemungut_dan_bawaan_lama_tidak_berubah():
    h = _hasil(pemungut_ppn="tidak", pemotong="pemerintah")
    assert h["ppn_dipungut_pemungut"] == 0 and h["net_dibayar"] == 10_900_000


def test_penyedia_bukan_pkp_tidak_ada_yang_dipungut():
    h = _hasil(pkp="tidak", pemungut_ppn="bumn")
    assert h["ppn"] == 0 and h["ppn_dipungut_pemungut"] == 0 and h["net_dibayar"] == 9_800_000


def test_instansi_pemerintah_sampai_dua_juta_tidak_memungut():
    kecil = _hasil(pemotong="pemerintah", bruto="1.800.000")      # Rp1.998.000 with PPN
    assert kecil["ppn_dipungut_pemungut"] == 0 and kecil["net_dibayar"] == 1_800_000 + 198_000 - 36_000
    besar = _hasil(pemotong="pemerintah", bruto="1.810.000")      # Rp2.009.100 with PPN
    assert besar["ppn_dipungut_pemungut"] == 199_100


def test_tanggal_2022_tarif_11_persen_dan_batas_setor_tidak_dihitung():
    h = _hasil(tanggal="2022-06-15", pemungut_ppn="bumn")
    assert h["ppn_dipungut_pemungut"] == 1_100_000 and h["jatuh_tempo_setor_ppn"] is None
    assert any("Batas setor PPN yang Anda pungut tidak dihitung" in p for p in h["peringatan"])
    assert all("PMK 81/2024" not in l["dasar_hukum"] for l in h["langkah"])
    assert any("PMK 8/PMK.03/2021" in l["dasar_hukum"] for l in h["langkah"])


def test_grossup_dengan_pemungut_ppn():
    h = _hasil(bruto=None, net_diterima="25 jt", pemungut_ppn="bumn")
    assert h["bruto"] - h["pph23"] >= 25_000_000 and h["net_dibayar"] == h["bruto"] - h["pph23"]


def test_pemungut_untuk_penyedia_luar_negeri_ditolak():
    r = api.jalankan("pembayaran", {"tanggal": "2026-06-15", "penerima": "luar_negeri", "bruto": "10 jt",
                                    "pemungut_ppn": "bumn"})
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "pemungut_ppn"


def test_sebelum_cakupan_gagal():
    r = api.jalankan("pembayaran", {"tanggal": "2021-06-15", "penerima": "badan", "pkp": "ya", "bruto": "10 jt",
                                    "pemungut_ppn": "bumn"})
    assert not r["ok"] and "belum dicakup" in str(r["kesalahan"])
