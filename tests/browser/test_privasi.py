"""The reader's inputs never leave the browser: for every calculator page and the template builder,
the figures, a NIK and a bank account typed into the form appear in no request the browser makes
(the page, its Python worker, the service worker), neither in a URL nor in a Referer header, on
load, recompute, reload, copying the result's link and opening it. The state lives in the URL
fragment (``#bruto=...``), which survives the reload and the shared link. An old link with the
inputs in its query string (``?bruto=...``) still opens with its values, which move into the
fragment without a new request; once the service worker runs, such a page is fetched without its
query, so the server never sees those values either.

The site is served by a recording server (the same handler as the ``server`` fixture) so the test
also checks what the server itself receives: every path and every Referer.
"""
from __future__ import annotations

import functools
import threading
from urllib.parse import parse_qs, quote, quote_plus, urlencode, urlsplit

import pytest
import yaml

from tests.conftest import JS_SELESAI, JS_SIAP, AKAR, JS_MASUKAN, Halaman, _Penyaji, _Server, tunggu

pytestmark = pytest.mark.peramban

SIAP = JS_SIAP
SELESAI = JS_SELESAI
DIKENDALIKAN = "navigator.serviceWorker.controller !== null"

# distinctive values: none of them can be part of any of the site's own URLs
JUMLAH = "987654321"
JUMLAH_2 = "246813579"
TANGGAL = "2026-07-14"
BULAN = "2026-07"
NIK = "3174012345678901"
REKENING = "8877665544"
# the values of the old query-string link: other values, to tell both apart
JUMLAH_LAMA = "555444333"
JUMLAH_2_LAMA = "135792468"
TANGGAL_LAMA = "2026-05-19"
BULAN_LAMA = "2026-03"
NIK_LAMA = "3174015550443322"
REKENING_LAMA = "6655443322"
LAMA = {JUMLAH: JUMLAH_LAMA, JUMLAH_2: JUMLAH_2_LAMA, TANGGAL: TANGGAL_LAMA, BULAN: BULAN_LAMA, NIK: NIK_LAMA, REKENING: REKENING_LAMA}
# one value inside another would make the checks below ambiguous (BULAN is TANGGAL's month: both
# are looked for separately and neither is an old link's value)
assert not [(a, b) for a in [*LAMA, *LAMA.values()] for b in [*LAMA.values()] if a != b and a in b]


def _halaman_kalkulator() -> list[str]:
    """Every page with a calculator (``kalkulator:`` in its front matter), as a site path."""
    hasil = []
    for md in sorted((AKAR / "docs").rglob("*.md")):
        teks = md.read_text(encoding="utf-8")
        if not teks.startswith("---"):
            continue
        meta = yaml.safe_load(teks.split("---", 2)[1]) or {}
        if not meta.get("kalkulator"):
            continue
        rel = md.relative_to(AKAR / "docs").with_suffix("")
        hasil.append((rel.parent if rel.name == "index" else rel).as_posix() + "/")
    return hasil


HALAMAN = _halaman_kalkulator()


def test_daftar_halaman_lengkap(situs):
    """The list above is every built page that loads the calculator script, and the builder is in it."""
    dibangun = sorted(p.parent.relative_to(situs).as_posix() + "/" for p in situs.rglob("index.html")
                      if "assets/js/kalkulator.js" in p.read_text(encoding="utf-8"))
    assert dibangun == sorted(HALAMAN)
    assert "templat/pembuat/" in HALAMAN and len(HALAMAN) >= 13


class _PenyajiRekam(_Penyaji):
    log: list[tuple[str, str]]

    def do_GET(self):
        self.log.append((self.path, self.headers.get("Referer") or ""))
        super().do_GET()

    def do_HEAD(self):
        self.log.append((self.path, self.headers.get("Referer") or ""))
        super().do_HEAD()


@pytest.fixture(scope="module")
def rekam(situs):
    """A server of the built site that records every request it receives (path and Referer)."""
    log: list[tuple[str, str]] = []
    kelas = type("Penyaji", (_PenyajiRekam,), {"log": log})
    srv = _Server(("127.0.0.1", 0), functools.partial(kelas, directory=str(situs)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", log
    srv.shutdown()
    srv.server_close()


def _bentuk(nilai: str) -> set[str]:
    """The forms a value could take in a URL or a header."""
    hasil = {nilai, quote(nilai), quote(nilai, safe=""), quote_plus(nilai)}
    if nilai.isdigit() and len(nilai) > 6:
        hasil.add(f"{int(nilai):,}".replace(",", "."))  # 987.654.321
    return hasil


def _bocor(teks: list[str], nilai: list[str]) -> list[str]:
    """Each text that holds one of the values, as "value: where (near the value)"."""
    return [f"{n}: ...{t[max(0, t.index(b) - 80):t.index(b) + 40]}..."
            for t in dict.fromkeys(teks) for n in nilai for b in sorted(_bentuk(n)) if b in t]


def _ketik(page, kolom, teks: str) -> None:
    if not kolom.is_visible():
        # the question's group is folded: open it as a person would, by its heading
        kolom.locator("xpath=ancestor::details[1]/summary").click()
    kolom.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(teks, delay=5)


def _isi(page, jalur: str) -> dict[str, str]:
    """Type distinctive values into several fields; return {key: value typed}."""
    diisi: dict[str, str] = {}
    if jalur == "templat/pembuat/":
        page.locator("#f-templat").select_option("spk-harga-tetap")
        tunggu(page, "getComputedStyle(document.querySelector('.bja-medan[data-kunci=nomor_rekening_pihak_kedua]'))"
                     ".display !== 'none'", 10000)
        for kunci, nilai in (("identitas_pihak_kedua", NIK), ("nomor_rekening_pihak_kedua", REKENING),
                             ("nilai_kontrak", JUMLAH)):
            _ketik(page, page.locator(f"#f-{kunci}"), nilai)
            diisi[kunci] = nilai
        return diisi
    # the first and the last amount-like field, the first date and the first month shown
    kolom = {pilih: [k for k in page.locator(f".bja-form .bja-medan input{pilih}").all() if k.is_visible()]
             for pilih in ("[inputmode=decimal]", "[type=date]", "[type=month]")}
    angka = kolom["[inputmode=decimal]"]
    rencana = [(angka[:1], JUMLAH), (angka[1:][-1:], JUMLAH_2), (kolom["[type=date]"][:1], TANGGAL),
               (kolom["[type=month]"][:1], BULAN)]
    for k, nilai in ((k[0], nilai) for k, nilai in rencana if k):
        if k.get_attribute("type") == "text":
            _ketik(page, k, nilai)
        else:
            k.fill(nilai)
        diisi[k.get_attribute("name")] = nilai
    return diisi


def _fragmen(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).fragment, keep_blank_values=True).items()}


@pytest.mark.parametrize("jalur", HALAMAN)
def test_isian_tidak_pernah_dikirim(peramban, rekam, jalur):
    asal, log = rekam
    log.clear()
    ctx = peramban.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=asal)
    dilihat: list[tuple[str, str]] = []  # every request the browser reports (pages, workers)
    ctx.on("request", lambda r: dilihat.append((r.url, r.headers.get("referer", ""))))
    halaman: list[Halaman] = []

    def buka(url: str) -> Halaman:
        h = Halaman(ctx.new_page())
        h.page.on("request", lambda r: dilihat.append((r.url, r.headers.get("referer", ""))))
        halaman.append(h)
        h.page.goto(url)
        tunggu(h.page, SELESAI, 90000)
        return h

    try:
        # 1. type; the page recomputes; the inputs are in the fragment, not the query string
        page = buka(f"{asal}/{jalur}").page
        diisi = _isi(page, jalur)
        assert len(diisi) >= (1 if jalur == "kalkulator/jatuh-tempo/" else 2), diisi  # that page: a month
        tunggu(page, SELESAI, 30000)
        assert urlsplit(page.url).query == "", page.url
        assert {k: _fragmen(page.url).get(k) for k in diisi} == diisi, page.url
        masukan = page.evaluate(JS_MASUKAN)
        assert {k: masukan[k] for k in diisi} == diisi

        # 2. reload: the same inputs, computed again
        page.reload()
        tunggu(page, SELESAI, 90000)
        assert page.evaluate(JS_MASUKAN) == masukan

        # 3. "Salin tautan hasil": the link copied is the fragment link; opened, it gives the same form
        page.locator(".bja-form [data-aksi=salin]").click()
        tunggu(page, "document.querySelector('.bja-status').textContent.includes('disalin')", 10000)
        tautan = page.evaluate("navigator.clipboard.readText()")
        assert urlsplit(tautan).query == "" and urlsplit(tautan).path == f"/{jalur}", tautan
        assert {k: _fragmen(tautan).get(k) for k in diisi} == diisi, tautan
        bersama = buka(tautan).page
        assert bersama.evaluate(JS_MASUKAN) == masukan
        tunggu(bersama, DIKENDALIKAN, 30000)  # the service worker runs from here on

        # 4. an old link with the inputs in its query string: opened with its values, which end in
        #    the fragment; the query string is gone without a new navigation
        lama = {**masukan, **{k: LAMA[v] for k, v in diisi.items()}}
        url_lama = f"{asal}/{jalur}?{urlencode(lama)}"
        h_lama = buka(url_lama)
        p_lama = h_lama.page
        assert urlsplit(p_lama.url).query == "", p_lama.url
        assert _fragmen(p_lama.url) == lama, p_lama.url
        assert p_lama.evaluate(JS_MASUKAN) == lama
        assert len([u for u in h_lama.permintaan if urlsplit(u).path == f"/{jalur}"]) == 1, h_lama.permintaan
        p_lama.reload()
        tunggu(p_lama, SELESAI, 90000)
        assert urlsplit(p_lama.url).query == "" and p_lama.evaluate(JS_MASUKAN) == lama

        # the service worker keeps pages under their plain path: no query, no fragment, no value
        kunci = p_lama.evaluate("async () => { const r = []; for (const k of await caches.keys()) "
                                "for (const q of await (await caches.open(k)).keys()) r.push(q.url); return r; }")
        halaman_disimpan = [u for u in kunci if urlsplit(u).path.endswith("/")]
        assert f"{asal}/{jalur}" in halaman_disimpan, halaman_disimpan
        assert not [u for u in halaman_disimpan if "?" in u or "#" in u], halaman_disimpan
    finally:
        ctx.close()

    # What was sent: no typed value in any URL or Referer, seen from the browser or the server.
    ketikan = list(diisi.values())
    nilai_lama = [LAMA[v] for v in ketikan]
    url_dilihat = [u for u, _ in dilihat]
    rujukan_dilihat = [r for _, r in dilihat]
    url_server = [p for p, _ in log]
    rujukan_server = [r for _, r in log]
    assert any(u.endswith(".wasm") for u in url_dilihat)  # the worker's requests are seen
    assert _bocor(url_dilihat + rujukan_dilihat, ketikan) == []
    assert _bocor(url_server + rujukan_server, ketikan) == []
    # The old link's values: the browser reports the navigation to it (that is the link itself),
    # but the service worker fetched the plain page: the server never received them.
    assert _bocor([u for u in url_dilihat if u != url_lama], nilai_lama) == []
    assert _bocor(url_server + rujukan_server, nilai_lama) == []
    assert [p for p in url_server if "?" in p and "v=" not in p and "pyodide=" not in p] == []
    for h in halaman:
        assert h.hosts_lain() == [], h.hosts_lain()
        assert h.galat == [], h.galat


def test_tautan_lama_tanpa_service_worker(peramban, rekam):
    """A first visit through an old link (no service worker yet): the link's own request is the
    only one that carries its values; the page moves them into the fragment before it starts the
    worker, and the reload asks for the plain page."""
    asal, log = rekam
    log.clear()
    ctx = peramban.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    try:
        h = Halaman(ctx.new_page())
        url = f"{asal}/kalkulator/pph23/?bruto={JUMLAH_LAMA}&tanggal=2025-06-02&h=pajak"
        h.page.goto(url)
        tunggu(h.page, SELESAI, 90000)
        # the theme's own parameter (search highlight) stays; the input moved to the fragment
        assert urlsplit(h.page.url).query == "h=pajak", h.page.url
        assert _fragmen(h.page.url)["bruto"] == JUMLAH_LAMA
        assert h.page.locator("#f-bruto").input_value() == JUMLAH_LAMA
        # computed for the link's value, not the example's
        tunggu(h.page, f"document.querySelector('.bja-hasil').textContent.includes('{int(JUMLAH_LAMA):,}'"
                       ".replaceAll(',', '.'))", 30000)
        pekerja = [u for u in h.permintaan if "/pekerja.mjs" in u]
        assert len(pekerja) == 1 and JUMLAH_LAMA not in pekerja[0], pekerja
        h.page.reload()
        tunggu(h.page, SELESAI, 90000)
        assert h.page.locator("#f-bruto").input_value() == JUMLAH_LAMA
    finally:
        ctx.close()
    jalur = [p for p, _ in log]
    assert [p for p in jalur if JUMLAH_LAMA in p] == [url.removeprefix(asal)], jalur
    # the worker and everything after the page's script ran carry no value in their Referer
    assert not [p for p, r in log if JUMLAH_LAMA in r and ("pekerja.mjs" in p or "pyodide" in p)], log
    assert h.galat == [], h.galat
