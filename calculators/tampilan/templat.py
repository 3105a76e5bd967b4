"""View of the template builder: how many fields are filled, the schedule's steps, and a preview
of the assembled document (rendered by ``calculators.kontrak.html``, which escapes every text)."""
from __future__ import annotations

from ..hasil import Hasil
from ..kontrak.html import html
from .elemen import Mentah, el, fragmen

PETUNJUK_UNDUH = (
    "Pratinjau tanpa lembar isian. Berkas unduhan (tombolnya muncul di bawah setelah mesin Python siap) "
    "memuat lembar isian dan naskah lengkap; berkas dibuat di peramban Anda dan isiannya tidak dikirim "
    "ke mana pun.")


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    dok = getattr(hasil, "_dokumen", None)  # set by the calculator; not part of the JSON result
    kosong = k["isian_kosong"]
    ringkas = el(
        "div", {"class": "bja-pembuat-ringkas"},
        el("p", None, el("strong", None, k["judul"]), f", versi {k['versi']}: ",
           el("span", {"data-kunci": "isian_terisi"}, k["isian_terisi"]),
           f" dari {k['jumlah_isian']} isian terisi."),
        el("details", {"class": "bja-kosong"},
           el("summary", None, f"{k['jumlah_isian_kosong']} isian belum diisi; di dokumen ditandai kurung siku dan "
                               "warna kuning"),
           el("ul", None, [el("li", None, x) for x in kosong])) if kosong else None,
        [el("p", {"class": "bja-catatan-jadwal"}, p) for p in hasil.peringatan],
        el("details", {"class": "bja-rincian"}, el("summary", None, "Perhitungan jadwal pembayaran"), el(
            "ol", None, [el("li", None, l.teks,
                            (el("br"), el("small", None, f"Dasar: {l.dasar_hukum}")) if l.dasar_hukum else None)
                         for l in hasil.langkah])) if hasil.langkah else None)
    pratinjau = el("div", {"class": "bja-pratinjau", "tabindex": "0", "role": "region",
                           "aria-label": "Pratinjau dokumen"},
                   Mentah(html(dok, 3, sampul=False))) if dok is not None else None
    return fragmen(ringkas, pratinjau, el("p", {"class": "bja-unduh-petunjuk"}, PETUNJUK_UNDUH))
