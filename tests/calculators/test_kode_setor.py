"""Deposit codes (KAP-KJS) from dated data: the code in force on the payment date, never a guess."""
from datetime import date

import pytest

from calculators import api
from calculators.kode_setor import kode_setor, kode_setor_pph, kode_setor_ppn
from calculators.parameter import TanggalTidakDicakup, riwayat

SEBELUM_CORETAX = date(2024, 6, 10)
CORETAX = date(2026, 11, 10)


@pytest.mark.parametrize("jenis, penghasilan, harap", [
    ("pph21", "jasa_tenaga_ahli", "411121-100"),
    ("pph23", "jasa", "411124-104"),
    ("pph23", "jasa_penyediaan_tenaga_kerja", "411124-104"),
    ("pph23", "royalti", "411124-103"),
    ("pph23", "bunga", "411124-102"),
    ("pph23", "sewa_harta", "411124-100"),
    ("pph26", "jasa", "411127-104"),
    ("pph26", "royalti", "411127-103"),
    ("pph4_2", "konstruksi_pelaksanaan", "411128-409"),
    ("pph4_2", "sewa_tanah_bangunan", "411128-403"),
    ("pph_final", "penjualan_usaha", "411128-420"),
])
def test_kode_sebelum_coretax(jenis, penghasilan, harap):
    k = kode_setor_pph(jenis, penghasilan, SEBELUM_CORETAX)
    assert f"{k.kap}-{k.kjs}" == harap
    assert k.teks.startswith(harap)
    assert "PER-38/PJ/2009" in k.dasar_hukum


def test_sejak_coretax_kap_tetap_dan_kjs_dari_sistem():
    k = kode_setor_pph("pph23", "jasa", CORETAX)
    assert (k.kap, k.kjs, k.cara) == ("411124", "", "spt")
    assert "Coretax" in k.teks and "SPT Masa" in k.teks
    assert "PER-10/PJ/2024" in k.dasar_hukum
    # the day before Coretax still has the old code
    assert kode_setor_pph("pph23", "jasa", date(2024, 12, 31)).kjs == "104"


def test_ppn_jasa_luar_negeri_dan_pemungut():
    assert kode_setor_ppn(True, "tidak", SEBELUM_CORETAX).teks.startswith("411211-102")
    assert kode_setor_ppn(False, "bumn", SEBELUM_CORETAX).kjs == "900"
    assert kode_setor_ppn(False, "instansi_pemerintah", SEBELUM_CORETAX).kjs == "910"
    mandiri = kode_setor_ppn(True, "tidak", CORETAX)
    assert mandiri.cara == "mandiri" and "Layanan Mandiri" in mandiri.teks


def test_di_luar_cakupan_gagal_jelas():
    with pytest.raises(TanggalTidakDicakup, match="1 Juli 2009"):
        kode_setor("pph23.jasa", date(2009, 6, 30))
    with pytest.raises(TanggalTidakDicakup):
        kode_setor("pph23.jasa", date(2028, 1, 1))


def test_setiap_nilai_bersumber():
    for konsep in ("pph21", "pph23.jasa", "pph26.royalti", "pph4_2.konstruksi", "pph_final.umkm",
                   "ppn.jasa_luar_negeri", "ppn.pemungut_bumn", "ppn.pemungut_instansi"):
        for n in riwayat(f"kode_setor.{konsep}"):
            assert n.sumber and n.dasar_hukum and n.diperiksa


def _bayar(**m):
    dasar = {"tanggal": "2024-06-10", "penerima": "badan", "punya_npwp": "ya", "pkp": "ya",
             "jenis_penghasilan": "jasa", "bruto": "10.000.000"}
    return api.hitung("pembayaran", {**dasar, **m})


def test_hasil_pembayaran_memuat_kode_dan_langkahnya():
    h = _bayar()
    assert h.keluaran["kode_setor_pph"].startswith("411124-104")
    assert h.keluaran["kode_setor_ppn"] is None
    assert any("411124" in l.teks and "PER-38/PJ/2009" in l.dasar_hukum for l in h.langkah)
    luar = _bayar(penerima="luar_negeri", punya_npwp="tidak", pkp="tidak")
    assert luar.keluaran["kode_setor_pph"].startswith("411127-104")
    assert luar.keluaran["kode_setor_ppn"].startswith("411211-102")


def test_tanpa_pajak_yang_disetor_tanpa_kode():
    # a private individual who is not appointed does not withhold: nothing to deposit, no code
    h = _bayar(pemotong="orang_pribadi")
    assert h.keluaran["kode_setor_pph"] is None
