"""Kalkulator Pembayaran Jasa: the whole payment in one answer.

The page's questions (``MASUKAN``) and summary rows; the answer itself comes from the tax engine,
``calculators.pembayaran_jasa`` (which tax applies, what is withheld, PPN, transfer, deposits,
deadlines, slip, stamp duty), so this module computes nothing. With ``pembayaran_bulanan`` (the
fees of January, February ... to the same payee) every month is one engine answer: the rows are in
``pembayaran_bulanan`` and the amounts at the top are their totals.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..format import BULAN, rupiah
from ..hasil import Hasil, Langkah
from ..pembayaran_jasa import (NAMA_PAJAK, SKEMA, PembayaranJasa, RincianBulanan, aturan_masukan, pembayaran_bulanan,
                               pembayaran_jasa)
from . import Baris, Kalkulator

MASUKAN = SKEMA  # the page asks for exactly the engine's inputs

#: Totals of a series of monthly fees: the public outputs that add up over months.
JUMLAH_BULANAN = ("bruto", "dpp", *NAMA_PAJAK, "dpp_nilai_lain", "ppn", "ppn_jasa_luar_negeri", "total_faktur",
                  "net_dibayar", "disetor_pemotong", "bea_meterai_total", "ppn_dipungut_pemungut", "pph22_marketplace")


aturan = aturan_masukan


def hitung(m: dict[str, Any]) -> Hasil:
    p = PembayaranJasa.dari(m)
    if p.pembayaran_bulanan is not None:
        return hitung_bulanan(pembayaran_bulanan(p))
    r = pembayaran_jasa(p)
    return Hasil(keluaran=r.keluaran(), langkah=list(r.langkah), peringatan=list(r.peringatan))


def hitung_bulanan(rb: RincianBulanan) -> Hasil:
    """Per-month rows (every engine output, its steps and warnings) and their totals."""
    baris: list[dict[str, Any]] = []
    langkah: list[Langkah] = []
    peringatan: list[str] = []
    for b in rb.bulan:
        nama = f"{BULAN[b.bulan - 1]} {b.tanggal.year}"
        if b.rincian is None:
            baris.append({"bulan": b.bulan, "tanggal": b.tanggal, "dibayar": False,
                          **{k: Decimal(0) for k in JUMLAH_BULANAN}})
            continue
        r = b.rincian
        baris.append({"bulan": b.bulan, "tanggal": b.tanggal, "dibayar": True, **r.keluaran(),
                      "langkah": list(r.langkah), "peringatan": list(r.peringatan)})
        langkah.append(Langkah(f"{nama}: bruto {rupiah(r.bruto)}, {r.nama_pph} {rupiah(r.pph)}, transfer ke "
                               f"penyedia {rupiah(r.net_dibayar)} (rincian di baris bulan ini).", r.pph,
                               r.dasar_jenis))
        peringatan.extend(x for x in r.peringatan if x not in peringatan)
    k: dict[str, Any] = {kunci: rb.jumlah(kunci) for kunci in JUMLAH_BULANAN}
    jenis = list(dict.fromkeys(r.nama_pph for r in rb.dibayar))
    k["jenis_pph"] = ", ".join(jenis)
    k["bukti_potong"] = ", ".join(dict.fromkeys(r.bukti_potong for r in rb.dibayar if r.bukti_potong))
    pph = sum((r.pph for r in rb.dibayar), Decimal(0))
    k["tarif_efektif"] = (pph / k["bruto"]).quantize(Decimal("0.0001")) if k["bruto"] else Decimal(0)
    k["jumlah_bulan_dibayar"] = Decimal(len(rb.dibayar))
    k["pembayaran_bulanan"] = baris
    langkah.append(Langkah(f"Jumlah {len(rb.dibayar)} bulan: bruto {rupiah(k['bruto'])}, PPh {rupiah(pph)}, "
                           f"transfer {rupiah(k['net_dibayar'])}.", pph, ""))
    return Hasil(keluaran=k, langkah=langkah, peringatan=peringatan)


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
        Baris("PPN yang Anda pungut sebagai Pemungut PPN dan setor sendiri", "ppn_dipungut_pemungut",
              sembunyi_jika_nol=True),
        Baris("PPh 22 yang dipungut marketplace dari penjual (bukan oleh Anda)", "pph22_marketplace",
              sembunyi_jika_nol=True),
        Baris("Total tagihan", "total_faktur"),
        Baris("Transfer ke penyedia", "net_dibayar", utama=True),
        Baris("Transfer dalam mata uang tagihan (kurs yang sama)", "transfer_valas", "teks", sembunyi_jika_nol=True),
        Baris("Anda setor ke kas negara", "disetor_pemotong", utama=True),
        Baris("Kode setoran PPh (KAP-KJS)", "kode_setor_pph", "teks", sembunyi_jika_nol=True),
        Baris("Kode setoran PPN (KAP-KJS)", "kode_setor_ppn", "teks", sembunyi_jika_nol=True),
        Baris("Batas setor", "jatuh_tempo_setor", "tanggal"),
        Baris("Batas lapor SPT Masa", "jatuh_tempo_lapor", "tanggal"),
        Baris("Batas setor PPN yang Anda setor sendiri", "jatuh_tempo_setor_ppn_anda", "tanggal", sembunyi_jika_nol=True),
        Baris("Batas lapor SPT Masa PPN", "jatuh_tempo_lapor_ppn", "tanggal", sembunyi_jika_nol=True),
        Baris("Bukti potong yang Anda terbitkan", "bukti_potong", "teks"),
        Baris("Bea meterai kuitansi/dokumen (per pihak)", "bea_meterai"),
        Baris("Yang menanggung bea meterai", "pihak_terutang_teks", "teks"),
        Baris("Tarif efektif PPh terhadap bruto", "tarif_efektif", "persen"),
    ),
    sisi_penyedia=True,
    contoh={"tanggal": "2025-03-10", "penerima": "orang_pribadi", "kategori_pph21": "bukan_pegawai",
            "punya_npwp": "ya", "pkp": "tidak", "jenis_penghasilan": "jasa_tenaga_ahli", "bruto": "15 jt",
            "jenis_dokumen": "kuitansi", "jumlah_rangkap": "1"},
)
