"""The template builder calculator ("templat"): the same code the browser runs through Pyodide."""
from __future__ import annotations

import base64
import json

import pytest

from bantu_kontrak import BAYAR, HOSTIL, normal, teks_docx_stdlib, teks_markdown
from calculators import api
from calculators.kalkulator.templat import MASUKAN, kunci_sertakan, kunci_varian
from calculators.kontrak import pustaka
from calculators.kontrak.docx import MIME


def _jalan(data):
    h = api.jalankan("templat", data)
    assert h["ok"], h.get("kesalahan")
    return h


def _unduhan(h):
    u = {x["nama"].rsplit(".", 1)[1]: x for x in h["hasil"]["unduhan"]}
    return base64.b64decode(u["docx"]["base64"]), u["md"]["teks"], u


def test_contoh_berjalan_dan_menghasilkan_dua_unduhan():
    kalk = api.kalkulator("templat")
    h = _jalan(kalk.contoh)
    data, md, u = _unduhan(h)
    assert u["docx"]["mime"] == MIME and u["md"]["mime"] == "text/markdown"
    assert u["docx"]["nama"].endswith(f"-v{pustaka().templat[kalk.contoh['templat']].versi}.docx")
    assert data[:2] == b"PK"
    assert normal(teks_docx_stdlib(data)) == normal(teks_markdown(md))
    assert '<article class="bja-dokumen"' in h["html"]
    json.dumps(h)  # the worker sends it as JSON


def test_setiap_templat_terisi_penuh_dengan_contoh_variabel():
    """Filling every question with its example leaves no open placeholder in any template."""
    p = pustaka()
    for t in p.templat_urut():
        data = {"templat": t.id}
        for v in p.variabel_semua_varian(t):
            if not p.variabel[v].dihitung:  # filled from the payment calculator, not typed
                data[v] = p.variabel[v].contoh or "contoh"
        if t.pembayaran:
            data.update(BAYAR)
        h = _jalan(data)
        docx, md, _ = _unduhan(h)
        assert h["hasil"]["isian_kosong"] == [], (t.id, h["hasil"]["isian_kosong"])
        assert "bja-isian" not in h["html"], t.id
        assert 'w:val="Isian"' not in teks_docx_stdlib(docx)
        assert normal(teks_docx_stdlib(docx)) == normal(teks_markdown(md)), t.id


def test_contoh_variabel_sah_untuk_jenisnya():
    from calculators.kontrak.isian import periksa

    p = pustaka()
    salah = [(v.kunci, v.contoh, periksa(v.contoh, v.jenis)) for v in p.variabel.values()
             if v.contoh and periksa(v.contoh, v.jenis)]
    assert salah == []


@pytest.mark.parametrize("nilai", HOSTIL)
def test_nilai_hostil_literal(nilai):
    h = _jalan({"templat": "spk-harga-tetap", "nama_pihak_pertama": nilai, "uraian_pekerjaan": nilai})
    docx, md, _ = _unduhan(h)
    assert nilai in teks_docx_stdlib(docx)
    assert nilai in teks_markdown(md)
    assert "<script" not in h["html"]


def test_angka_salah_dijelaskan_di_kolomnya():
    h = api.jalankan("templat", {"templat": "spk-harga-tetap", "nilai_kontrak": "1,000",
                                 "tanggal_perjanjian": "31/02/2026"})
    assert not h["ok"]
    pesan = {k["kunci"]: k["pesan"] for k in h["kesalahan"]}
    assert "dua cara" in pesan["nilai_kontrak"]
    assert "kalender" in pesan["tanggal_perjanjian"]


def test_kolom_tak_dikenal_ditolak():
    h = api.jalankan("templat", {"templat": "spk-harga-tetap", "bukan_kolom": "x"})
    assert not h["ok"] and h["kesalahan"][0]["kunci"] == "bukan_kolom"


def test_nilai_ditulis_dengan_terbilang():
    h = _jalan({"templat": "spk-harga-tetap", "nilai_kontrak": "150 jt"})
    assert "Rp150.000.000 (seratus lima puluh juta rupiah)" in h["html"]


def test_varian_dan_pasal_opsional():
    dasar = _jalan({"templat": "spk-harga-tetap"})["hasil"]["unduhan"][1]["teks"]
    k = pustaka().klausul["pembayaran-termin"]
    lain = next(v for v in k.varian if v != k.varian_bawaan)
    diubah = _jalan({"templat": "spk-harga-tetap", kunci_varian("pembayaran-termin"): lain})
    assert diubah["hasil"]["varian"] == {"pembayaran-termin": lain}
    assert diubah["hasil"]["unduhan"][1]["teks"] != dasar
    tanpa = _jalan({"templat": "spk-harga-tetap", kunci_sertakan("uang-muka"): "tidak"})["hasil"]["unduhan"][1]["teks"]
    judul = pustaka().klausul["uang-muka"].judul
    assert f"— {judul}" in dasar and f"— {judul}" not in tanpa


def test_jadwal_termin_dari_kalkulator_termin():
    baris = "Uang muka; 30%; 2026-12-01\nDesain disetujui; 40%; 2027-01-15\nAkhir; sisa; 2027-03-01"
    h = _jalan({"templat": "spk-harga-tetap", "nilai_kontrak": "100.000.001", "jadwal_termin": baris,
                "penerima": "badan", "pkp": "ya", "punya_npwp": "tidak"})
    termin = api.jalankan("termin", {"nilai_kontrak": "100.000.001", "termin": baris, "penerima": "badan",
                                     "pkp": "ya", "punya_npwp": "tidak", "bast_bermeterai": "tidak"})
    assert termin["ok"]
    kunci = ("termin", "keterangan", "tanggal", "bruto", "ppn", "potongan_pph", "net_dibayar")
    assert [{k: r[k] for k in kunci} for r in h["hasil"]["jadwal"]] == \
        [{k: r[k] for k in kunci} for r in termin["hasil"]["jadwal"]]
    assert sum(r["bruto"] for r in h["hasil"]["jadwal"]) == 100_000_001
    md = h["hasil"]["unduhan"][1]["teks"]
    assert "Desain disetujui" in md and "3 (tiga) termin" in md  # jumlah_termin from the schedule
    # an individual provider: the same engine decides (PPh 21), or says beside the field that it cannot
    data = {"templat": "spk-harga-tetap", "nilai_kontrak": "100 jt", "jadwal_termin": baris,
            "penerima": "orang_pribadi", "pkp": "tidak"}
    op = api.jalankan("templat", data)
    sama = api.jalankan("termin", {"nilai_kontrak": "100 jt", "termin": baris, "penerima": "orang_pribadi",
                                   "pkp": "tidak", "bast_bermeterai": "tidak"})
    assert op["ok"] == sama["ok"]
    if op["ok"]:
        assert [r["potongan_pph"] for r in op["hasil"]["jadwal"]] == [r["potongan_pph"] for r in sama["hasil"]["jadwal"]]
    else:
        assert [k["kunci"] for k in op["kesalahan"]] == ["penerima"]
        assert op["kesalahan"][0]["pesan"] == sama["kesalahan"][0]["pesan"]


def test_jadwal_termin_diperiksa_di_kolomnya():
    h = api.jalankan("templat", {"templat": "spk-harga-tetap", "nilai_kontrak": "10 jt",
                                 "jadwal_termin": "A; 50%; 2026-12-01\nB; 40%; 2027-01-01"})
    assert not h["ok"] and h["kesalahan"][0]["kunci"] == "jadwal_termin"
    h = api.jalankan("templat", {"templat": "spk-harga-tetap", "jadwal_termin": "A; 100%; 2026-12-01"})
    assert not h["ok"] and "nilai kontrak" in h["kesalahan"][0]["pesan"]
    h = api.jalankan("templat", {"templat": "spk-harga-tetap", "nilai_kontrak": "10 jt",
                                 "jadwal_termin": "tanpa persen"})
    assert not h["ok"] and h["kesalahan"][0]["kunci"] == "jadwal_termin" and "titik koma" in h["kesalahan"][0]["pesan"]


def test_jadwal_dari_kalkulator_termin_diambil_apa_adanya():
    termin = api.jalankan("termin", api.kalkulator("termin").contoh)["hasil"]["jadwal"]
    h = _jalan({"templat": "spk-harga-tetap", "jadwal_termin": json.dumps(termin)})
    assert [r["net_dibayar"] for r in h["hasil"]["jadwal"]] == [r["net_dibayar"] for r in termin]
    from calculators.format import rupiah
    assert rupiah(termin[0]["net_dibayar"]) in h["hasil"]["unduhan"][1]["teks"]


def test_setiap_variabel_templat_punya_kolom():
    p = pustaka()
    for t in p.templat_urut():
        ketik = {v for v in p.variabel_semua_varian(t) if not p.variabel[v].dihitung}
        assert ketik <= set(MASUKAN), t.id
        assert not {v for v in MASUKAN if v in p.variabel and p.variabel[v].dihitung}
