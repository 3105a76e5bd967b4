"""A payment schedule: down payment, milestones and retention that add up to the contract value.

Each part is a percentage of the contract, a fixed amount, or ``sisa`` (whatever is left; at most
one part). Percentage parts are rounded down to whole rupiah; the few rupiah this leaves over go to
one stated payment (the ``sisa`` part if there is one, otherwise the first or the last payment), so
the parts always add up to the contract value to the rupiah. Without a ``sisa`` part, the parts as
written must already add up to the whole; a schedule that does not is refused with the difference,
never silently stretched.

Taxes per payment come from the tax engine (``pajak_jasa``), not from here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from .format import persen, rupiah
from .masukan import Jenis, NilaiTidakSah, baca_angka, baca_tanggal

NOL = Decimal(0)
SATU_RUPIAH = Decimal(1)


@dataclass(frozen=True)
class Bagian:
    """How a part is written: ``jenis`` is persen | jumlah | sisa; ``nilai`` a fraction or rupiah."""

    jenis: str
    nilai: Decimal = NOL

    @property
    def kosong(self) -> bool:
        return self.jenis != "sisa" and self.nilai == 0

    def teks(self) -> str:
        if self.jenis == "persen":
            return persen(self.nilai)
        if self.jenis == "jumlah":
            return rupiah(self.nilai)
        return "sisa"


def baca_bagian(teks: str) -> Bagian:
    """'30%' / '30 %' -> percentage; 'Rp 5.000.000', '5 jt' -> amount; 'sisa' -> the rest."""
    s = str(teks).strip()
    if not s:
        raise NilaiTidakSah("Wajib diisi.")
    if s.lower() in ("sisa", "sisanya"):
        return Bagian("sisa")
    if s.endswith("%"):
        p = baca_angka(s[:-1].strip())
        if not NOL <= p <= 100:
            raise NilaiTidakSah(f"“{s}”: persentase harus antara 0% dan 100%.")
        return Bagian("persen", p / 100)
    nilai = baca_angka(s)
    if nilai < 0:
        raise NilaiTidakSah(f"“{s}”: jumlah tidak boleh negatif.")
    if nilai != nilai.to_integral_value():
        raise NilaiTidakSah(f"“{s}”: tulis dalam rupiah penuh, tanpa sen.")
    return Bagian("jumlah", nilai)


@dataclass(frozen=True)
class PersenAtauJumlah(Jenis):
    """Input kind: '30%', 'Rp 5.000.000' or '5 jt' (no 'sisa')."""

    def baca(self, mentah) -> Bagian:
        if isinstance(mentah, (int, Decimal)) and not isinstance(mentah, bool):
            mentah = str(mentah)
        if not isinstance(mentah, str):
            raise NilaiTidakSah("Tulis persentase (misalnya 30%) atau jumlah rupiah (misalnya 5 jt).")
        b = baca_bagian(mentah)
        if b.jenis == "sisa":
            raise NilaiTidakSah("“sisa” hanya boleh dipakai pada satu baris termin.")
        return b


@dataclass(frozen=True)
class BarisTermin:
    keterangan: str
    bagian: Bagian
    tanggal: date
    baris: int = 0


def baca_termin(teks: str) -> list[BarisTermin]:
    """One milestone a line: 'Deliverable; 30%; 2026-01-15' (amount or 'sisa' instead of %)."""
    hasil = []
    for no, baris in enumerate(str(teks).splitlines(), 1):
        if not baris.strip() or baris.strip().startswith("#"):
            continue
        bagian = [b.strip() for b in baris.split(";")]
        if len(bagian) != 3:
            raise NilaiTidakSah(
                f"Baris {no}: tulis hasil kerja; persentase atau jumlah; tanggal, dipisah titik koma. "
                "Contoh: Desain disetujui; 30%; 2026-01-15")
        ket, nilai, tgl = bagian
        if not ket:
            raise NilaiTidakSah(f"Baris {no}: tulis hasil kerja (deliverable) termin ini.")
        try:
            b = baca_bagian(nilai)
            t = baca_tanggal(tgl)
        except NilaiTidakSah as e:
            raise NilaiTidakSah(f"Baris {no}: {e}") from None
        hasil.append(BarisTermin(re.sub(r"\s+", " ", ket), b, t, no))
    if not hasil:
        raise NilaiTidakSah("Tulis paling sedikit satu termin.")
    if sum(1 for h in hasil if h.bagian.jenis == "sisa") > 1:
        raise NilaiTidakSah("“sisa” hanya boleh dipakai pada satu baris termin.")
    if len(hasil) > 60:
        raise NilaiTidakSah("Paling banyak 60 termin.")
    return hasil


@dataclass(frozen=True)
class Pembayaran:
    """One payment of the schedule, before taxes."""

    label: str
    keterangan: str
    tanggal: date
    bagian: Bagian
    bruto: Decimal
    jenis: str  # uang_muka | termin | retensi
    tambahan_pembulatan: Decimal = NOL


def bagi(nilai_kontrak: Decimal, rencana: list[tuple[str, str, date, Bagian, str]],
         sisa_ke: str = "terakhir") -> list[Pembayaran]:
    """Split ``nilai_kontrak`` over ``rencana`` [(label, keterangan, tanggal, bagian, jenis)].

    Raises ``ValueError`` (Indonesian message) when the parts cannot add up to the whole.
    """
    if nilai_kontrak != nilai_kontrak.to_integral_value() or nilai_kontrak <= 0:
        raise ValueError("Nilai kontrak harus rupiah penuh dan lebih dari nol.")
    tetap = sum((b.nilai for *_, b, _ in rencana if b.jenis == "jumlah"), NOL)
    persen_total = sum((b.nilai for *_, b, _ in rencana if b.jenis == "persen"), NOL)
    ada_sisa = any(b.jenis == "sisa" for *_, b, _ in rencana)
    tertulis = tetap + nilai_kontrak * persen_total
    if ada_sisa:
        if tertulis >= nilai_kontrak:
            raise ValueError(
                f"Bagian yang ditulis sudah {rupiah(tertulis)}, melebihi nilai kontrak {rupiah(nilai_kontrak)} "
                f"sebesar {rupiah(tertulis - nilai_kontrak)}; tidak ada yang tersisa untuk baris “sisa”."
                if tertulis > nilai_kontrak else
                "Bagian yang ditulis sudah sama dengan nilai kontrak; tidak ada yang tersisa untuk baris “sisa”.")
    elif tertulis != nilai_kontrak:
        selisih = nilai_kontrak - tertulis
        arah = "kurang" if selisih > 0 else "lebih"
        raise ValueError(
            f"Semua bagian berjumlah {rupiah(tertulis)} ({persen((tertulis / nilai_kontrak).quantize(Decimal('0.0001')))} "
            f"dari nilai kontrak), {arah} {rupiah(abs(selisih))}. Sesuaikan persentase atau jumlahnya, "
            "atau tulis “sisa” pada satu termin agar kalkulator mengisi kekurangannya.")
    jumlah = []
    for *_, b, _ in rencana:
        if b.jenis == "jumlah":
            jumlah.append(b.nilai)
        elif b.jenis == "persen":
            jumlah.append((nilai_kontrak * b.nilai).quantize(SATU_RUPIAH, rounding=ROUND_DOWN))
        else:
            jumlah.append(NOL)
    sisa = nilai_kontrak - sum(jumlah, NOL)
    if ada_sisa:
        idx = next(i for i, (*_, b, _) in enumerate(rencana) if b.jenis == "sisa")
    else:
        berisi = [i for i, j in enumerate(jumlah) if j > 0 or rencana[i][3].nilai > 0]
        idx = berisi[0] if sisa_ke == "pertama" else berisi[-1]
    hasil = []
    for i, ((label, ket, tgl, b, jenis), j) in enumerate(zip(rencana, jumlah)):
        tambah = sisa if i == idx else NOL
        hasil.append(Pembayaran(label, ket, tgl, b, j + tambah, jenis, NOL if b.jenis == "sisa" else tambah))
    assert sum((p.bruto for p in hasil), NOL) == nilai_kontrak
    return hasil


def tanggal_retensi(tanggal_terakhir: date, masa_garansi_hari: int) -> date:
    return tanggal_terakhir + timedelta(days=masa_garansi_hari)


def csv_jadwal(baris: list[dict], total: dict) -> str:
    """Semicolon-separated (the list separator of Indonesian spreadsheets), amounts as plain
    integers, dates as YYYY-MM-DD, share in percent with a decimal comma."""
    kolom = ("termin", "keterangan", "tanggal", "persen", "bruto", "ppn", "potongan_pph", "net_dibayar",
             "jatuh_tempo_setor", "bea_meterai")

    def sel(k: str, v) -> str:
        if v is None:
            return ""
        if k == "persen":
            return format((Decimal(v) * 100).quantize(Decimal("0.01")), "f").replace(".", ",")
        if isinstance(v, Decimal):
            return format(v.quantize(SATU_RUPIAH), "f")
        if isinstance(v, date):
            return v.isoformat()
        s = str(v)
        if any(c in s for c in ';"\n'):
            s = '"' + s.replace('"', '""') + '"'
        return s

    baris_teks = [";".join(kolom)]
    for b in baris + [total]:
        baris_teks.append(";".join(sel(k, b.get(k)) for k in kolom))
    return "\r\n".join(baris_teks) + "\r\n"

