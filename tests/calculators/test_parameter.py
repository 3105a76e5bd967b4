"""Every legal parameter is dated and cited; dates outside the data raise, never fall back."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from calculators.parameter import WAJIB, TanggalTidakDicakup, berkas, daftar_berkas, parameter, riwayat


def _jalur(simpul, awalan):
    if isinstance(simpul, dict):
        if "nilai" in simpul and isinstance(simpul["nilai"], list):
            yield awalan
            return
        for k, v in simpul.items():
            yield from _jalur(v, f"{awalan}.{k}")


SEMUA = [j for nama in daftar_berkas() for j in _jalur(berkas(nama), nama)]


def test_ada_parameter():
    assert len(SEMUA) >= 20
    assert {"pph23", "ppn", "pph21", "pph26", "umkm", "bea_meterai", "jatuh_tempo"} <= set(daftar_berkas())


@pytest.mark.parametrize("nama", daftar_berkas())
def test_berkas_punya_cakupan(nama):
    assert isinstance(berkas(nama).get("dicakup_sampai"), date)


@pytest.mark.parametrize("jalur", SEMUA)
def test_setiap_nilai_bertanggal_dan_bersumber(jalur):
    _, _, sisa = jalur.partition(".")
    simpul = berkas(jalur.split(".")[0])
    for k in sisa.split("."):
        simpul = simpul[k]
    for v in simpul["nilai"]:
        kurang = [k for k in WAJIB if k not in v or v[k] in ("", None)]
        assert not kurang, f"{jalur} {v.get('mulai')}: tanpa {kurang}"
        assert isinstance(v["mulai"], date) and isinstance(v["diperiksa"], date)
        assert len(v["dasar_hukum"]) > 5 and len(v["sumber"]) > 5


@pytest.mark.parametrize("jalur", SEMUA)
def test_di_luar_cakupan_gagal_dengan_pesan(jalur):
    nilai = riwayat(jalur)
    with pytest.raises(TanggalTidakDicakup) as e:
        parameter(jalur, nilai[0].mulai - timedelta(days=1))
    assert "dimulai" in str(e.value)
    batas = berkas(jalur.split(".")[0])["dicakup_sampai"]
    with pytest.raises(TanggalTidakDicakup):
        parameter(jalur, batas + timedelta(days=1))
    assert parameter(jalur, nilai[-1].mulai).mulai == nilai[-1].mulai


def test_nilai_lama_dipakai_untuk_tanggal_lama():
    assert str(parameter("ppn.tarif", date(2022, 3, 31)).nilai) == "0.10"
    assert str(parameter("ppn.tarif", date(2022, 4, 1)).nilai) == "0.11"
    assert str(parameter("ppn.tarif", date(2025, 1, 1)).nilai) == "0.12"
