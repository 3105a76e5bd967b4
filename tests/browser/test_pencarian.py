"""Indonesian search in the built site: real queries typed into the search box in Chromium.

lunr (the engine behind mkdocs-material's search) has no Indonesian stemmer. The site ships one
(overrides/assets/javascripts/lunr/min/lunr.id.min.js, switched on by overrides/partials/language.html).
These tests type queries the way a reader does and check which pages come back. The expected pages
are derived from the built site's own search index, so the tests follow the content as it changes,
and each expectation is one that plain lunr cannot meet (the page has no word starting with the query).

The English pages (docs/en/) are in the same index but not under the same pipeline: mkdocs-material
builds one lunr index, and lunr.id.min.js notes, for each section the theme adds, whether its location
is under "en/"; those sections get lunr's English stop words and no stemmer, which is what the theme's
own English setting does (its English pipeline has no stemmer). `lang: [id, en]` would be worse:
MkDocs' language check drops "id" from mkdocs.yml, and forced through it would chain the English stemmer
after the Indonesian one on every page, while the theme sends "word*" queries past the pipeline, so a
fully typed word would no longer meet its stemmed form in the index ("withholding*" vs "withhold",
"batas*" vs "bata"). The English tests below check that the key words find the English pages, that
every result holds the words as written, and that an Indonesian "root" of an English word does not
reach an English page.
"""
from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import tunggu

pytestmark = pytest.mark.peramban

KATA = re.compile(r"[a-z]+")


@cache
def _halaman_teks(situs: Path) -> dict[str, list[str]]:
    """Words of each page (all its sections) as the search index holds them."""
    data = json.loads((situs / "search" / "search_index.json").read_text(encoding="utf-8"))
    halaman: dict[str, list[str]] = {}
    for dok in data["docs"]:
        teks = dok["title"] + " " + re.sub(r"<[^>]+>", " ", dok["text"])
        halaman.setdefault(dok["location"].split("#")[0], []).extend(KATA.findall(teks.lower()))
    return halaman


def _hanya_berimbuhan(situs: Path, awalan_kueri: str, bentuk: set[str]) -> set[str]:
    """Pages with an inflected form in `bentuk` and no word starting with the query itself:
    plain lunr (prefix search on the words as written) cannot find them. English pages are left
    out: they are indexed without the Indonesian stemmer, even where they quote an Indonesian term."""
    return {
        "/" + lokasi
        for lokasi, kata in _halaman_teks(situs).items()
        if not lokasi.startswith("en/")
        and bentuk & set(kata) and not any(k.startswith(awalan_kueri) for k in kata)
    }


def _cari(page, kueri: str) -> list[str]:
    """Type the query in the header search box and return the result pages (paths)."""
    kotak = page.locator("input.md-search__input")
    kotak.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.type(kueri, delay=30)
    tunggu(page, "document.querySelector('.md-search-result__meta')?.textContent"
                 ".match(/ditemukan|Tidak ada dokumen/)", 20000)
    page.wait_for_timeout(400)  # the worker answers each keystroke; let the last one land
    # The theme renders ten results, then four more each time the list is scrolled to its end
    # (it reacts to reaching the end, so leave the end before scrolling back). Load them all.
    wadah = page.locator(".md-search__scrollwrap")
    jumlah = -1
    while page.locator(".md-search-result__item").count() != jumlah:
        jumlah = page.locator(".md-search-result__item").count()
        wadah.evaluate("(e) => e.scrollTo(0, 0)")
        page.wait_for_timeout(100)
        wadah.evaluate("(e) => e.scrollTo(0, e.scrollHeight)")
        page.wait_for_timeout(250)
    hasil = []
    for a in page.locator(".md-search-result__item > a").all():
        jalur = urlsplit(a.get_attribute("href")).path
        if jalur not in hasil:
            hasil.append(jalur)
    return hasil


@pytest.fixture
def beranda(server, halaman):
    h = halaman(f"{server}/")
    yield h
    assert not h.galat, h.galat
    assert not h.hosts_lain(), h.hosts_lain()


def test_stemmer_indonesia_dimuat(beranda):
    page = beranda.page
    _cari(page, "kontrak")
    assert any(u.endswith("/assets/javascripts/lunr/min/lunr.id.min.js") for u in beranda.permintaan)


def test_indeks_memakai_bahasa_indonesia(situs):
    config = json.loads((situs / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    assert config["lang"] == ["id"]
    assert "stemmer" in config["pipeline"]
    assert (situs / "assets" / "javascripts" / "lunr" / "min" / "lunr.id.min.js").exists()


@pytest.mark.parametrize("kueri, awalan, bentuk", [
    ("bayar", "bayar", {"pembayaran", "membayar", "dibayar", "dibayarkan", "pembayarannya", "bayaran"}),
    ("potong", "potong", {"pemotongan", "dipotong", "memotong", "dipotongkan"}),
    ("setor", "setor", {"penyetoran", "disetor", "menyetor", "disetorkan"}),
    ("janji", "janji", {"perjanjian", "berjanji", "dijanjikan"}),
])
def test_kata_dasar_menemukan_bentuk_berimbuhan(situs, beranda, kueri, awalan, bentuk):
    harapan = _hanya_berimbuhan(situs, awalan, bentuk)
    if not harapan:
        pytest.fail(f"no page has only inflected forms of '{kueri}': the test would prove nothing")
    hasil = _cari(beranda.page, kueri)
    assert harapan <= set(hasil), f"'{kueri}' should find {sorted(harapan - set(hasil))}; got {hasil}"


def test_bentuk_berimbuhan_menemukan_bentuk_lain(situs, beranda):
    # "pemotongan" must reach pages that only say "dipotong"/"memotong".
    harapan = _hanya_berimbuhan(situs, "pemotongan", {"dipotong", "memotong", "potong", "dipotongnya"})
    assert harapan, "no page without 'pemotongan' mentions dipotong/memotong"
    hasil = _cari(beranda.page, "pemotongan")
    assert harapan <= set(hasil), (sorted(harapan - set(hasil)), hasil)


def test_dua_kata_pajak_dipotong(situs, beranda):
    hasil = _cari(beranda.page, "pajak dipotong")
    teks = _halaman_teks(situs)
    # Pages where both ideas occur, in any form, are found and come first.
    keduanya = {"/" + p for p, k in teks.items()
                if "pajak" in k and {"dipotong", "pemotongan", "memotong", "potong"} & set(k)}
    assert keduanya and keduanya <= set(hasil)
    assert hasil[0] in keduanya


def test_sorotan_utuh_dan_kata_tidak_dianggap_hilang(beranda):
    # A word and its roots share one position: each highlighted word must be wrapped once, and a
    # query word found through its root must not be listed as missing ("Tidak ada: ...").
    page = beranda.page
    _cari(page, "pemotongan")
    sorotan = page.locator(".md-search-result mark").all_text_contents()
    assert sorotan and all(re.fullmatch(r"[A-Za-z]+", m) for m in sorotan), [m for m in sorotan if not re.fullmatch(r"[A-Za-z]+", m)]
    assert {"dipotong", "memotong"} & {m.lower() for m in sorotan}, sorotan
    teks = page.locator(".md-search-result__list").inner_text()
    assert not re.search(r"[a-z]>[a-z]", teks), "broken highlight markup in the results"
    hilang = " ".join(page.locator(".md-search-result__terms").all_inner_texts())
    assert "pemotongan" not in hilang, hilang


def test_mengetik_sebagian_kata_tetap_bekerja(situs, beranda):
    # While typing, the word as written is matched by prefix: "pemba" finds "pembayaran".
    harapan = {"/" + p for p, k in _halaman_teks(situs).items() if any(w.startswith("pemba") for w in k)}
    hasil = _cari(beranda.page, "pemba")
    assert harapan and harapan <= set(hasil)


def test_kata_yang_tidak_ada_tidak_menemukan_apa_pun(beranda):
    assert _cari(beranda.page, "zyxwvu") == []
    assert "Tidak ada dokumen" in beranda.page.locator(".md-search-result__meta").inner_text()


def test_pencarian_di_ponsel(situs, server, halaman):
    h = halaman(f"{server}/", lebar=390)
    page = h.page
    page.locator("label.md-header__button[for=__search]").click()
    harapan = _hanya_berimbuhan(situs, "bayar", {"pembayaran", "membayar", "dibayar"})
    hasil = _cari(page, "bayar")
    assert harapan <= set(hasil)
    assert not h.galat, h.galat


# --- English pages (docs/en/) ------------------------------------------------------------------

def _punya_semua(kata: list[str], kueri: list[str]) -> bool:
    return all(any(w.startswith(q) for w in kata) for q in kueri)


@pytest.mark.parametrize("kueri", ["withholding", "treaty", "stamp duty"])
def test_kata_inggris_menemukan_halaman_inggris(situs, beranda, kueri):
    kata = kueri.split()
    teks = _halaman_teks(situs)
    harapan = {"/" + p for p, k in teks.items() if p.startswith("en/") and _punya_semua(k, kata)}
    assert harapan, f"no English page contains {kueri!r}: the test would prove nothing"
    hasil = _cari(beranda.page, kueri)
    assert harapan <= set(hasil), f"{kueri!r} should find {sorted(harapan - set(hasil))}; got {hasil}"
    # an English page that has every word comes first
    assert hasil[0] in harapan, hasil[:5]
    # every result has one of the words as written (no match through a stemmed or guessed root)
    tanpa = [h for h in hasil if not any(any(w.startswith(q) for w in teks[h.lstrip("/")]) for q in kata)]
    assert tanpa == [], tanpa


def test_bentuk_lain_kata_inggris_lewat_awalan(situs, beranda):
    # no English stemming: a shorter form reaches the other forms by prefix, as docs/en/index.md says
    teks = _halaman_teks(situs)
    halaman_treaties = {"/" + p for p, k in teks.items() if p.startswith("en/") and "treaties" in k}
    halaman_treaty = {"/" + p for p, k in teks.items() if p.startswith("en/") and "treaty" in k}
    assert halaman_treaty, "no English page says 'treaty'"
    hasil = _cari(beranda.page, "treat")
    assert (halaman_treaty | halaman_treaties) <= set(hasil), hasil


def test_pencarian_dari_halaman_inggris(situs, server, halaman):
    h = halaman(f"{server}/en/paying-foreign-providers/")
    hasil = _cari(h.page, "withholding")
    assert hasil and hasil[0].startswith("/en/"), hasil
    assert any(u.endswith("/assets/javascripts/lunr/min/lunr.id.min.js") for u in h.permintaan)
    assert not h.galat, h.galat
    assert not h.hosts_lain(), h.hosts_lain()


def test_halaman_inggris_tanpa_akar_indonesia(situs, beranda):
    # English pages are indexed without the Indonesian stemmer (lunr.id.min.js checks the section):
    # an Indonesian "root" of an English word (per+manent -> "manent") must not find the page.
    teks = _halaman_teks(situs)
    kata_en = sorted({w for p, k in teks.items() if p.startswith("en/") for w in k})
    kata_id = sorted({w for p, k in teks.items() if not p.startswith("en/") for w in k})
    page = beranda.page
    # the stemmer's own root finder, loaded into the page beside a minimal lunr stand-in
    page.evaluate("""() => { self.lunr = {Pipeline: {registerFunction() {}},
        generateStopWordFilter() { return (t) => t; }, stopWordFilter: (t) => t,
        Builder: {prototype: {add() {}}}, Index: {prototype: {query() {}}}}; }""")
    page.add_script_tag(url="/assets/javascripts/lunr/min/lunr.id.min.js")
    akar_id = set(page.evaluate("(ws) => ws.flatMap((w) => self.lunr.id.akar(w))", kata_id))
    semua = kata_en + kata_id
    calon = []
    for w in kata_en:
        for a in page.evaluate("(w) => self.lunr.id.akar(w)", w):
            if a not in akar_id and not any(k.startswith(a) for k in semua):
                calon.append(a)
    assert calon, "no English word has an Indonesian root that only stemming could match"
    for akar in sorted(set(calon), key=lambda a: (-len(a), a))[:2]:
        hasil = _cari(page, akar)
        assert not [h for h in hasil if h.startswith("/en/")], (akar, hasil)
