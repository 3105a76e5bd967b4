"""Kode akun pajak (KAP) dan kode jenis setoran (KJS): the deposit codes of each tax the payer deposits.

The codes are dated data (``parameter/kode_setor.toml``). Before Coretax the payer wrote KAP and KJS
on the deposit slip or billing code itself; since 1 January 2025 Coretax makes the billing code of
withheld income tax from the SPT Masa ("Bayar dan Lapor") and fills the KJS itself, so only the KAP is
given, with where the billing code comes from. Nothing here guesses a code the data does not hold.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .parameter import parameter

#: the KJS kind of an income tax by kind of income (anything else: the general "masa" code)
_OBJEK = {"jasa": "jasa", "jasa_tenaga_ahli": "jasa", "jasa_penyediaan_tenaga_kerja": "jasa",
          "honorarium": "jasa", "jasa_dokter": "jasa", "royalti": "royalti", "bunga": "bunga"}


@dataclass(frozen=True)
class KodeSetor:
    """The deposit code of one tax on one date."""

    kap: str
    kjs: str          # "" when Coretax fills it in the billing code
    nama: str
    cara: str         # tulis: the payer writes KAP-KJS; spt: billing from the SPT Masa; mandiri: self-made billing
    dasar_hukum: str

    @property
    def teks(self) -> str:
        """One line for the summary: ``411124-104`` or the KAP with how Coretax makes the billing code."""
        if self.kjs:
            return f"{self.kap}-{self.kjs} ({self.nama})"
        if self.cara == "spt":
            return f"KAP {self.kap}; kode billing dibuat Coretax dari SPT Masa (Bayar dan Lapor)"
        return f"KAP {self.kap}; buat kode billing di Layanan Mandiri Kode Billing Coretax"

    @property
    def kalimat(self) -> str:
        """The step's sentence."""
        if self.kjs:
            return f"Kode setoran {self.nama}: KAP {self.kap}, KJS {self.kjs} ({self.kap}-{self.kjs})."
        if self.cara == "spt":
            return (f"{self.nama} disetor dengan KAP {self.kap}. Di Coretax kode billingnya dibuat otomatis dari "
                    "SPT Masa setelah Anda menekan Bayar dan Lapor; KJS-nya diisi sistem, jadi tidak perlu Anda "
                    "pilih sendiri.")
        return (f"{self.nama} disetor dengan KAP {self.kap}: buat kode billing di menu Layanan Mandiri Kode Billing "
                "Coretax dan pilih jenis setoran untuk pajak ini.")


def konsep_pph(jenis_pph: str, jenis_penghasilan: str) -> str:
    """The parameter key of an income tax's deposit code (``kode_setor.<key>``)."""
    if jenis_pph == "pph21":
        return "pph21"
    if jenis_pph in ("pph23", "pph26"):
        return f"{jenis_pph}.{_OBJEK.get(jenis_penghasilan, 'lainnya')}"
    if jenis_pph == "pph4_2":
        return "pph4_2.sewa_tanah_bangunan" if jenis_penghasilan == "sewa_tanah_bangunan" else "pph4_2.konstruksi"
    if jenis_pph == "pph_final":
        return "pph_final.umkm"
    raise KeyError(f"Tidak ada kode setoran untuk {jenis_pph}")


def kode_setor(konsep: str, tanggal: date) -> KodeSetor:
    """The KAP and KJS of ``konsep`` in force on ``tanggal`` (``TanggalTidakDicakup`` outside the data)."""
    n = parameter(f"kode_setor.{konsep}", tanggal)
    v = n.nilai
    return KodeSetor(kap=v["kap"], kjs=v["kjs"], nama=v["nama"], cara=v["cara"], dasar_hukum=n.dasar_hukum)


def kode_setor_pph(jenis_pph: str, jenis_penghasilan: str, tanggal: date) -> KodeSetor:
    return kode_setor(konsep_pph(jenis_pph, jenis_penghasilan), tanggal)


def kode_setor_ppn(jasa_luar_negeri: bool, pemungut: str, tanggal: date) -> KodeSetor:
    """The deposit code of the PPN the payer deposits itself: on an imported service, or as VAT collector."""
    if jasa_luar_negeri:
        return kode_setor("ppn.jasa_luar_negeri", tanggal)
    return kode_setor("ppn.pemungut_instansi" if pemungut == "instansi_pemerintah" else "ppn.pemungut_bumn", tanggal)
