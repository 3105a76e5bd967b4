"""View of the employee-or-vendor calculator: BPJS contributions, the vendor's year, per month."""
from __future__ import annotations

from ..biaya_karyawan import BAGIAN_PEMBERI_KERJA, NAMA_BAGIAN
from ..format import bulan_id, rupiah
from ..hasil import Hasil
from ..kalkulator.biaya_karyawan import RINGKASAN
from . import gulir, html_peringatan, html_rincian, html_ringkasan
from .elemen import Mentah, el, fragmen

ANGKA = {"class": "bja-angka"}
KOLOM_ANGKA = {"scope": "col", "class": "bja-angka"}
LEBIH_MURAH = {"karyawan": "Mempekerjakan karyawan lebih murah",
               "vendor": "Memakai vendor lebih murah", "sama": "Biaya keduanya sama"}


def _tabel_bpjs(k: dict) -> Mentah:
    def potongan(x: str) -> str:
        kunci = f"potongan_pekerja_{x}"
        return rupiah(k[kunci]) if kunci in k else "–"

    baris = [el("tr", None, el("th", {"scope": "row"}, NAMA_BAGIAN[x]),
                el("td", {"class": "bja-angka", "data-kunci": f"biaya_pemberi_kerja_{x}"},
                   rupiah(k[f"biaya_pemberi_kerja_{x}"])),
                el("td", {"class": "bja-angka", "data-kunci": f"potongan_pekerja_{x}"}, potongan(x)))
             for x in BAGIAN_PEMBERI_KERJA]
    return el("table", {"class": "bja-tabel-bpjs"},
              el("caption", None, "Iuran setahun"),
              el("thead", None, el("tr", None, el("th", {"scope": "col"}, "Program"),
                                   el("th", KOLOM_ANGKA, "Pemberi kerja"),
                                   el("th", KOLOM_ANGKA, "Dipotong dari upah"))),
              el("tbody", None, baris),
              el("tfoot", None, el("tr", None, el("th", {"scope": "row"}, "Jumlah"),
                                   el("td", ANGKA, rupiah(k["biaya_pemberi_kerja_iuran"])),
                                   el("td", ANGKA, rupiah(k["potongan_pekerja_total"])))))


def _vendor(k: dict) -> Mentah | None:
    if "vendor_biaya_setahun" not in k:
        return None

    def baris(label: str, kunci: str, tampil_kunci: bool = False) -> Mentah:
        return el("tr", None, el("th", {"scope": "row"}, label),
                  el("td", {"class": "bja-angka", "data-kunci": kunci if tampil_kunci else None}, rupiah(k[kunci])))

    return fragmen(
        el("table", {"class": "bja-tabel-vendor"}, el("caption", None, "Vendor setahun"), el(
            "tbody", None,
            baris("Tagihan sebelum PPN", "vendor_bruto_setahun"),
            baris("PPN di faktur", "vendor_ppn_setahun", True),
            baris(f"{k['vendor_jenis_pph'] or 'PPh'} yang Anda potong dan setor", "vendor_pph_setahun", True),
            baris("Transfer ke vendor", "vendor_net_dibayar_setahun"),
            baris("Bea meterai kuitansi (Anda yang menanggung)", "vendor_bea_meterai_setahun"))),
        el("p", {"class": "bja-catatan"},
           el("strong", {"data-kunci": "lebih_murah", "data-nilai": k["lebih_murah"]}, LEBIH_MURAH[k["lebih_murah"]]),
           f" untuk pekerjaan ini, dengan selisih {rupiah(k['besar_selisih_setahun'])} setahun."))


def _nama_bulan(bulan: str) -> str:
    """'2026-01' -> 'Januari 2026'."""
    tahun, nomor = bulan.split("-")
    return bulan_id(int(tahun), int(nomor))


def _singkatan(x: str) -> str:
    """The short name in brackets: 'Jaminan Pensiun (JP)' -> 'JP'."""
    return NAMA_BAGIAN[x].split(" (")[-1].rstrip(")")


def _tabel_bulan(k: dict) -> Mentah:
    baris = [el("tr", None, el("th", {"scope": "row"}, _nama_bulan(b["bulan"])),
                [el("td", ANGKA, rupiah(b[f"pemberi_kerja_{x}"])) for x in BAGIAN_PEMBERI_KERJA],
                el("td", ANGKA, rupiah(b["batas_upah_jp"])))
             for b in k["per_bulan"]]
    kepala = el("tr", None, el("th", {"scope": "col"}, "Bulan"),
                [el("th", KOLOM_ANGKA, _singkatan(x)) for x in BAGIAN_PEMBERI_KERJA],
                el("th", KOLOM_ANGKA, "Batas upah JP"))
    return el("details", {"class": "bja-alternatif"}, el("summary", None, "Iuran pemberi kerja per bulan"),
              gulir(el("table", {"class": "bja-tabel-bulan"}, el("thead", None, kepala), el("tbody", None, baris))))


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    return el("div", {"class": "bja-k7"}, html_ringkasan(hasil, RINGKASAN), _tabel_bpjs(k), _vendor(k),
              _tabel_bulan(k), html_peringatan(hasil.peringatan), html_rincian(hasil.langkah))
