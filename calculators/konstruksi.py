"""PPh final Pasal 4 ayat (2) on construction services (PP 51/2008 as amended by PP 40/2009, and by
PP 9/2022 from 21 February 2022), withheld by the customer from the gross contract value excluding
PPN, whoever the contractor is (an entity or an individual: not PPh 21 or PPh 23). No NPWP surcharge.

The rate depends on the kind of work and the contractor's certificate, by payment date:
``pelaksanaan`` (construction work), ``terintegrasi`` (integrated design-and-build, only from PP
9/2022) and ``konsultansi`` (construction consultancy: design, supervision).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from .format import persen, rupiah
from .hasil import Langkah, Pemotongan
from .parameter import TanggalTidakDicakup, parameter
from .pembulatan import bulat_rupiah, dasar_pembulatan

PEKERJAAN = {"konstruksi_pelaksanaan": "pelaksanaan", "konstruksi_terintegrasi": "terintegrasi",
             "konstruksi_konsultansi": "konsultansi"}
SERTIFIKAT = ("kualifikasi_kecil", "perseorangan", "kualifikasi_lain", "tidak_ada")
NAMA_PEKERJAAN = {"pelaksanaan": "pekerjaan konstruksi", "terintegrasi": "pekerjaan konstruksi terintegrasi",
                  "konsultansi": "jasa konsultansi konstruksi"}


def golongan_tarif(pekerjaan: str, sertifikat: str) -> str:
    """The rate table for this kind of work and certificate (integrated and consultancy work only
    distinguish certified from uncertified providers)."""
    if pekerjaan == "pelaksanaan":
        return sertifikat
    return "tidak_ada" if sertifikat == "tidak_ada" else "bersertifikat"


def pph4_2_konstruksi(bruto: Decimal, jenis_penghasilan: str, sertifikat: str, tanggal: date) -> Pemotongan:
    if jenis_penghasilan not in PEKERJAAN:
        raise ValueError(f"Jenis jasa konstruksi tidak dikenal: {jenis_penghasilan}")
    if sertifikat not in SERTIFIKAT:
        raise ValueError(f"Sertifikat konstruksi tidak dikenal: {sertifikat}")
    pekerjaan = PEKERJAAN[jenis_penghasilan]
    jalur = f"konstruksi.tarif.{pekerjaan}.{golongan_tarif(pekerjaan, sertifikat)}"
    try:
        tarif = parameter(jalur, tanggal)
    except TanggalTidakDicakup:
        if pekerjaan == "terintegrasi":
            raise TanggalTidakDicakup(
                "Pekerjaan konstruksi terintegrasi baru punya tarif PPh final sendiri sejak PP 9/2022 (berlaku "
                "21 Februari 2022); untuk pembayaran sebelum itu pisahkan bagian perencanaan (konsultansi) dan "
                "pelaksanaannya.") from None
        raise
    dpp = bulat_rupiah(bruto)
    pajak = bulat_rupiah(dpp * tarif.desimal)
    return Pemotongan(dpp, tarif.desimal, pajak, (
        Langkah("Dasar pemotongan adalah jumlah bruto nilai kontrak jasa konstruksi tanpa PPN.", dpp,
                parameter("konstruksi.subjek", tanggal).dasar_hukum),
        Langkah(f"Tarif untuk {NAMA_PEKERJAAN[pekerjaan]} oleh penyedia ini ({tarif.keterangan.lower()}): "
                f"{persen(tarif.desimal)}.", tarif.desimal, tarif.dasar_hukum, "persen"),
        Langkah(f"PPh final Pasal 4 ayat (2) = {persen(tarif.desimal)} × {rupiah(dpp)}, tanpa kenaikan tarif "
                "walau penyedia tidak punya NPWP.", pajak, dasar_pembulatan(tanggal)),
    ))
