"""Build hook: ship the Python runtime with the site.

- Builds ``calculators/`` into a pure-Python ``py3-none-any`` wheel (written here with zipfile:
  deterministic, no network, no build isolation) under ``assets/roda/<content hash>/``, so its
  URL changes whenever its content does.
- Copies the five Pyodide files from ``node_modules/pyodide`` to ``assets/pyodide/<version>/``.
- Makes a Pyodide memory snapshot with that wheel imported and warmed up (``tools/potret.mjs``, run
  with Node) under ``assets/potret/<hash>/``: the worker restores it instead of starting Python from
  nothing (about 3 s less CPU per visit; see README "Kecepatan" for the cost in bytes).
- Puts the three URLs in ``config.extra`` for the templates.
"""
from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
PAKET = AKAR / "calculators"
PYODIDE = AKAR / "node_modules" / "pyodide"
BERKAS_PYODIDE = (
    "pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json",
)
WAKTU_TETAP = (2020, 1, 1, 0, 0, 0)


def _versi() -> str:
    for baris in (PAKET / "__init__.py").read_text(encoding="utf-8").splitlines():
        if baris.startswith("__version__"):
            return baris.split("=")[1].strip().strip("\"'")
    raise RuntimeError("calculators/__init__.py has no __version__")


def _berkas_paket() -> list[Path]:
    return sorted(
        p for p in PAKET.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix in (".py", ".toml", ".json", ".md")
    )


def isi_roda() -> dict[str, bytes]:
    """Path inside the wheel -> bytes, dist-info included."""
    versi = _versi()
    info = f"calculators-{versi}.dist-info"
    isi = {p.relative_to(AKAR).as_posix(): p.read_bytes() for p in _berkas_paket()}
    isi[f"{info}/METADATA"] = (
        f"Metadata-Version: 2.1\nName: calculators\nVersion: {versi}\n"
        "Summary: Bayar Jasa Aman calculators\nRequires-Python: >=3.11\n"
    ).encode()
    isi[f"{info}/WHEEL"] = (
        "Wheel-Version: 1.0\nGenerator: bayar-jasa-aman\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    ).encode()
    rekaman = []
    for nama, data in isi.items():
        sidik = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        rekaman.append(f"{nama},sha256={sidik},{len(data)}")
    rekaman.append(f"{info}/RECORD,,")
    isi[f"{info}/RECORD"] = ("\n".join(rekaman) + "\n").encode()
    return isi


def tulis_roda(folder: Path) -> Path:
    """Write the wheel into ``folder/<hash>/`` and return its path."""
    isi = isi_roda()
    sidik = hashlib.sha256(b"".join(k.encode() + v for k, v in sorted(isi.items()))).hexdigest()[:12]
    tujuan = folder / sidik / f"calculators-{_versi()}-py3-none-any.whl"
    if not tujuan.exists():
        tujuan.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(tujuan, "w", zipfile.ZIP_DEFLATED) as z:
            for nama in sorted(isi):
                info = zipfile.ZipInfo(nama, WAKTU_TETAP)
                info.external_attr = 0o644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, isi[nama])
    return tujuan


def versi_pyodide() -> str:
    paket = PYODIDE / "package.json"
    if not paket.exists():
        raise RuntimeError("node_modules/pyodide is missing: run `npm ci` (or `make setup`) first")
    return json.loads(paket.read_text())["version"]


def tulis_potret(roda: Path, folder: Path) -> Path:
    """The memory snapshot for this wheel and this Pyodide, in ``folder/<hash>/potret.bin``.

    The hash covers everything the snapshot depends on (the Pyodide files, the wheel, the script that
    makes it), so its URL changes whenever its content can. Made once per combination (~4 s)."""
    pembuat = AKAR / "tools" / "potret.mjs"
    sidik = hashlib.sha256()
    for bagian in (roda, pembuat, *(PYODIDE / n for n in BERKAS_PYODIDE)):
        sidik.update(hashlib.sha256(bagian.read_bytes()).digest())
    tujuan = folder / sidik.hexdigest()[:12] / "potret.bin"
    if not tujuan.exists():
        tujuan.parent.mkdir(parents=True, exist_ok=True)
        sementara = tujuan.with_suffix(".tmp")
        subprocess.run(["node", str(pembuat), f"{PYODIDE}/", str(roda), str(sementara)],
                       check=True, cwd=AKAR, stdout=subprocess.DEVNULL)
        sementara.replace(tujuan)
    return tujuan


def on_config(config):
    roda = tulis_roda(AKAR / ".cache" / "roda")
    versi = versi_pyodide()  # first: a clear message if node_modules is missing
    potret = tulis_potret(roda, AKAR / ".cache" / "potret")
    config.extra["roda"] = f"assets/roda/{roda.parent.name}/{roda.name}"
    config.extra["potret"] = f"assets/potret/{potret.parent.name}/{potret.name}"
    config.extra["pyodide"] = f"assets/pyodide/{versi}/"
    config.extra["_roda_sumber"] = str(roda)
    config.extra["_potret_sumber"] = str(potret)
    return config


def on_post_build(config):
    situs = Path(config.site_dir)
    tujuan = situs / config.extra["pyodide"]
    tujuan.mkdir(parents=True, exist_ok=True)
    for nama in BERKAS_PYODIDE:
        shutil.copy2(PYODIDE / nama, tujuan / nama)
    roda = situs / config.extra["roda"]
    roda.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(config.extra["_roda_sumber"], roda)
    potret = situs / config.extra["potret"]
    potret.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(config.extra["_potret_sumber"], potret)
