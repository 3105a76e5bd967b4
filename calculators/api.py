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


# --- the monthly recap page (docs/kalkulator/rekap.md, through the Web Worker) -------------------

def _galat_json(e: Exception) -> str:
    kesalahan = getattr(e, "kesalahan", None) or [{"kunci": "", "pesan": str(e)}]
    return json.dumps({"ok": False, "kesalahan": kesalahan}, ensure_ascii=False)


def tabel_json(teks: str) -> str:
    """Cells pasted or a CSV file's text -> ``{"ok", "judul", "baris", "pemetaan", "catatan"}``:
    the table as text and the proposed recap column of each header (the reader confirms it)."""
    from .lembar import baca_teks
    from .rekap import KUNCI_BARIS, KesalahanBerkas

    try:
        return json.dumps({"ok": True, **baca_teks(teks).ke_json(), "kolom": list(KUNCI_BARIS)}, ensure_ascii=False)
    except KesalahanBerkas as e:
        return _galat_json(e)


def tabel_xlsx(data: Any) -> str:
    """The same as ``tabel_json`` for an XLSX file's bytes (a JS Uint8Array in Pyodide)."""
    from .lembar import baca_xlsx
    from .rekap import KUNCI_BARIS, KesalahanBerkas

    if hasattr(data, "to_bytes"):
        data = data.to_bytes()
    try:
        return json.dumps({"ok": True, **baca_xlsx(bytes(data)).ke_json(), "kolom": list(KUNCI_BARIS)},
                          ensure_ascii=False)
    except KesalahanBerkas as e:
        return _galat_json(e)


def _ringkas(b: dict[str, Any]) -> dict[str, Any]:
    """What the page's table shows of one recap row (the full row stays in Python)."""
    from .lembar import kolom_hasil

    jenis, pph, ppn, net, setor, bukti, _ = kolom_hasil(b)
    return {"nomor": b["nomor"], "jenis_pph": jenis, "pph": pph, "ppn": ppn, "net_dibayar": net,
            "disetor_pemotong": setor, "bukti": bukti, "galat": b["galat"], "catatan": b["catatan"],
            "peringatan": b.get("peringatan", [])}


def _tanpa_rincian(b: dict[str, Any]) -> dict[str, Any]:
    """A row as posted to the page: its figures and errors (notes and warnings are in its HTML)."""
    return {k: v for k, v in b.items() if k not in ("catatan", "peringatan")}


#: The last recap computed for the page: (its request's key, the full result). A download of the same
#: table (XLSX, CSV) is written from it instead of computing the month again.
_REKAP_TERAKHIR: tuple[str, dict[str, Any]] | None = None


def _kunci_rekap(data: dict[str, Any]) -> str:
    return json.dumps([data.get(k) for k in ("judul", "baris", "pemetaan", "pemotong", "tanggal_acuan")],
                      ensure_ascii=False, sort_keys=True)


def _rekap_untuk(data: dict[str, Any]) -> dict[str, Any]:
    """The full recap of a page request: the one kept from ``rekap_json`` when the table is the same."""
    from .lembar import baris_rekap
    from .rekap import rekap

    kunci = _kunci_rekap(data)
    if _REKAP_TERAKHIR is not None and _REKAP_TERAKHIR[0] == kunci:
        return _REKAP_TERAKHIR[1]
    return rekap(baris_rekap(data["judul"], data["baris"], data["pemetaan"]), data.get("pemotong") or {},
                 data.get("tanggal_acuan") or None)


def rekap_json(teks: str) -> str:
    """The recap for the page. In: ``{"judul", "baris", "pemetaan", "pemotong", "tanggal_acuan"}``
    (the table as text and the confirmed mapping); out: ``{"ok", "baris" (``_ringkas`` per row),
    "jumlah", "setoran", "coretax", "bukti_potong", "ringkasan", "galat", "catatan"}``."""
    global _REKAP_TERAKHIR
    from .lembar import baris_rekap
    from .rekap import KesalahanBerkas, rekap

    try:
        data = json.loads(teks)
        baris = baris_rekap(data["judul"], data["baris"], data["pemetaan"])
        hasil = rekap(baris, data.get("pemotong") or {}, data.get("tanggal_acuan") or None)
    except KesalahanBerkas as e:
        return _galat_json(e)
    except (json.JSONDecodeError, KeyError, TypeError):
        return json.dumps({"ok": False, "kesalahan": [{"kunci": "", "pesan": "Permintaan rekap tidak sah."}]})
    _REKAP_TERAKHIR = (_kunci_rekap(data), dict(hasil))
    hasil["baris"] = [_ringkas(b) for b in hasil["baris"]]
    html = html_rekap(data["judul"], data["baris"], data["pemetaan"], hasil)
    hasil["baris"] = [_tanpa_rincian(b) for b in hasil["baris"]]
    return json.dumps({"ok": True, **hasil, **html}, ensure_ascii=False)


def html_rekap(judul: list[str], baris: list[list[str]], pemetaan: list[str], hasil: dict[str, Any]) -> dict[str, Any]:
    """The recap's HTML fragments (view: ``tampilan/rekap.py``, imported here so that no other page
    loads it): the header row, one ``<tr>`` per row (the reader's cells padded to the header), the summary."""
    from .tampilan.rekap import html_rekap_baris, html_rekap_kepala, html_rekap_ringkasan

    n = len(judul)
    return {"html_kepala": html_rekap_kepala(judul, pemetaan),
            "html_baris": [html_rekap_baris([*s[:n], *[""] * (n - len(s[:n]))], b) for s, b in zip(baris, hasil["baris"])],
            "html_ringkasan": html_rekap_ringkasan(hasil)}


def unduhan_rekap(teks: str, jenis: str) -> Any:
    """A download of the page: ``jenis`` ``"xlsx"`` or ``"csv"`` (the results, the reader's columns
    kept), ``"templat_xlsx"`` or ``"templat_csv"`` (the empty template). Bytes (XLSX) or text (CSV)."""
    from . import lembar

    if jenis == "templat_xlsx":
        return lembar.templat_xlsx()
    if jenis == "templat_csv":
        return lembar.templat_csv()
    data = json.loads(teks)
    hasil = _rekap_untuk(data)
    if jenis == "xlsx":
        return lembar.tulis_xlsx(data["judul"], data["baris"], hasil)
    return lembar.tulis_csv(data["judul"], data["baris"], hasil)
