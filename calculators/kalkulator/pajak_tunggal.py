"""Single-tax calculators for the per-tax pages (PPh 21, PPh 26, PPN).

They are the whole-payment calculator with the payee fixed and fewer questions, so every figure
comes from the same rules; nothing is computed a second way.
"""
from __future__ import annotations

from typing import Any

from ..hasil import Hasil
from . import Baris, Kalkulator
from . import pembayaran as p

_BAWAAN = {k: j.bawaan for k, j in p.MASUKAN.items()}


def _turunan(nama: str, judul: str, tetap: dict[str, Any], kunci: tuple[str, ...],
             ringkasan: tuple[Baris, ...], contoh: dict[str, Any]) -> Kalkulator:
    def lengkap(m: dict[str, Any]) -> dict[str, Any]:
        return {**_BAWAAN, **m, **tetap}

    def hitung(m: dict[str, Any]) -> Hasil:
        return p.hitung(lengkap(m))

    def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
        return [k for k in p.aturan(lengkap(m)) if k["kunci"] in kunci]

    return Kalkulator(nama=nama, judul=judul, masukan={k: p.MASUKAN[k] for k in kunci}, hitung=hitung,
                      aturan=aturan, ringkasan=ringkasan, contoh=contoh)


_UMUM = (Baris("Transfer ke penyedia", "net_dibayar", utama=True),
         Baris("Anda setor ke kas negara", "disetor_pemotong", utama=True),
         Baris("Batas setor", "jatuh_tempo_setor", "tanggal"),
         Baris("Batas lapor SPT Masa", "jatuh_tempo_lapor", "tanggal"),
         Baris("Bukti potong", "bukti_potong", "teks"))

PPH21 = _turunan(
    "pph21", "Kalkulator PPh 21 orang pribadi", {"penerima": "orang_pribadi", "jenis_penghasilan": "jasa"},
    ("tanggal", "kategori_pph21", "cara_bayar", "jumlah_hari", "status_ptkp", "berkesinambungan",
     "pembayaran_sebelumnya", "satu_pemotong", "jumlah_bulan", "punya_npwp", "pkp", "bruto", "net_diterima", "komponen_dikecualikan",
     "dokumen_pendukung"),
    (Baris("Jumlah bruto", "bruto"), Baris("Dasar pemotongan", "dpp"),
     Baris("PPh 21 yang Anda potong", "pph21", utama=True), Baris("PPN", "ppn", sembunyi_jika_nol=True),
     Baris("Tarif efektif", "tarif_efektif", "persen"), *_UMUM),
    {"tanggal": "2025-03-10", "kategori_pph21": "bukan_pegawai", "punya_npwp": "ya", "pkp": "tidak",
     "bruto": "25 jt"})

PPH26 = _turunan(
    "pph26", "Kalkulator PPh 26", {"penerima": "luar_negeri"},
    ("tanggal", "bentuk_badan", "jenis_penghasilan", "bruto", "nilai_valas", "mata_uang", "kurs",
     "net_diterima", "tarif_p3b", "dgt_valid"),
    (Baris("Jumlah bruto (rupiah)", "bruto"), Baris("PPh 26 yang Anda potong", "pph26", utama=True),
     Baris("PPN jasa luar negeri yang Anda setor sendiri", "ppn_jasa_luar_negeri"),
     Baris("Tarif efektif", "tarif_efektif", "persen"), *_UMUM),
    {"tanggal": "2026-02-10", "bentuk_badan": "pt", "jenis_penghasilan": "jasa", "nilai_valas": "2.000",
     "mata_uang": "USD", "kurs": "16.500", "dgt_valid": "tidak"})

PPN = _turunan(
    "ppn", "Kalkulator PPN jasa", {"penerima": "badan", "pkp": True},
    ("tanggal", "bruto", "nilai_termasuk_ppn"),
    (Baris("Harga jual (tanpa PPN)", "bruto"), Baris("DPP nilai lain", "dpp_nilai_lain"),
     Baris("PPN di faktur", "ppn", utama=True), Baris("Total faktur", "total_faktur", utama=True)),
    {"tanggal": "2025-03-10", "nilai_termasuk_ppn": "11.100.000"})
