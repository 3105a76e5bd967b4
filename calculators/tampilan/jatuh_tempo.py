"""View of the tax deadline calculator: one tax, or every tax of the month in one table."""
from __future__ import annotations

from ..format import tanggal_hari
from ..hasil import Hasil
from ..kalkulator import Baris
from ..kalkulator.jatuh_tempo import RINGKASAN
from . import html_peringatan, html_rincian, html_ringkasan
from .elemen import Mentah, el, fragmen

RINGKASAN_SEMUA = (
    Baris("Masa pajak", "nama_masa", "teks"),
    Baris("Setor PPh yang Anda potong", "jatuh_tempo_setor", "tanggal", utama=True),
    Baris("Lapor SPT Masa PPh", "jatuh_tempo_lapor", "tanggal", utama=True),
    Baris("Setor dan lapor PPN (bila Anda PKP)", "jatuh_tempo_ppn", "tanggal"),
)


def _sel_tanggal(tanggal, semula, alasan: str) -> Mentah:
    return el("td", None, el("strong", None, tanggal_hari(tanggal)),
              (el("br"), el("small", None, f"digeser dari {tanggal_hari(semula)}: {alasan}"))
              if tanggal != semula else None)


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    if "rincian" not in k:
        return fragmen(html_ringkasan(hasil, RINGKASAN), html_peringatan(hasil.peringatan),
                       html_rincian(hasil.langkah))
    baris = [
        el("tr", {"data-jenis": r["jenis_pajak"]},
           el("th", {"scope": "row"}, r["nama"], el("br"), el("small", None, r["yang_dilaporkan"])),
           _sel_tanggal(r["setor"], r["setor_menurut_aturan"], r["alasan_geser_setor"]),
           _sel_tanggal(r["lapor"], r["lapor_menurut_aturan"], r["alasan_geser_lapor"]))
        for r in k["rincian"]]
    tabel = el("div", {"class": "bja-jatuh-tempo"}, el(
        "table", None,
        el("caption", None, "Batas setor dan lapor setiap jenis pajak"),
        el("thead", None, el("tr", None, el("th", {"scope": "col"}, "Pajak dan laporannya"),
                             el("th", {"scope": "col"}, "Batas setor"), el("th", {"scope": "col"}, "Batas lapor"))),
        el("tbody", None, baris)))
    return fragmen(html_ringkasan(hasil, RINGKASAN_SEMUA), tabel, html_peringatan(hasil.peringatan),
                   html_rincian(hasil.langkah, buka=False))
