"""Checks over every built page: self-hosted only, CSP present and sound."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytestmark = pytest.mark.situs

ATRIBUT_SUMBER = {
    "script": ["src"], "link": ["href"], "img": ["src", "srcset"], "source": ["src", "srcset"],
    "iframe": ["src"], "video": ["src", "poster"], "audio": ["src"], "embed": ["src"],
    "object": ["data"], "use": ["href", "xlink:href"], "image": ["href", "xlink:href"],
}


class _Pengumpul(HTMLParser):
    def __init__(self):
        super().__init__()
        self.sumber: list[tuple[str, str, str]] = []
        self.csp: list[str] = []
        self.skrip_sebaris_berhandler: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for nama in ATRIBUT_SUMBER.get(tag, []):
            if a.get(nama):
                if tag == "link" and (a.get("rel") or "") in ("canonical",):
                    continue
                self.sumber.append((tag, nama, a[nama]))
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp.append(a.get("content") or "")
        for k in a:
            if k.startswith("on"):
                self.skrip_sebaris_berhandler.append(f"<{tag} {k}>")


def _halaman(situs: Path) -> list[Path]:
    return sorted(situs.rglob("*.html"))


def _eksternal(url: str) -> bool:
    return bool(re.match(r"^(https?:)?//", url.strip())) and not re.match(
        r"^https?://127\.0\.0\.1[:/]", url.strip())


def test_tidak_ada_sumber_dari_host_lain(situs):
    salah = []
    for p in _halaman(situs):
        k = _Pengumpul()
        k.feed(p.read_text(encoding="utf-8"))
        for tag, nama, url in k.sumber:
            for bagian in url.split(","):
                if _eksternal(bagian.strip().split(" ")[0]):
                    salah.append(f"{p.relative_to(situs)}: <{tag} {nama}={bagian.strip()}>")
    assert salah == []


def test_css_dan_js_tidak_memuat_host_lain(situs):
    salah = []
    for p in list(situs.rglob("*.css")) + list(situs.rglob("*.js")) + list(situs.rglob("*.mjs")):
        if "pyodide" in p.parts:
            continue  # the runtime names its CDN only as a fallback; our indexURL always points here
        teks = p.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"@import\s+url\(\s*['\"]?(https?:)?//|url\(\s*['\"]?https?://|importScripts\(\s*['\"]https?://", teks):
            salah.append(f"{p.relative_to(situs)}: {m.group(0)}")
    assert salah == []


def test_setiap_halaman_punya_csp_ketat(situs):
    halaman = _halaman(situs)
    assert len(halaman) >= 3
    for p in halaman:
        if p.name == "404.html" and p.parent != situs:
            continue
        k = _Pengumpul()
        k.feed(p.read_text(encoding="utf-8"))
        assert len(k.csp) == 1, p
        csp = k.csp[0]
        assert "default-src 'self'" in csp
        assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0], p
        assert "'unsafe-eval'" not in csp, p
        assert "'wasm-unsafe-eval'" in csp
        assert "object-src 'none'" in csp
        assert k.skrip_sebaris_berhandler == [], (p, k.skrip_sebaris_berhandler)


def test_hash_csp_cocok_dengan_skrip_sebaris(situs):
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "hooks"))
    from csp import kebijakan

    for p in _halaman(situs):
        html = p.read_text(encoding="utf-8")
        k = _Pengumpul()
        k.feed(html)
        tanpa_meta = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
        assert k.csp[0] == kebijakan(tanpa_meta), p


def test_runtime_dan_roda_ada(situs):
    roda = list((situs / "assets" / "roda").rglob("calculators-*-py3-none-any.whl"))
    assert len(roda) == 1
    versi = list((situs / "assets" / "pyodide").iterdir())
    assert len(versi) == 1
    for nama in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        assert (versi[0] / nama).stat().st_size > 0


def test_potret_memori_ada_dirujuk_dan_bersih(situs):
    """The Python memory snapshots (hooks/runtime.py, tools/potret.mjs): two files, one referenced by
    every calculator page but the template builder, which references its own; the contract library
    only in the builder's heap; nothing of the build machine in either heap that is published."""
    potret = sorted((situs / "assets" / "potret").rglob("potret.bin"))
    assert len(potret) == 2
    url = {p.relative_to(situs).as_posix(): p for p in potret}
    kalkulator = [p for p in _halaman(situs) if 'class="bja-kalkulator' in p.read_text(encoding="utf-8")]
    assert kalkulator
    dirujuk: dict[str, list[Path]] = {}
    for p in kalkulator:
        (u,) = [u for u in url if f'{u}"' in p.read_text(encoding="utf-8")]  # exactly one each
        dirujuk.setdefault(u, []).append(p.relative_to(situs).as_posix())
    pembuat = [u for u, hal in dirujuk.items() if hal == ["templat/pembuat/index.html"]]
    assert len(dirujuk) == 2 and len(pembuat) == 1, dirujuk
    akar = str(Path(__file__).resolve().parents[2]).encode()
    for u, p in url.items():
        data = p.read_bytes()
        assert data[:4] == b"\x00snp" and len(data) > 10_000_000  # Pyodide's snapshot magic, then the heap
        for rahasia in (akar, b".venv", b"VIRTUAL_ENV", b"GITHUB_", b"potret.mjs"):
            assert rahasia not in data, (u, rahasia)
        # the tax pages' heap has the tax calculators' modules but none of the contract library
        # (the paths the worker unpacks to, as each loaded module's __file__; a docstring may name
        # the module, never this path)
        assert b"/lib/bja/calculators/kalkulator/pph23.py" in data, u
        assert (b"/lib/bja/calculators/kontrak/" in data) == (u in pembuat), u


def test_hanya_halaman_kalkulator_memuat_runtime(situs):
    for p in _halaman(situs):
        html = p.read_text(encoding="utf-8")
        punya_form = 'class="bja-kalkulator' in html
        memuat = "kalkulator.js" in html
        assert punya_form == memuat, p
