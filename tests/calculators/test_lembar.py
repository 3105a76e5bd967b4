"""Spreadsheets for the monthly recap page (calculators/lembar.py) and the page's API
(``api.tabel_json``, ``api.tabel_xlsx``, ``api.rekap_json``, ``api.unduhan_rekap``): pasted cells,
XLSX read and written (round trip, merged cells, formulas, header only, text in amount columns,
a file too big), the header matching, and the results files keeping the reader's columns."""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime

import pytest

openpyxl = pytest.importorskip("openpyxl")

from calculators import api, lembar  # noqa: E402
from calculators.rekap import KesalahanBerkas  # noqa: E402

PEMOTONG = {"npwp": "0013456789012000", "nitku": "", "nama": "PT Contoh Pemotong"}
JUDUL = ["Tanggal", "Nama", "NPWP", "Nilai", "Jenis penerima", "Jenis penghasilan", "No. invoice", "Kode objek pajak"]
BARIS = [
    ["05/03/2026", "Ani Lestari", "3171234567890001", "15.000.000", "orang_pribadi", "jasa_tenaga_ahli", "A-1", ""],
    ["10/03/2026", "PT Teknik Jaya", "0021234567891000", "25.000.000,00", "badan", "jasa", "TJ-1", "24-104-01"],
]


def _xlsx(isi, gabung=(), rumus=None) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for b in isi:
        ws.append(b)
    for r in gabung:
        ws.merge_cells(r)
    if rumus:
        ws[rumus[0]] = rumus[1]
    keluar = io.BytesIO()
    wb.save(keluar)
    return keluar.getvalue()


def _rekap(judul, baris, pemetaan=None):
    return json.loads(api.rekap_json(json.dumps({
        "judul": judul, "baris": baris, "pemetaan": pemetaan or lembar.cocokkan_judul(judul),
        "pemotong": PEMOTONG, "tanggal_acuan": "2026-04-02"})))


def test_judul_umum_dicocokkan():
    assert lembar.cocokkan_judul(JUDUL) == ["tanggal", "nama_penerima", "npwp_penerima", "bruto", "penerima",
                                             "jenis_penghasilan", "nomor_dokumen", "kode_objek_pajak"]
    # our own keys in any case; NIK is the payee's identity; Bruto after Nilai is not mapped twice
    assert lembar.cocokkan_judul(["NAMA_PENERIMA", "NIK", "Nilai", "Bruto", "Catatan internal"]) == [
        "nama_penerima", "npwp_penerima", "bruto", "", ""]
    assert lembar.cocokkan_judul(["tangal"]) == ["tanggal"]  # a close spelling


def test_tempel_dari_lembar_kerja():
    teks = "\n".join("\t".join(b) for b in [JUDUL, *BARIS]) + "\n\n"
    t = json.loads(api.tabel_json(teks))
    assert t["ok"] and t["judul"] == JUDUL and t["baris"] == BARIS
    assert t["pemetaan"][3] == "bruto" and "bruto" in t["kolom"]
    r = _rekap(t["judul"], t["baris"], t["pemetaan"])
    assert r["ok"]
    assert [b["pph"] for b in r["baris"]] == [375_000, 500_000]
    assert [b["bukti"] for b in r["baris"]] == ["BP21", "BPPU"]
    assert set(r["coretax"]) == {"bp21", "bppu"}
    assert len(r["html_baris"]) == 2 and 'data-nomor="2"' in r["html_baris"][1]
    assert "Rp875.000" in r["html_ringkasan"]


def test_csv_titik_koma():
    teks = "\ufeff" + "\n".join(";".join(f'"{c}"' if ";" in c else c for c in b) for b in [JUDUL, *BARIS])
    t = json.loads(api.tabel_json(teks))
    assert t["baris"][1][3] == "25.000.000,00"


def test_kosong_dan_judul_saja():
    assert json.loads(api.tabel_json("  \n"))["ok"] is False
    t = json.loads(api.tabel_json("\t".join(JUDUL)))
    assert t["ok"] and t["baris"] == [] and any("hanya berisi baris judul" in c for c in t["catatan"])
    t = json.loads(api.tabel_xlsx(_xlsx([JUDUL])))
    assert t["ok"] and t["baris"] == [] and any("hanya berisi baris judul" in c for c in t["catatan"])


def test_xlsx_bolak_balik():
    """Template XLSX -> read -> recap -> results XLSX -> read: every cell of the reader's columns kept."""
    t = json.loads(api.tabel_xlsx(lembar.templat_xlsx()))
    assert t["ok"] and t["judul"] == [k for k, _ in lembar.TEMPLAT]
    assert t["baris"] == [[v for _, v in lembar.TEMPLAT]]
    permintaan = json.dumps({"judul": t["judul"], "baris": t["baris"], "pemetaan": t["pemetaan"],
                             "pemotong": PEMOTONG, "tanggal_acuan": "2026-04-02"})
    hasil = api.unduhan_rekap(permintaan, "xlsx")
    ws = openpyxl.load_workbook(io.BytesIO(hasil)).active
    kepala = [c.value for c in ws[1]]
    assert kepala == [*t["judul"], *(h for _, h in lembar.KOLOM_HASIL)]
    baris = [c.value for c in ws[2]]
    assert baris[:len(t["judul"])] == [v or None for v in t["baris"][0]]
    assert baris[kepala.index("hasil_pph")] == 375_000 and baris[kepala.index("hasil_bukti_potong")] == "BP21"
    # and the results file can be read back in as a new recap
    lagi = json.loads(api.tabel_xlsx(hasil))
    assert lagi["judul"] == kepala and lagi["pemetaan"][:len(t["judul"])] == t["pemetaan"]


def test_xlsx_judul_di_atas_tabel():
    isi = [["Daftar pembayaran Maret"], [], JUDUL,
           [datetime(2026, 3, 5), "PT Konsultan Muda", "0031234567892000", 8000000, "badan", "jasa", "K-1", "24-104-03"],
           [date(2026, 3, 6), None, None, 2000000.5, "badan", "jasa", "K-2", "24-104-03"]]
    data = _xlsx(isi, gabung=["A1:H1", "B4:B5", "C4:C5"])
    t = json.loads(api.tabel_xlsx(data))
    assert t["judul"] == JUDUL  # a title row above the header is skipped, and said so
    assert any("di atas baris judul" in c for c in t["catatan"])
    assert [b[1] for b in t["baris"]] == ["PT Konsultan Muda", "PT Konsultan Muda"]


def test_xlsx_baris_judul_dan_gabung():
    isi = [JUDUL,
           [datetime(2026, 3, 5), "PT Konsultan Muda", "0031234567892000", 8000000, "badan", "jasa", "K-1", "24-104-03"],
           [date(2026, 3, 6), None, None, 2000000.5, "badan", "jasa", "K-2", "24-104-03"],
           [date(2026, 3, 7), "PT Lain", "0041234567893000", None, "badan", "jasa", "L-1", "24-104-03"]]
    data = _xlsx(isi, gabung=["B2:B3", "C2:C3"], rumus=("D4", "=D2+D3"))
    t = json.loads(api.tabel_xlsx(data))
    assert t["ok"]
    assert [b[1] for b in t["baris"]] == ["PT Konsultan Muda", "PT Konsultan Muda", "PT Lain"]  # merged: each row
    assert [b[0] for b in t["baris"]] == ["05/03/2026", "06/03/2026", "07/03/2026"]
    assert [b[3] for b in t["baris"]] == ["8000000", "2000000,5", ""]  # a formula never computed: empty, noted
    assert any("gabungan" in c for c in t["catatan"]) and any("rumus" in c for c in t["catatan"])
    r = _rekap(t["judul"], t["baris"], t["pemetaan"])
    assert [b["pph"] for b in r["baris"][:2]] == [160_000, 40_000]
    assert r["baris"][2]["pph"] is None and r["baris"][2]["galat"]  # no amount: a message, the row kept


def test_xlsx_rumus_tersimpan():
    """A formula with a cached value (as Excel saves it) is read as that value (data_only)."""
    data = _xlsx([JUDUL, ["05/03/2026", "A", "3171234567890001", None, "orang_pribadi", "jasa_tenaga_ahli", "A-1", ""]])
    import zipfile

    masuk, keluar = io.BytesIO(data), io.BytesIO()
    with zipfile.ZipFile(masuk) as z, zipfile.ZipFile(keluar, "w") as w:
        for n in z.namelist():
            isi = z.read(n)
            if n == "xl/worksheets/sheet1.xml":
                teks = isi.decode()
                assert '<c r="D2"' not in teks
                teks = teks.replace('<c r="E2"', '<c r="D2"><f>1000*15000</f><v>15000000</v></c><c r="E2"', 1)
                isi = teks.encode()
            w.writestr(n, isi)
    t = json.loads(api.tabel_xlsx(keluar.getvalue()))
    assert t["baris"][0][3] == "15000000"


def test_teks_di_kolom_nilai():
    r = _rekap(JUDUL, [[*BARIS[0][:3], "lima belas juta", *BARIS[0][4:]], BARIS[1]])
    assert r["ok"] and r["baris"][0]["pph"] is None
    assert any("lima belas juta" in g["pesan"] for g in r["baris"][0]["galat"])
    assert r["baris"][1]["pph"] == 500_000 and r["jumlah"]["pph23"] == 500_000


def test_berkas_terlalu_besar_ditolak_sebelum_dibaca():
    with pytest.raises(KesalahanBerkas, match="paling besar 20 MB"):
        lembar.baca_xlsx(b"PK" + b"\0" * (20 * 1024 * 1024))
    assert json.loads(api.tabel_xlsx(b"PK" + b"\0" * (20 * 1024 * 1024)))["ok"] is False
    salah = json.loads(api.tabel_xlsx(b"bukan xlsx"))
    assert not salah["ok"] and "bukan XLSX" in salah["kesalahan"][0]["pesan"]
    rusak = json.loads(api.tabel_xlsx(b"PK\x03\x04rusak"))
    assert not rusak["ok"] and "tidak dapat dibuka" in rusak["kesalahan"][0]["pesan"]


def test_pemetaan_ganda_ditolak():
    r = json.loads(api.rekap_json(json.dumps({"judul": JUDUL, "baris": BARIS, "pemetaan": ["bruto"] * len(JUDUL)})))
    assert not r["ok"] and "lebih dari sekali" in r["kesalahan"][0]["pesan"]


def test_hasil_csv_dan_templat():
    permintaan = json.dumps({"judul": JUDUL, "baris": BARIS, "pemetaan": lembar.cocokkan_judul(JUDUL),
                             "pemotong": PEMOTONG, "tanggal_acuan": "2026-04-02"})
    teks = api.unduhan_rekap(permintaan, "csv")
    baris = list(csv.reader(io.StringIO(teks.lstrip("\ufeff")), delimiter=";"))
    assert baris[0][:len(JUDUL)] == JUDUL and baris[1][:len(JUDUL)] == BARIS[0]
    assert baris[1][baris[0].index("hasil_pph")] == "375.000"
    templat = api.unduhan_rekap("", "templat_csv")
    t = json.loads(api.tabel_json(templat))
    assert t["pemetaan"] == [k for k, _ in lembar.TEMPLAT]


def test_unduhan_memakai_rekap_terakhir_tanpa_menghitung_ulang(monkeypatch):
    permintaan = {"judul": JUDUL, "baris": BARIS, "pemetaan": lembar.cocokkan_judul(JUDUL),
                  "pemotong": PEMOTONG, "tanggal_acuan": "2026-04-02"}
    assert json.loads(api.rekap_json(json.dumps(permintaan)))["ok"]
    import calculators.rekap as modul_rekap
    dipanggil = []
    asli = modul_rekap.rekap
    monkeypatch.setattr(modul_rekap, "rekap", lambda *a, **k: dipanggil.append(1) or asli(*a, **k))
    csv_sama = api.unduhan_rekap(json.dumps(permintaan), "csv")
    api.unduhan_rekap(json.dumps(permintaan), "xlsx")
    assert dipanggil == []  # the table on screen is the table downloaded
    # another table (a cell fixed after the last recap) is computed afresh
    lain = {**permintaan, "baris": [list(b) for b in BARIS]}
    lain["baris"][0][3] = "1.234.567"
    csv_lain = api.unduhan_rekap(json.dumps(lain), "csv")
    assert dipanggil == [1]
    assert csv_lain != csv_sama and ("1.234.567" in csv_lain or "1234567" in csv_lain)


def test_npwp_tersimpan_sebagai_angka_dan_sel_persen_ditandai():
    # an NPWP typed into Excel as a number keeps only 15 significant digits; a rate shown as "2%" is 0,02
    judul = ["Tanggal", "Nama", "NPWP", "Nilai", "Jenis penerima", "Jenis penghasilan", "Tarif P3B"]
    isi = [judul,
           ["2026-03-10", "Budi", 3171234567890000, 5_000_000, "orang_pribadi", "jasa", None],
           ["2026-03-11", "PT Teks", "3171234567890123", 0.02, "badan", "jasa", None]]
    data = _xlsx(isi)
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    wb.active["D3"].number_format = "0%"
    keluar = io.BytesIO()
    wb.save(keluar)
    t = json.loads(api.tabel_xlsx(keluar.getvalue()))
    assert t["ok"]
    assert t["baris"][0][2].startswith("3171234567890000") and t["baris"][0][2] != "3171234567890000"
    assert t["baris"][1][2] == "3171234567890123"  # text stays as it is
    assert t["baris"][1][3] == "2%"
    assert any("tersimpan sebagai angka" in c for c in t["catatan"])
    h = _rekap(t["judul"], t["baris"], t["pemetaan"])
    g0 = " ".join(g["pesan"] for g in h["baris"][0]["galat"])
    assert "tersimpan di Excel sebagai angka" in g0 and "Ketik ulang" in g0
    g1 = [g for g in h["baris"][1]["galat"] if g["kunci"] == "bruto"]
    assert g1, h["baris"][1]["galat"]  # "2%" is not an amount: the row says so, nothing is used silently
