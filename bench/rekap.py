"""Benchmark (a script, not a test): the monthly recap page in Pyodide, headless Chromium.

For 100, 1.000 and 10.000 pasted rows (a mix of freelancers, PT vendors with a tax-object code,
rents, and a few rows with errors), against the built site served on 127.0.0.1:
- reading the pasted cells (click "Baca tempelan" until the mapping is shown);
- the recap in the worker (request until answer: every row through the engine, the XML, the HTML);
- showing it (answer until the rows are in the table; at most 1.000 rows are shown at first);
- rows per second (rows / recap time); the longest main-thread task (PerformanceObserver longtask)
  from paste to shown; the JS heap of the page after the run.
Also: Python ready on this page (tax snapshot restored + openpyxl's wheels unpacked) against
/kalkulator/pph23/ (the same snapshot without them), and the first XLSX read (imports openpyxl).

    .venv/bin/python bench/rekap.py --situs /tmp/site --runs 3
Prints a Markdown table; copy it into bench/hasil.md ("Rekap bulanan").
"""
from __future__ import annotations

import argparse
import functools
import io
import statistics
import sys
import threading
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(AKAR))
from tests.conftest import ARGUMEN_CHROMIUM, CHROMIUM, _Penyaji, _Server  # noqa: E402

PENGAMAT = """window.__bjaPanjang = []; try { new PerformanceObserver((l) => {
  for (const e of l.getEntries()) window.__bjaPanjang.push([e.startTime, e.duration]); })
  .observe({type: "longtask", buffered: true}); } catch (e) {}"""
JUDUL = "Tanggal\tNama\tNPWP\tNilai\tJenis penerima\tJenis penghasilan\tPKP\tNo. invoice\tKode objek pajak"


class _ServerSenyap(_Server):
    def handle_error(self, request, client_address):  # a context closed mid-download: not a finding
        pass


def baris_contoh(n: int) -> str:
    """``n`` rows of November 2026, every 50th with an error (no tax-object code for general services)."""
    jenis = [
        lambda i: ("orang_pribadi", "jasa_tenaga_ahli", "tidak", f"3171{i:012d}", ""),
        lambda i: ("badan", "jasa", "ya", f"0021{i:012d}", "24-104-01"),
        lambda i: ("orang_pribadi", "sewa_tanah_bangunan", "tidak", f"3172{i:012d}", ""),
        lambda i: ("badan", "jasa", "tidak", f"0031{i:012d}", "24-104-03"),
    ]
    isi = [JUDUL]
    for i in range(n):
        penerima, jp, pkp, npwp, kode = jenis[i % 4](i)
        if i % 50 == 49:
            penerima, jp, kode = "orang_pribadi", "jasa", ""
        nilai = f"{(i % 90 + 10) * 250_000:,}".replace(",", ".")
        isi.append(f"{i % 28 + 1:02d}/11/2026\tPenerima {i}\t{npwp}\t{nilai}\t{penerima}\t{jp}\t{pkp}\tINV-{i}\t{kode}")
    return "\n".join(isi)


def _tunggu(page, js: str, batas: float = 600) -> None:
    akhir = time.monotonic() + batas
    while time.monotonic() < akhir:
        if page.evaluate(f"() => Boolean({js})"):
            return
        page.wait_for_timeout(50)
    raise TimeoutError(js)


def siap_ms(browser, url: str, penanda: str) -> float:
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(url)
    _tunggu(page, penanda, 120)
    t = page.evaluate("() => performance.now()")
    ctx.close()
    return t


def satu_putaran(browser, server: str, n: int) -> dict:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    ctx.add_init_script(PENGAMAT)
    page = ctx.new_page()
    page.goto(f"{server}/kalkulator/rekap/")
    _tunggu(page, "window.bjaRekapSelesai !== undefined", 120)  # Python ready, example recomputed
    hasil = {"siap_ms": page.evaluate("() => window.bjaRekapSiap")}
    teks = baris_contoh(n)
    page.evaluate("(t) => { document.getElementById('rekap-tempel').value = t; }", teks)
    mulai = page.evaluate("() => { window.__bjaPanjang.length = 0; return performance.now(); }")
    page.click("#rekap-baca")
    _tunggu(page, "window.bjaRekapDibaca !== undefined")
    dibaca = page.evaluate("() => window.bjaRekapDibaca")
    sebelum = page.evaluate("() => window.bjaRekapSelesai")
    klik = page.evaluate("() => performance.now()")
    page.click("#rekap-hitung")
    _tunggu(page, f"window.bjaRekapSelesai !== {sebelum}")
    ukur = page.evaluate("() => window.bjaRekapUkur")
    selesai = page.evaluate("() => window.bjaRekapSelesai")
    panjang = page.evaluate("() => window.__bjaPanjang.map((x) => x[1])")
    baris = page.locator("#rekap-tabel tbody tr").count()
    heap = page.evaluate("() => performance.memory ? performance.memory.usedJSHeapSize : null")
    ctx.close()
    hasil.update({"baris": n, "baca_ms": dibaca - mulai, "hitung_ms": ukur["hitung_ms"], "tampil_ms": ukur["tampil_ms"],
                  "klik_sampai_tampil_ms": selesai - klik, "baris_per_detik": n / (ukur["hitung_ms"] / 1000),
                  "tugas_terpanjang_ms": max(panjang, default=0), "baris_tampil": baris, "heap_mb": (heap or 0) / 2**20})
    return hasil


def xlsx_pertama(browser, server: str, tmp: Path) -> float:
    import openpyxl

    wb = openpyxl.Workbook()
    for b in baris_contoh(100).splitlines():
        wb.active.append(b.split("\t"))
    berkas = tmp / "bench-rekap.xlsx"
    wb.save(berkas)
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(f"{server}/kalkulator/rekap/")
    _tunggu(page, "window.bjaRekapSelesai !== undefined", 120)
    mulai = page.evaluate("() => performance.now()")
    page.set_input_files("#rekap-berkas", str(berkas))
    _tunggu(page, "window.bjaRekapDibaca !== undefined")
    t = page.evaluate("() => window.bjaRekapDibaca") - mulai
    ctx.close()
    return t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--situs", default=str(AKAR / "site"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baris", type=int, nargs="*", default=[100, 1000, 10000])
    arg = ap.parse_args()
    from playwright.sync_api import sync_playwright

    srv = _ServerSenyap(("127.0.0.1", 0), functools.partial(_Penyaji, directory=arg.situs))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    server = f"http://127.0.0.1:{srv.server_address[1]}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGUMEN_CHROMIUM, headless=True)
        siap_rekap = statistics.median(siap_ms(browser, f"{server}/kalkulator/rekap/", "window.bjaRekapSiap")
                                       for _ in range(arg.runs))
        siap_pph23 = statistics.median(
            siap_ms(browser, f"{server}/kalkulator/pph23/",
                    "document.querySelector('.bja-status') && document.querySelector('.bja-status').dataset.jenis === 'ok'")
            for _ in range(arg.runs))
        xlsx = statistics.median(xlsx_pertama(browser, server, Path("/tmp")) for _ in range(arg.runs))
        hasil = []
        for n in arg.baris:
            putaran = [satu_putaran(browser, server, n) for _ in range(arg.runs if n <= 1000 else 1)]
            hasil.append({k: statistics.median(r[k] for r in putaran) for k in putaran[0]})
            print(f"# {n}: {hasil[-1]}", flush=True)
        browser.close()
    srv.shutdown()

    def ms(x):
        return f"{x:,.0f}".replace(",", ".")

    print(f"\nPython siap (median {arg.runs}x, dari navigasi): /kalkulator/rekap/ {ms(siap_rekap)} ms; "
          f"/kalkulator/pph23/ (status siap) {ms(siap_pph23)} ms. XLSX 100 baris pertama dibaca "
          f"(termasuk impor openpyxl): {ms(xlsx)} ms.\n")
    print("| Baris | Baca tempelan (ms) | Rekap di pekerja (ms) | Baris/detik | Menampilkan (ms) | Klik \"Hitung\" sampai tampil (ms) | Baris di tabel | Tugas utama terpanjang (ms) | Heap JS halaman (MB) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in hasil:
        print(f"| {ms(r['baris'])} | {ms(r['baca_ms'])} | {ms(r['hitung_ms'])} | {ms(r['baris_per_detik'])} | "
              f"{ms(r['tampil_ms'])} | {ms(r['klik_sampai_tampil_ms'])} | {ms(r['baris_tampil'])} | "
              f"{ms(r['tugas_terpanjang_ms'])} | {r['heap_mb']:.0f} |".replace(".0f", ""))


if __name__ == "__main__":
    main()
