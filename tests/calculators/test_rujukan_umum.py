"""Every legal basis a step of the non-tax rule modules prints comes from a dated parameter.

Two checks:

1. Static (AST): in the eight top-level rule modules below, no string constant (or constant part of
   an f-string) passed as the ``dasar_hukum`` of ``Langkah(...)`` (3rd positional argument or
   keyword) names a regulation, and no module-level string constant outside the docstring does.
   Tax names such as "PPh Pasal 23" are names, not citations, and are ignored.
2. Dated: for a few dates per module, every step's basis is made only of citations of parameter
   values in force on that date (the value ``parameter(jalur, tanggal)`` returns), joined by "; ".
"""
from __future__ import annotations

import ast
import re
from datetime import date
from decimal import Decimal as D
from functools import lru_cache
from pathlib import Path

import pytest

from calculators import bea_meterai as bm
from calculators import biaya_karyawan as bk
from calculators import biaya_platform as bp
from calculators import hari_libur as hl
from calculators import jatuh_tempo as jt
from calculators.parameter import (
    TanggalTidakDicakup,
    berkas,
    daftar_berkas,
    dasar_hukum,
    parameter,
)

AKAR = Path(__file__).resolve().parents[2] / "calculators"
MODUL = ("bea_meterai", "biaya_karyawan", "biaya_platform", "jatuh_tempo", "kredit_sla",
         "model_harga", "termin", "hari_libur")

PENANDA = re.compile(
    r"\b(UU|PP|PMK|PER-|Perpres|Perppu|Permenaker|Keppres|SKB|KMK|KUHPerdata|SE-|Pasal)\b")
#: Names of taxes ("PPh Pasal 21/26", "PPh Pasal 4 ayat (2)", "PPh 23") are not citations.
NAMA_PAJAK = re.compile(r"PPh\s+(Pasal\s+)?\d+(/\d+)?(\s+ayat\s+\(\d+\))?")


def _menyebut_aturan(teks: str) -> bool:
    return bool(PENANDA.search(NAMA_PAJAK.sub("", teks)))


def _string_di(simpul: ast.AST) -> list[str]:
    """Every string constant inside ``simpul``, f-string constant parts included."""
    return [n.value for n in ast.walk(simpul) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _nama_fungsi(f: ast.expr) -> str:
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return ""


def pelanggaran(sumber: str) -> list[str]:
    """Literal citations in ``sumber`` (Python source): one message per offending string."""
    pohon = ast.parse(sumber)
    salah: list[str] = []
    for n in ast.walk(pohon):
        if isinstance(n, ast.Call) and _nama_fungsi(n.func) == "Langkah":
            dasar = [k.value for k in n.keywords if k.arg == "dasar_hukum"]
            if len(n.args) >= 3:
                dasar.append(n.args[2])
            for d in dasar:
                for s in _string_di(d):
                    if _menyebut_aturan(s):
                        salah.append(f"baris {n.lineno}: Langkah(dasar_hukum=...) memuat {s!r}")
    badan = pohon.body
    if badan and isinstance(badan[0], ast.Expr) and isinstance(badan[0].value, ast.Constant):
        badan = badan[1:]  # the module docstring may name regulations: it is documentation
    for pernyataan in badan:
        if isinstance(pernyataan, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            nilai = pernyataan.value
            if nilai is None:
                continue
            for s in _string_di(nilai):
                if _menyebut_aturan(s):
                    salah.append(f"baris {pernyataan.lineno}: konstanta modul memuat {s!r}")
    return salah


@pytest.mark.parametrize("modul", MODUL)
def test_tidak_ada_rujukan_harfiah(modul):
    sumber = (AKAR / f"{modul}.py").read_text(encoding="utf-8")
    assert pelanggaran(sumber) == []


def test_pemeriksa_menangkap_rujukan_harfiah():
    # The checker itself must be able to fail: each of these is a literal citation.
    contoh = {
        'Langkah("a", None, "UU 10/2020 Pasal 9")': 1,
        'Langkah("a", None, "x" if lama else "UU 13/1985")': 1,
        'Langkah("a", None, f"{p.dasar_hukum}; PMK 78/2024")': 1,
        'Langkah("a", dasar_hukum="KUHPerdata Pasal 1338", jumlah=None)': 1,
        'hasil.Langkah("a", None, "Perpres 82/2018", "teks")': 1,
        'DASAR = {"x": "PP 44/2015 Pasal 16"}': 1,
        'Langkah("a", None, dasar_hukum("bea_meterai.dasar.rangkap", t))': 0,
        'Langkah("PPh Pasal 23 dipotong", None, p.dasar_hukum)': 0,
        'NAMA = ("PPh Pasal 21 yang Anda potong", "SPT Masa PPh Pasal 21/26", "PPh Pasal 4 ayat (2)")': 0,
        '"""Docstring naming UU 10/2020 Pasal 9."""': 0,
    }
    for kode, jumlah in contoh.items():
        assert len(pelanggaran(kode)) == jumlah, kode


# --- dated check -------------------------------------------------------------------------------


def _jalur_semua() -> list[str]:
    """Every dated parameter path in every parameter file."""
    hasil: list[str] = []

    def telusur(awalan: str, simpul) -> None:
        if not isinstance(simpul, dict):
            return
        nilai = simpul.get("nilai")
        if isinstance(nilai, list) and nilai and all(isinstance(v, dict) and "mulai" in v for v in nilai):
            hasil.append(awalan)
            return
        for k, v in simpul.items():
            telusur(f"{awalan}.{k}", v)

    for nama in daftar_berkas():
        telusur(nama, berkas(nama))
    return hasil


@lru_cache(maxsize=None)
def rujukan_berlaku(tanggal: date) -> frozenset[str]:
    """The citations of every parameter value in force on ``tanggal``."""
    hasil = set()
    for jalur in _jalur_semua():
        try:
            hasil.add(parameter(jalur, tanggal).dasar_hukum)
        except TanggalTidakDicakup:
            pass
    return frozenset(hasil)


def tersusun_dari(dasar: str, boleh: frozenset[str]) -> bool:
    """Whether ``dasar`` is one or more allowed citations joined by "; " (a citation may itself
    contain "; ", so every split of the parts is tried)."""
    bagian = dasar.split("; ")
    bisa = [True] + [False] * len(bagian)
    for j in range(1, len(bagian) + 1):
        bisa[j] = any(bisa[i] and "; ".join(bagian[i:j]) in boleh for i in range(j))
    return bisa[-1]


def test_tersusun_dari_bisa_gagal():
    boleh = frozenset({"UU 10/2020 Pasal 9", "A; B", "C"})
    assert tersusun_dari("UU 10/2020 Pasal 9", boleh)
    assert tersusun_dari("A; B; C", boleh)
    assert not tersusun_dari("A", boleh)
    assert not tersusun_dari("UU 10/2020 Pasal 9; PMK 78/2024", boleh)
    assert not tersusun_dari("", boleh)


def _periksa(langkah, tanggal: date) -> None:
    boleh = rujukan_berlaku(tanggal)
    for l in langkah:
        assert l.dasar_hukum, l.teks
        assert tersusun_dari(l.dasar_hukum, boleh), (tanggal, l.teks, l.dasar_hukum)


@pytest.mark.parametrize("tanggal", [date(2020, 6, 15), date(2023, 6, 15), date(2024, 6, 15),
                                     date(2024, 11, 15), date(2025, 6, 15), date(2026, 6, 15)])
def test_bea_meterai_merujuk_aturan_yang_berlaku(tanggal):
    for jenis in bm.JENIS_DOKUMEN:
        for nominal in ("200000", "800000", "2000000", "5000000", "7500000"):
            for rangkap in (1, 2):
                h = bm.bea_meterai(jenis, D(nominal), rangkap, tanggal)
                _periksa(h.langkah, tanggal)


def test_bea_meterai_sebelum_cakupan_ditolak():
    with pytest.raises(TanggalTidakDicakup):
        bm.bea_meterai("surat_perjanjian", D(1), 1, date(1999, 12, 31))


def test_bea_meterai_pmk_78_2024_hanya_sejak_november_2024():
    def pelunasan(t: date) -> str:
        h = bm.bea_meterai("kuitansi", D(6_000_000), 1, t)
        return next(l.dasar_hukum for l in h.langkah if l.teks.startswith("Lunasi"))

    assert "PMK 78/2024" not in pelunasan(date(2024, 10, 31))
    assert "PMK 78/2024" in pelunasan(date(2024, 11, 1))


def test_bea_meterai_sebelum_2021_merujuk_uu_13_1985():
    for jenis in bm.JENIS_DOKUMEN:
        h = bm.bea_meterai(jenis, D(2_000_000), 2, date(2020, 6, 15))
        semua = " ".join(l.dasar_hukum for l in h.langkah)
        assert "UU 13/1985" in semua and "UU 10/2020" not in semua, jenis
        h = bm.bea_meterai(jenis, D(6_000_000), 2, date(2021, 1, 1))
        semua = " ".join(l.dasar_hukum for l in h.langkah)
        assert "UU 10/2020" in semua and "UU 13/1985" not in semua, jenis


@pytest.mark.parametrize("tanggal", [date(2024, 6, 15), date(2025, 6, 15), date(2026, 6, 15)])
def test_biaya_karyawan_merujuk_aturan_yang_berlaku(tanggal):
    for kelas in bk.KELAS_JKK:
        for masa_kerja in (0, 6, 12):
            h = bk.biaya_karyawan(D(15_000_000), masa_kerja, kelas, tanggal)
            _periksa(h.langkah, tanggal)


@pytest.mark.parametrize("tanggal", [date(2020, 6, 15), date(2023, 6, 15)])
def test_biaya_karyawan_sebelum_cakupan_ditolak(tanggal):
    with pytest.raises(TanggalTidakDicakup):
        bk.biaya_karyawan(D(10_000_000), 12, "rendah", tanggal)


def test_biaya_karyawan_pp_6_2025_hanya_sejak_berlaku():
    def jkk(t: date) -> str:
        h = bk.biaya_karyawan(D(10_000_000), 12, "rendah", t)
        return next(l.dasar_hukum for l in h.langkah if l.teks.startswith("JKK"))

    assert "PP 6/2025" not in jkk(date(2024, 6, 15))
    assert "PP 6/2025" in jkk(date(2025, 6, 15))


@pytest.mark.parametrize("masa", ["2024-05", "2024-11", "2024-12", "2025-05", "2026-05"])
def test_jatuh_tempo_merujuk_aturan_yang_berlaku(masa):
    acuan = jt.tanggal_acuan(masa)
    for jenis in jt.JENIS_PAJAK:
        _periksa(jt.jatuh_tempo(masa, jenis).langkah, acuan)


def test_jatuh_tempo_sebelum_2025_tidak_merujuk_pmk_81_2024():
    for jenis in jt.JENIS_PAJAK:
        semua = " ".join(l.dasar_hukum for l in jt.jatuh_tempo("2024-05", jenis).langkah)
        assert "PMK 81/2024" not in semua, jenis


def test_peringatan_bea_meterai_pada_jatuh_tempo_dari_parameter():
    h = jt.jatuh_tempo("2025-05", "bea_meterai")
    dasar = dasar_hukum("bea_meterai.dasar.saat_terutang", jt.tanggal_acuan("2025-05"))
    assert any(f"({dasar})" in p for p in h.peringatan)


@pytest.mark.parametrize("tanggal", [date(2025, 6, 15), date(2026, 12, 1)])
def test_biaya_platform_merujuk_data_yang_berlaku(tanggal):
    boleh = rujukan_berlaku(tanggal)
    diperiksa = 0
    for saluran, daftar in bp.TARIF.items():
        for t in daftar:
            if not t.ada_data:
                continue
            try:
                n = bp.tarif_data(saluran, t.kunci, tanggal)
            except TanggalTidakDicakup:
                continue
            assert n.dasar in boleh, (saluran, t.kunci, n.dasar)
            diperiksa += 1
    assert diperiksa > 0


@pytest.mark.parametrize("tahun", [2024, 2025, 2026, 2027])
def test_hari_libur_merujuk_keputusan_tahun_itu(tahun):
    data = hl.tahun_libur(tahun)
    assert data.dasar_hukum in rujukan_berlaku(date(tahun, 6, 15))
    assert data.dasar_hukum not in rujukan_berlaku(date(tahun - 1, 6, 15))


def test_dasar_hukum_tanpa_tanggal_hanya_untuk_satu_nilai_terbuka():
    assert dasar_hukum("upah.pengertian").startswith("UU 13/2003")
    with pytest.raises(ValueError):
        dasar_hukum("bea_meterai.dasar.pihak_sepihak")  # two dated values: a date is required
