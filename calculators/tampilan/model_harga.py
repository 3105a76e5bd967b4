"""View of the pricing model calculator: recommendation, costs, break-even hours, the chart and
its table, who carries which risk. Every figure (chart points and table rows included) comes
from the calculator's result."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..format import angka, persen, rupiah
from ..hasil import Hasil
from ..model_harga import NAMA_MODEL, PASANGAN, RISIKO
from . import html_peringatan, html_rincian
from .elemen import Mentah, el, fragmen
from .grafik import Garis, Penanda, Pita, grafik_garis

#: How each model's line is drawn: label at its end, CSS class, colour, dash pattern.
GAYA_GARIS = {
    "tetap": ("Harga tetap", "bja-garis-tetap", "#3949ab", "10 5"),
    "per_jam": ("Per jam", "bja-garis-per-jam", "#00796b", ""),
    "retainer": ("Retainer", "bja-garis-retainer", "#c62828", "3 4"),
}
ANGKA = {"class": "bja-angka"}


def _jam(x: Decimal) -> str:
    """Hours as the calculator rounded them: '121,8 jam'."""
    return f"{angka(x)} jam"


def _p(x: Decimal) -> str:
    """A quantile as a percentile: 0.10 -> 'P10'."""
    return f"P{persen(x).removesuffix('%')}"


def _model(k: dict[str, Any]) -> list[str]:
    """The models offered, in display order."""
    return [m for m in ("tetap", "per_jam", "retainer") if f"biaya_harapan_{m}" in k]


def grafik(k: dict[str, Any]) -> Mentah:
    """The cost-against-hours chart, from the result alone."""
    g = k["grafik"]
    garis = [Garis(GAYA_GARIS[x["model"]][0], tuple((jam, biaya) for jam, biaya in x["titik"]),
                   *GAYA_GARIS[x["model"]][1:]) for x in g["garis"]]
    retainer = "; retainer datar sampai jam termasuk habis lalu naik dengan tarif kelebihan" \
        if k.get("retainer_total") is not None else ""
    uraian = (
        "Garis biaya tiap model terhadap jam kerja sebenarnya untuk lingkup yang disepakati. "
        f"Harga tetap datar; per jam naik {rupiah(k['tarif_per_jam'])} setiap jam{retainer}. "
        f"Area abu-abu: rentang jam wajar {angka(k['jam_bawah'])} sampai {angka(k['jam_atas'])} jam. "
        "Angka yang sama ada di tabel di bawah grafik.")
    return grafik_garis(
        "Biaya menurut jam kerja sebenarnya", uraian, garis, "Jam kerja sebenarnya", "Biaya",
        g["jam_maks"], pita=Pita(k["jam_bawah"], k["jam_atas"], "rentang jam wajar"),
        penanda=Penanda(k["jam_harapan"], "harapan"))


def _tabel_grafik(k: dict[str, Any], model: list[str]) -> Mentah:
    """The chart's numbers as a table: cost of each model at telling hours."""
    baris = [el("tr", None, el("th", {"scope": "row"}, _jam(r["jam"]), " ", el("small", None, f"({r['label']})")),
                [el("td", ANGKA, rupiah(r["biaya"][m])) for m in model])
             for r in k["tabel_grafik"]]
    return el("table", {"class": "bja-tabel-grafik"},
              el("caption", None, "Biaya menurut jam kerja sebenarnya (tanpa perubahan lingkup)"),
              el("thead", None, el("tr", None, el("th", {"scope": "col"}, "Jam kerja"),
                                   [el("th", {"scope": "col"}, NAMA_MODEL[m]) for m in model])),
              el("tbody", None, baris))


def _rekomendasi(k: dict[str, Any]) -> Mentah:
    pilih = k["rekomendasi"]
    return el("div", {"class": "admonition tip bja-rekomendasi"},
              el("p", {"class": "admonition-title"}, "Saran: ",
                 el("span", {"data-kunci": "rekomendasi", "data-nilai": pilih}, NAMA_MODEL[pilih])),
              el("ul", None, [el("li", None, a) for a in k["alasan"]]))


def _perbandingan(k: dict[str, Any], model: list[str]) -> Mentah:
    baris = [el("tr", {"class": "bja-utama" if m == k["rekomendasi"] else None},
                el("th", {"scope": "row"}, NAMA_MODEL[m]),
                el("td", {"class": "bja-angka", "data-kunci": f"biaya_harapan_{m}"}, rupiah(k[f"biaya_harapan_{m}"])),
                el("td", {"class": "bja-angka", "data-kunci": f"rentang_{m}"},
                   f"{rupiah(k[f'biaya_bawah_{m}'])} – {rupiah(k[f'biaya_atas_{m}'])}"))
             for m in model]
    return fragmen(
        el("table", {"class": "bja-ringkasan bja-banding"},
           el("caption", None, "Perbandingan biaya (sebelum PPN dan potongan PPh)"),
           el("thead", None, el("tr", None, el("th", {"scope": "col"}, "Model"),
                                el("th", {"scope": "col"}, "Biaya harapan"),
                                el("th", {"scope": "col"},
                                   f"Rentang wajar ({_p(k['persentil_bawah'])}–{_p(k['persentil_atas'])})"))),
           el("tbody", None, baris)),
        el("p", {"class": "bja-catatan"}, "Jam total harapan ",
           el("strong", {"data-kunci": "jam_harapan"}, _jam(k["jam_harapan"])),
           f"; rentang wajar {_jam(k['jam_bawah'])} sampai {_jam(k['jam_atas'])}."))


def _impas(k: dict[str, Any]) -> Mentah | None:
    baris = [el("tr", None, el("th", {"scope": "row"}, f"{NAMA_MODEL[x]} dan {NAMA_MODEL[y].lower()}"),
                el("td", {"class": "bja-angka", "data-kunci": kunci},
                   "tidak pernah sama" if k[kunci] is None else _jam(k[kunci])))
             for x, y in PASANGAN if (kunci := f"impas_{x}_{y}") in k]
    if not baris:
        return None
    return el("table", {"class": "bja-ringkasan"},
              el("caption", None, "Titik impas (jam kerja saat dua model sama mahal)"), el("tbody", None, baris))


def _risiko(model: list[str]) -> Mentah:
    baris = [el("tr", None, el("th", {"scope": "row"}, NAMA_MODEL[m]),
                el("td", None, el("ul", None, [el("li", None, t) for t in RISIKO[m]])))
             for m in model]
    return el("table", {"class": "bja-risiko"}, el("caption", None, "Siapa menanggung risiko apa"),
              el("thead", None, el("tr", None, el("th", {"scope": "col"}, "Model"),
                                   el("th", {"scope": "col"}, "Pembagian risiko"))),
              el("tbody", None, baris))


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    model = _model(k)
    gambar = fragmen(
        el("figure", {"class": "bja-gambar-grafik"}, grafik(k), el(
            "figcaption", None,
            "Garis biaya tiap model terhadap jam kerja sebenarnya. Harga tetap digambar tanpa perubahan lingkup; "
            "perubahan lingkup menambah biaya harga tetap sebesar jam tambahan × tarif per jam.")),
        el("details", {"class": "bja-alternatif"}, el("summary", None, "Angka grafik dalam tabel"),
           _tabel_grafik(k, model)))
    return el("div", {"class": "bja-k7"}, _rekomendasi(k), _perbandingan(k, model), _impas(k), gambar,
              _risiko(model), html_peringatan(hasil.peringatan),
              html_rincian(hasil.langkah, "Langkah perhitungan dan dasarnya", buka=False))
