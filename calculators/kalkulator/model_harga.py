"""Kalkulator model harga: fixed price vs hourly vs retainer for the same job."""
from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from ..format import angka, persen, rupiah
from ..grafik import Garis, Penanda, Pita, grafik_garis
from ..hasil import Hasil, Langkah
from ..masukan import Angka, Bulat, Persen, Uang
from ..model_harga import (
    AMBANG_SETARA, NAMA_MODEL, PASANGAN, PERSENTIL_ATAS, PERSENTIL_BAWAH, RISIKO, Jam, Penawaran, Segitiga,
    bandingkan,
)
from ..pembulatan import bulat_rupiah
from ..tampilan import html_langkah, html_peringatan
from . import Baris, Kalkulator

METODE = "Metode perkiraan situs ini (distribusi segitiga tiga titik), bukan ketentuan hukum"
KONTRAK = "KUHPerdata Pasal 1338 ayat (1): harga dan cara bayar mengikat sesuai kontrak"

MASUKAN = {
    "tarif_per_jam": Uang(lebih_dari_minimum=True),
    "jam_optimis": Angka(maksimum=Decimal(1_000_000)),
    "jam_realistis": Angka(maksimum=Decimal(1_000_000)),
    "jam_pesimis": Angka(lebih_dari_minimum=True, maksimum=Decimal(1_000_000)),
    "peluang_perubahan": Persen(bawaan=Decimal(0), wajib=False),
    "besar_perubahan": Persen(bawaan=Decimal(0), wajib=False, maksimum=Decimal(500)),
    "harga_tetap": Uang(wajib=False, lebih_dari_minimum=True),
    "retainer_bulanan": Uang(wajib=False, lebih_dari_minimum=True),
    "jam_retainer_bulanan": Angka(wajib=False, maksimum=Decimal(1000)),
    "tarif_kelebihan": Uang(wajib=False),
    "durasi_bulan": Bulat(minimum=Decimal(1), maksimum=Decimal(120), bawaan=1, wajib=False),
}

_JAM = Decimal("0.1")


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    salah = []
    if m["jam_optimis"] > m["jam_realistis"]:
        salah.append({"kunci": "jam_optimis",
                      "pesan": "Jam optimis tidak boleh lebih banyak dari jam yang paling mungkin."})
    if m["jam_realistis"] > m["jam_pesimis"]:
        salah.append({"kunci": "jam_pesimis",
                      "pesan": "Jam pesimis tidak boleh lebih sedikit dari jam yang paling mungkin."})
    if m["retainer_bulanan"] is not None and m["jam_retainer_bulanan"] is None:
        salah.append({"kunci": "jam_retainer_bulanan",
                      "pesan": "Isi jumlah jam yang sudah termasuk dalam retainer setiap bulan (boleh 0)."})
    if m["peluang_perubahan"] > 0 and m["besar_perubahan"] == 0:
        salah.append({"kunci": "besar_perubahan",
                      "pesan": "Isi seberapa besar perubahan lingkup menambah pekerjaan, misalnya 20%."})
    return salah


def _jam(x: Decimal) -> str:
    return angka(x.quantize(_JAM)) + " jam"


def hitung(m: dict[str, Any]) -> Hasil:
    jam = Jam(Segitiga(m["jam_optimis"], m["jam_realistis"], m["jam_pesimis"]),
              m["peluang_perubahan"], m["besar_perubahan"])
    pen = Penawaran(
        tarif_per_jam=m["tarif_per_jam"], harga_tetap=m["harga_tetap"],
        retainer_bulanan=m["retainer_bulanan"],
        jam_retainer_bulanan=m["jam_retainer_bulanan"] or Decimal(0),
        tarif_kelebihan=m["tarif_kelebihan"], durasi_bulan=m["durasi_bulan"])
    hasil = bandingkan(pen, jam)
    s = hasil.sebaran
    t = jam.dasar

    langkah = [
        Langkah(f"Perkiraan jam dasar dari tiga titik (optimis {_jam(t.a)}, paling mungkin {_jam(t.m)}, "
                f"pesimis {_jam(t.b)}) dibaca sebagai distribusi segitiga. Rata-ratanya "
                f"(optimis + paling mungkin + pesimis) ÷ 3:", t.rata.quantize(_JAM), METODE, "angka"),
    ]
    if jam.peluang > 0:
        langkah.append(Langkah(
            f"Dengan peluang {persen(jam.peluang)}, lingkup berubah dan menambah {persen(jam.besar)} jam. "
            f"Jam total harapan = rata-rata × (1 + {persen(jam.peluang)} × {persen(jam.besar)}):",
            jam.rata.quantize(_JAM), METODE, "angka"))
    langkah.append(Langkah(
        f"Rentang jam yang wajar ({_p(PERSENTIL_BAWAH)} sampai {_p(PERSENTIL_ATAS)}: "
        f"{angka((PERSENTIL_ATAS - PERSENTIL_BAWAH) * 100)} dari 100 kemungkinan jatuh di sini): {_jam(jam.kuantil(PERSENTIL_BAWAH))} sampai {_jam(jam.kuantil(PERSENTIL_ATAS))}.",
        None, METODE, "teks"))
    r = pen.tarif_per_jam
    langkah.append(Langkah(
        f"Per jam: biaya = {rupiah(r)} × jam total. Biaya harapan {rupiah(r)} × {_jam(jam.rata)}:",
        bulat_rupiah(s["per_jam"].harapan), KONTRAK))
    if "tetap" in s:
        langkah.append(Langkah(
            f"Harga tetap: {rupiah(pen.harga_tetap)} berapa pun jamnya untuk lingkup yang disepakati, "
            f"ditambah pekerjaan tambahan akibat perubahan lingkup yang dibayar {rupiah(r)} per jam. "
            "Biaya harapan:", bulat_rupiah(s["tetap"].harapan),
            "KUHPerdata Pasal 1338 ayat (1); untuk pemborongan dengan harga tetap lihat juga Pasal 1610"))
    if "retainer" in s:
        langkah.append(Langkah(
            f"Retainer: {rupiah(pen.retainer_bulanan)} × {pen.durasi_bulan} bulan = {rupiah(pen.retainer_total)}, "
            f"sudah termasuk {_jam(pen.jam_retainer_total)}; kelebihannya {rupiah(pen.tarif_lebih)} per jam. "
            f"Jam kelebihan harapan {_jam(jam.kelebihan(pen.jam_retainer_total))}. Biaya harapan:",
            bulat_rupiah(s["retainer"].harapan), KONTRAK))
    for (x, y), h in hasil.impas.items():
        if h is None:
            murah, mahal = (x, y) if pen.biaya(x, t.b) <= pen.biaya(y, t.b) else (y, x)
            teks = (f"{NAMA_MODEL[murah]} selalu lebih murah daripada {NAMA_MODEL[mahal].lower()} berapa pun "
                    "jam kerjanya (dalam lingkup yang disepakati), jadi keduanya tidak punya titik impas.")
            langkah.append(Langkah(teks, None, METODE, "teks"))
        else:
            langkah.append(Langkah(
                f"Titik impas {NAMA_MODEL[x].lower()} dan {NAMA_MODEL[y].lower()}: jumlah jam kerja (tanpa "
                "perubahan lingkup) saat biaya keduanya sama, dalam jam:", h.quantize(_JAM), METODE, "angka"))

    keluaran: dict[str, Any] = {
        "jam_harapan": jam.rata.quantize(_JAM),
        "jam_bawah": jam.kuantil(PERSENTIL_BAWAH).quantize(_JAM),
        "jam_atas": jam.kuantil(PERSENTIL_ATAS).quantize(_JAM),
    }
    for model, sb in s.items():
        keluaran[f"biaya_harapan_{model}"] = bulat_rupiah(sb.harapan)
        keluaran[f"biaya_bawah_{model}"] = bulat_rupiah(sb.bawah)
        keluaran[f"biaya_atas_{model}"] = bulat_rupiah(sb.atas)
    for (x, y), h in hasil.impas.items():
        keluaran[f"impas_{x}_{y}"] = None if h is None else h.quantize(_JAM)
    keluaran.update({
        "rekomendasi": hasil.rekomendasi,
        "alasan": hasil.alasan,
        "persentil_bawah": PERSENTIL_BAWAH,
        "persentil_atas": PERSENTIL_ATAS,
        "ambang_setara": AMBANG_SETARA,
        # what the chart needs, so the page can redraw it from the result alone
        "tarif_per_jam": pen.tarif_per_jam,
        "harga_tetap": pen.harga_tetap,
        "retainer_total": pen.retainer_total if pen.retainer_bulanan is not None else None,
        "jam_retainer_total": pen.jam_retainer_total if pen.retainer_bulanan is not None else None,
        "tarif_kelebihan": pen.tarif_lebih,
        "durasi_bulan": pen.durasi_bulan,
        "jam_pesimis_total": (t.b * (1 + jam.besar)).quantize(_JAM),
    })
    peringatan = []
    if pen.retainer_bulanan is not None and pen.jam_retainer_total == 0:
        peringatan.append("Retainer tanpa jam termasuk berarti setiap jam ditagih dengan tarif kelebihan.")
    if "tetap" not in s or "retainer" not in s:
        kurang = [NAMA_MODEL[x].lower() for x in ("tetap", "retainer") if x not in s]
        peringatan.append(
            f"Belum ada penawaran {' dan '.join(kurang)}, jadi model itu tidak dibandingkan. "
            "Isi angkanya bila penyedia memberi penawaran.")
    return Hasil(keluaran=keluaran, langkah=langkah, peringatan=peringatan)


def _p(x: Decimal) -> str:
    return "P" + angka(x * 100)


def grafik(k: dict[str, Any]) -> str:
    """The cost-against-hours chart, from the result alone."""
    r = Decimal(k["tarif_per_jam"])
    x_maks = Decimal(k["jam_pesimis_total"])
    for a, b in PASANGAN:
        if k.get(f"impas_{a}_{b}") is not None:
            x_maks = max(x_maks, Decimal(k[f"impas_{a}_{b}"]))
    if k.get("jam_retainer_total") is not None:
        x_maks = max(x_maks, Decimal(k["jam_retainer_total"]))
    x_maks = x_maks * Decimal("1.15")
    garis = []
    if k.get("harga_tetap") is not None:
        f = Decimal(k["harga_tetap"])
        garis.append(Garis("Harga tetap", ((Decimal(0), f), (x_maks, f)), "bja-garis-tetap", "#3949ab", "10 5"))
    garis.append(Garis("Per jam", ((Decimal(0), Decimal(0)), (x_maks, r * x_maks)), "bja-garis-per-jam", "#00796b"))
    if k.get("retainer_total") is not None:
        rd, kj, o = Decimal(k["retainer_total"]), Decimal(k["jam_retainer_total"]), Decimal(k["tarif_kelebihan"])
        titik = [(Decimal(0), rd), (kj, rd)] if kj < x_maks else [(Decimal(0), rd)]
        titik.append((x_maks, rd + o * max(Decimal(0), x_maks - kj)))
        garis.append(Garis("Retainer", tuple(titik), "bja-garis-retainer", "#c62828", "3 4"))
    uraian = (
        "Garis biaya tiap model terhadap jam kerja sebenarnya untuk lingkup yang disepakati. "
        f"Harga tetap datar; per jam naik {rupiah(r)} setiap jam"
        + ("; retainer datar sampai jam termasuk habis lalu naik dengan tarif kelebihan" if k.get("retainer_total") is not None else "")
        + f". Area abu-abu: rentang jam wajar {angka(k['jam_bawah'])} sampai {angka(k['jam_atas'])} jam. "
        "Angka yang sama ada di tabel di bawah grafik.")
    return grafik_garis(
        "Biaya menurut jam kerja sebenarnya", uraian, garis, "Jam kerja sebenarnya", "Biaya",
        x_maks, pita=Pita(Decimal(k["jam_bawah"]), Decimal(k["jam_atas"]), "rentang jam wajar"),
        penanda=Penanda(Decimal(k["jam_harapan"]), "harapan"))


def _tabel_grafik(k: dict[str, Any], model: list[str]) -> str:
    """The chart's numbers as a table: cost of each model at telling hours."""
    r = Decimal(k["tarif_per_jam"])
    titik: dict[Decimal, str] = {}
    for label, kunci in (("rentang bawah", "jam_bawah"), ("harapan", "jam_harapan"), ("rentang atas", "jam_atas")):
        titik.setdefault(Decimal(k[kunci]), label)
    for a, b in PASANGAN:
        if k.get(f"impas_{a}_{b}") is not None:
            titik.setdefault(Decimal(k[f"impas_{a}_{b}"]),
                             f"impas {NAMA_MODEL[a].lower()}/{NAMA_MODEL[b].lower()}")
    baris = []
    for jam in sorted(titik):
        sel = []
        for m in model:
            if m == "per_jam":
                v = r * jam
            elif m == "tetap":
                v = Decimal(k["harga_tetap"])
            else:
                v = Decimal(k["retainer_total"]) + Decimal(k["tarif_kelebihan"]) * max(
                    Decimal(0), jam - Decimal(k["jam_retainer_total"]))
            sel.append(f'<td class="bja-angka">{escape(rupiah(bulat_rupiah(v)))}</td>')
        baris.append(f'<tr><th scope="row">{escape(angka(jam))} jam <small>({escape(titik[jam])})</small></th>'
                     + "".join(sel) + "</tr>")
    kepala = "".join(f'<th scope="col">{escape(NAMA_MODEL[m])}</th>' for m in model)
    return ('<table class="bja-tabel-grafik"><caption>Biaya menurut jam kerja sebenarnya (tanpa perubahan '
            f'lingkup)</caption><thead><tr><th scope="col">Jam kerja</th>{kepala}</tr></thead><tbody>'
            + "".join(baris) + "</tbody></table>")


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    model = [m for m in ("tetap", "per_jam", "retainer") if f"biaya_harapan_{m}" in k]
    pilih = k["rekomendasi"]
    rek = ('<div class="admonition tip bja-rekomendasi"><p class="admonition-title">Saran: '
           f'<span data-kunci="rekomendasi" data-nilai="{escape(pilih)}">{escape(NAMA_MODEL[pilih])}</span></p>'
           "<ul>" + "".join(f"<li>{escape(a)}</li>" for a in k["alasan"]) + "</ul></div>")
    baris = []
    for m in model:
        kelas = ' class="bja-utama"' if m == pilih else ""
        baris.append(
            f'<tr{kelas}><th scope="row">{escape(NAMA_MODEL[m])}</th>'
            f'<td class="bja-angka" data-kunci="biaya_harapan_{m}">{escape(rupiah(k[f"biaya_harapan_{m}"]))}</td>'
            f'<td class="bja-angka" data-kunci="rentang_{m}">{escape(rupiah(k[f"biaya_bawah_{m}"]))} – '
            f'{escape(rupiah(k[f"biaya_atas_{m}"]))}</td></tr>')
    ringkas = (
        '<table class="bja-ringkasan bja-banding"><caption>Perbandingan biaya (sebelum PPN dan potongan PPh)'
        '</caption><thead><tr><th scope="col">Model</th><th scope="col">Biaya harapan</th>'
        f'<th scope="col">Rentang wajar ({_p(k["persentil_bawah"])}–{_p(k["persentil_atas"])})</th></tr></thead>'
        "<tbody>" + "".join(baris) + "</tbody></table>"
        f'<p class="bja-catatan">Jam total harapan <strong data-kunci="jam_harapan">{escape(_jam(k["jam_harapan"]))}</strong>; '
        f'rentang wajar {escape(_jam(k["jam_bawah"]))} sampai {escape(_jam(k["jam_atas"]))}.</p>')
    impas = []
    for (x, y) in PASANGAN:
        kunci = f"impas_{x}_{y}"
        if kunci not in k:
            continue
        nilai = "tidak pernah sama" if k[kunci] is None else _jam(k[kunci])
        impas.append(f'<tr><th scope="row">{escape(NAMA_MODEL[x])} dan {escape(NAMA_MODEL[y].lower())}</th>'
                     f'<td class="bja-angka" data-kunci="{kunci}">{escape(nilai)}</td></tr>')
    tabel_impas = ('<table class="bja-ringkasan"><caption>Titik impas (jam kerja saat dua model sama mahal)'
                   "</caption><tbody>" + "".join(impas) + "</tbody></table>") if impas else ""
    gambar = ('<figure class="bja-gambar-grafik">' + grafik(k)
              + "<figcaption>Garis biaya tiap model terhadap jam kerja sebenarnya. Harga tetap digambar tanpa "
              "perubahan lingkup; perubahan lingkup menambah biaya harga tetap sebesar jam tambahan × tarif per "
              "jam.</figcaption></figure>"
              + '<details class="bja-alternatif"><summary>Angka grafik dalam tabel</summary>'
              + _tabel_grafik(k, model) + "</details>")
    risiko = "".join(
        f'<tr><th scope="row">{escape(NAMA_MODEL[m])}</th><td><ul>'
        + "".join(f"<li>{escape(t)}</li>" for t in RISIKO[m]) + "</ul></td></tr>" for m in model)
    tabel_risiko = ('<table class="bja-risiko"><caption>Siapa menanggung risiko apa</caption><thead><tr>'
                    '<th scope="col">Model</th><th scope="col">Pembagian risiko</th></tr></thead><tbody>'
                    + risiko + "</tbody></table>")
    return ('<div class="bja-k7">' + rek + ringkas + tabel_impas + gambar + tabel_risiko
            + html_peringatan(hasil.peringatan)
            + '<details class="bja-rincian"><summary>Langkah perhitungan dan dasarnya</summary>'
            + html_langkah(hasil.langkah) + "</details></div>")


KALKULATOR = Kalkulator(
    nama="model-harga",
    judul="Kalkulator model harga",
    masukan=MASUKAN,
    hitung=hitung,
    aturan=aturan,
    ringkasan=(
        Baris("Biaya harapan harga tetap", "biaya_harapan_tetap"),
        Baris("Biaya harapan per jam", "biaya_harapan_per_jam"),
        Baris("Biaya harapan retainer", "biaya_harapan_retainer"),
    ),
    contoh={
        "tarif_per_jam": "250.000", "jam_optimis": "80", "jam_realistis": "100", "jam_pesimis": "160",
        "peluang_perubahan": "30%", "besar_perubahan": "25%", "harga_tetap": "30 jt",
        "retainer_bulanan": "9 jt", "jam_retainer_bulanan": "35", "tarif_kelebihan": "275.000",
        "durasi_bulan": "3",
    },
    tampilan=tampilan,
)
