"""Kalkulator bea meterai: is this document dutiable, how much, for how many counterparts, who owes it."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from ..bea_meterai import JENIS_DOKUMEN, bea_meterai
from ..hasil import Hasil
from ..masukan import Bulat, Pilihan, Tanggal, Uang
from ..format import tanggal_id
from ..pembayaran_jasa import SKEMA
from ..parameter import TanggalTidakDicakup, dicakup_sampai, parameter, riwayat
from . import Baris, Kalkulator

_SENDIRI = {
    "jenis_dokumen": Pilihan(pilihan=JENIS_DOKUMEN, bawaan="kuitansi"),
    "nilai_nominal": Uang(wajib=False),
    "jumlah_rangkap": Bulat(minimum=Decimal(1), maksimum=Decimal(1000), bawaan=1, satuan="rangkap"),
    "tanggal": Tanggal(),
}
#: The page's questions, then the other keys of the payment contract (a spreadsheet record can be sent
#: whole): they are read, checked for their type, and do not change this answer.
MASUKAN = {**_SENDIRI, **{k: replace(j, bawaan=None, wajib=False) for k, j in SKEMA.items() if k not in _SENDIRI}}


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    kesalahan = []
    if m["nilai_nominal"] is None and m["jenis_dokumen"] != "surat_perjanjian":
        kesalahan.append({"kunci": "nilai_nominal",
                          "pesan": "Wajib diisi: nilai uang yang tertulis di dokumen."})
    try:
        parameter("bea_meterai.tarif", m["tanggal"])
    except TanggalTidakDicakup:
        awal, akhir = riwayat("bea_meterai.tarif")[0].mulai, dicakup_sampai("bea_meterai.tarif")
        kesalahan.append({"kunci": "tanggal", "pesan": (
            f"Kalkulator ini mencakup dokumen bertanggal {tanggal_id(awal)} (PP 24/2000) sampai "
            f"{tanggal_id(akhir)}; tanggal {tanggal_id(m['tanggal'])} belum dicakup. Periksa aturan "
            "bea meterai yang berlaku pada tanggal itu.")})
    return kesalahan


def hitung(m: dict[str, Any]) -> Hasil:
    nilai = m["nilai_nominal"] if m["nilai_nominal"] is not None else Decimal(0)
    h = bea_meterai(m["jenis_dokumen"], nilai, m["jumlah_rangkap"], m["tanggal"])
    return Hasil(
        keluaran={
            "jenis_dokumen": m["jenis_dokumen"],
            "nilai_nominal": nilai,
            "tanggal": m["tanggal"],
            "terutang": h.terutang,
            "bea_meterai": h.tarif,
            "bea_meterai_per_pihak": h.per_pihak,
            "bea_meterai_total": h.total,
            "jumlah_rangkap": Decimal(m["jumlah_rangkap"]),
            "pihak_terutang": h.pihak_terutang,
            "pihak_terutang_teks": h.pihak_terutang_teks,
        },
        langkah=list(h.langkah),
        peringatan=list(h.peringatan),
    )


KALKULATOR = Kalkulator(
    nama="bea-meterai",
    judul="Kalkulator Bea Meterai",
    masukan=MASUKAN,
    hitung=hitung,
    aturan=aturan,
    ringkasan=(
        Baris("Terutang bea meterai?", "terutang", "ya_tidak", utama=True),
        Baris("Bea meterai per dokumen", "bea_meterai"),
        Baris("Jumlah rangkap dihitung", "jumlah_rangkap", "angka"),
        Baris("Ditanggung satu pihak", "bea_meterai_per_pihak", utama=True),
        Baris("Jumlah untuk semua rangkap", "bea_meterai_total"),
        Baris("Yang menanggung", "pihak_terutang_teks", "teks"),
    ),
    contoh={"jenis_dokumen": "kuitansi", "nilai_nominal": "7.500.000", "jumlah_rangkap": "1",
            "tanggal": "2025-03-10"},
)
