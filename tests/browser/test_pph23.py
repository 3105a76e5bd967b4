"""The PPh 23 calculator in headless Chromium against the built site on 127.0.0.1."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.conftest import jalankan_peramban, contoh_halaman, tunggu

pytestmark = pytest.mark.peramban

SIAP = "document.querySelector('.bja-kalkulator')?.dataset.siap === 'ya'"


def _sama(page, html: str) -> bool:
    """The shown result equals the CPython HTML, after the browser normalises both."""
    normal = page.evaluate(
        "(h) => { const t = document.createElement('template'); t.innerHTML = h; return t.innerHTML; }", html)
    return page.locator(".bja-hasil").inner_html() == normal


def _angka_tampil(page, kunci: str) -> str:
    return page.locator(f'.bja-hasil td[data-kunci="{kunci}"]').inner_text().strip()


def _ketik(page, selector: str, teks: str) -> None:
    page.locator(selector).click()
    page.keyboard.press("Control+A")
    page.keyboard.type(teks, delay=15)


def test_contoh_saat_build_ada_sebelum_skrip(situs):
    html = (situs / "kalkulator" / "pph23" / "index.html").read_text(encoding="utf-8")
    contoh = jalankan_peramban("pph23", contoh_halaman("pph23"))
    assert contoh["ok"]
    assert contoh["html"] in html  # the same function rendered it at build time


def test_mengetik_seperti_orang_dan_hasil_sama_dengan_cpython(server, halaman):
    h = halaman(f"{server}/kalkulator/pph23/")
    page = h.page
    # Typed before Python is ready: must be computed as soon as it is.
    _ketik(page, "#f-bruto", "Rp 25.000.000")
    tunggu(page, SIAP)
    tunggu(page, "document.querySelector('.bja-status').dataset.jenis === 'ok'"
                 " && document.querySelector('.bja-status').textContent.includes('diperbarui')")
    harapan = jalankan_peramban("pph23", {"bruto": "Rp 25.000.000", "jenis_penghasilan": "jasa",
                                     "punya_npwp": "ya", "pkp": "ya",
                                     "tanggal": contoh_halaman("pph23")["tanggal"]})
    assert harapan["ok"]
    assert _sama(page, harapan["html"])

    # Every change recomputes without a button.
    page.locator("input[name=punya_npwp][value=tidak]").check()
    page.locator("#f-jenis_penghasilan").select_option("royalti")
    _ketik(page, "#f-bruto", "10.000.000,50")
    harapan = jalankan_peramban("pph23", {"bruto": "10.000.000,50", "jenis_penghasilan": "royalti",
                                     "punya_npwp": "tidak", "pkp": "ya",
                                     "tanggal": contoh_halaman("pph23")["tanggal"]})
    tunggu(page, f"document.querySelector('.bja-hasil td[data-kunci=pph23]')?.textContent.trim() === "
                 f"'Rp{harapan['hasil']['pph23']:,}'.replaceAll(',', '.')")
    assert _sama(page, harapan["html"])
    assert _angka_tampil(page, "tarif") == "30%"

    # Inputs live in the URL, so the result can be shared.
    assert "jenis_penghasilan=royalti" in page.url and "punya_npwp=tidak" in page.url

    # A bad value is explained beside its field, and the page does not break.
    _ketik(page, "#f-bruto", "10,000")
    tunggu(page, "document.querySelector('#f-bruto-galat').textContent.length > 0")
    assert "titik untuk ribuan" in page.locator("#f-bruto-galat").inner_text()
    assert page.locator("#f-bruto").get_attribute("aria-invalid") == "true"
    assert "NaN" not in page.content()

    # A date no rule covers gets a clear message.
    page.locator("#f-bruto").fill("5 jt")
    page.locator("#f-tanggal").fill("2008-06-01")
    tunggu(page, "document.querySelector('.bja-hasil').textContent.includes('belum dicakup')")

    assert h.hosts_lain() == [], h.hosts_lain()
    assert h.galat == [], h.galat


def test_tautan_bersama_mengisi_dan_menghitung(server, halaman):
    h = halaman("about:blank")
    h.page.add_init_script("window.bjaJalur = 'potret'")  # headless Chromium reports a slow link
    h.page.goto(f"{server}/kalkulator/pph23/?bruto=7+jt&jenis_penghasilan=jasa&punya_npwp=ya&pkp=tidak&tanggal=2024-02-01")
    page = h.page
    tunggu(page, SIAP)
    harapan = jalankan_peramban("pph23", {"bruto": "7 jt", "jenis_penghasilan": "jasa", "punya_npwp": "ya",
                                     "pkp": "tidak", "tanggal": "2024-02-01"})
    tunggu(page, "document.querySelector('.bja-status').textContent.includes('diperbarui')")
    assert _sama(page, harapan["html"])
    # Python came from the build-time memory snapshot (tools/potret.mjs), not a fresh start
    assert page.locator(".bja-kalkulator").get_attribute("data-potret") == "ya"
    assert h.galat == []


def _tanpa_potret(h, url: str) -> None:
    """Python started the ordinary way: the result is still CPython's."""
    page = h.page
    tunggu(page, SIAP)
    tunggu(page, "document.querySelector('.bja-status').textContent.includes('diperbarui')")
    assert page.locator(".bja-kalkulator").get_attribute("data-potret") == "tidak"
    harapan = jalankan_peramban("pph23", {"bruto": "12 jt", "jenis_penghasilan": "jasa", "punya_npwp": "tidak",
                                     "pkp": "ya", "tanggal": "2025-06-02"})
    assert _sama(page, harapan["html"])
    assert "NaN" not in page.content()


URL_TANPA_POTRET = "/kalkulator/pph23/?bruto=12+jt&jenis_penghasilan=jasa&punya_npwp=tidak&pkp=ya&tanggal=2025-06-02"


def test_potret_gagal_dimuat_python_tetap_jalan(server, halaman):
    """A host that does not serve the snapshot (or a broken one): the worker falls back."""
    h = halaman("about:blank")
    h.page.add_init_script("window.bjaJalur = 'potret'")  # the snapshot path, whose snapshot then fails
    h.page.route("**/potret.bin*", lambda route: route.abort())
    h.page.goto(f"{server}{URL_TANPA_POTRET}")
    _tanpa_potret(h, URL_TANPA_POTRET)


def test_save_data_tidak_mengunduh_potret(server, halaman):
    """A reader whose browser asks to save data gets the smaller download (no ~5 MB snapshot)."""
    h = halaman("about:blank")
    # a fast link, on which the snapshot would otherwise be used: Save-Data alone keeps it away
    h.page.add_init_script("Object.defineProperty(navigator, 'connection', "
                           "{value: {effectiveType: '4g', downlink: 20, saveData: true}})")
    h.page.goto(f"{server}{URL_TANPA_POTRET}")
    _tanpa_potret(h, URL_TANPA_POTRET)
    assert any(u.endswith("pyodide.asm.wasm") for u in h.permintaan)  # the worker's requests are seen
    assert not [u for u in h.permintaan if "potret" in u], h.permintaan
    # nor does the service worker fetch it in the background when it keeps the runtime
    aset = "caches.open('bja-aset').then((c) => c.keys()).then((k) => k.map((r) => r.url))"
    for _ in range(150):
        kunci = h.page.evaluate(f"async () => await {aset}")
        if any(u.endswith("pyodide.asm.wasm") for u in kunci):
            break
        h.page.wait_for_timeout(200)
    assert any(u.endswith("pyodide.asm.wasm") for u in kunci), kunci
    assert not [u for u in kunci if "potret" in u], kunci
    assert h.galat == []


def test_halaman_panduan_tidak_memuat_python(server, halaman, situs):
    h = halaman(f"{server}/")
    h.page.wait_for_load_state("networkidle")
    assert not [u for u in h.permintaan if "pyodide" in u or u.endswith(".whl")]
    assert h.galat == []


def _kunci_cache(page, isi: str, batas: int = 150) -> list[str]:
    """The URLs in the service worker's asset cache once one ending with ``isi`` is there."""
    aset = "caches.open('bja-aset').then((c) => c.keys()).then((k) => k.map((r) => r.url))"
    for _ in range(batas):
        kunci = page.evaluate(f"async () => await {aset}")
        if any(u.endswith(isi) for u in kunci):
            return kunci
        page.wait_for_timeout(200)
    raise AssertionError(f"{isi} never cached: {kunci}")


def test_halaman_pajak_tidak_meminta_roda_kontrak(server, peramban):
    """A tax page downloads the tax wheel and the tax snapshot only: not the contract library's
    wheel nor the template builder's snapshot (hooks/runtime.py), neither from the page and its
    worker nor from the service worker that keeps the runtime for offline use."""
    ctx = peramban.new_context()
    ctx.add_init_script("window.bjaJalur = 'potret'")  # headless Chromium reports a slow link
    semua: list[str] = []
    ctx.on("request", lambda r: semua.append(r.url))  # the page, its worker, the service worker
    page = ctx.new_page()
    page.goto(f"{server}{URL_TANPA_POTRET}")
    tunggu(page, SIAP)
    tunggu(page, "document.querySelector('.bja-status').textContent.includes('diperbarui')")
    assert page.locator(".bja-kalkulator").get_attribute("data-potret") == "ya"
    kunci = _kunci_cache(page, "potret.bin")  # the runtime is kept: the service worker has run
    potret = page.evaluate("new URL(document.querySelector('script[data-potret]').dataset.potret, document.baseURI).href")
    jalur = [urlsplit(u).path for u in semua]  # the worker script's URL names the wheels in its query
    roda = [j for j in jalur if j.endswith(".whl")]
    assert roda and all("/calculators-" in j for j in roda), roda
    assert not [j for j in jalur + kunci if "calculators_kontrak" in j], jalur + kunci
    assert {j for j in jalur if j.endswith("potret.bin")} == {urlsplit(potret).path}
    assert [u for u in kunci if u.endswith("potret.bin")] == [potret]
    ctx.close()
