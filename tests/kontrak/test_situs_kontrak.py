"""The built site: downloads, template pages, clause library with exact copy text, builder page."""
from __future__ import annotations

import html as h
import re
import sys

import pytest

from calculators import api
from calculators.kontrak import pustaka
from calculators.kontrak.docx import docx
from calculators.kontrak.markdown import markdown
from calculators.kontrak.rakit import rakit, teks_klausul

pytestmark = [pytest.mark.situs,
              pytest.mark.skipif(sys.platform == "emscripten", reason="the built site is checked in CPython")]


def test_unduhan_setiap_templat_sama_dengan_mesin(situs):
    p = pustaka()
    templat = p.templat_urut()
    assert len(templat) == len(p.templat) >= 13, [t.id for t in p.templat.values() if p.masalah(t)]
    for t in templat:
        dok = rakit(t, p)
        d = situs / "unduhan" / f"{t.nama_berkas}.docx"
        m = situs / "unduhan" / f"{t.nama_berkas}.md"
        assert d.read_bytes() == docx(dok), t.id
        assert m.read_text(encoding="utf-8") == markdown(dok), t.id


def test_halaman_templat(situs):
    for t in pustaka().templat_urut():
        isi = (situs / "templat" / t.id / "index.html").read_text(encoding="utf-8")
        assert f'href="../../unduhan/{t.nama_berkas}.docx"' in isi, t.id
        assert f'href="../../unduhan/{t.nama_berkas}.md"' in isi, t.id
        assert f'href="../pembuat/?templat={t.id}"' in isi, t.id
        assert f'<article class="bja-dokumen" lang="id" data-templat="{t.id}"' in isi
        assert 'class="bja-cetak"' in isi
        assert "kalkulator.js" not in isi  # template pages never load Python


def test_daftar_templat(situs):
    isi = (situs / "templat" / "index.html").read_text(encoding="utf-8")
    for t in pustaka().templat_urut():
        assert f'href="{t.id}/"' in isi and f"Versi {t.versi}" in isi, t.id
        assert f"unduhan/{t.nama_berkas}.docx" in isi


class _Blok:
    def __init__(self, isi: str):
        self.per_id: dict[str, list[str]] = {}
        bagian = re.split(r'<h3 id="([a-z0-9-]+)"', isi)
        for i in range(1, len(bagian), 2):
            self.per_id[bagian[i]] = [
                h.unescape(re.sub(r"<[^>]+>", "", m))
                for m in re.findall(r'<div class="bja-salin highlight"><pre><span></span><code>(.*?)</code></pre>',
                                    bagian[i + 1], re.S)]


def test_pustaka_klausul_teks_salin_persis(situs):
    p = pustaka()
    isi = (situs / "templat" / "klausul" / "index.html").read_text(encoding="utf-8")
    blok = _Blok(isi)
    polos = " ".join(h.unescape(re.sub(r"<[^>]+>", "", isi)).split())  # abbreviations are wrapped in <abbr>
    assert set(blok.per_id) >= set(p.klausul), set(p.klausul) - set(blok.per_id)
    assert len(p.klausul) >= 40
    for k in p.klausul.values():
        urut = [k.varian_bawaan] + [v for v in k.varian if v != k.varian_bawaan]
        harapan = []
        for v in urut:
            harapan.append(teks_klausul(k, v, p))
            if k.varian[v].teks_en.strip():
                harapan.append(teks_klausul(k, v, p, "en"))
        # the code block holds exactly the clause text (plus the newline that ends the block)
        assert [b.rstrip("\n") for b in blok.per_id[k.id]] == harapan, k.id
        for kata in (k.tujuan, k.kapan, *k.dasar_hukum, *k.jebakan):
            assert " ".join(kata.split()) in polos, (k.id, kata)


def test_halaman_pembuat(situs):
    isi = (situs / "templat" / "pembuat" / "index.html").read_text(encoding="utf-8")
    assert 'class="bja-kalkulator" data-kalkulator="templat"' in isi
    assert "kalkulator.js" in isi
    contoh = api.jalankan("templat", api.kalkulator("templat").contoh)
    assert contoh["ok"] and contoh["html"] in isi
    for t in pustaka().templat_urut():
        assert f'<option value="{t.id}"' in isi
