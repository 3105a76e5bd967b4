"""Offline use through the service worker (docs/assets/js/sw.js, written to /sw.js by hooks/layanan.py).

The honest test of "no connection": the site is served by a server of this test, which is shut down.
Then a guide page and a calculator page are reloaded and the calculator computes a new result.
A second test publishes a new build over the old one and checks the switch is complete and clean.
"""
from __future__ import annotations

import functools
import re
import shutil
import threading

import pytest

from tests.conftest import jalankan_peramban, _Penyaji, _Server, tunggu

pytestmark = pytest.mark.peramban

SIAP = "document.querySelector('.bja-kalkulator')?.dataset.siap === 'ya'"
DIKENDALIKAN = "navigator.serviceWorker.controller !== null"


class _Penyaji1:
    def __init__(self, akar):
        self.srv = _Server(("127.0.0.1", 0), functools.partial(_Penyaji, directory=str(akar)))
        threading.Thread(target=self.srv.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.srv.server_address[1]}"

    def mati(self):
        """Stop serving (the "no connection" of the test); safe to call twice."""
        if self.srv is not None:
            self.srv.shutdown()
            self.srv.server_close()
            self.srv = None


def _tunggu_janji(page, ekspresi: str, batas_ms: int = 30000) -> None:
    """Poll an expression that gives a Promise (caches, registrations) until it resolves truthy."""
    for _ in range(batas_ms // 200):
        if page.evaluate(f"async () => Boolean(await ({ekspresi}))"):
            return
        page.wait_for_timeout(200)
    raise AssertionError(f"timed out waiting for {ekspresi}")


def _panduan(situs) -> str:
    return sorted(p.parent.relative_to(situs).as_posix() for p in situs.glob("panduan/*/index.html"))[0] + "/"


def test_luring_halaman_dan_kalkulator(peramban, situs):
    srv = _Penyaji1(situs)
    ctx = peramban.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    # the snapshot path, whose files the service worker keeps (headless Chromium reports a slow link)
    ctx.add_init_script("window.bjaJalur = 'potret'")
    galat = []
    try:
        page = ctx.new_page()
        page.on("pageerror", lambda e: galat.append(str(e)))
        panduan = _panduan(situs)
        # First visit straight to a calculator: Python starts before the service worker exists.
        page.goto(f"{srv.url}/kalkulator/pph23/")
        tunggu(page, SIAP, 90000)
        tunggu(page, DIKENDALIKAN, 30000)
        page.goto(f"{srv.url}/{panduan}")
        tunggu(page, DIKENDALIKAN, 30000)
        kunci = page.evaluate("async () => (await caches.keys()).sort()")
        assert "bja-aset" in kunci and any(k.startswith("bja-halaman-") for k in kunci), kunci
        _tunggu_janji(page, "caches.open('bja-aset').then(c => c.keys()).then(k => k.some(r => r.url.endsWith('.wasm'))"
                            " && k.some(r => r.url.endsWith('.whl')) && k.some(r => r.url.endsWith('potret.bin')))")

        srv.mati()  # no connection from here on

        page.goto(f"{srv.url}/{panduan}")
        assert page.locator("h1").count() == 1
        assert "md-content" in page.content()
        page.goto(f"{srv.url}/kalkulator/pph23/?bruto=7.500.000&jenis_penghasilan=jasa&punya_npwp=ya&pkp=ya"
                  "&tanggal=2025-03-10")
        tunggu(page, SIAP, 90000)
        # offline, Python is restored from the cached memory snapshot, not started from scratch
        assert page.locator(".bja-kalkulator").get_attribute("data-potret") == "ya"
        harapan = jalankan_peramban("pph23", {"bruto": "12.000.000", "jenis_penghasilan": "jasa",
                                         "punya_npwp": "tidak", "pkp": "ya", "tanggal": "2025-03-10"})
        page.locator("#f-bruto").fill("12.000.000")
        page.locator("input[name=punya_npwp][value=tidak]").check()
        pph = f"Rp{harapan['hasil']['pph23']:,}".replace(",", ".")
        tunggu(page, f"document.querySelector('.bja-hasil td[data-kunci=pph23]')?.textContent.trim() === '{pph}'")
        assert "NaN" not in page.content()
        # a page never visited, offline: the site's own "not found" page, not the browser's error
        page.goto(f"{srv.url}/kalkulator/ppn/")
        assert page.locator(".md-content").count() == 1
    finally:
        ctx.close()
        srv.mati()
    assert galat == [], galat


def test_versi_baru_menggantikan_seluruhnya(peramban, situs, tmp_path):
    """A new build: the new worker refetches the kept pages, then drops the old cache (no mixing)."""
    salinan = tmp_path / "situs"
    shutil.copytree(situs, salinan, ignore=shutil.ignore_patterns("*.br", "*.gz", "pyodide*", "python_stdlib.zip"))
    srv = _Penyaji1(salinan)
    ctx = peramban.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    try:
        page = ctx.new_page()
        panduan = _panduan(situs)
        page.goto(f"{srv.url}/{panduan}")
        tunggu(page, DIKENDALIKAN, 30000)
        page.goto(f"{srv.url}/{panduan}")  # now fetched through the worker: kept for offline use
        lama = page.evaluate("async () => (await caches.keys()).filter(k => k.startsWith('bja-halaman-'))")
        assert len(lama) == 1

        # "publish" a new build: new version in sw.js, a changed sentence in the kept page
        sw = (salinan / "sw.js").read_text(encoding="utf-8")
        versi_lama = re.search(r'const VERSI = "([0-9a-f]+)"', sw).group(1)
        (salinan / "sw.js").write_text(sw.replace(versi_lama, "f" * 16), encoding="utf-8")
        berkas = salinan / panduan / "index.html"
        berkas.write_text(berkas.read_text(encoding="utf-8").replace(
            "</h1>", "</h1><p id='versi-baru'>Versi baru.</p>", 1), encoding="utf-8")

        page.evaluate("async () => (await navigator.serviceWorker.getRegistration()).update()")
        _tunggu_janji(page, "caches.keys().then(k => k.includes('bja-halaman-ffffffffffffffff'))")
        _tunggu_janji(page, "caches.keys().then(k => !k.includes('" + lama[0] + "'))")
        baru = page.evaluate("async () => (await caches.keys()).filter(k => k.startsWith('bja-halaman-'))")
        assert baru == ["bja-halaman-ffffffffffffffff"], baru
        # the new cache already holds the new version of the kept page: offline shows the new text
        srv.mati()
        page.goto(f"{srv.url}/{panduan}")
        assert page.locator("#versi-baru").count() == 1
    finally:
        ctx.close()
        srv.mati()
