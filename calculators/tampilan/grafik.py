"""Small accessible SVG line charts (presentation: moved here from ``calculators/grafik.py``).

The same function renders the chart at build time and in the reader's browser (Pyodide), so both
are identical. The SVG carries a title and a description (``role="img"``); the caller adds a table
with the same numbers for readers who cannot see the chart. Lines differ by dash pattern as well as
colour, and each is labelled at its end. All text is escaped (``elemen.el``).

The points come from the calculator (its result holds every figure); the arithmetic here only
maps them to pixel coordinates and picks round axis ticks.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

from ..format import angka
from .elemen import Mentah, el


@dataclass(frozen=True)
class Garis:
    label: str
    titik: tuple[tuple[Decimal, Decimal], ...]
    kelas: str  # CSS class, also picks the dash pattern
    warna: str
    putus: str = ""  # stroke-dasharray


@dataclass(frozen=True)
class Pita:
    """A shaded band along the x axis (e.g. the likely range of hours)."""

    dari: Decimal
    sampai: Decimal
    label: str


@dataclass(frozen=True)
class Penanda:
    """A vertical marker line (e.g. the expected hours)."""

    x: Decimal
    label: str


def rupiah_singkat(x: Decimal) -> str:
    """Axis labels: Rp0, Rp500 rb, Rp12 jt, Rp1,5 M."""
    x = Decimal(x)
    for batas, akhiran in ((Decimal(10) ** 9, " M"), (Decimal(10) ** 6, " jt"), (Decimal(10) ** 3, " rb")):
        if abs(x) >= batas:
            return f"Rp{angka((x / batas).quantize(Decimal('0.01')).normalize())}{akhiran}"
    return f"Rp{angka(x.quantize(Decimal(1)))}"


def skala_rapi(maks: Decimal, langkah_maks: int = 6) -> tuple[Decimal, Decimal]:
    """A round upper bound >= maks and a round tick step (1, 2, 2.5 or 5 x 10^n)."""
    if maks <= 0:
        return Decimal(1), Decimal("0.2")
    kasar = maks / langkah_maks
    pangkat = Decimal(10) ** (len(str(int(kasar))) - 1) if kasar >= 1 else Decimal("0.1")
    while pangkat > kasar:
        pangkat /= 10
    for kali in (1, 2, Decimal("2.5"), 5, 10):
        langkah = pangkat * kali
        if langkah * langkah_maks >= maks:
            break
    atas = (maks / langkah).to_integral_value(rounding="ROUND_CEILING") * langkah
    return atas, langkah


def grafik_garis(judul: str, uraian: str, garis: list[Garis], label_x: str, label_y: str,
                 x_maks: Decimal, pita: Pita | None = None, penanda: Penanda | None = None,
                 format_x=None, format_y=rupiah_singkat) -> Mentah:
    format_x = format_x or (lambda v: angka(v))
    lebar, tinggi = 560, 340
    kiri, kanan, atas_m, bawah_m = 74, 118, 16, 48
    pw, ph = lebar - kiri - kanan, tinggi - atas_m - bawah_m
    x_atas, x_langkah = skala_rapi(x_maks)
    y_maks = max((y for g in garis for _, y in g.titik), default=Decimal(1))
    y_atas, y_langkah = skala_rapi(y_maks * Decimal("1.05"))
    teks = {"fill": "currentColor"}

    def px(x: Decimal) -> str:
        return _n(kiri + pw * (Decimal(x) / x_atas))

    def py(y: Decimal) -> str:
        return _n(atas_m + ph - ph * (Decimal(y) / y_atas))

    uid = "g" + hashlib.sha256((judul + uraian).encode()).hexdigest()[:8]
    bagian = [el("title", {"id": f"{uid}-j"}, judul), el("desc", {"id": f"{uid}-u"}, uraian)]
    if pita is not None and pita.sampai > pita.dari:
        x1, x2 = min(pita.dari, x_atas), min(pita.sampai, x_atas)
        bagian += [
            el("rect", {"class": "bja-grafik-pita", "x": px(x1), "y": atas_m,
                        "width": _n(Decimal(px(x2)) - Decimal(px(x1))), "height": ph,
                        "fill": "#9e9e9e", "fill-opacity": "0.18"}),
            el("text", {"x": px((x1 + x2) / 2), "y": atas_m + 12, "text-anchor": "middle", "font-size": "11",
                        **teks}, pita.label)]
    # grid and ticks
    v = Decimal(0)
    while v <= y_atas:
        bagian += [
            el("line", {"x1": kiri, "x2": kiri + pw, "y1": py(v), "y2": py(v), "stroke": "currentColor",
                        "stroke-opacity": "0.15"}),
            el("text", {"x": kiri - 6, "y": _n(Decimal(py(v)) + 4), "text-anchor": "end", **teks}, format_y(v))]
        v += y_langkah
    v = Decimal(0)
    while v <= x_atas:
        bagian += [
            el("line", {"x1": px(v), "x2": px(v), "y1": atas_m + ph, "y2": atas_m + ph + 5, "stroke": "currentColor"}),
            el("text", {"x": px(v), "y": atas_m + ph + 19, "text-anchor": "middle", **teks}, format_x(v))]
        v += x_langkah
    tengah_y = _n(Decimal(atas_m) + Decimal(ph) / 2)
    bagian += [
        el("line", {"x1": kiri, "x2": kiri + pw, "y1": atas_m + ph, "y2": atas_m + ph, "stroke": "currentColor"}),
        el("line", {"x1": kiri, "x2": kiri, "y1": atas_m, "y2": atas_m + ph, "stroke": "currentColor"}),
        el("text", {"x": _n(Decimal(kiri) + Decimal(pw) / 2), "y": tinggi - 6, "text-anchor": "middle", **teks},
           label_x),
        el("text", {"x": "14", "y": tengah_y, "text-anchor": "middle", **teks,
                    "transform": f"rotate(-90 14 {tengah_y})"}, label_y)]
    if penanda is not None and 0 <= penanda.x <= x_atas:
        bagian += [
            el("line", {"class": "bja-grafik-penanda", "x1": px(penanda.x), "x2": px(penanda.x), "y1": atas_m,
                        "y2": atas_m + ph, "stroke": "currentColor", "stroke-dasharray": "3 3",
                        "stroke-opacity": "0.7"}),
            el("text", {"x": _n(Decimal(px(penanda.x)) + 4), "y": atas_m + 30, "font-size": "11", **teks},
               penanda.label)]
    ujung = []
    for g in garis:
        titik = _potong(g.titik, x_atas)
        bagian.append(el("polyline", {
            "class": f"bja-garis {g.kelas}", "points": " ".join(f"{px(x)},{py(y)}" for x, y in titik),
            "fill": "none", "stroke": g.warna, "stroke-width": "3", "stroke-dasharray": g.putus or None}))
        ujung.append((Decimal(py(titik[-1][1])), g))
    # labels at the right end, pushed apart so they never overlap
    ujung.sort(key=lambda t: t[0])
    posisi: list[Decimal] = []
    for y, _ in ujung:
        y = max(y, Decimal(atas_m + 6))
        if posisi and y - posisi[-1] < 16:
            y = posisi[-1] + 16
        posisi.append(y)
    geser = max(Decimal(0), posisi[-1] - Decimal(atas_m + ph)) if posisi else Decimal(0)
    for (_, g), y in zip(ujung, posisi):
        bagian.append(el("text", {"class": f"bja-garis-label {g.kelas}", "x": kiri + pw + 6, "y": _n(y - geser + 4),
                                  "fill": g.warna, "font-weight": "700"}, g.label))
    return el("svg", {"class": "bja-grafik", "viewBox": f"0 0 {lebar} {tinggi}", "role": "img",
                      "aria-labelledby": f"{uid}-j {uid}-u", "xmlns": "http://www.w3.org/2000/svg",
                      "preserveAspectRatio": "xMidYMid meet", "font-size": "13"}, bagian)


def _potong(titik: tuple[tuple[Decimal, Decimal], ...], x_atas: Decimal):
    """Clip a polyline to x <= x_atas (interpolating the last segment)."""
    hasil = []
    for i, (x, y) in enumerate(titik):
        if x <= x_atas:
            hasil.append((x, y))
            continue
        if i > 0:
            x0, y0 = titik[i - 1]
            if x0 < x_atas:
                hasil.append((x_atas, y0 + (y - y0) * (x_atas - x0) / (x - x0)))
        break
    return tuple(hasil)


def _n(x) -> str:
    """SVG coordinates with one decimal, no exponent."""
    return format(Decimal(x).quantize(Decimal("0.1")), "f")
