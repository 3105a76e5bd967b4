"""Construction services: final PPh 4(2) by kind of work, certificate and payment date
(PP 40/2009 until 20 February 2022, PP 9/2022 from 21 February 2022), for entities and individuals alike."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from calculators import api

# (jenis_penghasilan, sertifikat) -> (rate before PP 9/2022, rate from PP 9/2022)
TARIF = {
    ("konstruksi_pelaksanaan", "kualifikasi_kecil"): ("0.02", "0.0175"),
    ("konstruksi_pelaksanaan", "perseorangan"): ("0.02", "0.0175"),
    ("konstruksi_pelaksanaan", "kualifikasi_lain"): ("0.03", "0.0265"),
    ("konstruksi_pelaksanaan", "tidak_ada"): ("0.04", "0.04"),
    ("konstruksi_terintegrasi", "kualifikasi_lain"): (None, "0.0265"),
    ("konstruksi_terintegrasi", "tidak_ada"): (None, "0.04"),
    ("konstruksi_konsultansi", "kualifikasi_kecil"): ("0.04", "0.035"),
    ("konstruksi_konsultansi", "perseorangan"): ("0.04", "0.035"),
    ("konstruksi_konsultansi", "tidak_ada"): ("0.06", "0.06"),
}


def _bayar(jenis, sertifikat, tanggal, penerima="badan", **lain):
    return api.jalankan("pembayaran", {"tanggal": tanggal, "penerima": penerima, "jenis_penghasilan": jenis,
                                       "sertifikat_konstruksi": sertifikat, "bruto": "200.000.000", **lain})


@pytest.mark.parametrize("kunci", TARIF, ids=lambda k: f"{k[0]}-{k[1]}")
@pytest.mark.parametrize("penerima", ["badan", "orang_pribadi"])
def test_tarif_menurut_tanggal_pembayaran(kunci, penerima):
    lama, baru = TARIF[kunci]
    for tanggal, tarif in (("2022-02-20", lama), ("2022-02-21", baru), ("2026-06-15", baru)):
        r = _bayar(*kunci, tanggal, penerima)
        if tarif is None:
            assert not r["ok"] and "PP 9/2022" in r["kesalahan"][0]["pesan"]
            continue
        h = r["hasil"]
        assert h["jenis_pph"] == "PPh Pasal 4 ayat (2)" and h["pph21"] == 0 and h["pph23"] == 0
        assert D(h["pph4_2"]) == D(200_000_000) * D(tarif), (tanggal, kunci)


def test_tanpa_npwp_tidak_naik_dan_bukti_potong_bppu():
    a = _bayar("konstruksi_pelaksanaan", "kualifikasi_kecil", "2026-06-15")["hasil"]
    b = _bayar("konstruksi_pelaksanaan", "kualifikasi_kecil", "2026-06-15", punya_npwp="tidak")["hasil"]
    assert a["pph4_2"] == b["pph4_2"] == 3_500_000
    assert a["bukti_potong"] == "BPPU"


def test_sertifikat_wajib_dan_langkah_mengutip_aturan_tanggalnya():
    r = api.jalankan("pembayaran", {"tanggal": "2026-06-15", "jenis_penghasilan": "konstruksi_pelaksanaan",
                                    "bruto": "10 jt"})
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "sertifikat_konstruksi"
    lama = _bayar("konstruksi_pelaksanaan", "kualifikasi_kecil", "2021-06-15")["hasil"]["langkah"]
    assert any("PP 40/2009" in l["dasar_hukum"] for l in lama)
    assert not any("PP 9/2022" in l["dasar_hukum"] + l["teks"] for l in lama)


def test_ppn_tetap_di_atas_dan_transfer_dikurangi_pph_final():
    h = _bayar("konstruksi_konsultansi", "kualifikasi_lain", "2026-06-15", pkp="ya")["hasil"]
    assert h["net_dibayar"] == h["bruto"] + h["ppn"] - h["pph4_2"]
