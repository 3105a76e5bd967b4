"""Kalkulator kredit layanan (SLA): credits owed per period, the cap, termination rights."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..format import persen, rupiah
from ..hasil import Hasil, Langkah
from ..kredit_sla import baca_pengukuran, baca_tingkat, baca_tingkatan, cocokkan, hitung_kredit
from ..masukan import Bulat, Persen, Pilihan, Uang
from ..parameter import dasar_hukum
from ..pembulatan import bulat_rupiah
from . import Baris, Kalkulator
from ._baris import TeksBaris
from ._unduhan import berkas_csv

MASUKAN = {
    "biaya_per_periode": Uang(lebih_dari_minimum=True),
    "tingkat_layanan": TeksBaris(pembaca=baca_tingkat),
    "tingkatan_kredit": TeksBaris(pembaca=baca_tingkatan),
    "pengukuran": TeksBaris(pembaca=baca_pengukuran),
    "batas_kredit": Persen(lebih_dari_minimum=True),
    "cara_gabung": Pilihan(pilihan=("jumlah", "terbesar"), bawaan="jumlah", wajib=False),
    "periode_pemutusan": Bulat(minimum=Decimal(1), maksimum=Decimal(120), bawaan=1, wajib=False, satuan="periode"),
}


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    salah = [{"kunci": "tingkatan_kredit", "pesan": p} for p in cocokkan(m["tingkat_layanan"], m["tingkatan_kredit"])]
    n = len(m["tingkat_layanan"])
    for u in m["pengukuran"]:
        if len(u.nilai) != n:
            salah.append({"kunci": "pengukuran", "pesan": (
                f"Baris {u.baris}: ada {len(u.nilai)} nilai, padahal ada {n} tingkat layanan. Tulis satu "
                "nilai untuk setiap tingkat layanan, urut seperti daftarnya; tulis - bila tidak diukur.")})
            break
    return salah


def hitung(m: dict[str, Any]) -> Hasil:
    tingkat, tingkatan, ukur = m["tingkat_layanan"], m["tingkatan_kredit"], m["pengukuran"]
    biaya, batas, gabung = m["biaya_per_periode"], m["batas_kredit"], m["cara_gabung"]
    hasil = hitung_kredit(tingkat, tingkatan, ukur, biaya, batas, gabung, m["periode_pemutusan"])
    # contract law (no date: these articles have one value since 1848)
    dasar_batas = dasar_hukum("kontrak_perdata.mengikat")  # the cap is a clause of the contract
    dasar_kredit = "; ".join((dasar_hukum("kontrak_perdata.denda"), dasar_batas))
    dasar_putus = dasar_hukum("kontrak_perdata.pembatalan_wanprestasi")

    langkah: list[Langkah] = [Langkah(
        f"Kredit dihitung dari biaya per periode {rupiah(biaya)}. Untuk setiap tingkat layanan, yang berlaku "
        "adalah tingkatan kredit terburuk yang terlewati (tingkatan dalam satu tingkat layanan tidak "
        "dijumlahkan).", None, dasar_kredit, "teks")]
    langkah.append(Langkah(
        ("Kredit semua tingkat layanan dalam satu periode dijumlahkan" if gabung == "jumlah"
         else "Dalam satu periode hanya kredit terbesar di antara tingkat layanan yang dipakai")
        + f", lalu dibatasi paling banyak {persen(batas)} dari biaya periode ({rupiah(bulat_rupiah(biaya * batas))}).",
        None, dasar_batas, "teks"))
    baris_periode = []
    total = Decimal(0)
    tanpa_ukur = set()
    for h in hasil:
        kredit = bulat_rupiah(h.kredit)
        total += kredit
        bagian = []
        for r in h.rincian:
            if r.nilai is None:
                tanpa_ukur.add(r.tingkat.nama)
                bagian.append(f"{r.tingkat.nama} tidak diukur")
            elif r.tingkatan is None:
                bagian.append(f"{r.tingkat.nama} {r.tingkat.tampil(r.nilai)}"
                              + (" (target tercapai)" if r.tercapai else " (target terlewat, belum ada kredit)"))
            else:
                bagian.append(f"{r.tingkat.nama} {r.tingkat.tampil(r.nilai)} lebih buruk dari "
                              f"{r.tingkat.tampil(r.tingkatan.batas)}: kredit {persen(r.kredit)}")
        teks = f"Periode {h.periode}: " + "; ".join(bagian) + "."
        if h.kena_batas:
            teks += f" Jumlahnya {persen(h.kredit_persen_mentah)}, dipotong ke batas {persen(batas)}."
        langkah.append(Langkah(teks + f" Kredit {persen(h.kredit_persen)} × {rupiah(biaya)}:", kredit, dasar_kredit))
        baris_periode.append({
            "periode": h.periode,
            "nilai": {r.tingkat.nama: r.nilai for r in h.rincian},
            "kredit_per_tingkat": {r.tingkat.nama: r.kredit for r in h.rincian},
            "kredit_persen_sebelum_batas": h.kredit_persen_mentah,
            "kredit_persen": h.kredit_persen,
            "kredit": kredit,
            "batas_tercapai": h.kena_batas,
            "lewat_ambang_pemutusan": [r.tingkat.nama for r in h.rincian if r.lewat_ambang_putus],
            "hak_pemutusan": h.hak_putus,
        })
    langkah.append(Langkah(f"Total kredit untuk {len(hasil)} periode:", total, dasar_kredit))

    putus = next((h for h in hasil if h.hak_putus), None)
    tingkat_putus = None
    if putus is not None:
        tingkat_putus = next(n for n, v in putus.putus_beruntun.items() if v >= m["periode_pemutusan"])
        langkah.append(Langkah(
            f"Ambang pemutusan tercapai pada periode {putus.periode}: {tingkat_putus} lebih buruk dari ambang "
            f"pemutusan selama {m['periode_pemutusan']} periode berturut-turut. Anda berhak mengakhiri kontrak "
            "sesuai prosedur di kontrak.", None, dasar_putus, "teks"))
    elif any(t.ambang_putus is not None for t in tingkat):
        langkah.append(Langkah(
            f"Ambang pemutusan belum tercapai (syaratnya {m['periode_pemutusan']} periode berturut-turut).",
            None, dasar_putus, "teks"))

    peringatan = []
    if tanpa_ukur:
        peringatan.append(
            f"Ada periode tanpa nilai terukur ({', '.join(sorted(tanpa_ukur))}). Kalkulator menganggapnya "
            "tidak melanggar; minta laporan lengkap dari penyedia, karena data yang hilang bisa menutupi "
            "pelanggaran.")
    if any(h.kena_batas for h in hasil):
        peringatan.append(
            "Kredit mencapai batasnya. Bila ini sering terjadi, kredit tidak lagi sebanding dengan kerugian "
            "Anda: pertimbangkan hak pemutusan atau ganti rugi lain yang tidak dibatasi kredit.")
    tingkat_tanpa_tingkatan = [t.nama for t in tingkat
                              if not any(x.tingkat.lower().split() == t.nama.lower().split() for x in tingkatan)]
    if tingkat_tanpa_tingkatan:
        peringatan.append(
            f"Tingkat layanan tanpa tingkatan kredit: {', '.join(tingkat_tanpa_tingkatan)}. Pelanggarannya "
            "tidak menghasilkan kredit; hanya ambang pemutusannya yang berlaku.")

    keluaran = {
        "kredit_terutang": total,
        "biaya_per_periode": biaya,
        "jumlah_periode": len(hasil),
        "biaya_total": biaya * len(hasil),
        "batas_kredit": batas,
        "batas_kredit_per_periode": bulat_rupiah(biaya * batas),
        "batas_kredit_total": bulat_rupiah(biaya * batas) * len(hasil),
        "batas_tercapai": any(h.kena_batas for h in hasil),
        "periode_kena_batas": [h.periode for h in hasil if h.kena_batas],
        "ambang_pemutusan_tercapai": putus is not None,
        "periode_pemutusan": None if putus is None else putus.periode,
        "tingkat_pemutusan": tingkat_putus,
        "syarat_periode_pemutusan": m["periode_pemutusan"],
        "tingkat_layanan": [{"nama": t.nama, "arah": t.arah, "target": t.target, "ambang_pemutusan": t.ambang_putus,
                             "satuan": t.satuan} for t in tingkat],
        "periode": baris_periode,
        "unduhan": [csv_periode(tingkat, baris_periode, total)],
    }
    return Hasil(keluaran=keluaran, langkah=langkah, peringatan=peringatan)


def csv_periode(tingkat: list, baris_periode: list[dict[str, Any]], total: Decimal) -> dict[str, str]:
    """The table 'Kredit per periode' as CSV: per service level its measured value and credit."""
    kolom = [("periode", "periode", "teks")]
    for t in tingkat:
        kolom += [(f"nilai:{t.nama}", t.nama if not t.satuan else f"{t.nama} ({t.satuan})", "angka"),
                  (f"kredit:{t.nama}", f"kredit {t.nama} (%)", "persen")]
    kolom += [("kredit_persen", "kredit (%)", "persen"), ("kredit", "kredit (rupiah)", "rupiah"),
              ("hak_pemutusan", "hak_pemutusan", "ya_tidak")]
    baris = [{"periode": p["periode"], "kredit_persen": p["kredit_persen"], "kredit": p["kredit"],
              "hak_pemutusan": p["hak_pemutusan"],
              **{f"nilai:{n}": v for n, v in p["nilai"].items()},
              **{f"kredit:{n}": v for n, v in p["kredit_per_tingkat"].items()}} for p in baris_periode]
    baris.append({"periode": "Total", "kredit": total})
    return berkas_csv("kredit-per-periode.csv", "Unduh kredit per periode (CSV)", kolom, baris)


RINGKASAN = (
    Baris("Kredit yang terutang (semua periode)", "kredit_terutang", utama=True),
    Baris("Batas kredit per periode", "batas_kredit_per_periode"),
    Baris("Batas kredit tercapai", "batas_tercapai", "ya_tidak"),
    Baris("Ambang pemutusan tercapai", "ambang_pemutusan_tercapai", "ya_tidak", utama=True),
    Baris("Periode saat hak pemutusan timbul", "periode_pemutusan", "teks"),
)


KALKULATOR = Kalkulator(
    nama="kredit-sla",
    judul="Kalkulator kredit layanan (SLA)",
    masukan=MASUKAN,
    hitung=hitung,
    aturan=aturan,
    ringkasan=RINGKASAN,
    contoh={
        "biaya_per_periode": "50 jt",
        "tingkat_layanan": "Ketersediaan; min; 99,5%; 97%\nRespons; maks; 4 jam; 12 jam\nAkurasi; min; 98%",
        "tingkatan_kredit": ("Ketersediaan; 99,5%; 5%\nKetersediaan; 99%; 10%\nKetersediaan; 98%; 20%\n"
                             "Respons; 4 jam; 5%\nRespons; 8 jam; 10%\nAkurasi; 98%; 5%\nAkurasi; 95%; 10%"),
        "pengukuran": "2026-07; 99,8; 3; 98,6\n2026-08; 99,2; 6; 98,1\n2026-09; 96,5; 14; 96\n2026-10; 96,8; 5; 98,2",
        "batas_kredit": "15%",
        "cara_gabung": "jumlah",
        "periode_pemutusan": "2",
    },
)
