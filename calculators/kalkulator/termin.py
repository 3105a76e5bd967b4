"""Kalkulator jadwal termin: down payment, milestones and retention, with the taxes of each payment."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from ..bea_meterai import bea_meterai
from ..format import rupiah, tanggal_id
from ..hasil import Hasil, Langkah
from ..masukan import Bulat, KesalahanMasukan, Pilihan, Tanggal, Uang, YaTidak
from ..pajak_jasa import PENERIMA, pajak_jasa, petakan
from ..parameter import dasar_hukum
from ..termin import Bagian, PersenAtauJumlah, bagi, baca_termin, tanggal_retensi
from . import Baris, Kalkulator
from ._dasar import dasar_tanggal
from ._baris import TeksBaris
from ._unduhan import berkas_csv

NOL = Decimal(0)

MASUKAN = {
    "nilai_kontrak": Uang(lebih_dari_minimum=True),
    "uang_muka": PersenAtauJumlah(wajib=False, bawaan=Bagian("jumlah", NOL)),
    "tanggal_uang_muka": Tanggal(wajib=False),
    "termin": TeksBaris(pembaca=baca_termin),
    "retensi": PersenAtauJumlah(wajib=False, bawaan=Bagian("jumlah", NOL)),
    "masa_garansi_hari": Bulat(maksimum=Decimal(3650), bawaan=90, wajib=False, satuan="hari"),
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
    # the schedule binds as agreed (KUHPerdata, in force since 1848: the first payment's date suffices)
    dasar_jadwal = dasar_hukum("kontrak_perdata.mengikat", jadwal[0].tanggal)

    langkah: list[Langkah] = []
    tertulis = ", ".join(f"{p.label.lower()} {p.bagian.teks()}" for p in jadwal)
    langkah.append(Langkah(f"Nilai kontrak {rupiah(total)} (sebelum PPN) dibagi: {tertulis}.", total, dasar_jadwal))
    pembulatan = [p for p in jadwal if p.tambahan_pembulatan]
    sisa = next((p for p in jadwal if p.bagian.jenis == "sisa"), None)
    if sisa is not None:
        langkah.append(Langkah(
            f"{sisa.label} (“sisa”) menerima sisa nilai kontrak setelah bagian lain, termasuk pembulatan:",
            sisa.bruto, dasar_jadwal))
    elif pembulatan:
        p = pembulatan[0]
        langkah.append(Langkah(
            f"Bagian persentase dibulatkan ke bawah ke rupiah penuh; kelebihan {rupiah(p.tambahan_pembulatan)} "
            f"dimasukkan ke {p.label.lower()} ({'pembayaran pertama' if m['sisa_pembulatan'] == 'pertama' else 'pembayaran terakhir'}).",
            p.tambahan_pembulatan, dasar_jadwal))
    else:
        langkah.append(Langkah("Semua bagian sudah rupiah penuh; tidak ada sisa pembulatan.", NOL, dasar_jadwal))

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
            "bea_meterai_bast": bast, "bea_meterai_total": pajak.bea_meterai + bast, "jenis_pph": pajak.jenis_pph, "jatuh_tempo_setor_ppn": pajak.jatuh_tempo_setor_ppn,
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
                                                            "bea_meterai", "bea_meterai_bast", "bea_meterai_total",
                                                            "ppn_jasa_luar_negeri")}
    assert jumlah["bruto"] == total
    langkah.append(Langkah(
        f"Periksa: jumlah bruto semua pembayaran = nilai kontrak {rupiah(total)}, tepat sampai rupiah.",
        jumlah["bruto"], dasar_jadwal))
    langkah.append(Langkah("Jumlah yang Anda transfer ke penyedia atas seluruh jadwal:", jumlah["net_dibayar"],
                           dasar_tanggal(("pemotongan_pph.dipotong_pembayar",), [b["tanggal"] for b in baris])))
    if jumlah["ppn_jasa_luar_negeri"]:
        langkah.append(Langkah(
            "PPN atas jasa dari luar negeri yang Anda pungut dan setor sendiri (di luar transfer ke penyedia), "
            "seluruh jadwal:", jumlah["ppn_jasa_luar_negeri"],
            dasar_tanggal(("ppn.dasar.jasa_luar_negeri",), [b["tanggal"] for b in baris if b["ppn_jasa_luar_negeri"]])))
    if m["bast_bermeterai"] and jumlah["bea_meterai_bast"]:
        langkah.append(Langkah(
            "Berita acara serah terima (BAST) yang ditandatangani kedua pihak menerangkan kejadian perdata, jadi "
            "menurut bacaan kami terutang bea meterai berapa pun nilainya; setiap pihak menanggung rangkap yang "
            "diterimanya. Bea meterai BAST bagian Anda untuk seluruh jadwal:", jumlah["bea_meterai_bast"],
            dasar_tanggal(("bea_meterai.dasar.objek_perjanjian", "bea_meterai.dasar.pihak_bersama"),
                          [b["tanggal"] for b in baris if b["bea_meterai_bast"]])))

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
    # The CSV is written from the rows the schedule table shows: its stamp duty is the kuitansi's
    # and the BAST's, as on the screen.
    unduhan = [berkas_csv("jadwal-termin.csv", "Unduh jadwal (CSV)", KOLOM_CSV, baris + [total_baris])]
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
        "total_bea_meterai": jumlah["bea_meterai_total"],
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


#: The columns of the schedule's CSV: those of the table on the page. Its bea_meterai is the
#: payment's whole stamp duty (kuitansi and BAST), the figure the page shows.
KOLOM_CSV = (
    ("termin", "termin", "teks"), ("keterangan", "keterangan", "teks"), ("tanggal", "tanggal", "tanggal"),
    ("persen", "persen", "persen"), ("bruto", "bruto", "rupiah"), ("ppn", "ppn", "rupiah"),
    ("potongan_pph", "potongan_pph", "rupiah"), ("net_dibayar", "net_dibayar", "rupiah"),
    ("jatuh_tempo_setor", "jatuh_tempo_setor", "tanggal"), ("bea_meterai_total", "bea_meterai", "rupiah"),
)

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
)
