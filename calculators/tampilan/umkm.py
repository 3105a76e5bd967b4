"""View of the PPh final UMKM calculator: the summary and the turnover and tax of every month."""
from __future__ import annotations

from ..format import bulan_id, rupiah
from ..hasil import Hasil
from ..kalkulator.umkm import KALKULATOR
from . import html_peringatan, html_rincian, html_ringkasan
from .elemen import el, fragmen

KOLOM_ANGKA = {"scope": "col", "class": "bja-angka"}


def _nama_bulan(bulan: str) -> str:
    """'2025-07' -> 'Juli 2025'."""
    tahun, nomor = bulan.split("-")
    return bulan_id(int(tahun), int(nomor))


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    tabel = el("table", {"class": "bja-ringkasan bja-tabel-bulan"}, el("caption", None, "PPh final per bulan"),
               el("thead", None, el("tr", None, el("th", {"scope": "col"}, "Bulan"),
                                    el("th", KOLOM_ANGKA, "Peredaran bruto"), el("th", KOLOM_ANGKA, "PPh final"))),
               el("tbody", None, [
                   el("tr", None, el("th", {"scope": "row"}, _nama_bulan(b["bulan"])),
                      el("td", {"class": "bja-angka"}, rupiah(b["peredaran_bruto"])),
                      el("td", {"class": "bja-angka", "data-kunci": f"pph-{b['bulan']}"}, rupiah(b["pph_final"])))
                   for b in k["per_bulan"]])) if k["eligible"] else None
    return fragmen(html_ringkasan(hasil, KALKULATOR.ringkasan), tabel, html_peringatan(hasil.peringatan),
                   html_rincian(hasil.langkah))
