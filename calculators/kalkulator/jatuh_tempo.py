"""Kalkulator jatuh tempo: by when a tax month's tax must be deposited and reported.

``jenis_pajak`` is one tax (``pph21`` ...) or ``semua``: then every tax of that month is listed in
one table (``rincian``), and ``jatuh_tempo_setor`` / ``jatuh_tempo_lapor`` are those of the income
tax the reader withholds (PPh 21/23/26/4(2) share one rule), with the PPN dates beside them.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..format import bulan_id
from ..hasil import Hasil, Langkah
from ..jatuh_tempo import ATURAN, JENIS_PAJAK, NAMA_PAJAK, jatuh_tempo, ringkas_alasan
from ..masukan import Bulan, Pilihan
from ..parameter import TanggalTidakDicakup
from ..pembayaran_jasa import SKEMA
from . import Baris, Kalkulator

SEMUA = "semua"
_SENDIRI = {
    "masa_pajak": Bulan(wajib=False),
    "jenis_pajak": Pilihan(pilihan=(SEMUA, *JENIS_PAJAK), bawaan=SEMUA),
}
#: The page's questions, then the other keys of the payment contract (a spreadsheet record can be sent
#: whole): without ``masa_pajak`` the tax month is the month of the record's ``tanggal`` (tax is owed
#: in the month it is paid or withheld); the other keys do not change this answer.
MASUKAN = {**_SENDIRI, **{k: replace(j, bawaan=None, wajib=False) for k, j in SKEMA.items() if k not in _SENDIRI}}


def _masa(m: dict[str, Any]) -> str | None:
    if m.get("masa_pajak") is not None:
        return m["masa_pajak"]
    t = m.get("tanggal")
    return None if t is None else f"{t.year:04d}-{t.month:02d}"


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    if _masa(m) is None:
        return [{"kunci": "masa_pajak", "pesan": "Wajib diisi: masa pajak (bulan dan tahun), misalnya 11-2026."}]
    try:
        jatuh_tempo(_masa(m), JENIS_PAJAK[0])
    except TanggalTidakDicakup as e:
        return [{"kunci": "masa_pajak", "pesan": str(e)}]
    return []


def _nama_masa(masa: str) -> str:
    tahun, bulan = masa.split("-")
    return bulan_id(int(tahun), int(bulan))


_alasan = ringkas_alasan


def hitung(m: dict[str, Any]) -> Hasil:
    masa, jenis = _masa(m), m["jenis_pajak"]
    if jenis != SEMUA:
        h = jatuh_tempo(masa, jenis)
        return Hasil(
            keluaran={
                "masa_pajak": masa,
                "nama_masa": _nama_masa(masa),
                "jenis_pajak": NAMA_PAJAK[jenis],
                "jatuh_tempo_setor": h.setor,
                "jatuh_tempo_lapor": h.lapor,
                "setor_menurut_aturan": h.setor_semula,
                "lapor_menurut_aturan": h.lapor_semula,
                "yang_dilaporkan": ATURAN[jenis].spt,
                "alasan_geser_setor": _alasan(h.alasan_geser_setor),
                "alasan_geser_lapor": _alasan(h.alasan_geser_lapor),
            },
            langkah=list(h.langkah),
            peringatan=list(h.peringatan),
        )
    semua = {j: jatuh_tempo(masa, j) for j in JENIS_PAJAK}
    rincian = []
    langkah: list[Langkah] = []
    peringatan: list[str] = []
    for j, h in semua.items():
        rincian.append({
            "jenis_pajak": j,
            "nama": NAMA_PAJAK[j],
            "setor": h.setor,
            "setor_menurut_aturan": h.setor_semula,
            "alasan_geser_setor": _alasan(h.alasan_geser_setor),
            "lapor": h.lapor,
            "lapor_menurut_aturan": h.lapor_semula,
            "alasan_geser_lapor": _alasan(h.alasan_geser_lapor),
            "yang_dilaporkan": ATURAN[j].spt,
        })
        langkah.extend(h.langkah)
        if j == "pph_final_umkm":
            continue  # its note points to the other UMKM row, which the table already shows
        for p in h.peringatan:
            if p not in peringatan:
                peringatan.append(p)
    return Hasil(
        keluaran={
            "masa_pajak": masa,
            "nama_masa": _nama_masa(masa),
            "jenis_pajak": "semua jenis pajak",
            "jatuh_tempo_setor": semua["pph23"].setor,
            "jatuh_tempo_lapor": semua["pph23"].lapor,
            "jatuh_tempo_ppn": semua["ppn"].setor,
            "rincian": rincian,
        },
        langkah=langkah,
        peringatan=peringatan,
    )


RINGKASAN = (
    Baris("Masa pajak", "nama_masa", "teks"),
    Baris("Jenis pajak", "jenis_pajak", "teks"),
    Baris("Batas setor", "jatuh_tempo_setor", "tanggal", utama=True),
    Baris("Batas lapor", "jatuh_tempo_lapor", "tanggal", utama=True),
    Baris("Yang dilaporkan", "yang_dilaporkan", "teks"),
)
KALKULATOR = Kalkulator(
    nama="jatuh-tempo",
    judul="Kalkulator Jatuh Tempo Pajak",
    masukan=MASUKAN,
    hitung=hitung,
    aturan=aturan,
    ringkasan=RINGKASAN,
    contoh={"masa_pajak": "2026-02", "jenis_pajak": SEMUA},
)
