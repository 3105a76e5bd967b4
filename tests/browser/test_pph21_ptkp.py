"""PPh 21 page, rule before 2024: the PTKP questions appear only when they apply (a question shown
under either of two conditions), and the page's Python gives CPython's result."""
from __future__ import annotations

import pytest

from tests.conftest import jalankan_peramban, JS_MASUKAN, js_tampil, tunggu

pytestmark = pytest.mark.peramban

SIAP = "document.querySelector('.bja-kalkulator')?.dataset.siap === 'ya'"


def _terlihat(page, kunci: str) -> bool:
    return page.locator(f'.bja-medan[data-kunci="{kunci}"]').is_visible()


def _sama_dengan_cpython(page) -> dict:
    masukan = page.evaluate(JS_MASUKAN)
    harapan = jalankan_peramban("pph21", masukan)
    assert harapan["ok"], (masukan, harapan)
    page.evaluate("(h) => { const t = document.createElement('template'); t.innerHTML = h;"
                  " window.__harapan = t.innerHTML; }", harapan["html"])
    tunggu(page, "document.querySelector('.bja-hasil').innerHTML === window.__harapan", 30000)
    return harapan["hasil"]


def test_ptkp_bukan_pegawai_sebelum_2024(server, halaman):
    h = halaman(f"{server}/kalkulator/pph21/?tanggal=2023-03-15&kategori_pph21=bukan_pegawai"
                "&berkesinambungan=ya&pembayaran_sebelumnya=20+jt&bruto=10+jt&punya_npwp=ya")
    page = h.page
    tunggu(page, SIAP, 90000)
    assert _terlihat(page, "satu_pemotong")
    assert not _terlihat(page, "status_ptkp") and not _terlihat(page, "jumlah_bulan")
    assert _sama_dengan_cpython(page)["pph21"] == 250_000

    page.locator("input[name=satu_pemotong][value=ya]").check()
    tunggu(page, js_tampil("status_ptkp"))
    assert _terlihat(page, "jumlah_bulan")
    page.locator("#f-status_ptkp").select_option("TK/0")
    assert _sama_dengan_cpython(page)["pph21"] == 25_000
    assert "satu_pemotong=ya" in page.url and "status_ptkp=TK" in page.url

    # the same question for a casual worker paid monthly (the other condition)
    page.locator("#f-kategori_pph21").select_option("pegawai_tidak_tetap")
    page.locator("#f-cara_bayar").select_option("bulanan")
    tunggu(page, js_tampil("status_ptkp"))
    assert not _terlihat(page, "satu_pemotong")
    assert "NaN" not in page.content()
    assert h.hosts_lain() == [], h.hosts_lain()
    assert h.galat == [], h.galat
