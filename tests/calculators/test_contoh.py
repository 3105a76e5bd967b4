"""Published worked examples, kept as data in tests/contoh/*.toml and run through the public API.

One file per source (a regulation or a named publication). Each ``[[kasus]]`` names the exact
example, the calculator, its inputs as the CLI takes them, and the expected outputs. This module
checks the files' schema and runs one pytest case per example through
``calculators.api.jalankan``. Standard library only (tomllib), so it also runs inside Pyodide
(``node tests/pyodide/run.mjs tests/calculators/test_contoh.py``), where the repository is mounted
at /repo and the ``__file__``-relative folder below still resolves.
"""
from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest

from calculators import api
from calculators.kalkulator import daftar

FOLDER = Path(__file__).resolve().parent.parent / "contoh"
BERKAS = sorted(FOLDER.glob("*.toml"))

# Every example that existed as a Python test when they were moved here (see the commit that
# created this folder), plus the ones added since. Lower it only when removing an example on
# purpose; it stops a wrong path or a deleted file from silently running nothing.
JUMLAH_MINIMUM = 10

KUNCI_BERKAS = {"judul", "sumber", "diperiksa", "kasus"}
KUNCI_KASUS = {"nama", "sumber", "kalkulator", "masukan", "keluaran"}
KUNCI_KASUS_OPSIONAL = {"catatan"}
# A source must be something a reader can open, never the project's private research notes.
SUMBER_TERLARANG = ("tax-rules", "shared/research", "research/", "/work/", "/tmp/", "file:")
NAMA_SAH = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def muat(berkas: Path) -> dict[str, Any]:
    with berkas.open("rb") as f:
        return tomllib.load(f, parse_float=Decimal)


def _sumber_bermasalah(sumber: Any, tempat: str) -> list[str]:
    if not isinstance(sumber, str) or not sumber.strip():
        return [f"{tempat}: 'sumber' must be a non-empty string"]
    rendah = sumber.lower()
    return [f"{tempat}: 'sumber' cites a private note ({t!r}); cite a public source"
            for t in SUMBER_TERLARANG if t in rendah]


def _nilai_masukan_sah(v: Any) -> bool:
    if isinstance(v, list):
        return all(_nilai_masukan_sah(x) for x in v)
    # JSON types the CLI accepts; TOML dates are passed on as ISO text. No TOML floats: write
    # amounts as text ("10.500.100,50"), exactly as a reader types them.
    return isinstance(v, (str, bool, int, date)) and not isinstance(v, datetime)


def periksa_kasus(kasus: Any, tempat: str) -> list[str]:
    """Problems with one [[kasus]] table (empty when it is well formed)."""
    if not isinstance(kasus, dict):
        return [f"{tempat}: each [[kasus]] must be a table"]
    masalah = [f"{tempat}: missing key {k!r}" for k in sorted(KUNCI_KASUS - kasus.keys())]
    masalah += [f"{tempat}: unknown key {k!r}"
                for k in sorted(kasus.keys() - KUNCI_KASUS - KUNCI_KASUS_OPSIONAL)]
    nama = kasus.get("nama")
    if "nama" in kasus and not (isinstance(nama, str) and NAMA_SAH.match(nama)):
        masalah.append(f"{tempat}: 'nama' must be lower-case-kebab text, got {nama!r}")
    if "sumber" in kasus:
        masalah += _sumber_bermasalah(kasus["sumber"], tempat)
    if "catatan" in kasus and not (isinstance(kasus["catatan"], str) and kasus["catatan"].strip()):
        masalah.append(f"{tempat}: 'catatan' must be non-empty text when present")
    kalk = None
    if "kalkulator" in kasus:
        if kasus["kalkulator"] not in daftar():
            masalah.append(f"{tempat}: unknown calculator {kasus['kalkulator']!r}; "
                           f"choose one of {sorted(daftar())}")
        else:
            kalk = daftar()[kasus["kalkulator"]]
    masukan = kasus.get("masukan")
    if "masukan" in kasus:
        if not isinstance(masukan, dict) or not masukan:
            masalah.append(f"{tempat}: 'masukan' must be a non-empty table")
        else:
            for k, v in masukan.items():
                if kalk is not None and k not in kalk.masukan:
                    masalah.append(f"{tempat}: input {k!r} is not an input of {kalk.nama}")
                if not _nilai_masukan_sah(v):
                    masalah.append(f"{tempat}: input {k!r} must be text, a whole number, a boolean "
                                   f"or a date, got {v!r}")
    keluaran = kasus.get("keluaran")
    if "keluaran" in kasus and (not isinstance(keluaran, dict) or not keluaran):
        masalah.append(f"{tempat}: 'keluaran' must be a non-empty table")
    return masalah


def periksa_berkas(data: Any, nama_berkas: str) -> list[str]:
    """Problems with one example file (empty when it is well formed)."""
    if not NAMA_SAH.match(nama_berkas):
        return [f"{nama_berkas}: file name must be lower-case-kebab (e.g. pmk-141-2015.toml)"]
    if not isinstance(data, dict):
        return [f"{nama_berkas}: not a TOML table"]
    masalah = [f"{nama_berkas}: missing key {k!r}" for k in sorted(KUNCI_BERKAS - data.keys())]
    masalah += [f"{nama_berkas}: unknown key {k!r}" for k in sorted(data.keys() - KUNCI_BERKAS)]
    if "judul" in data and not (isinstance(data["judul"], str) and data["judul"].strip()):
        masalah.append(f"{nama_berkas}: 'judul' must be non-empty text")
    if "sumber" in data:
        masalah += _sumber_bermasalah(data["sumber"], nama_berkas)
        if isinstance(data["sumber"], str) and "https://" not in data["sumber"]:
            masalah.append(f"{nama_berkas}: 'sumber' must give at least one public https:// address")
    if "diperiksa" in data:
        d = data["diperiksa"]
        if not isinstance(d, date) or isinstance(d, datetime) or d.year < 2020:
            masalah.append(f"{nama_berkas}: 'diperiksa' must be a TOML date (YYYY-MM-DD), got {d!r}")
    kasus = data.get("kasus")
    if "kasus" in data:
        if not isinstance(kasus, list) or not kasus:
            masalah.append(f"{nama_berkas}: needs at least one [[kasus]]")
        else:
            dilihat: set[str] = set()
            for i, k in enumerate(kasus, 1):
                tempat = f"{nama_berkas} [[kasus]] #{i}"
                masalah += periksa_kasus(k, tempat)
                nama = k.get("nama") if isinstance(k, dict) else None
                if nama in dilihat:
                    masalah.append(f"{tempat}: duplicate nama {nama!r}")
                dilihat.add(nama)
    return masalah


def beda(harapan: Any, nyata: Any, jalur: str) -> list[str]:
    """Differences between an expected value from a file and a JSON-ready output value.

    Numbers compare as Decimal (so 80000, 80_000 and "80000" on the output side agree), TOML
    dates against ISO date text, text and booleans exactly, lists item by item, tables key by key.
    """
    if isinstance(harapan, bool):
        cocok = nyata is harapan
    elif isinstance(harapan, (int, Decimal)):
        cocok = False
        if not isinstance(nyata, bool) and isinstance(nyata, (int, float, Decimal, str)):
            try:
                cocok = Decimal(str(nyata)) == Decimal(harapan)
            except InvalidOperation:
                cocok = False
    elif isinstance(harapan, datetime):
        return [f"{jalur}: write dates without a time (YYYY-MM-DD)"]
    elif isinstance(harapan, date):
        cocok = nyata == harapan.isoformat()
    elif isinstance(harapan, str):
        cocok = nyata == harapan
    elif isinstance(harapan, list):
        if not isinstance(nyata, list) or len(nyata) != len(harapan):
            return [f"{jalur}: expected a list of {len(harapan)} items, got {nyata!r}"]
        return [m for i, (h, n) in enumerate(zip(harapan, nyata)) for m in beda(h, n, f"{jalur}[{i}]")]
    elif isinstance(harapan, dict):
        if not isinstance(nyata, dict):
            return [f"{jalur}: expected a table, got {nyata!r}"]
        return [m for k, h in harapan.items()
                for m in (beda(h, nyata[k], f"{jalur}.{k}") if k in nyata
                          else [f"{jalur}.{k}: missing from the output"])]
    else:
        return [f"{jalur}: unsupported expected value {harapan!r}"]
    return [] if cocok else [f"{jalur}: expected {harapan!r}, got {nyata!r}"]


def masukan_cli(masukan: dict[str, Any]) -> dict[str, Any]:
    """The inputs as JSON would carry them: TOML dates become ISO text."""
    def ubah(v: Any) -> Any:
        if isinstance(v, list):
            return [ubah(x) for x in v]
        return v.isoformat() if isinstance(v, date) else v
    return {k: ubah(v) for k, v in masukan.items()}


def _kasus() -> list[Any]:
    semua = []
    for berkas in BERKAS:
        data = muat(berkas)
        for i, kasus in enumerate(data.get("kasus") or [], 1):
            nama = kasus.get("nama", f"kasus-{i}") if isinstance(kasus, dict) else f"kasus-{i}"
            semua.append(pytest.param(berkas.stem, data, kasus, id=f"{berkas.stem}-{nama}"))
    return semua


KASUS = _kasus()


def test_folder_contoh_ditemukan():
    assert FOLDER.is_dir(), f"{FOLDER} not found"
    assert len(KASUS) >= JUMLAH_MINIMUM, (
        f"only {len(KASUS)} examples in {FOLDER}; expected at least {JUMLAH_MINIMUM}")


@pytest.mark.parametrize("berkas", BERKAS, ids=lambda b: b.stem)
def test_skema_berkas(berkas):
    masalah = periksa_berkas(muat(berkas), berkas.stem)
    assert not masalah, "\n".join(masalah)


@pytest.mark.parametrize("stem,data,kasus", KASUS)
def test_contoh_resmi(stem, data, kasus):
    tempat = f"tests/contoh/{stem}.toml, kasus {kasus.get('nama')!r}"
    masalah = periksa_kasus(kasus, tempat)
    assert not masalah, "\n".join(masalah)
    sumber = f"{kasus['sumber']}\n  (file source: {data.get('sumber', '?')})"
    r = api.jalankan(kasus["kalkulator"], masukan_cli(kasus["masukan"]))
    assert r["ok"], f"{tempat}: the calculator refused the inputs {r.get('kesalahan')}\n  example: {sumber}"
    masalah = []
    for kunci, harapan in kasus["keluaran"].items():
        if kunci not in r["hasil"]:
            masalah.append(f"{kunci}: missing from the output of {kasus['kalkulator']}")
        else:
            masalah += beda(harapan, r["hasil"][kunci], kunci)
    assert not masalah, f"{tempat} no longer matches its published example:\n  " + "\n  ".join(
        masalah) + f"\n  example: {sumber}"


# --- the checker itself must be able to fail ------------------------------------------------

BAIK = {"judul": "Contoh", "sumber": "Contoh, https://contoh.invalid/", "diperiksa": date(2026, 12, 2),
        "kasus": [{"nama": "a", "sumber": "Pasal 1", "kalkulator": "pph23",
                   "masukan": {"bruto": "1 jt", "tanggal": "2025-03-10"}, "keluaran": {"pph23": 20_000}}]}


def _ubah_kasus(**kw):
    return {**BAIK, "kasus": [{**BAIK["kasus"][0], **kw}]}


@pytest.mark.parametrize("data,pesan", [
    ({k: v for k, v in BAIK.items() if k != "sumber"}, "missing key 'sumber'"),
    ({**BAIK, "sumber": "shared/research/tax-rules.md §7, https://x.invalid"}, "private note"),
    ({**BAIK, "sumber": "Koran, 1 Januari 2025"}, "https://"),
    ({**BAIK, "diperiksa": "2026-12-02"}, "TOML date"),
    ({**BAIK, "kasus": []}, "at least one"),
    ({**BAIK, "kasusnya": []}, "unknown key 'kasusnya'"),
    (_ubah_kasus(kalkulator="pph99"), "unknown calculator"),
    (_ubah_kasus(keluaran={}), "'keluaran' must be a non-empty table"),
    (_ubah_kasus(sumber=""), "non-empty string"),
    (_ubah_kasus(sumber="lihat tax-rules.md"), "private note"),
    (_ubah_kasus(nama="Contoh Satu"), "lower-case-kebab"),
    (_ubah_kasus(masukan={"bruto": Decimal("1.5")}), "must be text"),
    (_ubah_kasus(masukan={"bruto": "1 jt", "kolom_aneh": "1"}), "not an input of pph23"),
    ({**BAIK, "kasus": [BAIK["kasus"][0], BAIK["kasus"][0]]}, "duplicate nama"),
])
def test_pemeriksa_skema_menolak_berkas_rusak(data, pesan):
    assert periksa_berkas(BAIK, "contoh") == []
    masalah = periksa_berkas(data, "contoh")
    assert any(pesan in m for m in masalah), masalah


@pytest.mark.parametrize("harapan,nyata,cocok", [
    (80_000, 80_000, True), (Decimal("0.02"), "0.02", True), (Decimal("0.020"), "0.02", True),
    (80_000, 80_001, False), (80_000, "80000", True), (0, False, False), (1, True, False),
    (date(2025, 2, 17), "2025-02-17", True), (date(2025, 2, 17), "2025-02-15", False),
    ("akhir pekan", "akhir pekan", True), ("akhir pekan", "Akhir pekan", False),
    (True, True, True), (True, 1, False),
    ([0, 300_000], [0, 300_000], True), ([0, 300_000], [0, 300_001], False), ([0], [0, 0], False),
    ({"a": 1}, {"a": 1, "b": 2}, True), ({"a": 1}, {"b": 1}, False),
])
def test_pembanding_keluaran(harapan, nyata, cocok):
    assert (beda(harapan, nyata, "x") == []) is cocok
