"""Calculator pages that answer at a glance (issue 18), in headless Chromium.

At 1280 px the result stays beside the form while the reader edits; at 390 px a summary bar with
the key figures stays in reach and jumps to the result. One amount, one question on the payment
page. "Salin ringkasan" copies the figures shown; "Cetak ringkasan" prints one page with the
reader's answers; each schedule's CSV equals its table on the screen; the status line is a
sentence; wide tables say that they scroll on a phone; axe finds nothing on the new elements.
"""
from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.browser.test_aksesibilitas import ATURAN, AXE
from tests.conftest import jalankan_peramban, contoh_halaman, JS_SELESAI, js_tampil, tunggu

pytestmark = pytest.mark.peramban

JUMLAH = ("bruto", "nilai_termasuk_ppn", "net_diterima", "nilai_valas")


def _buka(halaman, server, jalur: str, lebar: int | None = None):
    h = halaman(f"{server}/{jalur}", lebar)
    tunggu(h.page, JS_SELESAI, 90000)
    return h


def _kotak(page, selektor: str) -> dict:
    return page.evaluate(f"""() => {{ const b = document.querySelector({json.dumps(selektor)}).getBoundingClientRect();
                             return {{x: b.x, y: b.y, kanan: b.right, bawah: b.bottom, w: b.width, h: b.height,
                                      vh: innerHeight, vw: innerWidth}}; }}""")


def _bersih(h) -> None:
    assert h.hosts_lain() == [], h.hosts_lain()
    assert h.galat == [], h.galat


def _rp(x: int) -> str:
    return "Rp" + f"{x:,}".replace(",", ".")


def _isi(page, selektor: str, teks: str) -> None:
    page.locator(selektor).fill(teks)
    page.locator(selektor).dispatch_event("input")


def test_hasil_di_samping_formulir_saat_mengedit_1280(server, halaman):
    h = _buka(halaman, server, "kalkulator/pembayaran/")
    page = h.page
    form, keluaran = _kotak(page, ".bja-form"), _kotak(page, ".bja-keluaran")
    assert keluaran["x"] >= form["kanan"], (form, keluaran)  # beside the form, not below it
    assert page.locator(".bja-sekilas").is_hidden()  # the phone's bar is not needed here
    # the reader edits the last question: the result and its key figures are in view
    terakhir = page.locator(".bja-form .bja-medan").last
    terakhir.scroll_into_view_if_needed()
    terakhir.locator("input").focus()
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.scrollY") > 500, "the form is short enough not to scroll: test nothing"
    k = _kotak(page, ".bja-keluaran")
    assert 0 <= k["y"] and k["bawah"] <= k["vh"], k
    for tr in page.locator(".bja-hasil table.bja-ringkasan tr.bja-utama").all():
        b = tr.bounding_box()
        assert b and 0 <= b["y"] and b["y"] + b["height"] <= k["vh"], b
    # a change there shows its answer in that same panel
    _isi(page, "#f-bruto", "20 jt")
    tunggu(page, JS_SELESAI, 30000)
    harapan = jalankan_peramban("pembayaran", {**contoh_halaman("pembayaran"), "bruto": "20 jt"})
    pph = page.locator(".bja-hasil td[data-kunci=pph21]")
    assert pph.inner_text().strip() == _rp(harapan["hasil"]["pph21"])
    b = pph.bounding_box()
    assert 0 <= b["y"] <= k["vh"] - b["height"], b
    _bersih(h)


def test_bilah_ringkas_390_melompat_ke_hasil(server, halaman):
    h = _buka(halaman, server, "kalkulator/pembayaran/", lebar=390)
    page = h.page
    contoh = jalankan_peramban("pembayaran", contoh_halaman("pembayaran"))["hasil"]
    bilah = page.locator(".bja-sekilas")
    page.locator("#f-jenis_penghasilan").scroll_into_view_if_needed()  # somewhere in the middle of the form
    assert bilah.is_visible()
    b = _kotak(page, ".bja-sekilas")
    assert b["y"] >= 0 and b["bawah"] <= b["vh"] + 1 and b["bawah"] >= b["vh"] - 2, b  # at the screen's foot
    teks = bilah.inner_text()
    assert _rp(contoh["pph21"]) in teks and _rp(contoh["net_dibayar"]) in teks, teks
    # keyboard: the bar is a link; Enter takes the reader (and the focus) to the full result
    bilah.focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    assert page.evaluate("() => document.activeElement === document.querySelector('.bja-hasil')")
    hasil = _kotak(page, ".bja-hasil")
    assert 0 <= hasil["y"] < 200, hasil
    assert "bja-hasil" not in urlsplit(page.url).fragment  # the fragment keeps the page state
    # the full result follows the form
    assert _kotak(page, ".bja-keluaran")["y"] > _kotak(page, ".bja-form")["bawah"] - 1
    # a new answer updates the bar
    _isi(page, "#f-bruto", "40 jt")
    tunggu(page, JS_SELESAI, 30000)
    harapan = jalankan_peramban("pembayaran", {**contoh_halaman("pembayaran"), "bruto": "40 jt"})["hasil"]
    tunggu(page, f"document.querySelector('.bja-sekilas').textContent.includes('{_rp(harapan['net_dibayar'])}')")
    _bersih(h)


def test_satu_angka_satu_pertanyaan(server, halaman):
    h = _buka(halaman, server, "kalkulator/pembayaran/")
    page = h.page

    def tampil() -> set[str]:
        return {k for k in JUMLAH if page.evaluate(f"() => {js_tampil(k)}")}

    assert tampil() == {"bruto"}
    assert not page.evaluate(f"() => {js_tampil('arti_net')}")
    page.locator("#f-penerima").select_option("badan")
    page.locator("[data-kunci=pkp] input[value=ya]").check()
    page.locator("#f-angka_diketahui").select_option("termasuk_ppn")
    tunggu(page, f"{js_tampil('nilai_termasuk_ppn')} && !{js_tampil('bruto')}", 5000)
    assert tampil() == {"nilai_termasuk_ppn"}
    _isi(page, "#f-nilai_termasuk_ppn", "11.100.000")
    tunggu(page, "location.hash.includes('nilai_termasuk_ppn=11.100.000')", 10000)
    tunggu(page, JS_SELESAI, 30000)
    keadaan = dict(parse_qsl(urlsplit(page.url).fragment))
    assert keadaan["angka_diketahui"] == "termasuk_ppn" and "bruto" not in keadaan
    # the calculator got the amount without the question that only steers the form
    masukan = {k: v for k, v in keadaan.items() if k != "angka_diketahui"}
    harapan = jalankan_peramban("pembayaran", masukan)
    assert harapan["ok"], harapan
    tunggu(page, "document.querySelector('.bja-hasil td[data-kunci=bruto]')?.textContent.trim() === "
                 f"'{_rp(harapan['hasil']['bruto'])}'", 20000)
    for pilih, kolom in (("bersih", {"net_diterima"}), ("valas", {"nilai_valas"})):
        page.locator("#f-angka_diketahui").select_option(pilih)
        tunggu(page, f"{js_tampil(next(iter(kolom)))}", 5000)
        assert tampil() == kolom
    assert page.evaluate(f"() => {js_tampil('mata_uang')} && {js_tampil('kurs')} && !{js_tampil('arti_net')}")

    # An old link with the net amount and no choice opens with "bersih" chosen and that field shown.
    page.goto("about:blank")
    page.goto(f"{server}/kalkulator/pembayaran/?penerima=badan&pkp=ya&net_diterima=25.000.000&tanggal=2026-06-15")
    tunggu(page, JS_SELESAI, 90000)
    assert page.locator("#f-angka_diketahui").input_value() == "bersih"
    assert tampil() == {"net_diterima"} and page.locator("#f-net_diterima").input_value() == "25.000.000"
    harapan = jalankan_peramban("pembayaran", {"penerima": "badan", "pkp": "ya", "net_diterima": "25.000.000",
                                          "tanggal": "2026-06-15", **{k: v for k, v in dict(
                                              parse_qsl(urlsplit(page.url).fragment)).items()
                                              if k != "angka_diketahui"}})
    tunggu(page, "document.querySelector('.bja-hasil td[data-kunci=bruto]')?.textContent.trim() === "
                 f"'{_rp(harapan['hasil']['bruto'])}'", 20000)
    _bersih(h)


def _ubah_jumlah_pertama(page):
    """Type another amount than the example's into the first visible text field (an amount on each
    page these tests use) and wait for the page's own answer; the field."""
    kolom = page.locator(".bja-form input[type=text]:visible").first
    kolom.fill("12.345.000")
    kolom.dispatch_event("input")
    tunggu(page, JS_SELESAI + " && document.querySelector('.bja-status').textContent.startsWith('Hasil diperbarui')",
           30000)
    return kolom


def test_status_adalah_kalimat(server, halaman):
    for jalur in ("kalkulator/pembayaran/", "kalkulator/model-harga/", "kalkulator/termin/"):
        h = _buka(halaman, server, jalur)
        page = h.page
        _ubah_jumlah_pertama(page)
        teks = page.locator(".bja-status").inner_text()
        assert re.fullmatch(r"Hasil diperbarui: [^.].*\.", teks), teks
        assert not re.search(r"[\w)]Rp|\dRp", teks), teks  # figures never run into words or each other
        assert "Rp" in teks or "Ya" in teks, teks
        page.close()
        _bersih(h)


def test_salin_ringkasan_berisi_angka_yang_tampil(peramban, server):
    ctx = peramban.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = ctx.new_page()
    try:
        page.goto(f"{server}/kalkulator/pembayaran/")
        tunggu(page, JS_SELESAI, 90000)
        _isi(page, "#f-bruto", "25 jt")
        tunggu(page, JS_SELESAI + " && document.querySelector('.bja-status').textContent.startsWith('Hasil diperbarui')",
               30000)
        page.get_by_role("button", name="Salin ringkasan").click()
        tunggu(page, "document.querySelector('.bja-status').textContent.includes('Ringkasan sudah disalin')", 10000)
        teks = page.evaluate("navigator.clipboard.readText()")
        baris = page.evaluate("""() => [...document.querySelectorAll('.bja-hasil table.bja-ringkasan tbody tr')]
                                 .map(tr => [tr.cells[0].textContent.trim(), tr.cells[1].textContent.trim()])""")
        assert len(baris) >= 8
        for label, nilai in baris:
            assert f"- {label}: {nilai}" in teks, (label, nilai, teks)
        assert "Batas setor" in teks and "Bukti potong" in teks
        assert "- Nilai jasa sebelum PPN (bruto): 25 jt" in teks  # the reader's own answers
        assert "Angka yang Anda ketahui: Nilai jasa sebelum PPN (bruto)" in teks
        dasar = re.search(r"Dasar hukum: (.+)\.", teks)
        assert dasar and "PMK 168/2023" in dasar.group(1), teks
        assert "http://" in teks and "#" not in teks.split("Dihitung dengan")[-1]  # the page, not the inputs
        # where the clipboard is refused, the text is offered in a box to copy by hand
        page.evaluate("() => { Object.defineProperty(navigator, 'clipboard', {value: {writeText: () =>"
                      " Promise.reject(new Error('ditolak'))}}); document.execCommand = () => false; }")
        page.get_by_role("button", name="Salin ringkasan").click()
        kotak = page.locator(".bja-salin-manual textarea")
        kotak.wait_for(timeout=5000)
        assert kotak.input_value() == teks
        assert page.get_by_label("Ringkasan untuk disalin (pilih semua, lalu salin)").count() == 1
    finally:
        ctx.close()


def _halaman_pdf(page) -> int:
    data = page.pdf(format="A4")
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


@pytest.mark.parametrize("jalur", ["kalkulator/pembayaran/", "kalkulator/termin/", "kalkulator/pph21/",
                                   "kalkulator/biaya-platform/", "kalkulator/biaya-karyawan/"])
def test_cetak_satu_halaman_dengan_isian(server, halaman, jalur):
    h = _buka(halaman, server, jalur)
    page = h.page
    kolom = _ubah_jumlah_pertama(page)
    nilai = kolom.input_value()
    page.emulate_media(media="print")
    try:
        assert _halaman_pdf(page) == 1
        tampil = page.evaluate("""() => { const d = (s) => { const e = document.querySelector(s);
                                   return e ? getComputedStyle(e).display !== 'none' : null; };
                                   return {form: d('.bja-form'), isian: d('.bja-cetak-isian'), rincian: d('.bja-hasil .bja-rincian'),
                                           h2: [...document.querySelectorAll('.md-content h2')].some(e => e.offsetParent !== null),
                                           nav: d('.md-sidebar--primary')}; }""")
        assert tampil == {"form": False, "isian": True, "rincian": False, "h2": False, "nav": False}, tampil
        isian = page.locator(".bja-cetak-isian").inner_text()
        assert nilai in isian, (nilai, isian)
        assert "Isian Anda" in isian
        assert page.locator(".bja-cetak-dasar").inner_text().startswith("Dasar hukum: ")
    finally:
        page.emulate_media(media="screen")
    _bersih(h)


def test_csv_jadwal_sama_dengan_tabel_di_layar(server, halaman):
    h = _buka(halaman, server, "kalkulator/termin/")
    page = h.page
    kolom = page.locator("#f-nilai_kontrak")
    kolom.fill("Rp 90.000.000")
    kolom.dispatch_event("input")
    tunggu(page, JS_SELESAI + " && document.querySelector('.bja-hasil a[download=\"jadwal-termin.csv\"]')", 30000)
    with page.expect_download() as unduh:
        page.locator('.bja-hasil a[download="jadwal-termin.csv"]').click()
    baris = list(csv.DictReader(io.StringIO(open(unduh.value.path(), encoding="utf-8", newline="").read()),
                                delimiter=";"))
    layar = page.evaluate("""() => [...document.querySelectorAll('.bja-tabel-termin tbody tr, .bja-tabel-termin tfoot tr')]
        .map(tr => ({kepala: tr.cells[0].innerText, angka: [...tr.cells].slice(1).map(c => c.innerText.split('\\n')[0])}))""")
    assert len(baris) == len(layar)
    for b, t in zip(baris, layar):
        assert [_rp(int(b[k])) for k in ("bruto", "ppn", "potongan_pph", "net_dibayar")] == t["angka"], (b, t)
        if b["termin"] != "Jumlah":
            meterai = re.findall(r"(?:kuitansi|BAST) (Rp[\d.]+)", t["kepala"])
            assert int(b["bea_meterai"]) == sum(int(m[2:].replace(".", "")) for m in meterai), (b, t)
    total = page.locator('.bja-hasil td[data-kunci="total_bea_meterai"]').inner_text().strip()
    assert _rp(int(baris[-1]["bea_meterai"])) == total  # kuitansi and BAST, as the summary says
    _bersih(h)


@pytest.mark.parametrize("nama", ["termin", "biaya-platform", "kredit-sla", "biaya-karyawan"])
def test_tabel_lebar_390_memberi_tanda_geser(server, halaman, nama):
    h = _buka(halaman, server, f"kalkulator/{nama}/", lebar=390)
    page = h.page
    page.evaluate("() => document.querySelectorAll('.bja-hasil details').forEach(d => d.open = true)")
    page.evaluate("() => window.dispatchEvent(new Event('resize'))")
    page.wait_for_timeout(400)
    info = page.evaluate("""() => [...document.querySelectorAll('.bja-hasil .bja-gulir')].map(g => ({
        terpotong: g.scrollWidth > g.clientWidth + 1, tanda: g.hasAttribute('data-terpotong'),
        petunjuk: g.previousElementSibling?.classList.contains('bja-geser') && !g.previousElementSibling.hidden
                  && g.previousElementSibling.offsetParent !== null}))""")
    assert info and any(x["terpotong"] for x in info), info
    for x in info:
        assert x["tanda"] == x["terpotong"] and x["petunjuk"] == x["terpotong"], info
    assert not page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth")
    _bersih(h)


@pytest.mark.parametrize("skema,lebar", [("light", 1280), ("dark", 1280), ("light", 390), ("dark", 390)])
def test_axe_elemen_baru(peramban, server, skema, lebar):
    ctx = peramban.new_context(viewport={"width": lebar, "height": 900}, color_scheme=skema, locale="id-ID")
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = ctx.new_page()
    try:
        for jalur in ("kalkulator/pembayaran/", "kalkulator/termin/"):
            page.goto(f"{server}/{jalur}")
            tunggu(page, JS_SELESAI, 90000)
            page.get_by_role("button", name="Salin ringkasan").click()
            page.wait_for_timeout(300)  # the theme's 125 ms colour transition of the focused button
            if not page.evaluate("() => typeof window.axe === 'object'"):
                page.evaluate(AXE.read_text(encoding="utf-8"))
            hasil = page.evaluate(f"async () => (await axe.run('.bja-kalkulator', {json.dumps(ATURAN)})).violations"
                                  ".map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))")
            assert hasil == [], (jalur, hasil)
    finally:
        ctx.close()
