"""Macros for figures: parameter values, calculator results and their formatting."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from markupsafe import Markup

from calculators import api
from calculators.format import angka, persen, rupiah, tanggal_hari, tanggal_id
from calculators.hasil import ke_json
from calculators.masukan import baca_tanggal
from calculators.parameter import parameter
from calculators.tampilan import html_hasil


def _tanggal(tanggal: Any) -> date:
    return date.today() if tanggal is None else baca_tanggal(tanggal)


def nilai_param(jalur: str, tanggal: Any = None) -> Any:
    return parameter(jalur, _tanggal(tanggal)).nilai


def persen_param(jalur: str, tanggal: Any = None) -> str:
    return persen(parameter(jalur, _tanggal(tanggal)).desimal)


def rupiah_param(jalur: str, tanggal: Any = None) -> str:
    return rupiah(parameter(jalur, _tanggal(tanggal)).desimal)


def dasar(jalur: str, tanggal: Any = None) -> str:
    return parameter(jalur, _tanggal(tanggal)).dasar_hukum


def hitung(nama: str, masukan: dict[str, Any]) -> dict[str, Any]:
    """The calculator's JSON result; a bad example fails the build with the field errors."""
    hasil = api.jalankan(nama, masukan)
    if not hasil["ok"]:
        raise ValueError(f"Contoh {nama} {masukan} tidak sah: {hasil['kesalahan']}")
    return hasil["hasil"]


def contoh(nama: str, masukan: dict[str, Any] | None = None) -> Markup:
    kalk = api.kalkulator(nama)
    data = dict(kalk.contoh if masukan is None else masukan)
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
    env.variables["hari_ini"] = date.today().isoformat()
    env.variables["ke_json"] = ke_json
