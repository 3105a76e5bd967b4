"""Kalkulator PPh 23: what a payer withholds from a resident company, with the PPN on the invoice.

The answer is the tax engine's (``calculators.pembayaran_jasa``) for a resident entity, without the
stamp-duty part; this module only chooses the questions and the summary rows.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..hasil import Hasil
from ..masukan import Pilihan, Tanggal, Uang, YaTidak
from ..pembayaran_jasa import PembayaranJasa, pembayaran_jasa
from ..pph23 import JENIS_PPH23
from . import Baris, Kalkulator

MASUKAN = {
    "bruto": Uang(lebih_dari_minimum=True),
    "jenis_penghasilan": Pilihan(pilihan=JENIS_PPH23, bawaan="jasa"),
    "punya_npwp": YaTidak(bawaan=True),
    "pkp": YaTidak(bawaan=True),
    "tanggal": Tanggal(),
}
KELUARAN = ("bruto", "dpp", "pph23", "dpp_nilai_lain", "ppn", "total_faktur", "net_dibayar", "disetor_pemotong",
            "jatuh_tempo_setor", "jatuh_tempo_lapor", "bukti_potong")


def hitung(m: dict[str, Any]) -> Hasil:
    p = replace(PembayaranJasa.dari({**m, "penerima": "badan"}), jenis_dokumen=None)  # no stamp duty here
    r = pembayaran_jasa(p)
    semua = r.keluaran()
    keluaran = {k: semua[k] for k in KELUARAN}
    keluaran["tarif"] = r.tarif
    return Hasil(keluaran=keluaran, langkah=list(r.langkah), peringatan=list(r.peringatan))


KALKULATOR = Kalkulator(
    nama="pph23",
    judul="Kalkulator PPh 23",
    masukan=MASUKAN,
    hitung=hitung,
    ringkasan=(
        Baris("Dasar pemotongan (DPP PPh 23)", "dpp"),
        Baris("Tarif PPh 23", "tarif", "persen"),
        Baris("PPh 23 yang Anda potong", "pph23", utama=True),
        Baris("DPP nilai lain PPN", "dpp_nilai_lain"),
        Baris("PPN di faktur", "ppn"),
        Baris("Total faktur", "total_faktur"),
        Baris("Transfer ke penyedia", "net_dibayar", utama=True),
        Baris("Anda setor ke kas negara", "disetor_pemotong", utama=True),
        Baris("Batas setor", "jatuh_tempo_setor", "tanggal"),
        Baris("Batas lapor SPT Masa", "jatuh_tempo_lapor", "tanggal"),
        Baris("Bukti potong yang Anda terbitkan", "bukti_potong", "teks"),
    ),
    contoh={"bruto": "10.000.000", "jenis_penghasilan": "jasa", "punya_npwp": "ya",
            "pkp": "ya", "tanggal": "2025-03-10"},
)
