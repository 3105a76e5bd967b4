"""The one HTML element builder of every view.

``el("td", {"class": "bja-angka", "data-kunci": kunci}, rupiah(x))`` gives
``<td class="bja-angka" data-kunci="...">Rp...</td>``. Text children and attribute values are
always escaped (``&``, ``<``, ``>``, ``"`` and ``'``); only ``Mentah`` passes through as it is: the
output of ``el`` itself, or a fragment from a renderer that escapes on its own (the contract
document HTML of ``calculators.kontrak.html``). So no view writes HTML by string formatting.
"""
from __future__ import annotations

import re
from html import escape
from types import GeneratorType
from typing import Any, Iterable, Mapping

__all__ = ["Mentah", "el", "fragmen"]

# Written as <br>, never closed.
_KOSONG_HTML = frozenset({"br", "hr", "img", "input", "wbr", "col", "meta", "link", "source"})
# SVG shapes without children are written self-closed: <line .../>.
_KOSONG_SVG = frozenset({"line", "rect", "polyline", "polygon", "path", "circle", "ellipse"})
_NAMA = re.compile(r"[A-Za-z][A-Za-z0-9:._-]*\Z")
_NAMA_SAH: set[str] = set()  # names already checked
_DERET = (list, tuple, GeneratorType)


class Mentah(str):
    """A fragment of HTML that is already safe: produced by ``el``/``fragmen`` or by a trusted
    renderer. Any other ``str`` given to ``el`` is text and gets escaped."""

    __slots__ = ()


def _tambah(anak: Any, keluar: list[str]) -> None:
    jenis = type(anak)
    if jenis is Mentah:
        keluar.append(anak)
    elif jenis is str:
        keluar.append(escape(anak))
    elif jenis in _DERET:
        for a in anak:
            _tambah(a, keluar)
    elif anak is None or anak is False:
        return
    elif isinstance(anak, Mentah):
        keluar.append(anak)
    elif isinstance(anak, str):
        keluar.append(escape(anak))
    elif isinstance(anak, bool):
        raise TypeError("True is not an HTML child")
    elif isinstance(anak, int):
        keluar.append(str(anak))  # counts; amounts are formatted by the view (rupiah(), angka())
    elif isinstance(anak, Iterable) and not isinstance(anak, (bytes, Mapping)):
        for a in anak:
            _tambah(a, keluar)
    else:
        raise TypeError(f"format {type(anak).__name__} before putting it in HTML: {anak!r}")


def fragmen(*anak: Any) -> Mentah:
    """Children side by side, without a wrapping element (same rules as ``el``'s children)."""
    keluar: list[str] = []
    _tambah(anak, keluar)
    return Mentah("".join(keluar))


def _periksa_nama(nama: str, apa: str) -> None:
    if nama not in _NAMA_SAH:
        if not _NAMA.match(nama):
            raise ValueError(f"nama {apa} tidak sah: {nama!r}")
        _NAMA_SAH.add(nama)


def _atribut(nama: str, nilai: Any) -> str:
    _periksa_nama(nama, "atribut")
    if nilai is None or nilai is False:
        return ""
    if nilai is True:
        return f" {nama}"
    return f' {nama}="{escape(str(nilai))}"'


def el(tag: str, atribut: Mapping[str, Any] | None = None, *anak: Any) -> Mentah:
    """One element. Attributes keep their order; ``None``/``False`` leave one out, ``True`` writes
    it bare (``open``). Children: text (escaped), ``Mentah``, ints, ``None``/``False`` (skipped) and
    lists or generators of those."""
    _periksa_nama(tag, "elemen")
    attr = "".join(_atribut(k, v) for k, v in (atribut or {}).items())
    if tag in _KOSONG_HTML:
        if anak:
            raise ValueError(f"<{tag}> tidak boleh berisi")
        return Mentah(f"<{tag}{attr}>")
    isi = fragmen(*anak)
    if not isi and tag in _KOSONG_SVG:
        return Mentah(f"<{tag}{attr}/>")
    return Mentah(f"<{tag}{attr}>{isi}</{tag}>")
