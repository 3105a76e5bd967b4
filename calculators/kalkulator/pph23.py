"""Kalkulator PPh 23: what a payer withholds from a resident company, with the PPN on the invoice."""
from __future__ import annotations

from typing import Any

from ..format import rupiah
from ..hasil import Hasil, Langkah
from ..masukan import Pilihan, Tanggal, Uang, YaTidak
from ..pph23 import JENIS_PPH23, pph23
from ..ppn import ppn
from . import Baris, Kalkulator

MASUKAN = {
    "bruto": Uang(lebih_dari_minimum=True),
    "jenis_penghasilan": Pilihan(pilihan=JENIS_PPH23, bawaan="jasa"),
    "punya_npwp": YaTidak(bawaan=True),
    "pkp": YaTidak(bawaan=True),
    "tanggal": Tanggal(),
}


def hitung(m: dict[str, Any]) -> Hasil:
    potong = pph23(m["bruto"], m["jenis_penghasilan"], m["punya_npwp"], m["tanggal"])
    pajak_pertambahan = ppn(m["bruto"], m["tanggal"], m["pkp"])
    total = m["bruto"] + pajak_pertambahan.ppn
    net = total - potong.pajak
    langkah = [*potong.langkah, *pajak_pertambahan.langkah]
    langkah.append(Langkah(
        f"Total faktur = harga jual {rupiah(m['bruto'])} + PPN {rupiah(pajak_pertambahan.ppn)}.",
        total, "UU PPN Pasal 13 ayat (5) (isi faktur pajak)"))
    langkah.append(Langkah(
        f"Yang ditransfer ke penyedia = total faktur dikurangi PPh 23 {rupiah(potong.pajak)} yang "
        "Anda potong.", net, "UU PPh Pasal 23 ayat (1): pajak dipotong oleh pihak yang membayar"))
    langkah.append(Langkah(
        "Yang Anda setor ke kas negara adalah PPh 23 yang dipotong; PPN dibayar ke penyedia dan "
        "disetor oleh penyedia sebagai PKP.", potong.pajak,
        "UU PPh Pasal 23; UU KUP Pasal 9 ayat (1)"))
    peringatan = []
    if not m["punya_npwp"]:
        peringatan.append(
            "Tanpa NPWP (atau NIK yang sudah aktif sebagai NPWP), tarif naik 100%. Minta penyedia "
            "memberikan NPWP yang valid sebelum pembayaran.")
    return Hasil(
        keluaran={
            "bruto": m["bruto"],
            "dpp": potong.dpp,
            "tarif": potong.tarif,
            "pph23": potong.pajak,
            "dpp_nilai_lain": pajak_pertambahan.dpp_nilai_lain,
            "ppn": pajak_pertambahan.ppn,
            "total_faktur": total,
            "net_dibayar": net,
            "disetor_pemotong": potong.pajak,
            "bukti_potong": "BPPU",
        },
        langkah=langkah,
        peringatan=peringatan,
    )


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
        Baris("Bukti potong yang Anda terbitkan", "bukti_potong", "teks"),
    ),
    contoh={"bruto": "10.000.000", "jenis_penghasilan": "jasa", "punya_npwp": "ya",
            "pkp": "ya", "tanggal": "2025-03-10"},
)
