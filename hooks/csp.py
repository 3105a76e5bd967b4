"""Build hook: a Content-Security-Policy in every page, as strict as the theme allows.

Self only; ``'wasm-unsafe-eval'`` for Pyodide; the theme's inline scripts allowed by their
sha256 hashes (they differ per page), never by ``'unsafe-inline'``. Inline styles are allowed
because tables and the theme set ``style`` attributes.
"""
from __future__ import annotations

import base64
import hashlib
import re

SKRIP_SEBARIS = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S | re.I)

KEBIJAKAN = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {hashes}; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'"
)


def kebijakan(html: str) -> str:
    hashes = []
    for atribut, isi in SKRIP_SEBARIS.findall(html):
        if re.search(r"type=[\"']application/(ld\+)?json", atribut):
            continue
        sidik = base64.b64encode(hashlib.sha256(isi.encode("utf-8")).digest()).decode()
        hashes.append(f"'sha256-{sidik}'")
    return KEBIJAKAN.format(hashes=" ".join(dict.fromkeys(hashes)))


def on_post_page(output: str, page, config) -> str:
    meta = f'<meta http-equiv="Content-Security-Policy" content="{kebijakan(output)}">'
    return re.sub(r"(<meta charset=[^>]*>)", r"\1" + meta.replace("\\", "\\\\"), output, count=1)


def on_post_template(output: str, template_name: str, config) -> str:
    """Static templates (404.html) get the same policy."""
    if template_name.endswith(".html"):
        return on_post_page(output, None, config)
    return output
