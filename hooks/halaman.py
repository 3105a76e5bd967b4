"""Build hook: template helpers for pages (Indonesian dates for 'Terakhir diperbarui'), and an
accessible name for each checklist box (the theme leaves the box's label empty)."""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calculators.format import tanggal_id  # noqa: E402
from calculators.masukan import baca_tanggal  # noqa: E402


def on_env(env, config, files):
    env.filters["tanggal_id"] = lambda t: tanggal_id(baca_tanggal(t))
    return env


KOTAK_CENTANG = re.compile(
    r'(<li class="task-list-item"><label class="task-list-control"><input type="checkbox")'
    r'([^>]*/?>.*?</label>)(.*?)(?=<ul|<ol|</li>)', re.S)


def _label_centang(m: re.Match) -> str:
    teks = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", m.group(3))).split())
    if not teks:
        return m.group(0)
    if len(teks) > 120:
        teks = teks[:117].rsplit(" ", 1)[0] + "..."
    return f'{m.group(1)} aria-label="{html.escape(teks)}"{m.group(2)}{m.group(3)}'


def on_page_content(isi: str, page, config, files) -> str:
    """Checklist boxes are named by their item's text (WCAG 4.1.2), so a screen reader says what is ticked.
    The English versions of clauses stay out of the search index (the Indonesian text is indexed):
    the theme's search skips elements marked data-search-exclude."""
    isi = re.sub(r'<details class="note">(\s*<summary>English version</summary>)',
                 r'<details class="note" data-search-exclude>\1', isi)
    return KOTAK_CENTANG.sub(_label_centang, isi)
