"""HTML of a result. The same function renders the build-time example and, in Pyodide, the live
result, so the two can never differ. All text is escaped."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from html import escape
from typing import Any

from .format import angka, persen, rupiah, tanggal_hari
from .hasil import Hasil, Langkah
from .kalkulator import Baris, Kalkulator


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


def html_langkah(langkah: list[Langkah]) -> str:
    baris = []
    for l in langkah:
        jumlah = _jumlah_langkah(l)
        baris.append(
            "<li><span class=\"bja-langkah-teks\">" + escape(l.teks) + "</span>"
            + (f" <strong class=\"bja-angka\">{escape(jumlah)}</strong>" if jumlah else "")
            + (f"<br><small class=\"bja-dasar\">Dasar: {escape(l.dasar_hukum)}</small>"
               if l.dasar_hukum else "")
            + "</li>"
        )
    return "<ol class=\"bja-langkah\">" + "".join(baris) + "</ol>"


def html_ringkasan(hasil: Hasil, baris: tuple[Baris, ...]) -> str:
    isi = []
    for b in baris:
        if b.kunci not in hasil.keluaran:
            continue
        if b.sembunyi_jika_nol and not hasil.keluaran[b.kunci]:
            continue
        kelas = " class=\"bja-utama\"" if b.utama else ""
        isi.append(
            f"<tr{kelas}><th scope=\"row\">{escape(b.label)}</th>\n"
            f"<td class=\"bja-angka\" data-kunci=\"{escape(b.kunci)}\">"
            f"{escape(nilai_tampil(hasil.keluaran[b.kunci], b.format))}</td></tr>"
        )
    return ("<table class=\"bja-ringkasan\"><caption>Ringkasan</caption><tbody>"
            + "".join(isi) + "</tbody></table>")


def html_peringatan(peringatan: list[str]) -> str:
    if not peringatan:
        return ""
    return "".join(
        "<div class=\"admonition warning\"><p class=\"admonition-title\">Perhatikan</p>"
        f"<p>{escape(p)}</p></div>" for p in peringatan
    )


def html_hasil(kalk: Kalkulator, hasil: Hasil) -> str:
    if kalk.tampilan is not None:
        return kalk.tampilan(hasil)
    return (
        html_ringkasan(hasil, kalk.ringkasan)
        + html_peringatan(hasil.peringatan)
        + "<details class=\"bja-rincian\" open><summary>Langkah perhitungan dan dasar hukumnya"
          "</summary>" + html_langkah(hasil.langkah) + "</details>"
    )


def html_galat(pesan: str) -> str:
    return ("<div class=\"admonition failure\" role=\"alert\"><p class=\"admonition-title\">"
            f"Belum bisa dihitung</p><p>{escape(pesan)}</p></div>")
