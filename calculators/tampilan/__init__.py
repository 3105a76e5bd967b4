"""Presentation: the HTML of a calculator result.

The same functions render the build-time example and, in Pyodide, the live result, so the two can
never differ. Every element is built with ``elemen.el`` (text and attributes escaped).

Views only format: every figure they show is in ``hasil.keluaran`` (computed by the calculator,
so the CLI and the JSON show it too); rupiah(), persen() and dates are formatting.

``html_hasil`` picks the view of a calculator from ``TAMPILAN`` (one module per view, imported
only when that calculator is shown, so a page loads its own view only); any other calculator gets
the generic view: summary table, warnings, steps.
"""
from __future__ import annotations

from datetime import date
from importlib import import_module
from typing import TYPE_CHECKING, Any, Iterable

from ..format import angka, persen, rupiah, tanggal_hari
from ..hasil import Hasil, Langkah
from .elemen import Mentah, el, fragmen

if TYPE_CHECKING:
    from ..kalkulator import Baris, Kalkulator

__all__ = ["TAMPILAN", "html_hasil", "html_galat", "html_langkah", "html_ringkasan", "html_peringatan",
           "html_rincian", "gulir", "nilai_tampil", "Mentah", "el", "fragmen"]

#: Calculator name -> module of this package with its own view ``tampilan(hasil) -> str``.
TAMPILAN = {
    "biaya-karyawan": "biaya_karyawan",
    "biaya-platform": "biaya_platform",
    "jatuh-tempo": "jatuh_tempo",
    "kredit-sla": "kredit_sla",
    "model-harga": "model_harga",
    "templat": "templat",
    "termin": "termin",
    "umkm": "umkm",
}

JUDUL_LANGKAH = "Langkah perhitungan dan dasar hukumnya"


def nilai_tampil(nilai: Any, fmt: str) -> str:
    if nilai is None:
        return "–"
    if fmt == "rupiah":
        return rupiah(nilai)
    if fmt == "persen":
        return persen(nilai)
    if fmt == "angka":
        return angka(nilai)
    if fmt == "tanggal":
        return tanggal_hari(nilai) if isinstance(nilai, date) else str(nilai)
    if fmt == "ya_tidak":
        return "Ya" if nilai else "Tidak"
    return str(nilai)


def _jumlah_langkah(l: Langkah) -> str:
    if l.jumlah is None or l.satuan == "teks":
        return ""
    return nilai_tampil(l.jumlah, l.satuan)


def _li_langkah(l: Langkah) -> Mentah:
    jumlah = _jumlah_langkah(l)
    return el("li", None,
              el("span", {"class": "bja-langkah-teks"}, l.teks),
              (" ", el("strong", {"class": "bja-angka"}, jumlah)) if jumlah else None,
              (el("br"), el("small", {"class": "bja-dasar"}, "Dasar: ", l.dasar_hukum)) if l.dasar_hukum else None)


def html_langkah(langkah: Iterable[Langkah]) -> Mentah:
    """The numbered steps, each with its amount and legal basis."""
    return el("ol", {"class": "bja-langkah"}, [_li_langkah(l) for l in langkah])


def html_rincian(langkah: Iterable[Langkah], judul: str = JUDUL_LANGKAH, buka: bool = True) -> Mentah:
    """The steps in a disclosure (``details``), open unless ``buka`` is false."""
    return el("details", {"class": "bja-rincian", "open": buka}, el("summary", None, judul), html_langkah(langkah))


def html_ringkasan(hasil: Hasil, baris: Iterable[Baris]) -> Mentah:
    """The summary table: one row per ``Baris`` whose key is in the result."""
    k = hasil.keluaran
    isi = []
    for b in baris:
        # A tax row at zero is hidden unless it is the tax of this payment (a 0% treaty rate still
        # shows "PPh yang Anda potong Rp0").
        if b.kunci not in k or (b.sembunyi_jika_nol and not k[b.kunci] and k.get("kode_pph") != b.kunci):
            continue
        isi.append(el("tr", {"class": "bja-utama" if b.utama else None},
                      el("th", {"scope": "row"}, b.label), "\n",
                      el("td", {"class": "bja-angka", "data-kunci": b.kunci}, nilai_tampil(k[b.kunci], b.format))))
    return el("table", {"class": "bja-ringkasan"}, el("caption", None, "Ringkasan"), el("tbody", None, isi))


def html_peringatan(peringatan: Iterable[str]) -> Mentah:
    return fragmen(el("div", {"class": "admonition warning"},
                      el("p", {"class": "admonition-title"}, "Perhatikan"), el("p", None, p))
                   for p in peringatan)


def gulir(*isi: Any) -> Mentah:
    """A horizontally scrollable, keyboard-focusable wrapper for a wide table."""
    return el("div", {"class": "bja-gulir", "tabindex": "0", "role": "region",
                      "aria-label": "Tabel; geser ke samping bila terpotong"}, *isi)


def html_sisi_penyedia(k: dict[str, Any]) -> Mentah | None:
    """The same payment from the provider's side (a freelancer checking what will arrive): one payment
    of the tax engine only (its ``kode_pph``)."""
    if "kode_pph" not in k or "net_dibayar" not in k:
        return None
    valas = f" ({k['transfer_valas']})" if k.get("transfer_valas") else ""
    teks = [f"Yang masuk ke rekening Anda: {rupiah(k['net_dibayar'])}{valas}."]
    pph = k.get(k["kode_pph"]) or 0
    if pph:
        teks.append(f"{k['jenis_pph']} {rupiah(pph)} dipotong klien dari tagihan Anda dan disetor atas nama Anda; "
                    f"mintalah bukti potongnya ({k['bukti_potong']}) untuk catatan pajak Anda.")
    return el("p", {"class": "bja-sisi-penyedia"}, el("strong", None, "Bila Anda penyedianya: "), " ".join(teks))


def html_umum(hasil: Hasil, baris: Iterable[Baris], sisi_penyedia: bool = False) -> Mentah:
    """The generic view: summary, the provider's side (pages a provider also uses), warnings, steps."""
    return fragmen(html_ringkasan(hasil, baris), html_sisi_penyedia(hasil.keluaran) if sisi_penyedia else None,
                   html_peringatan(hasil.peringatan), html_rincian(hasil.langkah))


def html_hasil(kalk: Kalkulator, hasil: Hasil) -> str:
    modul = TAMPILAN.get(kalk.nama)
    if modul is not None:
        return import_module(f"{__name__}.{modul}").tampilan(hasil)
    return html_umum(hasil, kalk.ringkasan, kalk.sisi_penyedia)


def html_galat(pesan: str) -> str:
    return el("div", {"class": "admonition failure", "role": "alert"},
              el("p", {"class": "admonition-title"}, "Belum bisa dihitung"), el("p", None, pesan))
