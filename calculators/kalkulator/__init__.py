"""The calculators a page or the CLI can run, by name.

Each module here defines ``KALKULATOR``: its inputs (``masukan``), its rules (``hitung``) and the
rows of its summary (``ringkasan``), and is listed once in ``REGISTER`` below.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from ..hasil import FormatNilai, Hasil
from ..masukan import Skema


@dataclass(frozen=True)
class Baris:
    """One row of the summary table: label, output key, and how to show it."""

    label: str
    kunci: str
    format: FormatNilai = "rupiah"
    utama: bool = False
    sembunyi_jika_nol: bool = False  # rows of taxes that do not apply to this payment


@dataclass(frozen=True)
class Kalkulator:
    nama: str
    judul: str
    masukan: Skema
    hitung: Callable[[dict[str, Any]], Hasil]
    ringkasan: tuple[Baris, ...]
    aturan: Callable[[dict[str, Any]], list[dict[str, str]]] | None = None
    contoh: dict[str, Any] = field(default_factory=dict)
    sisi_penyedia: bool = False  # the result also says what reaches the provider (pages freelancers use)


#: Every calculator a page or the CLI can run: name -> the module of this package that defines it.
#: The one registry: adding a calculator means adding its line here (a test checks that every module
#: here is listed and that each name resolves to a calculator of that name).
REGISTER: dict[str, str] = {
    "bea-meterai": "bea_meterai",
    "biaya-karyawan": "biaya_karyawan",
    "biaya-platform": "biaya_platform",
    "jatuh-tempo": "jatuh_tempo",
    "kredit-sla": "kredit_sla",
    "model-harga": "model_harga",
    "pembayaran": "pembayaran",
    "pph21": "pajak_tunggal",
    "pph23": "pph23",
    "pph26": "pajak_tunggal",
    "ppn": "pajak_tunggal",
    "sanksi": "sanksi",
    "templat": "templat",
    "termin": "termin",
    "umkm": "umkm",
}


def daftar_nama() -> list[str]:
    """The calculators' names, without importing any of them."""
    return sorted(REGISTER)


def cari(nama: str) -> Kalkulator | None:
    """One calculator, importing only its own module (a page does not load the others)."""
    import importlib

    if nama not in REGISTER:
        return None
    modul = importlib.import_module(f"{__name__}.{REGISTER[nama]}")
    for kalk in vars(modul).values():
        if isinstance(kalk, Kalkulator) and kalk.nama == nama:
            return kalk
    raise LookupError(f"Modul {REGISTER[nama]} tidak mendefinisikan kalkulator {nama}")


def daftar() -> dict[str, Kalkulator]:
    """Every registered calculator, by name (imports them all: for the CLI list and the tests)."""
    semua = {}
    for nama in daftar_nama():
        kalk = cari(nama)
        assert kalk is not None
        semua[nama] = kalk
    return semua
