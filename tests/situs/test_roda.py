"""The two wheels of the site (hooks/runtime.py, pyproject.toml, pyproject-kontrak.toml).

Built with the setuptools backend from a temporary copy of the sources: the same sources give the
same bytes; the tax wheel every calculator page downloads holds no file of the contract library, and
the contract wheel holds nothing else; together they are the whole package. The last test reads the
built site: which page references which wheel.
"""
from __future__ import annotations

import hashlib
import importlib.util
import zipfile
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def runtime():
    spec = importlib.util.spec_from_file_location("runtime_uji", AKAR / "hooks" / "runtime.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul


@pytest.fixture(scope="module")
def roda(runtime, tmp_path_factory):
    """Each wheel built twice, from two separate copies of the sources, without the cache."""
    hasil = {}
    for jenis, konfigurasi in runtime.KONFIGURASI_RODA.items():
        dua = []
        for i in range(2):
            tmp = tmp_path_factory.mktemp(f"{jenis}{i}")
            runtime._salin_sumber(tmp / "sumber")
            dua.append(runtime.bangun_roda(tmp / "sumber", konfigurasi, tmp / "dist"))
        hasil[jenis] = dua
    return hasil


def _isi(roda: Path) -> list[str]:
    return [n for n in zipfile.ZipFile(roda).namelist() if ".dist-info/" not in n]


def test_roda_dibangun_dua_kali_sama_persis(roda):
    for jenis, (a, b) in roda.items():
        assert a.name == b.name
        assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest(), jenis
        # SOURCE_DATE_EPOCH reached the zip entries: no build-day timestamp
        assert {i.date_time for i in zipfile.ZipFile(a).infolist()} == {(2020, 1, 1, 0, 0, 0)}, jenis


def test_roda_pajak_tanpa_kontrak_roda_kontrak_hanya_kontrak(roda, runtime):
    pajak, kontrak = _isi(roda["pajak"][0]), _isi(roda["kontrak"][0])
    assert roda["pajak"][0].name.startswith("calculators-") and roda["kontrak"][0].name.startswith("calculators_kontrak-")
    assert "calculators/api.py" in pajak and "calculators/kalkulator/pph23.py" in pajak
    assert any(n.startswith("calculators/parameter/") and n.endswith(".toml") for n in pajak)
    assert not [n for n in pajak if n.startswith("calculators/kontrak/")]
    assert kontrak and all(n.startswith("calculators/kontrak/") for n in kontrak), kontrak
    assert any(n.startswith("calculators/kontrak/templat/") for n in kontrak)
    assert any(n.startswith("calculators/kontrak/klausul/") for n in kontrak)
    # together: every source file of the package, each in exactly one wheel
    sumber = sorted(p.relative_to(AKAR).as_posix() for p in runtime._berkas_sumber() if p.suffix in (".py", ".toml", ".json", ".md"))
    assert sorted(pajak + kontrak) == sumber


def test_roda_lengkap_dengan_metadata_standar(roda):
    for jenis, (a, _) in roda.items():
        z = zipfile.ZipFile(a)
        info = {n.split("/", 1)[1] for n in z.namelist() if ".dist-info/" in n}
        assert {"METADATA", "WHEEL", "RECORD"} <= info, (jenis, info)
        wheel = z.read(next(n for n in z.namelist() if n.endswith(".dist-info/WHEEL"))).decode()
        assert "Generator: setuptools" in wheel and "Tag: py3-none-any" in wheel and "Root-Is-Purelib: true" in wheel


def test_tulis_roda_memakai_ulang_dan_alamat_sesuai_isi(runtime, tmp_path):
    pertama = runtime.tulis_roda(tmp_path)
    kedua = runtime.tulis_roda(tmp_path)
    assert pertama == kedua and set(pertama) == {"pajak", "kontrak"}
    for r in pertama.values():
        assert r.parent.name == hashlib.sha256(r.read_bytes()).hexdigest()[:12]
    assert not list(AKAR.glob("*.egg-info")) and not (AKAR / "build").exists()


def test_halaman_pajak_hanya_merujuk_roda_pajak(situs):
    semua = sorted(p.relative_to(situs).as_posix() for p in (situs / "assets" / "roda").rglob("*.whl"))
    pajak = [u for u in semua if Path(u).name.startswith("calculators-")]
    kontrak = [u for u in semua if Path(u).name.startswith("calculators_kontrak-")]
    assert len(pajak) == 1 and len(kontrak) == 1, semua
    halaman = [p for p in sorted(situs.rglob("index.html")) if 'class="bja-kalkulator' in p.read_text(encoding="utf-8")]
    assert len(halaman) > 2
    for p in halaman:
        html = p.read_text(encoding="utf-8")
        pembuat = p.relative_to(situs).as_posix() == "templat/pembuat/index.html"
        assert pajak[0] in html, p
        assert (kontrak[0] in html) == pembuat, p


# ---- Pyodide pinned: its memory-snapshot API is private (hooks/runtime.py periksa_pyodide) ----------

def test_pyodide_dipin_sama_dengan_package_json(runtime):
    import json
    paket = json.loads((AKAR / "package.json").read_text(encoding="utf-8"))
    semua = {**paket.get("dependencies", {}), **paket.get("devDependencies", {})}
    assert semua["pyodide"] == runtime.VERSI_PYODIDE  # exact, no range
    runtime.periksa_pyodide(runtime.versi_pyodide())  # node_modules holds the pinned one


def test_versi_lain_menggagalkan_build_dengan_jelas(runtime):
    with pytest.raises(RuntimeError, match=r"pinned to Pyodide 314\.0\.7.*private API.*_loadSnapshot"):
        runtime.periksa_pyodide("315.0.0")


def test_api_potret_hilang_menggagalkan_build(runtime, tmp_path, monkeypatch):
    for nama in ("pyodide.mjs", "pyodide.asm.mjs"):
        (tmp_path / nama).write_text((runtime.PYODIDE / nama).read_text(encoding="utf-8")
                                     .replace("makeMemorySnapshot", "makeSnapshotV2"), encoding="utf-8")
    monkeypatch.setattr(runtime, "PYODIDE", tmp_path)
    with pytest.raises(RuntimeError, match=r"no longer has the private snapshot API.*makeMemorySnapshot in pyodide\.asm\.mjs"):
        runtime.periksa_pyodide(runtime.VERSI_PYODIDE)


def test_ukuran_berkas_runtime_untuk_kemajuan_unduhan(runtime, tmp_path):
    """The sizes the worker's progress line counts from: raw and as sent (brotli copy if any)."""
    teks = tmp_path / "a.json"
    teks.write_text('{"x": "' + "ab" * 5000 + '"}')
    zip_ = tmp_path / "b.zip"
    zip_.write_bytes(bytes(range(256)) * 8)
    u = runtime.ukuran_berkas([teks, zip_])
    assert u["a.json"][0] == teks.stat().st_size and u["a.json"][1] < u["a.json"][0] / 10
    assert u["b.zip"] == [2048, 2048]
