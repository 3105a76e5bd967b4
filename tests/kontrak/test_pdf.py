"""A generated .docx converts to PDF with LibreOffice headless, and the PDF shows the headings.

Also the shared renderer of the layout tests (``test_tata_letak.py``): ``ke_pdf`` converts many
files in one LibreOffice run (its start-up costs more than a conversion) and ``halaman_pdf``
reads the text of every page. Skipped inside Pyodide (no subprocesses). Outside CI a missing
LibreOffice or poppler skips; with CI=true it fails, so CI cannot pass without really converting.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from calculators.kontrak import pustaka
from calculators.kontrak.dokumen import Judul
from calculators.kontrak.docx import docx
from calculators.kontrak.rakit import rakit

pytestmark = pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")


def alat(nama: str) -> str:
    jalur = shutil.which(nama)
    if not jalur:
        pesan = f"{nama} not found (Debian: libreoffice-writer, poppler-utils)"
        if os.environ.get("CI") == "true":
            pytest.fail(pesan)
        pytest.skip(pesan)
    return jalur


def ke_pdf(berkas: list[Path], folder: Path, batas_waktu: int = 600) -> dict[Path, Path]:
    """Convert .docx files to PDF in one LibreOffice run, with a profile of our own (parallel
    runs do not collide). Returns each .docx with its PDF."""
    soffice = alat("soffice")
    profil = (folder / "profil-lo").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profil}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), *map(str, berkas)], check=True, timeout=batas_waktu,
                   capture_output=True)
    hasil = {b: folder / (b.stem + ".pdf") for b in berkas}
    hilang = [str(b) for b, pdf in hasil.items() if not pdf.exists()]
    assert not hilang, f"LibreOffice tidak menghasilkan PDF untuk {hilang}"
    return hasil


def jumlah_halaman(pdf: Path) -> int:
    keluar = subprocess.run([alat("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", keluar).group(1))


def halaman_pdf(pdf: Path, tata_letak: bool = True) -> list[str]:
    """The text of every page (pdftotext separates pages with a form feed)."""
    perintah = [alat("pdftotext")] + (["-layout"] if tata_letak else []) + [str(pdf), "-"]
    teks = subprocess.run(perintah, check=True, capture_output=True, text=True).stdout
    halaman = teks.split("\f")
    if halaman and not halaman[-1].strip():
        halaman.pop()
    return halaman


def _normal(teks: str) -> str:
    return " ".join(teks.split())


@pytest.mark.parametrize("templat_id", ["spk-harga-tetap", "nda-mutual-id-en", "bast"])
def test_pdf_libreoffice_memuat_judul(tmp_path, templat_id):
    p = pustaka()
    dok = rakit(templat_id, p, isian={"nama_pihak_pertama": "PT Uji <script> {{ x }}"})
    berkas = tmp_path / f"{templat_id}.docx"
    berkas.write_bytes(docx(dok))
    pdf = ke_pdf([berkas], tmp_path, 240)[berkas]
    assert pdf.stat().st_size > 5000
    teks = _normal(" ".join(halaman_pdf(pdf)))
    teks_rapat = _normal(" ".join(halaman_pdf(pdf, tata_letak=False)))
    judul = [b for b in dok.blok if isinstance(b, Judul)]
    assert judul
    for j in judul:
        isi = _normal("".join(x.teks for x in j.isi))
        if j.tingkat == 0:
            isi = isi.upper()  # the Title style prints in capitals
        for bagian in ([j.nomor] if j.nomor else []) + [isi]:
            assert bagian in teks or bagian in teks_rapat, (templat_id, bagian)
    assert "PT Uji <script> {{ x }}" in teks_rapat
    assert jumlah_halaman(pdf) >= 2
