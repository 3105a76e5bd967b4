"""Outputs at a glance: every schedule's CSV is written from the rows its table on the page shows
(termin, UMKM months, SLA periods, platform fees, employer cost per month), and a question that
only steers the form (which amount the reader knows) never reaches the calculator."""
from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

import pytest

from calculators import api


class _Tabel(HTMLParser):
    """The rows of the table with class ``kelas``: a list of cell texts per row (<br> as ' · ')."""

    def __init__(self, kelas: str):
        super().__init__()
        self.kelas, self.dalam, self.baris, self.sel = kelas, 0, [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            if self.dalam or self.kelas in (a.get("class") or "").split():
                self.dalam += 1
        elif self.dalam and tag == "tr":
            self.baris.append([])
        elif self.dalam and tag in ("td", "th"):
            self.sel = ""
        elif self.dalam and tag == "br" and self.sel is not None:
            self.sel += " · "

    def handle_endtag(self, tag):
        if tag == "table" and self.dalam:
            self.dalam -= 1
        elif self.dalam and tag in ("td", "th") and self.sel is not None:
            self.baris[-1].append(" ".join(self.sel.split()))
            self.sel = None

    def handle_data(self, data):
        if self.sel is not None:
            self.sel += data


def _tabel(html: str, kelas: str) -> list[list[str]]:
    p = _Tabel(kelas)
    p.feed(html)
    assert p.baris, f"tabel {kelas} tidak ada"
    return p.baris


def _rp(teks: str) -> int:
    """'Rp23.162.500' (maybe followed by ' · 25%') -> 23162500."""
    angka = teks.split(" · ")[0].replace("Rp", "").replace(".", "").replace("−", "-")
    return int(angka)


def _csv(hasil: dict, nama: str) -> list[dict[str, str]]:
    (u,) = [u for u in hasil["unduhan"] if u["nama"] == nama]
    assert u["mime"] == "text/csv" and u["teks"].endswith("\r\n")
    return list(csv.DictReader(io.StringIO(u["teks"]), delimiter=";"))


def _jalan(nama: str, **ubah) -> dict:
    r = api.jalankan(nama, {**api.kalkulator(nama).contoh, **ubah})
    assert r["ok"], r
    return r


def test_csv_termin_sama_dengan_tabel_dan_bea_meterai_bast_ikut():
    r = _jalan("termin")
    baris = _csv(r["hasil"], "jadwal-termin.csv")
    tabel = _tabel(r["html"], "bja-tabel-termin")[1:]  # without the header row
    assert len(baris) == len(tabel)
    for b, t in zip(baris, tabel):
        assert [int(b[k]) for k in ("bruto", "ppn", "potongan_pph", "net_dibayar")] == [_rp(x) for x in t[1:]]
        # the row's stamp duty: what its cell says, kuitansi and BAST together
        meterai = t[0].split("meterai: ")[-1] if "meterai: " in t[0] else "tidak"
        tampil = 0 if meterai == "tidak" and b["termin"] != "Jumlah" else sum(
            _rp(x.split(" ")[-1]) for x in meterai.split(", ")) if b["termin"] != "Jumlah" else int(b["bea_meterai"])
        assert int(b["bea_meterai"]) == tampil, (b, t[0])
    # The example has a BAST with stamp duty: the CSV's total is the summary's, not the kuitansi's only.
    assert int(baris[-1]["bea_meterai"]) == r["hasil"]["total_bea_meterai"]
    assert r["hasil"]["total_bea_meterai"] > sum(x["bea_meterai"] for x in r["hasil"]["jadwal"])


def test_csv_umkm_per_bulan_sama_dengan_tabel():
    r = _jalan("umkm")
    baris = _csv(r["hasil"], "pph-final-per-bulan.csv")
    tabel = _tabel(r["html"], "bja-tabel-bulan")[1:]
    assert len(baris) == len(tabel) == 12
    assert [int(b["pph_final"]) for b in baris] == [_rp(t[2]) for t in tabel] == r["hasil"]["pph_final_per_bulan"]
    assert [int(b["peredaran_bruto"]) for b in baris] == [_rp(t[1]) for t in tabel]
    assert sum(int(b["pph_final"]) for b in baris) == r["hasil"]["pph_final_total"]
    # not eligible: no monthly table, no CSV
    tidak = _jalan("umkm", peredaran_bruto_tahun_lalu="6 M")
    if not tidak["hasil"]["eligible"]:
        assert "unduhan" not in tidak["hasil"] and "bja-tabel-bulan" not in tidak["html"]


def test_csv_kredit_sla_sama_dengan_tabel():
    r = _jalan("kredit-sla")
    baris = _csv(r["hasil"], "kredit-per-periode.csv")
    tabel = _tabel(r["html"], "bja-tabel-periode")[1:]
    assert len(baris) == len(tabel)
    assert [b["periode"] for b in baris] == [t[0].split(" · ")[0] for t in tabel[:-1]] + ["Total"]
    assert [int(b["kredit (rupiah)"]) for b in baris] == [_rp(t[-1]) for t in tabel]
    assert int(baris[-1]["kredit (rupiah)"]) == r["hasil"]["kredit_terutang"]


def test_csv_biaya_karyawan_per_bulan_sama_dengan_tabel():
    r = _jalan("biaya-karyawan")
    baris = _csv(r["hasil"], "iuran-pemberi-kerja-per-bulan.csv")
    tabel = _tabel(r["html"], "bja-tabel-bulan")[1:]
    assert len(baris) == len(tabel) == len(r["hasil"]["per_bulan"])
    for b, t in zip(baris, tabel):
        assert [int(v) for k, v in b.items() if k != "bulan"] == [_rp(x) for x in t[1:]]


def test_csv_biaya_platform_sama_dengan_tabel():
    r = _jalan("biaya-platform")
    banding = _csv(r["hasil"], "perbandingan-saluran.csv")
    tabel = _tabel(r["html"], "bja-tabel-banding")[1:]
    assert [b["saluran"] for b in banding] == [t[0] for t in tabel]
    for b, t in zip(banding, tabel):
        for k, x in (("anda_keluarkan", t[1]), ("penyedia_terima", t[2])):
            assert (b[k] or "–") == (x if x == "–" else str(_rp(x)))
    rincian = _csv(r["hasil"], "rincian-biaya-saluran.csv")
    tabel = _tabel(r["html"], "bja-tabel-biaya")[1:]
    assert [(b["biaya"], int(b["rupiah"])) for b in rincian] == [(t[0], _rp(t[3])) for t in tabel]


def test_csv_sel_tidak_membulatkan_dan_mengutip():
    from datetime import date
    from decimal import Decimal

    from calculators.kalkulator._unduhan import csv_tabel

    teks = csv_tabel([("a", "a", "rupiah"), ("b", "b", "persen"), ("c", "c", "tanggal"), ("d", "d", "teks"),
                      ("e", "e", "ya_tidak")],
                     [{"a": Decimal("1500000.50"), "b": Decimal("0.3"), "c": date(2027, 1, 15), "d": 'x; "y"',
                       "e": True}, {"a": None}])
    assert teks == 'a;b;c;d;e\r\n1500000,5;30,00;2027-01-15;"x; ""y""";ya\r\n;;;;\r\n'


def test_pertanyaan_hanya_formulir_tidak_dikirim_dan_memilih_kolom_contoh():
    formulir = pytest.importorskip("macros.formulir")  # the site's macros: CPython only
    pertanyaan = [
        {"kunci": "penerima", "label": "P", "jenis": "pilihan",
         "pilihan": {"badan": "B", "orang_pribadi": "O", "umkm_suket": "U", "luar_negeri": "L"}},
        {"kunci": "angka_diketahui", "label": "A", "jenis": "pilihan", "hanya_formulir": True,
         "pilihan": {"bruto": "Bruto", "bersih": "Bersih"}},
        {"kunci": "bruto", "label": "B", "jenis": "uang", "tampil_jika": {"angka_diketahui": ["bruto"]}},
        {"kunci": "net_diterima", "label": "N", "jenis": "uang", "tampil_jika": {"angka_diketahui": ["bersih"]}},
        {"kunci": "tanggal", "label": "T", "jenis": "tanggal"},
    ]
    awal = {"penerima": "badan", "net_diterima": "25 jt", "tanggal": "2026-06-15"}
    contoh = formulir.contoh_formulir("pembayaran", pertanyaan, awal)
    assert contoh["angka_diketahui"] == "bersih"  # the answer that shows the example's amount
    assert formulir.contoh_formulir("pembayaran", pertanyaan, {**awal, "net_diterima": "", "bruto": "1 jt"}
                                    )["angka_diketahui"] == "bruto"
    html = formulir.formulir_html("pembayaran", pertanyaan, awal)
    assert 'data-kunci="angka_diketahui" data-hanya-formulir' in html
    assert 'data-kunci="bruto" data-hanya-formulir' not in html
    # the build-time result is the calculator's answer for the example without the form-only key
    assert api.jalankan("pembayaran", awal)["html"] in html
    css = formulir.css_tampil(pertanyaan)
    assert 'option[value="bruto"]:checked' in css and '[data-kunci="net_diterima"]' in css
    # a form-only question must be a choice and must not be an input of the calculator
    for salah in ({**pertanyaan[1], "jenis": "uang"}, {**pertanyaan[1], "kunci": "bruto"}):
        with pytest.raises(ValueError, match="hanya_formulir"):
            formulir.contoh_formulir("pembayaran", [salah], awal)
