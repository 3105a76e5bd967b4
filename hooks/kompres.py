"""Build hook (runs last): precompressed copies (.br and .gz) of the large compressible files.

A static host that serves precompressed files (nginx ``gzip_static``/``brotli_static``, Caddy
``precompressed``, most CDNs) then sends the Python runtime and the search index at a third of their
size without compressing on every request. A copy is written only where it pays: text-like types
(HTML, CSS, JS, JSON, wasm, SVG, XML, Markdown), at least 1 KB, and at least 10% smaller. Zip-based
files (python_stdlib.zip, our wheel, .docx) are already compressed and are left alone.

Output is deterministic (gzip without name or time). Brotli at quality 11 takes ~43 s for the 9,6 MB
wasm on 2 cores (2,74 MB; quality 9: 3 s, 3,10 MB; gzip -9: 1 s, 3,53 MB): the 360 KB saved on every
first visit to a calculator are worth it because results are cached in .cache/kompres/ by the content
hash of the source (a fresh clone pays ~55 s once for all 111 files; a warm build ~0,4 s). The
Python memory snapshot (31 MB -> 5,04 MB br; quality 9 would give 5,75 MB) costs another ~47 s
each time calculators/ changes; `mkdocs serve` skips this hook.
"""
from __future__ import annotations

import gzip
import hashlib
import os
from pathlib import Path

import brotli

AKAR = Path(__file__).resolve().parent.parent
SIMPANAN = AKAR / ".cache" / "kompres"
AKHIRAN = {".html", ".css", ".js", ".mjs", ".json", ".wasm", ".svg", ".xml", ".txt", ".md", ".map", ".bin"}
UKURAN_MIN = 1024
RASIO_MAKS = 0.9
MUTU_BROTLI = 11


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def _brotli(data: bytes) -> bytes:
    return brotli.compress(data, quality=MUTU_BROTLI)


PENYANDI = {".gz": _gzip, ".br": _brotli}


def _tersimpan(data: bytes, akhiran: str) -> bytes:
    kunci = hashlib.sha256(data).hexdigest()
    jalur = SIMPANAN / f"{kunci}-{MUTU_BROTLI}{akhiran}"
    if jalur.is_file():
        return jalur.read_bytes()
    hasil = PENYANDI[akhiran](data)
    SIMPANAN.mkdir(parents=True, exist_ok=True)
    sementara = jalur.with_suffix(f".{os.getpid()}.tmp")
    sementara.write_bytes(hasil)
    os.replace(sementara, jalur)
    return hasil


def kompres_situs(situs: Path) -> dict[str, int]:
    """Write the .br/.gz copies under ``situs``; returns {relative path + suffix: size}."""
    ditulis: dict[str, int] = {}
    for berkas in sorted(situs.rglob("*")):
        if not berkas.is_file() or berkas.suffix not in AKHIRAN:
            continue
        data = berkas.read_bytes()
        if len(data) < UKURAN_MIN:
            continue
        for akhiran in PENYANDI:
            salinan = berkas.with_name(berkas.name + akhiran)
            hasil = _tersimpan(data, akhiran)
            if len(hasil) <= RASIO_MAKS * len(data):
                salinan.write_bytes(hasil)
                ditulis[salinan.relative_to(situs).as_posix()] = len(hasil)
            elif salinan.exists():
                salinan.unlink()
    return ditulis


_PERINTAH = {"nama": "build"}


def on_startup(command, dirty):
    _PERINTAH["nama"] = command


def on_post_build(config):
    # `mkdocs serve` never sends the copies; skipping them keeps a rebuild after an edit of
    # calculators/ (new wheel, new snapshot) fast.
    if _PERINTAH["nama"] != "serve":
        kompres_situs(Path(config["site_dir"]))
