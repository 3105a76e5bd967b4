"""Royalties and licences (stock photos, fonts, software): PPh 23 at the royalty rate for a resident
licensor, PPh 26 (or the treaty rate with a DGT form) for a foreign one; PPN on a foreign licence is
self-assessed as an intangible good from abroad."""
from __future__ import annotations

import pytest

from calculators import api
from calculators.parameter import parameter


def _hasil(**m):
    r = api.jalankan("pembayaran", {"tanggal": "2026-06-15", "bruto": "10 jt", "jenis_penghasilan": "royalti", **m})
    assert r["ok"], r
    return r["hasil"]


@pytest.mark.parametrize("jenis", ["foto_stok", "font", "perangkat_lunak", "musik_video", "lainnya"])
@pytest.mark.parametrize("penerima", ["badan", "orang_pribadi"])
def test_royalti_dalam_negeri_pph23_15_persen(jenis, penerima):
    h = _hasil(penerima=penerima, jenis_royalti=jenis)
    assert h["jenis_pph"] == "PPh 23" and h["pph23"] == 1_500_000
    assert any("adalah royalti" in l["teks"] for l in h["langkah"])


def test_tanpa_npwp_dua_kali():
    assert _hasil(penerima="badan", jenis_royalti="font", punya_npwp="tidak")["pph23"] == 3_000_000


def test_royalti_luar_negeri_pph26_dan_ppn_barang_tidak_berwujud():
    h = _hasil(penerima="luar_negeri", jenis_royalti="foto_stok")
    assert h["pph26"] == 2_000_000 and h["ppn_jasa_luar_negeri"] == 1_100_000
    assert any("Pasal 4 ayat (1) huruf d" in l["dasar_hukum"] for l in h["langkah"])
    p3b = _hasil(penerima="luar_negeri", jenis_royalti="foto_stok", tarif_p3b="10", dgt_valid="ya")
    assert p3b["pph26"] == 1_000_000


def test_kode_objek_pajak_royalti():
    bawaan = parameter("kode_objek_pajak.bawaan", __import__("datetime").date(2026, 6, 15)).nilai
    assert bawaan["pph23.royalti"] == "24-103-01" and bawaan["pph26.badan.royalti"] == "27-103-01"


def test_perangkat_lunak_diberi_peringatan_dan_jenis_royalti_salah_tempat_ditolak():
    assert any("perangkat lunak" in p for p in _hasil(penerima="badan", jenis_royalti="perangkat_lunak")["peringatan"])
    r = api.jalankan("pembayaran", {"tanggal": "2026-06-15", "bruto": "10 jt", "jenis_royalti": "font"})
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "jenis_royalti"


def test_royalti_2022():
    assert _hasil(tanggal="2022-03-10", penerima="badan", jenis_royalti="font", pkp="ya")["ppn"] == 1_000_000
