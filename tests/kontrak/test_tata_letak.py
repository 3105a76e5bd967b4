"""Layout of every template and variant as LibreOffice prints it.

Each template is rendered as the site's blank download and as builder downloads (every question
answered with its example) for every clause variant: variant set i gives each clause its i-th
variant (the template's own choice first), and every other set leaves the optional clauses out.
All files are converted in one LibreOffice run (module fixture); then, per file:

- python-docx opens it and LibreOffice renders it to PDF;
- the page count is within bounds set by the amount of text;
- the fill-in sheet is numbered on its own and the contract starts again at "Halaman 1 dari N",
  N counting only the contract (read per page with ``pdftotext -layout``);
- no signature block is split over two pages and no page holds only a signature block (its
  lines, the place and date line before it and the licence note, nothing of the contract);
- a builder download has every placeholder filled: no "[[", no open "[label]", no Isian style.

Skipped inside Pyodide (no subprocesses); see test_pdf.py for what happens without LibreOffice.
"""
from __future__ import annotations

import base64
import io
import re
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")

if sys.platform != "emscripten":
    from bantu_kontrak import BAYAR, W, teks_docx_stdlib
    from calculators import api
    from calculators.kalkulator.templat import kunci_sertakan, kunci_varian
    from calculators.kontrak import pustaka
    from calculators.kontrak.docx import docx
    from calculators.kontrak.rakit import rakit
    from test_pdf import halaman_pdf, jumlah_halaman, ke_pdf

JADWAL = "Uang muka; 30%; 2026-12-01\nDesain disetujui; 40%; 2027-01-15\nSerah terima akhir; sisa; 2027-03-01"
_NOMOR = re.compile(r"Halaman\s+(\d+)\s+dari\s+(\d+)\s*$")
_POLA_TTD = re.compile(r"^\s*(Tanda tangan|Signature)\b", re.I)


def _pilihan(p, t) -> list[tuple[dict[str, str], dict[str, bool]]]:
    """Variant sets covering every variant of every clause of ``t`` that the template leaves open."""
    urut = {}
    for b in t.bagian:
        k = p.klausul[b.klausul]
        pertama = b.varian or k.varian_bawaan
        # a variant the template fixes is the only one it can print (the builder offers no other)
        urut[k.id] = [pertama] if b.varian else [pertama] + [v for v in k.varian if v != pertama]
    jumlah = max(len(v) for v in urut.values())
    ada_opsional = any(b.opsional for b in t.bagian)
    hasil = []
    for i in range(max(jumlah, 2 if ada_opsional else 1)):
        varian = {k: v[i % len(v)] for k, v in urut.items()}
        sertakan = {b.klausul: i % 2 == 0 for b in t.bagian if b.opsional}
        hasil.append((varian, sertakan))
    return hasil


def _kasus() -> list[tuple[str, str, int | None]]:
    if sys.platform == "emscripten":
        return []
    p = pustaka()
    kasus = []
    for t in p.templat_urut():
        kasus.append((f"{t.id}~kosong", t.id, None))
        kasus.extend((f"{t.id}~varian{i}", t.id, i) for i in range(len(_pilihan(p, t))))
    return kasus


KASUS = _kasus()


def _data_pembuat(p, t, varian, sertakan) -> dict:
    data = {"templat": t.id}
    # the builder asks for a variant only where a clause has several
    data.update({kunci_varian(k): v for k, v in varian.items() if len(p.klausul[k].varian) > 1})
    data.update({kunci_sertakan(k): "ya" if v else "tidak" for k, v in sertakan.items()})
    for v in p.variabel_templat(t, sertakan, varian):
        if not p.variabel[v].dihitung:  # filled from the payment calculator
            data[v] = p.variabel[v].contoh or "contoh"
    if t.pembayaran:
        data.update(BAYAR)
    if t.lampiran.get("jadwal_pembayaran"):
        data.update(jadwal_termin=JADWAL, penerima="badan", pkp="ya", punya_npwp="ya")
        data.pop("jumlah_termin", None)  # the builder counts the schedule's lines
    return data


@pytest.fixture(scope="module")
def hasil(tmp_path_factory):
    """Every case written and rendered once: id -> dict(docx, pdf, md, html, isian_kosong)."""
    folder = tmp_path_factory.mktemp("tata-letak")
    p = pustaka()
    semua = {}
    for kid, tid, i in KASUS:
        t = p.templat[tid]
        if i is None:
            semua[kid] = {"docx": docx(rakit(t, p)), "pembuat": False}
            continue
        varian, sertakan = _pilihan(p, t)[i]
        h = api.jalankan("templat", _data_pembuat(p, t, varian, sertakan))
        assert h["ok"], (kid, h.get("kesalahan"))
        u = {x["nama"].rsplit(".", 1)[1]: x for x in h["hasil"]["unduhan"]}
        semua[kid] = {"docx": base64.b64decode(u["docx"]["base64"]), "md": u["md"]["teks"],
                      "html": h["html"], "isian_kosong": h["hasil"]["isian_kosong"], "pembuat": True}
    berkas = {}
    for kid, d in semua.items():
        jalur = folder / (kid.replace("~", "__") + ".docx")
        jalur.write_bytes(d["docx"])
        berkas[jalur] = kid
    for jalur, pdf in ke_pdf(list(berkas), folder).items():
        d = semua[berkas[jalur]]
        d["pdf"] = pdf
        d["halaman"] = halaman_pdf(pdf)
        d["ruas"] = [[r for b in _isi_halaman(h) for r in _ruas(b)] for h in d["halaman"]]
    return semua


def _normal(teks: str) -> str:
    return " ".join(teks.replace("\u00a0", " ").split())


def _isi_halaman(halaman: str) -> list[str]:
    """A page's lines without its footer (page number line and initials line)."""
    baris = [b for b in halaman.split("\n") if b.strip()]
    while baris and (_NOMOR.search(baris[-1]) or baris[-1].strip().startswith("Paraf")):
        baris.pop()
    return baris


def _teks_sel(tr) -> list[str]:
    """The text of each cell of a table row, its paragraphs joined by a space."""
    return [_normal(" ".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in tc.iter(f"{W}p")))
            for tc in tr.findall(f"{W}tc")]


def _blok_ttd(data: bytes) -> tuple[list[dict], list[str]]:
    """The signature blocks of a .docx (their cell texts, first and last row, with the place and
    date line before each) and the licence note, read from the file itself."""
    from xml.etree import ElementTree as ET

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        badan = ET.fromstring(z.read("word/document.xml")).find(f"{W}body")
    anak = list(badan)
    blok, catatan = [], []
    for n, el in enumerate(anak):
        if el.tag == f"{W}p":
            teks = _normal("".join(t.text or "" for t in el.iter(f"{W}t")))
            if teks.startswith("Disusun dari templat"):
                catatan.append(teks)
            continue
        if el.tag != f"{W}tbl":
            continue
        baris = [_teks_sel(tr) for tr in el.findall(f"{W}tr")]
        sel = [s for r in baris for s in r]
        if not any(_POLA_TTD.match(s) for s in sel):
            continue
        sebelum = []
        for m in range(n - 1, -1, -1):  # the nearest text before it: the place and date line
            if anak[m].tag == f"{W}p":
                teks = _normal("".join(t.text or "" for t in anak[m].iter(f"{W}t")))
                if teks:
                    sebelum = [teks]
                    break
            elif anak[m].tag == f"{W}tbl":
                sebelum = _teks_sel(anak[m].findall(f"{W}tr")[-1])
                break
        blok.append({"sel": [s for s in sel if s], "pertama": [s for s in baris[0] if s],
                     "akhir": [s for s in baris[-1] if s],
                     "sebelum": [s for s in sebelum if len(s) <= 200]})
    return blok, catatan


def _judul_naskah(data: bytes) -> str:
    """The contract's title (the first Title paragraph after the fill-in sheet's section break),
    as printed: the Title style sets it in capitals."""
    from xml.etree import ElementTree as ET

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        badan = ET.fromstring(z.read("word/document.xml")).find(f"{W}body")
    lewat_isian = False
    for el in badan:
        if el.tag != f"{W}p":
            continue
        if el.find(f"{W}pPr/{W}sectPr") is not None:
            lewat_isian = True
            continue
        gaya = el.find(f"{W}pPr/{W}pStyle")
        if lewat_isian and gaya is not None and gaya.get(f"{W}val") == "Title":
            return _normal("".join(t.text or "" for t in el.iter(f"{W}t"))).upper()
    return ""


def _ruas(baris: str) -> list[str]:
    """The pieces of a -layout line: columns are separated by runs of spaces."""
    return [_normal(r) for r in re.split(r"\s{2,}", baris) if r.strip()]


def _di(ruas: str, teks: list[str]) -> bool:
    return any(ruas in t for t in teks)


def _halaman_dengan(ruas_halaman: list[list[str]], teks: list[str]) -> set[int]:
    """Pages holding a line piece equal to (the start of) one of ``teks``."""
    awal = [t[:40] for t in teks]
    return {i for i, ruas in enumerate(ruas_halaman)
            for r in ruas if any(r.startswith(a) or (a.startswith(r) and len(r) >= 12) for a in awal)}


def _perlu(hasil, kid) -> dict:
    d = hasil[kid]
    assert d["pdf"].stat().st_size > 3000, kid
    return d


@pytest.mark.parametrize("kid", [k[0] for k in KASUS])
def test_python_docx_membuka_dan_libreoffice_merender(hasil, kid):
    import docx as python_docx

    d = _perlu(hasil, kid)
    dokumen = python_docx.Document(io.BytesIO(d["docx"]))
    assert len(dokumen.sections) == 2, "lembar isian dan naskah: dua bagian (section)"
    assert dokumen.paragraphs and any(p.text.strip() for p in dokumen.paragraphs)
    assert jumlah_halaman(d["pdf"]) == len(d["halaman"])


@pytest.mark.parametrize("kid", [k[0] for k in KASUS])
def test_nomor_halaman_mulai_di_naskah(hasil, kid):
    d = _perlu(hasil, kid)
    halaman = d["halaman"]
    nomor = []
    for i, h in enumerate(halaman):
        baris = [b for b in h.split("\n") if b.strip()]
        m = _NOMOR.search(baris[-1]) if baris else None
        assert m, f"{kid}: halaman PDF {i + 1} tanpa nomor halaman di kakinya"
        nomor.append((int(m.group(1)), int(m.group(2)), baris[-1]))
    isian = [n for n in nomor if "Lembar isian" in n[2]]
    naskah = nomor[len(isian):]
    assert isian and nomor[:len(isian)] == isian, f"{kid}: lembar isian harus di depan, sebagai satu bagian"
    assert [(a, b) for a, b, _ in isian] == [(k, len(isian)) for k in range(1, len(isian) + 1)]
    assert naskah, kid
    # the contract's first page carries its title and says page 1 of the contract's own count
    assert naskah[0][:2] == (1, len(naskah)), f"{kid}: halaman pertama naskah berbunyi {naskah[0][2]!r}"
    assert [(a, b) for a, b, _ in naskah] == [(k, len(naskah)) for k in range(1, len(naskah) + 1)]
    judul = _judul_naskah(d["docx"])
    assert judul and judul in _normal(halaman[len(isian)]), f"{kid}: judul {judul!r} tidak di halaman 1 naskah"
    teks_isian = _normal(" ".join(halaman[:len(isian)]))
    assert "Lembar Isian" in teks_isian, kid


@pytest.mark.parametrize("kid", [k[0] for k in KASUS])
def test_jumlah_halaman_wajar(hasil, kid):
    """Between one page per 4.500 characters of text and one per 1.300 (plus the forced page
    breaks): a layout that scatters or squeezes the text falls outside."""
    d = _perlu(hasil, kid)
    teks = teks_docx_stdlib(d["docx"])
    huruf = len(_normal(teks))
    with zipfile.ZipFile(io.BytesIO(d["docx"])) as z:
        pindah = z.read("word/document.xml").decode().count('w:type="page"')
    halaman = len(d["halaman"])
    bawah = max(2, huruf // 4500)
    atas = huruf // 1300 + pindah + 3
    assert bawah <= halaman <= atas, f"{kid}: {halaman} halaman untuk {huruf} karakter ({bawah}-{atas})"


@pytest.mark.parametrize("kid", [k[0] for k in KASUS])
def test_blok_tanda_tangan_utuh_dan_tidak_sendirian(hasil, kid):
    d = _perlu(hasil, kid)
    blok, catatan = _blok_ttd(d["docx"])
    halaman = d["halaman"]
    ruas_halaman = d["ruas"]
    # blocks in document order (an annex may have its own), searched from the contract's start
    kursor = sum("Lembar isian" in h for h in halaman)
    for b in blok:
        awal = min((i for i in _halaman_dengan(ruas_halaman, b["pertama"]) if i >= kursor), default=None)
        assert awal is not None, (kid, b["pertama"])
        akhir = min((i for i in _halaman_dengan(ruas_halaman, b["akhir"]) if i >= awal), default=None)
        assert akhir is not None, (kid, b["akhir"])
        assert awal == akhir, f"{kid}: blok tanda tangan terbelah (halaman PDF {awal + 1}-{akhir + 1})"
        kursor = akhir
    tanda_tangan = [t for b in blok for t in b["sel"] + b["sebelum"]]
    for i, ruas in enumerate(ruas_halaman):
        if not ruas:
            continue
        lain = [r for r in ruas if not _di(r, tanda_tangan) and not _di(r, catatan)]
        ttd = [r for r in ruas if _di(r, tanda_tangan)]
        assert lain or not ttd, f"{kid}: halaman PDF {i + 1} hanya berisi blok tanda tangan: {ruas}"


@pytest.mark.parametrize("kid", [k[0] for k in KASUS if k[2] is not None])
def test_unduhan_pembuat_tanpa_isian_terbuka(hasil, kid):
    d = _perlu(hasil, kid)
    assert d["isian_kosong"] == [], (kid, d["isian_kosong"])
    teks = teks_docx_stdlib(d["docx"])
    for nama, isi in (("docx", teks), ("md", d["md"]), ("html", d["html"]), ("pdf", "\n".join(d["halaman"]))):
        assert "[[" not in isi and "]]" not in isi, (kid, nama)
    assert "bja-isian" not in d["html"], kid
    with zipfile.ZipFile(io.BytesIO(d["docx"])) as z:
        assert 'w:rStyle w:val="Isian"' not in z.read("word/document.xml").decode(), kid


def test_semua_templat_diuji():
    p = pustaka()
    diuji = {k[1] for k in KASUS}
    assert diuji == set(p.templat), set(p.templat) - diuji
    assert len(KASUS) >= 2 * len(p.templat)


@pytest.mark.parametrize("kid", [k[0] for k in KASUS if k[2] is not None
                                 and pustaka().templat[k[1]].lampiran.get("jadwal_pembayaran")])
def test_jadwal_pembayaran_tanpa_kata_terpotong(hasil, kid):
    """The payment schedule with filled amounts: no header word ("Termin") or amount
    ("Rp1.200.000") is broken inside a narrow column."""
    from xml.etree import ElementTree as ET

    d = _perlu(hasil, kid)
    with zipfile.ZipFile(io.BytesIO(d["docx"])) as z:
        tabel = ET.fromstring(z.read("word/document.xml")).find(f"{W}body").findall(f"{W}tbl")[-1]
    kata = {k.strip("/()") for tr in tabel.findall(f"{W}tr") for s in _teks_sel(tr) for k in s.split()}
    kata = {k for k in kata if len(k) >= 4}
    token = [t.strip("/()") for t in d["halaman"][-1].split()]
    potongan = {t for t in token if t not in kata and any(k.startswith(t) and len(t) >= 3 for k in kata)}
    assert not potongan, f"{kid}: kata terpotong di jadwal pembayaran: {sorted(potongan)}"
    for k in kata:
        if k.startswith("Rp"):
            assert k in token, (kid, k)


@pytest.mark.parametrize("kid", [k[0] for k in KASUS if k[2] is not None])
def test_blok_tanda_tangan_sama_di_markdown_dan_pratinjau(hasil, kid):
    """The Markdown download and the builder's HTML preview carry the same signature block as
    the .docx: the place and date line and every cell (party, signature room, name, title)."""
    import html as html_std

    from bantu_kontrak import teks_markdown

    d = _perlu(hasil, kid)
    md = _normal(teks_markdown(d["md"]))
    pratinjau = _normal(html_std.unescape(re.sub(r"<[^>]+>", " ", d["html"])))
    pratinjau_rapat = _normal(html_std.unescape(re.sub(r"<[^>]+>", "", d["html"])))
    blok, _ = _blok_ttd(d["docx"])
    for b in blok:
        for teks in b["sebelum"] + b["sel"]:
            assert teks in md, (kid, teks)
            assert teks in pratinjau or teks in pratinjau_rapat, (kid, teks)
