"""The "Kalkulator Pembayaran Jasa" page in headless Chromium: questions that follow the answers,
a corpus of bad inputs typed into the page, and results equal to CPython's."""
from __future__ import annotations

import pytest

from tests.conftest import jalankan_peramban, js_tampil, tunggu

pytestmark = pytest.mark.peramban

SIAP = "document.querySelector('.bja-kalkulator')?.dataset.siap === 'ya'"
DASAR = {"penerima": "orang_pribadi", "kategori_pph21": "bukan_pegawai", "jenis_penghasilan": "jasa",
         "punya_npwp": "ya", "pkp": "tidak", "tanggal": "2025-03-10"}

# typed into the amount field: each must give a message next to the field, never a crash or NaN
BURUK = ["-5.000.000", "abc", "10.5", "1,000", "Rp", "10jt10", "1e9", "999999999999999999999",
         "０", "💸", "<script>alert(1)</script>", "1" * 400, "12,345,678", "--1", "Rp 1.000.000 + 5"]
BAIK = {"Rp 10.000.000": "Rp 10.000.000", "10.000.000,50": "10.000.000,50", "10jt": "10jt",
        "1,5 juta": "1,5 juta", " 7.500.000 ": " 7.500.000 "}


def _isi(page, selector: str, teks: str) -> None:
    page.locator(selector).fill(teks)
    page.locator(selector).dispatch_event("input")


def _pph21_tampil(page) -> str:
    return page.evaluate("() => document.querySelector('.bja-hasil td[data-kunci=pph21]')?.textContent.trim() || ''")


def test_pertanyaan_mengikuti_jawaban_dan_masukan_buruk(server, halaman):
    h = halaman(f"{server}/kalkulator/pembayaran/?" + "&".join(f"{k}={v}" for k, v in DASAR.items())
                + "&bruto=10.000.000")
    page = h.page
    tunggu(page, SIAP, 90000)
    tunggu(page, "document.querySelector('.bja-status').dataset.jenis === 'ok'")

    # Questions shown and hidden by earlier answers.
    def terlihat(**harapan):
        """Wait until each question is shown (True) or hidden (False): the form updates after each change."""
        kondisi = " && ".join(f"{js_tampil(k)} === {str(v).lower()}" for k, v in harapan.items())
        tunggu(page, kondisi, 10000)

    terlihat(kategori_pph21=True, bentuk_badan=False, cara_bayar=False)
    page.locator("#f-kategori_pph21").select_option("pegawai_tidak_tetap")
    terlihat(cara_bayar=True, jumlah_hari=True, status_ptkp=False)
    page.locator("#f-cara_bayar").select_option("bulanan")
    terlihat(status_ptkp=True, jumlah_hari=False)
    page.locator("#f-status_ptkp").select_option("K/3")
    harapan = jalankan_peramban("pembayaran", {**DASAR, "kategori_pph21": "pegawai_tidak_tetap", "cara_bayar": "bulanan",
                                          "status_ptkp": "K/3", "bruto": "10.000.000"})
    rp = f"Rp{harapan['hasil']['pph21']:,}".replace(",", ".")
    tunggu(page, f"document.querySelector('.bja-hasil td[data-kunci=pph21]')?.textContent.trim() === '{rp}'")
    assert "status_ptkp=K%2F3" in page.url or "status_ptkp=K/3" in page.url
    page.locator("#f-kategori_pph21").select_option("bukan_pegawai")
    page.locator("#f-penerima").select_option("badan")
    terlihat(kategori_pph21=False, status_ptkp=False)
    page.locator("#f-penerima").select_option("orang_pribadi")
    terlihat(kategori_pph21=True, berkesinambungan=True)

    # The corpus of bad amounts: message beside the field, field marked, text kept, nothing broken.
    for teks in BURUK:
        _isi(page, "#f-bruto", teks)
        tunggu(page, "document.querySelector('#f-bruto-galat').textContent.trim().length > 0"
                     " && document.querySelector('#f-bruto').getAttribute('aria-invalid') === 'true'", 20000)
        pesan = page.locator("#f-bruto-galat").inner_text()
        assert pesan and not any(x in pesan for x in ("Traceback", "Error", "undefined", "NaN")), (teks, pesan)
        assert page.locator("#f-bruto").input_value() == teks, teks  # nothing the reader typed is lost
        isi = page.locator(".bja-kalkulator").inner_text()
        assert not any(x in isi for x in ("NaN", "undefined", "Infinity", "[object")), teks
        assert page.locator("script:text('alert(1)')").count() == 0

    # A blank amount: asked for, not computed as zero.
    _isi(page, "#f-bruto", "   ")
    tunggu(page, "document.querySelector('#f-bruto-galat').textContent.trim().length > 0")

    # Good amounts in the formats readers type: the page shows what CPython computes.
    for teks in BAIK:
        _isi(page, "#f-bruto", teks)
        harapan = jalankan_peramban("pembayaran", {**DASAR, "bruto": teks})
        assert harapan["ok"], teks
        rp = f"Rp{harapan['hasil']['pph21']:,}".replace(",", ".")
        tunggu(page, f"document.querySelector('#f-bruto-galat').textContent === ''"
                     f" && document.querySelector('.bja-hasil td[data-kunci=pph21]')?.textContent.trim() === '{rp}'",
               20000)
        assert page.locator("#f-bruto").get_attribute("aria-invalid") is None

    # Other fields: a bad date and a bad number of counterparts are explained beside them.
    _isi(page, "#f-jumlah_rangkap", "nol")
    tunggu(page, "document.querySelector('#f-jumlah_rangkap-galat').textContent.trim().length > 0")
    _isi(page, "#f-jumlah_rangkap", "2")
    page.locator("#f-tanggal").fill("2031-01-01")
    page.locator("#f-tanggal").dispatch_event("input")
    tunggu(page, "document.querySelector('.bja-kalkulator').textContent.includes('belum dicakup')"
                 " || document.querySelector('#f-tanggal-galat').textContent.trim().length > 0")

    # The URL carries the inputs; a reload restores them and computes again.
    page.locator("#f-tanggal").fill("2025-03-10")
    page.locator("#f-tanggal").dispatch_event("input")
    _isi(page, "#f-bruto", "12.345.678")
    tunggu(page, "location.hash.includes('bruto=12.345.678')")  # the fragment: sent to no server
    url = page.url
    page.goto("about:blank")  # a new load of the link, not a same-document jump to its fragment
    page.goto(url)
    tunggu(page, SIAP, 90000)
    assert page.locator("#f-bruto").input_value() == "12.345.678"
    harapan = jalankan_peramban("pembayaran", {**DASAR, "bruto": "12.345.678", "jumlah_rangkap": "2"})
    rp = f"Rp{harapan['hasil']['pph21']:,}".replace(",", ".")
    tunggu(page, f"document.querySelector('.bja-hasil td[data-kunci=pph21]')?.textContent.trim() === '{rp}'")

    assert h.hosts_lain() == [], h.hosts_lain()
    assert h.galat == [], h.galat
