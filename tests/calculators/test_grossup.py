"""Gross-up: "net" means net of income tax with PPN on top by default; the other reading (the whole
transfer including PPN) is explicit. Figures from issue 15 (a PKP agency asking for Rp25 juta net)."""
from __future__ import annotations

from calculators import api


def _hasil(**lain):
    r = api.jalankan("pembayaran", {"tanggal": "2026-06-15", "penerima": "badan", "pkp": "ya",
                                    "net_diterima": "25 jt", **lain})
    assert r["ok"], r
    return r["hasil"]


def test_bersih_setelah_pph_ppn_di_atasnya():
    h = _hasil()
    assert (h["bruto"], h["pph23"], h["ppn"], h["net_dibayar"]) == (25_510_204, 510_204, 2_806_122, 27_806_122)
    assert h["bruto"] - h["pph23"] == 25_000_000


def test_bersih_sebagai_seluruh_transfer():
    h = _hasil(arti_net="transfer_termasuk_ppn")
    assert (h["bruto"], h["ppn"], h["pph23"], h["net_dibayar"]) == (22_935_780, 2_522_936, 458_716, 25_000_000)


def test_selisih_pembulatan_dijelaskan():
    # the smallest gross may overshoot by a rupiah; the warning says by how much
    for target in range(50_000_000, 50_000_060):
        r = api.jalankan("pembayaran", {"tanggal": "2026-06-15", "penerima": "badan", "pkp": "ya",
                                        "net_diterima": str(target)})
        h = r["hasil"]
        lebih = h["bruto"] - h["pph23"] - target
        assert lebih >= 0
        if lebih:
            assert any("lebih Rp" in p for p in h["peringatan"]), h["peringatan"]


def test_penyedia_bukan_pkp_kedua_bacaan_sama():
    a = api.jalankan("pembayaran", {"tanggal": "2026-06-15", "penerima": "badan", "pkp": "tidak", "net_diterima": "10 jt"})
    b = api.jalankan("pembayaran", {"tanggal": "2026-06-15", "penerima": "badan", "pkp": "tidak", "net_diterima": "10 jt",
                                    "arti_net": "transfer_termasuk_ppn"})
    assert a["hasil"]["bruto"] == b["hasil"]["bruto"]
