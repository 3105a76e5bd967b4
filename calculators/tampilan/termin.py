"""View of the payment schedule calculator: the summary and one row per payment."""
from __future__ import annotations

from datetime import date

from ..format import persen, rupiah, tanggal_id
from ..hasil import Hasil
from ..kalkulator.termin import RINGKASAN
from . import gulir, html_peringatan, html_rincian, html_ringkasan
from .elemen import Mentah, el


def _tgl_pendek(t: date) -> str:
    """15 Jan 2027."""
    hari, bulan, tahun = tanggal_id(t).split(" ")
    return f"{hari} {bulan[:3]} {tahun}"


def _baris(b: dict) -> Mentah:
    meterai = [f"{nama} {rupiah(jumlah)}"
               for nama, jumlah in (("kuitansi", b["bea_meterai"]), ("BAST", b["bea_meterai_bast"])) if jumlah]
    tempo = f"setor PPh {_tgl_pendek(b['jatuh_tempo_setor'])}" if b["jatuh_tempo_setor"] else "tanpa setoran PPh"
    meterai_teks = ", ".join(meterai) if meterai else "tidak"
    return el(
        "tr", None,
        el("th", {"scope": "row"}, b["termin"], " ", el("small", None, f"· {_tgl_pendek(b['tanggal'])}"),
           el("br"), el("small", None, b["keterangan"]),
           el("br"), el("small", {"class": "bja-tidak"}, f"{tempo} · meterai: {meterai_teks}")),
        el("td", {"class": "bja-angka", "data-kunci": f"bruto-{b['termin']}"},
           rupiah(b["bruto"]), el("br"), el("small", None, persen(b["persen"]))),
        el("td", {"class": "bja-angka"}, rupiah(b["ppn"])),
        el("td", {"class": "bja-angka"}, rupiah(b["potongan_pph"])),
        el("td", {"class": "bja-angka", "data-kunci": f"net-{b['termin']}"},
           el("strong", None, rupiah(b["net_dibayar"]))))


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    jenis_pph = next((b["jenis_pph"] for b in k["rincian"] if b["jenis_pph"]), "PPh")
    kolom = {"scope": "col", "class": "bja-angka"}
    tabel = gulir(el(
        "table", {"class": "bja-tabel-termin"},
        el("caption", None, "Jadwal pembayaran"),
        el("thead", None, el("tr", None,
                             el("th", {"scope": "col"}, "Pembayaran"), el("th", kolom, "Bruto"), el("th", kolom, "PPN"),
                             el("th", kolom, f"{jenis_pph} dipotong"), el("th", kolom, "Transfer"))),
        el("tbody", None, [_baris(b) for b in k["rincian"]]),
        el("tfoot", None, el("tr", None,
                             el("th", {"scope": "row"}, "Jumlah"),
                             el("td", {"class": "bja-angka"}, rupiah(k["total_bruto"])),
                             el("td", {"class": "bja-angka"}, rupiah(k["total_ppn"])),
                             el("td", {"class": "bja-angka"}, rupiah(k["total_potongan_pph"])),
                             el("td", {"class": "bja-angka"}, el("strong", None, rupiah(k["total_net_dibayar"])))))))
    return el("div", {"class": "bja-k7"}, html_ringkasan(hasil, RINGKASAN), tabel, html_peringatan(hasil.peringatan),
              html_rincian(hasil.langkah, buka=False))
