"""The monthly recap page's view (docs/kalkulator/rekap.md): the results table's header and rows and
the summary (totals, deposits, checks before upload, slips in the XML).

Not one of ``TAMPILAN``'s calculator views: ``api.rekap_json`` renders it for every live recap in
Pyodide and ``macros/rekap.py`` for the build-time example, so the two never differ. It only formats
the recap's output (``calculators.rekap``); every figure and count it shows is in that output.
"""
from __future__ import annotations

from typing import Any

from datetime import date as _date

from ..format import angka, bulan_id, daftar_nomor, rupiah, tanggal_id
from .elemen import Mentah, el, fragmen

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


_SEL = {"tabindex": "0"}


def html_rekap_baris(sel: list[str], b: dict[str, Any]) -> Mentah:
    """One row: its cells, then the recap's figures and its problems beside it. ``b``: ``api._ringkas``
    of the recap row. The reader's cells are the focusable ones (``tabindex``), each editable on the page;
    the page finds a cell's column from its place in the row (``cellIndex`` - 1), so a cell carries no
    other attribute (10.000 rows: less HTML to write here and to parse there)."""
    salah = bool(b["galat"])
    nomor = el("th", {"scope": "row"}, str(b["nomor"]))
    milik = [el("td", _SEL, v) for v in sel]
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


_rekap_daftar = daftar_nomor


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
                            el("td", None, "; ".join(s.get("kode_setor") or ()) or "–"),
                            el("td", None, _rekap_tanggal(s["jatuh_tempo_setor"])),
                            el("td", None, _rekap_tanggal(s["jatuh_tempo_lapor"]), " (", s["spt"], ")"),
                            el("td", None, angka(len(s["baris"])))))
        kepala = el("tr", None, [el("th", {"scope": "col"}, t) for t in
                                 ("Pajak", "Masa pajak", "Jumlah disetor", "Kode setoran (KAP-KJS)", "Setor paling lambat",
                                  "Lapor paling lambat", "Baris")])
        bagian.extend([el("h3", None, "Setoran dan batas waktunya"),
                   el("div", {"class": "bja-gulir", "tabindex": "0", "role": "region", "aria-label": "Tabel setoran"},
                      el("table", {"class": "bja-rekap-setoran"}, el("thead", None, kepala), el("tbody", None, baris)))])
    r = hasil["ringkasan"]
    periksa = [el("li", {"data-kunci": "ringkasan"},
                  f"{angka(r['baris'])} baris dibaca; {angka(r['dihitung'])} dapat dihitung; "
                  f"{angka(r['bergalat'])} bermasalah; {angka(r['bukti_potong'])} bukti potong siap dibuat.")]
    salah = [b["nomor"] for b in hasil["baris"] if b["galat"]]
    if salah:
        periksa.append(el("li", {"class": "bja-rekap-galat"}, f"Baris yang belum masuk XML: {_rekap_daftar(salah)}. "
                          "Perbaiki selnya di tabel; baris itu dihitung ulang."))
    periksa.extend(el("li", {"class": "bja-rekap-galat"}, g["pesan"]) for g in hasil["galat"])
    periksa.extend(el("li", None, c) for c in hasil["catatan"])
    peringatan: dict[str, list[int]] = {}
    for b in hasil["baris"]:
        for p in b.get("peringatan", []):
            peringatan.setdefault(p, []).append(b["nomor"])
    periksa.extend(el("li", None, p, f" (baris {_rekap_daftar(n)})") for p, n in peringatan.items())
    if not salah and not hasil["galat"] and r["baris"]:
        periksa.append(el("li", None, "Semua baris siap diunggah."))
    bagian.extend([el("h3", None, "Pemeriksaan sebelum unggah"), el("ul", {"class": "bja-rekap-periksa"}, periksa)])
    if hasil["bukti_potong"]:
        per_jenis = r["bukti_potong_per_jenis"]
        bagian.append(el("p", {"class": "bja-rekap-bukti"}, "Bukti potong dalam XML: ",
                         "; ".join(f"{_REKAP_BUKTI.get(k, k.upper())}: {angka(n)}" for k, n in per_jenis.items()), "."))
    return fragmen(bagian)


def html_rekap_tabel(judul: list[str], baris: list[list[str]], pemetaan: list[str], hasil: dict[str, Any]) -> Mentah:
    """The whole results table (the build-time example; the page inserts live rows in chunks)."""
    isi = [html_rekap_baris(list(s[:len(judul)]), b) for s, b in zip(baris, hasil["baris"])]
    return el("table", {"class": "bja-rekap-tabel"}, html_rekap_kepala(judul, pemetaan), el("tbody", None, isi))
