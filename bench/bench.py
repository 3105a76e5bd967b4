"""Benchmark (a script, not a test): start-up and weight of the built site in headless Chromium.

Measures, over N runs (medians), against the built site served on 127.0.0.1:
- calculator pages: time until a result is visible (the build-time example counts), time to the
  first result computed by Python, cold (fresh profile) and on a second visit (same profile);
- the floor: a page that only runs a bare ``loadPyodide()`` in a module worker, in the same run;
- main-thread long tasks during start; bytes transferred per page type; site build time.
Writes bench/hasil.md (linked from the README) and prints the ratio first-result / floor.

    make bench            # or: .venv/bin/python bench/bench.py --runs 5
    .venv/bin/python bench/bench.py --byte --situs /tmp/site --runs 1 --halaman kalkulator/pph23 templat/pembuat
                          # only the runtime files' sizes and the pages' cold bytes, printed, nothing written
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(AKAR))
from tests.conftest import ARGUMEN_CHROMIUM, CHROMIUM, _Penyaji, _Server  # noqa: E402

LANTAI_HTML = """<!doctype html><meta charset="utf-8"><title>lantai</title>
<script type="module" src="/__bench/lantai.js"></script>"""
LANTAI_JS = """const w = new Worker("/__bench/lantai-pekerja.mjs?pyodide=" + encodeURIComponent(PYODIDE), {type: "module"});
w.onmessage = () => performance.mark("bja:lantai");"""
LANTAI_PEKERJA = """const p = new URL(new URL(self.location.href).searchParams.get("pyodide"), self.location.href).href;
const { loadPyodide } = await import(p + "pyodide.mjs");
await loadPyodide({ indexURL: p });
self.postMessage("siap");"""

PENGAMAT = """() => { window.__bjaPanjang = []; try { new PerformanceObserver((l) => {
  for (const e of l.getEntries()) window.__bjaPanjang.push(e.duration); })
  .observe({type: "longtask", buffered: true}); } catch (e) {} }"""


class _PenyajiBench(_Penyaji):
    """Serves the site like a static host with precompressed files (nginx gzip_static / brotli_static):
    ``x.gz`` / ``x.br`` written by hooks/kompres.py are sent when the browser accepts them.
    (Chromium offers br to http://127.0.0.1 as a secure context, so this is mostly brotli.)"""
    pyodide = ""

    def send_head(self):
        jalur = self.translate_path(self.path)
        if os.path.isdir(jalur) and self.path.split("?")[0].endswith("/"):
            jalur = os.path.join(jalur, "index.html")
        terima = self.headers.get("Accept-Encoding", "")
        for akhiran, nama in ((".br", "br"), (".gz", "gzip")):
            if nama in terima and os.path.isfile(jalur + akhiran) and not os.path.isdir(jalur):
                with open(jalur + akhiran, "rb") as f:
                    data = f.read()
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(jalur))
                self.send_header("Content-Encoding", nama)
                self.send_header("Vary", "Accept-Encoding")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                import io
                return io.BytesIO(data)
        return super().send_head()

    def end_headers(self):
        # The cache lifetimes of the site's _headers (hooks/terbit.py): files under a version or hash
        # are immutable, so the service worker's copy after "siap" comes from the HTTP cache.
        if self.path.split("?")[0].startswith(("/assets/pyodide/", "/assets/roda/", "/assets/potret/")):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        super().end_headers()

    def do_GET(self):
        isi = {"/__bench/lantai.html": ("text/html", LANTAI_HTML),
               "/__bench/lantai.js": ("text/javascript", f"const PYODIDE = {json.dumps(self.pyodide)};\n" + LANTAI_JS),
               "/__bench/lantai-pekerja.mjs": ("text/javascript", LANTAI_PEKERJA)}.get(self.path.split("?")[0])
        if isi is None:
            return super().do_GET()
        data = isi[1].encode()
        self.send_response(200)
        self.send_header("Content-Type", isi[0])
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _median(xs):
    xs = [x for x in xs if x is not None]
    return round(statistics.median(xs)) if xs else None


def _tunggu_mark(page, nama, batas=70):
    akhir = time.monotonic() + batas
    while time.monotonic() < akhir:
        t = page.evaluate(f"() => (performance.getEntriesByName({json.dumps(nama)})[0] || {{}}).startTime || null")
        if t:
            return t
        page.wait_for_timeout(50)
    return None


def ukur_kalkulator(browser, url, kunjungan_kedua):
    ctx = browser.new_context()
    bytes_ = []
    page = ctx.new_page()
    page.on("requestfinished", lambda r: bytes_.append(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"]))
    page.goto(url)
    page.evaluate(PENGAMAT)
    if kunjungan_kedua:
        _tunggu_mark(page, "bja:hasil-pertama")
        bytes_.clear()
        page.goto(url)
        page.evaluate(PENGAMAT)
    terlihat = page.evaluate("() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime"
                             " || performance.timing.domContentLoadedEventEnd - performance.timing.navigationStart")
    siap = _tunggu_mark(page, "bja:siap")
    hasil = _tunggu_mark(page, "bja:hasil-pertama")
    page.wait_for_timeout(300)
    panjang = page.evaluate("() => window.__bjaPanjang || []")
    ctx.close()
    return {"terlihat": terlihat, "siap": siap, "hasil": hasil, "bytes": sum(bytes_),
            "tugas_panjang_maks": max(panjang) if panjang else 0, "tugas_panjang_n": len(panjang)}


def ukur_lantai(browser, server):
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(f"{server}/__bench/lantai.html")
    t = _tunggu_mark(page, "bja:lantai")
    ctx.close()
    return t


def ukur_bytes(browser, url):
    ctx = browser.new_context()
    page = ctx.new_page()
    bytes_ = []
    page.on("requestfinished", lambda r: bytes_.append(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"]))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    ctx.close()
    return sum(bytes_)


def _kueri_contoh(html_path: Path) -> str:
    """The page's own example as URL parameters, so the page computes as soon as Python is ready."""
    import html as html_mod
    import re
    from urllib.parse import urlencode

    teks = html_path.read_text(encoding="utf-8")
    m = re.search(r"data-contoh='([^']*)'", teks)
    contoh = json.loads(html_mod.unescape(m.group(1))) if m else {}
    return urlencode({k: ("; ".join(map(str, v)) if isinstance(v, list) else v) for k, v in contoh.items()})


MULAI_README, AKHIR_README = "<!-- bench:mulai -->", "<!-- bench:selesai -->"
# bench/hasil.md may end with hand-written "## " sections (one-off measurements such as the wheel
# split's before/after): a new run rewrites what comes before them and keeps them.
BAGIAN_TETAP = "\n## "


def _hasil_terukur(teks: str) -> str:
    return teks.split(BAGIAN_TETAP, 1)[0]


def salin_ke_readme() -> None:
    """The README shows the latest table (between its bench markers), with date and machine."""
    readme = AKAR / "README.md"
    teks = readme.read_text(encoding="utf-8")
    isi = _hasil_terukur((AKAR / "bench" / "hasil.md").read_text(encoding="utf-8")).split("\n", 2)[2].strip()
    isi = isi.replace("| Halaman tanpa kalkulator |", "<details><summary>Per halaman</summary>\n\n| Halaman tanpa kalkulator |", 1)
    if "<details>" in isi:
        bagian = isi.split("\n\nTarget:", 1)
        isi = bagian[0] + "\n\n</details>\n\nTarget:" + bagian[1] if len(bagian) == 2 else isi + "\n\n</details>"
    a, b = teks.index(MULAI_README) + len(MULAI_README), teks.index(AKHIR_README)
    readme.write_text(teks[:a] + "\n" + isi + "\n" + teks[b:], encoding="utf-8")


def berkas_runtime(situs: Path) -> list[str]:
    """Markdown rows: each wheel and memory snapshot of the site, raw and as sent (brotli copy)."""
    baris = ["| Berkas runtime | Byte | Byte terkirim (br) |", "|---|---:|---:|"]
    for p in sorted([*(situs / "assets" / "roda").rglob("*.whl"), *(situs / "assets" / "potret").rglob("*.bin")]):
        br = p.with_name(p.name + ".br")
        terkirim = br.stat().st_size if br.exists() else p.stat().st_size
        baris.append(f"| {p.relative_to(situs).as_posix()} | {p.stat().st_size:,} | {terkirim:,} |")
    return baris


def ukur_byte_saja(situs: Path, halaman: list[str], runs: int) -> None:
    """``--byte``: the runtime files and the bytes a cold visit to each page transfers (median of
    ``runs``), printed as Markdown; writes nothing."""
    from playwright.sync_api import sync_playwright

    versi = next((situs / "assets" / "pyodide").iterdir()).name
    _PenyajiBench.pyodide = f"/assets/pyodide/{versi}/"
    srv = _Server(("127.0.0.1", 0), functools.partial(_PenyajiBench, directory=str(situs)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    server = f"http://127.0.0.1:{srv.server_address[1]}"
    baris = berkas_runtime(situs) + ["", "| Halaman | Byte, dingin |", "|---|---:|"]
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGUMEN_CHROMIUM)
        for h in (x.strip("/") for x in halaman):
            url = f"{server}/{h}/?{_kueri_contoh(situs / h / 'index.html')}"
            baris.append(f"| /{h}/ | {_median([ukur_kalkulator(b, url, False)['bytes'] for _ in range(runs)]):,} |")
        b.close()
    srv.shutdown()
    print("\n".join(baris))


# ---- Phone profiles (CDP) -------------------------------------------------------------------------
# Chromium's DevTools protocol throttles the network and the page's main-thread CPU (not the
# worker's CPU: figures understate the CPU cost). Fresh context per visit, interleaved rounds.
PROFIL_TELEPON = {
    "4x CPU, 9 Mbit/s, 150 ms": {"cpu": 4, "mbit": 9, "rtt": 150},
    "6x CPU, 1,6 Mbit/s, 400 ms": {"cpu": 6, "mbit": 1.6, "rtt": 400},
}
# "otomatis": the path the page chooses itself; "potret"/"biasa": forced (window.bjaJalur, read by
# kalkulator.js) to compare both paths; "lantai": bare loadPyodide().
JALUR_TELEPON = ("otomatis", "potret", "biasa", "lantai")


def _profil(ctx, page, profil):
    cdp = ctx.new_cdp_session(page)
    cdp.send("Network.enable")
    bps = profil["mbit"] * 1_000_000 / 8
    cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": profil["rtt"],
             "downloadThroughput": bps, "uploadThroughput": bps / 4, "connectionType": "cellular4g"})
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": profil["cpu"]})
    return cdp


def _nama_berkas(url: str) -> str:
    from urllib.parse import urlsplit
    jalan = urlsplit(url).path
    for awalan, nama in (("/assets/potret/", "potret.bin"), ("/assets/roda/", None), ("/assets/pyodide/", None)):
        if jalan.startswith(awalan):
            return nama or jalan.rsplit("/", 1)[-1]
    if jalan.endswith("/") or jalan.endswith(".html"):
        return "halaman (HTML)"
    if "/assets/javascripts/" in jalan or "/assets/stylesheets/" in jalan:
        return "tema (JS, CSS)"
    if jalan.startswith("/search/"):
        return "indeks pencarian"
    return "lain (skrip, gaya, ikon)"


def ukur_telepon_sekali(browser, url, profil, jalur, server):
    """One cold visit under a phone profile: ms to the first computed result (or bare ready for
    'lantai'), ms when the first runtime request started, and bytes per file."""
    ctx = browser.new_context()
    page = ctx.new_page()
    per_berkas, awal_runtime = {}, []

    def selesai(r):
        n = _nama_berkas(r.url)
        s = r.sizes()
        per_berkas[n] = per_berkas.get(n, 0) + s["responseBodySize"] + s["responseHeadersSize"]
        if "/assets/pyodide/" in r.url or "/assets/potret/" in r.url or "/assets/roda/" in r.url:
            awal_runtime.append(r.timing["startTime"])

    ctx.on("requestfinished", selesai)
    _profil(ctx, page, profil)
    if jalur in ("potret", "biasa"):
        page.add_init_script(f"window.bjaJalur = {json.dumps(jalur)};")
    if jalur == "biasa":  # also as a reader who asked to save data (the only switch of older builds)
        page.add_init_script("Object.defineProperty(Navigator.prototype, 'connection', {configurable: true,"
                             " get: () => ({saveData: true, effectiveType: '4g', downlink: 10})});")
    if jalur == "lantai":
        page.goto(f"{server}/__bench/lantai.html")
        t = _tunggu_mark(page, "bja:lantai", batas=150)
        dipakai = None
    else:
        page.goto(url)
        t = _tunggu_mark(page, "bja:hasil-pertama", batas=150)
        dipakai = page.evaluate("() => document.querySelector('.bja-kalkulator')?.dataset.potret || null")
    asal = page.evaluate("() => performance.timeOrigin")
    ctx.close()
    return {"hasil": t, "potret": dipakai, "bytes": per_berkas,
            "mulai_runtime": round(min(awal_runtime) - asal) if awal_runtime else None}


def bench_telepon(situs: Path, halaman: list[str], runs: int, label: str, jalur: list[str]) -> None:
    """``--telepon``: the phone profiles on ``halaman`` (median of ``runs`` interleaved rounds);
    writes its table into bench/hasil.md under ``## Start-up di telepon (label)``."""
    from playwright.sync_api import sync_playwright

    versi = next((situs / "assets" / "pyodide").iterdir()).name
    _PenyajiBench.pyodide = f"/assets/pyodide/{versi}/"
    srv = _Server(("127.0.0.1", 0), functools.partial(_PenyajiBench, directory=str(situs)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    server = f"http://127.0.0.1:{srv.server_address[1]}"
    ukur = {(pr, h, j): [] for pr in PROFIL_TELEPON for h in halaman for j in jalur if not (j == "lantai" and h != halaman[0])}
    t0 = time.monotonic()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGUMEN_CHROMIUM)
        for _ in range(runs):
            for (pr, h, j), xs in ukur.items():
                url = f"{server}/{h}/#{_kueri_contoh(situs / h / 'index.html')}"
                xs.append(ukur_telepon_sekali(b, url, PROFIL_TELEPON[pr], j, server))
                print(f"{pr} {h} {j}: {xs[-1]['hasil']} ms ({xs[-1]['potret']})", file=sys.stderr, flush=True)
        b.close()
    srv.shutdown()
    menit = (time.monotonic() - t0) / 60
    baris = [f"Diukur {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC di {platform.node() or 'mesin ini'} "
             f"({os.cpu_count()} inti), median dari {runs} putaran berselang, konteks baru tiap kunjungan, berkas "
             f"prakompresi; CPU worker tidak diperlambat CDP. Perintah: `.venv/bin/python bench/bench.py --telepon "
             f"--situs {situs} --runs {runs} --label {label}` ({menit:.0f} menit).", "",
             "| Profil | Halaman | Jalur | Hasil pertama (ms) | Jalur dipakai | Permintaan runtime pertama (ms) | Byte |",
             "|---|---|---|---:|---|---:|---:|"]
    for (pr, h, j), xs in ukur.items():
        dipakai = sorted({x["potret"] for x in xs if x["potret"]})
        baris.append(f"| {pr} | {'-' if j == 'lantai' else '/' + h + '/'} | {j} | {_median([x['hasil'] for x in xs])} | "
                     f"{'/'.join('potret' if d == 'ya' else 'biasa' for d in dipakai) or '-'} | "
                     f"{_median([x['mulai_runtime'] for x in xs])} | {_median([sum(x['bytes'].values()) for x in xs]):,} |")
    baris += ["", "Byte per berkas (median kunjungan dingin, profil pertama):", "",
              "| Berkas | " + " | ".join(f"{h.split('/')[-1]}: {j}" for (pr, h, j) in ukur if pr == next(iter(PROFIL_TELEPON))) + " |",
              "|---|" + "---:|" * sum(1 for k in ukur if k[0] == next(iter(PROFIL_TELEPON)))]
    pertama = [(k, xs) for k, xs in ukur.items() if k[0] == next(iter(PROFIL_TELEPON))]
    nama = sorted({n for _, xs in pertama for x in xs for n in x["bytes"]})
    for n in nama:
        baris.append(f"| {n} | " + " | ".join(f"{_median([x['bytes'].get(n, 0) for x in xs]):,}" for _, xs in pertama) + " |")
    judul = f"## Start-up di telepon ({label})"
    berkas = AKAR / "bench" / "hasil.md"
    teks = berkas.read_text(encoding="utf-8") if berkas.exists() else "# Hasil benchmark\n"
    bagian = f"{judul}\n\n" + "\n".join(baris) + "\n"
    if judul in teks:
        a = teks.index(judul)
        b_ = teks.find("\n## ", a + 1)
        teks = teks[:a] + bagian + (teks[b_ + 1:] if b_ >= 0 else "")
    else:
        teks = teks.rstrip("\n") + "\n\n" + bagian
    berkas.write_text(teks, encoding="utf-8")
    print(bagian)


def _halaman_kalkulator(p: Path) -> bool:
    """A calculator page: its form's container (``class="bja-kalkulator ..."``, more classes may follow)."""
    return re.search(r'class="bja-kalkulator[ "]', p.read_text(encoding="utf-8")) is not None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tanpa-build", action="store_true")
    ap.add_argument("--readme", action="store_true", help="only copy bench/hasil.md into the README")
    ap.add_argument("--halaman", nargs="*", default=None,
                    help="calculator pages to measure, e.g. kalkulator/pph23 (default: all)")
    ap.add_argument("--byte", action="store_true",
                    help="only the runtime files and the cold bytes of --halaman, printed (no build, nothing written)")
    ap.add_argument("--situs", type=Path, default=AKAR / "site", help="the built site (with --byte)")
    ap.add_argument("--telepon", action="store_true",
                    help="only the phone profiles (CDP) on --halaman (default kalkulator/pembayaran), into bench/hasil.md")
    ap.add_argument("--label", default="terakhir", help="with --telepon: the name of its section in bench/hasil.md")
    ap.add_argument("--jalur", nargs="*", default=list(JALUR_TELEPON), help="with --telepon: paths to measure")
    args = ap.parse_args()
    if args.telepon:
        bench_telepon(args.situs, [h.strip("/") for h in (args.halaman or ["kalkulator/pembayaran"])], args.runs,
                      args.label, args.jalur)
        return
    if args.readme:
        salin_ke_readme()
        return
    if args.byte:
        ukur_byte_saja(args.situs, args.halaman or ["kalkulator/pph23", "templat/pembuat"], args.runs)
        return
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    waktu_build = []
    if not args.tanpa_build:
        for _ in range(3):
            t0 = time.monotonic()
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=AKAR, env=env,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            waktu_build.append((time.monotonic() - t0) * 1000)
    situs = AKAR / "site"
    versi = next((situs / "assets" / "pyodide").iterdir()).name
    _PenyajiBench.pyodide = f"/assets/pyodide/{versi}/"
    srv = _Server(("127.0.0.1", 0), functools.partial(_PenyajiBench, directory=str(situs)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    server = f"http://127.0.0.1:{srv.server_address[1]}"

    kalkulator = sorted(p.parent.relative_to(situs).as_posix() for p in situs.rglob("index.html")
                        if _halaman_kalkulator(p))
    if args.halaman:
        kalkulator = [h for h in kalkulator if h in {x.strip("/") for x in args.halaman}]
    # guide and text pages: neither a calculator nor the monthly recap (measured by bench/rekap.py)
    panduan = sorted(p.parent.relative_to(situs).as_posix() for p in situs.rglob("index.html")
                     if not _halaman_kalkulator(p) and 'class="bja-rekap"' not in p.read_text(encoding="utf-8"))

    from playwright.sync_api import sync_playwright

    hasil = {"kalkulator": {}, "panduan_bytes": {}}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGUMEN_CHROMIUM)
        lantai, per_halaman = [], {h: {"dingin": [], "kedua": []} for h in kalkulator}
        for _ in range(args.runs):  # interleaved, so load on the machine hits all cases alike
            lantai.append(ukur_lantai(b, server))
            for h in kalkulator:
                url = f"{server}/{h}/?{_kueri_contoh(situs / h / 'index.html')}"
                per_halaman[h]["dingin"].append(ukur_kalkulator(b, url, False))
                per_halaman[h]["kedua"].append(ukur_kalkulator(b, url, True))
        for h in panduan:
            hasil["panduan_bytes"][h or "/"] = ukur_bytes(b, f"{server}/{h}/" if h else f"{server}/")
        b.close()
    srv.shutdown()
    lantai_med = _median(lantai)
    for h, d in per_halaman.items():
        hasil["kalkulator"][h] = {
            jenis: {k: _median([r[k] for r in runs]) for k in ("terlihat", "siap", "hasil", "bytes", "tugas_panjang_maks", "tugas_panjang_n")}
            for jenis, runs in d.items()
        }
    baris = [
        f"# Hasil benchmark", "",
        f"Diukur {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC di {platform.node() or 'mesin ini'} "
        f"({os.cpu_count()} inti, {platform.machine()}, Python {platform.python_version()}, Chromium headless), "
        f"median dari {args.runs} kali, situs disajikan dari 127.0.0.1. Perintah: `make bench`.", "",
        f"- Lantai: `loadPyodide()` polos dalam module worker: **{lantai_med} ms** dari awal navigasi.",
        f"- Waktu build situs (`mkdocs build --strict`, median 3 kali): **{_median(waktu_build)} ms**." if waktu_build else "",
        "", "| Halaman kalkulator | Hasil terlihat (contoh build) | Python siap, dingin | Hasil pertama, dingin | Rasio ke lantai | Hasil pertama, kunjungan kedua | Tugas main thread terpanjang (jumlah > 50 ms) | Byte, dingin | Byte, kunjungan kedua |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    rasio_semua = []
    for h, d in hasil["kalkulator"].items():
        dingin, kedua = d["dingin"], d["kedua"]
        rasio = round(dingin["hasil"] / lantai_med, 2) if dingin["hasil"] and lantai_med else None
        rasio_semua.append(rasio)
        baris.append(f"| /{h}/ | {dingin['terlihat']} ms | {dingin['siap']} ms | {dingin['hasil']} ms | {rasio} | "
                     f"{kedua['hasil']} ms | {dingin['tugas_panjang_maks']} ms ({dingin['tugas_panjang_n']}) | {dingin['bytes']:,} | {kedua['bytes']:,} |")
    jenis = {"panduan dan halaman teks": [n for h, n in hasil["panduan_bytes"].items() if not h.startswith("templat")],
             "templat dan pustaka klausul": [n for h, n in hasil["panduan_bytes"].items() if h.startswith("templat")],
             "kalkulator (dingin, dengan runtime)": [d["dingin"]["bytes"] for d in hasil["kalkulator"].values()]}
    baris += ["", "Byte ditransfer per jenis halaman (dingin; brotli/gzip seperti host yang menyajikan berkas prakompresi dari hooks/kompres.py):", "",
              "| Jenis halaman | Jumlah | Median | Terbesar |", "|---|---:|---:|---:|"]
    for nama, xs in jenis.items():
        if xs:
            baris.append(f"| {nama} | {len(xs)} | {_median(xs):,} | {max(xs):,} |")
    baris += ["", "| Halaman tanpa kalkulator | Byte ditransfer (dingin) |", "|---|---:|"]
    for h, n in hasil["panduan_bytes"].items():
        baris.append(f"| /{h.strip('/')}{'/' if h.strip('/') else ''} | {n:,} |")
    baris += ["", "Target: rasio hasil pertama / lantai ≤ 1,15; tidak ada tugas main thread > 200 ms di halaman "
              "kalkulator; halaman panduan < 300 KB tanpa runtime Python."]
    lama = AKAR / "bench" / "hasil.md"
    tetap = lama.read_text(encoding="utf-8")[len(_hasil_terukur(lama.read_text(encoding="utf-8"))):] if lama.exists() else ""
    lama.write_text("\n".join(b for b in baris if b is not None) + "\n" + tetap, encoding="utf-8")
    (AKAR / "bench" / "hasil.json").write_text(json.dumps({"lantai_ms": lantai_med, "build_ms": _median(waktu_build),
                                                            **hasil}, indent=2), encoding="utf-8")
    if not args.halaman:
        salin_ke_readme()
    print(f"ratio first-result / bare-runtime floor: {', '.join(f'{h}: {r}' for h, r in zip(hasil['kalkulator'], rasio_semua))}")
    print("\n".join(baris))


if __name__ == "__main__":
    main()
