"""Build hook: the HTTP headers for a static host, written into the built site as ``_headers``.

``_headers`` is the header file of Netlify and Cloudflare Pages (same format). The policy comes from
hooks/csp.py (one source): the same directives as each page's meta CSP, with the sha256 hashes of the
inline scripts of ALL pages, plus what only a header can say (``frame-ancestors``). A browser enforces
the header and the page's meta together, so each page stays as strict as its own meta.

Cache lifetimes: a year and ``immutable`` for files whose URL changes with their content (the Pyodide
runtime under its version, our wheel under its content hash, the theme's hashed bundles); revalidate
every time for HTML, the search index, our unhashed scripts and styles, and the service worker.

on_config: the build date MkDocs writes (``<lastmod>`` in sitemap.xml, the mtime in sitemap.xml.gz)
comes from ``SOURCE_DATE_EPOCH``, set here from the build's reference date (``extra.tanggal_acuan`` /
``BJA_TANGGAL_ACUAN``, macros/acuan.py) so that no output depends on the day of the build.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import csp  # noqa: E402  (hooks/csp.py, the one place the policy is written)

if str(Path(__file__).resolve().parent.parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from macros import acuan  # noqa: E402  (the one place the reference date is read)

SELAMANYA = "public, max-age=31536000, immutable"
PERIKSA_ULANG = "no-cache"
HEADER_KEAMANAN = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def kebijakan_header(situs: Path) -> str:
    """The site's CSP as one header: every page's inline-script hashes, plus frame-ancestors."""
    semua = "".join(p.read_text(encoding="utf-8") for p in sorted(situs.rglob("*.html")))
    return csp.kebijakan(semua) + "; frame-ancestors 'none'"


def aturan(situs: Path) -> list[tuple[str, dict[str, str]]]:
    """(path pattern, headers) pairs in the order they are written."""
    return [
        ("/*", {"Content-Security-Policy": kebijakan_header(situs), **HEADER_KEAMANAN}),
        ("/assets/pyodide/*", {"Cache-Control": SELAMANYA, "Cross-Origin-Resource-Policy": "same-origin"}),
        # each wasm file by its exact path: placeholders and mid-path splats differ between hosts
        *((f"/{w.relative_to(situs).as_posix()}", {"Content-Type": "application/wasm"})
          for w in sorted(situs.rglob("*.wasm"))),
        ("/assets/roda/*", {"Cache-Control": SELAMANYA}),
        ("/assets/potret/*", {"Cache-Control": SELAMANYA}),
        ("/assets/javascripts/bundle.*", {"Cache-Control": SELAMANYA}),
        ("/assets/javascripts/workers/*", {"Cache-Control": SELAMANYA}),
        ("/assets/stylesheets/*", {"Cache-Control": SELAMANYA}),
        ("/assets/js/*", {"Cache-Control": PERIKSA_ULANG}),
        ("/assets/css/*", {"Cache-Control": PERIKSA_ULANG}),
        ("/search/*", {"Cache-Control": PERIKSA_ULANG}),
        ("/sw.js", {"Cache-Control": PERIKSA_ULANG}),
    ]


def tulis_headers(situs: Path) -> str:
    baris = ["# Header HTTP untuk Netlify / Cloudflare Pages. Dibuat oleh hooks/terbit.py; jangan disunting.", ""]
    for pola, header in aturan(situs):
        baris.append(pola)
        baris += [f"  {k}: {v}" for k, v in header.items()]
    teks = "\n".join(baris) + "\n"
    (situs / "_headers").write_text(teks, encoding="utf-8")
    return teks


def on_config(config):
    import os

    from mkdocs.exceptions import PluginError

    try:
        tanggal = acuan.baca(config.get("extra"))
    except acuan.TanggalAcuanSalah as e:
        raise PluginError(str(e)) from e
    # read by mkdocs.utils.get_build_datetime() when pages are created, after on_config
    os.environ["SOURCE_DATE_EPOCH"] = str(acuan.epoch(tanggal))
    return config


def on_post_build(config):
    tulis_headers(Path(config["site_dir"]))
