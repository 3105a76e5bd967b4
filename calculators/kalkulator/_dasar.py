"""The legal basis of a step that sums payments on several dates."""
from __future__ import annotations

from datetime import date
from typing import Iterable

from ..parameter import dasar_hukum


def dasar_tanggal(jalur: Iterable[str], tanggal: Iterable[date]) -> str:
    """Each parameter's basis in force on each date, once each, in order, joined with "; " (a
    schedule that crosses a change of rules cites both)."""
    jalur = tuple(jalur)
    return "; ".join(dict.fromkeys(dasar_hukum(j, t) for t in tanggal for j in jalur))
