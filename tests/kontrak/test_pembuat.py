"""The template builder calculator ("templat"): the same code the browser runs through Pyodide."""
from __future__ import annotations

import base64
import json

import pytest

from bantu_kontrak import HOSTIL, normal, teks_docx_stdlib, teks_markdown
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
            data[v] = p.variabel[v].contoh or "contoh"
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


def test_jadwal_termin_pajak_dari_kalkulator_pph23():
    h = _jalan({"templat": "spk-harga-tetap", "nilai_kontrak": "100.000.001",
                "jadwal_termin": "Uang muka; 30; 2026-12-01\nDesain disetujui; 40; 2027-01-15\nAkhir; 30",
                "tanggal_perjanjian": "2026-11-30", "pkp": "ya", "punya_npwp": "tidak"})
    jadwal = h["hasil"]["jadwal"]
    assert [r["bruto"] for r in jadwal] == [30000000, 40000000, 30000001]  # the last takes the rest
    for r, tgl in zip(jadwal, ("2026-12-01", "2027-01-15", "2026-11-30")):
        pph = api.jalankan("pph23", {"bruto": str(r["bruto"]), "tanggal": tgl, "pkp": "ya",
                                     "punya_npwp": "tidak", "jenis_penghasilan": "jasa"})["hasil"]
        assert (r["ppn"], r["potongan_pph"], r["net_dibayar"]) == (pph["ppn"], pph["pph23"], pph["net_dibayar"])
    md = h["hasil"]["unduhan"][1]["teks"]
    assert "Desain disetujui" in md and "3 (tiga) termin" in md  # jumlah_termin from the schedule
    assert any("belum bertanggal" in p for p in h["hasil"]["peringatan"])


def test_jadwal_termin_diperiksa():
    h = api.jalankan("templat", {"templat": "spk-harga-tetap", "nilai_kontrak": "10 jt",
                                 "tanggal_perjanjian": "2026-12-01", "jadwal_termin": "A; 50\nB; 40"})
    assert not h["ok"] and "harus 100%" in h["kesalahan"][0]["pesan"]
    h = api.jalankan("templat", {"templat": "spk-harga-tetap", "jadwal_termin": "A; 100"})
    assert not h["ok"] and "nilai kontrak" in h["kesalahan"][0]["pesan"]
    h = api.jalankan("templat", {"templat": "spk-harga-tetap", "jadwal_termin": "tanpa persen"})
    assert not h["ok"] and "titik koma" in h["kesalahan"][0]["pesan"]


def test_jadwal_dari_kalkulator_termin_diambil_apa_adanya():
    baris = [{"termin": "1", "deliverable": "Desain", "tanggal": "2026-12-01", "bruto": 10_000_000,
              "ppn": 1_100_000, "potongan_pph": 200_000, "net_dibayar": 10_900_000}]
    h = _jalan({"templat": "spk-harga-tetap", "jadwal_termin": json.dumps(baris)})
    assert h["hasil"]["jadwal"][0]["net_dibayar"] == 10_900_000
    assert "Rp10.900.000" in h["hasil"]["unduhan"][1]["teks"]


def test_setiap_variabel_templat_punya_kolom():
    p = pustaka()
    for t in p.templat_urut():
        assert set(p.variabel_semua_varian(t)) <= set(MASUKAN), t.id
