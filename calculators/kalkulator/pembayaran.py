"""Kalkulator Pembayaran Jasa: the whole payment in one answer.

The page's questions (``MASUKAN``) and summary rows; the answer itself comes from the tax engine,
``calculators.pembayaran_jasa`` (which tax applies, what is withheld, PPN, transfer, deposits,
deadlines, slip, stamp duty), so this module computes nothing.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..hasil import Hasil
from ..masukan import Bulat, Persen, Pilihan, Tanggal, Teks, Uang, YaTidak
from ..pembayaran_jasa import (BENTUK, DOKUMEN, JENIS, KATEGORI_PPH21, PENERIMA, PembayaranJasa, kesalahan,
                               pembayaran_jasa)
from ..pph21 import CARA_BAYAR, STATUS_PTKP
from . import Baris, Kalkulator

MASUKAN = {
    "tanggal": Tanggal(),
    "penerima": Pilihan(pilihan=PENERIMA, bawaan="badan"),
    "bentuk_badan": Pilihan(pilihan=BENTUK, bawaan="pt", wajib=False),
    "kategori_pph21": Pilihan(pilihan=KATEGORI_PPH21, bawaan="bukan_pegawai", wajib=False),
    "cara_bayar": Pilihan(pilihan=CARA_BAYAR, bawaan="harian", wajib=False),
    "jumlah_hari": Bulat(bawaan=1, minimum=Decimal(1), maksimum=Decimal(366)),
    "status_ptkp": Pilihan(pilihan=STATUS_PTKP, bawaan="TK/0", wajib=False),
    "berkesinambungan": YaTidak(bawaan=False),
    "pembayaran_sebelumnya": Uang(wajib=False, bawaan=Decimal(0)),
    "satu_pemotong": YaTidak(bawaan=False),
    "jumlah_bulan": Bulat(wajib=False, minimum=Decimal(1), maksimum=Decimal(12)),
    "punya_npwp": YaTidak(bawaan=True),
    "pkp": YaTidak(bawaan=False),
    "jenis_penghasilan": Pilihan(pilihan=JENIS, bawaan="jasa"),
    "bruto": Uang(wajib=False, lebih_dari_minimum=True),
    "komponen_dikecualikan": Uang(wajib=False, bawaan=Decimal(0)),
    "dokumen_pendukung": YaTidak(bawaan=False),
    "nilai_termasuk_ppn": Uang(wajib=False, lebih_dari_minimum=True),
    "nilai_valas": Uang(wajib=False, lebih_dari_minimum=True),
    "mata_uang": Teks(wajib=False, bawaan="", maks_panjang=10),
    "kurs": Uang(wajib=False, lebih_dari_minimum=True),
    "tarif_p3b": Persen(wajib=False),
    "dgt_valid": YaTidak(bawaan=False),
    "net_diterima": Uang(wajib=False, lebih_dari_minimum=True),
    "surat_pernyataan_500jt": YaTidak(bawaan=False),
    "jenis_dokumen": Pilihan(pilihan=DOKUMEN, bawaan="kuitansi"),
    "nilai_nominal": Uang(wajib=False),
    "jumlah_rangkap": Bulat(bawaan=1, minimum=Decimal(1), maksimum=Decimal(100)),
}


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    return kesalahan(PembayaranJasa.dari(m))


def hitung(m: dict[str, Any]) -> Hasil:
    r = pembayaran_jasa(PembayaranJasa.dari(m))
    return Hasil(keluaran=r.keluaran(), langkah=list(r.langkah), peringatan=list(r.peringatan))


KALKULATOR = Kalkulator(
    nama="pembayaran",
    judul="Kalkulator Pembayaran Jasa",
    masukan=MASUKAN,
    hitung=hitung,
    aturan=aturan,
    ringkasan=(
        Baris("Pajak penghasilan yang berlaku", "jenis_pph", "teks"),
        Baris("Jumlah bruto (tanpa PPN)", "bruto"),
        Baris("Dasar pemotongan", "dpp"),
        Baris("PPh yang Anda potong", "pph21", utama=True, sembunyi_jika_nol=True),
        Baris("PPh yang Anda potong", "pph23", utama=True, sembunyi_jika_nol=True),
        Baris("PPh yang Anda potong", "pph26", utama=True, sembunyi_jika_nol=True),
        Baris("PPh yang Anda potong", "pph4_2", utama=True, sembunyi_jika_nol=True),
        Baris("PPh yang Anda potong", "pph_final", utama=True, sembunyi_jika_nol=True),
        Baris("PPN di faktur penyedia", "ppn", sembunyi_jika_nol=True),
        Baris("PPN jasa luar negeri yang Anda setor sendiri", "ppn_jasa_luar_negeri", sembunyi_jika_nol=True),
        Baris("Total tagihan", "total_faktur"),
        Baris("Transfer ke penyedia", "net_dibayar", utama=True),
        Baris("Anda setor ke kas negara", "disetor_pemotong", utama=True),
        Baris("Batas setor", "jatuh_tempo_setor", "tanggal"),
        Baris("Batas lapor SPT Masa", "jatuh_tempo_lapor", "tanggal"),
        Baris("Bukti potong yang Anda terbitkan", "bukti_potong", "teks"),
        Baris("Bea meterai kuitansi/dokumen (per pihak)", "bea_meterai"),
        Baris("Yang menanggung bea meterai", "pihak_terutang", "teks"),
        Baris("Tarif efektif PPh terhadap bruto", "tarif_efektif", "persen"),
    ),
    contoh={"tanggal": "2025-03-10", "penerima": "orang_pribadi", "kategori_pph21": "bukan_pegawai",
            "punya_npwp": "ya", "pkp": "tidak", "jenis_penghasilan": "jasa_tenaga_ahli", "bruto": "15 jt",
            "jenis_dokumen": "kuitansi", "jumlah_rangkap": "1"},
)
