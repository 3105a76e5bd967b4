"""Kalkulator PPh 23: what a payer withholds from a resident company, with the PPN on the invoice.

The answer is the tax engine's (``calculators.pembayaran_jasa``) for a resident entity, without the
stamp-duty part; this module only chooses the questions and the summary rows.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..hasil import Hasil
from ..masukan import Pilihan, Tanggal, Uang, YaTidak
from ..pembayaran_jasa import SKEMA, PembayaranJasa, kesalahan, pembayaran_jasa
from ..pph23 import JENIS_PPH23
from . import Baris, Kalkulator

#: The page's questions first; then every other key of the payment contract, so that a spreadsheet
#: record can be sent whole. ``penerima`` is fixed (a resident company): another payee is an error
#: that names the payment calculator; the stamp-duty keys are read and left to that calculator.
MASUKAN = {
    "bruto": Uang(wajib=False, lebih_dari_minimum=True),
    "jenis_penghasilan": Pilihan(pilihan=JENIS_PPH23, bawaan="jasa"),
    "punya_npwp": YaTidak(bawaan=True),
    "pkp": YaTidak(bawaan=True),
    "tanggal": Tanggal(),
    **{k: (replace(j, bawaan=None, wajib=False) if k == "penerima" else j)
       for k, j in SKEMA.items() if k not in ("bruto", "jenis_penghasilan", "punya_npwp", "pkp", "tanggal")},
}
KELUARAN = ("bruto", "dpp", "pph23", "dpp_nilai_lain", "ppn", "total_faktur", "net_dibayar", "disetor_pemotong",
            "jatuh_tempo_setor", "jatuh_tempo_lapor", "bukti_potong")
JUMLAH = ("bruto", "nilai_termasuk_ppn", "net_diterima")


def _pembayaran(m: dict[str, Any]) -> PembayaranJasa:
    return replace(PembayaranJasa.dari({**m, "penerima": "badan"}), jenis_dokumen=None)  # no stamp duty here


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    if m.get("penerima") not in (None, "badan"):
        return [{"kunci": "penerima", "pesan": (
            "Kalkulator PPh 23 ini untuk penerima badan usaha dalam negeri. Pakai Kalkulator Pembayaran Jasa "
            f"untuk penerima “{m['penerima']}”.")}]
    if all(m.get(k) is None for k in JUMLAH):
        return [{"kunci": "bruto", "pesan": "Wajib diisi: jumlah bruto tagihan, tanpa PPN (misalnya 10.000.000)."}]
    return kesalahan(_pembayaran(m))


def hitung(m: dict[str, Any]) -> Hasil:
    r = pembayaran_jasa(_pembayaran(m))
    semua = r.keluaran()
    keluaran = {k: semua[k] for k in KELUARAN}
    keluaran["tarif"] = r.tarif
    return Hasil(keluaran=keluaran, langkah=list(r.langkah), peringatan=list(r.peringatan))


KALKULATOR = Kalkulator(
    nama="pph23",
    judul="Kalkulator PPh 23",
    masukan=MASUKAN,
    hitung=hitung,
    aturan=aturan,
    ringkasan=(
        Baris("Dasar pemotongan (DPP PPh 23)", "dpp"),
        Baris("Tarif PPh 23", "tarif", "persen"),
        Baris("PPh 23 yang Anda potong", "pph23", utama=True),
        Baris("DPP nilai lain PPN", "dpp_nilai_lain"),
        Baris("PPN di faktur", "ppn"),
        Baris("Total faktur", "total_faktur"),
        Baris("Transfer ke penyedia", "net_dibayar", utama=True),
        Baris("Anda setor ke kas negara", "disetor_pemotong", utama=True),
        Baris("Kode setoran PPh 23 (KAP-KJS)", "kode_setor_pph", "teks", sembunyi_jika_nol=True),
        Baris("Batas setor", "jatuh_tempo_setor", "tanggal"),
        Baris("Batas lapor SPT Masa", "jatuh_tempo_lapor", "tanggal"),
        Baris("Bukti potong yang Anda terbitkan", "bukti_potong", "teks"),
    ),
    contoh={"bruto": "10.000.000", "jenis_penghasilan": "jasa", "punya_npwp": "ya",
            "pkp": "ya", "tanggal": "2025-03-10"},
)
