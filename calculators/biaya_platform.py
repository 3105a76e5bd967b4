"""What a payment costs the client and what the provider receives, by channel.

Channels: freelance platforms (Upwork, Fiverr, Freelancer.com, Projects.co.id, Sribu), a bank
escrow, a rekber (informal escrow), and a direct transfer. Platform fees are dated data in
``parameter/platform.toml`` (terms of service, not law), each overridable by the reader; a bank
escrow, a rekber and a transfer have no standard tariff, so their fees are the reader's inputs.

The money flow, in rupiah (amounts in dollars converted at the reader's rate):

1. The service price ``P`` (excluding PPN) is what the provider charges for the work. The tax
   engine gives the PPN (when the provider is PKP) and the income tax on ``P``.
2. The client funds the channel with ``D = P + PPN - PPh`` when it withholds (it deposits the PPh
   itself), or ``D = P + PPN`` when it bears the tax on top or does not withhold.
3. Client-side fees are charged on ``D`` (percentages, minimums, per-contract and small-order fees),
   plus the client's own currency spread on a dollar platform.
4. Provider-side fees are deducted from ``D`` (with minimums; PPN on the fee where the platform
   charges it, computed by the tax engine), then the withdrawal fee and the currency spread.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .format import angka, persen, rupiah
from .parameter import TanggalTidakDicakup, berkas, parameter
from .pembulatan import bulat_rupiah

NOL = Decimal(0)

SALURAN = ("upwork", "fiverr", "freelancer", "projects", "sribu", "escrow_bank", "rekber", "transfer_langsung")
NAMA_SALURAN = {
    "upwork": "Upwork", "fiverr": "Fiverr", "freelancer": "Freelancer.com", "projects": "Projects.co.id",
    "sribu": "Sribu", "escrow_bank": "Escrow bank", "rekber": "Rekber (rekening bersama)",
    "transfer_langsung": "Transfer langsung",
}
BERDOLAR = ("upwork", "fiverr", "freelancer")


@dataclass(frozen=True)
class Tarif:
    """One fee of one channel: the input key is ``<saluran>_<kunci>``."""

    kunci: str
    nama: str
    jenis: str  # persen | usd | rupiah
    pihak: str  # klien | penyedia | pilihan (who pays is an input)
    ada_data: bool = True


TARIF: dict[str, tuple[Tarif, ...]] = {
    "upwork": (
        Tarif("klien_persen", "Marketplace Fee klien", "persen", "klien"),
        Tarif("klien_kontrak_usd", "Contract Initiation Fee per kontrak baru", "usd", "klien"),
        Tarif("penyedia_persen", "Biaya layanan pekerja lepas", "persen", "penyedia"),
        Tarif("penarikan_usd", "Biaya penarikan ke bank lokal", "usd", "penyedia"),
        Tarif("selisih_kurs", "Selisih kurs saat dicairkan ke rupiah", "persen", "penyedia"),
    ),
    "fiverr": (
        Tarif("klien_persen", "Service fee pembeli", "persen", "klien"),
        Tarif("klien_pesanan_kecil_usd", "Biaya pesanan kecil", "usd", "klien"),
        Tarif("batas_pesanan_kecil_usd", "Batas pesanan kecil", "usd", "klien"),
        Tarif("penyedia_persen", "Bagian Fiverr dari penghasilan penjual", "persen", "penyedia"),
        Tarif("penarikan_usd", "Biaya penarikan", "usd", "penyedia", ada_data=False),
        Tarif("selisih_kurs", "Selisih kurs saat dicairkan ke rupiah", "persen", "penyedia", ada_data=False),
    ),
    "freelancer": (
        Tarif("klien_persen", "Biaya proyek pemberi kerja", "persen", "klien"),
        Tarif("klien_minimum_usd", "Biaya pemberi kerja paling sedikit (harga tetap)", "usd", "klien"),
        Tarif("penyedia_persen", "Biaya proyek pekerja lepas", "persen", "penyedia"),
        Tarif("penyedia_minimum_usd", "Biaya pekerja lepas paling sedikit (harga tetap)", "usd", "penyedia"),
        Tarif("penarikan_usd", "Biaya penarikan", "usd", "penyedia", ada_data=False),
        Tarif("selisih_kurs", "Selisih kurs saat dicairkan ke rupiah", "persen", "penyedia", ada_data=False),
    ),
    "projects": (
        Tarif("klien_persen", "Biaya owner", "persen", "klien"),
        Tarif("penyedia_persen", "Biaya layanan worker", "persen", "penyedia"),
        Tarif("penarikan", "Biaya penarikan", "rupiah", "penyedia", ada_data=False),
    ),
    "sribu": (
        Tarif("klien_persen", "Biaya klien", "persen", "klien"),
        Tarif("penyedia_persen", "Biaya layanan freelancer (ditambah PPN)", "persen", "penyedia"),
        Tarif("penarikan", "Biaya penarikan", "rupiah", "penyedia", ada_data=False),
    ),
    "escrow_bank": (
        Tarif("biaya_persen", "Biaya escrow (persen dari dana)", "persen", "pilihan", ada_data=False),
        Tarif("biaya_tetap", "Biaya escrow tetap", "rupiah", "pilihan", ada_data=False),
    ),
    "rekber": (
        Tarif("biaya_persen", "Biaya rekber (persen dari dana)", "persen", "pilihan", ada_data=False),
        Tarif("biaya_tetap", "Biaya rekber tetap", "rupiah", "pilihan", ada_data=False),
    ),
    "transfer_langsung": (
        Tarif("biaya_transfer", "Biaya transfer antarbank", "rupiah", "klien", ada_data=False),
    ),
}


@dataclass(frozen=True)
class NilaiTarif:
    """The value used for one fee, where it came from, and how sure the source is."""

    tarif: Tarif
    nilai: Decimal
    dari_data: bool  # False: the reader's own figure
    nilai_data: Decimal | None
    per: date | None
    sumber: str
    dasar: str
    keyakinan: str  # tinggi | sedang | rendah | "" (no data)
    catatan: str


def _meta(saluran: str, kunci: str, tanggal: date) -> tuple[Decimal, date, str, str, str, str] | None:
    """Value in force on ``tanggal`` plus its source and confidence; None if no data covers it."""
    jalur = f"platform.{saluran}.{kunci}"
    try:
        p = parameter(jalur, tanggal)
    except (KeyError, TanggalTidakDicakup):
        return None
    mentah = next(v for v in berkas("platform")[saluran][kunci]["nilai"] if v["mulai"] == p.mulai)
    return p.desimal, p.mulai, p.sumber, p.dasar_hukum, mentah.get("keyakinan", ""), mentah.get("catatan", "")


def tarif_data(saluran: str, kunci: str, tanggal: date) -> NilaiTarif:
    """The data value of one fee (raises TanggalTidakDicakup before the first known date)."""
    t = next(x for x in TARIF[saluran] if x.kunci == kunci)
    if not t.ada_data:
        return NilaiTarif(t, NOL, True, None, None, "", "", "", "Tidak ada data tarif; isi sendiri bila ada.")
    meta = _meta(saluran, kunci, tanggal)
    if meta is None:
        parameter(f"platform.{saluran}.{kunci}", tanggal)  # re-raise with the standard message
        raise AssertionError("unreachable")
    nilai, per, sumber, dasar, yakin, catatan = meta
    return NilaiTarif(t, nilai, True, nilai, per, sumber, dasar, yakin, catatan)


def tarif_dipakai(saluran: str, tanggal: date, ubah: dict[str, Decimal | None]) -> dict[str, NilaiTarif]:
    """Every fee of ``saluran``: the reader's figure when given, otherwise the data."""
    hasil = {}
    for t in TARIF[saluran]:
        diberi = ubah.get(t.kunci)
        if diberi is None:
            hasil[t.kunci] = tarif_data(saluran, t.kunci, tanggal)
            continue
        meta = _meta(saluran, t.kunci, tanggal) if t.ada_data else None
        if meta is None:
            hasil[t.kunci] = NilaiTarif(t, diberi, False, None, None, "", "", "", "")
        else:
            nilai, per, sumber, dasar, yakin, catatan = meta
            hasil[t.kunci] = NilaiTarif(t, diberi, diberi == nilai, nilai, per, sumber, dasar, yakin, catatan)
    return hasil


@dataclass(frozen=True)
class Pos:
    """One line of the money flow, in rupiah (unrounded until display)."""

    nama: str
    pihak: str  # klien | penyedia
    jumlah: Decimal
    rumus: str


@dataclass
class Aliran:
    dana: Decimal
    pos: list[Pos] = field(default_factory=list)

    def biaya(self, pihak: str) -> Decimal:
        return sum((bulat_rupiah(p.jumlah) for p in self.pos if p.pihak == pihak), NOL)


def aliran(saluran: str, dana: Decimal, kurs: Decimal | None, tarif: dict[str, NilaiTarif],
           harga_tetap: bool, selisih_kurs_klien: Decimal, dibayar_oleh: str = "klien",
           ppn_biaya=None) -> Aliran:
    """Fees on the funded amount ``dana`` (rupiah). ``ppn_biaya(x)`` gives the PPN on a platform fee
    (from the tax engine) where the platform charges it."""
    def v(k: str) -> Decimal:
        return tarif[k].nilai if k in tarif else NOL

    def usd(x: Decimal) -> Decimal:
        assert kurs is not None
        return x * kurs

    a = Aliran(dana)
    if saluran in ("upwork", "fiverr", "freelancer", "projects", "sribu"):
        p = v("klien_persen")
        biaya = dana * p
        rumus = f"{persen(p)} × {rupiah(bulat_rupiah(dana))}"
        if saluran == "freelancer" and harga_tetap and usd(v("klien_minimum_usd")) > biaya:
            biaya = usd(v("klien_minimum_usd"))
            rumus = f"paling sedikit {angka(v('klien_minimum_usd'))} dolar"
        if biaya or p:
            a.pos.append(Pos(tarif["klien_persen"].tarif.nama, "klien", biaya, rumus))
        if saluran == "upwork" and v("klien_kontrak_usd"):
            a.pos.append(Pos(tarif["klien_kontrak_usd"].tarif.nama, "klien", usd(v("klien_kontrak_usd")),
                             f"{angka(v('klien_kontrak_usd'))} dolar"))
        if saluran == "fiverr" and dana < usd(v("batas_pesanan_kecil_usd")) and v("klien_pesanan_kecil_usd"):
            a.pos.append(Pos(tarif["klien_pesanan_kecil_usd"].tarif.nama, "klien", usd(v("klien_pesanan_kecil_usd")),
                             f"{angka(v('klien_pesanan_kecil_usd'))} dolar, pesanan di bawah "
                             f"{angka(v('batas_pesanan_kecil_usd'))} dolar"))
        if saluran in BERDOLAR and selisih_kurs_klien:
            dasar = dana + sum((x.jumlah for x in a.pos), NOL)
            a.pos.append(Pos("Selisih kurs kartu atau bank Anda", "klien", dasar * selisih_kurs_klien,
                             f"{persen(selisih_kurs_klien)} × {rupiah(bulat_rupiah(dasar))}"))
        p = v("penyedia_persen")
        biaya = dana * p
        rumus = f"{persen(p)} × {rupiah(bulat_rupiah(dana))}"
        if saluran == "freelancer" and harga_tetap and usd(v("penyedia_minimum_usd")) > biaya:
            biaya = usd(v("penyedia_minimum_usd"))
            rumus = f"paling sedikit {angka(v('penyedia_minimum_usd'))} dolar"
        a.pos.append(Pos(tarif["penyedia_persen"].tarif.nama, "penyedia", biaya, rumus))
        if saluran == "sribu" and ppn_biaya is not None and biaya:
            a.pos.append(Pos("PPN atas biaya layanan", "penyedia", ppn_biaya(bulat_rupiah(biaya)),
                             f"dihitung mesin pajak dari {rupiah(bulat_rupiah(biaya))}"))
        if "penarikan_usd" in tarif and v("penarikan_usd"):
            a.pos.append(Pos(tarif["penarikan_usd"].tarif.nama, "penyedia", usd(v("penarikan_usd")),
                             f"{angka(v('penarikan_usd'))} dolar"))
        if "penarikan" in tarif and v("penarikan"):
            a.pos.append(Pos(tarif["penarikan"].tarif.nama, "penyedia", v("penarikan"), rupiah(v("penarikan"))))
        if "selisih_kurs" in tarif and v("selisih_kurs"):
            sisa = dana - sum((x.jumlah for x in a.pos if x.pihak == "penyedia"), NOL)
            a.pos.append(Pos(tarif["selisih_kurs"].tarif.nama, "penyedia", max(NOL, sisa) * v("selisih_kurs"),
                             f"{persen(v('selisih_kurs'))} × {rupiah(bulat_rupiah(max(NOL, sisa)))}"))
    elif saluran in ("escrow_bank", "rekber"):
        biaya = dana * v("biaya_persen") + v("biaya_tetap")
        rumus = f"{persen(v('biaya_persen'))} × {rupiah(bulat_rupiah(dana))} + {rupiah(v('biaya_tetap'))}"
        nama = tarif["biaya_persen"].tarif.nama.split(" (")[0]
        if dibayar_oleh == "dibagi":
            a.pos.append(Pos(nama + " (separuh)", "klien", biaya / 2, rumus + ", dibagi dua"))
            a.pos.append(Pos(nama + " (separuh)", "penyedia", biaya / 2, rumus + ", dibagi dua"))
        else:
            a.pos.append(Pos(nama, dibayar_oleh, biaya, rumus))
    elif saluran == "transfer_langsung":
        a.pos.append(Pos(tarif["biaya_transfer"].tarif.nama, "klien", v("biaya_transfer"), rupiah(v("biaya_transfer"))))
    else:
        raise ValueError(saluran)
    return a
