"""HTML of an assembled document: the template pages and the builder's live preview.

Every text is escaped with ``html.escape``: what a reader types is shown, never run.
Open placeholders are ``<mark class="bja-isian">``; filled ones ``<span class="bja-terisi">``.
"""
from __future__ import annotations

from html import escape

from .dokumen import Dokumen, Isian, Judul, Paragraf, PindahHalaman, Potongan, Tabel


def _e(teks: str) -> str:
    return escape(teks).replace("\n", "<br>")


def _potongan(isi: list[Potongan]) -> str:
    keluar = []
    for p in isi:
        if isinstance(p, Isian):
            if p.terisi:
                teks = f'<span class="bja-terisi" data-kunci="{escape(p.kunci)}">{_e(p.nilai)}</span>'
            else:
                teks = (f'<mark class="bja-isian" data-kunci="{escape(p.kunci)}">'
                        f"[{escape(p.label)}]</mark>")
            keluar.append(f"<strong>{teks}</strong>" if p.tebal else teks)
        else:
            teks = _e(p.teks)
            if p.tebal:
                teks = f"<strong>{teks}</strong>"
            if p.miring:
                teks = f"<em>{teks}</em>"
            keluar.append(teks)
    return "".join(keluar)


def _paragraf(p: Paragraf) -> str:
    kelas = f"bja-p bja-{p.gaya}" + (f" bja-t{p.tingkat}" if p.tingkat else "")
    # the space sits inside the number's box, so the text starts exactly at the hanging indent
    nomor = f'<span class="bja-nomor">{escape(p.nomor)} </span>' if p.nomor else ""
    if p.nomor:
        kelas += " bja-bernomor"
    return f'<p class="{kelas}">{nomor}{_potongan(p.isi)}</p>'


def _tabel(t: Tabel) -> str:
    if t.gaya == "dwibahasa":
        baris = []
        for kiri, kanan in t.baris:
            baris.append(
                '<div class="bja-dwi-baris">'
                f'<div class="bja-dwi-id" lang="id">{"".join(_paragraf(p) for p in kiri)}</div>'
                f'<div class="bja-dwi-en" lang="en">{"".join(_paragraf(p) for p in kanan)}</div>'
                "</div>")
        return f'<div class="bja-dwibahasa">{"".join(baris)}</div>'

    def sel(tag: str, isi: list[Paragraf], i: int) -> str:
        kelas = ' class="bja-angka"' if i in t.angka_kanan and tag == "td" else ""
        lingkup = ' scope="col"' if tag == "th" else ""
        return f"<{tag}{kelas}{lingkup}>" + "".join(_paragraf(p) for p in isi) + f"</{tag}>"

    kepala = ""
    if t.kepala:
        kepala = "<thead><tr>" + "".join(sel("th", s, i) for i, s in enumerate(t.kepala)) + "</tr></thead>"
    badan = "".join(("<tr class=\"bja-ruang-ttd\">" if n in t.ruang_ttd else "<tr>")
                    + "".join(sel("td", s, i) for i, s in enumerate(r)) + "</tr>"
                    for n, r in enumerate(t.baris))
    kolom = ""
    if t.lebar:
        jumlah = sum(t.lebar)
        kolom = "<colgroup>" + "".join(f'<col style="width:{100 * x / jumlah:.1f}%">' for x in t.lebar) \
            + "</colgroup>"
    return (f'<div class="bja-tabel-bungkus"><table class="bja-tabel bja-tabel-{t.gaya}">'
            f"{kolom}{kepala}<tbody>{badan}</tbody></table></div>")


def html(dok: Dokumen, tingkat_dasar: int = 2, prefiks_jangkar: str = "dok-",
         sampul: bool = True) -> str:
    """The document as an ``<article>``; ``sampul=False`` leaves out the cover page (the
    builder's form already shows every variable)."""
    keluar = []
    for b in (dok.blok if sampul else dok.blok[dok.awal_badan:]):
        if isinstance(b, Judul):
            h = min(6, tingkat_dasar + b.tingkat)
            idnya = f' id="{escape(prefiks_jangkar + b.jangkar)}"' if b.jangkar else ""
            nomor = f'<span class="bja-judul-nomor">{escape(b.nomor)}</span> ' if b.nomor else ""
            keluar.append(f'<h{h}{idnya} class="bja-dok-h{b.tingkat}">{nomor}{_potongan(b.isi)}</h{h}>')
        elif isinstance(b, Paragraf):
            keluar.append(_paragraf(b))
        elif isinstance(b, Tabel):
            keluar.append(_tabel(b))
        elif isinstance(b, PindahHalaman):
            keluar.append('<hr class="bja-pindah-halaman">')
    return (f'<article class="bja-dokumen" lang="id" data-templat="{escape(dok.id)}" '
            f'data-versi="{escape(dok.versi)}">' + "".join(keluar) + "</article>")
