"""The English section (docs/en/, hooks/bahasa.py) in the built site.

- every page under en/ says ``<html lang="en">``, every other page ``lang="id"``; on English pages the
  theme's Indonesian chrome is marked ``lang="id"``, links to English pages elsewhere ``lang="en"``;
- every figure of an English worked example equals what the calculator answers for the inputs the
  example declares (``data-masukan``): the figure is read back from the built page, in its English
  format, and compared with ``api.jalankan``;
- no Indonesian number or date format leaks into the English text, each page has its review date and
  its sources, the Indonesian counterparts and the home page link to the English pages, and the
  glossary names only fields the calculators really show;
- the ``en`` filter itself (so that a wrong conversion cannot pass unseen).
"""
from __future__ import annotations

import importlib.util
import json
import re
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from calculators import api

pytestmark = pytest.mark.situs

AKAR = Path(__file__).resolve().parents[2]
HALAMAN_EN = ["en/index.html", "en/paying-foreign-providers/index.html",
              "en/foreign-company-paying-indonesians/index.html",
              "en/domestic-withholding-explained/index.html", "en/contracts-with-foreign-parties/index.html"]
BULAN_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]
BULAN_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
            "Oktober", "November", "Desember"]


def _bahasa():
    spec = importlib.util.spec_from_file_location("bahasa_uji", AKAR / "hooks" / "bahasa.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul


def _lang_html(teks: str) -> str | None:
    m = re.search(r"<html\b[^>]*\blang=\"([^\"]*)\"", teks)
    return m.group(1) if m else None


def _artikel(teks: str) -> str:
    """The page's own content (the theme's chrome left out)."""
    return teks[teks.index("<article"):teks.index("</article>")]


# --- lang -----------------------------------------------------------------------------------

def test_lang_en_di_bagian_inggris_dan_id_di_tempat_lain(situs):
    semua = sorted(situs.rglob("*.html"))
    assert len(semua) > 30
    salah = []
    for p in semua:
        rel = p.relative_to(situs).as_posix()
        harapan = "en" if rel.startswith("en/") else "id"
        if _lang_html(p.read_text(encoding="utf-8")) != harapan:
            salah.append(f"{rel}: {_lang_html(p.read_text(encoding='utf-8'))!r}, expected {harapan!r}")
    assert salah == []
    assert sorted(p.relative_to(situs).as_posix() for p in (situs / "en").rglob("*.html")) == sorted(HALAMAN_EN)


def test_bagian_bahasa_lain_ditandai(situs):
    en = (situs / "en" / "paying-foreign-providers" / "index.html").read_text(encoding="utf-8")
    # the Indonesian interface of the theme, on an English page
    for pola in (r'<header class="md-header[^"]*" lang="id"', r'<nav class="md-tabs" lang="id"',
                 r'<div class="md-sidebar md-sidebar--primary" lang="id"', r'<footer class="md-footer" lang="id"',
                 r'<div data-md-component="skip" lang="id"', r'<div class="md-search" lang="id"'):
        assert re.search(pola, en), pola
    assert re.search(r'data-md-component="header-topic" lang="en"', en)
    assert '<abbr lang="id" title="Pajak Penghasilan">PPh</abbr>' in en
    assert 'title="Link to this section"' in en and "Tautan ke bagian ini" not in _artikel(en)
    # the English pages in the navigation of an Indonesian page
    faq = (situs / "faq" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="\.\./en/" class="md-tabs__link" lang="en">', faq)
    assert re.search(r'<a href="\.\./en/paying-foreign-providers/" class="md-nav__link[^"]*" lang="en">', faq)
    assert not re.search(r'<a href="\.\./glosarium/" class="md-[a-z]+__link[^"]*" lang=', faq)
    assert "<abbr lang=" not in faq  # Indonesian pages keep their abbreviations as they are


def test_penanda_bahasa_dapat_gagal():
    b = _bahasa()
    html = ('<html lang="id"><header class="md-header" data-md-component="header">'
            '<a href="../en/x/" class="md-nav__link">X</a><a href="../faq/" class="md-nav__link">F</a>')
    keluar = b.tandai_bahasa(html, "panduan/", inggris=False)
    assert keluar.startswith('<html lang="id">') and 'class="md-nav__link" lang="en">X' in keluar
    assert 'class="md-nav__link">F' in keluar and 'md-header" data-md-component' in keluar
    keluar = b.tandai_bahasa(html, "en/y/", inggris=True)
    assert keluar.startswith('<html lang="en">') and '<header class="md-header" lang="id"' in keluar
    # on an English page "../faq/" leaves en/, "../x/" stays inside it
    assert b._ke_inggris("en/y/", "../x/") and not b._ke_inggris("en/y/", "../../faq/")
    assert b._ke_inggris("", "en/") and not b._ke_inggris("", "https://example.org/en/")


# --- the en filter -----------------------------------------------------------------------------

@pytest.mark.parametrize("masuk, keluar", [
    ("Rp16.500.000", "Rp16,500,000"), ("0,5%", "0.5%"), ("20%", "20%"), ("Rp1.234,5", "Rp1,234.5"),
    ("15 Desember 2026", "15 December 2026"), ("Senin, 21 Desember 2026", "Monday, 21 December 2026"),
    ("PER-25/PJ/2018", "PER-25/PJ/2018"), ("−Rp1.000", "−Rp1,000"), ("2026", "2026"),
    ("1 Mei 2025", "1 May 2025"),
])
def test_filter_en(masuk, keluar):
    assert _bahasa().en(masuk) == keluar


# --- worked examples against the calculators --------------------------------------------------

class _Contoh(HTMLParser):
    """The examples of a page: calculator, inputs, and the text of each tagged figure.

    An example is a ``<div class="bja-contoh-en" data-kalkulator data-masukan>`` whose figures are
    ``<span data-kunci="...">``; a span that carries its own ``data-kalkulator``/``data-masukan`` (a
    figure inside running text or an admonition) is an example of its own.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.contoh: list[dict] = []
        self._div: list[int | None] = []   # per open <div>: index of its example, or None
        self._span: list[int | None] = []  # per open <span>: index of the example it feeds, or None
        self._sasaran: int | None = None
        self._teks: list[str] = []

    @staticmethod
    def _baru(a: dict) -> dict:
        return {"kalkulator": a["data-kalkulator"], "masukan": json.loads(a["data-masukan"]), "angka": []}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if "bja-contoh-en" in (a.get("class") or "").split():
                self.contoh.append(self._baru(a))
                self._div.append(len(self.contoh) - 1)
            else:
                self._div.append(None)
        elif tag == "span":
            sasaran = None
            if a.get("data-kunci") and self._sasaran is None:
                if a.get("data-masukan"):
                    self.contoh.append(self._baru(a))
                    sasaran = len(self.contoh) - 1
                else:
                    wadah = [i for i in self._div if i is not None]
                    assert wadah, f"a tagged figure outside any example: {a}"
                    sasaran = wadah[-1]
                self._sasaran, self._kunci, self._teks = sasaran, a["data-kunci"], []
            self._span.append(sasaran)

    def handle_endtag(self, tag):
        if tag == "div" and self._div:
            self._div.pop()
        elif tag == "span" and self._span:
            if self._span.pop() is not None:
                self.contoh[self._sasaran]["angka"].append((self._kunci, "".join(self._teks).strip()))
                self._sasaran = None

    def handle_data(self, data):
        if self._sasaran is not None:
            self._teks.append(data)


def baca_angka_en(teks: str):
    """An English-format figure back to the calculator's JSON value (int, ISO date, Decimal, text)."""
    if m := re.fullmatch(r"−?Rp(\d{1,3}(?:,\d{3})*)", teks):
        return (-1 if teks.startswith("−") else 1) * int(m.group(1).replace(",", ""))
    if m := re.fullmatch(r"(\d{1,2}) (" + "|".join(BULAN_EN) + r") (\d{4})", teks):
        return date(int(m.group(3)), BULAN_EN.index(m.group(2)) + 1, int(m.group(1))).isoformat()
    if m := re.fullmatch(r"(\d+(?:\.\d+)?)%", teks):
        return Decimal(m.group(1)) / 100
    return teks


def selisih_contoh(teks_html: str) -> tuple[int, list[str]]:
    """(number of figures checked, mismatches) for the examples on one built page."""
    p = _Contoh()
    p.feed(teks_html)
    salah, jumlah = [], 0
    for c in p.contoh:
        jawaban = api.jalankan(c["kalkulator"], c["masukan"])
        assert jawaban["ok"], (c, jawaban)
        hasil = jawaban["hasil"]
        assert c["angka"], f"an example block without tagged figures: {c['masukan']}"
        for kunci, teks in c["angka"]:
            jumlah += 1
            nilai = hasil[kunci]
            dibaca = baca_angka_en(teks)
            if isinstance(dibaca, Decimal):
                sama = Decimal(str(nilai)) == dibaca
            else:
                sama = dibaca == nilai
            if not sama:
                salah.append(f"{c['kalkulator']} {kunci}: page says {teks!r}, calculator {nilai!r}")
    return jumlah, salah


def test_contoh_inggris_sama_dengan_kalkulator(situs):
    total = 0
    for rel in HALAMAN_EN:
        jumlah, salah = selisih_contoh((situs / rel).read_text(encoding="utf-8"))
        assert salah == [], f"{rel}:\n" + "\n".join(salah)
        total += jumlah
    assert total >= 30, total
    # the three pages about payments carry worked examples
    for rel in HALAMAN_EN[1:4]:
        assert selisih_contoh((situs / rel).read_text(encoding="utf-8"))[0] >= 3, rel


def test_pemeriksa_contoh_dapat_gagal(situs):
    teks = (situs / "en" / "paying-foreign-providers" / "index.html").read_text(encoding="utf-8")
    asli = re.search(r'<span data-kunci="pph26">([^<]+)</span>', teks).group(1)
    diubah = teks.replace(f'<span data-kunci="pph26">{asli}</span>', '<span data-kunci="pph26">Rp16,500,001</span>', 1)
    assert selisih_contoh(diubah)[1], "a changed figure must be reported"
    tanggal = teks.replace("15 December 2026", "16 December 2026", 1)
    assert selisih_contoh(tanggal)[1]
    assert baca_angka_en("Rp16,500,000") == 16500000 and baca_angka_en("2.5%") == Decimal("0.025")
    assert baca_angka_en("21 December 2026") == "2026-12-21"


# --- the text ----------------------------------------------------------------------------------

def test_tidak_ada_format_indonesia_di_teks_inggris(situs):
    salah = []
    for rel in HALAMAN_EN:
        isi = re.sub(r"<[^>]+>", " ", _artikel((situs / rel).read_text(encoding="utf-8")))
        salah += [f"{rel}: {m}" for m in re.findall(r"Rp\d{1,3}(?:\.\d{3})+", isi)]
        salah += [f"{rel}: {m}" for m in re.findall(r"\b\d+,\d+ ?%", isi)]
        salah += [f"{rel}: {m}" for m in re.findall(r"\b\d{1,2} (?:" + "|".join(BULAN_ID) + r") \d{4}", isi)
                  if m.split()[1] not in BULAN_EN]
    assert salah == []


def test_tanggal_tinjau_dan_sumber(situs):
    for rel in HALAMAN_EN:
        isi = _artikel((situs / rel).read_text(encoding="utf-8"))
        assert "Last reviewed: 2 December 2026." in re.sub(r"<[^>]+>", "", isi), rel
        sumber = isi.split('id="sources"', 1)
        assert len(sumber) == 2, f"{rel} has no Sources section"
        assert len(re.findall(r"<li>", sumber[1])) >= 3, rel
        assert re.search(r'href="https?://', sumber[1]), rel


def test_tautan_ke_dan_dari_bagian_inggris(situs):
    pasangan = {
        "index.html": "en/",
        "kalkulator/pph26/index.html": "../../en/paying-foreign-providers/",
        "templat/spk-harga-tetap-id-en/index.html": "../../en/contracts-with-foreign-parties/",
        "panduan/fase-3-kontrak/index.html": "../../en/contracts-with-foreign-parties/",
    }
    for asal, tujuan in pasangan.items():
        isi = _artikel((situs / asal).read_text(encoding="utf-8"))
        assert re.search(rf'<a [^>]*href="{re.escape(tujuan)}"[^>]*lang="en"', isi) or \
            re.search(rf'<a [^>]*lang="en"[^>]*href="{re.escape(tujuan)}"', isi), asal
    kontrak = _artikel((situs / "en" / "contracts-with-foreign-parties" / "index.html").read_text(encoding="utf-8"))
    assert 'href="../../templat/spk-harga-tetap-id-en/"' in kontrak
    assert 'href="../../templat/nda-mutual-id-en/"' in kontrak


def _label_kalkulator() -> set[str]:
    """Every question, choice and result label the Indonesian calculators show."""
    from calculators.kalkulator import daftar
    from calculators.tampilan import JUDUL_LANGKAH

    label = {JUDUL_LANGKAH}
    for p in sorted((AKAR / "docs" / "kalkulator").glob("*.md")):
        teks = p.read_text(encoding="utf-8")
        if not teks.startswith("---"):
            continue
        meta = yaml.safe_load(teks.split("---", 2)[1]) or {}
        for q in meta.get("pertanyaan") or []:
            label.add(str(q.get("label", "")))
            label.update(str(v) for v in (q.get("pilihan") or {}).values())
    for k in daftar().values():
        label.update(b.label for b in k.ringkasan)
    return {" ".join(x.split()) for x in label}


def test_glosarium_memakai_label_kalkulator(situs):
    isi = _artikel((situs / "en" / "domestic-withholding-explained" / "index.html").read_text(encoding="utf-8"))
    bagian = isi.split('id="glossary-of-the-calculator-fields"', 1)[1]
    istilah = [" ".join(re.sub(r"<[^>]+>", "", t).split())
               for t in re.findall(r'<span lang="id">(.*?)</span>', bagian, re.S)]
    assert len(istilah) >= 20
    dikenal = _label_kalkulator()
    assert [t for t in istilah if t not in dikenal] == []


# --- search: what the Indonesian stemmer does to the English words -----------------------------

_AKAR_JS = r"""
const fs = require("fs"), vm = require("vm");
const lunr = {generateStopWordFilter: () => (t) => t, Pipeline: {registerFunction() {}},
              Index: function () {}, Builder: function () {}, stopWordFilter: (t) => t};
lunr.Index.prototype = {query() {}};
lunr.Builder.prototype = {add() {}};
const ctx = {self: {lunr}};
vm.createContext(ctx);
vm.runInContext(fs.readFileSync(process.argv[1], "utf8"), ctx);
const kata = JSON.parse(fs.readFileSync(0, "utf8"));
const keluar = {};
for (const k of kata) keluar[k] = lunr.id.akar(k);
process.stdout.write(JSON.stringify(keluar));
"""


def akar_indonesia(situs: Path, kata: list[str]) -> dict[str, list[str]]:
    """The candidate roots the site's Indonesian stemmer (lunr.id.akar) adds next to each word."""
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node not installed")
    js = situs / "assets" / "javascripts" / "lunr" / "min" / "lunr.id.min.js"
    keluar = subprocess.run([node, "-e", _AKAR_JS, str(js)], input=json.dumps(kata), capture_output=True,
                            text=True, check=True, timeout=60)
    return json.loads(keluar.stdout)


def _kosakata(situs: Path) -> tuple[set[str], set[str]]:
    """Words of the English pages, and words of all other pages, as the search index holds them."""
    data = json.loads((situs / "search" / "search_index.json").read_text(encoding="utf-8"))
    en, lain = set(), set()
    for dok in data["docs"]:
        kata = re.findall(r"[a-z]+", (dok["title"] + " " + re.sub(r"<[^>]+>", " ", dok["text"])).lower())
        (en if dok["location"].startswith("en/") else lain).update(kata)
    return en, lain


def test_stemmer_indonesia_tidak_menyentuh_kata_kunci_inggris(situs):
    # The query words of the English search tests get no Indonesian root: they are searched as written.
    kunci = ["withholding", "withheld", "treaty", "treaties", "stamp", "duty", "invoice", "deadline"]
    akar = akar_indonesia(situs, kunci)
    assert {k: v for k, v in akar.items() if v} == {}
    # ... and the check is real: Indonesian words do get their roots
    assert "bayar" in akar_indonesia(situs, ["pembayaran"])["pembayaran"]


def test_akar_palsu_kata_inggris_sedikit(situs):
    # Roots guessed for English words ("perform" -> "form") can only add results, never remove the word
    # as written. Keep them rare: few English words get a root that is also a word of the other pages.
    en, lain = _kosakata(situs)
    kata = sorted(k for k in en - lain if len(k) >= 4)
    akar = akar_indonesia(situs, kata)
    tabrakan = {k: [a for a in v if a in lain] for k, v in akar.items() if any(a in lain for a in v)}
    assert len(kata) > 300
    assert len(tabrakan) <= len(kata) // 20, tabrakan
