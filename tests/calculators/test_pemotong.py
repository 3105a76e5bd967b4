"""Who must withhold: a private individual not appointed by the DGT withholds nothing, issues no slip
and the payee pays its own tax; every other payer withholds as before (issue 15, point 2)."""
from __future__ import annotations

import pytest

from calculators import api

KASUS = [
    ({"penerima": "badan", "bruto": "10 jt"}, "pph23"),
    ({"penerima": "orang_pribadi", "bruto": "10 jt"}, "pph21"),
    ({"penerima": "luar_negeri", "bruto": "10 jt"}, "pph26"),
    ({"penerima": "badan", "jenis_penghasilan": "sewa_tanah_bangunan", "bruto": "10 jt"}, "pph4_2"),
]


@pytest.mark.parametrize("masukan,kunci", KASUS, ids=[k for _, k in KASUS])
def test_orang_pribadi_bukan_pemotong_tidak_memotong(masukan, kunci):
    dasar = {"tanggal": "2026-06-15", **masukan}
    biasa = api.jalankan("pembayaran", dasar)["hasil"]
    pribadi = api.jalankan("pembayaran", {**dasar, "pemotong": "orang_pribadi"})["hasil"]
    assert biasa[kunci] > 0 and pribadi[kunci] == 0
    assert pribadi["bukti_potong"] == "" and pribadi["jatuh_tempo_setor"] is None
    assert pribadi["net_dibayar"] == biasa["net_dibayar"] + biasa[kunci]
    assert any("menyetor sendiri" in p for p in pribadi["peringatan"])
    # PPN on an imported service is owed by whoever uses it, individuals included
    assert pribadi["ppn_jasa_luar_negeri"] == biasa["ppn_jasa_luar_negeri"]


@pytest.mark.parametrize("pemotong", ["badan", "pemerintah", "bentuk_usaha_tetap", "orang_pribadi_ditunjuk"])
def test_pemotong_lain_tetap_memotong(pemotong):
    h = api.jalankan("pembayaran", {"tanggal": "2026-06-15", "penerima": "badan", "bruto": "10 jt",
                                    "pemotong": pemotong})["hasil"]
    assert h["pph23"] == 200_000 and h["bukti_potong"] == "BPPU"
