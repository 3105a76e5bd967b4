"""The presentation package: one escaping element builder, one module per view picked from one
explicit dict and imported only when needed, views that only format what the calculator computed,
and contract-law citations that come from dated parameters."""
from __future__ import annotations

import ast
import importlib
import sys
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

import calculators.tampilan as tampilan
from calculators import api
from calculators.format import rupiah
from calculators.kalkulator import daftar
from calculators.model_harga import Penawaran
from calculators.parameter import riwayat
from calculators.pembulatan import bulat_rupiah
from calculators.tampilan import TAMPILAN, html_hasil
from calculators.tampilan.elemen import Mentah, el, fragmen

PAKET = Path(tampilan.__file__).resolve().parent
#: Modules of the package that are not a calculator's view. ``grafik`` maps the calculator's chart
#: points to pixel coordinates and axis ticks: geometry, so it is left out of the arithmetic check.
BUKAN_TAMPILAN = {"__init__", "elemen", "grafik"}
#: Views of a page that is not one calculator: the monthly recap (rendered by ``api.rekap_json`` and
#: ``macros/rekap.py``). The no-arithmetic check below covers them too.
TAMPILAN_HALAMAN = {"rekap"}


# -- the element builder ------------------------------------------------------------------------

def test_el_meloloskan_teks_dan_atribut():
    jahat = "<script>\"a\" & 'b'</script>"
    hasil = el("td", {"class": "bja-angka", "data-kunci": jahat}, jahat)
    assert hasil == ('<td class="bja-angka" data-kunci="&lt;script&gt;&quot;a&quot; &amp; &#x27;b&#x27;&lt;/script&gt;">'
                     "&lt;script&gt;&quot;a&quot; &amp; &#x27;b&#x27;&lt;/script&gt;</td>")
    assert isinstance(hasil, Mentah)


def test_el_anak_mentah_tidak_diloloskan_dua_kali():
    dalam = el("strong", None, "A & B")
    assert el("p", None, "x < y ", dalam) == "<p>x &lt; y <strong>A &amp; B</strong></p>"
    assert el("p", None, "<b>") != el("p", None, Mentah("<b>"))
    assert fragmen("a&", [el("br"), None, False, ("b", 3)]) == "a&amp;<br>b3"


def test_el_atribut_boolean_dan_kosong():
    assert el("details", {"class": "x", "open": True}) == '<details class="x" open></details>'
    assert el("details", {"class": None, "open": False}) == "<details></details>"
    assert el("line", {"x1": 1}) == '<line x1="1"/>'
    assert el("br") == "<br>"


@pytest.mark.parametrize("anak", [Decimal("1.5"), date(2026, 1, 1), True, 1.5, {"a": 1}])
def test_el_menolak_angka_yang_belum_diformat(anak):
    with pytest.raises(TypeError):
        el("td", None, anak)


@pytest.mark.parametrize("tag,atribut", [("td onclick", None), ("td", {"x\" onload=\"y": "1"}), ("br", None)])
def test_el_menolak_nama_tidak_sah(tag, atribut):
    with pytest.raises(ValueError):
        el(tag, atribut, "isi") if tag == "br" else el(tag, atribut)


# -- one dict, one module per view, loaded lazily ------------------------------------------------------

def test_daftar_tampilan_lengkap_dan_tanpa_sisa():
    semua = daftar()
    assert set(TAMPILAN) <= set(semua), set(TAMPILAN) - set(semua)
    modul = {p.stem for p in PAKET.glob("*.py")} - BUKAN_TAMPILAN - TAMPILAN_HALAMAN
    assert modul == set(TAMPILAN.values()), "every view module is in TAMPILAN, and only those"
    for nama in TAMPILAN.values():
        assert callable(importlib.import_module(f"calculators.tampilan.{nama}").tampilan)


def test_tidak_ada_kalkulator_yang_membawa_tampilannya_sendiri():
    # the logic layer carries no view: views live in calculators/tampilan/, chosen by TAMPILAN
    from dataclasses import fields

    from calculators.kalkulator import Kalkulator

    assert "tampilan" not in {f.name for f in fields(Kalkulator)}
    assert [n for n, k in daftar().items() if getattr(k, "tampilan", None) is not None] == []


def test_halaman_hanya_memuat_tampilannya_sendiri():
    for nama in [*TAMPILAN.values(), *TAMPILAN_HALAMAN]:
        sys.modules.pop(f"calculators.tampilan.{nama}", None)
    kalk = api.kalkulator("kredit-sla")
    html_hasil(kalk, api.hitung("kredit-sla", dict(kalk.contoh)))
    dimuat = {m for m in sys.modules if m.startswith("calculators.tampilan.")} - {
        f"calculators.tampilan.{m}" for m in BUKAN_TAMPILAN}
    assert dimuat == {"calculators.tampilan.kredit_sla"}


class _Seimbang(HTMLParser):
    KOSONG = {"br", "hr", "img", "input", "wbr", "col", "meta", "link", "source"}

    def __init__(self):
        super().__init__()
        self.tumpukan: list[str] = []
        self.salah: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.KOSONG:
            self.tumpukan.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if not self.tumpukan or self.tumpukan.pop() != tag:
            self.salah.append(tag)


@pytest.mark.parametrize("nama", sorted(daftar()))
def test_setiap_kalkulator_dirender_dengan_html_seimbang(nama):
    kalk = daftar()[nama]
    r = api.jalankan(nama, dict(kalk.contoh))
    assert r["ok"], r
    p = _Seimbang()
    p.feed(r["html"])
    assert p.salah == [] and p.tumpukan == [], (p.salah, p.tumpukan)
    if nama in TAMPILAN or kalk.ringkasan:
        assert "bja-" in r["html"]


def test_tampilan_umum_untuk_kalkulator_tanpa_modul():
    kalk = api.kalkulator("pph23")
    assert "pph23" not in TAMPILAN
    h = api.hitung("pph23", dict(kalk.contoh))
    html = html_hasil(kalk, h)
    assert html.startswith('<table class="bja-ringkasan"><caption>Ringkasan</caption>')
    assert '<details class="bja-rincian" open><summary>Langkah perhitungan dan dasar hukumnya</summary>' in html


# -- views never compute ------------------------------------------------------------------------------

ARITMETIKA = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.MatMult)  # not "|" of types
HITUNG = {"sum", "min", "max", "abs", "round", "sorted", "Decimal", "bulat_rupiah", "quantize", "divmod", "pow"}


def _teks(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def hitungan(sumber: str) -> list[tuple[int, str]]:
    """(line, what) of every computation in a view's source: arithmetic other than joining text or
    %-formatting a string, ordering comparisons, and calls that compute (sum, min, max, abs, round,
    sorted, Decimal, quantize, bulat_rupiah...)."""
    temuan = []
    for n in ast.walk(ast.parse(sumber)):
        if isinstance(n, ast.BinOp) and isinstance(n.op, ARITMETIKA):
            if isinstance(n.op, ast.Add) and (_teks(n.left) or _teks(n.right)):
                continue
            if isinstance(n.op, ast.Mod) and _teks(n.left):
                continue
            temuan.append((n.lineno, ast.unparse(n)))
        elif isinstance(n, ast.AugAssign):
            temuan.append((n.lineno, ast.unparse(n)))
        elif isinstance(n, ast.UnaryOp) and isinstance(n.op, (ast.USub, ast.UAdd)) and not isinstance(n.operand, ast.Constant):
            temuan.append((n.lineno, ast.unparse(n)))
        elif isinstance(n, ast.Compare) and any(isinstance(o, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) for o in n.ops):
            temuan.append((n.lineno, ast.unparse(n)))
        elif isinstance(n, ast.Call):
            nama = getattr(n.func, "id", getattr(n.func, "attr", ""))
            if nama in HITUNG:
                temuan.append((n.lineno, ast.unparse(n)))
    return temuan


def test_pemeriksa_hitungan_menemukan_hitungan():
    contoh = ('a = k["x"] * 2\nb = "Rp" + rupiah(x)\nc = sorted(t)\nd = max(a, b)\ne = x - y\n'
              'f = f"{a}" + g\nh = -x\ni = a < b\nj = "%s" % a\nk = bulat_rupiah(v)\nl: int | None = None\n')
    assert [b for b, _ in hitungan(contoh)] == [1, 3, 4, 5, 7, 8, 10]


@pytest.mark.parametrize("modul", sorted({p.stem for p in PAKET.glob("*.py")} - {"grafik"}))
def test_tampilan_tidak_menghitung(modul):
    temuan = hitungan((PAKET / f"{modul}.py").read_text(encoding="utf-8"))
    assert not temuan, f"tampilan/{modul}.py menghitung; hitung di kalkulatornya: {temuan}"


def test_angka_grafik_model_harga_dari_kalkulator():
    """The chart's table shows the calculator's rows, in order; each is the rule's cost, rounded."""
    kalk = api.kalkulator("model-harga")
    h = api.hitung("model-harga", dict(kalk.contoh))
    k = h.keluaran
    baris = k["tabel_grafik"]
    jam = [b["jam"] for b in baris]
    assert jam == sorted(set(jam)) and len(jam) >= 3
    pen = Penawaran(tarif_per_jam=k["tarif_per_jam"], harga_tetap=k["harga_tetap"], retainer_bulanan=Decimal("9000000"),
                    jam_retainer_bulanan=Decimal(35), tarif_kelebihan=k["tarif_kelebihan"], durasi_bulan=3)
    for b in baris:
        assert b["biaya"] == {m: bulat_rupiah(pen.biaya(m, b["jam"])) for m in ("tetap", "per_jam", "retainer")}
    html = html_hasil(kalk, h)
    tabel = html[html.index('<table class="bja-tabel-grafik">'):]
    tabel = tabel[:tabel.index("</table>")]
    assert tabel.count("<tr>") == len(baris) + 1
    for b in baris:
        assert rupiah(b["biaya"]["per_jam"]) in tabel
    g = k["grafik"]
    assert [x["model"] for x in g["garis"]] == ["tetap", "per_jam", "retainer"]
    assert all(x["titik"][-1][0] == g["jam_maks"] for x in g["garis"])
    assert g["jam_maks"] > max(k["jam_pesimis_total"], *(v for kk, v in k.items() if kk.startswith("impas_") and v))


def test_angka_yang_ditampilkan_ada_di_keluaran():
    kalk = api.kalkulator("biaya-karyawan")
    k = api.hitung("biaya-karyawan", dict(kalk.contoh)).keluaran
    assert k["besar_selisih_setahun"] == abs(k["selisih_vendor_dikurangi_karyawan"]) > 0
    kalk = api.kalkulator("templat")
    k = api.hitung("templat", dict(kalk.contoh)).keluaran
    assert k["jumlah_isian_kosong"] == len(k["isian_kosong"]) == k["jumlah_isian"] - k["isian_terisi"]
    kalk = api.kalkulator("biaya-platform")
    k = api.hitung("biaya-platform", dict(kalk.contoh)).keluaran
    assert all(p["total_dikeluarkan_klien"] == bulat_rupiah(p["total_dikeluarkan_klien"])
               for p in k["perbandingan"] if p["total_dikeluarkan_klien"] is not None)


# -- contract-law citations are data ---------------------------------------------------------------------

def _dasar_kontrak() -> set[str]:
    from calculators.parameter import berkas

    return {v["dasar_hukum"] for t in berkas("kontrak_perdata").values() if isinstance(t, dict)
            for v in t["nilai"]}


def test_kutipan_kuhperdata_hanya_satu_nilai_terbuka():
    from calculators.parameter import berkas

    for nama, t in berkas("kontrak_perdata").items():
        if isinstance(t, dict):
            (nilai,) = riwayat(f"kontrak_perdata.{nama}")
            assert nilai.sampai is None and nilai.mulai == date(1848, 5, 1)


@pytest.mark.parametrize("nama", ["kredit-sla", "model-harga", "termin"])
def test_langkah_mengutip_kuhperdata_dari_parameter(nama):
    kalk = api.kalkulator(nama)
    dasar = _dasar_kontrak()
    langkah = api.hitung(nama, dict(kalk.contoh)).langkah
    kutipan = [l.dasar_hukum for l in langkah if "KUHPerdata" in l.dasar_hukum]
    assert kutipan
    for k in kutipan:
        bagian = [b for b in k.split("; ") if "KUHPerdata" in b]
        assert all(b in dasar for b in bagian), (k, dasar)
