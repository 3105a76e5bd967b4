"""Reading what a reader types, in Indonesian formats, with errors worded for the field.

A calculator declares its inputs as a mapping ``kunci -> Jenis`` (``Uang``, ``Tanggal`` ...).
``baca(skema, data)`` returns the typed values, or raises ``KesalahanMasukan`` listing every bad
field at once (``[{"kunci": ..., "pesan": ...}]``), so the page can show each message beside its
field and the CLI can print them as JSON.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from .format import BULAN, angka, rupiah


class KesalahanMasukan(ValueError):
    def __init__(self, kesalahan: list[dict[str, str]]):
        super().__init__("; ".join(f"{k['kunci']}: {k['pesan']}" for k in kesalahan))
        self.kesalahan = kesalahan


class NilaiTidakSah(ValueError):
    """One field's value cannot be read; the message is shown beside the field."""


_PENGALI = {
    "rb": 3, "ribu": 3, "k": 3,
    "jt": 6, "juta": 6,
    "m": 9, "miliar": 9, "milyar": 9, "mily": 9, "b": 9,
    "t": 12, "triliun": 12,
}
_AWALAN = re.compile(r"^(rp\.?|idr|usd|\$)\s*", re.I)
_ANGKA = re.compile(r"^[0-9.,]+$")


def _kelompok_ribuan(bagian: list[str]) -> bool:
    return 1 <= len(bagian[0]) <= 3 and all(len(b) == 3 for b in bagian[1:])


def baca_angka(teks: str) -> Decimal:
    """Read an amount as an Indonesian reader writes it.

    Accepted: ``10000000``, ``10.000.000``, ``Rp 10.000.000,-``, ``10.000.000,50``, ``10 jt``,
    ``1,5 juta``, ``2M`` (miliar), ``10,000,000.50`` (English grouping, unambiguous).
    Refused with an explanation: ``1,000`` and ``10.5`` (ambiguous), letters, empty text.
    """
    s = str(teks).strip().replace("\u00a0", " ").replace("\u2212", "-")
    if not s:
        raise NilaiTidakSah("Wajib diisi.")
    negatif = False
    if s.startswith("-"):
        negatif, s = True, s[1:].strip()
    s = _AWALAN.sub("", s).strip()
    if s.startswith("-"):
        negatif, s = True, s[1:].strip()
    s = re.sub(r"[,.]-$", "", s).strip()
    pangkat = 0
    m = re.match(r"^(.*?)\s*([a-zA-Z]+)\.?$", s)
    if m:
        kata = m.group(2).lower()
        if kata not in _PENGALI:
            raise NilaiTidakSah(
                f"“{teks}” tidak dikenali sebagai angka. Tulis misalnya 10.000.000 atau 10 jt."
            )
        pangkat, s = _PENGALI[kata], m.group(1).strip()
    s = s.replace(" ", "")
    if not s or not _ANGKA.match(s):
        raise NilaiTidakSah(
            f"“{teks}” tidak dikenali sebagai angka. Tulis misalnya 10.000.000 atau 10 jt."
        )
    titik, koma = s.count("."), s.count(",")
    ambigu = (
        f"“{teks}” bisa dibaca dua cara. Pakai titik untuk ribuan dan koma untuk desimal, "
        "misalnya 1.000 (seribu) atau 1,5."
    )
    if titik and koma:
        desimal_sep = "," if s.rfind(",") > s.rfind(".") else "."
        ribuan_sep = "." if desimal_sep == "," else ","
        utuh, _, pecahan = s.rpartition(desimal_sep)
        if desimal_sep in utuh or not _kelompok_ribuan(utuh.split(ribuan_sep)):
            raise NilaiTidakSah(ambigu)
        normal = utuh.replace(ribuan_sep, "") + "." + pecahan
    elif titik or koma:
        sep = "." if titik else ","
        bagian = s.split(sep)
        if len(bagian) > 2:
            if not _kelompok_ribuan(bagian):
                raise NilaiTidakSah(ambigu)
            normal = "".join(bagian)
        elif sep == "." and len(bagian[1]) == 3 and pangkat == 0 and bagian[0] not in ("", "0"):
            normal = "".join(bagian)  # 1.000 = seribu
        elif sep == "," and len(bagian[1]) != 3:
            normal = bagian[0] + "." + bagian[1]  # 10,5 = sepuluh koma lima
        elif pangkat:
            normal = bagian[0] + "." + bagian[1]  # 1.5 jt / 1,5 jt
        else:
            raise NilaiTidakSah(ambigu)
    else:
        normal = s
    if normal.startswith(".") or normal.endswith("."):
        raise NilaiTidakSah(ambigu)
    try:
        nilai = Decimal(normal).scaleb(pangkat)
    except InvalidOperation:
        raise NilaiTidakSah(f"“{teks}” tidak dikenali sebagai angka.") from None
    return -nilai if negatif else nilai


_NAMA_BULAN = {b.lower(): i + 1 for i, b in enumerate(BULAN)}
_NAMA_BULAN.update({b.lower()[:3]: i + 1 for i, b in enumerate(BULAN)})
_NAMA_BULAN.update({"agu": 8, "agt": 8, "ags": 8, "okt": 10, "des": 12, "peb": 2, "nop": 11})


def baca_tanggal(teks: Any) -> date:
    """2025-01-31, 31/01/2025, 31-01-2025, 31.01.2025 or 31 Januari 2025."""
    if isinstance(teks, date):
        return teks
    s = str(teks).strip()
    if not s:
        raise NilaiTidakSah("Wajib diisi.")
    try:
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", s)
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
        m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", s)
        if m and m[2].lower() in _NAMA_BULAN:
            return date(int(m[3]), _NAMA_BULAN[m[2].lower()], int(m[1]))
    except ValueError:
        raise NilaiTidakSah(f"Tanggal “{s}” tidak ada di kalender.") from None
    raise NilaiTidakSah(f"“{s}” bukan tanggal. Tulis misalnya 31/01/2025.")


def baca_bulan(teks: Any) -> tuple[int, int]:
    s = str(teks).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", s) or re.fullmatch(r"(\d{1,2})[/-](\d{4})", s)
    if not s:
        raise NilaiTidakSah("Wajib diisi.")
    if not m:
        raise NilaiTidakSah(f"“{s}” bukan masa pajak. Tulis tahun dan bulan, misalnya 2025-01.")
    tahun, bulan = (int(m[1]), int(m[2])) if len(m[1]) == 4 else (int(m[2]), int(m[1]))
    if not 1 <= bulan <= 12:
        raise NilaiTidakSah(f"Bulan {bulan} tidak ada; isi 1 sampai 12.")
    return tahun, bulan


_YA = {"ya", "y", "true", "1", "on", "yes", "benar"}
_TIDAK = {"tidak", "t", "false", "0", "off", "no", "bukan", ""}


@dataclass(frozen=True)
class Jenis:
    wajib: bool = True
    bawaan: Any = None

    def baca(self, mentah: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def kosong(self, mentah: Any) -> bool:
        return mentah is None or (isinstance(mentah, str) and not mentah.strip())


_TANDA_RUPIAH = re.compile(r"rp|idr|rupiah", re.IGNORECASE)


@dataclass(frozen=True)
class Uang(Jenis):
    """An amount in rupiah. ``valas_jika`` = (key, value): the amount is in a foreign currency when
    that other answer has that value (e.g. ``("mata_uang", "USD")``), so a rupiah sign is refused."""

    minimum: Decimal | None = Decimal(0)
    maksimum: Decimal | None = Decimal("1e15")
    lebih_dari_minimum: bool = False
    valas_jika: tuple[str, str] | None = None
    tolak_rupiah: bool = False

    def tampil_batas(self, nilai: Decimal) -> str:
        """A bound in the field's own unit, for its error messages."""
        return rupiah(nilai)

    def baca(self, mentah: Any) -> Decimal:
        if isinstance(mentah, bool):
            raise NilaiTidakSah("Isi dengan angka.")
        if self.tolak_rupiah and isinstance(mentah, str) and _TANDA_RUPIAH.search(mentah):
            raise NilaiTidakSah("Kolom ini dalam valuta asing, bukan rupiah: tulis jumlahnya dalam mata uang "
                                "itu tanpa “Rp”, misalnya 3.200 untuk USD 3.200.")
        nilai = Decimal(str(mentah)) if isinstance(mentah, (int, Decimal)) else (
            Decimal(repr(mentah)) if isinstance(mentah, float) else baca_angka(mentah)
        )
        if not nilai.is_finite():
            raise NilaiTidakSah("Isi dengan angka.")
        if self.minimum is not None and nilai < self.minimum:
            if self.minimum == 0:
                raise NilaiTidakSah("Tidak boleh negatif.")
            raise NilaiTidakSah(f"Paling kecil {self.tampil_batas(self.minimum)}.")
        if self.lebih_dari_minimum and self.minimum is not None and nilai == self.minimum:
            raise NilaiTidakSah(f"Harus lebih dari {self.tampil_batas(self.minimum)}.")
        if self.maksimum is not None and nilai > self.maksimum:
            raise NilaiTidakSah(f"Terlalu besar; paling besar {self.tampil_batas(self.maksimum)}.")
        return nilai


@dataclass(frozen=True)
class Angka(Uang):
    """A plain number (hours, counts, an amount in a foreign currency); ``satuan`` names its unit
    in messages ("jam", "hari")."""

    satuan: str = ""

    def tampil_batas(self, nilai: Decimal) -> str:
        return f"{angka(nilai)} {self.satuan}".strip()


@dataclass(frozen=True)
class Valas(Angka):
    """An amount in a foreign currency: a rupiah sign is refused, not read as that currency."""

    tolak_rupiah: bool = True


@dataclass(frozen=True)
class Bulat(Angka):
    """A whole number such as a count of copies or months."""

    def baca(self, mentah: Any) -> int:
        nilai = super().baca(mentah)
        if nilai != nilai.to_integral_value():
            raise NilaiTidakSah("Isi dengan bilangan bulat.")
        return int(nilai)


@dataclass(frozen=True)
class Persen(Uang):
    """'10', '10%', '0,5' -> Decimal fraction (0.10, 0.005)."""

    maksimum: Decimal | None = Decimal(100)

    def tampil_batas(self, nilai: Decimal) -> str:
        return f"{angka(nilai)}%"

    def baca(self, mentah: Any) -> Decimal:
        teks = str(mentah).strip().rstrip("%").strip() if isinstance(mentah, str) else mentah
        return super().baca(teks) / 100


@dataclass(frozen=True)
class Tanggal(Jenis):
    def baca(self, mentah: Any) -> date:
        return baca_tanggal(mentah)


@dataclass(frozen=True)
class Bulan(Jenis):
    def baca(self, mentah: Any) -> str:
        tahun, bulan = baca_bulan(mentah)
        return f"{tahun:04d}-{bulan:02d}"


@dataclass(frozen=True)
class YaTidak(Jenis):
    wajib: bool = False
    bawaan: Any = False

    def kosong(self, mentah: Any) -> bool:
        return mentah is None

    def baca(self, mentah: Any) -> bool:
        if isinstance(mentah, bool):
            return mentah
        s = str(mentah).strip().lower()
        if s in _YA:
            return True
        if s in _TIDAK:
            return False
        raise NilaiTidakSah("Jawab ya atau tidak.")


@dataclass(frozen=True)
class Pilihan(Jenis):
    pilihan: tuple[str, ...] = ()

    def baca(self, mentah: Any) -> str:
        s = str(mentah).strip()
        if s not in self.pilihan:
            raise NilaiTidakSah(
                f"Pilihan “{s}” tidak dikenal; pilih salah satu: {', '.join(self.pilihan)}."
            )
        return s


@dataclass(frozen=True)
class Teks(Jenis):
    maks_panjang: int = 2000

    def baca(self, mentah: Any) -> str:
        s = str(mentah)
        if len(s) > self.maks_panjang:
            raise NilaiTidakSah(f"Terlalu panjang; paling banyak {self.maks_panjang} karakter.")
        return s.strip()


@dataclass(frozen=True)
class Daftar(Jenis):
    """A list of values of one kind: a JSON list, or text split by semicolons or new lines."""

    isi: Jenis = field(default_factory=Uang)
    panjang: int | None = None
    kosong_sebagai: Any = None

    def baca(self, mentah: Any) -> list[Any]:
        if isinstance(mentah, str):
            potongan = [p.strip() for p in re.split(r"[;\n]", mentah)]
            if potongan and potongan[-1] == "":
                potongan.pop()
        elif isinstance(mentah, (list, tuple)):
            potongan = list(mentah)
        else:
            raise NilaiTidakSah("Isi dengan daftar nilai, dipisah titik koma.")
        if self.panjang is not None and len(potongan) > self.panjang:
            raise NilaiTidakSah(f"Paling banyak {self.panjang} nilai.")
        hasil = []
        for i, p in enumerate(potongan, 1):
            if self.kosong_sebagai is not None and self.isi.kosong(p):
                hasil.append(self.kosong_sebagai)
                continue
            try:
                hasil.append(self.isi.baca(p))
            except NilaiTidakSah as e:
                raise NilaiTidakSah(f"Nilai ke-{i}: {e}") from None
        return hasil


Skema = dict[str, Jenis]


def baca(skema: Skema, data: dict[str, Any], aturan: Callable[[dict], list] | None = None) -> dict:
    """Typed values for every key of ``skema``; raises ``KesalahanMasukan`` listing all errors."""
    if not isinstance(data, dict):
        raise KesalahanMasukan([{"kunci": "", "pesan": "Masukan harus berupa objek JSON."}])
    kesalahan: list[dict[str, str]] = []
    hasil: dict[str, Any] = {}
    for kunci in data:
        if kunci not in skema:
            kesalahan.append({"kunci": kunci, "pesan": f"Kolom “{kunci}” tidak dikenal."})
    for kunci, jenis in skema.items():
        mentah = data.get(kunci)
        if jenis.kosong(mentah):
            if jenis.wajib and jenis.bawaan is None:
                kesalahan.append({"kunci": kunci, "pesan": "Wajib diisi."})
            else:
                hasil[kunci] = jenis.bawaan
            continue
        valas = getattr(jenis, "valas_jika", None)
        if valas and str(data.get(valas[0]) or "").strip() == valas[1]:
            jenis = replace(jenis, tolak_rupiah=True)
        try:
            hasil[kunci] = jenis.baca(mentah)
        except NilaiTidakSah as e:
            kesalahan.append({"kunci": kunci, "pesan": str(e)})
    if not kesalahan and aturan is not None:
        kesalahan.extend(aturan(hasil))
    if kesalahan:
        raise KesalahanMasukan(kesalahan)
    return hasil
