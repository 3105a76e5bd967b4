"""A small, complete .docx (Office Open XML) writer: zipfile plus escaped XML, standard library only.

Why not python-docx or docxtpl? They need lxml, a compiled extension that the self-hosted
Pyodide runtime of this site does not ship (we load only the core runtime, no package
downloads). The template builder makes the .docx inside the reader's browser, and the site's
build makes the downloadable templates; both must produce the same file from the same code, so
one writer serves both. python-docx is still used in the tests, to open every file we write.

What the file contains (WordprocessingML, ECMA-376 Part 1, transitional):

- real built-in heading styles (``Heading1``/``Heading2`` named "heading 1"/"heading 2", with
  outline levels, so Word's navigation pane and table of contents see the articles), plus
  ``Title``, ``Subtitle``, numbered-paragraph styles ``Bertingkat1..3`` with hanging indents,
  ``Catatan`` (small print), ``TeksTabel`` and a table style;
- article numbers as text ("Pasal 5", "5.1"), never Word auto-numbering, so the numbers cannot
  shift when the file is opened in another program and the text equals the Markdown version;
- open placeholders as runs in the character style ``Isian`` with a yellow highlight
  (``w:highlight``), so Find (or the highlight navigator) finds every one;
- a footer with the template id, version and licence and "Halaman X dari Y" (PAGE/NUMPAGES
  fields: these fields are ours; text a reader types is always plain ``w:t`` text, so a
  ``{ DATE }`` they type stays text);
- A4 pages, Indonesian language tag, document properties (title, licence).

Every text goes through ``xml.sax.saxutils.escape``; control characters were removed earlier
(``rakit.bersihkan``). The zip entries carry a fixed timestamp, so the same input gives the same
bytes.
"""
from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

from .dokumen import Dokumen, Isian, Judul, Paragraf, PindahHalaman, Potongan, Tabel, Teks

WAKTU_TETAP = (2020, 1, 1, 0, 0, 0)
MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# A4 in twentieths of a point; 2.5 cm margins.
HALAMAN_LEBAR, HALAMAN_TINGGI, MARGIN = 11906, 16838, 1418
LEBAR_TEKS = HALAMAN_LEBAR - 2 * MARGIN
# indentation of numbered paragraphs by level: (left, hanging)
INDENTASI = {1: (680, 680), 2: (1134, 454), 3: (1588, 454), 4: (2042, 454)}

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HURUF = "Times New Roman"


def _t(teks: str) -> str:
    """Runs' text: escaped, line breaks as <w:br/>."""
    bagian = teks.split("\n")
    return "<w:br/>".join(f'<w:t xml:space="preserve">{escape(b)}</w:t>' for b in bagian)


def _run(p: Potongan, dasar: str = "") -> str:
    if isinstance(p, Isian):
        dasar += "<w:b/>" if p.tebal else ""
        if p.terisi:
            return f"<w:r>{_rpr(dasar)}{_t(p.nilai)}</w:r>"
        return ('<w:r><w:rPr><w:rStyle w:val="Isian"/>' + dasar +
                f'<w:highlight w:val="yellow"/></w:rPr>{_t("[" + p.label + "]")}</w:r>')
    sifat = dasar + ("<w:b/>" if p.tebal else "") + ("<w:i/>" if p.miring else "")
    return f"<w:r>{_rpr(sifat)}{_t(p.teks)}</w:r>"


def _rpr(isi: str) -> str:
    return f"<w:rPr>{isi}</w:rPr>" if isi else ""


def _runs(isi: list[Potongan], dasar: str = "") -> str:
    return "".join(_run(p, dasar) for p in isi)


GAYA_PARAGRAF = {"biasa": "Normal", "tengah": "Tengah", "subjudul": "Subtitle",
                 "catatan": "Catatan", "tabel": "TeksTabel", "petunjuk": "Petunjuk"}


def _paragraf(p: Paragraf, dalam_tabel: bool = False, kanan: bool = False, kiri_rata: bool = False,
              tetap_bersama: bool = False, pt_tabel: int = 10) -> str:
    """One paragraph; ``tetap_bersama``: keep it on the page of the next one (w:keepNext);
    ``pt_tabel``: the point size of a table's text (a tight table uses TeksTabel9/TeksTabel8)."""
    gaya = GAYA_PARAGRAF.get(p.gaya, "Normal")
    if gaya == "TeksTabel" and pt_tabel != 10:
        gaya = f"TeksTabel{pt_tabel}"
    tabs = ind = ""
    if p.tingkat and p.gaya in ("biasa", "tabel"):
        if not dalam_tabel:
            gaya = f"Bertingkat{min(p.tingkat, 4)}"
            if not p.nomor:
                kiri, _ = INDENTASI[min(p.tingkat, 4)]
                ind = f'<w:ind w:left="{kiri}" w:hanging="0"/>'
        else:
            # inside a column: the same hanging shape, narrower
            kiri = 540 * p.tingkat
            tabs = f'<w:tabs><w:tab w:val="left" w:pos="{kiri}"/></w:tabs>'
            ind = f'<w:ind w:left="{kiri}" w:hanging="{540 if p.nomor else 0}"/>'
    # children of w:pPr in schema order: pStyle, keepNext, tabs, ind, jc
    ppr = ("<w:keepNext/>" if tetap_bersama else "") + tabs + ind + ('<w:jc w:val="right"/>' if kanan else '<w:jc w:val="left"/>' if kiri_rata else "")
    nomor = ""
    if p.nomor:
        nomor = f"<w:r>{_t(p.nomor)}</w:r><w:r><w:tab/></w:r>"
    return (f'<w:p><w:pPr><w:pStyle w:val="{gaya}"/>{ppr}</w:pPr>{nomor}'
            f"{_runs(p.isi)}</w:p>")


def _judul(j: Judul, penanda: int) -> str:
    """A heading; ``penanda`` numbers its bookmark (so Word can link to the article)."""
    if j.tingkat == 0:
        return f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{_runs(j.isi)}</w:p>'
    gaya = "Heading1" if j.tingkat == 1 else "Heading2"
    isi = ""
    if j.nomor:
        isi = f"<w:r>{_t(j.nomor)}</w:r><w:r><w:br/></w:r>"
    isi += _runs(j.isi)
    if not j.jangkar:
        return f'<w:p><w:pPr><w:pStyle w:val="{gaya}"/></w:pPr>{isi}</w:p>'
    nama = quoteattr(("_" + j.jangkar.replace("-", "_"))[:40])
    return (f'<w:p><w:pPr><w:pStyle w:val="{gaya}"/></w:pPr>'
            f'<w:bookmarkStart w:id="{penanda}" w:name={nama}/>{isi}'
            f'<w:bookmarkEnd w:id="{penanda}"/></w:p>')


def _batas(gaya: str) -> str:
    if gaya == "garis":
        garis = '<w:{s} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        return "<w:tblBorders>" + "".join(garis.format(s=s) for s in
                                          ("top", "left", "bottom", "right", "insideH", "insideV")) \
            + "</w:tblBorders>"
    if gaya == "dwibahasa":
        return ('<w:tblBorders><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/>'
                "</w:tblBorders>")
    return ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
            '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')


# Advance widths of Times New Roman (Adobe font metrics, thousandths of an em), used to size
# table columns to their content. Characters not listed count as 0.5 em.
_LEBAR_HURUF = dict(zip(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;()/-%[]",
    (444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278,
     500, 500, 722, 500, 500, 444, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722,
     722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611) + (500,) * 10
    + (250, 250, 250, 278, 278, 333, 333, 278, 333, 833, 333, 333)))
MARGIN_SEL = 100          # left and right cell margin of ruled tables (twips)
UKURAN_SEL = {"tabel": 10, "petunjuk": 8}   # point size of the table paragraph styles


def _lebar_teks(teks: str, pt: float, tebal: bool) -> float:
    """Printed width of ``teks`` in twips (bold Times is about 10% wider)."""
    em = sum(_LEBAR_HURUF.get(c, 500) for c in teks) / 1000
    return em * pt * 20 * (1.1 if tebal else 1.0)


def _ukuran_sel(sel: list[Paragraf], pt_tabel: float = 10) -> tuple[float, float]:
    """(longest word, longest line) of a cell in twips: the narrowest column that does not break
    a word, and the width at which nothing wraps."""
    kata = baris = 0.0
    for p in sel:
        pt = pt_tabel if p.gaya == "tabel" else UKURAN_SEL.get(p.gaya, 10)
        indentasi = 540 * p.tingkat if p.tingkat else 0
        panjang = indentasi + (_lebar_teks(p.nomor + " ", pt, False) if p.nomor else 0)
        for bagian in p.isi:
            tebal = bagian.tebal
            for potong in bagian.teks.split("\n"):
                for k in potong.split():
                    kata = max(kata, indentasi + _lebar_teks(k, pt, tebal))
            panjang += _lebar_teks(bagian.teks, pt, tebal)
        baris = max(baris, panjang)
    return kata, baris


UKURAN_RAPAT = (10, 9, 8)   # point sizes a ruled table may shrink to so that its words fit


def ukuran_tabel(t: Tabel, kolom: int, total: int = LEBAR_TEKS) -> tuple[int, list[int]]:
    """(point size, column widths) of a table: the largest of ``UKURAN_RAPAT`` at which every
    column can hold its longest word (a wide payment schedule with filled amounts is set at 9
    or 8 points rather than break "Rp1.200.000" or "Termin"), and the widths at that size."""
    for pt in UKURAN_RAPAT:
        lebar, muat = _lebar_kolom(t, kolom, total, pt)
        if muat or pt == UKURAN_RAPAT[-1]:
            return pt, lebar
    raise AssertionError("unreachable")


def lebar_kolom(t: Tabel, kolom: int, total: int = LEBAR_TEKS) -> list[int]:
    """Column widths (twips) of a table at the point size ``ukuran_tabel`` chooses."""
    return ukuran_tabel(t, kolom, total)[1]


def _lebar_kolom(t: Tabel, kolom: int, total: int, pt: float) -> tuple[list[int], bool]:
    """Column widths (twips) of a table, summing to ``total``.

    Signature and bilingual tables keep their relative widths (equal halves). Other tables:
    every column gets at least the width of its longest word (so "Termin" never breaks into
    "Termi/n"); a table with author widths (``lebar``) starts from them, one without starts from
    the length of its content, as a browser sizes an automatic table: the room left after each
    column's minimum goes to the columns in proportion to how much more they would need to set
    every line unbroken. The flag says whether every longest word fits."""
    relatif = t.lebar if len(t.lebar) == kolom else (1,) * kolom
    dasar = [total * r / sum(relatif) for r in relatif]
    if t.gaya in ("ttd", "dwibahasa"):
        return _bulat(dasar, total), True
    minimum = [0.0] * kolom
    maksimum = [0.0] * kolom
    for r in ([t.kepala] if t.kepala else []) + t.baris:
        for i, sel in enumerate(r[:kolom]):
            kata, baris = _ukuran_sel(sel, pt)
            minimum[i] = max(minimum[i], kata + 2 * MARGIN_SEL + 40)
            maksimum[i] = max(maksimum[i], baris + 2 * MARGIN_SEL + 40)
    if sum(minimum) >= total:  # not even the words fit: share in proportion to them
        return _bulat([total * m / sum(minimum) for m in minimum], total), False
    if len(t.lebar) != kolom:
        if sum(maksimum) <= total:
            dasar = [total * m / sum(maksimum) for m in maksimum]
        else:
            sisa = total - sum(minimum)
            lebih = [max(0.0, x - m) for x, m in zip(maksimum, minimum)]
            dasar = [m + sisa * l / sum(lebih) for m, l in zip(minimum, lebih)] if sum(lebih) else \
                [total * m / sum(minimum) for m in minimum]
        return _bulat(dasar, total), True
    # author widths: raise every column below its minimum, taking the room from the others in
    # proportion to what they have above theirs
    lebar = list(dasar)
    for _ in range(kolom):
        kurang = sum(max(0.0, m - w) for w, m in zip(lebar, minimum))
        if kurang <= 0:
            break
        longgar = [max(0.0, w - m) for w, m in zip(lebar, minimum)]
        lebar = [max(w, m) - (kurang * g / sum(longgar) if w > m else 0)
                 for w, m, g in zip(lebar, minimum, longgar)]
    return _bulat(lebar, total), True


def _bulat(lebar: list[float], total: int) -> list[int]:
    hasil = [int(w) for w in lebar]
    hasil[-1] += total - sum(hasil)
    return hasil


def _tabel(t: Tabel, sebelum_ttd: bool = False) -> str:
    """A table; ``sebelum_ttd``: a signature block follows, so its last rows stay with it."""
    kolom = len(t.kepala) if t.kepala else max(len(r) for r in t.baris)
    pt, lebar = ukuran_tabel(t, kolom)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in lebar)
    margin = ('<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
              '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>')
    if t.gaya == "dwibahasa":
        margin = ('<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
                  '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="180" w:type="dxa"/></w:tblCellMar>')
    keluar = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{"TabelGaris" if t.gaya == "garis" else "TabelPolos"}"/>'
              f'<w:tblW w:w="{LEBAR_TEKS}" w:type="dxa"/>{_batas(t.gaya)}'
              f'<w:tblLayout w:type="fixed"/>{margin}'
              '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
              'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
              f"<w:tblGrid>{grid}</w:tblGrid>"]

    def baris(sel_sel, kepala: bool, ttd: bool = False, bersama: bool = False) -> str:
        if ttd:  # room to sign over the stamp (meterai) and to set the company seal
            trpr = '<w:trPr><w:cantSplit/><w:trHeight w:val="2100" w:hRule="atLeast"/></w:trPr>'
        elif kepala and t.gaya != "ttd":
            trpr = "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
        else:
            trpr = "<w:trPr><w:cantSplit/></w:trPr>" if t.gaya in ("garis", "ttd") else ""
        isi = []
        for i in range(kolom):
            sel = sel_sel[i] if i < len(sel_sel) else []
            arsir = ('<w:shd w:val="clear" w:color="auto" w:fill="E8EEF0"/>'
                     if kepala and t.gaya == "garis" else "")
            kanan = i in t.angka_kanan and not kepala
            paragraf = "".join(_paragraf(p, True, kanan, t.gaya == "dwibahasa", bersama, pt) for p in sel) \
                or (f'<w:p><w:pPr><w:pStyle w:val="TeksTabel"/>{"<w:keepNext/>" if bersama else ""}'
                    '</w:pPr></w:p>')
            if t.gaya == "dwibahasa" and i == 1:
                tcmar = '<w:tcMar><w:left w:w="180" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar>'
            else:
                tcmar = ""
            isi.append(f'<w:tc><w:tcPr><w:tcW w:w="{lebar[i]}" w:type="dxa"/>{arsir}{tcmar}</w:tcPr>'
                       f"{paragraf}</w:tc>")
        return f"<w:tr>{trpr}{''.join(isi)}</w:tr>"

    # A signature block is never split and never left alone on a page: every row but its last
    # keeps with the next (Word and LibreOffice then move the whole block), and the last two rows
    # of a table just before it (the closing words, the place and date) keep with it.
    akhir = len(t.baris) - 1
    if t.kepala:
        keluar.append(baris(t.kepala, True, bersama=t.gaya == "ttd" or (sebelum_ttd and akhir < 1)))
    for i, r in enumerate(t.baris):
        bersama = (t.gaya == "ttd" and i < akhir) or (sebelum_ttd and i >= akhir - 1)
        keluar.append(baris(r, False, i in t.ruang_ttd, bersama))
    keluar.append("</w:tbl>")
    # Word requires a paragraph between two consecutive tables; an empty one after every table
    # also keeps the following heading from sticking to it.
    keluar.append(f'<w:p><w:pPr><w:pStyle w:val="Jarak"/>{"<w:keepNext/>" if sebelum_ttd else ""}'
                  '</w:pPr></w:p>')
    return "".join(keluar)


def _ada_sampul(dok: Dokumen) -> bool:
    """Does the document open with a fill-in sheet that ends in a page break (its own section)?"""
    return 0 < dok.awal_badan <= len(dok.blok) and isinstance(dok.blok[dok.awal_badan - 1], PindahHalaman)


def _badan(dok: Dokumen) -> str:
    keluar = []
    penanda = 0
    blok = dok.blok
    for n, b in enumerate(blok):
        if isinstance(b, Judul):
            penanda += 1
            keluar.append(_judul(b, penanda))
        elif isinstance(b, Paragraf):
            ttd_berikut = _tabel_ttd_berikut(blok, n)
            keluar.append(_paragraf(b, tetap_bersama=ttd_berikut))
        elif isinstance(b, Tabel):
            keluar.append(_tabel(b, _tabel_ttd_berikut(blok, n)))
        elif isinstance(b, PindahHalaman):
            if _ada_sampul(dok) and n == dok.awal_badan - 1:
                # the fill-in sheet ends its own section: the contract restarts at page 1
                keluar.append(f'<w:p><w:pPr><w:pStyle w:val="Jarak"/>{_sect("rIdFooterSampul")}</w:pPr>'
                              f'{_penanda_akhir(AKHIR_LEMBAR_ISIAN, 100001)}</w:p>')
            else:
                keluar.append('<w:p><w:pPr><w:pStyle w:val="Jarak"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>')
    if not keluar or not keluar[-1].endswith("</w:p>"):
        keluar.append('<w:p><w:pPr><w:pStyle w:val="Jarak"/></w:pPr></w:p>')
    # the end of the contract: its page number is the contract's page count ("dari N")
    keluar[-1] = keluar[-1][:-len("</w:p>")] + _penanda_akhir(AKHIR_NASKAH, 100002) + "</w:p>"
    return "".join(keluar)


AKHIR_NASKAH = "_BjaAkhirNaskah"
AKHIR_LEMBAR_ISIAN = "_BjaAkhirLembarIsian"


def _penanda_akhir(nama: str, nomor: int) -> str:
    return f'<w:bookmarkStart w:id="{nomor}" w:name="{nama}"/><w:bookmarkEnd w:id="{nomor}"/>'


def _tabel_ttd_berikut(blok: list, n: int) -> bool:
    """Does a signature block follow block ``n``, with at most one paragraph (the place and date
    line) between them? Then ``n`` keeps with what follows, so the block never starts a page."""
    antara = 0
    for b in blok[n + 1:]:
        if isinstance(b, Paragraf):
            if b.isi or b.nomor:
                antara += 1
                if antara > 1:
                    return False
            continue
        return isinstance(b, Tabel) and b.gaya == "ttd"
    return False


def _sect(kaki: str) -> str:
    """Section properties: A4, margins, its footer, page numbers starting at 1."""
    return (f'<w:sectPr><w:footerReference w:type="default" r:id="{kaki}"/>'
            '<w:type w:val="nextPage"/>'
            f'<w:pgSz w:w="{HALAMAN_LEBAR}" w:h="{HALAMAN_TINGGI}"/>'
            f'<w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" '
            'w:header="709" w:footer="567" w:gutter="0"/><w:pgNumType w:start="1"/>'
            '<w:cols w:space="708"/></w:sectPr>')


def _dokumen_xml(dok: Dokumen) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{NS_W}" xmlns:r="{NS_R}"><w:body>{_badan(dok)}{_sect("rIdFooter")}'
            '</w:body></w:document>')


def _medan(instruksi: str, awal: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instruksi} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r><w:t>{awal}</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


_PIHAK = re.compile(r"\bPIHAK\s+[A-Z]+\b|\b[A-Z]+\s+PARTY\b")


def pihak_paraf(dok: Dokumen) -> list[str]:
    """The parties who initial each page: the columns of the contract's signature block
    ("PIHAK PERTAMA", "Yang menerima, PIHAK PERTAMA", "FIRST PARTY" ...), in its order. A block
    with one column (a letter signed by one party) or none: nobody initials."""
    for b in dok.blok[dok.awal_badan:]:
        if not (isinstance(b, Tabel) and b.gaya == "ttd"):
            continue
        sel_sel = b.kepala or (b.baris[0] if b.baris else [])
        if len(sel_sel) < 2:
            return []
        hasil = []
        for sel in sel_sel:
            teks = " / ".join("".join(x.teks for x in p.isi).strip() for p in sel if p.isi)
            cocok = _PIHAK.findall(teks.upper()) or [teks]
            hasil.append(" / ".join(dict.fromkeys(" ".join(c.split()).title() for c in cocok)))
        return hasil
    return []


def _p_kaki(isi: str, tab: bool = True) -> str:
    tabs = f'<w:tabs><w:tab w:val="right" w:pos="{LEBAR_TEKS}"/></w:tabs>' if tab else ""
    return f'<w:p><w:pPr><w:pStyle w:val="Footer"/>{tabs}</w:pPr>{isi}</w:p>'


def _r(teks: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(teks)}</w:t></w:r>'


def _kaki_xml(dok: Dokumen, sampul: bool = False) -> str:
    """The footer of the contract (``sampul=False``) or of the fill-in sheet before it.

    Each is its own section numbered from 1, and "dari Y" is the page number of a bookmark at
    the end of that section (PAGEREF; Word and LibreOffice both compute it, while LibreOffice
    leaves SECTIONPAGES at its stored value), so the contract reads "Halaman 1 dari N" on its
    first page whatever the length of the fill-in sheet. Under the contract's page number, a line for the parties'
    initials (paraf) on every page."""
    akhir = AKHIR_LEMBAR_ISIAN if sampul else AKHIR_NASKAH
    nomor = (_r("Halaman ") + _medan("PAGE", "1") + _r(" dari ") + _medan(f"PAGEREF {akhir}", "1"))
    dwibahasa = dok.bahasa != "id"
    if sampul:
        ket = "Lembar isian, dilepas sebelum penandatanganan" + (
            " / Fill-in sheet, removed before signing" if dwibahasa else "")
        isi = _p_kaki(_r(ket) + "<w:r><w:tab/></w:r>" + nomor)
    else:
        isi = ""
        pihak = pihak_paraf(dok)
        if pihak:
            garis = "_" * 14
            teks = ("Paraf / Initials: " if dwibahasa else "Paraf: ") + "   ".join(
                f"{p} {garis}" for p in pihak)
            isi += ('<w:p><w:pPr><w:pStyle w:val="Footer"/><w:spacing w:after="60"/>'
                    f'<w:jc w:val="right"/></w:pPr>{_r(teks)}</w:p>')
        isi += _p_kaki(_r(dok.kaki) + "<w:r><w:tab/></w:r>" + nomor)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:ftr xmlns:w="{NS_W}" xmlns:r="{NS_R}">{isi}</w:ftr>')


def _gaya_paragraf(gid: str, nama: str, ppr: str = "", rpr: str = "", dasar: str = "Normal",
                   berikut: str = "Normal", extra: str = "") -> str:
    return (f'<w:style w:type="paragraph" w:styleId="{gid}"><w:name w:val="{nama}"/>'
            + (f'<w:basedOn w:val="{dasar}"/>' if dasar else "")
            + f'<w:next w:val="{berikut}"/>{extra}<w:qFormat/>'
            + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
            + "</w:style>")


def _styles_xml() -> str:
    bertingkat = "".join(
        _gaya_paragraf(f"Bertingkat{n}", f"Bertingkat {n}",
                       f'<w:tabs><w:tab w:val="left" w:pos="{kiri}"/></w:tabs>'
                       f'<w:ind w:left="{kiri}" w:hanging="{gantung}"/>',
                       berikut=f"Bertingkat{n}", extra='<w:uiPriority w:val="20"/>')
        for n, (kiri, gantung) in INDENTASI.items())
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:styles xmlns:w="{NS_W}">'
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{HURUF}" w:hAnsi="{HURUF}" w:eastAsia="{HURUF}" w:cs="{HURUF}"/>'
        '<w:sz w:val="23"/><w:szCs w:val="23"/><w:lang w:val="id-ID" w:eastAsia="id-ID" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:jc w:val="both"/></w:pPr></w:style>'
        + _gaya_paragraf("Title", "Title",
                         '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/>',
                         '<w:b/><w:caps/><w:spacing w:val="10"/><w:sz w:val="30"/><w:szCs w:val="30"/>',
                         extra='<w:uiPriority w:val="10"/>')
        + _gaya_paragraf("Subtitle", "Subtitle", '<w:keepNext/><w:spacing w:after="60"/><w:jc w:val="center"/>',
                         '<w:sz w:val="22"/><w:szCs w:val="22"/>', extra='<w:uiPriority w:val="11"/>')
        + _gaya_paragraf("Heading1", "heading 1",
                         '<w:keepNext/><w:keepLines/><w:spacing w:before="300" w:after="120"/>'
                         '<w:jc w:val="center"/><w:outlineLvl w:val="0"/>',
                         '<w:b/><w:sz w:val="23"/><w:szCs w:val="23"/>', extra='<w:uiPriority w:val="9"/>')
        + _gaya_paragraf("Heading2", "heading 2",
                         '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/>'
                         '<w:jc w:val="left"/><w:outlineLvl w:val="1"/>',
                         '<w:b/><w:sz w:val="23"/><w:szCs w:val="23"/>', extra='<w:uiPriority w:val="9"/>')
        + _gaya_paragraf("Tengah", "Tengah", '<w:jc w:val="center"/>')
        + bertingkat
        + _gaya_paragraf("Catatan", "Catatan", '<w:spacing w:before="120"/><w:jc w:val="left"/>',
                         '<w:i/><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>')
        + _gaya_paragraf("TeksTabel", "Teks Tabel", '<w:spacing w:after="40" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>',
                         '<w:sz w:val="20"/><w:szCs w:val="20"/>')
        + "".join(_gaya_paragraf(f"TeksTabel{pt}", f"Teks Tabel {pt} pt", "",
                                 f'<w:sz w:val="{2 * pt}"/><w:szCs w:val="{2 * pt}"/>', dasar="TeksTabel",
                                 berikut=f"TeksTabel{pt}")
                  for pt in UKURAN_RAPAT[1:])
        + _gaya_paragraf("Petunjuk", "Petunjuk", '<w:spacing w:after="20" w:line="220" w:lineRule="auto"/><w:jc w:val="left"/>',
                         '<w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/>', dasar="TeksTabel")
        + _gaya_paragraf("Jarak", "Jarak", '<w:spacing w:after="0" w:line="120" w:lineRule="exact"/>',
                         '<w:sz w:val="8"/>')
        + _gaya_paragraf("Footer", "footer", f'<w:tabs><w:tab w:val="right" w:pos="{LEBAR_TEKS}"/></w:tabs>'
                         '<w:spacing w:after="0"/><w:jc w:val="left"/>',
                         '<w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/>')
        + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
          '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
        + '<w:style w:type="character" w:styleId="Isian"><w:name w:val="Isian"/><w:qFormat/>'
          '<w:rPr><w:highlight w:val="yellow"/></w:rPr></w:style>'
        + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
          '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
          '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
          '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        + '<w:style w:type="table" w:styleId="TabelGaris"><w:name w:val="Tabel Garis"/>'
          '<w:basedOn w:val="TableNormal"/><w:tblPr>' + _batas("garis") + "</w:tblPr></w:style>"
        + '<w:style w:type="table" w:styleId="TabelPolos"><w:name w:val="Tabel Polos"/>'
          '<w:basedOn w:val="TableNormal"/></w:style>'
        + "</w:styles>"
    )


def _settings_xml() -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:settings xmlns:w="{NS_W}"><w:zoom w:percent="100"/>'
            '<w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="id-ID"/></w:settings>')


def _core_xml(dok: Dokumen) -> str:
    waktu = (dok.tanggal or "2026-01-01") + "T00:00:00Z"
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(dok.judul)}</dc:title>"
            "<dc:creator>Bayar Jasa Aman</dc:creator>"
            f"<cp:keywords>{escape(dok.id)} v{escape(dok.versi)}</cp:keywords>"
            f"<dc:description>{escape(dok.kaki)}</dc:description>"
            f"<dc:language>{'id-ID' if dok.bahasa == 'id' else 'id-ID, en-US'}</dc:language>"
            f"<cp:revision>1</cp:revision>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{waktu}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{waktu}</dcterms:modified>'
            "</cp:coreProperties>")


_APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>Bayar Jasa Aman</Application></Properties>")

_JENIS_ISI = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/footer1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '{sampul}'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>")

_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>")

_RELS_DOKUMEN = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    '{sampul}'
    "</Relationships>")


_JENIS_KAKI_SAMPUL = ('<Override PartName="/word/footer2.xml" '
                      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
_REL_KAKI_SAMPUL = ('<Relationship Id="rIdFooterSampul" Type="http://schemas.openxmlformats.org/officeDocument/'
                    '2006/relationships/footer" Target="footer2.xml"/>')


def bagian_docx(dok: Dokumen) -> dict[str, str]:
    """Part name -> XML text (exposed for tests)."""
    sampul = _ada_sampul(dok)
    bagian = {
        "[Content_Types].xml": _JENIS_ISI.replace("{sampul}", _JENIS_KAKI_SAMPUL if sampul else ""),
        "_rels/.rels": _RELS,
        "docProps/core.xml": _core_xml(dok),
        "docProps/app.xml": _APP,
        "word/document.xml": _dokumen_xml(dok),
        "word/styles.xml": _styles_xml(),
        "word/settings.xml": _settings_xml(),
        "word/footer1.xml": _kaki_xml(dok),
        "word/_rels/document.xml.rels": _RELS_DOKUMEN.replace("{sampul}", _REL_KAKI_SAMPUL if sampul else ""),
    }
    if sampul:
        bagian["word/footer2.xml"] = _kaki_xml(dok, sampul=True)
    return bagian


def docx(dok: Dokumen) -> bytes:
    """The .docx file of ``dok`` as bytes."""
    penyangga = io.BytesIO()
    with zipfile.ZipFile(penyangga, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, isi in bagian_docx(dok).items():
            info = zipfile.ZipInfo(nama, WAKTU_TETAP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, isi.encode("utf-8"))
    return penyangga.getvalue()
