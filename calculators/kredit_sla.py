"""Service credits under a service-level agreement (SLA).

A service level has a direction (``min``: higher is better, e.g. availability or accuracy;
``maks``: lower is better, e.g. response time), a target, and optionally a termination threshold.
Credit tiers say: "measured worse than this limit -> credit this share of the period's fee". In a
period, each level earns the credit of the worst tier it breaches (tiers are not added up within a
level); the levels' credits are added (or the largest taken, if the contract says so) and then
capped. A termination right arises when a level is worse than its termination threshold for the
agreed number of consecutive periods.

The amounts are contract terms, not law: a credit agreed in advance is a promised sum for a duty not
performed (KUHPerdata Pasal 1304, reducible by a court under Pasal 1309), and termination for breach follows KUHPerdata Pasal 1266 unless the
contract sets its own procedure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from .format import angka
from .masukan import NilaiTidakSah, baca_angka

NOL = Decimal(0)
ARAH = {
    "min": "min", "minimal": "min", "minimum": "min", "paling_sedikit": "min", ">=": "min", "≥": "min",
    "maks": "maks", "max": "maks", "maksimal": "maks", "maksimum": "maks", "paling_lama": "maks",
    "<=": "maks", "≤": "maks",
}


@dataclass(frozen=True)
class Tingkat:
    """One service level: ``arah`` is 'min' (at least the target) or 'maks' (at most)."""

    nama: str
    arah: str
    target: Decimal
    ambang_putus: Decimal | None = None
    satuan: str = ""

    def lebih_buruk(self, nilai: Decimal, batas: Decimal) -> bool:
        return nilai < batas if self.arah == "min" else nilai > batas

    def tampil(self, nilai: Decimal) -> str:
        return angka(nilai) + (self.satuan if self.satuan == "%" else f" {self.satuan}" if self.satuan else "")


@dataclass(frozen=True)
class Tingkatan:
    """A credit tier: measured worse than ``batas`` -> ``kredit`` (a fraction of the period fee)."""

    tingkat: str
    batas: Decimal
    kredit: Decimal


@dataclass(frozen=True)
class Pengukuran:
    periode: str
    nilai: tuple[Decimal | None, ...]
    baris: int = 0


@dataclass(frozen=True)
class RincianTingkat:
    tingkat: Tingkat
    nilai: Decimal | None
    tercapai: bool | None  # None: not measured
    tingkatan: Tingkatan | None
    kredit: Decimal
    lewat_ambang_putus: bool


@dataclass(frozen=True)
class HasilPeriode:
    periode: str
    rincian: tuple[RincianTingkat, ...]
    kredit_persen_mentah: Decimal
    kredit_persen: Decimal
    kredit: Decimal
    kena_batas: bool
    hak_putus: bool
    putus_beruntun: dict[str, int] = field(default_factory=dict)


def _kunci(nama: str) -> str:
    return " ".join(nama.lower().split())


def _angka_satuan(teks: str) -> tuple[Decimal, str]:
    """'99,5%' -> (99.5, '%'); '4 jam' -> (4, 'jam'); '250 ms' -> (250, 'ms')."""
    s = teks.strip()
    m = re.fullmatch(r"([-+]?[0-9][0-9.,]*)\s*(%|[A-Za-z][A-Za-z ./]*)?", s)
    if not m:
        raise NilaiTidakSah(f"“{teks.strip()}” bukan angka. Tulis misalnya 99,5 atau 4 jam.")
    angka, satuan = m.group(1), (m.group(2) or "").strip()
    return baca_angka(angka), satuan


def _baris(teks: str) -> list[tuple[int, list[str]]]:
    hasil = []
    for i, baris in enumerate(str(teks).splitlines(), 1):
        if not baris.strip() or baris.strip().startswith("#"):
            continue
        hasil.append((i, [b.strip() for b in baris.split(";")]))
    return hasil


def baca_tingkat(teks: str) -> list[Tingkat]:
    """'Nama; min|maks; target[ satuan]; ambang pemutusan (boleh kosong)', one level a line."""
    hasil: list[Tingkat] = []
    for no, bagian in _baris(teks):
        if len(bagian) < 3 or len(bagian) > 4:
            raise NilaiTidakSah(
                f"Baris {no}: tulis nama; min atau maks; target; ambang pemutusan (boleh kosong), "
                "dipisah titik koma. Contoh: Ketersediaan; min; 99,5%; 97%")
        nama, arah, target = bagian[:3]
        if not nama:
            raise NilaiTidakSah(f"Baris {no}: nama tingkat layanan kosong.")
        if _kunci(arah).replace(" ", "_") not in ARAH:
            raise NilaiTidakSah(
                f"Baris {no}: “{arah}” tidak dikenal. Tulis min (makin tinggi makin baik, misalnya "
                "ketersediaan) atau maks (makin rendah makin baik, misalnya waktu respons).")
        try:
            nilai_target, satuan = _angka_satuan(target)
            ambang = None
            if len(bagian) == 4 and bagian[3] not in ("", "-"):
                ambang, satuan_ambang = _angka_satuan(bagian[3])
                satuan = satuan or satuan_ambang
        except NilaiTidakSah as e:
            raise NilaiTidakSah(f"Baris {no}: {e}") from None
        t = Tingkat(nama, ARAH[_kunci(arah).replace(" ", "_")], nilai_target, ambang, satuan)
        if ambang is not None and t.lebih_buruk(nilai_target, ambang):
            raise NilaiTidakSah(
                f"Baris {no}: ambang pemutusan harus lebih buruk daripada target "
                f"({'lebih rendah' if t.arah == 'min' else 'lebih tinggi'} dari {t.tampil(nilai_target)}).")
        if any(_kunci(x.nama) == _kunci(nama) for x in hasil):
            raise NilaiTidakSah(f"Baris {no}: nama “{nama}” sudah dipakai di baris lain.")
        hasil.append(t)
    if not hasil:
        raise NilaiTidakSah("Tulis paling sedikit satu tingkat layanan.")
    return hasil


def baca_tingkatan(teks: str) -> list[Tingkatan]:
    """'Nama tingkat; batas; kredit%', one tier a line."""
    hasil = []
    for no, bagian in _baris(teks):
        if len(bagian) != 3:
            raise NilaiTidakSah(
                f"Baris {no}: tulis nama tingkat layanan; batas; kredit, dipisah titik koma. "
                "Contoh: Ketersediaan; 99%; 10%")
        nama, batas, kredit = bagian
        try:
            nilai_batas, _ = _angka_satuan(batas)
            k = kredit.strip().rstrip("%").strip()
            nilai_kredit = baca_angka(k) / 100
        except NilaiTidakSah as e:
            raise NilaiTidakSah(f"Baris {no}: {e}") from None
        if not NOL <= nilai_kredit <= 1:
            raise NilaiTidakSah(f"Baris {no}: kredit harus antara 0% dan 100%.")
        hasil.append(Tingkatan(nama, nilai_batas, nilai_kredit))
    return hasil


def baca_pengukuran(teks: str, jumlah_tingkat: int | None = None) -> list[Pengukuran]:
    """'Periode; nilai tingkat 1; nilai tingkat 2; ...' ('-' = not measured), one period a line."""
    hasil = []
    for no, bagian in _baris(teks):
        periode, nilai = bagian[0], bagian[1:]
        if not periode:
            raise NilaiTidakSah(f"Baris {no}: tulis nama periode di depan, misalnya 2026-01.")
        if not nilai:
            raise NilaiTidakSah(f"Baris {no}: belum ada nilai terukur setelah nama periode.")
        if jumlah_tingkat is not None and len(nilai) != jumlah_tingkat:
            raise NilaiTidakSah(
                f"Baris {no}: ada {len(nilai)} nilai, padahal ada {jumlah_tingkat} tingkat layanan. "
                "Tulis satu nilai untuk setiap tingkat layanan, urut seperti daftarnya; tulis - bila "
                "tidak diukur.")
        terbaca: list[Decimal | None] = []
        for v in nilai:
            if v in ("", "-"):
                terbaca.append(None)
                continue
            try:
                terbaca.append(_angka_satuan(v)[0])
            except NilaiTidakSah as e:
                raise NilaiTidakSah(f"Baris {no}: {e}") from None
        hasil.append(Pengukuran(periode, tuple(terbaca), no))
    if not hasil:
        raise NilaiTidakSah("Tulis paling sedikit satu periode pengukuran.")
    return hasil


def cocokkan(tingkat: list[Tingkat], tingkatan: list[Tingkatan]) -> list[str]:
    """Problems linking tiers to levels (Indonesian messages)."""
    nama = {_kunci(t.nama): t for t in tingkat}
    salah = []
    for i, x in enumerate(tingkatan, 1):
        t = nama.get(_kunci(x.tingkat))
        if t is None:
            salah.append(f"Tingkatan ke-{i} menyebut “{x.tingkat}”, yang tidak ada di daftar tingkat layanan.")
    return salah


def nilai_periode(tingkat: list[Tingkat], tingkatan: list[Tingkatan], ukur: Pengukuran,
                  biaya: Decimal, batas: Decimal, gabung: str) -> tuple[list[RincianTingkat], Decimal, Decimal, Decimal, bool]:
    rincian = []
    for t, nilai in zip(tingkat, ukur.nilai):
        if nilai is None:
            rincian.append(RincianTingkat(t, None, None, None, NOL, False))
            continue
        kena = [x for x in tingkatan if _kunci(x.tingkat) == _kunci(t.nama) and t.lebih_buruk(nilai, x.batas)]
        terburuk = max(kena, key=lambda x: x.kredit, default=None)
        rincian.append(RincianTingkat(
            t, nilai, not t.lebih_buruk(nilai, t.target), terburuk,
            terburuk.kredit if terburuk else NOL,
            t.ambang_putus is not None and t.lebih_buruk(nilai, t.ambang_putus)))
    kredit = [r.kredit for r in rincian]
    mentah = max(kredit, default=NOL) if gabung == "terbesar" else sum(kredit, NOL)
    persen = min(mentah, batas)
    return rincian, mentah, persen, biaya * persen, mentah > batas


def hitung_kredit(tingkat: list[Tingkat], tingkatan: list[Tingkatan], ukur: list[Pengukuran],
                  biaya: Decimal, batas: Decimal, gabung: str = "jumlah",
                  periode_putus: int = 1) -> list[HasilPeriode]:
    """Credits per period (unrounded rupiah), the cap applied, and termination rights."""
    beruntun = {t.nama: 0 for t in tingkat}
    hasil = []
    for u in ukur:
        rincian, mentah, persen, kredit, kena = nilai_periode(tingkat, tingkatan, u, biaya, batas, gabung)
        for r in rincian:
            beruntun[r.tingkat.nama] = beruntun[r.tingkat.nama] + 1 if r.lewat_ambang_putus else 0
        hak = any(v >= periode_putus for v in beruntun.values())
        hasil.append(HasilPeriode(u.periode, tuple(rincian), mentah, persen, kredit, kena, hak, dict(beruntun)))
    return hasil
