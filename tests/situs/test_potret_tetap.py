"""The memory snapshot is reproducible: two runs of tools/potret.mjs on the same wheel give the same
bytes (the same commit builds the same site, snapshot included, on any machine and any day)."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.situs


def test_potret_sama_dua_kali(situs, tmp_path):
    if shutil.which("node") is None:
        pytest.skip("node not installed")
    roda = sorted(p for p in (situs / "assets" / "roda").rglob("calculators-*.whl") if "kontrak" not in p.name)
    assert roda, "no tax wheel in the built site"
    sidik = []
    for i in range(2):
        keluar = tmp_path / f"potret{i}.bin"
        subprocess.run(["node", str(AKAR / "tools" / "potret.mjs"), f"{AKAR / 'node_modules' / 'pyodide'}/",
                        str(keluar), "pph23,ppn", str(roda[0])], check=True, cwd=AKAR, stdout=subprocess.DEVNULL)
        sidik.append(hashlib.sha256(keluar.read_bytes()).hexdigest())
    assert sidik[0] == sidik[1], "two snapshots of the same wheel differ: something in the heap depends on chance or time"
