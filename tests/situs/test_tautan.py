"""Every internal link and anchor in the built site resolves (beyond `mkdocs build --strict`).

Reads the built HTML with the standard library's parser: href/src of a, link, script, img, source,
iframe, and url(...) in our CSS. A link resolves when its path names a file of the built site
(a directory URL means its index.html) and its #fragment names an id (or a name) in that page.
External links are not fetched here; `tools/tautan_luar.py` lists them for review.
"""
from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import pytest

pytestmark = pytest.mark.situs

ATRIBUT = {"a": ("href",), "link": ("href",), "script": ("src",), "img": ("src",),
           "source": ("src",), "iframe": ("src",), "area": ("href",)}
URL_CSS = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


class _Tautan(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tautan: list[tuple[str, str]] = []
        self.id: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for kunci in ("id", "name"):
            if a.get(kunci) and (kunci == "id" or tag in ("a", "map")):
                self.id.add(a[kunci])
        for nama in ATRIBUT.get(tag, ()):
            nilai = a.get(nama)
            if nilai is None:
                continue
            if tag == "link" and (a.get("rel") or "") in ("canonical", "alternate"):
                continue
            self.tautan.append((tag, nilai))

    handle_startendtag = handle_starttag


def _luar(url: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+.-]*:", url, re.I) or url.startswith("//"))


@lru_cache(maxsize=None)
def _baca(berkas: Path) -> _Tautan:
    p = _Tautan()
    p.feed(berkas.read_text(encoding="utf-8", errors="replace"))
    return p


@lru_cache(maxsize=None)
def _jalur_dasar() -> str:
    """The base path of the site (path of ``site_url`` in mkdocs.yml), e.g. "/" or "/bja/"."""
    teks = (Path(__file__).parents[2] / "mkdocs.yml").read_text(encoding="utf-8")
    cocok = re.search(r"^site_url:\s*['\"]?([^'\"\s#]+)", teks, re.M)
    jalur = urlsplit(cocok.group(1)).path if cocok else "/"
    return jalur.rstrip("/") + "/"


def _sasaran(situs: Path, asal: Path, jalur: str, dasar_situs: str | None = None) -> Path | None:
    """The built file a (decoded) relative or root-relative path points at, or None.

    A root-relative path must start with the site's base path (``site_url``), which is then dropped.
    """
    if jalur.startswith("/"):
        dasar_situs = dasar_situs or _jalur_dasar()
        if not (jalur + "/").startswith(dasar_situs):
            return None
        rel = PurePosixPath("/" + jalur[len(dasar_situs):])
    else:
        dasar = PurePosixPath("/") / asal.parent.relative_to(situs).as_posix()
        rel = dasar / jalur
    bagian: list[str] = []
    for b in rel.parts[1:]:
        if b == "..":
            if not bagian:
                return None
            bagian.pop()
        elif b not in (".", ""):
            bagian.append(b)
    hasil = situs.joinpath(*bagian) if bagian else situs
    if jalur.endswith("/") or hasil.is_dir():
        hasil = hasil / "index.html"
    return hasil if hasil.is_file() else None


def _periksa(situs: Path, asal: Path, url: str) -> str | None:
    """None when ``url`` resolves, else the reason."""
    url = url.strip()
    if not url or _luar(url):
        return None
    bagian = urlsplit(url)
    jalur = unquote(bagian.path)
    sasaran = asal if not jalur else _sasaran(situs, asal, jalur)
    if sasaran is None:
        return "berkas tidak ada"
    if bagian.fragment and sasaran.suffix == ".html":
        fragmen = unquote(bagian.fragment)
        if fragmen not in _baca(sasaran).id:
            return f"jangkar #{fragmen} tidak ada di {sasaran.relative_to(situs).as_posix()}"
    return None


def test_semua_tautan_internal_dan_jangkar_ada(situs):
    halaman = sorted(situs.rglob("*.html"))
    assert len(halaman) > 30
    assert len([p for p in halaman if p.relative_to(situs).parts[0] == "en"]) >= 5  # the English section too
    rusak, jumlah = [], 0
    for p in halaman:
        for tag, url in _baca(p).tautan:
            jumlah += 1
            alasan = _periksa(situs, p, url)
            if alasan:
                rusak.append(f"{p.relative_to(situs).as_posix()}: <{tag}> {url} ({alasan})")
    assert jumlah > 1000
    assert rusak == [], "Tautan rusak:\n" + "\n".join(rusak)


def test_url_di_css_kita_ada(situs):
    rusak = []
    for css in sorted((situs / "assets" / "css").glob("*.css")):
        for url in URL_CSS.findall(css.read_text(encoding="utf-8")):
            if url.startswith("data:"):
                continue
            alasan = _periksa(situs, css, url)
            if alasan:
                rusak.append(f"{css.name}: url({url}) ({alasan})")
    assert rusak == []


def test_pemeriksa_menangkap_tautan_rusak(situs, tmp_path):
    """The checker itself must fail on a missing page and a missing anchor (so the test can fail)."""
    contoh = next(iter(sorted(situs.glob("panduan/**/index.html"))))
    assert _periksa(situs, contoh, "../tidak-ada-halaman-ini/") == "berkas tidak ada"
    assert "jangkar" in (_periksa(situs, contoh, "#jangkar-yang-tidak-ada") or "")
    assert _periksa(situs, contoh, "https://jdih.kemenkeu.go.id/") is None
    ada = sorted(_baca(contoh).id)[0]
    assert _periksa(situs, contoh, f"#{ada}") is None
    assert _periksa(situs, contoh, "/assets/../../luar-situs.html") == "berkas tidak ada"
    # Under a base path (site_url http://contoh.id/bja/), root-relative links must carry it.
    assert _sasaran(situs, contoh, "/bja/index.html", "/bja/") == situs / "index.html"
    assert _sasaran(situs, contoh, "/bja", "/bja/") == situs / "index.html"
    assert _sasaran(situs, contoh, "/index.html", "/bja/") is None


def test_laporan_tautan_luar(situs, tmp_path):
    """The review report lists every external link with the pages it is on (nothing is fetched)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("tautan_luar", Path(__file__).parents[2] / "tools" / "tautan_luar.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    keluar = tmp_path / "laporan.md"
    assert modul.main([str(situs), "-o", str(keluar)]) == 0
    tautan = modul.kumpulkan(situs)
    assert tautan and all(u.startswith(("http://", "https://")) for u in tautan)
    assert not any("127.0.0.1" in u for u in tautan)
    teks = keluar.read_text(encoding="utf-8")
    for url, d in tautan.items():
        assert url in teks and d["halaman"]
    # a real outbound link of the site (licence of the templates), under its host
    cc = "https://creativecommons.org/licenses/by/4.0/deed.id"
    assert "templat/index.html" in tautan[cc]["halaman"]
    assert "## creativecommons.org" in teks
    # a planted page: its link, text and page are reported; internal links are not
    (tmp_path / "s" / "a").mkdir(parents=True)
    (tmp_path / "s" / "a" / "index.html").write_text(
        '<a href="https://contoh.go.id/x">Peraturan <b>X</b></a> <a href="../b/">b</a>', encoding="utf-8")
    assert modul.kumpulkan(tmp_path / "s") == {
        "https://contoh.go.id/x": {"halaman": {"a/index.html"}, "teks": {"Peraturan X"}}}
