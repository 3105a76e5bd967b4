"""List every external link of the built site in one Markdown report, for a person to review.

Nothing is fetched (CI never calls another host). Usage:
    python tools/tautan_luar.py [SITE_DIR] [-o REPORT.md]     (default: site/ -> .cache/tautan-luar.md)
`make tautan` builds the site and writes the report.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit


class _Pengumpul(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tautan: list[tuple[str, str]] = []
        self._buka: list[list] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if urlsplit(href).scheme in ("http", "https"):
                self._buka.append([href, ""])

    def handle_data(self, data):
        for t in self._buka:
            t[1] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._buka:
            href, teks = self._buka.pop()
            self.tautan.append((href, " ".join(teks.split())))


def kumpulkan(situs: Path) -> dict[str, dict[str, set[str]]]:
    """{url: {"halaman": {...}, "teks": {...}}} over every built page."""
    hasil: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"halaman": set(), "teks": set()})
    for p in sorted(situs.rglob("*.html")):
        k = _Pengumpul()
        k.feed(p.read_text(encoding="utf-8", errors="replace"))
        for url, teks in k.tautan:
            hasil[url]["halaman"].add(p.relative_to(situs).as_posix())
            if teks:
                hasil[url]["teks"].add(teks)
    return dict(hasil)


def laporan(tautan: dict[str, dict[str, set[str]]]) -> str:
    per_host: dict[str, list[str]] = defaultdict(list)
    for url in tautan:
        per_host[urlsplit(url).hostname or "?"].append(url)
    baris = ["# Tautan keluar situs Bayar Jasa Aman", "",
             f"{len(tautan)} URL di {len(per_host)} host. Periksa secara manual (tidak diambil otomatis).", ""]
    for host in sorted(per_host):
        baris += [f"## {host}", "", "| URL | Teks tautan | Halaman |", "|---|---|---|"]
        for url in sorted(per_host[host]):
            d = tautan[url]
            teks = "; ".join(sorted(d["teks"]))[:120].replace("|", "\\|")
            baris.append(f"| {url} | {teks} | {', '.join(sorted(d['halaman']))} |")
        baris.append("")
    return "\n".join(baris)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("situs", nargs="?", default="site")
    ap.add_argument("-o", "--keluaran", default=".cache/tautan-luar.md")
    a = ap.parse_args(argv)
    situs = Path(a.situs)
    if not (situs / "index.html").is_file():
        print(f"Situs belum dibangun di {situs}/ (jalankan make build).", file=sys.stderr)
        return 1
    tautan = kumpulkan(situs)
    keluar = Path(a.keluaran)
    keluar.parent.mkdir(parents=True, exist_ok=True)
    keluar.write_text(laporan(tautan), encoding="utf-8")
    print(f"{len(tautan)} tautan keluar -> {keluar}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
