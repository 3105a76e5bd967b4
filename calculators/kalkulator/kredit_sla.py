"""Kalkulator kredit layanan (SLA): credits owed per period, the cap, termination rights."""
from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from ..format import angka, persen, rupiah
from ..hasil import Hasil, Langkah
from ..kredit_sla import baca_pengukuran, baca_tingkat, baca_tingkatan, cocokkan, hitung_kredit
from ..masukan import Bulat, Persen, Pilihan, Uang
from ..pembulatan import bulat_rupiah
from ..tampilan import html_langkah, html_peringatan, html_ringkasan
from . import Baris, Kalkulator
from ._baris import TeksBaris

DASAR_KREDIT = ("KUHPerdata Pasal 1304 (janji membayar sejumlah uang bila kewajiban tidak dipenuhi) dan "
                "Pasal 1338 ayat (1); hakim dapat mengurangi bila kewajiban dipenuhi sebagian (Pasal 1309)")
DASAR_PUTUS = "KUHPerdata Pasal 1266 (pembatalan karena wanprestasi), kecuali kontrak mengatur caranya sendiri"
DASAR_BATAS = "Klausul batas kredit di kontrak (KUHPerdata Pasal 1338 ayat (1))"

MASUKAN = {
    "biaya_per_periode": Uang(lebih_dari_minimum=True),
    "tingkat_layanan": TeksBaris(pembaca=baca_tingkat),
    "tingkatan_kredit": TeksBaris(pembaca=baca_tingkatan),
    "pengukuran": TeksBaris(pembaca=baca_pengukuran),
    "batas_kredit": Persen(lebih_dari_minimum=True),
    "cara_gabung": Pilihan(pilihan=("jumlah", "terbesar"), bawaan="jumlah", wajib=False),
    "periode_pemutusan": Bulat(minimum=Decimal(1), maksimum=Decimal(120), bawaan=1, wajib=False),
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

    langkah: list[Langkah] = [Langkah(
        f"Kredit dihitung dari biaya per periode {rupiah(biaya)}. Untuk setiap tingkat layanan, yang berlaku "
        "adalah tingkatan kredit terburuk yang terlewati (tingkatan dalam satu tingkat layanan tidak "
        "dijumlahkan).", None, DASAR_KREDIT, "teks")]
    langkah.append(Langkah(
        ("Kredit semua tingkat layanan dalam satu periode dijumlahkan" if gabung == "jumlah"
         else "Dalam satu periode hanya kredit terbesar di antara tingkat layanan yang dipakai")
        + f", lalu dibatasi paling banyak {persen(batas)} dari biaya periode ({rupiah(bulat_rupiah(biaya * batas))}).",
        None, DASAR_BATAS, "teks"))
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
        langkah.append(Langkah(teks + f" Kredit {persen(h.kredit_persen)} × {rupiah(biaya)}:", kredit, DASAR_KREDIT))
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
    langkah.append(Langkah(f"Total kredit untuk {len(hasil)} periode:", total, DASAR_KREDIT))

    putus = next((h for h in hasil if h.hak_putus), None)
    tingkat_putus = None
    if putus is not None:
        tingkat_putus = next(n for n, v in putus.putus_beruntun.items() if v >= m["periode_pemutusan"])
        langkah.append(Langkah(
            f"Ambang pemutusan tercapai pada periode {putus.periode}: {tingkat_putus} lebih buruk dari ambang "
            f"pemutusan selama {m['periode_pemutusan']} periode berturut-turut. Anda berhak mengakhiri kontrak "
            "sesuai prosedur di kontrak.", None, DASAR_PUTUS, "teks"))
    elif any(t.ambang_putus is not None for t in tingkat):
        langkah.append(Langkah(
            f"Ambang pemutusan belum tercapai (syaratnya {m['periode_pemutusan']} periode berturut-turut).",
            None, DASAR_PUTUS, "teks"))

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
    }
    return Hasil(keluaran=keluaran, langkah=langkah, peringatan=peringatan)


RINGKASAN = (
    Baris("Kredit yang terutang (semua periode)", "kredit_terutang", utama=True),
    Baris("Batas kredit per periode", "batas_kredit_per_periode"),
    Baris("Batas kredit tercapai", "batas_tercapai", "ya_tidak"),
    Baris("Ambang pemutusan tercapai", "ambang_pemutusan_tercapai", "ya_tidak", utama=True),
    Baris("Periode saat hak pemutusan timbul", "periode_pemutusan", "teks"),
)


def _nilai(t: dict[str, Any], v: Any) -> str:
    if v is None:
        return "–"
    s = t["satuan"]
    return angka(v) + (s if s == "%" else f" {s}" if s else "")


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    tingkat = k["tingkat_layanan"]
    kepala = "".join(
        f'<th scope="col">{escape(t["nama"])}<br><small>{"≥" if t["arah"] == "min" else "≤"} '
        f'{escape(_nilai(t, t["target"]))}</small></th>' for t in tingkat)
    baris = []
    for p in k["periode"]:
        sel = []
        for t in tingkat:
            v = p["nilai"][t["nama"]]
            kr = p["kredit_per_tingkat"][t["nama"]]
            putus = t["nama"] in p["lewat_ambang_pemutusan"]
            kelas = "bja-melanggar" if kr or putus else ""
            isi = escape(_nilai(t, v))
            if kr:
                isi += f"<br><small>kredit {escape(persen(kr))}</small>"
            if putus:
                isi += "<br><small>di bawah ambang putus</small>" if t["arah"] == "min" else "<br><small>di atas ambang putus</small>"
            sel.append(f'<td class="bja-angka {kelas}">{isi}</td>')
        total = escape(persen(p["kredit_persen"]))
        if p["batas_tercapai"]:
            total += f'<br><small>dari {escape(persen(p["kredit_persen_sebelum_batas"]))}, kena batas</small>'
        baris.append(
            f'<tr><th scope="row">{escape(p["periode"])}'
            + ('<br><small class="bja-melanggar">hak pemutusan</small>' if p["hak_pemutusan"] else "")
            + "</th>" + "".join(sel)
            + f'<td class="bja-angka">{total}</td>'
            f'<td class="bja-angka" data-kunci="kredit-{escape(p["periode"])}">{escape(rupiah(p["kredit"]))}</td></tr>')
    tabel = ('<div class="bja-gulir" tabindex="0" role="region" aria-label="Tabel; geser ke samping bila terpotong"><table class="bja-tabel-periode"><caption>Kredit per periode</caption>'
             f'<thead><tr><th scope="col">Periode</th>{kepala}<th scope="col">Kredit</th>'
             '<th scope="col">Rupiah</th></tr></thead><tbody>' + "".join(baris)
             + f'</tbody><tfoot><tr><th scope="row" colspan="{len(tingkat) + 2}">Total</th>'
             f'<td class="bja-angka">{escape(rupiah(k["kredit_terutang"]))}</td></tr></tfoot></table></div>')
    return ('<div class="bja-k7">' + html_ringkasan(hasil, RINGKASAN) + tabel + html_peringatan(hasil.peringatan)
            + '<details class="bja-rincian" open><summary>Langkah perhitungan dan dasarnya</summary>'
            + html_langkah(hasil.langkah) + "</details></div>")


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
    tampilan=tampilan,
)
