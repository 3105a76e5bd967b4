"""Dated legal parameters, one TOML file per legal concept.

Every file looks like this (see ``pph23.toml`` for a full one)::

    judul = "PPh Pasal 23"
    dicakup_sampai = 2027-12-31      # dates after this get an explicit error

    [tarif.jasa]
    keterangan = "Imbalan jasa (PMK 141/2015)"
    [[tarif.jasa.nilai]]
    mulai = 2009-01-01               # first day the value applies
    nilai = "0.02"                   # numbers are strings, read as Decimal
    dasar_hukum = "UU 36/2008 Pasal 23 ayat (1) huruf c"
    sumber = "https://..."
    diperiksa = 2026-11-23           # when a person last checked it

``parameter("pph23.tarif.jasa", tanggal)`` returns the value in force on that date, with its
legal basis. A date before the first value, or after ``dicakup_sampai``, raises
``TanggalTidakDicakup``: never a silent fallback to the newest value.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

from ..format import tanggal_id

WAJIB = ("mulai", "nilai", "dasar_hukum", "sumber", "diperiksa")


class TanggalTidakDicakup(ValueError):
    """The date lies outside the period the parameter data covers."""


@dataclass(frozen=True)
class NilaiBerlaku:
    """One dated value of a legal parameter."""

    jalur: str
    nilai: Any
    mulai: date
    sampai: date | None
    dasar_hukum: str
    sumber: str
    diperiksa: date
    keterangan: str = ""

    @property
    def desimal(self) -> Decimal:
        return Decimal(str(self.nilai))


@lru_cache(maxsize=None)
def berkas(nama: str) -> dict[str, Any]:
    """The parsed TOML file ``calculators/parameter/<nama>.toml``."""
    teks = resources.files(__package__).joinpath(f"{nama}.toml").read_text(encoding="utf-8")
    return tomllib.loads(teks)


def daftar_berkas() -> list[str]:
    return sorted(
        p.name[: -len(".toml")]
        for p in resources.files(__package__).iterdir()
        if p.name.endswith(".toml")
    )


def _simpul(jalur: str) -> tuple[dict[str, Any], dict[str, Any]]:
    nama, _, sisa = jalur.partition(".")
    data = berkas(nama)
    simpul: Any = data
    for bagian in sisa.split(".") if sisa else []:
        if not isinstance(simpul, dict) or bagian not in simpul:
            raise KeyError(f"Parameter tidak dikenal: {jalur}")
        simpul = simpul[bagian]
    if not isinstance(simpul, dict) or "nilai" not in simpul:
        raise KeyError(f"{jalur} bukan parameter berdata tanggal")
    return data, simpul


def riwayat(jalur: str) -> list[NilaiBerlaku]:
    """All dated values of a parameter, oldest first (a new list: the caller may keep or change it)."""
    return list(_riwayat(jalur))


# The data files do not change while the package runs, so a parameter's history and the value in
# force on a date are computed once (a month's recap asks for the same few hundred values thousands
# of times). ``NilaiBerlaku`` is frozen; ``riwayat`` hands out a copy of the cached tuple.
@lru_cache(maxsize=None)
def _riwayat(jalur: str) -> tuple[NilaiBerlaku, ...]:
    _, simpul = _simpul(jalur)
    hasil = []
    for v in sorted(simpul["nilai"], key=lambda v: v["mulai"]):
        hasil.append(
            NilaiBerlaku(
                jalur=jalur,
                nilai=v["nilai"],
                mulai=v["mulai"],
                sampai=v.get("sampai"),
                dasar_hukum=v["dasar_hukum"],
                sumber=v["sumber"],
                diperiksa=v["diperiksa"],
                keterangan=simpul.get("keterangan", ""),
            )
        )
    return tuple(hasil)


def dicakup_sampai(jalur: str) -> date:
    data, _ = _simpul(jalur)
    return data["dicakup_sampai"]


@lru_cache(maxsize=4096)
def parameter(jalur: str, tanggal: date) -> NilaiBerlaku:
    """The value of ``jalur`` in force on ``tanggal`` (``TanggalTidakDicakup`` is raised afresh each time)."""
    data, simpul = _simpul(jalur)
    nilai = _riwayat(jalur)
    judul = simpul.get("keterangan") or data.get("judul", jalur)
    if tanggal < nilai[0].mulai:
        raise TanggalTidakDicakup(
            f"Tanggal {tanggal_id(tanggal)} belum dicakup situs ini: data aturan yang dipakai di sini "
            f"dimulai {tanggal_id(nilai[0].mulai)} ({judul}). Pilih tanggal sejak {tanggal_id(nilai[0].mulai)}."
        )
    batas = data["dicakup_sampai"]
    if tanggal > batas:
        raise TanggalTidakDicakup(
            f"Tanggal {tanggal_id(tanggal)} sesudah cakupan situs ini: data aturan yang dipakai di sini "
            f"hanya mencakup sampai {tanggal_id(batas)} ({judul}). Pilih tanggal sampai {tanggal_id(batas)}, "
            f"atau periksa dulu aturan yang berlaku pada tanggal itu."
        )
    berlaku = [v for v in nilai if v.mulai <= tanggal]
    terakhir = berlaku[-1]
    if terakhir.sampai is not None and tanggal > terakhir.sampai:
        raise TanggalTidakDicakup(
            f"Tanggal {tanggal_id(tanggal)} tidak dicakup situs ini: aturan terakhir yang tercatat "
            f"berakhir {tanggal_id(terakhir.sampai)} ({judul}). Periksa aturan yang berlaku pada tanggal itu."
        )
    return terakhir


def dasar_hukum(jalur: str, tanggal: date | None = None) -> str:
    """The legal basis a step cites, from a dated parameter (never a literal in code).

    With ``tanggal``: the basis in force that day (``TanggalTidakDicakup`` outside the data). Without
    one (calculators that take no date, e.g. contract-law steps): the parameter must have exactly one
    open-ended value, so there is nothing to choose; more values is a programming error.
    """
    if tanggal is not None:
        return parameter(jalur, tanggal).dasar_hukum
    nilai = _riwayat(jalur)
    if len(nilai) != 1 or nilai[0].sampai is not None:
        raise ValueError(f"{jalur} punya beberapa nilai berdasar tanggal: sebutkan tanggalnya")
    return nilai[0].dasar_hukum
