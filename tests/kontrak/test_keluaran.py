"""The three writers (.docx, Markdown, HTML): same text, real Word structure, hostile values literal.

Runs on the fixture library and on every real template. The python-docx checks are skipped
inside Pyodide (python-docx needs lxml); the standard-library reader covers the same text there.
"""
from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser
from xml.dom import minidom

import pytest

from bantu_kontrak import DI_PYODIDE, HOSTIL, normal, teks_docx_stdlib, teks_markdown, teks_python_docx
from calculators.kontrak.docx import bagian_docx, docx
from calculators.kontrak.html import html
from calculators.kontrak.markdown import escape_md, markdown
from calculators.kontrak.rakit import rakit

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _isian_hostil(pustaka, t) -> dict[str, str]:
    """Every variable of the template gets a hostile value (cycling through the list)."""
    return {v: HOSTIL[i % len(HOSTIL)] for i, v in enumerate(pustaka.variabel_semua_varian(t))}


def _kasus(contoh, pustaka_asli):
    kasus = []
    for p, nama in ((contoh, "contoh"), (pustaka_asli, "asli")):
        for t in p.templat_urut():
            kasus.append((p, t, None))
            kasus.append((p, t, _isian_hostil(p, t)))
    return kasus


@pytest.fixture(scope="module")
def kasus(contoh, pustaka_asli):
    return _kasus(contoh, pustaka_asli)


def test_ada_templat_yang_diuji(kasus):
    assert len(kasus) >= 4


def test_semua_bagian_docx_xml_sah(kasus):
    for p, t, isian in kasus:
        dok = rakit(t, p, isian=isian)
        for nama, isi in bagian_docx(dok).items():
            minidom.parseString(isi.encode("utf-8"))  # raises on malformed XML
        with zipfile.ZipFile(io.BytesIO(docx(dok))) as z:
            assert z.testzip() is None
            assert z.namelist()[0] == "[Content_Types].xml"


def test_teks_docx_sama_dengan_markdown(kasus):
    for p, t, isian in kasus:
        dok = rakit(t, p, isian=isian)
        assert normal(teks_docx_stdlib(docx(dok))) == normal(teks_markdown(markdown(dok))), t.id


@pytest.mark.skipif(DI_PYODIDE, reason="python-docx needs lxml (not in Pyodide)")
def test_python_docx_membuka_dan_teksnya_sama(kasus):
    import docx as pd

    for p, t, isian in kasus:
        dok = rakit(t, p, isian=isian)
        data = docx(dok)
        d = pd.Document(io.BytesIO(data))
        assert d.core_properties.title == dok.judul
        assert normal(teks_python_docx(data)) == normal(teks_markdown(markdown(dok))), t.id
        gaya = {par.style.name for par in d.paragraphs}
        assert {"Title", "Heading 1"} <= gaya, (t.id, gaya)
        judul_pasal = [par.text for par in d.paragraphs if par.style.name == "Heading 1"]
        assert any(j.startswith("Pasal 1") for j in judul_pasal) or t.jenis != "perjanjian", t.id
        assert d.sections[0].page_width == pd.shared.Mm(210) or abs(d.sections[0].page_width.mm - 210) < 0.5


@pytest.mark.skipif(DI_PYODIDE, reason="python-docx needs lxml (not in Pyodide)")
def test_gaya_heading_word_asli(contoh):
    import docx as pd

    d = pd.Document(io.BytesIO(docx(rakit("spk-contoh", contoh))))
    h1 = d.styles["Heading 1"]
    assert h1.style_id == "Heading1" and h1.type == pd.enum.style.WD_STYLE_TYPE.PARAGRAPH
    assert d.styles["Heading 2"].style_id == "Heading2"
    # outline levels make the articles visible in Word's navigation pane
    assert h1.element.pPr.find(f"{W}outlineLvl").get(f"{W}val") == "0"
    pasal = [p for p in d.paragraphs if p.style.name == "Heading 1" and p.text.startswith("Pasal")]
    assert [p.text.split("\n")[0] for p in pasal] == ["Pasal 1", "Pasal 2"]


def test_isian_terbuka_disorot_kuning(kasus):
    for p, t, isian in kasus:
        if isian:
            continue
        xml = bagian_docx(rakit(t, p))["word/document.xml"]
        runs = re.findall(r"<w:r><w:rPr><w:rStyle w:val=\"Isian\"/>(?:<w:b/>)?<w:highlight w:val=\"yellow\"/>"
                          r"</w:rPr><w:t xml:space=\"preserve\">\[([^<\]]+)\]</w:t></w:r>", xml)
        kosong = {p.variabel[v].nama_pendek for v in p.variabel_templat(t)}
        assert set(runs) == kosong, t.id


def test_isian_terisi_tidak_disorot(contoh):
    xml = bagian_docx(rakit("spk-contoh", contoh, isian={"nilai_kontrak": "10 jt"}))["word/document.xml"]
    assert "Rp10.000.000 (sepuluh juta rupiah)" in xml
    assert not re.search(r'highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">Rp10', xml)


def test_kaki_halaman_bernomor_dan_berlisensi(contoh):
    bagian = bagian_docx(rakit("spk-contoh", contoh))
    kaki = bagian["word/footer1.xml"]
    # "Halaman X dari Y": Y is a PAGEREF to a bookmark at the contract's end (LibreOffice does not
    # restart NUMPAGES/SECTIONPAGES per section), so the bookmark must exist in the body
    assert re.search(r"<w:instrText[^>]*>\s*PAGE\s*</w:instrText>", kaki)
    ref = re.search(r"<w:instrText[^>]*>\s*PAGEREF (\w+)\s*</w:instrText>", kaki)
    assert ref and f'w:name="{ref.group(1)}"' in bagian["word/document.xml"]
    assert "CC BY 4.0" in kaki and "v1.0.0" in kaki


def test_docx_deterministik(contoh):
    assert docx(rakit("spk-contoh", contoh)) == docx(rakit("spk-contoh", contoh))


# --- hostile values -------------------------------------------------------------------------

@pytest.mark.parametrize("nilai", HOSTIL)
def test_nilai_hostil_literal_di_semua_keluaran(contoh, nilai):
    dok = rakit("spk-contoh", contoh, isian={"nama_pihak_pertama": nilai, "alamat_pihak_kedua": nilai + "\n" + nilai})
    # .docx: the value is plain run text, read back exactly; no field was created from it
    teks_d = teks_docx_stdlib(docx(dok))
    assert nilai in teks_d
    xml = bagian_docx(dok)["word/document.xml"]
    assert "fldSimple" not in xml and "instrText" not in xml and "fldChar" not in xml
    # Markdown: reads back as the same literal text
    md = markdown(dok)
    assert nilai in teks_markdown(md)
    assert "<script" not in md
    # HTML preview: escaped
    h = html(dok)
    assert "<script" not in h
    assert _teks_html(h).count(nilai) >= 3


@pytest.mark.skipif(DI_PYODIDE, reason="Python-Markdown is not in the Pyodide test wheels")
@pytest.mark.parametrize("nilai", HOSTIL)
def test_markdown_dirender_literal(contoh, nilai):
    import markdown as pm

    dok = rakit("spk-contoh", contoh, isian={"nama_pihak_pertama": nilai})
    keluaran = pm.markdown(markdown(dok), extensions=["tables"])
    assert "<script>" not in keluaran
    assert nilai in _teks_html(keluaran)


@pytest.mark.parametrize("teks", HOSTIL + ["PT Maju & Rekan", "a_b_c", "1.0.0", "- bukan daftar"])
def test_escape_md_bolak_balik(teks):
    assert teks_markdown(escape_md(teks)) == teks


def test_teks_biasa_tetap_terbaca_di_markdown():
    assert escape_md("PT Maju & Rekan, versi 1.0.0") == "PT Maju & Rekan, versi 1.0.0"


def test_karakter_kendali_dibuang(contoh):
    dok = rakit("spk-contoh", contoh, isian={"nama_pihak_pertama": "PT\x00 Maju\x0b\x1f Jaya\ufffe"})
    data = docx(dok)
    minidom.parseString(bagian_docx(dok)["word/document.xml"].encode())
    assert "PT Maju Jaya" in teks_docx_stdlib(data)


class _Teks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.bagian: list[str] = []
        self.tag: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tag.append(tag)

    def handle_data(self, data):
        self.bagian.append(data)


def _teks_html(h: str) -> str:
    p = _Teks()
    p.feed(h)
    assert "script" not in p.tag
    return "".join(p.bagian)
