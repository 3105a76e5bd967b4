"""Build hook: the English section (``docs/en/``) inside the Indonesian site.

One site, one build, one theme language (``theme.language: id``). This hook does three things:

- on_config: registers the Jinja filter ``en`` with mkdocs-macros. It turns the Indonesian
  formatting of a figure that came out of a macro (``rp()``, ``pct()``, ``tgl()``, ``bil()``,
  ``rupiah_param()``, ``persen_param()``, ``berlaku_sejak()``) into English formatting:
  ``{{ rp(h.pph26) | en }}`` -> "Rp16,500,000", ``{{ tgl("2026-12-15") | en }}`` -> "15 December 2026".
  The figure itself still comes from the calculators; the filter only swaps separators and
  month/day names.
- on_post_page: ``<html lang="en">`` on every page under ``en/`` (the theme writes ``lang="id"`` on
  all pages; the others keep it). On English pages the theme's Indonesian chrome (header, tabs,
  navigation, footer, search, skip link) is marked ``lang="id"``; on every page, links to English
  pages in the navigation and tabs, their titles in the footer, the English page title in the header
  and the English table of contents are marked ``lang="en"``; the site-wide abbreviations, Indonesian
  terms with Indonesian expansions, are marked ``lang="id"`` on English pages (WCAG 3.1.1, 3.1.2).
- It adds no inline script, so hooks/csp.py (registered after this hook) hashes the same scripts.

Search: one lunr index (``lang: [id]``); the Indonesian stemmer
(overrides/assets/javascripts/lunr/min/lunr.id.min.js) leaves the sections under ``en/`` unstemmed,
with English stop words: see tests/browser/test_pencarian.py.
"""
from __future__ import annotations

import posixpath
import re

BAGIAN = "en/"
"""Source folder (relative to docs/) of the English pages."""

BULAN = {"Januari": "January", "Februari": "February", "Maret": "March", "April": "April",
         "Mei": "May", "Juni": "June", "Juli": "July", "Agustus": "August", "September": "September",
         "Oktober": "October", "November": "November", "Desember": "December"}
HARI = {"Senin": "Monday", "Selasa": "Tuesday", "Rabu": "Wednesday", "Kamis": "Thursday",
        "Jumat": "Friday", "Sabtu": "Saturday", "Minggu": "Sunday"}
_NAMA = re.compile(r"\b(" + "|".join([*BULAN, *HARI]) + r")\b")
# An Indonesian number: thousands with dots and/or decimals with a comma ("16.500.000", "0,5", "1.234,5").
_ANGKA = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])|(?<![\d.,])\d+,\d+(?![\d])")


def en(teks) -> str:
    """English formatting of a figure a macro formatted the Indonesian way (display only)."""
    s = str(teks)
    s = _ANGKA.sub(lambda m: m.group(0).translate(str.maketrans({".": ",", ",": "."})), s)
    return _NAMA.sub(lambda m: BULAN.get(m.group(1)) or HARI[m.group(1)], s)


def halaman_inggris(page) -> bool:
    return page is not None and page.file.src_uri.startswith(BAGIAN)


def on_config(config):
    macros = config.plugins.get("macros")
    if macros is None:
        raise RuntimeError("hooks/bahasa.py needs the mkdocs-macros plugin (the `en` filter)")
    macros.register_filters({"en": en})
    return config


# Theme chrome that holds Indonesian interface text (element start tags, matched up to their ">").
_KROM = [
    re.compile(r'<div data-md-component="skip"'),
    re.compile(r'<header class="md-header[^"]*"'),
    re.compile(r'<nav class="md-tabs"'),
    re.compile(r'<div class="md-sidebar md-sidebar--primary"'),
    re.compile(r'<label class="md-nav__title" for="__toc"'),
    re.compile(r'<div class="md-search"'),
    re.compile(r'<button type="button" class="md-top[^"]*"'),
    re.compile(r'<footer class="md-footer"'),
    re.compile(r'<div class="md-dialog"'),
]
_TAUTAN_NAV = re.compile(r'<a href="([^"]*)" class="(?:md-nav__link|md-tabs__link)\b[^"]*"')
# A footer link holds the direction ("Sebelumnya") and the title of the page it leads to.
_TAUTAN_KAKI = re.compile(r'(<a href="([^"]*)" class="md-footer__link\b[^>]*>)(.*?</a>)', re.S)
_JUDUL_ATAS = re.compile(r'<div class="md-header__topic" data-md-component="header-topic"')


def _ke_inggris(url_halaman: str, href: str) -> bool:
    """Does a relative link on the page at ``url_halaman`` (site-relative, e.g. "faq/") lead into en/?"""
    if re.match(r"^[a-z][a-z0-9+.-]*:|^//|^#", href, re.I):
        return False
    jalur = href.split("#", 1)[0].split("?", 1)[0]
    if jalur.startswith("/"):
        return False  # the theme writes relative links only
    tujuan = posixpath.normpath(posixpath.join(posixpath.dirname("/" + url_halaman), jalur))
    return (tujuan.lstrip("/") + "/").startswith(BAGIAN)


def _beri_lang(html: str, pola: re.Pattern, lang: str) -> str:
    return pola.sub(lambda m: m.group(0) if " lang=" in m.group(0) else f'{m.group(0)} lang="{lang}"', html, count=1)


def tandai_bahasa(html: str, url_halaman: str, inggris: bool) -> str:
    """The page's language on <html>, and the language of the parts that differ from it."""
    if inggris:
        html = re.sub(r'<html lang="[^"]*"', '<html lang="en"', html, count=1)
        for pola in _KROM:
            html = _beri_lang(html, pola, "id")
        html = _beri_lang(html, _JUDUL_ATAS, "en")
        # The site-wide abbreviations (docs/includes/abbreviations.md) are Indonesian terms with
        # Indonesian expansions: say so, so that the expansion is read as Indonesian.
        html = html.replace("<abbr title=", '<abbr lang="id" title=')

    def tautan(m: re.Match) -> str:
        href = m.group(1)
        if _ke_inggris(url_halaman, href) or (inggris and href.startswith("#")):
            return f'{m.group(0)} lang="en"'
        return m.group(0)

    def kaki(m: re.Match) -> str:
        if not _ke_inggris(url_halaman, m.group(2)):
            return m.group(0)
        return m.group(1) + m.group(3).replace('<div class="md-ellipsis">', '<div class="md-ellipsis" lang="en">', 1)

    return _TAUTAN_KAKI.sub(kaki, _TAUTAN_NAV.sub(tautan, html))


JUDUL_PERMALINK_EN = "Link to this section"


def on_post_page(output: str, page, config) -> str:
    inggris = halaman_inggris(page)
    if inggris:  # the heading permalinks sit inside the English text
        judul = (config.get("mdx_configs", {}).get("toc", {}) or {}).get("permalink_title")
        if judul:
            output = output.replace(f'title="{judul}"', f'title="{JUDUL_PERMALINK_EN}"')
    return tandai_bahasa(output, page.url, inggris)
