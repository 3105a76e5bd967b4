"""The late-payment sanctions page in headless Chromium: type an amount and dates, the figure follows."""
from __future__ import annotations

import pytest

from tests.conftest import JS_MASUKAN, JS_SELESAI, jalankan_peramban, tunggu

pytestmark = pytest.mark.peramban


def test_jumlah_dan_tanggal_mengubah_bunga(server, halaman):
    h = halaman(f"{server}/kalkulator/sanksi/")
    page = h.page
    tunggu(page, JS_SELESAI, 90000)
    page.select_option("#f-jenis_keterlambatan", "tagihan_kontrak")
    kolom = page.locator("#f-jumlah")
    kolom.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type("120 jt", delay=5)
    page.fill("#f-jatuh_tempo", "2026-03-01")
    page.fill("#f-tanggal_bayar", "2026-05-30")
    harapan = jalankan_peramban("sanksi", page.evaluate(JS_MASUKAN))
    assert harapan["ok"], harapan
    assert harapan["hasil"]["sanksi"] == 1_775_342   # 120 jt x 6% x 90/365
    tunggu(page, "document.querySelector('.bja-hasil [data-kunci=\"sanksi\"]')?.textContent.trim() === 'Rp1.775.342'", 30000)
    assert h.hosts_lain() == [], h.hosts_lain()
    assert h.galat == [], h.galat
