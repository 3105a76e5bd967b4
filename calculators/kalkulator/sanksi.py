"""Kalkulator sanksi keterlambatan: late tax deposit (interest), late SPT (fine), late contract
invoice (statutory or contract interest). Rules in ``calculators/sanksi.py``.

The due date is the one the reader types (``jatuh_tempo``) or, when left empty, derived from the tax
month (``masa_pajak``) through the deadline calculator (``calculators/jatuh_tempo.py``), so no deadline
is encoded twice: a deposit of withheld PPh or PPN, or an SPT Masa.
"""
from __future__ import annotations

from typing import Any

from ..format import bulan_id, tanggal_hari
from ..hasil import Hasil, Langkah
from ..jatuh_tempo import jatuh_tempo as jadwal
from ..masukan import Bulan, Persen, Pilihan, Tanggal, Uang
from ..parameter import TanggalTidakDicakup
from ..sanksi import (JENIS_SPT, NAMA_SPT, TarifDiperlukan, bunga_moratoir, bunga_terlambat_setor,
                      denda_terlambat_lapor)
from . import Baris, Kalkulator

JENIS = ("setor_pajak", "lapor_spt", "tagihan_kontrak")
#: Tax deposits whose due date the deadline calculator knows (key of ``jatuh_tempo.ATURAN``).
PAJAK_SETOR = ("pph23", "pph21", "pph26", "pph4_2", "ppn", "ppn_jasa_luar_negeri")
#: SPT Masa -> the tax whose filing deadline it is in the deadline calculator.
SPT_MASA = {"spt_masa_ppn": "ppn", "spt_masa_lain": "pph23"}

MASUKAN = {
    "jenis_keterlambatan": Pilihan(pilihan=JENIS, bawaan="setor_pajak"),
    "jenis_pajak": Pilihan(pilihan=PAJAK_SETOR, bawaan="pph23", wajib=False),
    "jenis_spt": Pilihan(pilihan=JENIS_SPT, bawaan="spt_masa_ppn", wajib=False),
    "jumlah": Uang(wajib=False),
    "masa_pajak": Bulan(wajib=False),
    "jatuh_tempo": Tanggal(wajib=False),
    "tanggal_bayar": Tanggal(),
    "tarif_kmk": Persen(wajib=False, maksimum=10),
    "tarif_kontrak": Persen(wajib=False),
}


def _jatuh_tempo(m: dict[str, Any]):
    """(due date, step explaining where it comes from or None)."""
    if m.get("jatuh_tempo") is not None:
        return m["jatuh_tempo"], None
    jenis = m["jenis_keterlambatan"]
    kunci = m["jenis_pajak"] if jenis == "setor_pajak" else SPT_MASA[m["jenis_spt"]]
    h = jadwal(m["masa_pajak"], kunci)
    t = h.setor if jenis == "setor_pajak" else h.lapor
    apa = "setor" if jenis == "setor_pajak" else "lapor"
    dasar = "; ".join(dict.fromkeys(x.dasar_hukum for x in (h.langkah[:2] if apa == "setor" else h.langkah[2:4]) if x.dasar_hukum))
    return t, Langkah(f"Batas {apa} masa pajak {bulan_id(*map(int, m['masa_pajak'].split('-')))} menurut "
                      f"kalkulator jatuh tempo (sudah digeser melewati hari libur): {tanggal_hari(t)}.",
                      t, dasar, "tanggal")


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    jenis = m["jenis_keterlambatan"]
    salah = []
    if jenis != "lapor_spt" and m.get("jumlah") is None:
        salah.append({"kunci": "jumlah", "pesan": "Wajib diisi: jumlah yang terlambat dibayar atau disetor."})
    if m.get("jatuh_tempo") is None:
        bisa_masa = jenis == "setor_pajak" or (jenis == "lapor_spt" and m["jenis_spt"] in SPT_MASA)
        if not bisa_masa:
            salah.append({"kunci": "jatuh_tempo", "pesan": "Wajib diisi: tanggal jatuh tempo."})
        elif m.get("masa_pajak") is None:
            salah.append({"kunci": "masa_pajak", "pesan": "Isi masa pajak (misalnya 2026-02) atau tanggal jatuh tempo."})
        else:
            try:
                _jatuh_tempo(m)
            except TanggalTidakDicakup as e:
                salah.append({"kunci": "masa_pajak", "pesan": str(e)})
    if salah:
        return salah
    try:
        _hitung(m)
    except TarifDiperlukan as e:
        return [{"kunci": "tarif_kmk", "pesan": str(e)}]
    return []


def _hitung(m: dict[str, Any]):
    jt, langkah_jt = _jatuh_tempo(m)
    jenis = m["jenis_keterlambatan"]
    if jenis == "setor_pajak":
        h = bunga_terlambat_setor(m["jumlah"], jt, m["tanggal_bayar"], m.get("tarif_kmk"))
    elif jenis == "lapor_spt":
        h = denda_terlambat_lapor(m["jenis_spt"], jt, m["tanggal_bayar"])
    else:
        h = bunga_moratoir(m["jumlah"], jt, m["tanggal_bayar"], m.get("tarif_kontrak"))
    return jt, langkah_jt, h


NAMA_JENIS = {"setor_pajak": "Bunga terlambat setor pajak", "lapor_spt": "Denda terlambat lapor SPT",
              "tagihan_kontrak": "Bunga keterlambatan tagihan kontrak"}


def hitung(m: dict[str, Any]) -> Hasil:
    jt, langkah_jt, h = _hitung(m)
    jenis = m["jenis_keterlambatan"]
    keluaran: dict[str, Any] = {
        "jenis": NAMA_JENIS[jenis],
        "jatuh_tempo": jt,
        "tanggal_bayar": m["tanggal_bayar"],
        "sanksi": h.jumlah,
        "dasar_hukum": h.dasar_hukum,
    }
    if jenis == "lapor_spt":
        keluaran["jenis_spt"] = NAMA_SPT[m["jenis_spt"]]
    else:
        keluaran["jumlah"] = m["jumlah"]
    if jenis == "setor_pajak":
        keluaran.update(bulan=h.bulan, tarif_per_bulan=h.tarif, sumber_tarif=h.sumber_tarif)
    if jenis == "tagihan_kontrak":
        keluaran.update(hari=h.hari, tarif_per_tahun=h.tarif, sumber_tarif=h.sumber_tarif)
    peringatan = []
    if jenis == "setor_pajak" and m.get("tarif_kmk") is not None and h.sumber_tarif != "tarif KMK yang Anda isi":
        peringatan.append(f"Tarif yang Anda isi tidak dipakai: tarif bulan itu sudah tercatat ({h.sumber_tarif}).")
    return Hasil(keluaran=keluaran, langkah=[*([langkah_jt] if langkah_jt else []), *h.langkah],
                 peringatan=peringatan)


RINGKASAN = (
    Baris("Jenis sanksi", "jenis", "teks"),
    Baris("SPT", "jenis_spt", "teks"),
    Baris("Jumlah yang terlambat", "jumlah"),
    Baris("Jatuh tempo", "jatuh_tempo", "tanggal"),
    Baris("Tanggal bayar, setor, atau lapor", "tanggal_bayar", "tanggal"),
    Baris("Bulan yang dihitung", "bulan", "angka"),
    Baris("Hari yang dihitung", "hari", "angka"),
    Baris("Tarif per bulan", "tarif_per_bulan", "persen"),
    Baris("Tarif per tahun", "tarif_per_tahun", "persen"),
    Baris("Sumber tarif", "sumber_tarif", "teks"),
    Baris("Sanksi (denda atau bunga)", "sanksi", utama=True),
)
KALKULATOR = Kalkulator(
    nama="sanksi",
    judul="Kalkulator sanksi keterlambatan",
    masukan=MASUKAN,
    hitung=hitung,
    aturan=aturan,
    ringkasan=RINGKASAN,
    contoh={"jenis_keterlambatan": "tagihan_kontrak", "jumlah": "50.000.000", "jatuh_tempo": "2026-02-10",
            "tanggal_bayar": "2026-04-10"},
)
