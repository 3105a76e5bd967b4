"""Kalkulator vendor atau karyawan: a year's cost of an employee against a vendor's invoices."""
from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from ..biaya_karyawan import (
    BAGIAN_PEKERJA, BAGIAN_PEMBERI_KERJA, BULAN_SETAHUN, KELAS_JKK, NAMA_BAGIAN, awal_bulan_berikut,
    biaya_karyawan,
)
from ..format import bulan_id, rupiah
from ..hasil import Hasil, Langkah
from ..masukan import Bulat, KesalahanMasukan, Pilihan, Tanggal, Uang, YaTidak
from ..pajak_jasa import PENERIMA, pajak_jasa, petakan
from ..tampilan import html_langkah, html_peringatan, html_ringkasan
from . import Baris, Kalkulator

MASUKAN = {
    "upah_bulanan": Uang(lebih_dari_minimum=True),
    "masa_kerja_bulan": Bulat(maksimum=Decimal(600), bawaan=12, wajib=False),
    "kelas_risiko_jkk": Pilihan(pilihan=KELAS_JKK, bawaan="sangat_rendah", wajib=False),
    "tanggal": Tanggal(),
    "biaya_vendor_bulanan": Uang(wajib=False, lebih_dari_minimum=True),
    "vendor_penerima": Pilihan(pilihan=PENERIMA, bawaan="badan", wajib=False),
    "vendor_pkp": YaTidak(bawaan=True),
    "vendor_punya_npwp": YaTidak(bawaan=True),
    "klien_pkp": YaTidak(bawaan=False),
}

DASAR_KREDIT_PPN = "UU PPN Pasal 9 ayat (2): pajak masukan dikreditkan dengan pajak keluaran oleh PKP"


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
        try:
            for i in range(BULAN_SETAHUN):
                t = tanggal if i == 0 else awal_bulan_berikut(tanggal, i)
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
            "(langkah berikut):", bruto, "UU PPh Pasal 21/23/26 dan UU PPN (lihat langkah mesin pajak)"))
        langkah.extend(p0.langkah)
        langkah.append(Langkah(
            f"Setahun: PPN {rupiah(ppn)}"
            + (" (PPN jasa luar negeri yang Anda pungut dan setor sendiri)" if p0.ppn_jasa_luar_negeri else "")
            + f", {p0.jenis_pph or 'PPh'} yang Anda potong dan setor {rupiah(pph)}, "
            f"transfer ke vendor {rupiah(net)}. Potongan PPh bagian dari harga, jadi tidak menambah biaya Anda.",
            net, "UU PPh Pasal 23 ayat (1) / Pasal 21 ayat (1): pajak dipotong dari pembayaran"))
        if m["klien_pkp"]:
            langkah.append(Langkah(
                "Anda PKP, jadi PPN dari vendor menjadi pajak masukan yang dikreditkan, bukan biaya.",
                Decimal(0), DASAR_KREDIT_PPN))
        elif ppn:
            langkah.append(Langkah(
                "Anda tidak mengkreditkan PPN, jadi PPN ikut menjadi biaya.", ppn, DASAR_KREDIT_PPN))
        if meterai:
            langkah.append(Langkah(
                "Bea meterai kuitansi bulanan yang terutang oleh Anda sebagai penerima kuitansi, setahun:",
                meterai, "UU 10/2020 Pasal 3 ayat (2) huruf g dan Pasal 9"))
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
    return Hasil(keluaran=keluaran, langkah=langkah, peringatan=peringatan)


RINGKASAN = (
    Baris("Upah setahun", "upah_setahun"),
    Baris("THR", "thr"),
    Baris("Iuran BPJS bagian pemberi kerja", "biaya_pemberi_kerja_iuran"),
    Baris("Biaya karyawan setahun", "biaya_pemberi_kerja_total", utama=True),
    Baris("Biaya vendor setahun", "vendor_biaya_setahun", utama=True),
    Baris("Selisih (vendor dikurangi karyawan)", "selisih_vendor_dikurangi_karyawan"),
)


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    rinci = "".join(
        f'<tr><th scope="row">{escape(NAMA_BAGIAN[x])}</th>'
        f'<td class="bja-angka" data-kunci="biaya_pemberi_kerja_{x}">{escape(rupiah(k[f"biaya_pemberi_kerja_{x}"]))}</td>'
        f'<td class="bja-angka" data-kunci="potongan_pekerja_{x}">'
        f'{escape(rupiah(k[f"potongan_pekerja_{x}"])) if f"potongan_pekerja_{x}" in k else "–"}</td></tr>'
        for x in BAGIAN_PEMBERI_KERJA)
    tabel_bpjs = (
        '<table class="bja-tabel-bpjs"><caption>Iuran setahun</caption><thead><tr><th scope="col">Program</th>'
        '<th scope="col" class="bja-angka">Pemberi kerja</th><th scope="col" class="bja-angka">Dipotong dari upah</th>'
        f'</tr></thead><tbody>{rinci}</tbody><tfoot><tr><th scope="row">Jumlah</th>'
        f'<td class="bja-angka">{escape(rupiah(k["biaya_pemberi_kerja_iuran"]))}</td>'
        f'<td class="bja-angka">{escape(rupiah(k["potongan_pekerja_total"]))}</td></tr></tfoot></table>')
    vendor = ""
    if "vendor_biaya_setahun" in k:
        murah = {"karyawan": "Mempekerjakan karyawan lebih murah",
                 "vendor": "Memakai vendor lebih murah", "sama": "Biaya keduanya sama"}[k["lebih_murah"]]
        vendor = (
            '<table class="bja-tabel-vendor"><caption>Vendor setahun</caption><tbody>'
            f'<tr><th scope="row">Tagihan sebelum PPN</th><td class="bja-angka">{escape(rupiah(k["vendor_bruto_setahun"]))}</td></tr>'
            f'<tr><th scope="row">PPN di faktur</th><td class="bja-angka" data-kunci="vendor_ppn_setahun">{escape(rupiah(k["vendor_ppn_setahun"]))}</td></tr>'
            f'<tr><th scope="row">{escape(k["vendor_jenis_pph"] or "PPh")} yang Anda potong dan setor</th>'
            f'<td class="bja-angka" data-kunci="vendor_pph_setahun">{escape(rupiah(k["vendor_pph_setahun"]))}</td></tr>'
            f'<tr><th scope="row">Transfer ke vendor</th><td class="bja-angka">{escape(rupiah(k["vendor_net_dibayar_setahun"]))}</td></tr>'
            f'<tr><th scope="row">Bea meterai kuitansi (Anda yang menanggung)</th><td class="bja-angka">{escape(rupiah(k["vendor_bea_meterai_setahun"]))}</td></tr>'
            f'</tbody></table><p class="bja-catatan"><strong data-kunci="lebih_murah" data-nilai="{escape(k["lebih_murah"])}">'
            f'{escape(murah)}</strong> untuk pekerjaan ini, dengan selisih '
            f'{escape(rupiah(abs(k["selisih_vendor_dikurangi_karyawan"])))} setahun.</p>')
    bulan = "".join(
        f'<tr><th scope="row">{escape(bulan_id(int(b["bulan"][:4]), int(b["bulan"][5:])))}</th>'
        + "".join(f'<td class="bja-angka">{escape(rupiah(b[f"pemberi_kerja_{x}"]))}</td>' for x in BAGIAN_PEMBERI_KERJA)
        + f'<td class="bja-angka">{escape(rupiah(b["batas_upah_jp"]))}</td></tr>' for b in k["per_bulan"])
    kepala = "".join(f'<th scope="col" class="bja-angka">{escape(NAMA_BAGIAN[x].split(" (")[-1].rstrip(")"))}</th>'
                     for x in BAGIAN_PEMBERI_KERJA)
    tabel_bulan = (
        '<details class="bja-alternatif"><summary>Iuran pemberi kerja per bulan</summary><div class="bja-gulir" tabindex="0" role="region" aria-label="Tabel; geser ke samping bila terpotong">'
        f'<table><thead><tr><th scope="col">Bulan</th>{kepala}<th scope="col" class="bja-angka">Batas upah JP</th>'
        f'</tr></thead><tbody>{bulan}</tbody></table></div></details>')
    return ('<div class="bja-k7">' + html_ringkasan(hasil, RINGKASAN) + tabel_bpjs + vendor + tabel_bulan
            + html_peringatan(hasil.peringatan)
            + '<details class="bja-rincian" open><summary>Langkah perhitungan dan dasar hukumnya</summary>'
            + html_langkah(hasil.langkah) + "</details></div>")


KALKULATOR = Kalkulator(
    nama="biaya-karyawan",
    judul="Kalkulator vendor atau karyawan",
    masukan=MASUKAN,
    hitung=hitung,
    ringkasan=RINGKASAN,
    contoh={"upah_bulanan": "12.500.000", "masa_kerja_bulan": "12", "kelas_risiko_jkk": "sangat_rendah",
            "tanggal": "2026-01-05", "biaya_vendor_bulanan": "17.500.000", "vendor_penerima": "badan",
            "vendor_pkp": "ya", "vendor_punya_npwp": "ya", "klien_pkp": "tidak"},
    tampilan=tampilan,
)
