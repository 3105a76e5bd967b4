"""The build's reference date (extra.tanggal_acuan / BJA_TANGGAL_ACUAN, macros/acuan.py).

- Unit tests (fast, no build): where the date is read from, the override, malformed values, and the
  error naming the setting when the date lies outside the parameter data's coverage.
- The reproducibility test (marker ``situs``): the site built once more with the system clock at
  1 June 2028 (Debian ``faketime``, past every ``dicakup_sampai``) is byte-identical to the normal
  build. Without faketime it is skipped, or fails when ``CI=true``.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

import macros
from calculators.parameter import TanggalTidakDicakup, parameter
from macros import acuan, angka, pajak_kalender

AKAR = Path(__file__).resolve().parents[2]
JAM_PALSU = "2028-06-01 12:00:00"


@pytest.fixture
def tanggal_aktif(monkeypatch):
    """Set the date the macros use for one test, restored afterwards."""
    def atur(t: date) -> None:
        monkeypatch.setitem(acuan._aktif, "tanggal", t)
    return atur


# --- where the date comes from -------------------------------------------------------------


def test_dibaca_dari_mkdocs_yml():
    assert acuan.dari_mkdocs_yml(environ={}) == date(2026, 12, 1)


def test_dibaca_dari_berkas_yang_diberikan(tmp_path):
    berkas = tmp_path / "mkdocs.yml"
    berkas.write_text("site_name: x\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
                      "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
                      "extra:\n  tanggal_acuan: 2027-02-03\n", encoding="utf-8")
    assert acuan.dari_mkdocs_yml(berkas, environ={}) == date(2027, 2, 3)


def test_variabel_lingkungan_menimpa_setelan():
    extra = {"tanggal_acuan": date(2026, 12, 1)}
    assert acuan.baca(extra, {"BJA_TANGGAL_ACUAN": "2027-03-04"}) == date(2027, 3, 4)
    assert acuan.baca(extra, {"BJA_TANGGAL_ACUAN": ""}) == date(2026, 12, 1)
    assert acuan.baca(extra, {}) == date(2026, 12, 1)
    assert acuan.dari_mkdocs_yml(environ={"BJA_TANGGAL_ACUAN": "2025-05-06"}) == date(2025, 5, 6)


def test_setelan_dikutip_juga_dibaca():
    assert acuan.baca({"tanggal_acuan": "2026-12-01"}, {}) == date(2026, 12, 1)


@pytest.mark.parametrize("nilai", ["2026-13-01", "2026-02-30", "1/12/2026", "2026-12-1",
                                   "2026-12-01T00:00", "besok", "20261201"])
def test_nilai_lingkungan_salah_ditolak(nilai):
    with pytest.raises(acuan.TanggalAcuanSalah) as e:
        acuan.baca({"tanggal_acuan": date(2026, 12, 1)}, {"BJA_TANGGAL_ACUAN": nilai})
    assert "BJA_TANGGAL_ACUAN" in str(e.value) and "YYYY-MM-DD" in str(e.value)


@pytest.mark.parametrize("nilai", ["01-12-2026", 20261201, datetime(2026, 12, 1, 10, 0), ["2026-12-01"]])
def test_setelan_salah_ditolak(nilai):
    with pytest.raises(acuan.TanggalAcuanSalah) as e:
        acuan.baca({"tanggal_acuan": nilai}, {})
    assert "extra.tanggal_acuan" in str(e.value)


def test_setelan_kosong_ditolak():
    for extra in ({}, None, {"tanggal_acuan": None}):
        with pytest.raises(acuan.TanggalAcuanSalah, match=r"extra\.tanggal_acuan.*BJA_TANGGAL_ACUAN"):
            acuan.baca(extra, {})


# --- what the macros do with it ---------------------------------------------------------


class _Env:
    """The part of mkdocs-macros' plugin object that define_env uses."""

    def __init__(self, extra):
        self.conf = {"extra": extra}
        self.variables: dict = {}
        self.macros: dict = {}
        self.filters: dict = {}

    def macro(self, f, name=""):
        self.macros[name or f.__name__] = f

    def filter(self, f, name=""):
        self.filters[name or f.__name__] = f


def test_define_env_memakai_tanggal_acuan(monkeypatch):
    monkeypatch.delenv("BJA_TANGGAL_ACUAN", raising=False)
    monkeypatch.setattr(acuan, "_aktif", {})
    env = _Env({"tanggal_acuan": date(2024, 6, 15)})
    macros.define_env(env)
    assert env.variables["hari_ini"] == env.variables["tanggal_acuan"] == "2024-06-15"
    assert env.macros["now"]() == datetime(2024, 6, 15)
    assert env.macros["berlaku_sejak"]("ppn.tarif") == "1 April 2022"

    monkeypatch.setenv("BJA_TANGGAL_ACUAN", "2025-01-02")
    macros.define_env(env)
    assert env.variables["hari_ini"] == env.variables["tanggal_acuan"] == "2025-01-02"
    assert env.macros["berlaku_sejak"]("ppn.tarif") == "1 Januari 2025"


def test_define_env_gagal_jelas_bila_salah(monkeypatch):
    from mkdocs.exceptions import PluginError

    monkeypatch.setenv("BJA_TANGGAL_ACUAN", "2026-12-32")
    monkeypatch.setattr(acuan, "_aktif", {})
    with pytest.raises(PluginError, match="BJA_TANGGAL_ACUAN"):
        macros.define_env(_Env({"tanggal_acuan": date(2026, 12, 1)}))


def test_nilai_tanpa_tanggal_mengikuti_tanggal_acuan(tanggal_aktif):
    tanggal_aktif(date(2024, 12, 31))
    assert angka.persen_param("ppn.tarif") == angka.persen_param("ppn.tarif", "2024-12-31")
    assert angka.nilai_param("ppn.tarif") == parameter("ppn.tarif", date(2024, 12, 31)).nilai
    tanggal_aktif(date(2025, 1, 1))
    assert angka.nilai_param("ppn.tarif") == parameter("ppn.tarif", date(2025, 1, 1)).nilai
    assert pajak_kalender.berlaku_sejak("ppn.tarif") == "1 Januari 2025"


@pytest.mark.parametrize("tanggal", [date(2028, 6, 1), date(1990, 1, 1)])
def test_di_luar_cakupan_gagal_dengan_nama_setelan(tanggal_aktif, tanggal):
    tanggal_aktif(tanggal)
    for panggil in (lambda: angka.nilai_param("ppn.tarif"), lambda: angka.persen_param("ppn.tarif"),
                    lambda: angka.rupiah_param("bea_meterai.tarif"), lambda: angka.dasar("ppn.tarif"),
                    lambda: pajak_kalender.berlaku_sejak("ppn.tarif")):
        with pytest.raises(acuan.TanggalAcuanDiLuarCakupan) as e:
            panggil()
        pesan = str(e.value)
        assert "extra.tanggal_acuan" in pesan and "BJA_TANGGAL_ACUAN" in pesan
        assert tanggal.isoformat() in pesan
    # an explicit date is the page's own choice: the usual error, not the setting's
    with pytest.raises(TanggalTidakDicakup) as e:
        angka.nilai_param("ppn.tarif", "2028-06-01")
    assert not isinstance(e.value, acuan.TanggalAcuanDiLuarCakupan)


def test_epoch_tengah_malam_utc():
    assert acuan.epoch(date(2026, 12, 1)) == 1796083200
    assert acuan.epoch(date(1970, 1, 2)) == 86400


# --- the built site does not depend on the clock -----------------------------------------


def _berkas(akar: Path) -> dict[str, Path]:
    return {p.relative_to(akar).as_posix(): p for p in akar.rglob("*") if p.is_file()}


@pytest.mark.situs
def test_build_dengan_jam_lain_identik(situs, tmp_path):
    faketime = shutil.which("faketime")
    if faketime is None:
        if os.environ.get("CI") == "true":
            pytest.fail("faketime not found; CI must install Debian's faketime (.ci/run)")
        pytest.skip("faketime not installed (apt-get install faketime)")
    keluaran = tmp_path / "situs-2028"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proses = subprocess.run(
        [faketime, JAM_PALSU, sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(keluaran)],
        cwd=AKAR, env=env, capture_output=True, text=True, timeout=1800,
    )
    assert proses.returncode == 0, f"build under faketime {JAM_PALSU} failed:\n{proses.stdout}\n{proses.stderr}"
    a, b = _berkas(situs), _berkas(keluaran)
    berbeda = sorted(
        [f"{r} (only in {situs})" for r in a.keys() - b.keys()]
        + [f"{r} (only in the faketime build)" for r in b.keys() - a.keys()]
        + [r for r in a.keys() & b.keys() if a[r].read_bytes() != b[r].read_bytes()]
    )
    assert not berbeda, (f"{len(berbeda)} file(s) differ between {situs} and the build at {JAM_PALSU}:\n"
                         + "\n".join(berbeda))
