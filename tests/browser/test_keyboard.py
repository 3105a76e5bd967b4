"""The PPh 23 calculator driven by the keyboard alone: reach every field with Tab, change each one,
see the focus on every control, hear the result and errors through the live regions."""
from __future__ import annotations

import pytest

from tests.conftest import jalankan_peramban, contoh_halaman, tunggu

pytestmark = pytest.mark.peramban

SIAP = "document.querySelector('.bja-kalkulator')?.dataset.siap === 'ya'"
FOKUS = "document.activeElement"


def _fokus(page) -> dict:
    return page.evaluate(f"""() => {{
        const e = {FOKUS}; const s = getComputedStyle(e);
        return {{name: e.name || '', id: e.id || '', type: e.type || '', tag: e.tagName,
                 outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
                 shadow: s.boxShadow !== 'none'}};
    }}""")


def _tab_sampai(page, nama: str, batas: int = 120) -> list[dict]:
    """Press Tab until the control named ``nama`` has focus; returns every control passed on the way."""
    lewat = []
    for _ in range(batas):
        page.keyboard.press("Tab")
        f = _fokus(page)
        lewat.append(f)
        if f["name"] == nama:
            return lewat
    raise AssertionError(f"Tab tidak pernah sampai ke {nama}; terakhir: {lewat[-5:]}")


def _status(page) -> str:
    return page.locator(".bja-status").inner_text()


def test_kalkulator_dengan_papan_ketik_saja(server, halaman):
    h = halaman(f"{server}/kalkulator/pph23/")
    page = h.page
    tunggu(page, SIAP, 90000)

    # From the top of the page, Tab reaches the first field; every stop shows its focus.
    lewat = _tab_sampai(page, "bruto")
    tanpa_fokus = [f for f in lewat if f["tag"] in ("A", "INPUT", "BUTTON", "SELECT") and not (f["outline"] or f["shadow"])]
    assert tanpa_fokus == [], tanpa_fokus
    page.keyboard.press("Control+A")
    page.keyboard.type("Rp 40.000.000")

    # The fields come in the order of the questions.
    urutan = []
    for _ in range(5):
        page.keyboard.press("Tab")
        f = _fokus(page)
        assert f["outline"] or f["shadow"], f
        urutan.append(f["name"])
        if f["name"] == "jenis_penghasilan":
            page.keyboard.press("End")  # last option: hadiah
        if f["name"] == "punya_npwp":
            page.keyboard.press("ArrowRight")  # Ya -> Tidak
        if f["name"] == "tanggal":
            assert f["type"] == "date"  # the browser's date field: day, month, year segments (id-ID)
            page.keyboard.type("01072024")
            break
    assert urutan == ["jenis_penghasilan", "punya_npwp", "pkp", "tanggal"], urutan

    harapan = jalankan_peramban("pph23", {"bruto": "Rp 40.000.000", "jenis_penghasilan": "hadiah",
                                     "punya_npwp": "tidak", "pkp": "ya", "tanggal": "2024-07-01"})
    assert harapan["ok"]
    pph = f"Rp{harapan['hasil']['pph23']:,}".replace(",", ".")
    tunggu(page, f"document.querySelector('.bja-hasil td[data-kunci=pph23]')?.textContent.trim() === '{pph}'")
    # The status line is a live region: it announces the headline figures of the new result.
    assert page.locator(".bja-status").get_attribute("role") == "status"
    tunggu(page, f"document.querySelector('.bja-status').textContent.includes('{pph}')")

    # An error is written into the field's live region and the field is marked invalid.
    for _ in range(10):  # back through the date's segments and the other fields
        page.keyboard.press("Shift+Tab")
        if _fokus(page)["name"] == "bruto":
            break
    assert _fokus(page)["name"] == "bruto"
    page.keyboard.press("Control+A")
    page.keyboard.type("empat puluh juta")
    tunggu(page, "document.querySelector('#f-bruto-galat').textContent.length > 0")
    assert page.locator("#f-bruto-galat").get_attribute("aria-live") == "polite"
    assert page.locator("#f-bruto").get_attribute("aria-invalid") == "true"
    assert "f-bruto-galat" in page.locator("#f-bruto").get_attribute("aria-describedby")
    assert "perlu diperbaiki" in _status(page)
    assert page.locator("#f-bruto").input_value() == "empat puluh juta"  # nothing the reader typed is lost

    # The buttons are reachable and work from the keyboard: "Kembali ke contoh" restores the example.
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => {FOKUS}.dataset?.aksi === 'ulang'"):
            break
    else:
        raise AssertionError("tombol 'Kembali ke contoh' tidak tercapai dengan Tab")
    assert _fokus(page)["outline"] or _fokus(page)["shadow"]
    page.keyboard.press("Enter")
    contoh = jalankan_peramban("pph23", contoh_halaman("pph23"))
    pph = f"Rp{contoh['hasil']['pph23']:,}".replace(",", ".")
    tunggu(page, f"document.querySelector('.bja-hasil td[data-kunci=pph23]')?.textContent.trim() === '{pph}'")
    assert h.galat == [], h.galat
