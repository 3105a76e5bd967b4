"""Build hook: ship the Python runtime with the site.

- Builds ``calculators/`` into two pure-Python ``py3-none-any`` wheels with the setuptools backend
  of ``pyproject.toml`` (``python -m build --wheel --no-isolation``, from a temporary copy of the
  sources, so no ``build/`` or ``*.egg-info`` lands in the repo; ``SOURCE_DATE_EPOCH`` and file
  modes fixed, so the same sources give byte-identical wheels):
  ``calculators`` (everything but the contract library), which every calculator page downloads, and
  ``calculators-kontrak`` (``calculators/kontrak/`` alone, ``pyproject-kontrak.toml``), which only
  the pages of the calculators in ``KALKULATOR_KONTRAK`` (the template builder) download on top.
  Each lands under ``assets/roda/<hash of the wheel>/``, so its URL changes whenever its bytes do.
- Copies the five Pyodide files from ``node_modules/pyodide`` to ``assets/pyodide/<version>/``.
- Makes two Pyodide memory snapshots (``tools/potret.mjs``, run with Node) under
  ``assets/potret/<hash>/``: the tax pages' one with the first wheel imported and every calculator
  but those of ``KALKULATOR_KONTRAK`` warmed up (the contract library is not in it), and the builder
  page's with both wheels and every calculator. The worker restores its page's snapshot instead of
  starting Python from nothing (about 3 s less CPU per visit; see README "Kecepatan" for the cost in
  bytes).
- Ships the monthly recap page's third-party wheels (openpyxl, et_xmlfile: ``hooks/roda-lembar.txt``,
  pinned with hashes, fetched into ``.cache/roda-lembar/`` by the Makefile or here when missing)
  under ``assets/roda/<hash>/``; that page (front matter ``rekap: true``) gets the runtime ``rekap``:
  the tax wheel and snapshot, then these wheels, unpacked after the snapshot is restored.
- Puts the URLs in ``config.extra`` for the templates (``runtime``) and, after the build, which
  page uses which of them for the service worker (``runtime_sw``, hooks/layanan.py).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
PAKET = AKAR / "calculators"
PYODIDE = AKAR / "node_modules" / "pyodide"
BERKAS_PYODIDE = (
    "pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json",
)
# The memory-snapshot API (loadPyodide's `_loadSnapshot`, `pyodide.makeMemorySnapshot()`) is private
# in Pyodide: it may change in any release. The version is pinned exactly in package.json and here;
# an upgrade must be checked (snapshot made and restored, the fallback to a normal start still
# working: tests/browser/test_pph23.py, test_mulai.py) before this pin is moved. The build fails
# with a clear message otherwise (pruefe_pyodide).
VERSI_PYODIDE = "314.0.7"
# Where each private name must appear: the loader reads `_loadSnapshot`, the runtime defines
# `makeMemorySnapshot` and `restoreSnapshot`; pekerja.mjs also relies on the empty-archive request
# for python_stdlib.zip going through the global fetch (`stdLibURL` default name).
API_POTRET = {"pyodide.mjs": ("_loadSnapshot", "python_stdlib.zip"),
              "pyodide.asm.mjs": ("makeMemorySnapshot", "restoreSnapshot")}
# The two distributions (see the comments in both files): the tax wheel every calculator page
# loads, and the contract library that only KALKULATOR_KONTRAK's pages load on top of it.
KONFIGURASI_RODA = {"pajak": AKAR / "pyproject.toml", "kontrak": AKAR / "pyproject-kontrak.toml"}
KALKULATOR_KONTRAK = ("templat",)
# The monthly recap page (front matter `rekap: true`) also loads these third-party wheels (openpyxl
# for XLSX and its dependency), pinned with their hashes in hooks/roda-lembar.txt and fetched into
# .cache/roda-lembar/ at build time (the Makefile, or `ambil_roda_lembar` when they are missing).
DAFTAR_RODA_LEMBAR = AKAR / "hooks" / "roda-lembar.txt"
FOLDER_RODA_LEMBAR = AKAR / ".cache" / "roda-lembar"
# Zip timestamps of the wheels (2020-01-01 00:00 UTC): setuptools' bdist_wheel (wheel.wheelfile)
# writes every entry with SOURCE_DATE_EPOCH when it is set.
SOURCE_DATE_EPOCH = "1577836800"


def _berkas_sumber() -> list[Path]:
    """What is copied for a build: the package sources (the configs choose what goes in each wheel)."""
    return sorted(p for p in PAKET.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                  and p.suffix not in (".pyc", ".pyo"))


def _salin_sumber(tujuan: Path) -> None:
    """The sources into ``tujuan/calculators/``, every mode fixed (bdist_wheel stores each file's
    mode: the same on every machine, whatever the checkout's)."""
    for p in _berkas_sumber():
        salinan = tujuan / p.relative_to(AKAR)
        salinan.parent.mkdir(parents=True, exist_ok=True)
        salinan.write_bytes(p.read_bytes())
    for p in [tujuan, *tujuan.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)


def _kunci(sumber: Path, konfigurasi: Path) -> str:
    """Everything a wheel's bytes depend on: the copied sources, the config, this hook, the
    setuptools version."""
    h = hashlib.sha256()
    for bagian in (konfigurasi.read_bytes(), Path(__file__).read_bytes(),
                   metadata.version("setuptools").encode(), SOURCE_DATE_EPOCH.encode()):
        h.update(hashlib.sha256(bagian).digest())
    for p in sorted(sumber.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(sumber).as_posix().encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()[:20]


def bangun_roda(sumber: Path, konfigurasi: Path, keluar: Path) -> Path:
    """Build one wheel from the copied sources in ``sumber`` (``_salin_sumber``), with
    ``konfigurasi`` as their ``pyproject.toml``, into the folder ``keluar``."""
    with tempfile.TemporaryDirectory(prefix="bja-roda-") as tmp:
        proyek = Path(tmp) / "sumber"
        shutil.copytree(sumber, proyek)
        shutil.copyfile(konfigurasi, proyek / "pyproject.toml")
        (proyek / "pyproject.toml").chmod(0o644)
        dist = Path(tmp) / "dist"
        env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "PYTHONDONTWRITEBYTECODE": "1"}
        proses = subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(proyek)],
            cwd=tmp, env=env, umask=0o022, capture_output=True, text=True)
        if proses.returncode != 0:
            raise RuntimeError(f"building the wheel from {konfigurasi.name} failed (is the venv up to "
                               f"date with requirements.lock?):\n{proses.stdout}{proses.stderr}")
        (roda,) = dist.glob("*.whl")
        keluar.mkdir(parents=True, exist_ok=True)
        tujuan = keluar / roda.name
        shutil.move(roda, tujuan)
    return tujuan


def tulis_roda(folder: Path) -> dict[str, Path]:
    """Both wheels, each as ``folder/<hash of its bytes>/<name>.whl`` (kind -> path).

    A wheel is rebuilt only when something it depends on changed (``folder/sumber/<key>`` remembers
    which file a key gave; a build takes ~1 s per wheel)."""
    hasil = {}
    with tempfile.TemporaryDirectory(prefix="bja-sumber-") as tmp:
        sumber = Path(tmp) / "sumber"
        _salin_sumber(sumber)  # one copy for both wheels: they come from the same sources
        for jenis, konfigurasi in KONFIGURASI_RODA.items():
            catatan = folder / "sumber" / _kunci(sumber, konfigurasi)
            if catatan.exists() and (folder / catatan.read_text().strip()).is_file():
                hasil[jenis] = folder / catatan.read_text().strip()
                continue
            roda = bangun_roda(sumber, konfigurasi, Path(tmp) / jenis)
            tujuan = folder / hashlib.sha256(roda.read_bytes()).hexdigest()[:12] / roda.name
            tujuan.parent.mkdir(parents=True, exist_ok=True)
            sementara = tujuan.with_name(f".{tujuan.name}.{os.getpid()}")
            shutil.copyfile(roda, sementara)
            sementara.replace(tujuan)  # atomic: builds running side by side share the cache
            catatan.parent.mkdir(parents=True, exist_ok=True)
            sementara = catatan.with_name(f".{catatan.name}.{os.getpid()}")
            sementara.write_text(tujuan.relative_to(folder).as_posix())
            sementara.replace(catatan)
            hasil[jenis] = tujuan
    return hasil


def nama_kalkulator() -> list[str]:
    """Every calculator the registry in ``calculators/kalkulator/`` knows, by name."""
    if str(AKAR) not in sys.path:
        sys.path.insert(0, str(AKAR))
    import calculators.kalkulator as registri

    return sorted(registri.daftar_nama() if hasattr(registri, "daftar_nama") else registri.daftar())


def versi_pyodide() -> str:
    paket = PYODIDE / "package.json"
    if not paket.exists():
        raise RuntimeError("node_modules/pyodide is missing: run `npm ci` (or `make setup`) first")
    return json.loads(paket.read_text())["version"]


def periksa_pyodide(versi: str) -> None:
    """Fail the build clearly when node_modules holds another Pyodide than the pinned one, or one
    whose private snapshot API is not where the worker and tools/potret.mjs expect it."""
    if versi != VERSI_PYODIDE:
        raise RuntimeError(
            f"node_modules/pyodide is {versi}, but the site is pinned to Pyodide {VERSI_PYODIDE} (package.json, "
            "hooks/runtime.py VERSI_PYODIDE). The memory snapshot uses Pyodide's private API (_loadSnapshot, "
            "makeMemorySnapshot): check it with the new version (tools/potret.mjs, docs/assets/js/pekerja.mjs, "
            "tests/browser/test_pph23.py and test_mulai.py) before moving both pins, or run `npm ci`.")
    hilang = [f"{nama} in {berkas}" for berkas, daftar in API_POTRET.items()
              for nama in daftar if nama not in (PYODIDE / berkas).read_text(encoding="utf-8")]
    if hilang:
        raise RuntimeError(
            f"Pyodide {versi} no longer has the private snapshot API the site uses ({', '.join(hilang)} missing): "
            "tools/potret.mjs and docs/assets/js/pekerja.mjs must be adapted before the build can go on.")


def ukuran_berkas(berkas: list[Path]) -> dict[str, list[int]]:
    """{file name: [bytes, bytes sent]} for the worker's progress line; "sent" is the brotli copy
    hooks/kompres.py writes (same cache, so computed once), or the file itself when it has none."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import kompres  # noqa: E402  (hooks/kompres.py: the same precompressed copies the site ships)

    hasil = {}
    for p in berkas:
        data = p.read_bytes()
        br = len(kompres._tersimpan(data, ".br")) if p.suffix in kompres.AKHIRAN and len(data) >= kompres.UKURAN_MIN else len(data)
        hasil[p.name] = [len(data), br if br <= kompres.RASIO_MAKS * len(data) else len(data)]
    return hasil


def tulis_potret(roda: list[Path], nama: list[str], folder: Path) -> Path:
    """The memory snapshot with these wheels unpacked and these calculators warmed up, for this
    Pyodide, in ``folder/<hash>/potret.bin``.

    The hash covers everything the snapshot depends on (the Pyodide files, the wheels, the
    calculators warmed up, the script that makes it), so its URL changes whenever its content can.
    Made once per combination (~5 s)."""
    pembuat = AKAR / "tools" / "potret.mjs"
    sidik = hashlib.sha256(",".join(nama).encode())
    for bagian in (*roda, pembuat, *(PYODIDE / n for n in BERKAS_PYODIDE)):
        sidik.update(hashlib.sha256(bagian.read_bytes()).digest())
    tujuan = folder / sidik.hexdigest()[:12] / "potret.bin"
    if not tujuan.exists():
        tujuan.parent.mkdir(parents=True, exist_ok=True)
        sementara = tujuan.with_name(f"potret.{os.getpid()}.tmp")
        subprocess.run(["node", str(pembuat), f"{PYODIDE}/", str(sementara), ",".join(nama), *map(str, roda)],
                       check=True, cwd=AKAR, stdout=subprocess.DEVNULL)
        sementara.replace(tujuan)
    return tujuan


def ambil_roda_lembar(folder: Path = FOLDER_RODA_LEMBAR) -> list[Path]:
    """The recap page's extra wheels, in the order of hooks/roda-lembar.txt (dependencies last: the
    worker unpacks them all before importing anything). Downloaded with pip (hashes required) only
    when a pinned file is missing from ``folder``."""
    pin = [b.split()[0] for b in DAFTAR_RODA_LEMBAR.read_text().splitlines() if b.strip() and not b.startswith("#")]
    def cari() -> list[Path | None]:
        hasil = []
        for p in pin:
            nama, versi = p.split("==")
            ada = sorted(folder.glob(f"{nama.replace('-', '_')}-{versi}-*.whl"))
            hasil.append(ada[0] if ada else None)
        return hasil
    roda = cari()
    if None in roda:
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check",
                        "--only-binary=:all:", "--no-deps", "--require-hashes", "--python-version", "3.14",
                        "--implementation", "py", "--abi", "none", "--platform", "any",
                        "-r", str(DAFTAR_RODA_LEMBAR), "-d", str(folder)], check=True)
        roda = cari()
        if None in roda:
            raise RuntimeError(f"pip did not fetch every wheel of {DAFTAR_RODA_LEMBAR.name} into {folder}")
    return roda


def _url_lembar(berkas: Path) -> str:
    """``assets/roda/<hash of the wheel>/<name>``, like our own wheels."""
    return f"assets/roda/{hashlib.sha256(berkas.read_bytes()).hexdigest()[:12]}/{berkas.name}"


def jenis_runtime(nama: str) -> str:
    """The kind of runtime a page with calculator ``nama`` loads."""
    return "kontrak" if nama in KALKULATOR_KONTRAK else "pajak"


def _url(berkas: Path, jenis: str) -> str:
    return f"assets/{jenis}/{berkas.parent.name}/{berkas.name}"


def on_config(config):
    roda = tulis_roda(AKAR / ".cache" / "roda")
    versi = versi_pyodide()  # first: a clear message if node_modules is missing
    periksa_pyodide(versi)
    semua = nama_kalkulator()
    pajak = [n for n in semua if jenis_runtime(n) == "pajak"]
    # Two kinds of calculator page, each with its wheels and its own snapshot. The builder could
    # restore the tax snapshot and import the contract library after it, but that import (with the
    # standard-library modules it pulls in: xml.sax, urllib, email ...) took 1,1-1,7 s in Pyodide
    # under Node before its first result; its own snapshot costs no CPU, only bytes that a reader
    # who uses both kinds of page downloads twice (README "Dependensi", bench/hasil.md).
    runtime, sumber = {}, {}
    for jenis, daftar_roda, nama in (("pajak", [roda["pajak"]], pajak),
                                     ("kontrak", [roda["pajak"], roda["kontrak"]],
                                      [n if jenis_runtime(n) == "pajak" else f"~{n}" for n in semua])):
        potret = tulis_potret(daftar_roda, nama, AKAR / ".cache" / "potret")
        runtime[jenis] = {"roda": [_url(r, "roda") for r in daftar_roda], "potret": _url(potret, "potret"),
                          "ukuran": ukuran_berkas([*(PYODIDE / n for n in BERKAS_PYODIDE), *daftar_roda, potret])}
        sumber.update({_url(r, "roda"): str(r) for r in daftar_roda})
        sumber[_url(potret, "potret")] = str(potret)
    # The recap page: the tax runtime (wheel and snapshot) plus openpyxl's wheels, unpacked after
    # the snapshot is restored (not in it: no other page needs them).
    lembar = ambil_roda_lembar()
    runtime["rekap"] = {"roda": [*runtime["pajak"]["roda"], *(_url_lembar(r) for r in lembar)],
                        "potret": runtime["pajak"]["potret"],
                        "ukuran": {**runtime["pajak"]["ukuran"], **ukuran_berkas(lembar)}}
    sumber.update({_url_lembar(r): str(r) for r in lembar})
    config.extra["runtime"] = runtime  # overrides/main.html: {kind: {"roda": [urls], "potret": url, "ukuran": {...}}}
    config.extra["kalkulator_kontrak"] = list(KALKULATOR_KONTRAK)
    config.extra["pyodide"] = f"assets/pyodide/{versi}/"
    config.extra["_sumber"] = sumber
    config.extra["_halaman_runtime"] = {}
    return config


def on_page_context(context, page, config, nav):
    if page.meta and page.meta.get("kalkulator"):
        config.extra["_halaman_runtime"][page.url] = jenis_runtime(page.meta["kalkulator"])
    elif page.meta and page.meta.get("rekap"):
        config.extra["_halaman_runtime"][page.url] = "rekap"
    return context


def on_post_build(config):
    situs = Path(config.site_dir)
    tujuan = situs / config.extra["pyodide"]
    tujuan.mkdir(parents=True, exist_ok=True)
    for nama in BERKAS_PYODIDE:
        shutil.copy2(PYODIDE / nama, tujuan / nama)
    for url, sumber in config.extra["_sumber"].items():
        (situs / url).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(sumber, situs / url)
    # For the service worker (hooks/layanan.py): which pages use which wheels and snapshot, so that
    # a page keeps only its own kind's (a tax page never fetches the contract wheel, not even there).
    halaman = config.extra["_halaman_runtime"]
    config.extra["runtime_sw"] = [
        {"halaman": sorted(u for u, j in halaman.items() if j == jenis), "aset": [*isi["roda"], isi["potret"]]}
        for jenis, isi in config.extra["runtime"].items()
    ]
