"""One entry point for the page (through Pyodide), the CLI and the build-time macros.

``jalankan(nama, data)`` reads the raw inputs, runs the calculator, and returns a JSON-ready dict:
``{"ok": true, "hasil": {...}, "html": "..."}``, or ``{"ok": false, "kesalahan": [...]}`` with
one message per bad field, or a message for a date no rule covers.
"""
from __future__ import annotations

import json
from typing import Any

from .hasil import Hasil
from .kalkulator import Kalkulator, cari, daftar_nama
from .masukan import KesalahanMasukan, baca
from .parameter import TanggalTidakDicakup
from .tampilan import html_galat, html_hasil


def kalkulator(nama: str) -> Kalkulator:
    kalk = cari(nama)
    if kalk is None:
        raise KeyError(f"Kalkulator tidak dikenal: {nama}. Pilihan: {', '.join(daftar_nama())}")
    return kalk


def hitung(nama: str, data: dict[str, Any]) -> Hasil:
    """Typed result; raises ``KesalahanMasukan`` or ``TanggalTidakDicakup``."""
    kalk = kalkulator(nama)
    nilai = baca(kalk.masukan, data, kalk.aturan)
    return kalk.hitung(nilai)


def jalankan(nama: str, data: dict[str, Any]) -> dict[str, Any]:
    kalk = kalkulator(nama)
    try:
        hasil = hitung(nama, data)
    except KesalahanMasukan as e:
        return {"ok": False, "kesalahan": e.kesalahan}
    except TanggalTidakDicakup as e:
        return {"ok": False, "kesalahan": [{"kunci": "tanggal", "pesan": str(e)}],
                "html": html_galat(str(e))}
    return {"ok": True, "hasil": hasil.ke_json(), "html": html_hasil(kalk, hasil)}


def jalankan_json(nama: str, teks: str) -> str:
    """For the Web Worker: JSON text in, JSON text out."""
    try:
        data = json.loads(teks)
    except json.JSONDecodeError:
        return json.dumps({"ok": False, "kesalahan": [{"kunci": "", "pesan": "JSON tidak sah."}]})
    return json.dumps(jalankan(nama, data), ensure_ascii=False)
