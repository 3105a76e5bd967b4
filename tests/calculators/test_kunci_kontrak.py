"""The spreadsheet contract: a payment record written with the payment calculator's keys can be sent,
whole, to every tax calculator (issue 14, section 1). Each takes the keys it does not need without
error and answers; an unknown key is still an error, so a typo does not pass silently."""
from __future__ import annotations

import pytest

from calculators import api
from calculators.kalkulator import REGISTER
from calculators.pembayaran_jasa import SKEMA

#: One full record per kind of payee, every key of the contract filled with a value it allows.
UMUM = {
    "tanggal": "2026-11-16", "pemotong": "badan", "bentuk_badan": "", "kategori_pph21": "bukan_pegawai",
    "cara_bayar": "harian", "jumlah_hari": "1", "status_ptkp": "TK/0", "berkesinambungan": "tidak",
    "pembayaran_sebelumnya": "0", "satu_pemotong": "tidak", "jumlah_bulan": "", "punya_npwp": "ya",
    "pkp": "ya", "jenis_penghasilan": "jasa", "sertifikat_konstruksi": "", "bruto": "Rp 10.000.000",
    "komponen_dikecualikan": "0", "dokumen_pendukung": "tidak", "nilai_termasuk_ppn": "", "nilai_valas": "",
    "mata_uang": "", "kurs": "", "tarif_p3b": "", "dgt_valid": "tidak", "net_diterima": "",
    "arti_net": "setelah_pph", "surat_pernyataan_500jt": "tidak", "jenis_dokumen": "kuitansi",
    "nilai_nominal": "11.000.000", "jumlah_rangkap": "1", "pembayaran_bulanan": "",
    "jenis_royalti": "", "pemungut_ppn": "", "pemungut_pmse": "tidak", "penjual_marketplace": "tidak",
    "pph22_marketplace": "dipungut",
}
CATATAN = {
    "badan": {**UMUM, "penerima": "badan"},
    "orang_pribadi": {**UMUM, "penerima": "orang_pribadi", "pkp": "tidak"},
    "luar_negeri": {**UMUM, "penerima": "luar_negeri", "bentuk_badan": "pt", "pkp": "tidak"},
    "umkm_suket": {**UMUM, "penerima": "umkm_suket", "bentuk_badan": "orang_pribadi",
                   "surat_pernyataan_500jt": "tidak"},
}
#: The tax calculators and the records they are for (the others price or schedule work: other inputs).
UNTUK = {
    "pembayaran": list(CATATAN), "pph21": ["orang_pribadi"], "pph23": ["badan"], "pph26": ["luar_negeri"],
    "ppn": ["badan", "luar_negeri"], "umkm": ["umkm_suket", "orang_pribadi"],
    "bea-meterai": list(CATATAN), "jatuh-tempo": list(CATATAN),
}


#: The registered calculators that do not take a payment record: they price or schedule work, or fill
#: a contract template, with inputs of their own.
BUKAN_PEMBAYARAN = {"biaya-karyawan", "biaya-platform", "kredit-sla", "model-harga", "sanksi", "templat", "termin"}


def test_setiap_kalkulator_terdaftar_dipilah():
    # a calculator added to REGISTER is either fed the whole record below or named as one that is not
    # a payment calculator: it cannot be left out of this check by accident
    assert set(UNTUK) | BUKAN_PEMBAYARAN == set(REGISTER) and not set(UNTUK) & BUKAN_PEMBAYARAN


@pytest.mark.parametrize("nama, jenis", [(n, j) for n, js in UNTUK.items() for j in js])
def test_tidak_ada_kolom_tidak_dikenal(nama, jenis):
    h = api.jalankan(nama, CATATAN[jenis])
    assert not [k for k in h.get("kesalahan", []) if "tidak dikenal" in k["pesan"]], h["kesalahan"]


def test_catatan_memakai_setiap_kunci_kontrak():
    for catatan in CATATAN.values():
        assert set(catatan) == set(SKEMA), set(SKEMA) ^ set(catatan)


@pytest.mark.parametrize("nama, jenis", [(n, j) for n, js in UNTUK.items() for j in js])
def test_catatan_utuh_diterima(nama, jenis):
    h = api.jalankan(nama, CATATAN[jenis])
    assert h["ok"], h["kesalahan"]


@pytest.mark.parametrize("nama", sorted(UNTUK))
def test_kunci_salah_ketik_tetap_ditolak(nama):
    h = api.jalankan(nama, {**CATATAN[UNTUK[nama][0]], "brutto": "10 jt"})
    assert not h["ok"]
    assert {"kunci": "brutto", "pesan": "Kolom “brutto” tidak dikenal."} in h["kesalahan"]


def test_jatuh_tempo_dari_tanggal_catatan():
    h = api.jalankan("jatuh-tempo", {**CATATAN["badan"], "jenis_pajak": "pph23"})
    assert h["ok"], h["kesalahan"]
    assert h["hasil"]["masa_pajak"] == "2026-11"
    assert h["hasil"]["jatuh_tempo_setor"] == "2026-12-15"


def test_pph23_menolak_penerima_lain_dengan_arah():
    h = api.jalankan("pph23", {**CATATAN["orang_pribadi"]})
    assert not h["ok"]
    assert h["kesalahan"][0]["kunci"] == "penerima"
    assert "Kalkulator Pembayaran Jasa" in h["kesalahan"][0]["pesan"]


def test_pph23_tanpa_jumlah_meminta_bruto():
    h = api.jalankan("pph23", {"tanggal": "2026-11-16"})
    assert not h["ok"]
    assert h["kesalahan"][0]["kunci"] == "bruto"


def test_pph23_sama_dengan_kalkulator_pembayaran():
    a = api.jalankan("pph23", CATATAN["badan"])["hasil"]
    b = api.jalankan("pembayaran", CATATAN["badan"])["hasil"]
    for k in ("pph23", "ppn", "net_dibayar", "disetor_pemotong", "jatuh_tempo_setor"):
        assert a[k] == b[k], k
