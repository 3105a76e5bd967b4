"""PPh Pasal 21 withheld from a resident individual who is not an employee (bukan pegawai) or who
takes part in an activity (peserta kegiatan).

From 2024 (PMK 168/2023 Pasal 12 and 16): each payment on its own, DPP = 50% (bukan pegawai) or
100% (peserta kegiatan) of gross, taxed at the Pasal 17 ayat (1) huruf a rates, without PTKP and
without accumulation. The amount is rounded once, to whole rupiah, on the slip (PER-11/PJ/2025).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from .format import persen, rupiah
from .hasil import Langkah, Pemotongan
from .parameter import TanggalTidakDicakup, dasar_hukum, parameter
from .pembulatan import bulat_rupiah, dasar_pembulatan

KATEGORI = ("bukan_pegawai", "peserta_kegiatan")


def lapisan_pasal17(tanggal: date) -> tuple[list[tuple[Decimal | None, Decimal]], str]:
    """The layers (upper bound or None for the last, rate) in force for the tax year of ``tanggal``."""
    p = parameter("pph21.tarif_pasal17", tanggal)
    return [(Decimal(b) if b else None, Decimal(t)) for b, t in p.nilai], p.dasar_hukum


def pasal17(dpp: Decimal, tanggal: date) -> tuple[Decimal, list[Langkah]]:
    """Progressive tax on ``dpp`` (not rounded: the caller rounds once, where the slip does)."""
    lapisan, dasar = lapisan_pasal17(tanggal)
    sisa, bawah, pajak, langkah = dpp, Decimal(0), Decimal(0), []
    for atas, tarif in lapisan:
        if sisa <= 0:
            break
        lebar = sisa if atas is None else min(sisa, atas - bawah)
        bagian = lebar * tarif
        pajak += bagian
        batas = f"di atas {rupiah(bawah)}" if atas is None else f"{rupiah(bawah)} sampai {rupiah(atas)}"
        langkah.append(Langkah(f"Lapisan {batas}: {persen(tarif)} × {rupiah(lebar)}.", bagian, dasar))
        sisa -= lebar
        bawah = atas if atas is not None else bawah
    return pajak, langkah


def _akhir(pajak: Decimal, punya_npwp: bool, tanggal: date, langkah: list[Langkah]) -> Decimal:
    """The last steps every PPh 21 shares: x120% without NPWP, then the one rounding, on the slip."""
    if not punya_npwp:
        pengali = parameter("pph21.pengali_tanpa_npwp", tanggal)
        pajak *= pengali.desimal
        langkah.append(Langkah(
            f"Penerima tidak punya NPWP (atau NIK yang sudah aktif sebagai NPWP), jadi PPh 21 dikali "
            f"{persen(pengali.desimal)}.", pajak, pengali.dasar_hukum))
    pajak = bulat_rupiah(pajak)
    langkah.append(Langkah("PPh 21 yang dipotong, dibulatkan ke rupiah penuh.", pajak, dasar_pembulatan(tanggal)))
    return pajak


def pph21(bruto: Decimal, kategori: str, punya_npwp: bool, tanggal: date,
          dikecualikan: Decimal = Decimal(0)) -> Pemotongan:
    if kategori not in KATEGORI:
        raise ValueError(f"Kategori PPh 21 tidak dikenal: {kategori}")
    langkah: list[Langkah] = []
    dasar_bruto = bruto - dikecualikan
    if dikecualikan:
        langkah.append(Langkah(
            f"Penghasilan bruto {rupiah(bruto)} dikurangi pembayaran yang didukung dokumen "
            f"(upah pekerja penyedia, bahan, atau pembayaran ke pihak ketiga) {rupiah(dikecualikan)}.",
            dasar_bruto, dasar_hukum("pph21.dasar.pengecualian_komponen", tanggal)))
    try:
        porsi = parameter(f"pph21.{kategori}.porsi_dpp", tanggal)
    except TanggalTidakDicakup:
        if kategori == "peserta_kegiatan":
            raise TanggalTidakDicakup(
                "PPh 21 peserta kegiatan: situs ini baru mencakup aturan PMK 168/2023 yang berlaku "
                "sejak 1 Januari 2024.") from None
        raise
    dpp = bulat_rupiah(dasar_bruto * porsi.desimal)
    nama = "bukan pegawai" if kategori == "bukan_pegawai" else "peserta kegiatan"
    langkah.append(Langkah(
        f"Dasar pemotongan PPh 21 {nama} = {persen(porsi.desimal)} × {rupiah(dasar_bruto)}.", dpp,
        f"{porsi.dasar_hukum}; {dasar_pembulatan(tanggal)}"))
    pajak, l17 = pasal17(dpp, tanggal)
    langkah.extend(l17)
    pajak = _akhir(pajak, punya_npwp, tanggal, langkah)
    tarif = pajak / bruto if bruto else Decimal(0)
    return Pemotongan(dpp, tarif, pajak, tuple(langkah))


# --- Pegawai tidak tetap (PP 58/2023, PMK 168/2023), from 1 January 2024 --------------------------

STATUS_PTKP = ("TK/0", "TK/1", "TK/2", "TK/3", "K/0", "K/1", "K/2", "K/3")
CARA_BAYAR = ("harian", "bulanan")


def _lapisan(nilai: list[list[str]]) -> list[tuple[Decimal | None, Decimal]]:
    return [(Decimal(b) if b else None, Decimal(t)) for b, t in nilai]


def _tarif_lapisan(jumlah: Decimal, lapisan: list[tuple[Decimal | None, Decimal]]) -> Decimal:
    """The effective rate of the first layer whose upper bound is not exceeded (bounds inclusive)."""
    for atas, tarif in lapisan:
        if atas is None or jumlah <= atas:
            return tarif
    raise ValueError("lapisan TER tanpa lapisan terakhir")


def _ptt_tercakup(tanggal: date) -> None:
    try:
        parameter("pph21_ter.batas_harian", tanggal)
    except TanggalTidakDicakup:
        raise TanggalTidakDicakup(
            "PPh 21 pegawai tidak tetap: situs ini baru mencakup tarif efektif PP 58/2023 dan PMK 168/2023 "
            "yang berlaku sejak 1 Januari 2024. Untuk pembayaran sebelum itu (PER-16/PJ/2016) hitung "
            "secara manual.") from None


def pph21_pegawai_tidak_tetap(bruto: Decimal, cara_bayar: str, jumlah_hari: int, status_ptkp: str,
                              punya_npwp: bool, tanggal: date) -> Pemotongan:
    """PPh 21 on a casual worker (pegawai tidak tetap) paid by the payer directly.

    Paid by the day, week, piece or job (``harian``): the average daily gross decides. Up to the
    daily limit, the daily TER band of that average times the gross; above it, 50% of the gross at
    the Pasal 17 rates. Paid by the month (``bulanan``): the monthly TER of the worker's PTKP
    category times the monthly gross. Without NPWP, x 120%. Rounded once, on the slip.
    """
    if cara_bayar not in CARA_BAYAR:
        raise ValueError(f"Cara pembayaran tidak dikenal: {cara_bayar}")
    if status_ptkp not in STATUS_PTKP:
        raise ValueError(f"Status PTKP tidak dikenal: {status_ptkp}")
    _ptt_tercakup(tanggal)
    langkah: list[Langkah] = []
    if cara_bayar == "bulanan":
        kategori = parameter("pph21_ter.kategori", tanggal)
        huruf = kategori.nilai[status_ptkp]
        langkah.append(Langkah(f"Status PTKP {status_ptkp} termasuk kategori TER {huruf}.", None,
                               kategori.dasar_hukum, "teks"))
        tabel = parameter(f"pph21_ter.bulanan_{huruf.lower()}", tanggal)
        tarif = _tarif_lapisan(bruto, _lapisan(tabel.nilai))
        pajak = bruto * tarif
        langkah.append(Langkah(f"Tarif efektif bulanan kategori {huruf} untuk penghasilan bruto "
                               f"{rupiah(bruto)} sebulan: {persen(tarif)}; {persen(tarif)} × {rupiah(bruto)}.",
                               pajak, tabel.dasar_hukum))
        dpp = bruto
    else:
        hari = max(int(jumlah_hari), 1)
        rata = bruto / hari
        batas = parameter("pph21_ter.batas_harian", tanggal)
        langkah.append(Langkah(f"Rata-rata penghasilan bruto sehari: {rupiah(bruto)} ÷ {hari} hari.",
                               bulat_rupiah(rata), batas.dasar_hukum))
        if rata <= batas.desimal:
            harian = parameter("pph21_ter.harian", tanggal)
            tarif = _tarif_lapisan(rata, _lapisan(harian.nilai))
            pajak = bruto * tarif
            dpp = bruto
            langkah.append(Langkah(f"Tidak lebih dari {rupiah(batas.desimal)} sehari, jadi dipakai tarif efektif "
                                   f"harian {persen(tarif)}; {persen(tarif)} × {rupiah(bruto)}.",
                                   pajak, harian.dasar_hukum))
        else:
            porsi = parameter("pph21_ter.porsi_dpp_di_atas_batas", tanggal)
            dpp = bulat_rupiah(bruto * porsi.desimal)
            langkah.append(Langkah(
                f"Lebih dari {rupiah(batas.desimal)} sehari, jadi tidak memakai tarif efektif harian: dasar "
                f"pemotongan {persen(porsi.desimal)} × {rupiah(bruto)}, dikenai tarif Pasal 17 untuk pembayaran "
                "ini (tafsiran situs ini atas PMK 168/2023: lapisan tarif diterapkan pada pembayaran itu, "
                "bukan per hari).", dpp, f"{porsi.dasar_hukum}; {dasar_pembulatan(tanggal)}"))
            pajak, l17 = pasal17(dpp, tanggal)
            langkah.extend(l17)
    pajak = _akhir(pajak, punya_npwp, tanggal, langkah)
    return Pemotongan(dpp, pajak / bruto if bruto else Decimal(0), pajak, tuple(langkah))


# --- Bukan pegawai paid continuously, before 2024 (PMK 252/2008, PER-16/PJ/2016) --------------------

def ptkp_setahun(status: str, tanggal: date) -> tuple[Decimal, Langkah]:
    """PTKP for a year by status ("K/2": married, two dependants), with the values of that tax year."""
    if status not in STATUS_PTKP:
        raise ValueError(f"Status PTKP tidak dikenal: {status}")
    kawin, tanggungan = status.split("/")
    diri = parameter("ptkp.diri", tanggal)
    tambahan_kawin = parameter("ptkp.kawin", tanggal)
    per_tanggungan = parameter("ptkp.tanggungan", tanggal)
    n = min(int(tanggungan), int(parameter("ptkp.tanggungan_maks", tanggal).nilai))
    jumlah = diri.desimal + (tambahan_kawin.desimal if kawin == "K" else Decimal(0)) + n * per_tanggungan.desimal
    rincian, dasar = f"{rupiah(diri.desimal)} untuk diri", [diri.dasar_hukum]
    if kawin == "K":
        rincian += f" + {rupiah(tambahan_kawin.desimal)} kawin"
        dasar.append(tambahan_kawin.dasar_hukum)
    if n:
        rincian += f" + {n} × {rupiah(per_tanggungan.desimal)} tanggungan"
        dasar.append(per_tanggungan.dasar_hukum)
    return jumlah, Langkah(f"PTKP setahun status {status} pada tahun itu: {rincian}.", jumlah,
                           "; ".join(dict.fromkeys(dasar)))


def pph21_kumulatif(bruto: Decimal, sebelumnya: Decimal, punya_npwp: bool, tanggal: date,
                    status_ptkp: str | None = None, jumlah_bulan: int | None = None) -> Pemotongan:
    """Before 2024, continuous payments to a non-employee were cumulated over the calendar year:
    the Pasal 17 rates applied to 50% of the year's gross so far, this payment's tax being the
    increase. A recipient with an NPWP whose only income is from this payer (``status_ptkp`` given)
    deducts PTKP per month: 1/12 of the year's PTKP for each month paid so far (``jumlah_bulan``,
    by default the month of ``tanggal``, i.e. paid every month since January)."""
    porsi = parameter("pph21.bukan_pegawai.porsi_dpp", tanggal)
    if tanggal >= parameter("pph21.kumulatif_sampai", tanggal).nilai:
        raise ValueError("penghitungan kumulatif hanya untuk pembayaran sebelum 2024")
    kum = parameter("pph21.kumulatif_sampai", tanggal)
    langkah: list[Langkah] = []
    dpp_lalu = bulat_rupiah(sebelumnya * porsi.desimal)
    dpp_kini = bulat_rupiah((sebelumnya + bruto) * porsi.desimal)
    langkah.append(Langkah(
        f"Pembayaran berkesinambungan sebelum 2024 dihitung kumulatif dalam satu tahun kalender: dasar "
        f"pemotongan sampai pembayaran ini {persen(porsi.desimal)} × ({rupiah(sebelumnya)} + {rupiah(bruto)}).",
        dpp_kini, f"{kum.dasar_hukum}; {porsi.dasar_hukum}"))
    syarat = parameter("ptkp.bukan_pegawai_satu_pemotong", tanggal)
    if status_ptkp is not None and not punya_npwp:
        langkah.append(Langkah("PTKP tidak dikurangkan: pengurangan PTKP bagi bukan pegawai mensyaratkan NPWP.",
                               None, syarat.dasar_hukum, "teks"))
    elif status_ptkp is not None and syarat.nilai:
        setahun, l_ptkp = ptkp_setahun(status_ptkp, tanggal)
        langkah.append(l_ptkp)
        n = jumlah_bulan if jumlah_bulan is not None else tanggal.month
        if not 1 <= n <= tanggal.month:
            raise ValueError(f"jumlah bulan harus 1 sampai {tanggal.month} (bulan pembayaran ini)")
        cara = "bulan yang Anda sebutkan" if jumlah_bulan is not None else \
            "dianggap dibayar setiap bulan sejak Januari"
        per_bulan = setahun / 12
        # earlier payments fell in the earlier months (in January: in this same month)
        bulan_lalu = max(n - 1, 1) if sebelumnya > 0 else 0
        ptkp_kini, ptkp_lalu = per_bulan * n, per_bulan * bulan_lalu
        langkah.append(Langkah(
            f"Penerima ber-NPWP dan hanya berpenghasilan dari Anda: dikurangi PTKP sebulan "
            f"{rupiah(bulat_rupiah(per_bulan))} untuk {n} bulan ({cara}).", bulat_rupiah(ptkp_kini),
            syarat.dasar_hukum))
        dpp_kini = max(Decimal(0), dpp_kini - bulat_rupiah(ptkp_kini))
        dpp_lalu = max(Decimal(0), dpp_lalu - bulat_rupiah(ptkp_lalu))
        langkah.append(Langkah("Penghasilan kena pajak kumulatif sampai pembayaran ini (tidak kurang dari nol).",
                               dpp_kini, syarat.dasar_hukum))
    pajak_kini, l17 = pasal17(dpp_kini, tanggal)
    langkah.extend(l17)
    pajak_lalu, _ = pasal17(dpp_lalu, tanggal)
    langkah.append(Langkah(f"Dikurangi PPh 21 atas dasar kumulatif sebelum pembayaran ini ({rupiah(dpp_lalu)}).",
                           pajak_lalu, kum.dasar_hukum))
    pajak = pajak_kini - pajak_lalu
    if pajak < 0:  # PTKP of a new month larger than half of this payment: nothing to withhold now
        pajak = Decimal(0)
        langkah.append(Langkah("PTKP bulan ini lebih besar daripada tambahan dasar pemotongannya, jadi tidak ada "
                               "PPh 21 yang dipotong dari pembayaran ini.", pajak, kum.dasar_hukum))
    else:
        langkah.append(Langkah("PPh 21 pembayaran ini = selisih keduanya.", pajak, kum.dasar_hukum))
    if status_ptkp is None:
        langkah.append(Langkah(
            "Catatan: PTKP tidak dikurangkan. Penerima yang ber-NPWP dan hanya berpenghasilan dari Anda, "
            "tanpa penghasilan lain, boleh mengurangkan PTKP per bulan menurut aturan lama: jawab "
            "pertanyaan itu untuk menghitungnya.", None, syarat.dasar_hukum, "teks"))
    pajak = _akhir(pajak, punya_npwp, tanggal, langkah)
    return Pemotongan(dpp_kini - dpp_lalu, pajak / bruto if bruto else Decimal(0), pajak, tuple(langkah))
