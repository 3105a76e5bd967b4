"""PPh Pasal 26 withheld from a non-resident without a permanent establishment (final)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from .format import persen, rupiah
from .hasil import Langkah, Pemotongan
from .parameter import TanggalTidakDicakup, dasar_hukum, parameter
from .pembulatan import bulat_rupiah, dasar_pembulatan


def pph26(bruto: Decimal, tanggal: date, tarif_p3b: Decimal | None = None,
          dgt_valid: bool = False) -> Pemotongan:
    """20% of gross, or the treaty rate when the payee gave a valid DGT form before the tax point.

    No NPWP surcharge applies to PPh 26 (UU PPh Pasal 26 has no such ayat).
    """
    umum = parameter("pph26.tarif", tanggal)
    dpp = bulat_rupiah(bruto)
    dasar = [umum.dasar_hukum]
    try:  # from 2024 PMK 168/2023 states the 100% base for individuals as well
        dasar.append(parameter("pph26.porsi_dpp_orang_pribadi", tanggal).dasar_hukum)
    except TanggalTidakDicakup:
        pass
    langkah = [Langkah("Dasar pemotongan PPh 26 adalah jumlah bruto (100%).", dpp, "; ".join(dasar))]
    tarif = umum.desimal
    if tarif_p3b is not None and dgt_valid:
        tarif = min(tarif, tarif_p3b)
        langkah.append(Langkah(
            f"Penerima menyerahkan formulir DGT yang sah, jadi tarif tax treaty (P3B) {persen(tarif)} "
            f"dipakai, paling tinggi {persen(umum.desimal)}.", tarif,
            parameter("pph26.formulir_dgt", tanggal).dasar_hukum, "persen"))
    else:
        if tarif_p3b is not None:
            langkah.append(Langkah(
                "Tarif tax treaty hanya boleh dipakai bila formulir DGT yang sah sudah diterima saat "
                f"pajak terutang; tanpa itu tarifnya {persen(umum.desimal)}.", None,
                dasar_hukum("pph26.dasar.p3b", tanggal), "teks"))
        langkah.append(Langkah(f"Tarif PPh 26: {persen(tarif)} (final).", tarif, umum.dasar_hukum, "persen"))
    pajak = bulat_rupiah(dpp * tarif)
    langkah.append(Langkah(f"PPh 26 = {persen(tarif)} × {rupiah(dpp)}, dibulatkan ke rupiah penuh.",
                           pajak, dasar_pembulatan(tanggal)))
    return Pemotongan(dpp, tarif, pajak, tuple(langkah))
