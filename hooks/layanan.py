"""Build hook: content-versioned URLs for our own scripts and styles, and the service worker.

- on_config / on_env: our files in docs/assets/{js,css} are referenced as ``...?v=<hash of content>``
  (``extra_css`` entries, and the ``versi`` filter used in overrides/main.html), so like the theme's
  hashed bundles, the Pyodide folder and the wheel, a URL always means the same bytes.
- on_post_build: /sw.js from docs/assets/js/sw.js, with the build version (a hash of every built
  file), the list of content-versioned URLs of this build (the worker keeps only these), and the
  pages fetched at install. See docs/assets/js/sw.js and README ("Luring").
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
SUMBER_SW = AKAR / "docs" / "assets" / "js" / "sw.js"
# fetched at install: the home page, the offline fallback, and what search and every page need
# (the search index, its Indonesian stemmer, the favicon); the runtime only when a calculator is used
AWAL = ["./", "404.html", "search/search_index.json", "assets/images/favicon.png",
        "assets/javascripts/lunr/min/lunr.stemmer.support.min.js", "assets/javascripts/lunr/min/lunr.id.min.js"]
BUNDEL_TEMA = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)$")
_hash: dict[str, str] = {}


def _sidik(data: bytes, n: int = 10) -> str:
    return hashlib.sha256(data).hexdigest()[:n]


def versi(jalur: str) -> str:
    """``assets/js/situs.js`` -> ``assets/js/situs.js?v=<hash>`` (unchanged for files not ours)."""
    polos = jalur.split("?", 1)[0]
    return f"{polos}?v={_hash[polos]}" if polos in _hash else jalur


def on_config(config):
    docs = Path(config["docs_dir"])
    _hash.clear()
    for p in sorted((docs / "assets").glob("*/*")):
        if p.suffix in (".js", ".mjs", ".css") and p.name != "sw.js":
            _hash[p.relative_to(docs).as_posix()] = _sidik(p.read_bytes())
    config["extra_css"] = [versi(str(c)) for c in config["extra_css"]]
    return config


def on_env(env, config, files):
    env.filters["versi"] = versi
    return env


def aset_tetap(situs: Path) -> list[str]:
    """Every URL (relative to the site root) whose content is fixed by its name or ?v= hash."""
    hasil = []
    for p in sorted(situs.rglob("*")):
        if not p.is_file() or p.suffix in (".br", ".gz"):
            continue
        rel = p.relative_to(situs).as_posix()
        if rel.startswith(("assets/pyodide/", "assets/roda/", "assets/potret/")) or BUNDEL_TEMA.search(rel):
            hasil.append(rel)
    hasil += [versi(j) for j in _hash]
    return hasil


def versi_build(situs: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(situs.rglob("*")):
        if p.is_file() and p.suffix not in (".br", ".gz") and p.name not in ("sw.js", "_headers"):
            h.update(p.relative_to(situs).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def tulis_sw(situs: Path, runtime: list | None = None) -> str:
    """``runtime``: the wheels and snapshot of each kind of calculator page and the pages of that
    kind (``config.extra["runtime_sw"]``, written by hooks/runtime.py)."""
    salinan = situs / "assets" / "js" / "sw.js"  # the source, copied by mkdocs; only /sw.js is used
    if salinan.exists():
        salinan.unlink()
    teks = (SUMBER_SW.read_text(encoding="utf-8")
            .replace("__VERSI__", versi_build(situs))
            .replace("__ASET__", json.dumps(aset_tetap(situs)))
            .replace("__AWAL__", json.dumps([a for a in AWAL if (situs / a).exists() or a.endswith("/")]))
            .replace("__RUNTIME__", json.dumps(runtime or [])))
    (situs / "sw.js").write_text(teks, encoding="utf-8")
    return teks


def on_post_build(config):
    tulis_sw(Path(config["site_dir"]), config["extra"].get("runtime_sw"))
