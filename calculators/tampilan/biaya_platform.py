"""View of the platform fee calculator: fees of the chosen channel, the rates used and their
sources, and every channel compared."""
from __future__ import annotations

from typing import Any

from ..format import angka, persen, rupiah, tanggal_id
from ..hasil import Hasil
from ..kalkulator.biaya_platform import RINGKASAN
from . import gulir, html_peringatan, html_rincian, html_ringkasan
from .elemen import Mentah, el, fragmen

KOLOM = {"scope": "col"}
KOLOM_ANGKA = {"scope": "col", "class": "bja-angka"}
ANGKA = {"class": "bja-angka"}


def _nilai_tarif(t: dict[str, Any], nilai: Any) -> str:
    if nilai is None:
        return "–"
    if t["jenis"] == "persen":
        return persen(nilai)
    if t["jenis"] == "usd":
        return f"{angka(nilai)} dolar"
    return rupiah(nilai)


def _tautan(sumber: str) -> Mentah:
    """'https://a.b/c (note) ; text' -> links named by their host, other text as text."""
    bagian = []
    for i, u in enumerate(sumber.split(" ; ")):
        if u.startswith("http"):
            url, _, sisa = u.partition(" ")
            isi = fragmen(el("a", {"href": url}, url.split("/")[2]), f" {sisa}" if sisa else None)
        else:
            isi = u
        bagian.append((", " if i else None, isi))
    return fragmen(bagian)


def _asal(t: dict[str, Any]) -> str:
    if not t["ada_data"]:
        return "tidak ada data" if t["dari_data"] else "isian Anda"
    if t["dari_data"]:
        return "data"
    return f"isian Anda (data: {_nilai_tarif(t, t['nilai_data'])})"


def _sumber(t: dict[str, Any]) -> Mentah | None:
    if not t["sumber"]:
        return None
    return fragmen(
        f"per {tanggal_id(t['per'])}" if t["per"] else None,
        (" ", el("strong", {"class": "bja-tidak-pasti"}, f"keyakinan {t['keyakinan']}"))
        if t["keyakinan"] in ("sedang", "rendah") else None,
        el("br"), el("small", None, _tautan(t["sumber"])),
        (el("br"), el("small", None, t["catatan"])) if t["catatan"] else None)


def _tabel_tarif(k: dict[str, Any]) -> Mentah:
    baris = [el("tr", None, el("th", {"scope": "row"}, t["nama"]),
                el("td", {"class": "bja-angka", "data-kunci": t["kunci"]}, _nilai_tarif(t, t["nilai"])),
                el("td", None, _asal(t)), el("td", None, _sumber(t)))
             for t in k["tarif"]]
    return gulir(el("table", {"class": "bja-tabel-tarif"},
                    el("caption", None, f"Tarif {k['nama_saluran']} yang dipakai"),
                    el("thead", None, el("tr", None, el("th", KOLOM, "Biaya"), el("th", KOLOM_ANGKA, "Nilai"),
                                         el("th", KOLOM, "Asal angka"), el("th", KOLOM, "Per tanggal dan sumber"))),
                    el("tbody", None, baris)))


def _tabel_biaya(k: dict[str, Any]) -> Mentah | None:
    if not k["rincian"]:
        return None
    baris = [el("tr", None, el("th", {"scope": "row"}, p["nama"]),
                el("td", None, "Anda" if p["pihak"] == "klien" else "Penyedia"),
                el("td", None, p["rumus"]), el("td", ANGKA, rupiah(p["jumlah"])))
             for p in k["rincian"]]
    return gulir(el("table", {"class": "bja-tabel-biaya"}, el("caption", None, "Rincian biaya saluran"),
                    el("thead", None, el("tr", None, el("th", KOLOM, "Biaya"), el("th", KOLOM, "Dibayar"),
                                         el("th", KOLOM, "Perhitungan"), el("th", KOLOM_ANGKA, "Rupiah"))),
                    el("tbody", None, baris)))


def _rupiah_atau_kosong(x: Any) -> str:
    return "–" if x is None else rupiah(x)


def _tabel_banding(k: dict[str, Any]) -> Mentah:
    baris = [el("tr", {"class": "bja-utama" if p["saluran"] == k["saluran"] else None},
                el("th", {"scope": "row"}, p["nama"]),
                el("td", {"class": "bja-angka", "data-kunci": f"banding-{p['saluran']}"},
                   _rupiah_atau_kosong(p["total_dikeluarkan_klien"])),
                el("td", ANGKA, _rupiah_atau_kosong(p["diterima_penyedia"])),
                el("td", None, el("small", None, p["catatan"])))
             for p in k["perbandingan"]]
    return gulir(el("table", {"class": "bja-tabel-banding"},
                    el("caption", None, "Perbandingan semua saluran untuk harga dan pajak yang sama"),
                    el("thead", None, el("tr", None, el("th", KOLOM, "Saluran"),
                                         el("th", KOLOM_ANGKA, "Anda keluarkan"),
                                         el("th", KOLOM_ANGKA, "Penyedia terima"), el("th", KOLOM, "Tarif"))),
                    el("tbody", None, baris)))


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    return el("div", {"class": "bja-k7"}, html_ringkasan(hasil, RINGKASAN), _tabel_biaya(k), _tabel_tarif(k),
              _tabel_banding(k), html_peringatan(hasil.peringatan),
              html_rincian(hasil.langkah, "Langkah perhitungan dan dasarnya", buka=False))
