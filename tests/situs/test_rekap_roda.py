"""The monthly recap page's extra wheels (hooks/runtime.py, hooks/roda-lembar.txt): openpyxl and
et_xmlfile are shipped from the site itself with the pinned bytes, and only the recap page loads
them; the page has its own script and the build-time example."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

AKAR = Path(__file__).resolve().parents[2]


def _pin() -> dict[str, tuple[str, str]]:
    hasil = {}
    for b in (AKAR / "hooks" / "roda-lembar.txt").read_text().splitlines():
        if b.strip() and not b.startswith("#"):
            nama, versi = b.split()[0].split("==")
            hasil[nama] = (versi, b.split("--hash=sha256:")[1].strip())
    return hasil


def _roda(html: str) -> list[str]:
    m = re.search(r'data-roda="([^"]*)"', html)
    return m.group(1).split() if m else []


def test_roda_lembar_dipin_dan_hanya_di_halaman_rekap(situs):
    pin = _pin()
    assert set(pin) == {"openpyxl", "et_xmlfile"}
    halaman = situs / "kalkulator" / "rekap" / "index.html"
    html = halaman.read_text(encoding="utf-8")
    roda = _roda(html)
    assert "assets/js/rekap.js" in html and "assets/js/kalkulator.js" not in html
    assert Path(roda[0]).name.startswith("calculators-")  # the tax wheel first, as on every tax page
    for nama, (versi, sha) in pin.items():
        (url,) = [r for r in roda if Path(r).name.startswith(f"{nama}-{versi}-")]
        berkas = (halaman.parent / url).resolve()
        assert berkas.is_file() and berkas.is_relative_to(situs.resolve())
        assert hashlib.sha256(berkas.read_bytes()).hexdigest() == sha
    for p in situs.rglob("index.html"):
        if p != halaman:
            assert not any("openpyxl" in r or "et_xmlfile" in r for r in _roda(p.read_text(encoding="utf-8"))), p
    # the same tax wheel and snapshot as the tax pages (restored, then openpyxl unpacked on top)
    pph23 = (situs / "kalkulator" / "pph23" / "index.html").read_text(encoding="utf-8")
    assert Path(_roda(pph23)[0]).name == Path(roda[0]).name
    assert re.search(r'data-potret="[^"]*"', pph23).group(0) == re.search(r'data-potret="[^"]*"', html).group(0)


def test_contoh_dibuat_saat_build(situs):
    html = (situs / "kalkulator" / "rekap" / "index.html").read_text(encoding="utf-8")
    assert html.count('<tr data-nomor="') == 5
    assert "5 baris dibaca; 5 dapat dihitung; 2 bermasalah; 3 bukti potong siap dibuat." in html
    assert 'data-unduh="xml-bp21"' in html and 'data-unduh="xml-bppu"' in html


def test_service_worker_tahu_halaman_rekap(situs):
    sw = (situs / "sw.js").read_text(encoding="utf-8")
    assert "kalkulator/rekap/" in sw and "openpyxl-" in sw
