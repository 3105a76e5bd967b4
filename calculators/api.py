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


def rekap_json(teks: str) -> str:
    """The recap for the page. In: ``{"judul", "baris", "pemetaan", "pemotong", "tanggal_acuan"}``
    (the table as text and the confirmed mapping); out: ``{"ok", "baris" (``_ringkas`` per row),
    "jumlah", "setoran", "coretax", "bukti_potong", "ringkasan", "galat", "catatan"}``."""
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
    hasil["baris"] = [_ringkas(b) for b in hasil["baris"]]
    html = html_rekap(data["judul"], data["baris"], data["pemetaan"], hasil)
    hasil["baris"] = [_tanpa_rincian(b) for b in hasil["baris"]]
    return json.dumps({"ok": True, **hasil, **html}, ensure_ascii=False)


def html_rekap(judul: list[str], baris: list[list[str]], pemetaan: list[str], hasil: dict[str, Any]) -> dict[str, Any]:
    """The recap's HTML fragments: the header row, one ``<tr>`` per row, the summary."""
    n = len(judul)
    return {"html_kepala": html_rekap_kepala(judul, pemetaan),
            "html_baris": [html_rekap_baris([*s[:n], *[""] * (n - len(s[:n]))], b) for s, b in zip(baris, hasil["baris"])],
            "html_ringkasan": html_rekap_ringkasan(hasil)}


# The recap page's view. It lives here, not in calculators/tampilan/ (whose modules are the
# registered calculators' views, tests/calculators/test_tampilan.py): the same functions render the
# build-time example (macros/rekap.py) and every live recap in Pyodide. They only format the
# recap's figures (calculators.rekap); the counts they show come from its output.
from datetime import date as _date  # noqa: E402

from .format import angka, bulan_id, rupiah, tanggal_id  # noqa: E402
from .tampilan import Mentah, el, fragmen  # noqa: E402

#: Totals shown, in order (key of ``rekap()["jumlah"]``, label); a tax total of zero is left out.
_REKAP_JUMLAH = (("bruto", "Jumlah bruto"), ("pph21", "PPh 21"), ("pph23", "PPh 23"), ("pph26", "PPh 26"),
          ("pph4_2", "PPh Pasal 4 ayat (2)"), ("pph_final", "PPh final UMKM"), ("ppn", "PPN di faktur"),
          ("ppn_jasa_luar_negeri", "PPN jasa luar negeri (disetor sendiri)"),
          ("disetor_pemotong", "Disetor pemotong"), ("net_dibayar", "Ditransfer ke penerima"))
_REKAP_WAJIB = ("bruto", "disetor_pemotong", "net_dibayar")
_REKAP_BUKTI = {"bppu": "BPPU (PPh 23, 4 ayat (2), final UMKM)", "bp21": "BP21 (PPh 21 bukan pegawai)",
              "bpnr": "BPNR (PPh 26)", "bp26": "BP26"}


def _rekap_tanggal(t: Any) -> str:
    return tanggal_id(_date.fromisoformat(t)) if t else "–"


def _rekap_rp(x: Any) -> str:
    return "–" if x is None or x == "" else rupiah(x)


def html_rekap_kepala(judul: list[str], pemetaan: list[str]) -> Mentah:
    """The table's header row: the reader's headers (with the recap column each is read as), then ours."""
    sel = [el("th", {"scope": "col"}, "No.")]
    for j, k in zip(judul, pemetaan):
        sel.append(el("th", {"scope": "col", "class": None if k else "bja-rekap-abai"}, j or "(tanpa judul)",
                      el("br"), el("small", None, k or "diabaikan")))
    kita = [el("th", {"scope": "col"}, t) for t in ("Jenis PPh", "PPh dipotong", "PPN", "Ditransfer",
                                                    "Bukti potong", "Masalah dan catatan")]
    return el("thead", None, el("tr", None, sel, kita))


def html_rekap_baris(sel: list[str], b: dict[str, Any]) -> Mentah:
    """One row: its cells (each editable on the page: ``data-kolom``), then the recap's figures and
    its problems beside it. ``b``: ``api._ringkas`` of the recap row."""
    salah = bool(b["galat"])
    nomor = el("th", {"scope": "row"}, str(b["nomor"]))
    milik = [el("td", {"class": "bja-sel", "data-kolom": str(i), "tabindex": "0"}, v) for i, v in enumerate(sel)]
    dihitung = b["pph"] is not None
    angka_ = [el("td", None, b["jenis_pph"] or "–"),
            el("td", {"class": "bja-angka", "data-kunci": "pph"}, _rekap_rp(b["pph"]) if dihitung else "–"),
            el("td", {"class": "bja-angka", "data-kunci": "ppn"}, _rekap_rp(b["ppn"]) if dihitung else "–"),
            el("td", {"class": "bja-angka", "data-kunci": "net_dibayar"}, _rekap_rp(b["net_dibayar"]) if dihitung else "–"),
            el("td", {"data-kunci": "bukti"}, b["bukti"] or "–")]
    masalah = fragmen([el("li", {"class": "bja-rekap-galat"}, f"{g['kunci']}: " if g["kunci"] else "", g["pesan"])
                       for g in b["galat"]], [el("li", None, c["pesan"]) for c in b["catatan"]])
    sel_masalah = el("td", {"class": "bja-rekap-masalah"}, el("ul", None, masalah) if masalah else "Siap.")
    return el("tr", {"data-nomor": str(b["nomor"]), "class": "bja-rekap-salah" if salah else None},
              nomor, milik, angka_, sel_masalah)


def _rekap_daftar(nomor: list[int]) -> str:
    return ", ".join(str(n) for n in nomor[:30]) + (f" dan {angka(len(nomor) - 30)} lainnya" if len(nomor) > 30 else "")


def html_rekap_ringkasan(hasil: dict[str, Any]) -> Mentah:
    """Totals, deposits with their deadlines, the slips and the checks before upload."""
    j = hasil["jumlah"]
    total = [el("tr", {"class": "bja-utama" if k == "disetor_pemotong" else None},
                el("th", {"scope": "row"}, label), el("td", {"class": "bja-angka", "data-kunci": k}, rupiah(j[k])))
             for k, label in _REKAP_JUMLAH if k in _REKAP_WAJIB or j.get(k)]
    bagian = [el("h3", None, "Jumlah"),
              el("table", {"class": "bja-ringkasan bja-rekap-jumlah"}, el("tbody", None, total))]
    if hasil["setoran"]:
        baris = []
        for s in hasil["setoran"]:
            tahun, bulan = map(int, s["masa_pajak"].split("-"))
            baris.append(el("tr", None, el("td", None, s["nama"]), el("td", None, bulan_id(tahun, bulan)),
                            el("td", {"class": "bja-angka"}, rupiah(s["jumlah"])),
                            el("td", None, _rekap_tanggal(s["jatuh_tempo_setor"])),
                            el("td", None, _rekap_tanggal(s["jatuh_tempo_lapor"]), " (", s["spt"], ")"),
                            el("td", None, angka(len(s["baris"])))))
        kepala = el("tr", None, [el("th", {"scope": "col"}, t) for t in
                                 ("Pajak", "Masa pajak", "Jumlah disetor", "Setor paling lambat",
                                  "Lapor paling lambat", "Baris")])
        bagian += [el("h3", None, "Setoran dan batas waktunya"),
                   el("div", {"class": "bja-gulir", "tabindex": "0", "role": "region", "aria-label": "Tabel setoran"},
                      el("table", {"class": "bja-rekap-setoran"}, el("thead", None, kepala), el("tbody", None, baris)))]
    r = hasil["ringkasan"]
    periksa = [el("li", {"data-kunci": "ringkasan"},
                  f"{angka(r['baris'])} baris dibaca; {angka(r['dihitung'])} dapat dihitung; "
                  f"{angka(r['bergalat'])} bermasalah; {angka(r['bukti_potong'])} bukti potong siap dibuat.")]
    salah = [b["nomor"] for b in hasil["baris"] if b["galat"]]
    if salah:
        periksa.append(el("li", {"class": "bja-rekap-galat"}, f"Baris yang belum masuk XML: {_rekap_daftar(salah)}. "
                          "Perbaiki selnya di tabel; baris itu dihitung ulang."))
    periksa += [el("li", {"class": "bja-rekap-galat"}, g["pesan"]) for g in hasil["galat"]]
    periksa += [el("li", None, c) for c in hasil["catatan"]]
    peringatan: dict[str, list[int]] = {}
    for b in hasil["baris"]:
        for p in b.get("peringatan", []):
            peringatan.setdefault(p, []).append(b["nomor"])
    periksa += [el("li", None, p, f" (baris {_rekap_daftar(n)})") for p, n in peringatan.items()]
    if not salah and not hasil["galat"] and r["baris"]:
        periksa.append(el("li", None, "Semua baris siap diunggah."))
    bagian += [el("h3", None, "Pemeriksaan sebelum unggah"), el("ul", {"class": "bja-rekap-periksa"}, periksa)]
    if hasil["bukti_potong"]:
        per_jenis: dict[str, int] = {}
        for bp in hasil["bukti_potong"]:
            per_jenis[bp["jenis"]] = per_jenis.get(bp["jenis"], 0) + 1
        bagian.append(el("p", {"class": "bja-rekap-bukti"}, "Bukti potong dalam XML: ",
                         "; ".join(f"{_REKAP_BUKTI.get(k, k.upper())}: {angka(n)}" for k, n in per_jenis.items()), "."))
    return fragmen(bagian)


def html_rekap_tabel(judul: list[str], baris: list[list[str]], pemetaan: list[str], hasil: dict[str, Any]) -> Mentah:
    """The whole results table (the build-time example; the page inserts live rows in chunks)."""
    isi = [html_rekap_baris(list(s[:len(judul)]), b) for s, b in zip(baris, hasil["baris"])]
    return el("table", {"class": "bja-rekap-tabel"}, html_rekap_kepala(judul, pemetaan), el("tbody", None, isi))



def unduhan_rekap(teks: str, jenis: str) -> Any:
    """A download of the page: ``jenis`` ``"xlsx"`` or ``"csv"`` (the results, the reader's columns
    kept), ``"templat_xlsx"`` or ``"templat_csv"`` (the empty template). Bytes (XLSX) or text (CSV)."""
    from . import lembar
    from .rekap import rekap

    if jenis == "templat_xlsx":
        return lembar.templat_xlsx()
    if jenis == "templat_csv":
        return lembar.templat_csv()
    data = json.loads(teks)
    hasil = rekap(lembar.baris_rekap(data["judul"], data["baris"], data["pemetaan"]), data.get("pemotong") or {},
                  data.get("tanggal_acuan") or None)
    if jenis == "xlsx":
        return lembar.tulis_xlsx(data["judul"], data["baris"], hasil)
    return lembar.tulis_csv(data["judul"], data["baris"], hasil)
