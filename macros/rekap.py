"""``{{ rekap_bulanan() }}``: the monthly recap page's work area (docs/kalkulator/rekap.md), with a
build-time example recap already in it.

The example rows are computed at build time by the same call the page makes in Pyodide
(``calculators.api.rekap_json``) and rendered by the same view (``calculators.tampilan.rekap``, through ``api.html_rekap``), so
what the reader sees before Python has loaded is exactly what the page would show. The example is
dated in the month before the build's reference date (``macros/acuan.py``), so it is always a month
whose deadlines have just come and whose rules are covered.
"""
from __future__ import annotations

import json
from datetime import date, timedelta

from markupsafe import Markup

from calculators import api
from calculators.rekap import KUNCI_BARIS
from calculators.tampilan.elemen import Mentah, el
from macros import acuan

JUDUL_CONTOH = ["Tanggal", "Nama", "NPWP/NIK", "Nilai", "Jenis penerima", "Jenis penghasilan", "PKP", "No. invoice",
                "Kode objek pajak"]
#: (day of the month, cells after the date): freelancers with and without NPWP, a PKP company, a
#: rent, and a row without the tax-object code its income needs (so the example shows a problem).
BARIS_CONTOH = [
    (3, ["Ani Lestari", "3171234567890001", "15.000.000", "orang_pribadi", "jasa_tenaga_ahli", "tidak", "INV-ANI-01", ""]),
    (5, ["Budi Santoso", "", "10.000.000", "orang_pribadi", "jasa_tenaga_ahli", "tidak", "KW-07", ""]),
    (10, ["PT Teknik Jaya", "0021234567891000", "25.000.000", "badan", "jasa", "ya", "TJ/031", "24-104-01"]),
    (1, ["Pemilik Ruko", "3171234567890003", "30.000.000", "orang_pribadi", "sewa_tanah_bangunan", "tidak", "SEWA-01", ""]),
    (12, ["Citra Dewi", "3171234567890004", "5.000.000", "orang_pribadi", "jasa", "tidak", "C-1", ""]),
]
PEMOTONG_CONTOH = {"npwp": "0013456789012000", "nitku": "", "nama": "PT Contoh Pemotong"}


def data_contoh(acuan_: date) -> dict:
    """The example's request to ``api.rekap_json``: rows in the month before ``acuan_``."""
    bulan = acuan_.replace(day=1) - timedelta(days=1)
    baris = [[f"{hari:02d}/{bulan.month:02d}/{bulan.year}", *isi] for hari, isi in BARIS_CONTOH]
    baris[1][2] = ""  # no NPWP: the 20% higher rate
    from calculators.lembar import cocokkan_judul

    return {"judul": JUDUL_CONTOH, "baris": baris, "pemetaan": cocokkan_judul(JUDUL_CONTOH),
            "pemotong": PEMOTONG_CONTOH, "tanggal_acuan": acuan_.isoformat()}


def _tombol(teks: str, **atribut) -> Mentah:
    return el("button", {"type": "button", "class": "md-button", **{k.replace("_", "-"): v for k, v in atribut.items()}},
              teks)


def _isian(fid: str, label: str, petunjuk: str, nilai: str, **atribut) -> Mentah:
    return el("div", {"class": "bja-medan"}, el("label", {"for": fid}, label),
              el("input", {"id": fid, "type": "text", "value": nilai, "autocomplete": "off",
                           "aria-describedby": f"{fid}-p", **atribut}),
              el("p", {"class": "bja-petunjuk", "id": f"{fid}-p"}, petunjuk))


def area(acuan_: date) -> str:
    data = data_contoh(acuan_)
    hasil = json.loads(api.rekap_json(json.dumps(data)))
    if not hasil["ok"]:
        raise ValueError(f"the recap page's example failed: {hasil['kesalahan']}")
    tabel = el("table", {"class": "bja-rekap-tabel", "id": "rekap-tabel"}, Mentah(hasil["html_kepala"]),
               el("tbody", None, [Mentah(h) for h in hasil["html_baris"]]))
    xml = [_tombol(f"XML {j.upper()}", data_unduh=f"xml-{j}") for j in hasil["coretax"]]
    return el(
        "div", {"class": "bja-rekap", "id": "rekap", "data-contoh": json.dumps(data, ensure_ascii=False),
                "data-kolom": json.dumps(list(KUNCI_BARIS))},
        el("section", {"class": "bja-rekap-bagian bja-rekap-masukan", "aria-labelledby": "rekap-h-pemotong"},
           el("h2", {"id": "rekap-h-pemotong"}, "1. Pemotong"),
           el("div", {"class": "bja-rekap-pemotong"},
              _isian("rekap-npwp", "NPWP pemotong", "16 digit, tanpa titik.", PEMOTONG_CONTOH["npwp"], inputmode="numeric"),
              _isian("rekap-nitku", "NITKU pemotong", "22 digit; kosongkan untuk kantor pusat (NPWP + 000000).", ""),
              _isian("rekap-nama", "Nama pemotong", "Seperti di Coretax.", PEMOTONG_CONTOH["nama"]))),
        el("section", {"class": "bja-rekap-bagian bja-rekap-masukan", "aria-labelledby": "rekap-h-isian"},
           el("h2", {"id": "rekap-h-isian"}, "2. Pembayaran bulan ini"),
           el("div", {"class": "bja-medan"},
              el("label", {"for": "rekap-tempel"}, "Tempel sel dari Excel, Google Sheets atau LibreOffice"),
              el("textarea", {"id": "rekap-tempel", "rows": "6", "spellcheck": "false", "aria-describedby": "rekap-tempel-p",
                              "placeholder": "\t".join(JUDUL_CONTOH)}),
              el("p", {"class": "bja-petunjuk", "id": "rekap-tempel-p"},
                 "Salin blok sel beserta baris judulnya, lalu tempel di sini. Angka boleh ditulis 15.000.000 atau 15 jt.")),
           el("div", {"class": "bja-rekap-tombol"},
              _tombol("Baca tempelan", id="rekap-baca"),
              _tombol("Hapus data", id="rekap-hapus"),
              el("label", {"class": "md-button", "for": "rekap-berkas"}, "Unggah CSV atau XLSX"),
              el("input", {"type": "file", "id": "rekap-berkas", "class": "bja-rekap-berkas",
                           "accept": ".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})),
           el("p", None, "Templat kosong: ", _tombol("Templat XLSX", data_unduh="templat_xlsx"), " ",
              _tombol("Templat CSV", data_unduh="templat_csv"))),
        el("div", {"class": "bja-rekap-status"},
           el("p", {"class": "bja-status", "id": "rekap-status", "role": "status", "aria-live": "polite"},
              "Contoh di bawah dihitung saat situs dibuat. Kalkulator sedang disiapkan di peramban Anda…"),
           el("progress", {"id": "rekap-kemajuan", "hidden": True, "max": "100", "aria-label": "Kemajuan"})),
        el("section", {"class": "bja-rekap-bagian bja-rekap-masukan", "id": "rekap-pemetaan-bagian", "hidden": True,
                       "aria-labelledby": "rekap-h-pemetaan"},
           el("h2", {"id": "rekap-h-pemetaan"}, "3. Cocokkan kolom"),
           el("p", None, "Periksa kolom rekap yang dipakai untuk setiap judul kolom Anda, lalu hitung."),
           el("div", {"id": "rekap-pemetaan", "class": "bja-rekap-pemetaan"}),
           _tombol("Hitung rekap", id="rekap-hitung")),
        el("section", {"class": "bja-rekap-bagian", "aria-labelledby": "rekap-h-hasil"},
           el("h2", {"id": "rekap-h-hasil"}, "Hasil rekap"),
           el("p", {"id": "rekap-asal", "class": "bja-rekap-asal"},
              "Contoh: lima pembayaran. Klik sel untuk mengubahnya; barisnya dihitung ulang."),
           el("div", {"class": "bja-rekap-tombol bja-rekap-unduhan", "id": "rekap-unduhan"},
              el("span", {"id": "rekap-xml"}, xml),
              _tombol("Hasil XLSX", data_unduh="xlsx"), _tombol("Hasil CSV", data_unduh="csv"),
              _tombol("Cetak rekap", id="rekap-cetak")),
           el("div", {"id": "rekap-ringkasan", "class": "bja-rekap-ringkasan"}, Mentah(hasil["html_ringkasan"])),
           el("h3", None, "Rincian per baris"),
           el("div", {"class": "bja-gulir", "tabindex": "0", "role": "region", "aria-label": "Tabel rekap per baris"},
              tabel)),
    )


def daftarkan(env) -> None:
    @env.macro
    def rekap_bulanan() -> Markup:
        return Markup(area(acuan.aktif()))
