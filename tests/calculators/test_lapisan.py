"""Layers: the rule modules (``calculators/*.py``, the parameters, the contract engine) never import
the page layer (``api``, ``kalkulator``) or the views (``tampilan``); views import no calculator."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PAKET = Path(__file__).resolve().parents[2] / "calculators"
PINTU = {"api.py", "__main__.py"}  # the entry points may import everything
ATAS = ("api", "kalkulator", "tampilan")


def _impor(berkas: Path) -> list[str]:
    nama = []
    for node in ast.walk(ast.parse(berkas.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            modul = node.module or ""
            nama.append(modul if node.level == 0 else "." * node.level + modul)
            nama += ["." * node.level + (modul + "." if modul else "") + a.name for a in node.names]
        elif isinstance(node, ast.Import):
            nama += [a.name for a in node.names]
    return nama


def _lapisan_atas(impor: str) -> bool:
    bagian = impor.lstrip(".").replace("calculators.", "", 1).split(".")
    return bagian[0] in ATAS


ATURAN = sorted(p for p in PAKET.glob("*.py") if p.name not in PINTU) + sorted(
    p for sub in ("parameter", "kontrak") for p in (PAKET / sub).rglob("*.py"))


@pytest.mark.parametrize("berkas", ATURAN, ids=lambda p: p.relative_to(PAKET).as_posix())
def test_aturan_tidak_mengimpor_lapisan_halaman(berkas):
    salah = [i for i in _impor(berkas) if _lapisan_atas(i)]
    assert not salah, f"{berkas.name} mengimpor lapisan halaman/tampilan: {salah}"


@pytest.mark.parametrize("berkas", sorted((PAKET / "tampilan").glob("*.py")), ids=lambda p: p.name)
def test_tampilan_tidak_menghitung_lewat_kalkulator(berkas):
    salah = [i for i in _impor(berkas) if "api" in i.split(".") or i.endswith("pembayaran_jasa")]
    assert not salah, f"tampilan/{berkas.name} memanggil mesin hitung: {salah}"


def test_pemeriksa_impor_dapat_gagal():
    assert _lapisan_atas(".kalkulator.pembayaran") and _lapisan_atas(".api") and not _lapisan_atas(".pph23")
