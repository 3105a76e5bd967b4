"""The five calculators of issue 7 in headless Chromium, driven with the keyboard like a reader.

Each test types into the form, waits for the Python in the page (Pyodide) to recompute, and checks
that what the page shows is exactly what CPython's ``calculators.api.jalankan`` renders for the same
inputs. Every request must go to 127.0.0.1 and the console must stay free of errors.
"""
from __future__ import annotations

import json

import pytest

from calculators import api
from tests.conftest import jalankan_peramban, contoh_halaman, JS_MASUKAN, js_tampil, tunggu

pytestmark = pytest.mark.peramban

SIAP = "document.querySelector('.bja-kalkulator')?.dataset.siap === 'ya'"
HALAMAN = ("model-harga", "termin", "biaya-platform", "kredit-sla", "biaya-karyawan")



def _ketik(page, selector: str, teks: str) -> None:
    page.locator(selector).click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(teks, delay=5)


def _buka(halaman, server, nama: str, query: str = "", lebar: int | None = None):
    h = halaman(f"{server}/kalkulator/{nama}/{query}", lebar)
    tunggu(h.page, SIAP, 90000)
    return h


def _sama_dengan_cpython(page, nama: str) -> dict:
    """Wait until the shown result is CPython's result for the inputs now in the form."""
    masukan = page.evaluate(JS_MASUKAN)
    harapan = jalankan_peramban(nama, masukan)
    assert harapan["ok"], (masukan, harapan)
    page.evaluate("""(h) => { const t = document.createElement('template'); t.innerHTML = h;
                     window.__harapan = t.content.querySelector('.bja-k7').outerHTML; }""", harapan["html"])
    # the result as Python made it: without the scroll cues the page script adds to wide tables
    tunggu(page, """(() => { const k = document.querySelector('.bja-hasil .bja-k7')?.cloneNode(true);
                     if (!k) return false;
                     k.querySelectorAll('.bja-geser').forEach((e) => e.remove());
                     k.querySelectorAll('[data-terpotong]').forEach((e) => e.removeAttribute('data-terpotong'));
                     return k.outerHTML === window.__harapan; })()""", 30000)
    return harapan["hasil"]


def _tampil(page, kunci: str) -> str:
    return page.locator(f'.bja-hasil [data-kunci="{kunci}"]').first.inner_text().strip()


def _rp(x: int) -> str:
    return "Rp" + f"{x:,}".replace(",", ".")


def _bersih(h) -> None:
    assert h.hosts_lain() == [], h.hosts_lain()
    assert h.galat == [], h.galat


@pytest.mark.parametrize("nama", HALAMAN)
def test_contoh_saat_build_sama_dengan_cpython(situs, nama):
    html = (situs / "kalkulator" / nama / "index.html").read_text(encoding="utf-8")
    contoh = jalankan_peramban(nama, contoh_halaman(nama))
    assert contoh["ok"]
    assert contoh["html"] in html


def test_model_harga(server, halaman):
    h = _buka(halaman, server, "model-harga")
    page = h.page
    _ketik(page, "#f-tarif_per_jam", "Rp 300.000")
    _ketik(page, "#f-harga_tetap", "31,5 jt")
    hasil = _sama_dengan_cpython(page, "model-harga")
    assert _tampil(page, "biaya_harapan_per_jam") == _rp(hasil["biaya_harapan_per_jam"])
    assert page.locator(".bja-hasil svg.bja-grafik title").count() == 1
    assert page.locator(".bja-hasil svg polyline").count() == 3
    # the chart's numbers are also a table
    assert page.locator(".bja-hasil .bja-tabel-grafik tbody tr").count() >= 3
    # the scope change removed: the fixed price range collapses to the quote itself
    _ketik(page, "#f-peluang_perubahan", "0")
    hasil = _sama_dengan_cpython(page, "model-harga")
    assert hasil["biaya_bawah_tetap"] == hasil["biaya_atas_tetap"] == 31_500_000
    # a pessimistic estimate below the likely one is explained beside its field
    _ketik(page, "#f-jam_pesimis", "90")
    tunggu(page, "document.querySelector('#f-jam_pesimis-galat').textContent.length > 0")
    assert "pesimis" in page.locator("#f-jam_pesimis-galat").inner_text()
    assert "jam_pesimis=90" in page.url
    _bersih(h)


def test_termin_dan_csv(server, halaman):
    h = _buka(halaman, server, "termin")
    page = h.page
    _ketik(page, "#f-termin", "Desain disetujui; 25%; 15/01/2027\nUji penerimaan; Rp 25.000.000; 2027-03-01\n"
                              "Serah terima; sisa; 31 Maret 2027")
    _ketik(page, "#f-nilai_kontrak", "90 jt")
    hasil = _sama_dengan_cpython(page, "termin")
    assert sum(x["bruto"] for x in hasil["jadwal"]) == 90_000_000
    assert _tampil(page, "net-Termin 2") == _rp(hasil["jadwal"][2]["net_dibayar"])
    # the CSV offered for download is CPython's, byte for byte
    tautan = page.locator('.bja-hasil a[download="jadwal-termin.csv"]')
    assert tautan.count() == 1
    with page.expect_download() as unduh:
        tautan.click()
    assert unduh.value.suggested_filename == "jadwal-termin.csv"
    teks = open(unduh.value.path(), encoding="utf-8", newline="").read()
    assert teks == hasil["unduhan"][0]["teks"]
    # a schedule that does not add up is refused with the difference
    _ketik(page, "#f-termin", "Desain; 30%; 2027-01-15")
    tunggu(page, "document.querySelector('#f-termin-galat').textContent.includes('kurang')")
    _bersih(h)


def test_biaya_platform_ganti_saluran_dan_tarif(server, halaman):
    h = _buka(halaman, server, "biaya-platform")
    page = h.page
    assert page.locator("#f-upwork_klien_persen").is_visible()
    page.locator("#f-saluran").focus()
    page.locator("#f-saluran").select_option("fiverr")
    tunggu(page, js_tampil("fiverr_klien_persen"))
    assert not page.locator("#f-upwork_klien_persen").is_visible()
    assert page.locator("#f-fiverr_klien_persen").input_value() == "5,5%"  # prefilled from the data
    _ketik(page, "#f-nilai_kontrak", "80")
    hasil = _sama_dengan_cpython(page, "biaya-platform")
    assert "Biaya pesanan kecil" in {p["nama"] for p in hasil["rincian"]}
    _ketik(page, "#f-fiverr_klien_persen", "6%")
    hasil = _sama_dengan_cpython(page, "biaya-platform")
    assert _tampil(page, "fiverr_klien_persen") == "6%"
    assert "isian Anda" in page.locator(".bja-tabel-tarif").inner_text()
    assert _tampil(page, "total_dikeluarkan_klien") == _rp(hasil["total_dikeluarkan_klien"])
    assert "saluran=fiverr" in page.url and "upwork_klien_persen" not in page.url
    _bersih(h)


def test_kredit_sla(server, halaman):
    h = _buka(halaman, server, "kredit-sla")
    page = h.page
    page.locator("#f-pengukuran").click()
    page.keyboard.press("Control+End")
    page.keyboard.type("\n2026-11; 95,5; 30; 94", delay=5)
    hasil = _sama_dengan_cpython(page, "kredit-sla")
    assert hasil["periode"][-1]["kredit"] == hasil["batas_kredit_per_periode"]
    assert _tampil(page, "kredit-2026-11") == _rp(hasil["batas_kredit_per_periode"])
    # a line with a missing value is explained beside the field, naming the line
    page.keyboard.type("\n2026-12; 99", delay=5)
    tunggu(page, "document.querySelector('#f-pengukuran-galat').textContent.includes('Baris 6')")
    _bersih(h)


def test_biaya_karyawan_dan_tautan_bersama(server, halaman):
    h = _buka(halaman, server, "biaya-karyawan")
    page = h.page
    _ketik(page, "#f-upah_bulanan", "9.750.000")
    page.locator("#f-kelas_risiko_jkk").select_option("sedang")
    page.locator("input[name=klien_pkp][value=ya]").check()
    hasil = _sama_dengan_cpython(page, "biaya-karyawan")
    assert _tampil(page, "biaya_pemberi_kerja_jkk") == _rp(hasil["biaya_pemberi_kerja_jkk"])
    url = page.url
    assert "kelas_risiko_jkk=sedang" in url
    # the shared link reproduces the same result in a fresh page
    h2 = halaman(url)
    tunggu(h2.page, SIAP, 90000)
    _sama_dengan_cpython(h2.page, "biaya-karyawan")
    assert h2.page.locator("#f-upah_bulanan").input_value() == "9.750.000"
    _bersih(h)
    _bersih(h2)


def test_ponsel_tanpa_gulir_samping(server, halaman):
    # The build-time result is the same HTML the engine renders later, so the layout is checked
    # as soon as each page has loaded; wide tables scroll inside their own box.
    for nama in HALAMAN:
        h = halaman(f"{server}/kalkulator/{nama}/", 390)
        h.page.wait_for_load_state("load")
        lebar = h.page.evaluate("() => document.documentElement.scrollWidth")
        assert lebar <= 390, (nama, lebar)
        assert h.page.locator(".bja-hasil .bja-k7").count() == 1
        assert h.hosts_lain() == [], h.hosts_lain()
        h.page.close()


def test_masukan_dari_cli_dan_halaman_sama_bentuknya():
    # The page sends strings; the CLI may send JSON lists for the line fields: same result.
    contoh = contoh_halaman("kredit-sla")
    daftar = {**contoh, "pengukuran": contoh["pengukuran"].split("\n")}
    assert jalankan_peramban("kredit-sla", daftar)["hasil"] == jalankan_peramban("kredit-sla", contoh)["hasil"]
    assert json.dumps(jalankan_peramban("termin", contoh_halaman("termin"))["hasil"]["jadwal"])
