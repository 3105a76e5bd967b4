"""Kalkulator vendor atau karyawan: a year's cost of an employee against a vendor's invoices."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..biaya_karyawan import (
    BAGIAN_PEKERJA, BAGIAN_PEMBERI_KERJA, BULAN_SETAHUN, KELAS_JKK, awal_bulan_berikut,
    biaya_karyawan,
)
from ..format import rupiah
from ..hasil import Hasil, Langkah
from ..masukan import Bulat, KesalahanMasukan, Pilihan, Tanggal, Uang, YaTidak
from ..pajak_jasa import PENERIMA, pajak_jasa, petakan
from ..parameter import dasar_hukum
from . import Baris, Kalkulator
from ._dasar import dasar_tanggal
from ._unduhan import berkas_csv

MASUKAN = {
    "upah_bulanan": Uang(lebih_dari_minimum=True),
    "masa_kerja_bulan": Bulat(maksimum=Decimal(600), bawaan=12, wajib=False, satuan="bulan"),
    "kelas_risiko_jkk": Pilihan(pilihan=KELAS_JKK, bawaan="sangat_rendah", wajib=False),
    "tanggal": Tanggal(),
    "biaya_vendor_bulanan": Uang(wajib=False, lebih_dari_minimum=True),
    "vendor_penerima": Pilihan(pilihan=PENERIMA, bawaan="badan", wajib=False),
    "vendor_pkp": YaTidak(bawaan=True),
    "vendor_punya_npwp": YaTidak(bawaan=True),
    "klien_pkp": YaTidak(bawaan=False),
}


def hitung(m: dict[str, Any]) -> Hasil:
    upah, tanggal = m["upah_bulanan"], m["tanggal"]
    b = biaya_karyawan(upah, m["masa_kerja_bulan"], m["kelas_risiko_jkk"], tanggal)
    langkah = list(b.langkah)
    langkah.append(Langkah(
        "Biaya karyawan setahun = upah + THR + iuran BPJS bagian pemberi kerja:", b.total,
        "Jumlah langkah di atas"))
    peringatan = list(b.peringatan)
    keluaran: dict[str, Any] = {
        "upah_setahun": b.upah_setahun,
        "thr": b.thr,
    }
    for k in BAGIAN_PEMBERI_KERJA:
        keluaran[f"biaya_pemberi_kerja_{k}"] = b.pemberi_kerja[k]
    keluaran["biaya_pemberi_kerja_iuran"] = b.iuran_pemberi_kerja
    keluaran["biaya_pemberi_kerja_total"] = b.total
    for k in BAGIAN_PEKERJA:
        keluaran[f"potongan_pekerja_{k}"] = b.pekerja[k]
    keluaran["potongan_pekerja_total"] = b.potongan_total
    keluaran["diterima_pekerja_sebelum_pph21"] = b.upah_setahun + b.thr - b.potongan_total
    keluaran["per_bulan"] = [
        {"bulan": x.bulan.strftime("%Y-%m"), "upah": upah,
         **{f"pemberi_kerja_{k}": v for k, v in x.pemberi_kerja.items()},
         **{f"pekerja_{k}": v for k, v in x.pekerja.items()},
         "batas_upah_jp": x.batas_jp, "batas_upah_bpjs_kesehatan": x.batas_kesehatan}
        for x in b.bulan]

    if m["biaya_vendor_bulanan"] is not None:
        bruto = m["biaya_vendor_bulanan"]
        pajak = []
        tanggal_bayar = [tanggal if i == 0 else awal_bulan_berikut(tanggal, i) for i in range(BULAN_SETAHUN)]
        try:
            for t in tanggal_bayar:
                pajak.append(pajak_jasa(bruto, t, m["vendor_penerima"], m["vendor_punya_npwp"], m["vendor_pkp"]))
        except KesalahanMasukan as e:
            raise petakan(e, {"tanggal"}, "vendor_penerima") from None
        ppn = sum((p.ppn + p.ppn_jasa_luar_negeri for p in pajak), Decimal(0))
        pph = sum((p.pph for p in pajak), Decimal(0))
        net = sum((p.net_dibayar for p in pajak), Decimal(0))
        meterai = sum((p.bea_meterai for p in pajak), Decimal(0))
        bruto_setahun = bruto * BULAN_SETAHUN
        biaya_ppn = Decimal(0) if m["klien_pkp"] else ppn
        biaya_vendor = bruto_setahun + biaya_ppn + meterai
        p0 = pajak[0]
        langkah.append(Langkah(
            f"Vendor: tagihan {rupiah(bruto)} sebulan sebelum PPN. Pajak bulan pertama menurut mesin pajak "
            "(langkah berikut):", bruto, "Lihat langkah mesin pajak berikut"))
        langkah.extend(p0.langkah)
        langkah.append(Langkah(
            f"Setahun: PPN {rupiah(ppn)}"
            + (" (PPN jasa luar negeri yang Anda pungut dan setor sendiri)" if p0.ppn_jasa_luar_negeri else "")
            + f", {p0.jenis_pph or 'PPh'} yang Anda potong dan setor {rupiah(pph)}, "
            f"transfer ke vendor {rupiah(net)}. Potongan PPh bagian dari harga, jadi tidak menambah biaya Anda.",
            net, dasar_tanggal(("pemotongan_pph.dipotong_pembayar",), tanggal_bayar)))
        dasar_kredit_ppn = dasar_hukum("ppn.dasar.kredit_pajak_masukan", tanggal)
        if m["klien_pkp"]:
            langkah.append(Langkah(
                "Anda PKP, jadi PPN dari vendor menjadi pajak masukan yang dikreditkan, bukan biaya.",
                Decimal(0), dasar_kredit_ppn))
        elif ppn:
            langkah.append(Langkah(
                "Anda tidak mengkreditkan PPN, jadi PPN ikut menjadi biaya.", ppn, dasar_kredit_ppn))
        if meterai:
            langkah.append(Langkah(
                "Bea meterai kuitansi bulanan yang terutang oleh Anda sebagai penerima kuitansi, setahun:",
                meterai, dasar_tanggal(("bea_meterai.batas_nominal_dokumen_uang", "bea_meterai.dasar.pihak_sepihak"),
                                       [t for t, p in zip(tanggal_bayar, pajak) if p.bea_meterai])))
        langkah.append(Langkah("Biaya vendor setahun = tagihan + PPN yang tidak dikreditkan + bea meterai:",
                               biaya_vendor, "Jumlah langkah di atas"))
        selisih = biaya_vendor - b.total
        keluaran.update({
            "vendor_bruto_setahun": bruto_setahun,
            "vendor_ppn_setahun": ppn,
            "vendor_pph_setahun": pph,
            "vendor_jenis_pph": p0.jenis_pph,
            "vendor_net_dibayar_setahun": net,
            "vendor_bea_meterai_setahun": meterai,
            "vendor_biaya_setahun": biaya_vendor,
            "selisih_vendor_dikurangi_karyawan": selisih,
            "besar_selisih_setahun": abs(selisih),
            "lebih_murah": "karyawan" if selisih > 0 else "vendor" if selisih < 0 else "sama",
            "vendor_jatuh_tempo_setor_pertama": p0.jatuh_tempo_setor,
        })
        for p in pajak:
            for x in p.peringatan:
                if not any(x.split(" Bila tanggal")[0] == y.split(" Bila tanggal")[0] for y in peringatan):
                    peringatan.append(x)
    peringatan.append(
        "Biaya lain karyawan tidak dihitung: rekrutmen, pelatihan, peralatan, lembur, cuti pengganti, "
        "pesangon bila hubungan kerja berakhir (PP 35/2021), dan waktu mengurus PPh 21 dan BPJS. Biaya "
        "vendor sudah memuat semua itu dalam harganya.")
    keluaran["unduhan"] = [berkas_csv("iuran-pemberi-kerja-per-bulan.csv", "Unduh iuran per bulan (CSV)",
                                      KOLOM_CSV, keluaran["per_bulan"])]
    return Hasil(keluaran=keluaran, langkah=langkah, peringatan=peringatan)


#: The columns of the monthly table's CSV: those of the table "Iuran pemberi kerja per bulan".
KOLOM_CSV = (("bulan", "bulan", "teks"), *((f"pemberi_kerja_{k}", f"pemberi_kerja_{k}", "rupiah")
                                           for k in BAGIAN_PEMBERI_KERJA),
             ("batas_upah_jp", "batas_upah_jp", "rupiah"))


RINGKASAN = (
    Baris("Upah setahun", "upah_setahun"),
    Baris("THR", "thr"),
    Baris("Iuran BPJS bagian pemberi kerja", "biaya_pemberi_kerja_iuran"),
    Baris("Biaya karyawan setahun", "biaya_pemberi_kerja_total", utama=True),
    Baris("Biaya vendor setahun", "vendor_biaya_setahun", utama=True),
    Baris("Selisih (vendor dikurangi karyawan)", "selisih_vendor_dikurangi_karyawan"),
)


KALKULATOR = Kalkulator(
    nama="biaya-karyawan",
    judul="Kalkulator vendor atau karyawan",
    masukan=MASUKAN,
    hitung=hitung,
    ringkasan=RINGKASAN,
    contoh={"upah_bulanan": "12.500.000", "masa_kerja_bulan": "12", "kelas_risiko_jkk": "sangat_rendah",
            "tanggal": "2026-01-05", "biaya_vendor_bulanan": "17.500.000", "vendor_penerima": "badan",
            "vendor_pkp": "ya", "vendor_punya_npwp": "ya", "klien_pkp": "tidak"},
)
