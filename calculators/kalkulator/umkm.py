"""Kalkulator PPh final UMKM: eligibility on a date and the monthly tax over a year."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..hasil import Hasil
from ..masukan import Daftar, Pilihan, Tanggal, Uang
from ..umkm import BENTUK, kelayakan, pph_final_bulanan
from . import Baris, Kalkulator
from ..tampilan import html_langkah, html_peringatan, html_ringkasan
from ..format import rupiah, BULAN
from html import escape

MASUKAN = {
    "tanggal": Tanggal(),
    "bentuk_badan": Pilihan(pilihan=BENTUK, bawaan="orang_pribadi"),
    "tanggal_terdaftar": Tanggal(),
    "peredaran_bruto_tahun_lalu": Uang(bawaan=Decimal(0), wajib=False),
    "pembayaran_bulanan": Daftar(isi=Uang(), panjang=12, kosong_sebagai=Decimal(0)),
}


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    if m["tanggal_terdaftar"] > m["tanggal"]:
        return [{"kunci": "tanggal_terdaftar", "pesan": "Tanggal terdaftar tidak boleh sesudah tanggal perhitungan."}]
    return []


def hitung(m: dict[str, Any]) -> Hasil:
    boleh, langkah, peringatan = kelayakan(m["bentuk_badan"], m["tanggal_terdaftar"], m["tanggal"],
                                           m["peredaran_bruto_tahun_lalu"])
    bulan = list(m["pembayaran_bulanan"]) + [Decimal(0)] * (12 - len(m["pembayaran_bulanan"]))
    per_bulan: tuple[Decimal, ...] = tuple(Decimal(0) for _ in bulan)
    total = Decimal(0)
    if boleh:
        b = pph_final_bulanan(bulan, m["tanggal"].year, m["bentuk_badan"] == "orang_pribadi")
        per_bulan, total = b.per_bulan, b.total
        langkah.extend(b.langkah)
    else:
        peringatan.append("Tidak memenuhi syarat PPh final UMKM: pembeli memotong PPh 21 atau PPh 23 biasa, "
                          "dan penyedia memakai tarif umum.")
    return Hasil(keluaran={"eligible": boleh, "pph_final_per_bulan": list(per_bulan), "pph_final_total": total,
                           "peredaran_bruto_total": sum(bulan, Decimal(0))},
                 langkah=langkah, peringatan=peringatan)


def tampilan(h: Hasil) -> str:
    baris = "".join(f"<tr><th scope=\"row\">{BULAN[i]}</th><td class=\"bja-angka\">{escape(rupiah(v))}</td></tr>"
                    for i, v in enumerate(h.keluaran["pph_final_per_bulan"]))
    tabel = ("<table class=\"bja-ringkasan\"><caption>PPh final per bulan</caption><tbody>" + baris
             + "</tbody></table>") if h.keluaran["eligible"] else ""
    return (html_ringkasan(h, KALKULATOR.ringkasan) + tabel + html_peringatan(h.peringatan)
            + "<details class=\"bja-rincian\" open><summary>Langkah perhitungan dan dasar hukumnya</summary>"
            + html_langkah(h.langkah) + "</details>")


KALKULATOR = Kalkulator(
    nama="umkm", judul="Kalkulator PPh final UMKM", masukan=MASUKAN, hitung=hitung, aturan=aturan,
    ringkasan=(Baris("Boleh memakai PPh final 0,5%", "eligible", "ya_tidak", utama=True),
               Baris("Peredaran bruto setahun", "peredaran_bruto_total"),
               Baris("PPh final setahun", "pph_final_total", utama=True)),
    contoh={"tanggal": "2025-12-31", "bentuk_badan": "orang_pribadi", "tanggal_terdaftar": "2021-03-01",
            "peredaran_bruto_tahun_lalu": "900 jt",
            "pembayaran_bulanan": "80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt"},
    tampilan=tampilan,
)
