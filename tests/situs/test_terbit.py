"""What a static host needs: the `_headers` file (hooks/terbit.py) and the .br/.gz copies (hooks/kompres.py)."""
from __future__ import annotations

import gzip
import re
from pathlib import Path

import brotli
import pytest

pytestmark = pytest.mark.situs

META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"')


def _headers(situs: Path) -> dict[str, dict[str, str]]:
    aturan: dict[str, dict[str, str]] = {}
    pola = None
    for baris in (situs / "_headers").read_text(encoding="utf-8").splitlines():
        if not baris.strip() or baris.startswith("#"):
            continue
        if not baris.startswith(" "):
            pola = baris.strip()
            aturan[pola] = {}
        else:
            nama, _, nilai = baris.strip().partition(":")
            aturan[pola][nama.strip()] = nilai.strip()
    return aturan


def _direktif(kebijakan: str) -> dict[str, set[str]]:
    hasil = {}
    for bagian in kebijakan.split(";"):
        kata = bagian.split()
        if kata:
            hasil[kata[0]] = set(kata[1:])
    return hasil


def test_csp_header_memuat_kebijakan_setiap_halaman(situs):
    header = _direktif(_headers(situs)["/*"]["Content-Security-Policy"])
    assert header["worker-src"] == {"'self'"}
    assert "'wasm-unsafe-eval'" in header["script-src"]
    assert "'unsafe-inline'" not in header["script-src"]
    assert header["frame-ancestors"] == {"'none'"}
    halaman = sorted(situs.rglob("*.html"))
    for p in halaman:
        meta = META_CSP.search(p.read_text(encoding="utf-8"))
        assert meta, p
        for nama, nilai in _direktif(meta.group(1)).items():
            # the header allows exactly the meta's sources, plus the other pages' script hashes
            if nama == "script-src":
                assert nilai <= header[nama], p
                assert {n for n in header[nama] if not n.startswith("'sha256-")} == \
                       {n for n in nilai if not n.startswith("'sha256-")}
            else:
                assert header[nama] == nilai, (p, nama)


def test_headers_jenis_dan_umur_cache(situs):
    h = _headers(situs)
    wasm = sorted(situs.rglob("*.wasm"))
    assert wasm
    for w in wasm:
        assert h[f"/{w.relative_to(situs).as_posix()}"]["Content-Type"] == "application/wasm", w
    for pola in ("/assets/pyodide/*", "/assets/roda/*", "/assets/potret/*"):
        assert "immutable" in h[pola]["Cache-Control"] and "max-age=31536000" in h[pola]["Cache-Control"]
    assert h["/search/*"]["Cache-Control"] == "no-cache"
    assert h["/*"]["X-Content-Type-Options"] == "nosniff"
    # what is marked immutable really has a version or content hash in its URL
    assert any((situs / "assets" / "pyodide").glob("*/pyodide.asm.wasm"))
    for p in (situs / "assets" / "javascripts").glob("bundle.*"):
        assert re.match(r"bundle\.[0-9a-f]{8}\.min\.js", p.name.removesuffix(".map").removesuffix(".br").removesuffix(".gz"))


def test_salinan_terkompresi_sama_dengan_sumbernya(situs):
    salinan = sorted(situs.rglob("*.br")) + sorted(p for p in situs.rglob("*.gz") if p.name != "sitemap.xml.gz")
    nama = {p.relative_to(situs).as_posix() for p in salinan}
    for wajib in ("assets/pyodide/314.0.7/pyodide.asm.wasm", "search/search_index.json", "index.html"):
        assert wajib + ".br" in nama and wajib + ".gz" in nama, wajib
    for p in salinan:
        sumber = p.with_suffix("")
        assert sumber.is_file(), f"salinan tanpa sumber: {p}"
        data = p.read_bytes()
        asli = brotli.decompress(data) if p.suffix == ".br" else gzip.decompress(data)
        assert asli == sumber.read_bytes(), p
        assert len(data) <= 0.9 * len(asli)


def test_kompresi_deterministik(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("kompres", Path(__file__).parents[2] / "hooks" / "kompres.py")
    kompres = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(kompres)
    (tmp_path / "a.html").write_text("<p>Bayar Jasa Aman</p>" * 200, encoding="utf-8")
    (tmp_path / "kecil.css").write_text("a{}", encoding="utf-8")
    (tmp_path / "b.whl").write_bytes(b"x" * 5000)
    pertama = kompres.kompres_situs(tmp_path)
    isi = (tmp_path / "a.html.gz").read_bytes()
    assert set(pertama) == {"a.html.gz", "a.html.br"}
    assert kompres.kompres_situs(tmp_path) == pertama
    assert (tmp_path / "a.html.gz").read_bytes() == isi
