"""PPh Pasal 23 withheld from a resident entity (or BUT)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from .format import persen, rupiah
from .hasil import Langkah, Pemotongan
from .parameter import dasar_hukum, parameter
from .pembulatan import bulat_rupiah, dasar_pembulatan

JENIS_PPH23 = ("jasa", "sewa_harta", "royalti", "bunga", "hadiah")
NAMA_JENIS = {
    "jasa": "imbalan jasa",
    "sewa_harta": "sewa harta selain tanah/bangunan",
    "royalti": "royalti",
    "bunga": "bunga",
    "hadiah": "hadiah atau penghargaan",
}


def tarif_pph23(jenis: str, punya_npwp: bool, tanggal: date) -> tuple[Decimal, list[Langkah]]:
    dasar = parameter(f"pph23.tarif.{jenis}", tanggal)
    tarif = dasar.desimal
    langkah = [
        Langkah(f"Tarif PPh 23 untuk {NAMA_JENIS[jenis]}: {persen(tarif)}.", tarif,
                dasar.dasar_hukum, "persen")
    ]
    if not punya_npwp:
        pengali = parameter("pph23.pengali_tanpa_npwp", tanggal)
        tarif = tarif * pengali.desimal
        langkah.append(Langkah(
            f"Penerima tidak punya NPWP, jadi tarifnya 100% lebih tinggi: {persen(tarif)}.",
            tarif, pengali.dasar_hukum, "persen"))
    return tarif, langkah


def pph23(bruto: Decimal, jenis: str, punya_npwp: bool, tanggal: date,
          dikecualikan: Decimal = Decimal(0)) -> Pemotongan:
    """PPh 23 = tarif x jumlah bruto (tanpa PPN), dibulatkan ke rupiah penuh pada bukti potong."""
    if jenis not in JENIS_PPH23:
        raise ValueError(f"Jenis penghasilan PPh 23 tidak dikenal: {jenis}")
    langkah: list[Langkah] = []
    dpp = bruto - dikecualikan
    if dikecualikan:
        langkah.append(Langkah(
            f"Jumlah bruto {rupiah(bruto)} dikurangi komponen yang dikecualikan dan didukung "
            f"dokumen ({rupiah(dikecualikan)}), misalnya gaji pekerja penyedia tenaga kerja.",
            dpp, dasar_hukum("pph23.dasar.pengecualian_komponen", tanggal)))
    dpp = bulat_rupiah(dpp)
    langkah.append(Langkah(
        "Dasar pemotongan PPh 23 adalah jumlah bruto tanpa PPN.", dpp,
        f"{dasar_hukum('pph23.dasar.pemotongan', tanggal)}; {dasar_pembulatan(tanggal)}"))
    tarif, l_tarif = tarif_pph23(jenis, punya_npwp, tanggal)
    langkah.extend(l_tarif)
    pajak = bulat_rupiah(dpp * tarif)
    langkah.append(Langkah(
        f"PPh 23 = {persen(tarif)} × {rupiah(dpp)}, dibulatkan ke rupiah penuh.", pajak,
        dasar_pembulatan(tanggal)))
    return Pemotongan(dpp, tarif, pajak, tuple(langkah))
