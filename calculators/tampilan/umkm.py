"""View of the PPh final UMKM calculator: the summary and the tax of every month."""
from __future__ import annotations

from ..format import BULAN, rupiah
from ..hasil import Hasil
from ..kalkulator.umkm import KALKULATOR
from . import html_peringatan, html_rincian, html_ringkasan
from .elemen import el, fragmen


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    tabel = el("table", {"class": "bja-ringkasan"}, el("caption", None, "PPh final per bulan"), el("tbody", None, [
        el("tr", None, el("th", {"scope": "row"}, nama), el("td", {"class": "bja-angka"}, rupiah(v)))
        for nama, v in zip(BULAN, k["pph_final_per_bulan"])])) if k["eligible"] else None
    return fragmen(html_ringkasan(hasil, KALKULATOR.ringkasan), tabel, html_peringatan(hasil.peringatan),
                   html_rincian(hasil.langkah))
