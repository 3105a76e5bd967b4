"""Shared test fixtures: the built site, served on 127.0.0.1, and headless Chromium."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import socketserver
import threading
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parent.parent
SITUS = Path(os.environ.get("BJA_SITE", AKAR / "site"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGUMEN_CHROMIUM = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


@pytest.fixture(scope="session")
def situs() -> Path:
    if not (SITUS / "index.html").exists():
        if os.environ.get("CI") == "true":
            pytest.fail("site/ has not been built: run `make build` first")
        pytest.skip("site/ has not been built (make build)")
    return SITUS


class _Penyaji(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".mjs": "text/javascript"}

    def log_message(self, *args):  # keep test output quiet
        pass


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


@pytest.fixture(scope="session")
def server(situs):
    handler = functools.partial(_Penyaji, directory=str(situs))
    srv = _Server(("127.0.0.1", 0), handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


@pytest.fixture(scope="session")
def peramban():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        if os.environ.get("CI") == "true":
            pytest.fail(f"Chromium not found at {CHROMIUM}; CI must install Debian's chromium")
        pytest.skip("Chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGUMEN_CHROMIUM, headless=True)
        yield b
        b.close()


class Halaman:
    """A page plus everything it requested and every console error it printed."""

    def __init__(self, page):
        self.page = page
        self.permintaan: list[str] = []
        self.galat: list[str] = []
        page.on("request", lambda r: self.permintaan.append(r.url))
        page.on("console", lambda m: m.type == "error" and self.galat.append(m.text))
        page.on("pageerror", lambda e: self.galat.append(str(e)))
        page.on("worker", self._pekerja)

    def _pekerja(self, w):
        w.on("console", lambda m: m.type == "error" and self.galat.append("worker: " + m.text))

    def hosts_lain(self) -> list[str]:
        return [u for u in self.permintaan
                if not (u.startswith("http://127.0.0.1:") or u.startswith("data:") or u.startswith("blob:"))]


@pytest.fixture
def halaman(peramban):
    ctx = peramban.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    dibuka = []

    def buka(url: str, lebar: int | None = None) -> Halaman:
        page = ctx.new_page()
        if lebar:
            page.set_viewport_size({"width": lebar, "height": 900})
        h = Halaman(page)
        page.goto(url)
        dibuka.append(h)
        return h

    yield buka
    ctx.close()


# The inputs a calculator page sends: every displayed field (the same rule as kalkulator.js: a
# question that does not apply is display:none by the page's tampil_jika CSS).
JS_MASUKAN = """() => {
  const data = {};
  document.querySelectorAll('.bja-form .bja-medan').forEach((m) => {
    if (getComputedStyle(m).display === 'none') return;
    const r = m.querySelector('input[type=radio]:checked');
    const k = m.querySelector('input, select, textarea');
    data[m.dataset.kunci] = r ? r.value : (k ? k.value : '');
  });
  return data;
}"""


# The calculator's engine is ready, and the answer for the inputs now in the form has arrived
# (kalkulator.js: data-siap when Python is ready, data-sibuk while an answer is awaited).
JS_SIAP = "document.querySelector('.bja-kalkulator')?.dataset.siap === 'ya'"
JS_SELESAI = JS_SIAP + " && !document.querySelector('.bja-kalkulator').hasAttribute('data-sibuk')"


def js_tampil(kunci: str) -> str:
    """A JS expression: is the question ``kunci`` displayed (not hidden by its tampil_jika)?"""
    return f"(getComputedStyle(document.querySelector('.bja-medan[data-kunci=\"{kunci}\"]')).display !== 'none')"


def tunggu(page, ekspresi: str, batas_ms: int = 60000) -> None:
    """Poll a JS expression (string-form wait_for_function is blocked by our CSP)."""
    import time

    akhir = time.monotonic() + batas_ms / 1000
    while time.monotonic() < akhir:
        if page.evaluate(f"() => Boolean({ekspresi})"):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"timed out waiting for {ekspresi}")


def contoh_halaman(nama: str) -> dict:
    """The example a calculator page starts with: the calculator's example in the build's reference
    period (``calculators.api.contoh_pada`` with ``extra.tanggal_acuan``, as ``macros/formulir.py``)."""
    from calculators import api
    from macros import acuan

    return api.contoh_pada(nama, acuan.aktif())


def jalankan_peramban(nama: str, data: dict) -> dict:
    """``api.jalankan`` as the page's worker calls it: with the browser's today (the same clock as
    this machine's), so a deadline already past carries the same warning as on the page."""
    from datetime import date

    from calculators import api

    return api.jalankan(nama, data, hari_ini=date.today())
