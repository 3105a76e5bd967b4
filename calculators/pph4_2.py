"""PPh Pasal 4 ayat (2) final on rent of land and/or buildings, withheld by a corporate tenant."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from .format import persen, rupiah
from .hasil import Langkah, Pemotongan
from .parameter import parameter
from .pembulatan import bulat_rupiah, dasar_pembulatan


def pph4_2_sewa(bruto: Decimal, tanggal: date) -> Pemotongan:
    """10% of the gross rent (excluding PPN); no NPWP surcharge applies to final PPh 4(2)."""
    tarif = parameter("pph4_2.sewa_tanah_bangunan", tanggal)
    dpp = bulat_rupiah(bruto)
    pajak = bulat_rupiah(dpp * tarif.desimal)
    return Pemotongan(dpp, tarif.desimal, pajak, (
        Langkah("Dasar pemotongan adalah jumlah bruto nilai sewa tanpa PPN, termasuk biaya layanan "
                "yang dibayar bersama sewa.", dpp, tarif.dasar_hukum),
        Langkah(f"PPh Pasal 4 ayat (2) = {persen(tarif.desimal)} × {rupiah(dpp)}, final, tanpa kenaikan "
                "tarif walau penerima tidak punya NPWP.", pajak, f"{tarif.dasar_hukum}; {dasar_pembulatan(tanggal)}"),
    ))
