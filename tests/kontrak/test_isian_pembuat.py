"""What the builder does with what a reader types (issue 16, defects 6 and 7): direction controls
removed with a note, each field checked against its type and bounds with a message in the field's
own unit, rules between fields, no download while a field is invalid, and a download named after
the parties and the date."""
from __future__ import annotations

import base64
import io
import zipfile

import pytest

from calculators import api
from calculators.kontrak import KesalahanData, baca_variabel, pustaka
from calculators.kontrak.isian import KENDALI_ARAH, bersihkan_arah, periksa

ARAH = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200e", "\u200f", "\u061c"]
JADWAL_3 = "Uang muka; 30%; 2027-01-15\nDesain; 30%; 2027-02-15\nSerah terima; sisa; 2027-03-15"


def _jalan(data):
    return api.jalankan("templat", {"templat": "spk-harga-tetap", **data})


def _kesalahan(data):
    h = _jalan(data)
    assert not h["ok"], "isian tidak sah diterima"
    assert "hasil" not in h, "hasil (dan unduhannya) tetap diberikan saat isian tidak sah"
    return {k["kunci"]: k["pesan"] for k in h["kesalahan"]}


def _berkas(h):
    u = {x["nama"].rsplit(".", 1)[1]: x for x in h["hasil"]["unduhan"]}
    data = base64.b64decode(u["docx"]["base64"])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return xml, u["md"]["teks"], u


# --- defect 6: direction controls ------------------------------------------------------------

@pytest.mark.parametrize("c", ARAH, ids=[f"U+{ord(c):04X}" for c in ARAH])
def test_kendali_arah_dibuang(c):
    assert bersihkan_arah(f"{c}abc") == ("abc", True)


def test_kendali_arah_tidak_sampai_ke_docx_markdown_html():
    h = _jalan({"nama_pihak_kedua": "Zeta\u202eabc\u2066 Jaya\u2069", "kota_perjanjian": "\u202eabc"})
    assert h["ok"], h.get("kesalahan")
    xml, md, _ = _berkas(h)
    for nama, teks in (("docx", xml), ("md", md), ("html", h["html"])):
        assert not KENDALI_ARAH.search(teks), nama
        assert "Zetaabc Jaya" in teks, nama
        assert "abc" in teks, nama
    catatan = {c["kunci"]: c["pesan"] for c in h["hasil"]["catatan_isian"]}
    assert set(catatan) == {"nama_pihak_kedua", "kota_perjanjian"}
    assert "pengatur arah teks" in catatan["kota_perjanjian"] and "dihapus" in catatan["kota_perjanjian"]
    assert any("pengatur arah teks" in p for p in h["hasil"]["peringatan"])


def test_tanpa_kendali_arah_tanpa_catatan():
    h = _jalan({"nama_pihak_kedua": "Budi"})
    assert h["hasil"]["catatan_isian"] == []


def test_kendali_arah_dibuang_sebelum_diperiksa():
    """A number with a direction control is read as the number, not refused."""
    h = _jalan({"hari_pembayaran": "\u202e30"})
    assert h["ok"], h.get("kesalahan")
    assert "30 (tiga puluh)" in h["hasil"]["unduhan"][1]["teks"]


# --- defect 7: each field's bounds, in its own unit -----------------------------------------

@pytest.mark.parametrize("nilai", ["0", "2,5", "100000", "-3"])
def test_tenggat_pembayaran_hari_bulat_1_sampai_365(nilai):
    pesan = _kesalahan({"hari_pembayaran": nilai})["hari_pembayaran"]
    assert "365" in pesan and "hari" in pesan
    assert "Rp" not in pesan and "10 jt" not in pesan


def test_hari_bukan_angka_tanpa_petunjuk_uang():
    pesan = _kesalahan({"hari_pembayaran": "tiga puluh"})["hari_pembayaran"]
    assert "hari kalender" in pesan and "misalnya 30" in pesan
    assert "Rp" not in pesan and "jt" not in pesan and "10.000.000" not in pesan


@pytest.mark.parametrize("nilai", ["1", "365", "30"])
def test_tenggat_pembayaran_sah(nilai):
    assert _jalan({"hari_pembayaran": nilai})["ok"]


def test_denda_harian_dibatasi_dengan_alasan():
    pesan = _kesalahan({"denda_keterlambatan_pembayaran": "50"})["denda_keterlambatan_pembayaran"]
    assert "persen per hari" in pesan and "0,1" in pesan
    assert "pembuat templat" in pesan and "bukan oleh undang-undang" in pesan
    assert _jalan({"denda_keterlambatan_pembayaran": "0,1"})["ok"]
    assert "denda_keterlambatan_pembayaran" in _kesalahan({"denda_keterlambatan_pembayaran": "0,5"})


@pytest.mark.parametrize("nilai", ["100", "0"])
def test_batas_seluruh_denda_bukan_100_persen(nilai):
    pesan = _kesalahan({"batas_denda_pembayaran": nilai})["batas_denda_pembayaran"]
    assert "persen" in pesan and "50" in pesan


def test_tanggal_selesai_tidak_sebelum_tanggal_mulai():
    salah = _kesalahan({"tanggal_mulai_pekerjaan": "2027-03-01", "tanggal_selesai_pekerjaan": "2027-02-01"})
    assert "1 Maret 2027" in salah["tanggal_selesai_pekerjaan"]
    assert _jalan({"tanggal_mulai_pekerjaan": "2027-03-01", "tanggal_selesai_pekerjaan": "2027-03-01"})["ok"]


def test_tanggal_berakhir_tidak_sebelum_mulai_berlaku():
    h = api.jalankan("templat", {"templat": "retainer-bulanan", "tanggal_mulai_berlaku": "2027-01-01",
                                 "tanggal_berakhir": "2026-12-31"})
    assert not h["ok"] and h["kesalahan"][0]["kunci"] == "tanggal_berakhir"


def test_jumlah_termin_sama_dengan_baris_jadwal():
    salah = _kesalahan({"nilai_kontrak": "100 jt", "jadwal_termin": JADWAL_3, "jumlah_termin": "5"})
    assert "3 baris" in salah["jumlah_termin"] and "5 termin" in salah["jumlah_termin"]
    h = _jalan({"nilai_kontrak": "100 jt", "jadwal_termin": JADWAL_3, "jumlah_termin": "3"})
    assert h["ok"], h.get("kesalahan")
    h = _jalan({"nilai_kontrak": "100 jt", "jadwal_termin": JADWAL_3})
    assert "3 (tiga)" in h["hasil"]["unduhan"][1]["teks"]


@pytest.mark.parametrize("nilai", ["bukan-email", "a@b", "dua@alamat.id satu@alamat.id", "@contoh.co.id"])
def test_surel_harus_berbentuk_alamat(nilai):
    pesan = _kesalahan({"surel_pihak_pertama": nilai})["surel_pihak_pertama"]
    assert "surel" in pesan and "@" in pesan


def test_surel_sah():
    assert _jalan({"surel_pihak_pertama": "legal.kontrak@maju-bersama.co.id"})["ok"]


def test_nama_paling_banyak_200_karakter():
    pesan = _kesalahan({"nama_pihak_pertama": "A" * 201})["nama_pihak_pertama"]
    assert "200 karakter" in pesan
    assert _jalan({"nama_pihak_pertama": "A" * 200})["ok"]


def test_setiap_variabel_angka_punya_batas():
    p = pustaka()
    tanpa = [v.kunci for v in p.variabel.values()
             if v.jenis in ("angka", "persen") and (v.minimum is None or v.maksimum is None or not v.satuan)]
    assert tanpa == []
    hari = [v.kunci for v in p.variabel.values() if v.jenis == "angka" and "hari" in v.kunci
            and not (v.bulat and v.satuan.startswith("hari"))]
    assert hari == []
    teks = [v.kunci for v in p.variabel.values() if v.jenis in ("teks", "teks_panjang") and not v.panjang_maks
            and not v.dihitung]  # the computed ones are never typed
    assert teks == []
    nama = [k for k in ("nama_pihak_pertama", "nama_pihak_kedua", "nama_wakil_pihak_pertama",
                        "nama_wakil_pihak_kedua") if p.variabel[k].panjang_maks != 200]
    assert nama == []
    for v in p.variabel.values():
        for lain in v.tidak_sebelum:
            assert p.variabel[lain].jenis == "tanggal", (v.kunci, lain)


def test_batas_tidak_dikenal_ditolak():
    with pytest.raises(KesalahanData):
        baca_variabel("x", {"label": "X", "jenis": "teks", "maks": 3}, "uji")
    with pytest.raises(KesalahanData):
        baca_variabel("x", {"label": "X", "jenis": "teks", "minimum": 3}, "uji")


def test_pesan_menyebut_satuan_sendiri():
    p = pustaka()
    assert "bulan" in periksa("0", p.variabel["perpanjangan_bulan"])
    assert "tahun" in periksa("99", p.variabel["nda_tahun_kewajiban"])
    assert "jam" in periksa("1000", p.variabel["notifikasi_insiden_jam"])
    assert "Rp" not in periksa("0", p.variabel["perpanjangan_bulan"])


# --- downloads -------------------------------------------------------------------------------

def test_nama_unduhan_menurut_para_pihak_dan_tanggal():
    h = _jalan({"nama_pihak_pertama": "PT Maju", "nama_pihak_kedua": "Budi", "tanggal_perjanjian": "2026-12-03"})
    assert h["hasil"]["nama_berkas"] == "spk-harga-tetap_pt-maju_budi_2026-12-03"
    _, _, u = _berkas(h)
    assert u["docx"]["nama"] == "spk-harga-tetap_pt-maju_budi_2026-12-03.docx"
    assert u["md"]["nama"] == "spk-harga-tetap_pt-maju_budi_2026-12-03.md"


def test_nama_unduhan_ascii():
    h = _jalan({"nama_pihak_pertama": "CV Sinar Élan & Rekan, Tbk.", "nama_pihak_kedua": "Ñoño\u202e"})
    nama = h["hasil"]["nama_berkas"]
    assert nama == "spk-harga-tetap_cv-sinar-elan-rekan-tbk_nono"
    assert nama.isascii()


def test_nama_unduhan_templat_kosong_tetap_bernomor_versi():
    h = _jalan({})
    t = pustaka().templat["spk-harga-tetap"]
    assert h["hasil"]["nama_berkas"] == t.nama_berkas


def test_isian_tidak_sah_tanpa_unduhan():
    h = _jalan({"hari_pembayaran": "0", "nama_pihak_pertama": "PT Maju"})
    assert h["ok"] is False and "hasil" not in h and "html" not in h


# --- non-compete and escrow: selectable, left out unless chosen -------------------------------

@pytest.mark.parametrize("tid,kid", [("spk-harga-tetap", "escrow"), ("spk-harga-tetap", "larangan-bersaing"),
                                     ("spk-per-jam", "larangan-bersaing"),
                                     ("retainer-bulanan", "larangan-bersaing")])
def test_larangan_bersaing_dan_escrow_dapat_dipilih(tid, kid):
    from calculators.kalkulator.templat import kunci_sertakan
    from calculators.kontrak.markdown import markdown
    from calculators.kontrak.rakit import rakit

    p = pustaka()
    judul = p.klausul[kid].judul
    assert judul not in markdown(rakit(tid, p)), "pasal opsional ini harus tidak termasuk kecuali dipilih"
    kalk = api.kalkulator("templat")
    assert kalk.contoh[kunci_sertakan(kid)] == "tidak"
    tanpa = api.jalankan("templat", {"templat": tid})["hasil"]["unduhan"][1]["teks"]
    dengan = api.jalankan("templat", {"templat": tid, kunci_sertakan(kid): "ya"})["hasil"]["unduhan"][1]["teks"]
    assert judul not in tanpa and judul in dengan


@pytest.mark.parametrize("tid,data,nama", [
    ("surat-kuasa", {"kuasa_nama_perusahaan": "PT Maju", "kuasa_nama_penerima": "Dewi",
                     "kuasa_tanggal": "2026-12-03", "kuasa_tanggal_berakhir": "2027-03-31"},
     "surat-kuasa_pt-maju_dewi_2026-12-03"),
    ("somasi", {"nama_pihak_pertama": "PT Maju", "nama_pihak_kedua": "Budi", "tanggal_perjanjian_pokok": "2026-01-05",
                "somasi_tanggal_surat": "2026-12-03"}, "somasi_pt-maju_budi_2026-12-03"),
    ("perintah-kerja", {"nama_pihak_pertama": "PT Maju", "nama_pihak_kedua": "Budi",
                        "tanggal_perjanjian_pokok": "2026-01-05", "pk_tanggal": "2027-01-04"},
     "perintah-kerja_pt-maju_budi_2027-01-04"),
])
def test_nama_unduhan_surat_memakai_tanggal_suratnya(tid, data, nama):
    h = api.jalankan("templat", {"templat": tid, **data})
    assert h["ok"], h.get("kesalahan")
    assert h["hasil"]["nama_berkas"] == nama


def test_tenggat_somasi_tidak_sebelum_tanggal_surat():
    h = api.jalankan("templat", {"templat": "somasi", "somasi_tanggal_surat": "2026-12-03",
                                 "somasi_tanggal_batas": "2026-12-01"})
    assert not h["ok"] and h["kesalahan"][0]["kunci"] == "somasi_tanggal_batas"
