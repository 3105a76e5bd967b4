"""One entry point for the page (through Pyodide), the CLI and the build-time macros.

``jalankan(nama, data)`` reads the raw inputs, runs the calculator, and returns a JSON-ready dict:
``{"ok": true, "hasil": {...}, "html": "..."}``, or ``{"ok": false, "kesalahan": [...]}`` with
one message per bad field, or a message for a date no rule covers.
"""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from .format import tanggal_id
from .hasil import Hasil
from .kalkulator import Kalkulator, cari, daftar_nama
from .masukan import Bulan, KesalahanMasukan, Tanggal, baca, baca_bulan, baca_tanggal
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


def _geser_bulan(t: date, bulan: int) -> date:
    n = t.year * 12 + t.month - 1 + bulan
    tahun, bln = divmod(n, 12)
    akhir = (date(tahun + (bln + 1) // 12, (bln + 1) % 12 + 1, 1) - date.resolution).day
    return date(tahun, bln + 1, min(t.day, akhir))


def contoh_pada(nama: str, acuan: date) -> dict[str, Any]:
    """The calculator's example in the reference date's period: every date answer and tax month moved
    by the same whole number of months, so that the first lands in the month of ``acuan`` (days kept,
    the gaps between the dates kept). A page's example thus uses the rules of the build's "today",
    not those of the year the example was written."""
    kalk = kalkulator(nama)
    contoh = dict(kalk.contoh)
    tanggal = [(k, v) for k, v in contoh.items() if isinstance(kalk.masukan.get(k), (Tanggal, Bulan)) and v]
    if not tanggal:
        return contoh
    k0, v0 = tanggal[0]
    awal = (date(*baca_bulan(v0), 1) if isinstance(kalk.masukan[k0], Bulan) else baca_tanggal(v0))
    geser = (acuan.year - awal.year) * 12 + acuan.month - awal.month
    for k, v in tanggal:
        if isinstance(kalk.masukan[k], Bulan):
            t = _geser_bulan(date(*baca_bulan(v), 1), geser)
            contoh[k] = f"{t.year:04d}-{t.month:02d}"
        else:
            contoh[k] = _geser_bulan(baca_tanggal(v), geser).isoformat()
    return contoh


def _batas_lewat(hasil: Hasil, hari_ini: date) -> Hasil:
    """The result, warned when a deposit deadline it gives is already before the reader's today."""
    lewat = sorted({v for k, v in hasil.keluaran.items()
                    if k in ("jatuh_tempo_setor", "jatuh_tempo_setor_ppn_anda") and isinstance(v, date) and v < hari_ini})
    if not lewat:
        return hasil
    daftar = ", ".join(tanggal_id(t) for t in lewat)
    pesan = (f"Batas setor untuk tanggal pembayaran ini ({daftar}) sudah lewat: hari ini {tanggal_id(hari_ini)}. "
             "Periksa apakah tanggal pembayarannya benar. Bila pajaknya memang belum disetor, setor secepatnya, "
             "karena bunga keterlambatan bertambah setiap bulan.")
    return replace(hasil, peringatan=[pesan, *hasil.peringatan])


def jalankan(nama: str, data: dict[str, Any], hari_ini: date | None = None) -> dict[str, Any]:
    """``hari_ini``: the reader's today (from the browser), to warn about a deadline already past;
    the build passes none (its results are examples in the reference period)."""
    kalk = kalkulator(nama)
    try:
        hasil = hitung(nama, data)
    except KesalahanMasukan as e:
        return {"ok": False, "kesalahan": e.kesalahan}
    except TanggalTidakDicakup as e:
        return {"ok": False, "kesalahan": [{"kunci": "tanggal", "pesan": str(e)}],
                "html": html_galat(str(e))}
    if hari_ini is not None:
        hasil = _batas_lewat(hasil, hari_ini)
    return {"ok": True, "hasil": hasil.ke_json(), "html": html_hasil(kalk, hasil)}


def jalankan_json(nama: str, teks: str, hari_ini: str | None = None) -> str:
    """For the Web Worker: JSON text in, JSON text out; ``hari_ini`` is the browser's date (YYYY-MM-DD)."""
    try:
        data = json.loads(teks)
    except json.JSONDecodeError:
        return json.dumps({"ok": False, "kesalahan": [{"kunci": "", "pesan": "JSON tidak sah."}]})
    try:
        hari = baca_tanggal(hari_ini) if hari_ini else None
    except ValueError:
        hari = None  # a browser clock we cannot read warns of nothing rather than wrongly
    return json.dumps(jalankan(nama, data, hari), ensure_ascii=False)


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
#: table (XLSX, CSV), or the HTML of more of its rows, is taken from it instead of computing the month again.
_REKAP_TERAKHIR: tuple[str, dict[str, Any]] | None = None
#: Rows whose HTML one answer of ``rekap_json`` carries at most (the page shows 1.000 rows first and
#: asks for the next ones with ``html_dari``); every row's figures and errors are always in it.
HTML_PER_JAWABAN = 1000


def _kunci_rekap(data: dict[str, Any]) -> str:
    return json.dumps([data.get(k) for k in ("judul", "baris", "pemetaan", "pemotong", "tanggal_acuan")],
                      ensure_ascii=False, sort_keys=True)


def _hitung_rekap(data: dict[str, Any]) -> dict[str, Any]:
    """The full recap of a page request (raises ``KesalahanBerkas``, ``KeyError``, ``TypeError``).

    The cyclic garbage collector is paused meanwhile: a month's recap creates hundreds of thousands of
    small objects that all stay alive until it is done, so the collector's passes over them find
    nothing and cost about a quarter of the time for 10.000 rows. It runs again right after."""
    import gc

    from .lembar import baris_rekap
    from .rekap import rekap

    nyala = gc.isenabled()
    gc.disable()
    try:
        return rekap(baris_rekap(data["judul"], data["baris"], data["pemetaan"]), data.get("pemotong") or {},
                     data.get("tanggal_acuan") or None)
    finally:
        if nyala:
            gc.enable()


def _rekap_untuk(data: dict[str, Any]) -> dict[str, Any]:
    """The full recap of a page request: the one kept from the last ``rekap_json`` when the table is the
    same, else computed (and kept)."""
    global _REKAP_TERAKHIR
    kunci = _kunci_rekap(data)
    if _REKAP_TERAKHIR is not None and _REKAP_TERAKHIR[0] == kunci:
        return _REKAP_TERAKHIR[1]
    hasil = _hitung_rekap(data)
    _REKAP_TERAKHIR = (kunci, hasil)
    return hasil


def rekap_json(teks: str) -> str:
    """The recap for the page. In: ``{"judul", "baris", "pemetaan", "pemotong", "tanggal_acuan"}``
    (the table as text and the confirmed mapping) and optionally ``html_dari`` (the first row, from 0,
    whose HTML is wanted; default 0); out: ``{"ok", "baris" (``_ringkas`` per row, every row), "jumlah",
    "setoran", "coretax", "bukti_potong", "ringkasan", "galat", "catatan", "html_kepala", "html_baris"
    (at most ``HTML_PER_JAWABAN`` rows from ``html_dari``), "html_dari", "html_ringkasan"}``.
    The same table again (another page of rows, the same table recomputed) is answered from the kept
    recap, without computing it again."""
    from .rekap import KesalahanBerkas

    try:
        data = json.loads(teks)
        dari = data.get("html_dari", 0)
        if not isinstance(dari, int) or isinstance(dari, bool) or dari < 0:
            raise TypeError("html_dari")
        lengkap = _rekap_untuk(data)
    except KesalahanBerkas as e:
        return _galat_json(e)
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
        return json.dumps({"ok": False, "kesalahan": [{"kunci": "", "pesan": "Permintaan rekap tidak sah."}]})
    hasil = dict(lengkap)
    hasil["baris"] = [_ringkas(b) for b in lengkap["baris"]]
    html = html_rekap(data["judul"], data["baris"], data["pemetaan"], hasil, dari, dari + HTML_PER_JAWABAN)
    hasil["baris"] = [_tanpa_rincian(b) for b in hasil["baris"]]
    return json.dumps({"ok": True, **hasil, **html}, ensure_ascii=False)


def html_rekap(judul: list[str], baris: list[list[str]], pemetaan: list[str], hasil: dict[str, Any],
               dari: int = 0, sampai: int | None = None) -> dict[str, Any]:
    """The recap's HTML fragments (view: ``tampilan/rekap.py``, imported here so that no other page
    loads it): the header row, one ``<tr>`` per row from ``dari`` to ``sampai`` (the reader's cells
    padded to the header), the summary."""
    from .tampilan.rekap import html_rekap_baris, html_rekap_kepala, html_rekap_ringkasan

    n = len(judul)
    potong = slice(dari, sampai)
    return {"html_kepala": html_rekap_kepala(judul, pemetaan),
            "html_baris": [html_rekap_baris([*s[:n], *[""] * (n - len(s[:n]))], b)
                           for s, b in zip(baris[potong], hasil["baris"][potong])],
            "html_dari": dari,
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
