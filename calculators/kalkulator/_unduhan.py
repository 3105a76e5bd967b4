"""CSV files of a calculator's schedules (termin, UMKM months, SLA periods, platform fees,
employer cost per month), written from the same rows the page's table shows.

Semicolon-separated (the list separator of Indonesian spreadsheets), CRLF line ends, a header row
of column names; amounts as the page shows them (whole rupiah), shares as percent with two decimals and a decimal comma (30,00), dates as
YYYY-MM-DD, yes/no as ``ya``/``tidak``; nothing is rounded here (the screen shows the same values). The file is one entry of the result's ``unduhan`` list,
which the page offers as a download button (kalkulator.js).
"""
from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from typing import Any, Iterable, Sequence

#: (key in the row, column name, format: rupiah | persen | angka | tanggal | ya_tidak | teks)
Kolom = tuple[str, str, str]


def sel(nilai: Any, fmt: str) -> str:
    """One cell as text."""
    if nilai is None:
        return ""
    if fmt == "ya_tidak" or isinstance(nilai, bool):
        return "ya" if nilai else "tidak"
    if fmt in ("rupiah", "angka"):
        return _desimal(Decimal(nilai))
    if fmt == "persen":  # 30,00: two decimals, as a spreadsheet's percent column
        return format((Decimal(nilai) * 100).quantize(Decimal("0.01")), "f").replace(".", ",")
    if fmt == "tanggal":
        return nilai.isoformat() if isinstance(nilai, date) else str(nilai)
    return str(nilai)


def _desimal(d: Decimal) -> str:
    """1500000 -> '1500000'; 12.5 -> '12,5' (decimal comma, no thousands separator)."""
    if d == d.to_integral_value():
        return format(d.quantize(Decimal(1)), "f")
    return format(d.normalize(), "f").replace(".", ",")


def csv_tabel(kolom: Sequence[Kolom], baris: Iterable[dict[str, Any]]) -> str:
    keluar = io.StringIO()
    tulis = csv.writer(keluar, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    tulis.writerow([nama for _, nama, _ in kolom])
    for b in baris:
        tulis.writerow([sel(b.get(k), fmt) for k, _, fmt in kolom])
    return keluar.getvalue()


def berkas_csv(nama: str, label: str, kolom: Sequence[Kolom], baris: Iterable[dict[str, Any]]) -> dict[str, str]:
    """An entry of ``unduhan``: ``{"nama", "mime", "label", "teks"}``."""
    return {"nama": nama, "mime": "text/csv", "label": label, "teks": csv_tabel(kolom, baris)}
