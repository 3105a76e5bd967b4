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


def _paragraf(p: Paragraf, dalam_tabel: bool = False, kanan: bool = False, kiri_rata: bool = False) -> str:
    gaya = GAYA_PARAGRAF.get(p.gaya, "Normal")
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
    # children of w:pPr in schema order: pStyle, tabs, ind, jc
    ppr = tabs + ind + ('<w:jc w:val="right"/>' if kanan else '<w:jc w:val="left"/>' if kiri_rata else "")
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


def _tabel(t: Tabel) -> str:
    kolom = len(t.kepala) if t.kepala else max(len(r) for r in t.baris)
    relatif = t.lebar if len(t.lebar) == kolom else (1,) * kolom
    jumlah = sum(relatif)
    lebar = [LEBAR_TEKS * r // jumlah for r in relatif]
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

    def baris(sel_sel, kepala: bool, ttd: bool = False) -> str:
        if ttd:  # room to sign and, on the party's copy, to affix the stamp (meterai)
            trpr = '<w:trPr><w:cantSplit/><w:trHeight w:val="1500" w:hRule="atLeast"/></w:trPr>'
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
            paragraf = "".join(_paragraf(p, True, kanan, t.gaya == "dwibahasa") for p in sel) or '<w:p><w:pPr><w:pStyle w:val="TeksTabel"/></w:pPr></w:p>'
            if t.gaya == "dwibahasa" and i == 1:
                tcmar = '<w:tcMar><w:left w:w="180" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar>'
            else:
                tcmar = ""
            isi.append(f'<w:tc><w:tcPr><w:tcW w:w="{lebar[i]}" w:type="dxa"/>{arsir}{tcmar}</w:tcPr>'
                       f"{paragraf}</w:tc>")
        return f"<w:tr>{trpr}{''.join(isi)}</w:tr>"

    if t.kepala:
        keluar.append(baris(t.kepala, True))
    for i, r in enumerate(t.baris):
        keluar.append(baris(r, False, i in t.ruang_ttd))
    keluar.append("</w:tbl>")
    # Word requires a paragraph between two consecutive tables; an empty one after every table
    # also keeps the following heading from sticking to it.
    keluar.append('<w:p><w:pPr><w:pStyle w:val="Jarak"/></w:pPr></w:p>')
    return "".join(keluar)


def _badan(dok: Dokumen) -> str:
    keluar = []
    penanda = 0
    for b in dok.blok:
        if isinstance(b, Judul):
            penanda += 1
            keluar.append(_judul(b, penanda))
        elif isinstance(b, Paragraf):
            keluar.append(_paragraf(b))
        elif isinstance(b, Tabel):
            keluar.append(_tabel(b))
        elif isinstance(b, PindahHalaman):
            keluar.append('<w:p><w:pPr><w:pStyle w:val="Jarak"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>')
    return "".join(keluar)


def _dokumen_xml(dok: Dokumen) -> str:
    sect = (f'<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>'
            f'<w:pgSz w:w="{HALAMAN_LEBAR}" w:h="{HALAMAN_TINGGI}"/>'
            f'<w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" '
            'w:header="709" w:footer="567" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{NS_W}" xmlns:r="{NS_R}"><w:body>{_badan(dok)}{sect}</w:body></w:document>')


def _medan(instruksi: str, awal: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instruksi} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r><w:t>{awal}</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _kaki_xml(dok: Dokumen) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:ftr xmlns:w="{NS_W}" xmlns:r="{NS_R}"><w:p><w:pPr><w:pStyle w:val="Footer"/>'
            f'<w:tabs><w:tab w:val="right" w:pos="{LEBAR_TEKS}"/></w:tabs></w:pPr>'
            f'<w:r><w:t xml:space="preserve">{escape(dok.kaki)}</w:t></w:r><w:r><w:tab/></w:r>'
            '<w:r><w:t xml:space="preserve">Halaman </w:t></w:r>' + _medan("PAGE", "1") +
            '<w:r><w:t xml:space="preserve"> dari </w:t></w:r>' + _medan("NUMPAGES", "1") +
            "</w:p></w:ftr>")


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
    "</Relationships>")


def bagian_docx(dok: Dokumen) -> dict[str, str]:
    """Part name -> XML text (exposed for tests)."""
    return {
        "[Content_Types].xml": _JENIS_ISI,
        "_rels/.rels": _RELS,
        "docProps/core.xml": _core_xml(dok),
        "docProps/app.xml": _APP,
        "word/document.xml": _dokumen_xml(dok),
        "word/styles.xml": _styles_xml(),
        "word/settings.xml": _settings_xml(),
        "word/footer1.xml": _kaki_xml(dok),
        "word/_rels/document.xml.rels": _RELS_DOKUMEN,
    }


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
