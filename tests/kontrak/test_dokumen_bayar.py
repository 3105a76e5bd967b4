"""Payment documents (kuitansi, bukti kas keluar, invoice): their tax lines are the Kalkulator
Pembayaran Jasa's result for the same inputs, under that calculator's own input names."""
from __future__ import annotations

import base64

import pytest

from bantu_kontrak import BAYAR, teks_docx_stdlib
from calculators import api
from calculators.format import rupiah, tanggal_id
from calculators.kontrak import pustaka
from calculators.kontrak.isian import terbilang

DOKUMEN = ("kuitansi", "bukti-kas-keluar", "invoice")

KASUS = {
    "pt-pkp-pph23": dict(BAYAR),
    "orang-pribadi-pph21": {"tanggal": "2026-11-20", "penerima": "orang_pribadi", "kategori_pph21": "bukan_pegawai",
                            "punya_npwp": "ya", "pkp": "tidak", "jenis_penghasilan": "jasa_tenaga_ahli",
                            "bruto": "15 jt"},
    "tanpa-npwp": {"tanggal": "2026-12-01", "penerima": "badan", "punya_npwp": "tidak", "pkp": "tidak",
                   "jenis_penghasilan": "jasa", "bruto": "8.000.000"},
    "umkm-final": {"tanggal": "2026-12-01", "penerima": "umkm_suket", "punya_npwp": "ya", "pkp": "tidak",
                   "jenis_penghasilan": "jasa", "bruto": "12.000.000"},
    "termasuk-ppn": {"tanggal": "2026-12-01", "penerima": "badan", "punya_npwp": "ya", "pkp": "ya",
                     "jenis_penghasilan": "jasa", "nilai_termasuk_ppn": "33.300.000"},
}


def _teks(templat: str, bayar: dict) -> tuple[dict, str]:
    h = api.jalankan("templat", {"templat": templat, **bayar})
    assert h["ok"], h.get("kesalahan")
    docx = base64.b64decode(h["hasil"]["unduhan"][0]["base64"])
    return h, " ".join(teks_docx_stdlib(docx).split())


@pytest.mark.parametrize("templat", DOKUMEN)
@pytest.mark.parametrize("kasus", list(KASUS))
def test_angka_dokumen_sama_dengan_kalkulator_pembayaran(templat, kasus):
    bayar = KASUS[kasus]
    k = api.jalankan("pembayaran", bayar)["hasil"]  # the payment page's answer (JSON)
    h, teks = _teks(templat, bayar)
    pph = float(k[k["kode_pph"]])
    assert rupiah(int(float(k["bruto"]))) in teks
    assert rupiah(int(float(k["net_dibayar"]))) in teks
    if pph:
        assert f"{k['jenis_pph']} sebesar {rupiah(int(pph))}" in teks, (kasus, templat)
        if templat != "invoice":
            assert f"{k['jenis_pph']} {rupiah(int(pph))}" in teks, (kasus, templat)  # the table's row
        assert tanggal_id(api.hitung("pembayaran", bayar).keluaran["jatuh_tempo_setor"]) in teks
        assert k["bukti_potong"] in teks
    if float(k["ppn"]):
        assert f"PPN {rupiah(int(float(k['ppn'])))}" in teks
    elif templat != "bukti-kas-keluar":
        assert "PPN Rp" not in teks, (kasus, templat)
    if templat != "bukti-kas-keluar":
        assert rupiah(int(float(k["total_faktur"]))) in teks
        assert terbilang(int(float(k["total_faktur"]))) in teks.lower()
    assert h["hasil"]["isian_kosong"], "the typed fields (names, numbers) are still open"
    assert not [x for x in h["hasil"]["isian_kosong"] if x.startswith(("PPh", "PPN", "Nilai jasa"))]


def test_angka_contoh_sama_dengan_halaman_pembayaran():
    """The computed variables' examples (shown in a blank template's fill-in sheet) are the payment
    calculator's answer for BAYAR: a change in the tax rules that changes them fails here."""
    p = pustaka()
    from calculators.kalkulator.templat import isian_bayar
    from calculators.masukan import baca_tanggal

    k = api.hitung("pembayaran", BAYAR).keluaran
    for kunci, nilai in isian_bayar(k, baca_tanggal(BAYAR["tanggal"]), True, "badan").items():
        assert p.variabel[kunci].dihitung and p.variabel[kunci].contoh == nilai, kunci


def test_invoice_bukan_pkp_tanpa_ppn_dan_menyatakan_statusnya():
    _, teks = _teks("invoice", KASUS["tanpa-npwp"])
    assert "bukan Pengusaha Kena Pajak" in teks
    assert "PPN Tidak ada" in teks and "PPN Rp" not in teks
    _, teks = _teks("invoice", KASUS["pt-pkp-pph23"])
    assert "Status: Pengusaha Kena Pajak" in teks
    assert "nilai lain 11/12" in teks  # DPP nilai lain (PMK 131/2024) from the calculator's dpp_nilai_lain
    assert "Dasar pengenaan PPN Rp25.208.333" in teks


@pytest.mark.parametrize("bruto,meterai", [("5.000.000", False), ("5.000.001", True)])
def test_meterai_kuitansi_dari_kalkulator_bea_meterai(bruto, meterai):
    bayar = {**KASUS["tanpa-npwp"], "bruto": bruto}
    k = api.hitung("pembayaran", {**bayar, "jenis_dokumen": "kuitansi"}).keluaran
    assert bool(k["bea_meterai"]) is meterai
    _, teks = _teks("kuitansi", bayar)
    assert ("meterai Rp10.000 dibubuhkan" in teks) is meterai
    assert ("tidak terutang" in teks) is not meterai


def test_pesan_kalkulator_pembayaran_di_kolomnya_sendiri():
    h = api.jalankan("templat", {"templat": "kuitansi", **BAYAR, "bruto": "abc"})
    galat = api.jalankan("pembayaran", {**BAYAR, "bruto": "abc"})
    assert not h["ok"] and h["kesalahan"] == galat["kesalahan"]
    h = api.jalankan("templat", {"templat": "kuitansi", **BAYAR, "nilai_termasuk_ppn": "10 jt"})
    assert not h["ok"] and {k["kunci"] for k in h["kesalahan"]} == {"nilai_termasuk_ppn"}
    h = api.jalankan("templat", {"templat": "kuitansi", **BAYAR, "tanggal": "1990-01-01"})
    assert not h["ok"] and h["kesalahan"][0]["kunci"] == "tanggal"


def test_tanpa_nilai_baris_pajak_terbuka_dengan_catatan():
    h = api.jalankan("templat", {"templat": "kuitansi", "tanggal": "2026-12-10"})
    assert h["ok"]
    assert "Nilai jasa (bruto, tanpa PPN)" in h["hasil"]["isian_kosong"]
    assert any("Baris pajak" in x for x in h["hasil"]["peringatan"])


def test_isian_halaman_pembayaran_yang_tidak_dipakai_diabaikan_dengan_catatan():
    h = api.jalankan("templat", {"templat": "invoice", **BAYAR, "jenis_dokumen": "surat_perjanjian",
                                 "jumlah_rangkap": "3"})
    assert h["ok"]
    assert any("tidak dipakai" in x for x in h["hasil"]["peringatan"])


def test_templat_lain_tidak_menghitung_pembayaran():
    h = api.jalankan("templat", {"templat": "somasi", **BAYAR})
    assert h["ok"] and not any("PPh 23" in x for x in h["hasil"]["peringatan"])
