"""The monthly recap page in headless Chromium, at 1280 and 390 px: paste cells, upload an XLSX,
confirm the column mapping, fix a cell in place, read the table and totals, download the XML, and
nothing is requested from any host but the site's own (issue 14 sections 3 and 4)."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import tunggu

# November 2026: a month before the browser's "today" when these tests were written, and covered by
# the rules. Indonesian number formats as a reader types them.
TEMPEL = "\n".join([
    "Tanggal\tNama\tNPWP\tNilai\tJenis penerima\tJenis penghasilan\tNo. invoice\tKode objek pajak",
    "05/11/2026\tAni Lestari\t3171234567890001\t15.000.000\torang_pribadi\tjasa_tenaga_ahli\tA-1\t",
    "10/11/2026\tPT Teknik Jaya\t0021234567891000\t25.000.000,00\tbadan\tjasa\tTJ-1\t24-104-01",
    "12/11/2026\tCitra Dewi\t3171234567890004\t5 jt\torang_pribadi\tjasa\tC-1\t",
])
SELESAI = "window.bjaRekapSelesai"


def _selesai_sesudah(page, sebelum: float | None, batas_ms: int = 120000) -> None:
    tunggu(page, f"{SELESAI} !== undefined && {SELESAI} !== {sebelum if sebelum is not None else 'undefined'}", batas_ms)


def _waktu(page):
    return page.evaluate(f"() => {SELESAI} ?? null")


def _sel(page, nomor: int, kunci: str) -> str:
    return page.locator(f'#rekap-tabel tr[data-nomor="{nomor}"] td[data-kunci="{kunci}"]').inner_text().strip()


def _masalah(page, nomor: int) -> str:
    return page.locator(f'#rekap-tabel tr[data-nomor="{nomor}"] td.bja-rekap-masalah').inner_text()


def _jumlah(page, kunci: str) -> str:
    return page.locator(f'#rekap-ringkasan td[data-kunci="{kunci}"]').inner_text().strip()


def _xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Tanggal", "Nama Vendor", "NPWP", "Bruto", "Jenis penerima", "PKP", "Nomor invoice", "Kode objek pajak"])
    ws.append([datetime(2026, 11, 11), "PT Konsultan Muda", "0031234567892000", 8000000, "badan", "tidak", "K-88",
               "24-104-03"])
    ws.append([datetime(2026, 11, 12), "PT Konsultan Muda", "0031234567892000", 2000000.5, "badan", "tidak", "K-89",
               "24-104-03"])
    ws.append([None, "", "", None, "", "", "", ""])  # an empty row: skipped, said so
    ws.append([datetime(2026, 11, 13), "PT Teks", "0041234567893000", "sepuluh juta", "badan", "tidak", "T-1", "24-104-03"])
    keluar = io.BytesIO()
    wb.save(keluar)
    return keluar.getvalue()


@pytest.mark.parametrize("lebar", [1280, 390])
def test_rekap_tempel_unggah_ubah_unduh(halaman, server, tmp_path: Path, lebar: int):
    h = halaman(f"{server}/kalkulator/rekap/", lebar)
    page = h.page
    # the build-time example is there at once, before Python
    assert page.locator("#rekap-tabel tbody tr").count() == 5
    assert "5 baris dibaca" in page.locator("#rekap-ringkasan").inner_text()
    _selesai_sesudah(page, None)  # Python ready: the example recomputed live

    # 1. paste a block of cells
    page.fill("#rekap-tempel", TEMPEL)
    page.click("#rekap-baca")
    tunggu(page, "!document.getElementById('rekap-pemetaan-bagian').hidden")
    pemetaan = page.eval_on_selector_all("#rekap-pemetaan select", "s => s.map(x => x.value)")
    assert pemetaan == ["tanggal", "nama_penerima", "npwp_penerima", "bruto", "penerima", "jenis_penghasilan",
                        "nomor_dokumen", "kode_objek_pajak"]
    sebelum = _waktu(page)
    page.click("#rekap-hitung")
    _selesai_sesudah(page, sebelum)
    assert page.locator("#rekap-tabel tbody tr").count() == 3
    assert _sel(page, 1, "pph") == "Rp375.000"         # 50% x 15 jt x 5%
    assert _sel(page, 1, "net_dibayar") == "Rp14.625.000"
    assert _sel(page, 1, "bukti") == "BP21"
    assert _sel(page, 2, "pph") == "Rp500.000"         # 2% x 25 jt
    assert _sel(page, 2, "bukti") == "BPPU"
    assert _sel(page, 3, "bukti") == "–"               # no tax-object code: no slip, said why
    assert "kode_objek_pajak" in _masalah(page, 3)
    assert _jumlah(page, "pph21") == "Rp500.000"       # 375.000 + 125.000
    assert _jumlah(page, "pph23") == "Rp500.000"
    assert _jumlah(page, "disetor_pemotong") == "Rp1.000.000"
    setoran = page.locator("#rekap-ringkasan .bja-rekap-setoran").inner_text()
    assert "November 2026" in setoran and "15 Desember 2026" in setoran

    # 2. fix a cell in place: the row recomputes, the others stay
    baris2 = page.locator('#rekap-tabel tr[data-nomor="2"]').inner_html()
    page.click('#rekap-tabel tr[data-nomor="1"] > :nth-child(5)')
    sebelum = _waktu(page)
    page.fill('#rekap-tabel tr[data-nomor="1"] > :nth-child(5) input', "20 jt")
    page.keyboard.press("Enter")
    _selesai_sesudah(page, sebelum)
    assert _sel(page, 1, "pph") == "Rp500.000"         # 50% x 20 jt x 5%
    assert page.locator('#rekap-tabel tr[data-nomor="1"] > :nth-child(5)').inner_text() == "20 jt"
    assert page.locator('#rekap-tabel tr[data-nomor="2"]').inner_html() == baris2
    assert _jumlah(page, "pph21") == "Rp625.000"

    # 3. download the XML of each kind: it parses and holds the expected slips
    with page.expect_download() as unduhan:
        page.click('[data-unduh="xml-bp21"]')
    akar = ET.parse(unduhan.value.path()).getroot()
    assert akar.tag == "Bp21Bulk"
    slip = akar.findall("./ListOfBp21/Bp21")
    assert [s.findtext("CounterpartTin") for s in slip] == ["3171234567890001"]
    assert [s.findtext("Gross") for s in slip] == ["20000000"]
    with page.expect_download() as unduhan:
        page.click('[data-unduh="xml-bppu"]')
    akar = ET.parse(unduhan.value.path()).getroot()
    assert [s.findtext("TaxObjectCode") for s in akar.findall("./ListOfBpu/Bpu")] == ["24-104-01"]
    assert page.locator('[data-unduh="xml-bpnr"]').count() == 0

    # the results as XLSX: the reader's columns kept, the figures after them
    with page.expect_download() as unduhan:
        page.click('[data-unduh="xlsx"]')
    import openpyxl

    ws = openpyxl.load_workbook(io.BytesIO(Path(unduhan.value.path()).read_bytes())).active
    kepala = [c.value for c in ws[1]]
    assert kepala[:3] == ["Tanggal", "Nama", "NPWP"] and "hasil_pph" in kepala
    assert ws.cell(2, kepala.index("hasil_pph") + 1).value == 500000

    # 4. upload an XLSX made here
    berkas = tmp_path / "vendor.xlsx"
    berkas.write_bytes(_xlsx())
    page.set_input_files("#rekap-berkas", str(berkas))
    tunggu(page, "document.getElementById('rekap-status').textContent.includes('dibaca')")
    assert "baris kosong dilewati" in page.locator("#rekap-status").inner_text()
    pemetaan = page.eval_on_selector_all("#rekap-pemetaan select", "s => s.map(x => x.value)")
    assert pemetaan[:4] == ["tanggal", "nama_penerima", "npwp_penerima", "bruto"]
    sebelum = _waktu(page)
    page.click("#rekap-hitung")
    _selesai_sesudah(page, sebelum)
    assert page.locator("#rekap-tabel tbody tr").count() == 3
    assert _sel(page, 1, "pph") == "Rp160.000"         # 2% x 8 jt
    assert _sel(page, 2, "pph") == "Rp40.000"          # 2% x 2.000.000,5, rounded down
    assert "sepuluh juta" in _masalah(page, 3)         # text in the amount column: a message, row kept
    assert _jumlah(page, "pph23") == "Rp200.000"

    page.screenshot(path=f"/tmp/r14-rekap-{lebar}.png", full_page=True)
    assert h.hosts_lain() == [], h.hosts_lain()
    assert not h.galat, h.galat


def test_rekap_pulih_setelah_muat_ulang(halaman, server):
    h = halaman(f"{server}/kalkulator/rekap/")
    page = h.page
    _selesai_sesudah(page, None)
    page.fill("#rekap-tempel", TEMPEL)
    page.click("#rekap-baca")
    tunggu(page, "!document.getElementById('rekap-pemetaan-bagian').hidden")
    sebelum = _waktu(page)
    page.click("#rekap-hitung")
    _selesai_sesudah(page, sebelum)
    page.reload()
    _selesai_sesudah(page, None)
    assert page.locator("#rekap-tabel tbody tr").count() == 3
    assert "?" not in page.url  # nothing in the query string
    page.click("#rekap-hapus")
    tunggu(page, "document.querySelectorAll('#rekap-tabel tbody tr').length === 5")
    tunggu(page, "localStorage.getItem('bja-rekap-v1') === null")
    assert not h.galat, h.galat


def test_rekap_lebih_dari_seribu_baris_dan_sel_dengan_papan_ketik(halaman, server):
    # 1.050 rows: 1.000 shown (a batch per frame), the next 50 on request from the recap Python kept;
    # a reader's cell is edited from the keyboard (Enter, type, Enter)
    h = halaman(f"{server}/kalkulator/rekap/")
    page = h.page
    _selesai_sesudah(page, None)
    isi = ["Tanggal\tNama\tNPWP\tNilai\tJenis penerima\tJenis penghasilan\tNo. invoice"]
    isi += [f"{i % 28 + 1:02d}/11/2026\tPenerima {i}\t3171{i:012d}\t{(i % 9 + 1) * 1_000_000}\torang_pribadi\t"
            f"jasa_tenaga_ahli\tINV-{i}" for i in range(1050)]
    page.evaluate("(t) => { document.getElementById('rekap-tempel').value = t; }", "\n".join(isi))
    page.click("#rekap-baca")
    tunggu(page, "!document.getElementById('rekap-pemetaan-bagian').hidden")
    sebelum = _waktu(page)
    page.click("#rekap-hitung")
    _selesai_sesudah(page, sebelum)
    assert page.locator("#rekap-tabel tbody tr").count() == 1000
    lagi = page.locator("#rekap-lagi")
    assert "50 baris berikutnya" in lagi.inner_text()
    lagi.click()
    tunggu(page, "document.querySelectorAll('#rekap-tabel tbody tr').length === 1050")
    tunggu(page, "!document.getElementById('rekap-lagi')")
    assert _sel(page, 1050, "pph") == "Rp150.000"  # row 1.050: 6 jt (1049 % 9 + 1), 50% x 6 jt x 5%
    assert page.locator('#rekap-tabel tr[data-nomor="1050"] th').inner_text() == "1050"

    sel = page.locator('#rekap-tabel tr[data-nomor="1050"] > :nth-child(5)')  # the "Nilai" cell
    sel.focus()
    page.keyboard.press("Enter")
    sebelum = _waktu(page)
    page.keyboard.press("Control+A")
    page.keyboard.type("4 jt")
    page.keyboard.press("Enter")
    _selesai_sesudah(page, sebelum)
    assert _sel(page, 1050, "pph") == "Rp100.000"
    assert page.locator("#rekap-tabel tbody tr").count() == 1050  # the rows past 1.000 stay shown
    assert not h.galat, h.galat
