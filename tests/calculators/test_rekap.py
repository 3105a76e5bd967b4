"""The monthly recap (calculators/rekap.py), the Coretax XML (calculators/coretax.py), the CLI
``python -m calculators rekap``, and the spreadsheet contract of issue 14 section 1.

Standard library and pytest only, so it also runs inside Pyodide
(``node tests/pyodide/run.mjs tests/calculators/test_rekap.py``); the CLI tests need a subprocess and
are skipped there.
"""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from calculators import api, coretax, rekap
from calculators.kalkulator.pembayaran import MASUKAN

AKAR = Path(__file__).resolve().parents[2]
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
PEMOTONG = {"npwp": "0013456789012000", "nitku": "0013456789012000000000", "nama": "PT Contoh Pemotong"}
ACUAN = "2026-04-02"

# A month of mixed payments (March 2026). Comments: the hand-checked tax.
BULAN = [
    # 1. freelancer (tenaga ahli) with NPWP: 50% x 15 jt x 5% = 375.000, BP21 21-100-07
    {"tanggal": "2026-03-05", "penerima": "orang_pribadi", "jenis_penghasilan": "jasa_tenaga_ahli",
     "bruto": "15.000.000", "npwp_penerima": "3171234567890001", "nama_penerima": "Ani Lestari",
     "nomor_dokumen": "INV-ANI-03", "tanggal_dokumen": "28/02/2026"},
    # 2. freelancer without NPWP: x120% -> 50% x 10 jt x 6% = 300.000
    {"tanggal": "2026-03-06", "penerima": "orang_pribadi", "jenis_penghasilan": "jasa_tenaga_ahli",
     "punya_npwp": "tidak", "bruto": "10 jt", "npwp_penerima": "3273123456780002", "nama_penerima": "Budi Santoso",
     "nomor_dokumen": "KW-07"},
    # 3. PT, PKP, jasa teknik: 2% x 25 jt = 500.000 (PPN on the invoice 12% x 11/12 = 2.750.000), a branch NITKU
    {"tanggal": "2026-03-10", "penerima": "badan", "pkp": "ya", "bruto": "25 jt", "npwp_penerima": "0021234567891000",
     "nitku_penerima": "0021234567891000000001", "nama_penerima": "PT Teknik Jaya", "nomor_dokumen": "TJ/2026/031",
     "kode_objek_pajak": "24-104-01", "jenis_dokumen": "invoice_tagihan"},
    # 4. PT, not PKP, jasa konsultan: 2% x 8 jt = 160.000
    {"tanggal": "2026-03-11", "penerima": "badan", "bruto": "8 jt", "npwp_penerima": "0031234567892000",
     "nama_penerima": "PT Konsultan Muda", "nomor_dokumen": "K-88", "kode_objek_pajak": "24-104-03"},
    # 5. UMKM vendor (CV) with its Surat Keterangan: 0,5% x 12 jt = 60.000, 28-423-01, facility PP23
    {"tanggal": "2026-03-12", "penerima": "umkm_suket", "bentuk_badan": "cv", "bruto": "12 jt",
     "npwp_penerima": "0041234567893000", "nama_penerima": "CV Kecil", "nomor_dokumen": "CVK-1"},
    # 6. foreign freelancer with a DGT form, treaty 10%: 2.000.000, BP26, facility COD
    {"tanggal": "2026-03-13", "penerima": "luar_negeri", "bentuk_badan": "orang_pribadi", "bruto": "20 jt",
     "tarif_p3b": "10", "dgt_valid": "ya", "npwp_penerima": "S1234567A", "negara_penerima": "SGP",
     "nama_penerima": "Lee Wei", "nomor_dokumen": "LW-3", "nomor_dgt": "DGT-2026-0001"},
    # 7. foreign freelancer without a DGT form: 20% x 20 jt = 4.000.000
    {"tanggal": "2026-03-14", "penerima": "luar_negeri", "bentuk_badan": "orang_pribadi", "bruto": "20 jt",
     "npwp_penerima": "123-45-6789", "negara_penerima": "usa", "nama_penerima": "John Roe", "nomor_dokumen": "JR-3",
     "alamat_penerima": "1 Main St, Springfield"},
    # 8. office rent from an individual: PPh 4(2) 10% x 30 jt = 3.000.000, 28-403-01
    {"tanggal": "2026-03-01", "penerima": "orang_pribadi", "jenis_penghasilan": "sewa_tanah_bangunan",
     "bruto": "30 jt", "npwp_penerima": "3171234567890003", "nama_penerima": "Pemilik Ruko", "nomor_dokumen": "SEWA-03",
     "jenis_dokumen": "surat_perjanjian", "jenis_dokumen_bukti": "Contract"},
    # 9. foreign company, a code the reader gives (only its 27- prefix is checked): 20% x 50 jt = 10.000.000, BPNR
    {"tanggal": "2026-03-16", "penerima": "luar_negeri", "bentuk_badan": "pt", "bruto": "50 jt",
     "npwp_penerima": "UK-998877", "negara_penerima": "GBR", "nama_penerima": "Acme Ltd", "nomor_dokumen": "AC-77",
     "kode_objek_pajak": "27-104-01"},
    # 10. UMKM individual with the Rp500 juta statement, form not stated: nothing withheld, 28-423-03, rate 0
    {"tanggal": "2026-03-17", "penerima": "umkm_suket", "surat_pernyataan_500jt": "ya", "bruto": "4 jt",
     "npwp_penerima": "3171234567890005", "nama_penerima": "Dewi (UMKM)", "nomor_dokumen": "DW-1"},
    # 11. casual worker paid by the day: 2,5 jt / 5 days = 500.000 a day > 450.000: TER 0,5% = 12.500, 21-100-03
    {"tanggal": "2026-03-18", "penerima": "orang_pribadi", "kategori_pph21": "pegawai_tidak_tetap",
     "cara_bayar": "harian", "jumlah_hari": "5", "bruto": "2.500.000", "npwp_penerima": "3171234567890006",
     "nama_penerima": "Eko", "nomor_dokumen": "UPAH-11"},
    # 12. freelancer for general services without a code: computed, but no slip (the code is not guessed)
    {"tanggal": "2026-03-20", "penerima": "orang_pribadi", "bruto": "5 jt", "npwp_penerima": "3171234567890004",
     "nama_penerima": "Citra", "nomor_dokumen": "C-1"},
]
PPH = {1: ("pph21", 375_000), 2: ("pph21", 300_000), 3: ("pph23", 500_000), 4: ("pph23", 160_000),
       5: ("pph_final", 60_000), 6: ("pph26", 2_000_000), 7: ("pph26", 4_000_000), 8: ("pph4_2", 3_000_000),
       9: ("pph26", 10_000_000), 10: ("pph_final", 0), 11: ("pph21", 12_500), 12: ("pph21", 125_000)}

NIL = None
#: The slips of the golden month, element by element (None: written as xsi:nil).
UMUM = {"TaxPeriodMonth": "3", "TaxPeriodYear": "2026", "IDPlaceOfBusinessActivity": PEMOTONG["nitku"]}
BP21 = {
    1: {"CounterpartTin": "3171234567890001", "IDPlaceOfBusinessActivityOfIncomeRecipient": "3171234567890001000000",
        "StatusTaxExemption": "TK/0", "TaxCertificate": "N/A", "TaxObjectCode": "21-100-07", "Gross": "15000000",
        "Deemed": "50", "Rate": "5", "Document": "PaymentProof", "DocumentNumber": "INV-ANI-03",
        "DocumentDate": "2026-02-28", "WithholdingDate": "2026-03-05"},
    2: {"CounterpartTin": "3273123456780002", "IDPlaceOfBusinessActivityOfIncomeRecipient": "3273123456780002000000",
        "StatusTaxExemption": "TK/0", "TaxCertificate": "N/A", "TaxObjectCode": "21-100-07", "Gross": "10000000",
        "Deemed": "50", "Rate": "6", "Document": "PaymentProof", "DocumentNumber": "KW-07", "DocumentDate": NIL,
        "WithholdingDate": "2026-03-06"},
    11: {"CounterpartTin": "3171234567890006", "IDPlaceOfBusinessActivityOfIncomeRecipient": "3171234567890006000000",
         "StatusTaxExemption": "TK/0", "TaxCertificate": "N/A", "TaxObjectCode": "21-100-03", "Gross": "2500000",
         "Deemed": "100", "Rate": "0.5", "Document": "PaymentProof", "DocumentNumber": "UPAH-11", "DocumentDate": NIL,
         "WithholdingDate": "2026-03-18"},
}
BPPU = {
    3: {"CounterpartTin": "0021234567891000", "IDPlaceOfBusinessActivityOfIncomeRecipient": "0021234567891000000001",
        "TaxCertificate": "N/A", "TaxObjectCode": "24-104-01", "TaxBase": "25000000", "Rate": "2",
        "Document": "CommercialInvoice", "DocumentNumber": "TJ/2026/031", "DocumentDate": NIL, "GovTreasurerOpt": "N/A",
        "SP2DNumber": NIL, "WithholdingDate": "2026-03-10"},
    4: {"CounterpartTin": "0031234567892000", "IDPlaceOfBusinessActivityOfIncomeRecipient": "0031234567892000000000",
        "TaxCertificate": "N/A", "TaxObjectCode": "24-104-03", "TaxBase": "8000000", "Rate": "2",
        "Document": "PaymentProof", "DocumentNumber": "K-88", "DocumentDate": NIL, "GovTreasurerOpt": "N/A",
        "SP2DNumber": NIL, "WithholdingDate": "2026-03-11"},
    5: {"CounterpartTin": "0041234567893000", "IDPlaceOfBusinessActivityOfIncomeRecipient": "0041234567893000000000",
        "TaxCertificate": "PP23", "TaxObjectCode": "28-423-01", "TaxBase": "12000000", "Rate": "0.5",
        "Document": "PaymentProof", "DocumentNumber": "CVK-1", "DocumentDate": NIL, "GovTreasurerOpt": "N/A",
        "SP2DNumber": NIL, "WithholdingDate": "2026-03-12"},
    8: {"CounterpartTin": "3171234567890003", "IDPlaceOfBusinessActivityOfIncomeRecipient": "3171234567890003000000",
        "TaxCertificate": "N/A", "TaxObjectCode": "28-403-01", "TaxBase": "30000000", "Rate": "10",
        "Document": "Contract", "DocumentNumber": "SEWA-03", "DocumentDate": NIL, "GovTreasurerOpt": "N/A",
        "SP2DNumber": NIL, "WithholdingDate": "2026-03-01"},
    10: {"CounterpartTin": "3171234567890005", "IDPlaceOfBusinessActivityOfIncomeRecipient": "3171234567890005000000",
         "TaxCertificate": "PP23", "TaxObjectCode": "28-423-03", "TaxBase": "4000000", "Rate": "0",
         "Document": "PaymentProof", "DocumentNumber": "DW-1", "DocumentDate": NIL, "GovTreasurerOpt": "N/A",
         "SP2DNumber": NIL, "WithholdingDate": "2026-03-17"},
}
ASING = {"CounterpartAddress": NIL, "CounterpartDob": NIL, "CounterpartBirthCity": NIL, "CounterpartPassport": NIL,
         "CounterpartKitas": NIL, "Deemed": "100", "Document": "PaymentProof", "DocumentDate": NIL}
BP26 = {
    6: {**ASING, "CounterpartTin": "S1234567A", "CounterpartReceiptNumber": "DGT-2026-0001", "CounterpartName": "Lee Wei",
        "CounterpartCountry": "SGP", "TaxCertificate": "COD", "TaxObjectCode": "27-100-99", "Gross": "20000000",
        "Rate": "10", "DocumentNumber": "LW-3", "WithholdingDate": "2026-03-13"},
    7: {**ASING, "CounterpartTin": "123-45-6789", "CounterpartReceiptNumber": NIL, "CounterpartName": "John Roe",
        "CounterpartCountry": "USA", "CounterpartAddress": "1 Main St, Springfield", "TaxCertificate": "N/A",
        "TaxObjectCode": "27-100-99", "Gross": "20000000", "Rate": "20", "DocumentNumber": "JR-3",
        "WithholdingDate": "2026-03-14"},
}
BPNR = {
    9: {**ASING, "CounterpartTin": "UK-998877", "CounterpartReceiptNumber": NIL, "CounterpartName": "Acme Ltd",
        "CounterpartCountry": "GBR", "TaxCertificate": "N/A", "TaxObjectCode": "27-104-01", "GrossIncome": "50000000",
        "Rate": "20", "DocumentNumber": "AC-77", "GovTreasurerOpt": "N/A", "SP2DNumber": NIL,
        "WithholdingDate": "2026-03-16"},
}
GOLDEN = {"bp21": BP21, "bppu": BPPU, "bp26": BP26, "bpnr": BPNR}


@pytest.fixture(scope="module")
def bulan():
    return rekap.rekap(BULAN, PEMOTONG, ACUAN)


def tunggal(baris: dict) -> dict:
    """The single pembayaran calculator's answer for one recap row."""
    r = api.jalankan("pembayaran", {k: v for k, v in baris.items() if k in MASUKAN})
    assert r["ok"], r
    return r["hasil"]


def slip_xml(h: dict, jenis: str) -> list[ET.Element]:
    akar = ET.fromstring(h["coretax"][jenis])
    s = coretax.susunan(jenis, date(2026, 3, 1))
    assert akar.tag == s.akar
    anak = list(akar)
    assert [a.tag for a in anak] == [s.pemotong, s.daftar]
    assert anak[0].text == PEMOTONG["npwp"]
    return [b for b in anak[1] if b.tag == s.butir]


# --- the golden month ---------------------------------------------------------------------------

def test_bulan_emas_angka_sama_dengan_kalkulator_pembayaran(bulan):
    assert [b["nomor"] for b in bulan["baris"]] == list(range(1, len(BULAN) + 1))
    for b, masukan in zip(bulan["baris"], BULAN):
        satu = tunggal(masukan)
        satu.pop("langkah")
        assert {k: b[k] for k in satu} == satu, b["nomor"]
        jenis, pph = PPH[b["nomor"]]
        assert b[jenis] == pph, b["nomor"]
    assert bulan["ringkasan"] == {"baris": 12, "dihitung": 12, "bergalat": 1, "bukti_potong": 11,
                                  "bukti_potong_per_jenis": {"bppu": 5, "bp21": 3, "bpnr": 1, "bp26": 2}}
    assert [g["kunci"] for g in bulan["baris"][11]["galat"]] == ["kode_objek_pajak"]
    assert all(not b["galat"] for b in bulan["baris"][:11])


def test_bulan_emas_jumlah_dan_setoran(bulan):
    j = bulan["jumlah"]
    assert (j["pph21"], j["pph23"], j["pph26"], j["pph4_2"], j["pph_final"]) == (
        375_000 + 300_000 + 12_500 + 125_000, 660_000, 16_000_000, 3_000_000, 60_000)
    assert j["ppn"] == 2_750_000
    assert j["ppn_jasa_luar_negeri"] == 2_200_000 + 2_200_000 + 5_500_000   # 12% x 11/12 of 20, 20 and 50 jt
    for k in ("net_dibayar", "disetor_pemotong", "bruto"):
        assert j[k] == sum(tunggal(m)[k] for m in BULAN), k
    setoran = {s["pajak"]: s for s in bulan["setoran"]}
    assert set(setoran) == {"pph21", "pph23", "pph26", "pph4_2", "pph_final", "ppn_jasa_luar_negeri"}
    assert setoran["pph21"]["jumlah"] == j["pph21"] and setoran["pph21"]["baris"] == [1, 2, 11, 12]
    for s in setoran.values():
        assert s["masa_pajak"] == "2026-03"
        # 15 April 2026 is a Wednesday; the SPT Masa PPh on 20 April, PPN at the end of April
        assert s["jatuh_tempo_setor"] == "2026-04-15"
        assert s["jatuh_tempo_lapor"] == ("2026-04-30" if s["pajak"] == "ppn_jasa_luar_negeri" else "2026-04-20")
    # each deposit line carries its deposit code (KAP; in Coretax the billing code comes from the SPT Masa)
    assert setoran["pph23"]["kode_setor"] == ["KAP 411124; kode billing dibuat Coretax dari SPT Masa (Bayar dan Lapor)"]
    assert setoran["ppn_jasa_luar_negeri"]["kode_setor"][0].startswith("KAP 411211; buat kode billing di Layanan Mandiri")
    assert all(len(s["kode_setor"]) == 1 for s in setoran.values())


@pytest.mark.parametrize("jenis", sorted(GOLDEN))
def test_bulan_emas_xml_elemen_demi_elemen(bulan, jenis):
    s = coretax.susunan(jenis, date(2026, 3, 1))
    butir = slip_xml(bulan, jenis)
    harapan = GOLDEN[jenis]
    assert len(butir) == len(harapan)
    nomor_slip = {tuple(x["baris"]): x for x in bulan["bukti_potong"] if x["jenis"] == jenis}
    for el, (nomor, nilai) in zip(butir, harapan.items()):
        assert [e.tag for e in el] == list(s.elemen), nomor          # the layout's order, every element
        isi = {e.tag: (None if e.get(XSI_NIL) == "true" else e.text) for e in el}
        assert isi == {**UMUM, **nilai}, nomor
        for e in el:
            if e.get(XSI_NIL) == "true":
                assert e.tag in s.boleh_kosong and not e.text, (nomor, e.tag)
            elif e.tag in s.pilihan:
                assert e.text in s.pilihan[e.tag], (nomor, e.tag)
            if s.jenis_elemen.get(e.tag) == "rupiah":
                assert e.text.isdigit(), (nomor, e.tag)               # whole rupiah, no decimals
        assert nomor_slip[(nomor,)]["kode_objek_pajak"] == nilai["TaxObjectCode"]


@pytest.mark.parametrize("jenis", sorted(GOLDEN))
def test_bulan_emas_pajak_di_xml_sama_dengan_jawaban_tunggal(bulan, jenis):
    # Coretax recomputes Gross x Deemed% x Rate% (TaxBase x Rate% for BPPU): it must give the tax the
    # single-payment calculator withheld.
    for el, nomor in zip(slip_xml(bulan, jenis), GOLDEN[jenis]):
        v = {e.tag: e.text for e in el}
        dasar = D(v.get("TaxBase") or D(v.get("Gross") or v.get("GrossIncome")) * D(v["Deemed"]) / 100)
        pajak = (dasar * D(v["Rate"]) / 100).quantize(D(1))
        jenis_pph, pph = PPH[nomor]
        assert pajak == pph == tunggal(BULAN[nomor - 1])[jenis_pph], nomor


def test_susunan_akar_sesuai_contoh_publik():
    # Roots and list elements as in the public samples (Odoo's BpuBulk, the BP21 converter output).
    assert [(s.akar, s.daftar, s.butir) for s in (coretax.susunan(j, date(2026, 1, 1)) for j in ("bppu", "bp21"))] == [
        ("BpuBulk", "ListOfBpu", "Bpu"), ("Bp21Bulk", "ListOfBp21", "Bp21")]
    for j in coretax.JENIS_BUKTI:
        s = coretax.susunan(j, date(2026, 1, 1))
        assert len(set(s.elemen)) == len(s.elemen) and s.boleh_kosong <= set(s.elemen)
        assert set(s.pilihan) <= set(s.elemen) and set(s.jenis_elemen) <= set(s.elemen)
        assert s.elemen[:2] == ("TaxPeriodMonth", "TaxPeriodYear") and "WithholdingDate" in s.elemen
    with pytest.raises(Exception):
        coretax.susunan("bppu", date(2024, 12, 31))   # before Coretax: no layout


def test_baris_tanpa_langkah_kecuali_diminta(bulan):
    assert "langkah" not in bulan["baris"][0]
    dengan = rekap.rekap(BULAN[:1], PEMOTONG, ACUAN, dengan_langkah=True)
    assert dengan["baris"][0]["langkah"] == tunggal(BULAN[0])["langkah"]


# --- slips that cannot be written ---------------------------------------------------------------

def satu(baris: dict, **kw) -> dict:
    h = rekap.rekap([baris], kw.pop("pemotong", PEMOTONG), kw.pop("acuan", ACUAN), **kw)
    return h


def kunci_galat(h: dict, i: int = 0) -> list[str]:
    return [g["kunci"] for g in h["baris"][i]["galat"]]


def test_dasar_melewati_lapisan_pertama_tidak_ditulis():
    # 50% x 200 jt = 100 jt > 60 jt: two Pasal 17 layers, one Rate cannot express it
    h = satu({**BULAN[0], "bruto": "200 jt"})
    assert h["baris"][0]["pph21"] == 9_000_000                       # still computed and totalled
    assert kunci_galat(h) == ["bruto"] and "lapisan pertama" in h["baris"][0]["galat"][0]["pesan"]
    assert h["coretax"] == {} and h["jumlah"]["pph21"] == 9_000_000


@pytest.mark.parametrize("ubah,kunci,kata", [
    ({"npwp_penerima": "01.234.567.8-901.000"}, "npwp_penerima", "15 digit"),
    ({"npwp_penerima": "31712345678900"}, "npwp_penerima", "16 digit"),
    ({"npwp_penerima": ""}, "npwp_penerima", "16 digit"),
    ({"nitku_penerima": "317123456789000100000"}, "nitku_penerima", "22 digit"),
    ({"nitku_penerima": "9999999999999999000000"}, "nitku_penerima", "tidak diawali"),
    ({"kode_objek_pajak": "24-104-01"}, "kode_objek_pajak", "21-100-"),
    ({"kode_objek_pajak": "21.100.07"}, "kode_objek_pajak", "NN-NNN-NN"),
    ({"kode_objek_pajak": "21-100-13", "jenis_penghasilan": "sewa_tanah_bangunan"}, "kode_objek_pajak", "28-"),
    ({"nomor_dokumen": ""}, "nomor_dokumen", "nomor dokumen"),
    ({"jenis_dokumen_bukti": "Faktur"}, "jenis_dokumen_bukti", "PaymentProof"),
    ({"tanggal_dokumen": "31/02/2026"}, "tanggal_dokumen", "kalender"),
])
def test_baris_yang_tidak_bisa_menjadi_bukti_potong(ubah, kunci, kata):
    h = satu({**BULAN[0], **ubah})
    b = h["baris"][0]
    assert kunci in kunci_galat(h) and any(kata in g["pesan"] for g in b["galat"]), b["galat"]
    assert b["coretax"] is None and h["coretax"] == {}
    assert b["jenis_pph"] and h["ringkasan"]["dihitung"] == 1         # the figures are still there


def test_kode_diberi_dicek_terhadap_daftar_yang_dikenal():
    h = satu({**BULAN[2], "kode_objek_pajak": "24-104-02"})      # another service code of the PPh 23 family
    assert not h["baris"][0]["galat"] and h["bukti_potong"][0]["kode_objek_pajak"] == "24-104-02"
    h = satu({**BULAN[8], "kode_objek_pajak": "27-100-99"})       # the BP26 code on a company (BPNR)
    assert "bp26" in h["baris"][0]["galat"][0]["pesan"].lower()


def test_penerima_luar_negeri_perlu_negara_dan_nomor_dgt():
    h = satu({**BULAN[5], "negara_penerima": "Singapura", "nomor_dgt": ""})
    assert set(kunci_galat(h)) == {"negara_penerima", "nomor_dgt"}


def test_pembayaran_sebelum_coretax_dihitung_tanpa_xml():
    h = satu({**BULAN[0], "tanggal": "2024-11-05"})
    assert h["baris"][0]["pph21"] == 375_000 and h["baris"][0]["bukti_potong"] == "1721-VI"
    assert kunci_galat(h) == ["tanggal"] and "Coretax" in h["baris"][0]["galat"][0]["pesan"]


def test_pemotong_tanpa_npwp_tetap_menghitung():
    h = rekap.rekap(BULAN, None, ACUAN)
    assert h["coretax"] == {} and h["galat"][0]["kunci"] == "pemotong.npwp"
    assert h["jumlah"]["pph23"] == 660_000
    h = rekap.rekap(BULAN, {"npwp": "123"}, ACUAN)
    assert h["coretax"] == {} and "16 digit" in h["galat"][0]["pesan"]
    h = rekap.rekap(BULAN[:1], {"npwp": PEMOTONG["npwp"]}, ACUAN)    # NITKU: NPWP + 000000, said so
    assert "bp21" in h["coretax"] and any("000000" in c for c in h["catatan"])


def test_satu_bukti_potong_per_penerima_kode_dan_masa():
    kedua = {**BULAN[0], "tanggal": "2026-03-25", "bruto": "5 jt", "nomor_dokumen": "INV-ANI-04"}
    h = rekap.rekap([BULAN[0], kedua], PEMOTONG, ACUAN)
    (b,) = h["bukti_potong"]
    assert b["baris"] == [1, 2] and b["pph"] == 375_000 + 125_000 == b["pph_coretax"]
    (el,) = slip_xml(h, "bp21")
    v = {e.tag: e.text for e in el}
    assert (v["Gross"], v["Rate"], v["WithholdingDate"], v["DocumentNumber"]) == ("20000000", "5", "2026-03-25", "INV-ANI-03")
    assert "INV-ANI-04" in b["catatan"][0]
    # another month is another slip
    h = rekap.rekap([BULAN[0], {**kedua, "tanggal": "2026-02-25"}], PEMOTONG, ACUAN)
    assert len(h["bukti_potong"]) == 2


def test_tarif_berbeda_tidak_digabung():
    tanpa = {**BULAN[0], "punya_npwp": "tidak", "nomor_dokumen": "INV-ANI-05"}
    h = rekap.rekap([BULAN[0], tanpa], PEMOTONG, ACUAN)
    assert h["coretax"] == {} and all("tarif yang berbeda" in b["galat"][0]["pesan"] for b in h["baris"])


# --- bad inputs: a clear message, nothing lost --------------------------------------------------

KOLOM = ["tanggal", "penerima", "jenis_penghasilan", "bruto", "npwp_penerima", "nama_penerima", "nomor_dokumen"]
CONTOH = [["05/03/2026", "orang_pribadi", "jasa_tenaga_ahli", "Rp 15.000.000", "3171234567890001", "Ani", "A-1"],
          ["10/03/2026", "badan", "jasa", "2,5 jt", "0021234567891000", "PT Ku", "B-1"]]


def csv_teks(pemisah: str = ",", baris=CONTOH, kolom=KOLOM) -> str:
    def sel(s):
        return f'"{s}"' if pemisah in s or '"' in s else s
    return "\r\n".join(pemisah.join(sel(s) for s in r) for r in [kolom, *baris]) + "\r\n"


def test_csv_titik_koma_bom_dan_angka_indonesia():
    data = ("\ufeff" + csv_teks(";")).encode("utf-8")
    berkas = rekap.baca_csv(data)
    assert berkas.pemisah == ";" and berkas.baris_berkas == [2, 3]
    h = rekap.rekap_csv(data, PEMOTONG, ACUAN)
    assert [b["bruto"] for b in h["baris"]] == [15_000_000, 2_500_000]
    assert h["baris"][0]["pph21"] == 375_000 and h["baris"][1]["pph23"] == 50_000
    assert h["baris"][0]["baris_berkas"] == 2
    # comma-separated, amounts quoted because they hold a comma: the same answer
    assert [b["bruto"] for b in rekap.rekap_csv(csv_teks(","), PEMOTONG, ACUAN)["baris"]] == [15_000_000, 2_500_000]


def test_csv_sep_excel_dan_windows_1252():
    data = ("sep=;\r\n" + csv_teks(";", [[*CONTOH[0][:5], "Agüero", "A-1"]])).encode("cp1252")
    h = rekap.rekap_csv(data, PEMOTONG, ACUAN)
    assert h["baris"][0]["pph21"] == 375_000 and any("Windows-1252" in c for c in h["catatan"])
    assert h["bukti_potong"][0]["nama_penerima"] == "Agüero"


def test_csv_kosong():
    for data in (b"", b"\r\n  \r\n", "\ufeff".encode("utf-8")):
        with pytest.raises(rekap.KesalahanBerkas) as e:
            rekap.baca_csv(data)
        assert "kosong" in e.value.kesalahan[0]["pesan"]


def test_csv_hanya_judul():
    h = rekap.rekap_csv(csv_teks(",", []), PEMOTONG, ACUAN)
    assert h["baris"] == [] and h["coretax"] == {} and h["jumlah"]["pph21"] == 0
    assert any("hanya berisi baris judul" in c for c in h["catatan"])


def test_csv_pemisah_salah():
    with pytest.raises(rekap.KesalahanBerkas) as e:
        rekap.baca_csv(csv_teks("|"))
    pesan = e.value.kesalahan[0]["pesan"]
    assert "koma atau titik koma" in pesan and "“|”" in pesan


def test_csv_kolom_tidak_dikenal_dan_ganda():
    with pytest.raises(rekap.KesalahanBerkas) as e:
        rekap.baca_csv(csv_teks(",", kolom=[*KOLOM[:3], "brutto", *KOLOM[4:]]))
    assert e.value.kesalahan == [{"kunci": "brutto", "pesan": "Kolom “brutto” (kolom ke-4) tidak dikenal. Maksudnya “bruto”?"}]
    with pytest.raises(rekap.KesalahanBerkas) as e:
        rekap.baca_csv(csv_teks(",", kolom=[*KOLOM[:6], "bruto"]))
    assert "dua kali" in e.value.kesalahan[0]["pesan"]


def test_csv_teks_di_kolom_angka_tidak_menghentikan_baris_lain():
    baris = [CONTOH[0], [*CONTOH[1][:3], "dua juta", *CONTOH[1][4:]], [*CONTOH[0][:6], "A-2"]]
    h = rekap.rekap_csv(csv_teks(";", baris), PEMOTONG, ACUAN)
    assert [b["nomor"] for b in h["baris"]] == [1, 2, 3]
    salah = h["baris"][1]
    assert salah["galat"] == [{"kunci": "bruto", "pesan": "“dua juta” tidak dikenali sebagai angka. Tulis misalnya 10.000.000 atau 10 jt."}]
    assert "pph23" not in salah and h["ringkasan"]["dihitung"] == 2
    assert h["jumlah"]["pph21"] == 2 * 375_000 and len(h["bukti_potong"]) == 1   # rows 1 and 3: one payee


def test_csv_sel_lebih_dari_judul():
    h = rekap.rekap_csv(csv_teks(",", [[*CONTOH[0], "lebih"]]), PEMOTONG, ACUAN)
    assert "lebih" in h["baris"][0]["galat"][0]["pesan"] and h["coretax"] == {}


def test_nomor_invoice_ganda_diberi_catatan():
    dua = [BULAN[2], {**BULAN[2], "tanggal": "2026-03-12", "bruto": "5 jt"}, {**BULAN[3], "nomor_dokumen": "TJ/2026/031"}]
    h = rekap.rekap(dua, PEMOTONG, ACUAN)
    ganda = [[c for c in b["catatan"] if c["kunci"] == "nomor_dokumen"] for b in h["baris"]]
    assert [len(g) for g in ganda] == [1, 1, 0]              # another payee may use the same number
    assert "baris 2" in ganda[0][0]["pesan"] and "dibayar dua kali" in ganda[0][0]["pesan"]
    assert not any(b["galat"] for b in h["baris"])          # a warning: the slips are still written


def test_bulan_yang_belum_tiba():
    h = rekap.rekap([BULAN[0], {**BULAN[0], "tanggal": "2026-05-02", "nomor_dokumen": "X-9"}], PEMOTONG, ACUAN)
    assert not h["baris"][0]["galat"]
    assert kunci_galat(h, 1) == ["tanggal"] and "belum tiba" in h["baris"][1]["galat"][0]["pesan"]
    assert h["baris"][1]["pph21"] == 375_000 and h["bukti_potong"][0]["baris"] == [1]
    h = rekap.rekap([BULAN[0]], PEMOTONG)                    # no reference date: said so, not guessed
    assert any("Tanggal acuan tidak diisi" in c for c in h["catatan"])


def test_berkas_20_mb_ditolak_utuh():
    baris = ",".join(CONTOH[0]) + "\r\n"
    data = (",".join(KOLOM) + "\r\n" + baris * (20 * 1024 * 1024 // len(baris) + 1)).encode("utf-8")
    assert len(data) > 20 * 1024 * 1024
    with pytest.raises(rekap.KesalahanBerkas) as e:
        rekap.baca_csv(data)
    pesan = e.value.kesalahan[0]["pesan"]
    assert "20,0 MB" in pesan and "Bagi berkas" in pesan and "Tidak ada baris yang dihitung" in pesan


def test_terlalu_banyak_baris_ditolak_utuh():
    data = csv_teks(",", [CONTOH[0]] * (rekap.BATAS_BARIS + 1))
    with pytest.raises(rekap.KesalahanBerkas) as e:
        rekap.baca_csv(data)
    assert "10.000" in e.value.kesalahan[0]["pesan"]


def test_masukan_json_bentuknya_salah():
    for data, kata in [([], "objek JSON"), ({"pembayaran": {}}, "daftar"), ({"pembayaran": [], "pemotog": {}}, "pemotog"),
                       ({"pembayaran": [], "pemotong": {"npwpp": "1"}}, "npwpp")]:
        with pytest.raises(rekap.KesalahanBerkas) as e:
            rekap.baca_masukan(data)
        assert kata in e.value.kesalahan[0]["pesan"]
    h = rekap.rekap(["bukan objek", BULAN[0]], PEMOTONG, ACUAN)   # a bad row is kept, the others computed
    assert h["baris"][0]["galat"] and h["baris"][1]["pph21"] == 375_000


def test_kolom_tidak_dikenal_tetap_galat_di_baris():
    h = rekap.rekap([{**BULAN[0], "brutto": "1 jt"}], PEMOTONG, ACUAN)
    assert h["baris"][0]["galat"] == [{"kunci": "brutto", "pesan": "Kolom “brutto” tidak dikenal."}]


# --- the CLI ------------------------------------------------------------------------------------

def cli(*argv: str, masukan: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "calculators", "rekap", *argv], input=masukan.encode("utf-8"),
                          capture_output=True, cwd=AKAR)


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocess in Pyodide")
def test_cli_json():
    p = cli(masukan=json.dumps({"pemotong": PEMOTONG, "pembayaran": BULAN, "tanggal_acuan": ACUAN}))
    assert p.returncode == 0, p.stderr
    h = json.loads(p.stdout)
    assert h == json.loads(json.dumps(rekap.rekap(BULAN, PEMOTONG, ACUAN)))
    assert set(h["coretax"]) == {"bppu", "bp21", "bpnr", "bp26"}


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocess in Pyodide")
def test_cli_csv(tmp_path):
    berkas = tmp_path / "maret.csv"
    berkas.write_bytes(("\ufeff" + csv_teks(";")).encode("utf-8"))
    p = cli("--csv", str(berkas), "--npwp-pemotong", PEMOTONG["npwp"], "--tanggal-acuan", ACUAN)
    assert p.returncode == 0, p.stderr
    h = json.loads(p.stdout)
    assert [b["bruto"] for b in h["baris"]] == [15_000_000, 2_500_000] and "bp21" in h["coretax"]
    ET.fromstring(h["coretax"]["bp21"])


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocess in Pyodide")
@pytest.mark.parametrize("argv,masukan,kata", [
    ((), "", "kosong"),
    ((), "{bukan json", "JSON"),
    ((), "[]", "objek JSON"),
    (("--csv", "/tidak/ada.csv"), "", "tidak dapat dibuka"),
    (("--format", "xml"), "", "Pilihan tidak dikenal"),
    (("--tanggal-acuan",), "", "perlu nilai"),
])
def test_cli_masukan_tidak_terbaca_keluar_2(argv, masukan, kata):
    p = cli(*argv, masukan=masukan)
    assert p.returncode == 2
    galat = json.loads(p.stdout)
    assert isinstance(galat, list) and any(kata in g["pesan"] for g in galat), galat


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocess in Pyodide")
def test_cli_csv_kosong_dan_pemisah_salah_keluar_2(tmp_path):
    kosong = tmp_path / "kosong.csv"
    kosong.write_bytes(b"")
    salah = tmp_path / "salah.csv"
    salah.write_text(csv_teks("|"), encoding="utf-8")
    for berkas, kata in ((kosong, "kosong"), (salah, "titik koma")):
        p = cli("--csv", str(berkas))
        assert p.returncode == 2 and kata in json.loads(p.stdout)[0]["pesan"]


# --- section 1: the spreadsheet contract --------------------------------------------------------

def jalan(nama: str, **kw):
    return api.jalankan(nama, kw)


def hasil(nama: str, **kw) -> dict:
    r = jalan(nama, **kw)
    assert r["ok"], r
    return r["hasil"]


def test_pembayaran_bulanan_sejak_2024_setiap_bulan_sendiri():
    h = hasil("pembayaran", tanggal="2026-01-25", penerima="orang_pribadi", berkesinambungan="ya",
              pembayaran_bulanan="10 jt; 15 jt; ; 200 jt")
    baris = h["pembayaran_bulanan"]
    assert [b["bulan"] for b in baris] == [1, 2, 3, 4] and [b["dibayar"] for b in baris] == [True, True, False, True]
    for b in baris:
        if b["dibayar"]:
            satu = hasil("pembayaran", tanggal=b["tanggal"], penerima="orang_pribadi", berkesinambungan="ya",
                         bruto=str(b["bruto"]))
            assert {k: b[k] for k in satu if k not in ("langkah", "peringatan")} == \
                   {k: v for k, v in satu.items() if k not in ("langkah", "peringatan")}
    assert [b["pph21"] for b in baris] == [250_000, 375_000, 0, 9_000_000]   # 200 jt: its own layers
    assert h["pph21"] == 9_625_000 and h["bruto"] == 225_000_000 and h["jumlah_bulan_dibayar"] == 3
    assert baris[1]["tanggal"] == "2026-02-25" and "jatuh_tempo_setor" not in h


def test_pembayaran_bulanan_sebelum_2024_kumulatif():
    h = hasil("pembayaran", tanggal="2023-12-28", penerima="orang_pribadi", berkesinambungan="ya",
              pembayaran_bulanan=["30 jt"] * 12)
    # cumulative DPP 15, 30, 45, 60 jt (5%), then each month 15 jt at 15%
    assert [b["pph21"] for b in h["pembayaran_bulanan"]] == [750_000] * 4 + [2_250_000] * 8
    assert h["pph21"] == 21_000_000
    for i, b in enumerate(h["pembayaran_bulanan"]):
        satu = hasil("pembayaran", tanggal=b["tanggal"], penerima="orang_pribadi", berkesinambungan="ya", bruto="30 jt",
                     pembayaran_sebelumnya=str(30_000_000 * i))
        assert satu["pph21"] == b["pph21"]
    # with PTKP (one payer only): each month deducts PTKP for the months paid so far, as the single call does
    h = hasil("pph21", tanggal="2023-06-28", berkesinambungan="ya", satu_pemotong="ya", status_ptkp="TK/0",
              pembayaran_bulanan="20 jt; 20 jt; 20 jt")
    for i, b in enumerate(h["pembayaran_bulanan"]):
        satu = hasil("pph21", tanggal=b["tanggal"], berkesinambungan="ya", satu_pemotong="ya", status_ptkp="TK/0",
                     bruto="20 jt", pembayaran_sebelumnya=str(20_000_000 * i), jumlah_bulan=str(i + 1))
        assert satu["pph21"] == b["pph21"]
    assert [b["pph21"] for b in h["pembayaran_bulanan"]] == [275_000] * 3   # (10 jt - 54 jt/12 PTKP) x 5%, hand


@pytest.mark.parametrize("kw,kunci", [
    ({"bruto": "1 jt", "pembayaran_bulanan": "1 jt"}, "bruto"),
    ({"pembayaran_bulanan": "0; ;0"}, "pembayaran_bulanan"),
    ({"pembayaran_bulanan": ";".join(["1 jt"] * 13)}, "pembayaran_bulanan"),
    ({"pembayaran_bulanan": "1 jt", "jumlah_bulan": "1"}, "jumlah_bulan"),
    ({"pembayaran_bulanan": "1 jt; satu juta"}, "pembayaran_bulanan"),
    ({"pembayaran_bulanann": "1 jt"}, "pembayaran_bulanann"),     # a typo stays an error
])
def test_pembayaran_bulanan_masukan_buruk(kw, kunci):
    r = jalan("pembayaran", tanggal="2026-03-10", penerima="orang_pribadi", **kw)
    assert not r["ok"] and kunci in [k["kunci"] for k in r["kesalahan"]], r


#: A freelancer's record with every key of the payment contract a spreadsheet may carry.
REKAMAN = {"tanggal": "2026-03-10", "penerima": "orang_pribadi", "bentuk_badan": "orang_pribadi",
           "kategori_pph21": "bukan_pegawai", "punya_npwp": "ya", "pkp": "tidak", "jenis_penghasilan": "jasa_tenaga_ahli",
           "bruto": "15 jt", "komponen_dikecualikan": "0", "dokumen_pendukung": "tidak", "mata_uang": "",
           "tarif_p3b": "", "dgt_valid": "tidak", "surat_pernyataan_500jt": "tidak", "jenis_dokumen": "kuitansi",
           "nilai_nominal": "", "jumlah_rangkap": "1"}


def test_kalkulator_pajak_tunggal_menerima_rekaman_utuh():
    penuh = hasil("pembayaran", **REKAMAN)
    assert hasil("pph21", **REKAMAN) == penuh
    assert hasil("pph21", **{**REKAMAN, "pembayaran_bulanan": "15 jt; 15 jt", "bruto": ""})["pph21"] == 750_000
    r = jalan("pph21", **{**REKAMAN, "penerima": "badan"})
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "penerima" and "pembayaran" in r["kesalahan"][0]["pesan"]
    r = jalan("pph26", **REKAMAN)
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "penerima"
    luar = {**REKAMAN, "penerima": "luar_negeri"}
    assert hasil("pph26", **luar) == hasil("pembayaran", **luar)
    assert hasil("ppn", **{**REKAMAN, "penerima": "badan", "pkp": "ya"})["ppn"] == 1_650_000
    assert hasil("ppn", **{**REKAMAN, "penerima": "badan"})["ppn"] == 0          # pkp=tidak, as the record says
    for nama in ("pph21", "pph26", "ppn", "umkm"):
        r = jalan(nama, **{**REKAMAN, "npwp": "1"})
        assert not r["ok"] and r["kesalahan"] == [{"kunci": "npwp", "pesan": "Kolom “npwp” tidak dikenal."}], nama


def test_umkm_menerima_kunci_kontrak():
    # penerima, jenis_penghasilan, bruto; no tanggal_terdaftar: after PP 20/2026 an individual has no time limit
    h = hasil("umkm", **{**REKAMAN, "tanggal": "2026-06-10"})
    assert h["eligible"] is True and h["peredaran_bruto_total"] == 15_000_000
    assert h["pph_final_per_bulan"][5] == 0           # an individual: under the cumulative Rp500 juta
    assert any("Tanggal terdaftar tidak diisi" in l["teks"] for l in h["langkah"])
    assert any("Bruto Rp15.000.000 dihitung sebagai peredaran bruto Juni 2026" in l["teks"] for l in h["langkah"])
    # before PP 20/2026 the seven years (and the transition for those whose term ended in 2024) make it depend
    r = jalan("umkm", **REKAMAN)
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "tanggal_terdaftar"
    # penerima=orang_pribadi means bentuk_badan=orang_pribadi
    a = hasil("umkm", tanggal="2025-12-31", penerima="orang_pribadi", tanggal_terdaftar="2021-03-01",
              pembayaran_bulanan=["80 jt"] * 12)
    b = hasil("umkm", tanggal="2025-12-31", bentuk_badan="orang_pribadi", tanggal_terdaftar="2021-03-01",
              pembayaran_bulanan=["80 jt"] * 12)
    assert a == b and a["pph_final_total"] == 2_300_000
    r = jalan("umkm", tanggal="2025-06-01", penerima="orang_pribadi", bentuk_badan="pt", bruto="1 jt")
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "bentuk_badan"
    r = jalan("umkm", tanggal="2025-06-01", penerima="badan", bruto="1 jt")
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "bentuk_badan"
    r = jalan("umkm", tanggal="2025-06-01", penerima="luar_negeri", bruto="1 jt")
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "penerima"
    r = jalan("umkm", tanggal="2025-06-01", bruto="1 jt", pembayaran_bulanan="1 jt")
    assert not r["ok"] and r["kesalahan"][0]["kunci"] == "bruto"


@pytest.mark.parametrize("kw,perlu", [
    ({"tanggal": "2026-06-01", "bentuk_badan": "orang_pribadi"}, False),   # PP 20/2026: no time limit
    ({"tanggal": "2025-06-01", "bentuk_badan": "orang_pribadi"}, False),   # 7 years, any start: through 2025 at least
    ({"tanggal": "2026-06-01", "bentuk_badan": "pt_perorangan"}, False),   # PP 20/2026: no limit, no cut-off
    ({"tanggal": "2025-06-01", "bentuk_badan": "pt"}, True),               # 2021 no, 2023 yes: it depends
    ({"tanggal": "2026-06-01", "bentuk_badan": "cv"}, True),               # PP 20/2026 cut-off: it depends
    ({"tanggal": "2025-06-01", "bentuk_badan": "pt", "peredaran_bruto_tahun_lalu": "5 M"}, False),  # over the limit anyway
])
def test_umkm_tanggal_terdaftar_hanya_bila_hasilnya_bergantung(kw, perlu):
    r = jalan("umkm", bruto="10 jt", **kw)
    if perlu:
        assert not r["ok"] and r["kesalahan"][0]["kunci"] == "tanggal_terdaftar"
    else:
        assert r["ok"], r
        # the same answer as with any registration date
        for terdaftar in ("2015-01-01", "2019-05-05", kw["tanggal"]):
            assert hasil("umkm", bruto="10 jt", tanggal_terdaftar=terdaftar, **kw)["eligible"] == r["hasil"]["eligible"]


def test_umkm_suket_surat_pernyataan_tanpa_bentuk_adalah_orang_pribadi():
    h = hasil("pembayaran", tanggal="2026-03-10", penerima="umkm_suket", surat_pernyataan_500jt="ya", bruto="4 jt")
    assert h["pph_final"] == 0 and h["net_dibayar"] == 4_000_000
    assert any("diperlakukan sebagai orang pribadi" in l["teks"] for l in h["langkah"])
    pt = hasil("pembayaran", tanggal="2026-03-10", penerima="umkm_suket", surat_pernyataan_500jt="ya", bruto="4 jt",
               bentuk_badan="pt")
    assert pt["pph_final"] == 20_000 and any("hanya berlaku bagi penyedia orang pribadi" in p for p in pt["peringatan"])
    tanpa = hasil("pembayaran", tanggal="2026-03-10", penerima="umkm_suket", bruto="4 jt")   # no statement: withheld
    assert tanpa["pph_final"] == 20_000
    u = hasil("umkm", tanggal="2026-06-10", penerima="umkm_suket", surat_pernyataan_500jt="ya", bruto="4 jt")
    assert any("dihitung sebagai orang pribadi" in l["teks"] for l in u["langkah"])


def test_pihak_terutang_kode_dan_kalimat():
    h = hasil("pembayaran", tanggal="2026-03-10", penerima="badan", bruto="10 jt")
    assert h["pihak_terutang"] == "penerima_dokumen" and "menerima kuitansi" in h["pihak_terutang_teks"]
    h = hasil("pembayaran", tanggal="2026-03-10", penerima="badan", bruto="10 jt", jenis_dokumen="surat_perjanjian",
              jumlah_rangkap="2")
    assert h["pihak_terutang"] == "para_pihak" and "masing-masing pihak" in h["pihak_terutang_teks"]
    h = hasil("pembayaran", tanggal="2026-03-10", penerima="badan", bruto="1 jt")
    assert h["pihak_terutang"] == "tidak_ada" and h["pihak_terutang_teks"].startswith("tidak ada")
    b = hasil("bea-meterai", jenis_dokumen="kuitansi", nilai_nominal="7.500.000", tanggal="2025-03-10")
    assert b["pihak_terutang"] == "penerima_dokumen" and "penerima dokumen" in b["pihak_terutang_teks"]
    html = api.jalankan("bea-meterai", {"jenis_dokumen": "kuitansi", "nilai_nominal": "7.500.000",
                                        "tanggal": "2025-03-10"})["html"]
    assert "penerima dokumen (pihak" in html and "penerima_dokumen" not in html       # the view shows the sentence


@pytest.mark.parametrize("tanggal,setor", [
    ("2026-02-10", "2026-03-16"),   # 15 March 2026 is a Sunday
    ("2025-03-10", "2025-04-15"),
    ("2024-05-20", "2024-06-19"),   # 15 June 2024 Saturday, 17 Idul Adha, 18 cuti bersama
])
def test_ppn_jasa_luar_negeri_punya_jatuh_tempo(tanggal, setor):
    h = hasil("pembayaran", tanggal=tanggal, penerima="luar_negeri", bruto="10 jt")
    assert h["ppn_jasa_luar_negeri"] > 0 and h["jatuh_tempo_setor_ppn"] == setor
    assert any("PPN atas pemanfaatan jasa dari luar negeri" in l["teks"] for l in h["langkah"])
    assert hasil("pph26", tanggal=tanggal, bruto="10 jt")["jatuh_tempo_setor_ppn"] == setor
    # a domestic PKP's PPN keeps the PPN deadline (end of the next month)
    assert hasil("pembayaran", tanggal="2026-02-10", penerima="badan", pkp="ya", bruto="10 jt")[
        "jatuh_tempo_setor_ppn"] == "2026-03-31"


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocess in Pyodide")
def test_cli_csv_20_mb_keluar_2_dengan_ukuran_sebenarnya(tmp_path):
    baris = ",".join(CONTOH[0]) + "\r\n"
    berkas = tmp_path / "besar.csv"
    berkas.write_bytes((",".join(KOLOM) + "\r\n" + baris * (20 * 1024 * 1024 // len(baris) + 1)).encode("utf-8"))
    p = cli("--csv", str(berkas))
    assert p.returncode == 2
    (galat,) = json.loads(p.stdout)
    assert "20,0 MB" in galat["pesan"] and "paling besar 10,0 MB" in galat["pesan"]


def test_karakter_kendali_tidak_masuk_xml():
    h = satu({**BULAN[0], "nomor_dokumen": "INV\x07-1"})
    assert h["coretax"] == {} and "karakter kendali" in h["baris"][0]["galat"][0]["pesan"]


def _xml_elementtree(s, npwp: str, bukti) -> str:
    """The reference serialisation: the same tree built and written by ElementTree."""
    akar = ET.Element(s.akar, {"xmlns:xsi": coretax.XSI})
    ET.SubElement(akar, s.pemotong).text = npwp
    daftar = ET.SubElement(akar, s.daftar)
    for b in bukti:
        butir = ET.SubElement(daftar, s.butir)
        for e in s.elemen:
            v = b.nilai.get(e)
            if v is None or v == "":
                ET.SubElement(butir, e, {"xsi:nil": "true"})
            else:
                ET.SubElement(butir, e).text = coretax._teks(s, e, v)
    ET.indent(akar, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(akar, encoding="unicode") + "\n"


@pytest.mark.parametrize("jenis", sorted(coretax.JENIS_BUKTI))
def test_xml_ditulis_sama_dengan_elementtree(jenis):
    # coretax.xml writes the document line by line (speed): byte for byte what ElementTree writes,
    # including text that must be escaped and an empty list
    baris = [{**b, "nama_penerima": "PT A & B <Tbk>"} if i == 2 else b for i, b in enumerate(BULAN)]
    sah, salah, _ = coretax.pemotong_sah(coretax.Pemotong(**PEMOTONG))
    assert not salah
    semua = rekap.rekap(baris, PEMOTONG, ACUAN)
    assert jenis in semua["coretax"]
    s = coretax.susunan(jenis, date(2026, 3, 1))
    isian = []
    for nomor, data in enumerate(baris, 1):
        b = rekap._hitung_baris(nomor, data, None)
        if b.r is not None and not b.galat:
            i, _ = coretax.isian(nomor, b.p, b.r, b.idt, sah)
            if i is not None and i.jenis == jenis:
                isian.append(i)
    bukti, _ = coretax.gabung(isian)
    assert bukti
    assert coretax.xml(s, sah.npwp, bukti) == _xml_elementtree(s, sah.npwp, bukti) == semua["coretax"][jenis]
    assert coretax.xml(s, "0013456789012000 & <x>", []) == _xml_elementtree(s, "0013456789012000 & <x>", [])


def test_baris_rekap_sudah_siap_json(bulan):
    # the rows are not converted a second time: every value in them is already a JSON value
    def periksa(v):
        if isinstance(v, dict):
            return all(isinstance(k, str) and periksa(x) for k, x in v.items())
        if isinstance(v, list):
            return all(periksa(x) for x in v)
        return v is None or isinstance(v, (str, int, float, bool))
    assert periksa(bulan["baris"]) and json.loads(json.dumps(bulan)) == bulan
