"""Kalkulator jadwal termin: down payment, milestones and retention, with the taxes of each payment."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal
from html import escape
from typing import Any

from ..bea_meterai import bea_meterai
from ..format import BULAN, persen, rupiah, tanggal_id
from ..hasil import Hasil, Langkah
from ..masukan import Bulat, KesalahanMasukan, Pilihan, Tanggal, Uang, YaTidak
from ..pajak_jasa import PENERIMA, pajak_jasa, petakan
from ..tampilan import html_langkah, html_peringatan, html_ringkasan
from ..termin import Bagian, PersenAtauJumlah, bagi, baca_termin, csv_jadwal, tanggal_retensi
from . import Baris, Kalkulator
from ._baris import TeksBaris

NOL = Decimal(0)
DASAR_JADWAL = "KUHPerdata Pasal 1338 ayat (1): jadwal dan syarat pembayaran sesuai kontrak"

MASUKAN = {
    "nilai_kontrak": Uang(lebih_dari_minimum=True),
    "uang_muka": PersenAtauJumlah(wajib=False, bawaan=Bagian("jumlah", NOL)),
    "tanggal_uang_muka": Tanggal(wajib=False),
    "termin": TeksBaris(pembaca=baca_termin),
    "retensi": PersenAtauJumlah(wajib=False, bawaan=Bagian("jumlah", NOL)),
    "masa_garansi_hari": Bulat(maksimum=Decimal(3650), bawaan=90, wajib=False),
    "sisa_pembulatan": Pilihan(pilihan=("terakhir", "pertama"), bawaan="terakhir", wajib=False),
    "penerima": Pilihan(pilihan=PENERIMA, bawaan="badan", wajib=False),
    "punya_npwp": YaTidak(bawaan=True),
    "pkp": YaTidak(bawaan=True),
    "bast_bermeterai": YaTidak(bawaan=True),
}


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    salah = []
    if m["nilai_kontrak"] != m["nilai_kontrak"].to_integral_value():
        salah.append({"kunci": "nilai_kontrak", "pesan": "Tulis dalam rupiah penuh, tanpa sen."})
    if not m["uang_muka"].kosong and m["tanggal_uang_muka"] is None:
        salah.append({"kunci": "tanggal_uang_muka", "pesan": "Isi tanggal uang muka dibayar."})
    termin = m["termin"]
    for a, b in zip(termin, termin[1:]):
        if b.tanggal < a.tanggal:
            salah.append({"kunci": "termin", "pesan": (
                f"Baris {b.baris}: tanggal {tanggal_id(b.tanggal)} lebih awal dari termin sebelumnya "
                f"({tanggal_id(a.tanggal)}). Urutkan termin menurut tanggal.")})
            break
    if m["tanggal_uang_muka"] is not None and not m["uang_muka"].kosong and termin[0].tanggal < m["tanggal_uang_muka"]:
        salah.append({"kunci": "termin", "pesan": "Termin pertama jatuh sebelum uang muka dibayar."})
    return salah


def _rencana(m: dict[str, Any]) -> list[tuple[str, str, Any, Bagian, str]]:
    rencana = []
    if not m["uang_muka"].kosong:
        rencana.append(("Uang muka", "Uang muka setelah kontrak ditandatangani", m["tanggal_uang_muka"],
                        m["uang_muka"], "uang_muka"))
    for i, t in enumerate(m["termin"], 1):
        rencana.append((f"Termin {i}", t.keterangan, t.tanggal, t.bagian, "termin"))
    if not m["retensi"].kosong:
        tgl = tanggal_retensi(m["termin"][-1].tanggal, m["masa_garansi_hari"])
        rencana.append(("Retensi", f"Pelepasan retensi setelah masa garansi {m['masa_garansi_hari']} hari",
                        tgl, m["retensi"], "retensi"))
    return rencana


def hitung(m: dict[str, Any]) -> Hasil:
    total = m["nilai_kontrak"]
    rencana = _rencana(m)
    try:
        jadwal = bagi(total, rencana, m["sisa_pembulatan"])
    except ValueError as e:
        raise KesalahanMasukan([{"kunci": "termin", "pesan": str(e)}]) from None

    langkah: list[Langkah] = []
    tertulis = ", ".join(f"{p.label.lower()} {p.bagian.teks()}" for p in jadwal)
    langkah.append(Langkah(f"Nilai kontrak {rupiah(total)} (sebelum PPN) dibagi: {tertulis}.", total, DASAR_JADWAL))
    pembulatan = [p for p in jadwal if p.tambahan_pembulatan]
    sisa = next((p for p in jadwal if p.bagian.jenis == "sisa"), None)
    if sisa is not None:
        langkah.append(Langkah(
            f"{sisa.label} (“sisa”) menerima sisa nilai kontrak setelah bagian lain, termasuk pembulatan:",
            sisa.bruto, DASAR_JADWAL))
    elif pembulatan:
        p = pembulatan[0]
        langkah.append(Langkah(
            f"Bagian persentase dibulatkan ke bawah ke rupiah penuh; kelebihan {rupiah(p.tambahan_pembulatan)} "
            f"dimasukkan ke {p.label.lower()} ({'pembayaran pertama' if m['sisa_pembulatan'] == 'pertama' else 'pembayaran terakhir'}).",
            p.tambahan_pembulatan, DASAR_JADWAL))
    else:
        langkah.append(Langkah("Semua bagian sudah rupiah penuh; tidak ada sisa pembulatan.", NOL, DASAR_JADWAL))

    baris: list[dict[str, Any]] = []
    peringatan: list[str] = []
    for i, p in enumerate(jadwal):
        try:
            pajak = pajak_jasa(p.bruto, p.tanggal, m["penerima"], m["punya_npwp"], m["pkp"])
        except KesalahanMasukan as e:
            raise petakan(e, MASUKAN, "penerima") from None
        bast = NOL
        if m["bast_bermeterai"] and p.jenis == "termin":
            bast = bea_meterai("surat_perjanjian", p.bruto, 2, p.tanggal).per_pihak
        baris.append({
            "termin": p.label, "keterangan": p.keterangan, "tanggal": p.tanggal,
            "persen": (p.bruto / total).quantize(Decimal("0.0001")), "bruto": p.bruto, "ppn": pajak.ppn,
            "potongan_pph": pajak.pph, "net_dibayar": pajak.net_dibayar,
            "jatuh_tempo_setor": pajak.jatuh_tempo_setor, "bea_meterai": pajak.bea_meterai,
            "bea_meterai_bast": bast, "jenis_pph": pajak.jenis_pph, "jatuh_tempo_setor_ppn": pajak.jatuh_tempo_setor_ppn,
            "ppn_jasa_luar_negeri": pajak.ppn_jasa_luar_negeri, "bukti_potong": pajak.bukti_potong,
        })
        if i == 0:
            langkah.append(Langkah(
                f"Pajak setiap pembayaran dihitung mesin pajak situs ini pada tanggal bayarnya. Untuk "
                f"{p.label.lower()} ({tanggal_id(p.tanggal)}):", None, "Lihat langkah berikut", "teks"))
            langkah.extend(pajak.langkah)
        else:
            langkah.append(Langkah(
                f"{p.label} {tanggal_id(p.tanggal)}: bruto {rupiah(p.bruto)}, PPN {rupiah(pajak.ppn)}, "
                f"{pajak.jenis_pph or 'PPh'} {rupiah(pajak.pph)}, transfer {rupiah(pajak.net_dibayar)}"
                + (f", setor PPh paling lambat {tanggal_id(pajak.jatuh_tempo_setor)}" if pajak.jatuh_tempo_setor else "")
                + ".", pajak.net_dibayar, "Mesin pajak (sama seperti langkah pembayaran pertama)"))
        for x in pajak.peringatan:
            if not any(x.split(" Bila tanggal")[0] == y.split(" Bila tanggal")[0] for y in peringatan):
                peringatan.append(x)

    jumlah = {k: sum((b[k] for b in baris), NOL) for k in ("bruto", "ppn", "potongan_pph", "net_dibayar",
                                                            "bea_meterai", "bea_meterai_bast",
                                                            "ppn_jasa_luar_negeri")}
    assert jumlah["bruto"] == total
    langkah.append(Langkah(
        f"Periksa: jumlah bruto semua pembayaran = nilai kontrak {rupiah(total)}, tepat sampai rupiah.",
        jumlah["bruto"], DASAR_JADWAL))
    langkah.append(Langkah("Jumlah yang Anda transfer ke penyedia atas seluruh jadwal:", jumlah["net_dibayar"],
                           "UU PPh Pasal 21/23/26: pajak dipotong saat pembayaran"))
    if jumlah["ppn_jasa_luar_negeri"]:
        langkah.append(Langkah(
            "PPN atas jasa dari luar negeri yang Anda pungut dan setor sendiri (di luar transfer ke penyedia), "
            "seluruh jadwal:", jumlah["ppn_jasa_luar_negeri"], "UU PPN Pasal 4 ayat (1) huruf e; PMK 131/2024"))
    if m["bast_bermeterai"] and jumlah["bea_meterai_bast"]:
        langkah.append(Langkah(
            "Berita acara serah terima (BAST) yang ditandatangani kedua pihak menerangkan kejadian perdata, jadi "
            "menurut bacaan kami terutang bea meterai berapa pun nilainya; setiap pihak menanggung rangkap yang "
            "diterimanya. Bea meterai BAST bagian Anda untuk seluruh jadwal:", jumlah["bea_meterai_bast"],
            "UU 10/2020 Pasal 3 ayat (1) huruf a dan ayat (2) huruf a; Pasal 9 (tafsiran kami untuk BAST)"))

    bulan = Counter((b["tanggal"].year, b["tanggal"].month) for b in baris)
    if m["penerima"] == "orang_pribadi" and any(n > 1 for n in bulan.values()):
        peringatan.append(
            "Ada dua pembayaran atau lebih kepada orang pribadi dalam satu bulan. PMK 168/2023 tidak tegas "
            "apakah PPh 21 bukan pegawai dihitung per pembayaran atau dijumlahkan dalam satu masa pajak; "
            "kalkulator menghitung per pembayaran. Bila ragu, gabungkan pembayaran itu atau tanyakan ke KPP.")
    if any(b["tanggal"].weekday() >= 5 for b in baris):
        peringatan.append("Ada tanggal pembayaran yang jatuh pada Sabtu atau Minggu; periksa kembali jadwalnya.")
    if not m["retensi"].kosong:
        peringatan.append(
            "Retensi di sini ditagih dan dibayar sebagai pembayaran tersendiri saat dilepas, sehingga PPh dan PPN-nya "
            "terutang saat itu. Bila kontrak menagihkan nilai termin penuh dan hanya menahan sebagian uangnya, PPh "
            "terutang atas seluruh tagihan pada saat tagihan itu jatuh tempo.")

    total_baris = {"termin": "Jumlah", "keterangan": "", "tanggal": None, "persen": Decimal(1), **jumlah,
                   "jatuh_tempo_setor": None}
    bukti = next((b["bukti_potong"] for b in baris if b["bukti_potong"]), "")
    unduhan = [{"nama": "jadwal-termin.csv", "mime": "text/csv", "label": "Unduh jadwal (CSV)",
                "teks": csv_jadwal(baris, total_baris)}]
    if jumlah["ppn_jasa_luar_negeri"]:
        extra = {"total_ppn_jasa_luar_negeri": jumlah["ppn_jasa_luar_negeri"]}
    else:
        extra = {}
    keluaran = {
        "nilai_kontrak": total,
        "jumlah_pembayaran": len(baris),
        "total_bruto": jumlah["bruto"],
        "total_ppn": jumlah["ppn"],
        "total_potongan_pph": jumlah["potongan_pph"],
        "total_net_dibayar": jumlah["net_dibayar"],
        "total_bea_meterai": jumlah["bea_meterai"] + jumlah["bea_meterai_bast"],
        "bukti_potong": bukti,
        "sisa_pembulatan_ke": (sisa.label if sisa else pembulatan[0].label if pembulatan else None),
        "sisa_pembulatan": (pembulatan[0].tambahan_pembulatan if pembulatan else NOL),
        "jadwal": [{k: b[k] for k in ("termin", "keterangan", "tanggal", "persen", "bruto", "ppn", "potongan_pph",
                                      "net_dibayar", "jatuh_tempo_setor", "bea_meterai")} for b in baris],
        "rincian": baris,
        "unduhan": unduhan,
        **extra,
    }
    return Hasil(keluaran=keluaran, langkah=langkah, peringatan=peringatan)


RINGKASAN = (
    Baris("Nilai kontrak (sebelum PPN)", "nilai_kontrak"),
    Baris("Jumlah semua termin", "total_bruto"),
    Baris("PPN seluruhnya", "total_ppn", sembunyi_jika_nol=True),
    Baris("PPh yang Anda potong seluruhnya", "total_potongan_pph"),
    Baris("PPN jasa luar negeri yang Anda setor sendiri", "total_ppn_jasa_luar_negeri"),
    Baris("Bukti potong yang Anda terbitkan", "bukti_potong", "teks"),
    Baris("Transfer ke penyedia seluruhnya", "total_net_dibayar", utama=True),
    Baris("Bea meterai yang Anda tanggung", "total_bea_meterai"),
    Baris("Sisa pembulatan dimasukkan ke", "sisa_pembulatan_ke", "teks"),
)


def _tgl_pendek(t) -> str:
    return f"{t.day} {BULAN[t.month - 1][:3]} {t.year}"


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    sel = []
    for b in k["rincian"]:
        meterai = []
        if b["bea_meterai"]:
            meterai.append(f"kuitansi {rupiah(b['bea_meterai'])}")
        if b["bea_meterai_bast"]:
            meterai.append(f"BAST {rupiah(b['bea_meterai_bast'])}")
        tempo = f"setor PPh {_tgl_pendek(b['jatuh_tempo_setor'])}" if b["jatuh_tempo_setor"] else "tanpa setoran PPh"
        sel.append(
            f'<tr><th scope="row">{escape(b["termin"])} <small>· {escape(_tgl_pendek(b["tanggal"]))}</small>'
            f'<br><small>{escape(b["keterangan"])}</small>'
            f'<br><small class="bja-tidak">{escape(tempo)} · meterai: {escape(", ".join(meterai) if meterai else "tidak")}</small></th>'
            f'<td class="bja-angka" data-kunci="bruto-{escape(b["termin"])}">{escape(rupiah(b["bruto"]))}'
            f'<br><small>{escape(persen(b["persen"]))}</small></td>'
            f'<td class="bja-angka">{escape(rupiah(b["ppn"]))}</td>'
            f'<td class="bja-angka">{escape(rupiah(b["potongan_pph"]))}</td>'
            f'<td class="bja-angka" data-kunci="net-{escape(b["termin"])}"><strong>{escape(rupiah(b["net_dibayar"]))}</strong></td></tr>')
    jenis_pph = next((b["jenis_pph"] for b in k["rincian"] if b["jenis_pph"]), "PPh")
    tabel = (
        '<div class="bja-gulir" tabindex="0" role="region" aria-label="Tabel; geser ke samping bila terpotong"><table class="bja-tabel-termin"><caption>Jadwal pembayaran</caption><thead><tr>'
        '<th scope="col">Pembayaran</th><th scope="col" class="bja-angka">Bruto</th>'
        '<th scope="col" class="bja-angka">PPN</th>'
        f'<th scope="col" class="bja-angka">{escape(jenis_pph)} dipotong</th>'
        '<th scope="col" class="bja-angka">Transfer</th>'
        '</tr></thead><tbody>' + "".join(sel) + "</tbody><tfoot><tr>"
        '<th scope="row">Jumlah</th>'
        f'<td class="bja-angka">{escape(rupiah(k["total_bruto"]))}</td><td class="bja-angka">{escape(rupiah(k["total_ppn"]))}</td>'
        f'<td class="bja-angka">{escape(rupiah(k["total_potongan_pph"]))}</td>'
        f'<td class="bja-angka"><strong>{escape(rupiah(k["total_net_dibayar"]))}</strong></td></tr></tfoot></table></div>')
    return ('<div class="bja-k7">' + html_ringkasan(hasil, RINGKASAN) + tabel + html_peringatan(hasil.peringatan)
            + '<details class="bja-rincian"><summary>Langkah perhitungan dan dasar hukumnya</summary>'
            + html_langkah(hasil.langkah) + "</details></div>")


KALKULATOR = Kalkulator(
    nama="termin",
    judul="Kalkulator jadwal termin",
    masukan=MASUKAN,
    hitung=hitung,
    aturan=aturan,
    ringkasan=RINGKASAN,
    contoh={
        "nilai_kontrak": "Rp 85.000.000", "uang_muka": "30%", "tanggal_uang_muka": "2026-12-01",
        "termin": ("Desain dan prototipe disetujui; 25%; 2027-01-15\n"
                   "Aplikasi lulus uji penerimaan; 25%; 2027-03-01\n"
                   "Serah terima dan pelatihan; sisa; 2027-03-31"),
        "retensi": "5%", "masa_garansi_hari": "90", "sisa_pembulatan": "terakhir",
        "penerima": "badan", "punya_npwp": "ya", "pkp": "ya", "bast_bermeterai": "ya",
    },
    tampilan=tampilan,
)
