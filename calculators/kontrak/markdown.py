"""Markdown of an assembled document (the ``.md`` download and the source of the page previews).

Text is escaped so it reads back as the same literal text in any CommonMark or Python-Markdown
renderer: backslashes before Markdown punctuation, ``&lt;`` before anything that could open an
HTML tag, ``&amp;`` before anything that could read as an entity, and a backslash before a
line start that would turn into a heading, list or quote. A value such as ``<script>`` or
``{{ x }}`` typed by the reader is therefore shown, never interpreted. Ordinary text (``PT Maju
& Rekan``) is left readable.
"""
from __future__ import annotations

import re

from .dokumen import Dokumen, Isian, Judul, Paragraf, PindahHalaman, Potongan, Tabel

_TANDA_MD = re.compile(r"([\\`*_\[\]])")
_TAG = re.compile(r"<(?=[A-Za-z/!?$])")
_ENTITAS = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# line starts that would open a block: heading, quote, list item, setext underline, fence, table
_AWAL_BARIS = re.compile(r"^(\s*)([#>|]|[-+*](?=\s|$)|\d+[.)](?=\s|$)|=+\s*$|-+\s*$|~~~|```)", re.M)


def escape_md(teks: str, dalam_tabel: bool = False) -> str:
    """Literal text -> Markdown that renders as exactly that text."""
    s = _TANDA_MD.sub(r"\\\1", teks)
    s = _ENTITAS.sub("&amp;", s)
    s = _TAG.sub("&lt;", s)
    if dalam_tabel:
        s = s.replace("|", "\\|")
    return _AWAL_BARIS.sub(_tanda_awal, s)


def _tanda_awal(m: re.Match) -> str:
    tanda = m.group(2)
    if tanda[0].isdigit():
        return m.group(1) + tanda[:-1] + "\\" + tanda[-1]
    return m.group(1) + "\\" + tanda


def _potongan(isi: list[Potongan], dalam_tabel: bool = False) -> str:
    bagian = []
    for p in isi:
        if isinstance(p, Isian):
            if p.terisi:
                teks = escape_md(p.nilai, dalam_tabel)
            else:
                teks = "\\[" + escape_md(p.label, dalam_tabel) + "\\]"
            if p.tebal and teks.strip():
                teks = f"**{teks}**"
        else:
            teks = escape_md(p.teks, dalam_tabel)
            if p.tebal and teks.strip():
                teks = f"**{teks}**"
            if p.miring and teks.strip():
                teks = f"*{teks}*"
        bagian.append(teks)
    s = "".join(bagian)
    # a value typed over several lines: hard line breaks (two spaces) or <br> inside a table
    return s.replace("\n", "<br>" if dalam_tabel else "  \n")


def _paragraf(p: Paragraf, dalam_tabel: bool = False) -> str:
    teks = _potongan(p.isi, dalam_tabel)
    if p.gaya == "tengah" or p.gaya == "subjudul":
        teks = f"**{teks}**" if teks.strip() and p.gaya == "subjudul" else teks
    if p.gaya == "catatan" and teks.strip():
        teks = f"*{teks}*"
    if p.nomor:
        nomor = escape_md(p.nomor, dalam_tabel)
        teks = f"{nomor} {teks}" if teks else nomor
    return teks


def _sel(sel: list[Paragraf]) -> str:
    return "<br>".join(_paragraf(p, True) for p in sel if p.isi or p.nomor) or " "


def _tabel(t: Tabel) -> str:
    if t.gaya == "dwibahasa":
        keluar = []
        for kiri, kanan in t.baris:
            for p in kiri:
                if p.isi or p.nomor:
                    keluar.append(_paragraf(p))
            for p in kanan:
                if p.isi or p.nomor:
                    keluar.append("*" + _paragraf(p) + "*" if p.isi else _paragraf(p))
        return "\n\n".join(keluar)
    kolom = len(t.kepala) if t.kepala else len(t.baris[0])
    kepala = t.kepala or [[Paragraf([])] for _ in range(kolom)]
    garis = ["| " + " | ".join(_sel(s) for s in kepala) + " |",
             "|" + "|".join("---:" if i in t.angka_kanan else "---" for i in range(kolom)) + "|"]
    for r in t.baris:
        garis.append("| " + " | ".join(_sel(s) for s in r) + " |")
    return "\n".join(garis)


def markdown(dok: Dokumen) -> str:
    keluar: list[str] = []
    for b in dok.blok:
        if isinstance(b, Judul):
            teks = _potongan(b.isi)
            if b.nomor:
                teks = f"{escape_md(b.nomor)} — {teks}"
            keluar.append("#" * (b.tingkat + 1) + " " + teks)
        elif isinstance(b, Paragraf):
            if b.isi or b.nomor:
                keluar.append(_paragraf(b))
        elif isinstance(b, Tabel):
            keluar.append(_tabel(b))
        elif isinstance(b, PindahHalaman):
            keluar.append("---")
    return "\n\n".join(keluar) + "\n"
