"""Macros for figures: parameter values, calculator results and their formatting."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from markupsafe import Markup

from calculators import api
from calculators.format import angka, persen, rupiah, tanggal_hari, tanggal_id
from calculators.hasil import ke_json
from calculators.masukan import baca_tanggal
from calculators.parameter import NilaiBerlaku, parameter
from calculators.tampilan import html_hasil

from . import acuan


def _param(jalur: str, tanggal: Any) -> NilaiBerlaku:
    """The value in force on ``tanggal``, or on the build's reference date (``extra.tanggal_acuan``)."""
    return acuan.parameter_acuan(jalur) if tanggal is None else parameter(jalur, baca_tanggal(tanggal))


def nilai_param(jalur: str, tanggal: Any = None) -> Any:
    return _param(jalur, tanggal).nilai


def persen_param(jalur: str, tanggal: Any = None) -> str:
    return persen(_param(jalur, tanggal).desimal)


def rupiah_param(jalur: str, tanggal: Any = None) -> str:
    return rupiah(_param(jalur, tanggal).desimal)


def dasar(jalur: str, tanggal: Any = None) -> str:
    return _param(jalur, tanggal).dasar_hukum


def hitung(nama: str, masukan: dict[str, Any]) -> dict[str, Any]:
    """The calculator's JSON result; a bad example fails the build with the field errors."""
    hasil = api.jalankan(nama, masukan)
    if not hasil["ok"]:
        raise ValueError(f"Contoh {nama} {masukan} tidak sah: {hasil['kesalahan']}")
    return hasil["hasil"]


def contoh(nama: str, masukan: dict[str, Any] | None = None) -> Markup:
    kalk = api.kalkulator(nama)
    data = dict(api.contoh_pada(nama, acuan.aktif()) if masukan is None else masukan)
    hasil = api.hitung(nama, data)
    return Markup(f'<div class="bja-contoh">{html_hasil(kalk, hasil)}</div>')


def rp(x: Any) -> str:
    return rupiah(Decimal(str(x)))


def pct(x: Any) -> str:
    return persen(Decimal(str(x)))


def bil(x: Any) -> str:
    return angka(Decimal(str(x)))


def tgl(x: Any, hari: bool = False) -> str:
    t = baca_tanggal(x)
    return tanggal_hari(t) if hari else tanggal_id(t)


def daftar_kalkulator() -> list[str]:
    from calculators.kalkulator import daftar

    return sorted(daftar())


def daftarkan(env) -> None:
    for f in (daftar_kalkulator, nilai_param, persen_param, rupiah_param, dasar, hitung, contoh, rp, pct, bil, tgl):
        env.macro(f)
    # "today" of the build is its reference date, never the system clock (macros/acuan.py)
    tanggal = acuan.aktif()
    env.variables["hari_ini"] = tanggal.isoformat()
    env.variables[acuan.KUNCI] = tanggal.isoformat()  # also when BJA_TANGGAL_ACUAN overrides extra

    def now() -> datetime:
        """mkdocs-macros' ``now()``, pinned to midnight of the reference date (reproducible builds)."""
        return datetime(tanggal.year, tanggal.month, tanggal.day)

    env.macro(now)
    env.variables["ke_json"] = ke_json
