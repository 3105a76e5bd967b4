"""axe-core (npm, the version in package-lock.json) over EVERY built page: WCAG 2.1 A and AA rules,
light and dark palette, desktop (1280 px) and phone (390 px). Zero violations, no rule disabled.
At 390 px no page may scroll sideways. Calculator pages are also checked once ready and in an error state.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import AKAR, tunggu

pytestmark = pytest.mark.peramban

AXE = AKAR / "node_modules" / "axe-core" / "axe.min.js"
ATURAN = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
VARIAN = [("light", 1280), ("dark", 1280), ("light", 390), ("dark", 390)]


def _axe(page) -> list[str]:
    """Violations as readable lines (rule, element, why)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))  # CDP evaluation is not subject to the page's CSP
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    hasil = page.evaluate(f"async () => (await axe.run(document, {json.dumps(ATURAN)})).violations"
                          ".map(v => v.nodes.map(n => v.id + ' ' + n.target.join(' ') + ': ' +"
                          " (n.failureSummary || '').split('\\n').slice(1, 2).join(' ').trim())).flat()")
    return hasil


def _halaman_situs(situs: Path) -> list[str]:
    return sorted(p.relative_to(situs).as_posix().removesuffix("index.html") for p in situs.rglob("*.html"))


@pytest.mark.parametrize("skema,lebar", VARIAN, ids=[f"{s}-{w}" for s, w in VARIAN])
def test_axe_semua_halaman(peramban, server, situs, skema, lebar):
    assert AXE.is_file(), "npm ci belum dijalankan (axe-core)"
    ctx = peramban.new_context(viewport={"width": lebar, "height": 900}, color_scheme=skema, locale="id-ID")
    page = ctx.new_page()
    pelanggaran, geser = [], []
    halaman = _halaman_situs(situs)
    assert len(halaman) > 30
    assert len([r for r in halaman if r.startswith("en/")]) >= 5  # the English section (lang="en") too
    try:
        for rel in halaman:
            page.goto(f"{server}/{rel}")
            tema = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
            assert tema == ("slate" if skema == "dark" else "default"), (rel, tema)
            pelanggaran += [f"{rel or '/'}: {v}" for v in _axe(page)]
            if lebar <= 400 and page.evaluate(
                    "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"):
                geser.append(rel or "/")
    finally:
        ctx.close()
    assert pelanggaran == [], f"{len(pelanggaran)} pelanggaran axe ({skema}, {lebar} px):\n" + "\n".join(pelanggaran[:60])
    assert geser == [], f"halaman yang bergeser ke samping pada {lebar} px: {geser}"


@pytest.mark.parametrize("skema", ["light", "dark"])
@pytest.mark.parametrize("jalur,kolom", [("kalkulator/pph23/", "bruto"), ("kalkulator/pembayaran/", "bruto")])
def test_axe_kalkulator_siap_dan_galat(peramban, server, skema, jalur, kolom):
    """Once Python runs: the computed result, then a field in error, are still free of violations."""
    ctx = peramban.new_context(viewport={"width": 1280, "height": 900}, color_scheme=skema, locale="id-ID")
    page = ctx.new_page()
    try:
        page.goto(f"{server}/{jalur}")
        tunggu(page, "document.querySelector('.bja-kalkulator')?.dataset.siap === 'ya'", 90000)
        assert _axe(page) == []
        page.fill(f"[name={kolom}]", "sepuluh juta")
        tunggu(page, f"document.querySelector('[name={kolom}]').getAttribute('aria-invalid') === 'true'")
        assert _axe(page) == []
    finally:
        ctx.close()
