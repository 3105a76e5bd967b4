"""Single-tax calculators for the per-tax pages (PPh 21, PPh 26, PPN).

They are the whole-payment calculator with the payee fixed and fewer questions, so every figure
comes from the same rules; nothing is computed a second way. Every key of the payment contract is
accepted (a spreadsheet record can be sent whole); a record that names another payee than the one a
calculator is for gets an error that names the right calculator.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..hasil import Hasil
from ..pembayaran_jasa import CARA_NILAI, JASA, pesan_nilai_kosong
from . import Baris, Kalkulator
from . import pembayaran as p


def _turunan(nama: str, judul: str, tetap: dict[str, tuple[str, ...]], kunci: tuple[str, ...],
             ringkasan: tuple[Baris, ...], contoh: dict[str, Any], bawaan: dict[str, Any] | None = None,
             salah_tetap: str = "", sisi_penyedia: bool = False) -> Kalkulator:
    """``kunci``: the page's questions, first. ``tetap``: keys this calculator fixes, with the values
    it accepts (the first is used when the key is blank; another accepted value is passed on, since it
    gives this page's answer). ``bawaan``: defaults that differ from the payment calculator's."""
    masukan = {k: p.MASUKAN[k] for k in kunci}
    for k, jenis in p.MASUKAN.items():
        if k not in masukan:
            masukan[k] = replace(jenis, bawaan=None, wajib=False) if k in tetap else jenis
    for k, v in (bawaan or {}).items():
        masukan[k] = replace(masukan[k], bawaan=v)

    def lengkap(m: dict[str, Any]) -> dict[str, Any]:
        return {**m, **{k: (m.get(k) if m.get(k) in boleh else boleh[0]) for k, boleh in tetap.items()}}

    def hitung(m: dict[str, Any]) -> Hasil:
        return p.hitung(lengkap(m))

    def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
        lain = [{"kunci": k, "pesan": f"{salah_tetap} Pakai kalkulator pembayaran untuk nilai “{m[k]}”."}
                for k, boleh in tetap.items() if m.get(k) is not None and m[k] not in boleh]
        if lain:
            return lain
        # A blank amount names only the ways of giving it that this page asks, on its first one.
        cara = tuple(k for k in kunci if k in CARA_NILAI)
        umum = pesan_nilai_kosong()
        return [{"kunci": cara[0], "pesan": pesan_nilai_kosong(cara)} if e["pesan"] == umum else e
                for e in p.aturan(lengkap(m))]

    return Kalkulator(nama=nama, judul=judul, masukan=masukan, hitung=hitung,
                      aturan=aturan, ringkasan=ringkasan, contoh=contoh, sisi_penyedia=sisi_penyedia)


_UMUM = (Baris("Transfer ke penyedia", "net_dibayar", utama=True),
         Baris("Anda setor ke kas negara", "disetor_pemotong", utama=True),
         Baris("Kode setoran (KAP-KJS)", "kode_setor_pph", "teks", sembunyi_jika_nol=True),
         Baris("Kode setoran PPN (KAP-KJS)", "kode_setor_ppn", "teks", sembunyi_jika_nol=True),
         Baris("Batas setor", "jatuh_tempo_setor", "tanggal"),
         Baris("Batas lapor SPT Masa", "jatuh_tempo_lapor", "tanggal"),
         Baris("Bukti potong", "bukti_potong", "teks"))

PPH21 = _turunan(
    "pph21", "Kalkulator PPh 21 orang pribadi",
    {"penerima": ("orang_pribadi",), "jenis_penghasilan": ("jasa", *(j for j in JASA if j != "jasa"), "upah_harian")},
    ("tanggal", "kategori_pph21", "cara_bayar", "jumlah_hari", "status_ptkp", "berkesinambungan",
     "pembayaran_sebelumnya", "satu_pemotong", "jumlah_bulan", "punya_npwp", "pkp", "bruto", "net_diterima", "komponen_dikecualikan",
     "dokumen_pendukung", "pembayaran_bulanan"),
    (Baris("Jumlah bruto", "bruto"), Baris("Dasar pemotongan", "dpp"),
     Baris("PPh 21 yang Anda potong", "pph21", utama=True), Baris("PPN", "ppn", sembunyi_jika_nol=True),
     Baris("Tarif efektif", "tarif_efektif", "persen"), *_UMUM),
    {"tanggal": "2025-03-10", "kategori_pph21": "bukan_pegawai", "punya_npwp": "ya", "pkp": "tidak",
     "bruto": "25 jt"},
    salah_tetap="Kalkulator PPh 21 ini untuk imbalan jasa atau upah kepada orang pribadi dalam negeri.",
    sisi_penyedia=True)

PPH26 = _turunan(
    "pph26", "Kalkulator PPh 26", {"penerima": ("luar_negeri",)},
    ("tanggal", "bentuk_badan", "jenis_penghasilan", "bruto", "nilai_valas", "mata_uang", "kurs",
     "net_diterima", "tarif_p3b", "dgt_valid"),
    (Baris("Jumlah bruto (rupiah)", "bruto"), Baris("PPh 26 yang Anda potong", "pph26", utama=True),
     Baris("PPN jasa luar negeri yang Anda setor sendiri", "ppn_jasa_luar_negeri"),
     Baris("PPN di tagihan penjual (pemungut PPN PMSE)", "ppn", sembunyi_jika_nol=True),
     Baris("Tarif efektif", "tarif_efektif", "persen"), _UMUM[0],
     Baris("Transfer dalam mata uang tagihan (kurs yang sama)", "transfer_valas", "teks", sembunyi_jika_nol=True),
     *_UMUM[1:],
     Baris("Batas setor PPN jasa luar negeri", "jatuh_tempo_setor_ppn_anda", "tanggal", sembunyi_jika_nol=True),
     Baris("Batas lapor SPT Masa PPN", "jatuh_tempo_lapor_ppn", "tanggal", sembunyi_jika_nol=True)),
    {"tanggal": "2026-02-10", "bentuk_badan": "pt", "jenis_penghasilan": "jasa", "nilai_valas": "2.000",
     "mata_uang": "USD", "kurs": "16.500", "dgt_valid": "tidak"},
    salah_tetap="Kalkulator PPh 26 ini untuk penerima luar negeri.", sisi_penyedia=True)

PPN = _turunan(
    "ppn", "Kalkulator PPN jasa", {},
    ("tanggal", "bruto", "nilai_termasuk_ppn"),
    (Baris("Harga jual (tanpa PPN)", "bruto"), Baris("DPP nilai lain", "dpp_nilai_lain"),
     Baris("PPN di faktur", "ppn", utama=True), Baris("Total faktur", "total_faktur", utama=True)),
    {"tanggal": "2025-03-10", "nilai_termasuk_ppn": "11.100.000"}, bawaan={"pkp": True})
