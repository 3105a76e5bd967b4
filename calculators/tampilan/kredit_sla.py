"""View of the SLA credit calculator: the summary and a table of every period."""
from __future__ import annotations

from typing import Any

from ..format import angka, persen, rupiah
from ..hasil import Hasil
from ..kalkulator.kredit_sla import RINGKASAN
from . import gulir, html_peringatan, html_rincian, html_ringkasan
from .elemen import Mentah, el


def _nilai(t: dict[str, Any], v: Any) -> str:
    """A measured value with its unit: 99,5%, 4 jam."""
    if v is None:
        return "–"
    s = t["satuan"]
    akhiran = s if s == "%" else f" {s}" if s else ""
    return f"{angka(v)}{akhiran}"


def _sel(t: dict[str, Any], p: dict[str, Any]) -> Mentah:
    kredit = p["kredit_per_tingkat"][t["nama"]]
    putus = t["nama"] in p["lewat_ambang_pemutusan"]
    arah = "di bawah" if t["arah"] == "min" else "di atas"
    return el("td", {"class": "bja-angka bja-melanggar" if kredit or putus else "bja-angka"},
              _nilai(t, p["nilai"][t["nama"]]),
              (el("br"), el("small", None, f"kredit {persen(kredit)}")) if kredit else None,
              (el("br"), el("small", None, f"{arah} ambang putus")) if putus else None)


def _baris(tingkat: list[dict[str, Any]], p: dict[str, Any]) -> Mentah:
    return el(
        "tr", None,
        el("th", {"scope": "row"}, p["periode"],
           (el("br"), el("small", {"class": "bja-melanggar"}, "hak pemutusan")) if p["hak_pemutusan"] else None),
        [_sel(t, p) for t in tingkat],
        el("td", {"class": "bja-angka"}, persen(p["kredit_persen"]),
           (el("br"), el("small", None, f"dari {persen(p['kredit_persen_sebelum_batas'])}, kena batas"))
           if p["batas_tercapai"] else None),
        el("td", {"class": "bja-angka", "data-kunci": f"kredit-{p['periode']}"}, rupiah(p["kredit"])))


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    tingkat = k["tingkat_layanan"]
    # the columns left of "Rupiah": the footer's "Total" spans them
    kepala_kiri = [
        el("th", {"scope": "col"}, "Periode"),
        *(el("th", {"scope": "col"}, t["nama"], el("br"),
             el("small", None, f"{'≥' if t['arah'] == 'min' else '≤'} {_nilai(t, t['target'])}")) for t in tingkat),
        el("th", {"scope": "col"}, "Kredit"),
    ]
    tabel = gulir(el(
        "table", {"class": "bja-tabel-periode"},
        el("caption", None, "Kredit per periode"),
        el("thead", None, el("tr", None, kepala_kiri, el("th", {"scope": "col"}, "Rupiah"))),
        el("tbody", None, [_baris(tingkat, p) for p in k["periode"]]),
        el("tfoot", None, el("tr", None, el("th", {"scope": "row", "colspan": len(kepala_kiri)}, "Total"),
                             el("td", {"class": "bja-angka"}, rupiah(k["kredit_terutang"]))))))
    return el("div", {"class": "bja-k7"}, html_ringkasan(hasil, RINGKASAN), tabel, html_peringatan(hasil.peringatan),
              html_rincian(hasil.langkah, "Langkah perhitungan dan dasarnya"))
