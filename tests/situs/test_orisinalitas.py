"""Originality: no page source may share a run of 8 or more consecutive words with the seed articles.

The project started from two Indonesian articles (``../shared/seeds/``, beside the repository). Their
structure and facts may be used, their sentences may not. This test compares, after normalising case
and punctuation, every Markdown source under ``docs/`` (front matter and Jinja/macro syntax removed)
and every text file of the clause library under ``calculators/kontrak/`` against the seeds, and fails
on any shared run of ``PANJANG_RUN`` words, naming the file and the words.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[2]
BENIH = Path(os.environ.get("BJA_SEEDS", Path(__file__).resolve().parents[3] / "shared" / "seeds"))
PANJANG_RUN = 8
SUFIKS_TEKS = {".md", ".toml", ".txt", ".py", ".json", ".yml", ".yaml", ".html"}

FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.S)
JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
TAG_HTML = re.compile(r"<[^>]+>")
KATA = re.compile(r"[^\W_]+", re.UNICODE)


def kata_kata(teks: str) -> list[str]:
    """Lower-case words, punctuation and markup dropped ("Rp5 juta," -> ["rp5", "juta"])."""
    return KATA.findall(teks.casefold())


def bersihkan_sumber(teks: str) -> str:
    """A page source as a reader would read it: no front matter, no Jinja/macros, no HTML tags."""
    teks = FRONT_MATTER.sub("", teks, count=1)
    teks = JINJA.sub(" ", teks)
    return TAG_HTML.sub(" ", teks)


def sirap(kata: list[str], n: int = PANJANG_RUN) -> set[tuple[str, ...]]:
    return {tuple(kata[i:i + n]) for i in range(len(kata) - n + 1)}


def run_bersama(teks: str, sirap_benih: set[tuple[str, ...]], n: int = PANJANG_RUN) -> list[str]:
    """The longest shared runs (each at least n words) between a text and the seeds' n-word shingles."""
    kata = kata_kata(bersihkan_sumber(teks))
    temuan: list[str] = []
    i = 0
    while i <= len(kata) - n:
        if tuple(kata[i:i + n]) in sirap_benih:
            j = i + 1
            while j <= len(kata) - n and tuple(kata[j:j + n]) in sirap_benih:
                j += 1
            temuan.append(" ".join(kata[i:j + n - 1]))
            i = j + n - 1
        else:
            i += 1
    return temuan


def berkas_benih() -> list[Path]:
    if not BENIH.is_dir() or not any(p.is_file() for p in BENIH.iterdir()):
        pesan = f"seed articles not found in {BENIH} (clone shared/ beside the repository)"
        if os.environ.get("CI") == "true":
            pytest.fail(pesan)
        pytest.skip(pesan)
    return sorted(p for p in BENIH.iterdir() if p.is_file())


def berkas_diperiksa() -> list[Path]:
    berkas = sorted((AKAR / "docs").rglob("*.md"))
    kontrak = AKAR / "calculators" / "kontrak"
    if kontrak.is_dir():
        berkas += sorted(p for p in kontrak.rglob("*")
                         if p.is_file() and p.suffix in SUFIKS_TEKS and "__pycache__" not in p.parts)
    return berkas


@pytest.fixture(scope="module")
def sirap_benih() -> set[tuple[str, ...]]:
    semua: set[tuple[str, ...]] = set()
    for p in berkas_benih():
        semua |= sirap(kata_kata(p.read_text(encoding="utf-8")))
    assert semua, "the seed files hold no text"
    return semua


def test_ada_yang_diperiksa():
    berkas = berkas_diperiksa()
    assert any(p.suffix == ".md" for p in berkas), "no Markdown page found under docs/"
    # the English section (docs/en/) is checked like every other page
    assert len([p for p in berkas if p.is_relative_to(AKAR / "docs" / "en")]) >= 5


def test_tidak_ada_kalimat_benih_di_sumber(sirap_benih):
    pelanggaran = []
    for p in berkas_diperiksa():
        for run in run_bersama(p.read_text(encoding="utf-8"), sirap_benih):
            pelanggaran.append(f"{p.relative_to(AKAR)}: «{run}»")
    assert not pelanggaran, (
        f"{len(pelanggaran)} run(s) of {PANJANG_RUN}+ words shared with the seed articles; "
        "rewrite them in your own words:\n" + "\n".join(pelanggaran))


# --- the checker itself must be able to fail -------------------------------------------------

def _kalimat_benih_panjang() -> str:
    """A real sentence of at least 12 words from a seed file."""
    for p in berkas_benih():
        for kalimat in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8")):
            if len(kata_kata(kalimat)) >= 12 and "---" not in kalimat:
                return kalimat
    raise AssertionError("no sentence of 12+ words in the seeds")


def test_pemeriksa_menangkap_kalimat_benih(sirap_benih):
    kalimat = _kalimat_benih_panjang()
    # Changed case and punctuation, inside front matter-free Markdown with a macro nearby.
    halaman = (
        "---\ntitle: Uji\n---\n# Judul\n\nKalimat pembuka yang ditulis sendiri. "
        + kalimat.upper().replace(",", " ;") + " {{ persen_param(\"pph23.tarif.jasa\") }} Penutup.\n"
    )
    temuan = run_bersama(halaman, sirap_benih)
    assert temuan and len(temuan[0].split()) >= PANJANG_RUN


def test_pemeriksa_menangkap_run_tepat_delapan_kata_tetapi_bukan_tujuh(sirap_benih):
    kata = kata_kata(_kalimat_benih_panjang())
    delapan = " ".join(kata[:PANJANG_RUN])
    tujuh = " ".join(kata[:PANJANG_RUN - 1])
    assert run_bersama(f"Awal. {delapan}. Akhir.", sirap_benih) == [delapan]
    assert run_bersama(f"Awal. {tujuh} zzqx. Akhir.", sirap_benih) == []


def test_front_matter_dan_makro_diabaikan():
    teks = "---\njudul: a b c d e f g h\n---\nsatu {{ rp(hitung('x', {'a': 'b c d'})) }} dua {% if x %}tiga{% endif %}"
    assert kata_kata(bersihkan_sumber(teks)) == ["satu", "dua", "tiga"]
