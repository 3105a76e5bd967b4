"""Bea meterai (stamp duty) on the documents of a service payment: receipt, agreement, invoice.

From 1 January 2021 (UU 10/2020): a fixed Rp10.000 per document (Pasal 5), once per document
(Pasal 4). Agreements and each counterpart are dutiable whatever the amount (Pasal 3 ayat (2)
huruf a); documents acknowledging receipt of money only above Rp5.000.000 (huruf g): exactly
Rp5.000.000 is not dutiable. An invoice that only requests payment is not listed (our reading).
Who owes it (Pasal 9): a one-sided document, the party receiving it; a document made by two or
more parties, each party for the copy it receives.

Before 2021 (from 1 May 2000): UU 13/1985 with PP 24/2000 rates: agreements Rp6.000; receipts
over Rp1.000.000 Rp6.000, over Rp250.000 up to Rp1.000.000 Rp3.000, up to Rp250.000 none.

Every step cites a dated parameter (``bea_meterai.tarif``, ``bea_meterai.dasar.*``) looked up on the
document's date, so a document from 2020 cites UU 13/1985 and one from 2021 on cites UU 10/2020.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .format import rupiah, tanggal_id
from .hasil import Langkah
from .parameter import dasar_hukum, parameter

JENIS_DOKUMEN = ("kuitansi", "surat_perjanjian", "invoice_tagihan")
NAMA_DOKUMEN = {
    "kuitansi": "kuitansi (tanda terima pembayaran)",
    "surat_perjanjian": "surat perjanjian (kontrak)",
    "invoice_tagihan": "invoice atau tagihan yang hanya meminta pembayaran",
}

PIHAK_SEPIHAK = "penerima dokumen (pihak yang membayar dan menerima kuitansi)"
PIHAK_BERSAMA = "masing-masing pihak atas rangkap yang diterimanya"
#: Who owes the duty, as a code (``pihak_terutang``); the sentence is ``pihak_terutang_teks``.
PIHAK_TERUTANG = ("penerima_dokumen", "para_pihak", "tidak_ada")


@dataclass(frozen=True)
class HasilBeaMeterai:
    """Stamp duty on one document kind, with its counterparts."""

    terutang: bool
    tarif: Decimal          # duty on one document (0 when not dutiable)
    per_pihak: Decimal      # what one party owes: the receiving party of a one-sided document
    total: Decimal          # all counterparts together
    pihak_terutang: str     # a code of PIHAK_TERUTANG
    langkah: tuple[Langkah, ...]
    peringatan: tuple[str, ...]
    pihak_terutang_teks: str = ""  # the same, as a sentence for the reader


def _peringatan_lama(tanggal: date) -> str:
    return (
        f"Tanggal {tanggal_id(tanggal)} jatuh sebelum UU 10/2020 berlaku (1 Januari 2021). Tarif "
        "Rp3.000/Rp6.000 dan batas Rp250.000/Rp1.000.000 berasal dari PP 24/2000 menurut sumber "
        "sekunder (Kompas, 2020, dan ringkasan lain); nomor pasalnya belum kami cocokkan dengan teks "
        "resmi. Untuk sengketa atas dokumen lama, periksa teks PP 24/2000 dan UU 13/1985."
    )


def bea_meterai(jenis_dokumen: str, nilai_nominal: Decimal, jumlah_rangkap: int,
                tanggal: date) -> HasilBeaMeterai:
    """Duty on ``jumlah_rangkap`` signed originals of a document of ``jenis_dokumen``."""
    if jenis_dokumen not in JENIS_DOKUMEN:
        raise ValueError(f"Jenis dokumen tidak dikenal: {jenis_dokumen}")
    if jumlah_rangkap < 1:
        raise ValueError("Jumlah rangkap paling sedikit 1.")
    nilai_nominal = Decimal(nilai_nominal)
    p_tarif = parameter("bea_meterai.tarif", tanggal)  # raises outside 2000-05-01..2027-12-31
    lama = p_tarif.sampai is not None
    langkah: list[Langkah] = []
    peringatan: list[str] = []
    if lama:
        peringatan.append(_peringatan_lama(tanggal))

    sepihak = jenis_dokumen != "surat_perjanjian"
    if jenis_dokumen == "surat_perjanjian":
        tarif = p_tarif.desimal
        dasar_objek = dasar_hukum("bea_meterai.dasar.objek_perjanjian", tanggal)
        langkah.append(Langkah(
            "Surat perjanjian terutang bea meterai berapa pun nilainya, dan setiap rangkap yang "
            "ditandatangani juga terutang.", None, dasar_objek, "teks"))
        terutang = True
    elif jenis_dokumen == "kuitansi":
        batas = parameter("bea_meterai.batas_nominal_dokumen_uang", tanggal)
        if nilai_nominal > batas.desimal:
            terutang = True
            if lama:
                batas_penuh = parameter("bea_meterai.batas_tarif_penuh_dokumen_uang", tanggal)
                if nilai_nominal > batas_penuh.desimal:
                    tarif = p_tarif.desimal
                    teks = (f"Kuitansi bernilai {rupiah(nilai_nominal)}, lebih dari "
                            f"{rupiah(batas_penuh.desimal)}: dikenai tarif penuh.")
                    dasar = batas_penuh.dasar_hukum
                else:
                    rendah = parameter("bea_meterai.tarif_rendah", tanggal)
                    tarif = rendah.desimal
                    teks = (f"Kuitansi bernilai {rupiah(nilai_nominal)}, lebih dari "
                            f"{rupiah(batas.desimal)} tetapi tidak lebih dari "
                            f"{rupiah(batas_penuh.desimal)}: dikenai tarif rendah.")
                    dasar = rendah.dasar_hukum
                langkah.append(Langkah(teks, nilai_nominal, dasar))
            else:
                tarif = p_tarif.desimal
                langkah.append(Langkah(
                    f"Kuitansi menyatakan penerimaan uang {rupiah(nilai_nominal)}, lebih dari "
                    f"{rupiah(batas.desimal)}, jadi terutang bea meterai.",
                    nilai_nominal, batas.dasar_hukum))
        else:
            terutang, tarif = False, Decimal(0)
            langkah.append(Langkah(
                f"Kuitansi bernilai {rupiah(nilai_nominal)} tidak lebih dari "
                f"{rupiah(batas.desimal)}, jadi tidak terutang bea meterai (yang terutang hanya "
                f"dokumen bernilai LEBIH DARI {rupiah(batas.desimal)}).",
                nilai_nominal, batas.dasar_hukum))
    else:  # invoice_tagihan
        terutang, tarif = False, Decimal(0)
        dasar = dasar_hukum("bea_meterai.dasar.objek_invoice", tanggal)
        langkah.append(Langkah(
            "Invoice atau tagihan yang hanya meminta pembayaran tidak termasuk dokumen yang "
            "menyebutkan penerimaan uang atau pelunasan utang, jadi menurut bacaan kami tidak "
            "terutang bea meterai.", None, dasar, "teks"))
        peringatan.append(
            "Ini tafsiran atas bunyi undang-undang, dan praktik di lapangan berbeda-beda. Bila "
            "invoice juga menyatakan bahwa pembayaran sudah diterima (misalnya bercap \"LUNAS\" atau "
            "berfungsi sebagai kuitansi), perlakukan sebagai kuitansi: terutang bila nilainya "
            "melewati batas.")

    if terutang:
        langkah.append(Langkah(
            f"Tarif bea meterai per dokumen: {rupiah(tarif)}, dikenakan satu kali untuk setiap "
            "dokumen.", tarif,
            p_tarif.dasar_hukum if tarif == p_tarif.desimal
            else parameter("bea_meterai.tarif_rendah", tanggal).dasar_hukum))
    total = tarif * jumlah_rangkap if terutang else Decimal(0)

    if sepihak:
        pihak = PIHAK_SEPIHAK if jenis_dokumen == "kuitansi" else "penerima dokumen"
        per_pihak = total
        dasar_pihak = dasar_hukum("bea_meterai.dasar.pihak_sepihak", tanggal)
        if terutang:
            langkah.append(Langkah(
                "Kuitansi dibuat sepihak oleh penyedia, jadi bea meterainya terutang oleh pihak yang "
                "menerima kuitansi, yaitu Anda sebagai pembayar (kecuali disepakati lain)."
                if lama else
                "Kuitansi dibuat sepihak oleh penyedia, jadi bea meterainya terutang oleh pihak yang "
                "menerima kuitansi, yaitu Anda sebagai pembayar.",
                per_pihak, dasar_pihak))
        if jumlah_rangkap > 1:
            langkah.append(Langkah(
                f"{jumlah_rangkap} lembar yang ditandatangani dan diserahkan dihitung sebagai "
                f"{jumlah_rangkap} dokumen.", total, dasar_hukum("bea_meterai.dasar.rangkap", tanggal),
                "rupiah"))
            if terutang:
                peringatan.append(
                    "Salinan arsip penyedia yang tidak ditandatangani dan tidak diserahkan kepada "
                    "Anda tidak perlu dihitung sebagai rangkap. Hitung hanya lembar asli yang "
                    "ditandatangani dan diserahkan.")
    else:
        pihak = PIHAK_BERSAMA
        per_pihak = tarif
        langkah.append(Langkah(
            f"Perjanjian dibuat oleh dua pihak atau lebih: setiap pihak menanggung bea meterai atas "
            f"rangkap yang diterimanya. Dengan {jumlah_rangkap} rangkap, masing-masing pihak yang "
            f"menerima satu rangkap menanggung {rupiah(tarif)}.",
            per_pihak, dasar_hukum("bea_meterai.dasar.pihak_bersama", tanggal)))
        if jumlah_rangkap == 1:
            peringatan.append(
                "Perjanjian hanya dibuat satu rangkap: bea meterainya ditanggung pihak yang "
                "menerima rangkap itu. Biasanya setiap pihak memegang satu rangkap asli.")
    langkah.append(Langkah(
        f"Jumlah bea meterai untuk {jumlah_rangkap} rangkap.", total,
        dasar_hukum("bea_meterai.dasar.jumlah_perjanjian" if jenis_dokumen == "surat_perjanjian"
                    else "bea_meterai.dasar.jumlah_dokumen_uang", tanggal)))
    if terutang and not lama:
        langkah.append(Langkah(
            "Lunasi dengan meterai tempel atau meterai elektronik pada dokumen, paling lambat saat "
            "perjanjian ditandatangani atau kuitansi diserahkan.", None,
            dasar_hukum("bea_meterai.dasar.pelunasan", tanggal), "teks"))
    return HasilBeaMeterai(
        terutang=terutang, tarif=tarif, per_pihak=per_pihak, total=total,
        pihak_terutang=("para_pihak" if not sepihak else "penerima_dokumen") if terutang else "tidak_ada",
        pihak_terutang_teks=pihak if terutang else "tidak ada (dokumen tidak terutang bea meterai)",
        langkah=tuple(langkah), peringatan=tuple(peringatan),
    )
