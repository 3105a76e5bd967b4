"""Helpers shared by the contract tests: read back the text of a .md and of a .docx.

The .docx reader here uses the standard library only (zipfile + ElementTree), so the same
comparison also runs inside Pyodide; ``teks_python_docx`` uses python-docx (CPython only).
"""
from __future__ import annotations

import html
import io
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

CONTOH = Path(__file__).resolve().parent / "contoh"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DI_PYODIDE = sys.platform == "emscripten"

HOSTIL = [
    "<script>alert(1)</script>",
    "{{ x }}",
    "{% raw %}",
    "{ DATE }",
    "]]>",
    "&amp;",
    "**tebal** _miring_ `kode` [tautan](http://contoh.invalid)",
    "# judul palsu",
    "1. daftar palsu",
    "| sel | palsu |",
    "\\ garis miring terbalik",
]


def normal(teks: str) -> str:
    """Whitespace collapsed; the ' — ' joining a heading's number and title treated as space."""
    teks = re.sub(r"\s+—\s+", " ", teks)
    return " ".join(teks.split())


def _buka_escape(teks: str) -> str:
    teks = re.sub(r"\\([\\`*_\[\]{}()#+\-.!|>=~])", lambda m: "\x00" + str(ord(m.group(1))) + "\x01", teks)
    teks = re.sub(r"\*+", "", teks)  # emphasis added by the writer (literal * are escaped)
    teks = re.sub(r"\x00(\d+)\x01", lambda m: chr(int(m.group(1))), teks)
    return html.unescape(teks)


def teks_markdown(md: str) -> str:
    """The literal text of our Markdown, in reading order, one paragraph or cell a line."""
    keluar = []
    for blok in md.split("\n\n"):
        baris = blok.split("\n")
        if blok.strip() == "---":
            continue
        if baris[0].startswith("|"):
            for b in baris:
                if re.fullmatch(r"\|(\s*-+:?\s*\|)+", b.strip()) or re.fullmatch(r"\|[-:|]+\|", b.strip()):
                    continue
                sel = re.split(r"(?<!\\)\|", b.strip())[1:-1]
                for s in sel:
                    for bagian in s.split("<br>"):
                        keluar.append(_buka_escape(bagian.strip()))
            continue
        teks = re.sub(r"^#+ ", "", blok)
        teks = teks.replace("  \n", "\n")
        keluar.append(_buka_escape(teks))
    return "\n".join(keluar)


def teks_docx_stdlib(data: bytes) -> str:
    """Body text of a .docx in reading order (paragraphs and table cells), stdlib only."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        akar = ET.fromstring(z.read("word/document.xml"))
    badan = akar.find(f"{W}body")
    keluar: list[str] = []

    def paragraf(p) -> str:
        bagian = []
        for el in p.iter():
            if el.tag == f"{W}t":
                bagian.append(el.text or "")
            elif el.tag == f"{W}tab":
                bagian.append("\t")
            elif el.tag == f"{W}br" and el.get(f"{W}type") != "page":
                bagian.append("\n")
        return "".join(bagian)

    for el in badan:
        if el.tag == f"{W}p":
            keluar.append(paragraf(el))
        elif el.tag == f"{W}tbl":
            for tr in el.findall(f"{W}tr"):
                for tc in tr.findall(f"{W}tc"):
                    for p in tc.findall(f"{W}p"):
                        keluar.append(paragraf(p))
    return "\n".join(keluar)


def teks_python_docx(data: bytes) -> str:
    """Body text read by python-docx (paragraphs and tables in document order)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(io.BytesIO(data))
    keluar = []
    for el in d.element.body.iterchildren():
        if el.tag == f"{W}p":
            keluar.append(Paragraph(el, d).text)
        elif el.tag == f"{W}tbl":
            for row in Table(el, d).rows:
                for cell in row.cells:
                    keluar.extend(p.text for p in cell.paragraphs)
    return "\n".join(keluar)


#: A payment of the Kalkulator Pembayaran Jasa page (its own input names): a PT that is PKP, PPh 23.
#: The payment documents (kuitansi, bukti kas keluar, invoice) take their tax lines from it.
BAYAR = {"tanggal": "2026-12-10", "penerima": "badan", "pkp": "ya", "punya_npwp": "ya",
         "jenis_penghasilan": "jasa", "bruto": "27.500.000"}
