"""Build hook: every contract template as a download, ``unduhan/<id>-v<versi>.docx`` and ``.md``.

The files are made by the same code the in-browser template builder runs
(``calculators.kontrak``), with every placeholder left open and highlighted, and are added to
MkDocs' file collection, so pages can link to them with ordinary Markdown links (checked like
any other link) and ``mkdocs serve`` serves them too. The file name carries the template
version, so a published version never changes under the same URL.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calculators.kontrak import pustaka  # noqa: E402
from calculators.kontrak.docx import docx  # noqa: E402
from calculators.kontrak.markdown import markdown  # noqa: E402
from calculators.kontrak.rakit import rakit  # noqa: E402

log = logging.getLogger("mkdocs.hooks.templat")
FOLDER = "unduhan"


class _Unduhan(File):
    """A generated download. A ``.md`` download is a file to save, not a page to render."""

    def is_documentation_page(self) -> bool:
        return False

    def is_static_page(self) -> bool:
        return False


def berkas_unduhan() -> dict[str, bytes]:
    """File name -> content, for every complete template."""
    hasil: dict[str, bytes] = {}
    p = pustaka()
    for t in p.templat_urut():
        dok = rakit(t, p)
        hasil[f"{t.nama_berkas}.docx"] = docx(dok)
        hasil[f"{t.nama_berkas}.md"] = markdown(dok).encode("utf-8")
    for t in p.templat.values():
        if p.masalah(t):
            # tests/kontrak fails on any of these; the build goes on so that work on other
            # pages is not blocked while a clause is being written
            log.info("Templat %s belum bisa disusun (%s); tidak diunduhkan.",
                     t.id, "; ".join(p.masalah(t)[:5]))
    return hasil


def on_files(files: Files, config) -> Files:
    for nama, isi in berkas_unduhan().items():
        files.append(_Unduhan.generated(config, f"{FOLDER}/{nama}", content=isi))
    return files
