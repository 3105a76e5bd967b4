"""A generated .docx converts to PDF with LibreOffice headless, and the PDF shows the headings.

Skipped inside Pyodide (no subprocesses). Outside CI a missing LibreOffice or poppler skips;
with CI=true it fails, so CI cannot pass without really converting.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from calculators.kontrak import pustaka
from calculators.kontrak.dokumen import Judul
from calculators.kontrak.docx import docx
from calculators.kontrak.rakit import rakit

pytestmark = pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")


def _alat(nama: str) -> str:
    jalur = shutil.which(nama)
    if not jalur:
        pesan = f"{nama} not found (Debian: libreoffice-writer, poppler-utils)"
        if os.environ.get("CI") == "true":
            pytest.fail(pesan)
        pytest.skip(pesan)
    return jalur


def _normal(teks: str) -> str:
    return " ".join(teks.split())


@pytest.mark.parametrize("templat_id", ["spk-harga-tetap", "nda-mutual-id-en", "bast"])
def test_pdf_libreoffice_memuat_judul(tmp_path, templat_id):
    soffice, pdftotext = _alat("soffice"), _alat("pdftotext")
    p = pustaka()
    dok = rakit(templat_id, p, isian={"nama_pihak_pertama": "PT Uji <script> {{ x }}"})
    berkas = tmp_path / f"{templat_id}.docx"
    berkas.write_bytes(docx(dok))
    profil = (tmp_path / "profil").as_uri()  # own profile: parallel runs do not collide
    subprocess.run([soffice, f"-env:UserInstallation={profil}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(berkas)], check=True, timeout=240,
                   capture_output=True)
    pdf = tmp_path / f"{templat_id}.pdf"
    assert pdf.exists() and pdf.stat().st_size > 5000
    teks = _normal(subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True,
                                  text=True).stdout)
    teks_rapat = _normal(subprocess.run([pdftotext, str(pdf), "-"], check=True, capture_output=True,
                                        text=True).stdout)
    judul = [b for b in dok.blok if isinstance(b, Judul)]
    assert judul
    for j in judul:
        isi = _normal("".join(x.teks for x in j.isi))
        if j.tingkat == 0:
            isi = isi.upper()  # the Title style prints in capitals
        for bagian in ([j.nomor] if j.nomor else []) + [isi]:
            assert bagian in teks or bagian in teks_rapat, (templat_id, bagian)
    assert "PT Uji <script> {{ x }}" in teks_rapat
    halaman = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout \
        if shutil.which("pdfinfo") else ""
    if halaman:
        assert int(re.search(r"Pages:\s+(\d+)", halaman).group(1)) >= 2
