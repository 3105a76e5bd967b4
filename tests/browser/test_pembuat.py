"""The template builder and the clause library in headless Chromium, against the built site.

A person picks a template, types into the fields (keyboard, not value injection), waits for the
Python engine, downloads the .docx and the .md, and finds exactly what they typed, hostile
strings included, as literal text. The clause library's copy button copies the clause text.
"""
from __future__ import annotations

import io
import re

import pytest

from calculators.kontrak import pustaka
from calculators.kontrak.rakit import teks_klausul
from tests.conftest import tunggu
from tests.kontrak.bantu_kontrak import teks_markdown

pytestmark = pytest.mark.peramban

SIAP = "document.querySelector('.bja-kalkulator')?.dataset.siap === 'ya'"
NAMA_PERTAMA = "<script>alert(1)</script> PT Uji & Rekan"
NAMA_KEDUA = "{{ x }} CV { DATE } ]]>"


def _ketik(page, kunci: str, teks: str) -> None:
    kolom = page.locator(f"#f-{kunci}")
    if not kolom.is_visible():
        # the question's group is folded: open it as a person would, by its heading
        page.locator(f'details.bja-kelompok:has(#f-{kunci}) > summary').click()
    kolom.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(teks, delay=5)


def _unduh(page, akhiran: str, tmp_path):
    tautan = page.locator(f'.bja-unduhan a[download$="{akhiran}"]')
    with page.expect_download() as info:
        tautan.click()
    unduhan = info.value
    tujuan = tmp_path / unduhan.suggested_filename
    unduhan.save_as(tujuan)
    return tujuan


def test_mengisi_dan_mengunduh_docx_seperti_orang(server, halaman, tmp_path):
    import docx

    h = halaman(f"{server}/templat/pembuat/")
    page = h.page
    dialog = []
    page.on("dialog", lambda d: (dialog.append(d.message), d.dismiss()))
    page.locator("#f-templat").select_option("spk-harga-tetap")
    _ketik(page, "nama_pihak_pertama", NAMA_PERTAMA)
    tunggu(page, SIAP, 90000)
    _ketik(page, "nama_pihak_kedua", NAMA_KEDUA)
    _ketik(page, "nilai_kontrak", "Rp 150.000.000")
    tunggu(page, "document.querySelector('.bja-pratinjau')?.textContent.includes('seratus lima puluh juta rupiah')"
                 " && document.querySelector('.bja-pratinjau').textContent.includes('{{ x }} CV')"
                 " && document.querySelector('.bja-unduhan a')")
    # the preview shows the text and runs nothing
    pratinjau = page.locator(".bja-pratinjau").inner_text()
    assert NAMA_PERTAMA in pratinjau and NAMA_KEDUA in pratinjau
    assert page.evaluate("document.querySelectorAll('.bja-hasil script, .bja-hasil img').length") == 0
    assert dialog == []

    berkas = _unduh(page, ".docx", tmp_path)
    # a filled download is named after the template and its parties (slugged, ASCII: the script tag
    # and the braces of the names are gone), not after the blank template's version
    assert re.fullmatch(r"spk-harga-tetap_[a-z0-9-]+_[a-z0-9-]+(_\d{4}-\d{2}-\d{2})?\.docx", berkas.name), berkas.name
    assert "pt-uji" in berkas.name and "script" in berkas.name and "<" not in berkas.name
    d = docx.Document(io.BytesIO(berkas.read_bytes()))
    teks = "\n".join(p.text for p in d.paragraphs) + "\n".join(
        c.text for t in d.tables for r in t.rows for c in r.cells)
    assert NAMA_PERTAMA in teks and NAMA_KEDUA in teks
    assert "Rp150.000.000 (seratus lima puluh juta rupiah)" in teks
    assert any(p.style.name == "Heading 1" and p.text.startswith("Pasal 1") for p in d.paragraphs)

    md = _unduh(page, ".md", tmp_path).read_text(encoding="utf-8")
    assert "&lt;script>alert(1)&lt;/script> PT Uji & Rekan" in md  # escaped for Markdown...
    assert NAMA_PERTAMA in teks_markdown(md) and NAMA_KEDUA in teks_markdown(md)  # ...reads back literally

    # the answers live in the URL (nothing is sent: the page made no request elsewhere)
    assert "nama_pihak_kedua=" in page.url
    assert h.hosts_lain() == [], h.hosts_lain()
    assert h.galat == [], h.galat


def test_tautan_dari_halaman_templat_memilih_templat(server, halaman):
    h = halaman(f"{server}/templat/pembuat/?templat=nda-mutual")
    page = h.page
    assert page.locator("#f-templat").input_value() == "nda-mutual"
    tunggu(page, SIAP, 90000)
    tunggu(page, "document.querySelector('.bja-pratinjau article')?.dataset.templat === 'nda-mutual'")
    # questions of other templates are hidden; a field of this template is shown
    assert page.locator('.bja-medan[data-kunci="nilai_kontrak"]').is_hidden()
    assert not page.locator('.bja-medan[data-kunci="nda_tujuan"]').get_attribute("hidden")
    assert h.galat == [], h.galat


def test_tombol_salin_pustaka_klausul_menyalin_teks_persis(server, peramban):
    ctx = peramban.new_context(viewport={"width": 1280, "height": 900})
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = ctx.new_page()
    page.goto(f"{server}/templat/klausul/")
    p = pustaka()
    for kid in ("pembayaran-termin", "para-pihak"):
        k = p.klausul[kid]
        # the first text block after the clause's heading: the default variant (first tab)
        blok = page.locator(f"h3#{kid} ~ .bja-salin, h3#{kid} ~ .tabbed-set .bja-salin").first
        blok.hover()
        blok.locator("button[data-md-type=copy]").click()
        disalin = page.evaluate("navigator.clipboard.readText()")
        assert disalin.rstrip("\n") == teks_klausul(k, k.varian_bawaan, p)
    ctx.close()


def test_pembuat_memuat_roda_kontrak_dan_potretnya_sendiri(server, halaman):
    """The template builder is the one page that loads the contract library's wheel (after the tax
    wheel), restores its own memory snapshot, computes, and keeps both wheels for offline use."""
    h = halaman("about:blank")
    h.page.add_init_script("window.bjaJalur = 'potret'")  # headless Chromium reports a slow link
    h.page.goto(f"{server}/templat/pembuat/")
    page = h.page
    tunggu(page, SIAP, 90000)
    assert page.locator(".bja-kalkulator").get_attribute("data-potret") == "ya"
    page.locator("#f-templat").select_option("spk-harga-tetap")
    _ketik(page, "nama_pihak_pertama", "PT Contoh Kontrak")
    tunggu(page, "document.querySelector('.bja-pratinjau')?.textContent.includes('PT Contoh Kontrak')", 90000)
    # on the snapshot path the wheels are fetched after the first answer (the fallback files)
    for _ in range(100):
        roda = [u for u in h.permintaan if u.endswith(".whl")]  # the fetches, not the worker script's URL
        if len(roda) >= 2:
            break
        page.wait_for_timeout(200)
    assert len(roda) == 2 and "/calculators-" in roda[0] and "/calculators_kontrak-" in roda[1], roda
    aset = "caches.open('bja-aset').then((c) => c.keys()).then((k) => k.map((r) => r.url))"
    for _ in range(150):
        kunci = page.evaluate(f"async () => await {aset}")
        if any("calculators_kontrak" in u for u in kunci) and any(u.endswith("potret.bin") for u in kunci):
            break
        page.wait_for_timeout(200)
    assert any("calculators_kontrak" in u for u in kunci), kunci
    potret = page.evaluate("new URL(document.querySelector('script[data-potret]').dataset.potret, document.baseURI).href")
    assert [u for u in kunci if u.endswith("potret.bin")] == [potret]
    assert h.galat == [], h.galat
