"""Kalkulator model harga: fixed price vs hourly vs retainer for the same job."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..format import angka, persen, rupiah
from ..hasil import Hasil, Langkah
from ..masukan import Angka, Bulat, Persen, Uang
from ..model_harga import (
    AMBANG_SETARA, NAMA_MODEL, PASANGAN, PERSENTIL_ATAS, PERSENTIL_BAWAH, Jam, Penawaran, Segitiga,
    bandingkan,
)
from ..parameter import dasar_hukum
from ..pembulatan import bulat_rupiah
from . import Baris, Kalkulator

METODE = "Metode perkiraan situs ini (distribusi segitiga tiga titik), bukan ketentuan hukum"

MASUKAN = {
    "tarif_per_jam": Uang(lebih_dari_minimum=True),
    "jam_optimis": Angka(maksimum=Decimal(1_000_000), satuan="jam"),
    "jam_realistis": Angka(maksimum=Decimal(1_000_000), satuan="jam"),
    "jam_pesimis": Angka(lebih_dari_minimum=True, maksimum=Decimal(1_000_000), satuan="jam"),
    "peluang_perubahan": Persen(bawaan=Decimal(0), wajib=False),
    "besar_perubahan": Persen(bawaan=Decimal(0), wajib=False, maksimum=Decimal(500)),
    "harga_tetap": Uang(wajib=False, lebih_dari_minimum=True),
    "retainer_bulanan": Uang(wajib=False, lebih_dari_minimum=True),
    "jam_retainer_bulanan": Angka(wajib=False, maksimum=Decimal(1000), satuan="jam"),
    "tarif_kelebihan": Uang(wajib=False),
    "durasi_bulan": Bulat(minimum=Decimal(1), maksimum=Decimal(120), bawaan=1, wajib=False, satuan="bulan"),
}

_JAM = Decimal("0.1")
#: The chart's hour axis runs this much past the farthest point it must show.
RUANG_GRAFIK = Decimal("1.15")


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
    kontrak = dasar_hukum("kontrak_perdata.mengikat")  # the price and how it is paid bind as agreed

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
        bulat_rupiah(s["per_jam"].harapan), kontrak))
    if "tetap" in s:
        langkah.append(Langkah(
            f"Harga tetap: {rupiah(pen.harga_tetap)} berapa pun jamnya untuk lingkup yang disepakati, "
            f"ditambah pekerjaan tambahan akibat perubahan lingkup yang dibayar {rupiah(r)} per jam. "
            "Biaya harapan:", bulat_rupiah(s["tetap"].harapan),
            "; ".join((kontrak, dasar_hukum("kontrak_perdata.harga_borongan")))))
    if "retainer" in s:
        langkah.append(Langkah(
            f"Retainer: {rupiah(pen.retainer_bulanan)} × {pen.durasi_bulan} bulan = {rupiah(pen.retainer_total)}, "
            f"sudah termasuk {_jam(pen.jam_retainer_total)}; kelebihannya {rupiah(pen.tarif_lebih)} per jam. "
            f"Jam kelebihan harapan {_jam(jam.kelebihan(pen.jam_retainer_total))}. Biaya harapan:",
            bulat_rupiah(s["retainer"].harapan), kontrak))
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
    model = [m for m in ("tetap", "per_jam", "retainer") if m in s]
    keluaran["grafik"] = _grafik(pen, model, keluaran)
    keluaran["tabel_grafik"] = _tabel_grafik(pen, model, keluaran)
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


def _grafik(pen: Penawaran, model: list[str], keluaran: dict[str, Any]) -> dict[str, Any]:
    """The chart's figures: the hour range, and each model's cost line as (hours, cost) points
    where it bends (the view only draws them)."""
    jam_maks = keluaran["jam_pesimis_total"]
    for a, b in PASANGAN:
        if keluaran.get(f"impas_{a}_{b}") is not None:
            jam_maks = max(jam_maks, keluaran[f"impas_{a}_{b}"])
    if "retainer" in model:
        jam_maks = max(jam_maks, pen.jam_retainer_total)
    jam_maks = jam_maks * RUANG_GRAFIK
    garis = []
    for m in ("tetap", "per_jam", "retainer"):
        if m not in model:
            continue
        tekuk = [Decimal(0)]
        if m == "retainer" and pen.jam_retainer_total < jam_maks:
            tekuk.append(pen.jam_retainer_total)  # flat until the included hours run out
        tekuk.append(jam_maks)
        garis.append({"model": m, "titik": [(x, pen.biaya(m, x)) for x in tekuk]})
    return {"jam_maks": jam_maks, "garis": garis}


def _tabel_grafik(pen: Penawaran, model: list[str], keluaran: dict[str, Any]) -> list[dict[str, Any]]:
    """The chart's numbers as rows: the cost of each model (no scope change) at telling hours,
    fewest hours first; one row per distinct number of hours."""
    titik: dict[Decimal, str] = {}
    for label, kunci in (("rentang bawah", "jam_bawah"), ("harapan", "jam_harapan"), ("rentang atas", "jam_atas")):
        titik.setdefault(keluaran[kunci], label)
    for a, b in PASANGAN:
        if keluaran.get(f"impas_{a}_{b}") is not None:
            titik.setdefault(keluaran[f"impas_{a}_{b}"], f"impas {NAMA_MODEL[a].lower()}/{NAMA_MODEL[b].lower()}")
    return [{"jam": jam, "label": titik[jam], "biaya": {m: bulat_rupiah(pen.biaya(m, jam)) for m in model}}
            for jam in sorted(titik)]


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
)
