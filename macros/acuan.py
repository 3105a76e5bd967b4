"""The build's reference date: the one "today" of every build, never the system clock.

A page that shows "the value in force now" (``{{ persen_param("ppn.tarif") }}``, ``hari_ini``,
``berlaku_sejak(...)``) uses this date, so the built site is the same whatever day it is built and
a build does not start failing the day the clock passes the parameter data's ``dicakup_sampai``.

- The setting: ``extra.tanggal_acuan`` in ``mkdocs.yml`` (YYYY-MM-DD).
- The environment variable ``BJA_TANGGAL_ACUAN`` (YYYY-MM-DD), when set and not empty, overrides it.
- A malformed or missing value raises ``TanggalAcuanSalah``; a date outside the coverage of a
  parameter a page uses raises ``TanggalAcuanDiLuarCakupan`` (both name the setting).

``baca(extra)`` is the one place the setting is read: the macros (``define_env``) and the hooks
(``hooks/terbit.py``, which also derives ``SOURCE_DATE_EPOCH`` from it) call it with the loaded
``config["extra"]``; ``dari_mkdocs_yml()`` reads the file directly for tools and tests.
"""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from calculators.format import tanggal_id
from calculators.parameter import NilaiBerlaku, TanggalTidakDicakup, parameter

AKAR = Path(__file__).resolve().parent.parent
KUNCI = "tanggal_acuan"
SETELAN = f"extra.{KUNCI}"
VARIABEL_LINGKUNGAN = "BJA_TANGGAL_ACUAN"
_POLA = re.compile(r"\d{4}-\d{2}-\d{2}")

_aktif: dict[str, Any] = {}


class TanggalAcuanSalah(ValueError):
    """``extra.tanggal_acuan`` / ``BJA_TANGGAL_ACUAN`` is missing or not a YYYY-MM-DD date."""


class TanggalAcuanDiLuarCakupan(TanggalTidakDicakup):
    """The reference date lies outside the coverage of a parameter the build uses."""


def _urai(nilai: Any, asal: str) -> date:
    if isinstance(nilai, datetime):  # YAML reads "2026-12-01 10:00" as a datetime: not a date
        nilai = nilai.isoformat(sep=" ")
    elif isinstance(nilai, date):
        return nilai
    teks = str(nilai).strip()
    if _POLA.fullmatch(teks):
        try:
            return date.fromisoformat(teks)
        except ValueError:
            pass
    raise TanggalAcuanSalah(
        f"Tanggal acuan build tidak sah: {asal} = {nilai!r}. Tulis satu tanggal YYYY-MM-DD, "
        f"misalnya 2026-12-01 ({SETELAN} di mkdocs.yml, atau variabel lingkungan {VARIABEL_LINGKUNGAN})."
    )


def baca(extra: Mapping[str, Any] | None, environ: Mapping[str, str] | None = None) -> date:
    """The reference date: ``BJA_TANGGAL_ACUAN`` if set, else ``extra.tanggal_acuan``."""
    environ = os.environ if environ is None else environ
    dari_env = environ.get(VARIABEL_LINGKUNGAN, "").strip()
    if dari_env:
        return _urai(dari_env, VARIABEL_LINGKUNGAN)
    extra = extra or {}
    if extra.get(KUNCI) in (None, ""):
        raise TanggalAcuanSalah(
            f"Tanggal acuan build belum diatur: tambahkan {SETELAN} (YYYY-MM-DD) di mkdocs.yml "
            f"atau atur variabel lingkungan {VARIABEL_LINGKUNGAN}."
        )
    return _urai(extra[KUNCI], f"{SETELAN} di mkdocs.yml")


def _pemuat_yaml():
    import yaml

    class Pemuat(yaml.SafeLoader):
        """Safe YAML that ignores tags (``!ENV``, ``!!python/name:``) it does not need to read extra."""

    Pemuat.add_multi_constructor("", lambda loader, tag, node: None)
    return Pemuat


def dari_mkdocs_yml(berkas: Path | str = AKAR / "mkdocs.yml", environ: Mapping[str, str] | None = None) -> date:
    """The reference date as a build with ``berkas`` would see it (for tools and tests)."""
    import yaml

    data = yaml.load(Path(berkas).read_text(encoding="utf-8"), Loader=_pemuat_yaml()) or {}
    return baca(data.get("extra") or {}, environ)


def atur(tanggal: date) -> None:
    """Make ``tanggal`` the date the macros use (called by ``define_env``)."""
    _aktif["tanggal"] = tanggal


def aktif() -> date:
    """The reference date of this build (read from mkdocs.yml if ``atur`` was not called)."""
    if "tanggal" not in _aktif:
        _aktif["tanggal"] = dari_mkdocs_yml()
    return _aktif["tanggal"]


def epoch(tanggal: date) -> int:
    """``SOURCE_DATE_EPOCH`` for ``tanggal``: its midnight UTC, in seconds."""
    return int(datetime(tanggal.year, tanggal.month, tanggal.day, tzinfo=timezone.utc).timestamp())


def parameter_acuan(jalur: str) -> NilaiBerlaku:
    """``parameter(jalur, aktif())``; outside the data's coverage, an error naming the setting."""
    t = aktif()
    try:
        return parameter(jalur, t)
    except TanggalTidakDicakup as e:
        raise TanggalAcuanDiLuarCakupan(
            f"Tanggal acuan build {t.isoformat()} ({tanggal_id(t)}) di luar cakupan data parameter "
            f"{jalur}: {e} Ubah {SETELAN} di mkdocs.yml (atau {VARIABEL_LINGKUNGAN}) ke tanggal "
            f"yang dicakup, atau perbarui calculators/parameter/ lebih dulu."
        ) from e
