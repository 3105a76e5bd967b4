"""From the Kalkulator Pembayaran Jasa to a kuitansi and a bukti kas keluar, in headless Chromium.

A person opens the payment page for a PT that is PKP, types another amount, follows "Buat
kuitansi (.docx)": the builder opens with the same inputs (carried in the fragment), shows the
kuitansi with the payment page's figures, and its .docx (read with python-docx) holds them too.
The same for the bukti kas keluar. No request's URL carries an input value.
"""
from __future__ import annotations

import io
from urllib.parse import parse_qs, quote, quote_plus, urlsplit

import pytest

from calculators.format import rupiah
from tests.conftest import JS_MASUKAN, JS_SELESAI, contoh_halaman, jalankan_peramban, tunggu

pytestmark = pytest.mark.peramban

BRUTO = "27.350.000"  # typed by the reader: distinctive enough to find in any URL
SIAP_PEMBUAT = ("document.querySelector('.bja-kalkulator')?.dataset.siap === 'ya'"
                " && !document.querySelector('.bja-kalkulator').hasAttribute('data-sibuk')")


def _sel(page, kunci: str) -> str:
    return page.evaluate(f"() => document.querySelector('.bja-hasil td[data-kunci={kunci}]')?.textContent.trim() || ''")


def _ketik(page, kunci: str, teks: str) -> None:
    kolom = page.locator(f"#f-{kunci}")
    kolom.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(teks, delay=5)


def _teks_docx(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    teks = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
    return " ".join(" ".join(teks).split())


def _bentuk(nilai: str) -> set[str]:
    angka = nilai.replace(".", "")
    return {nilai, quote(nilai), quote_plus(nilai), angka}


@pytest.mark.parametrize("templat,tombol", [("kuitansi", "Buat kuitansi (.docx)"),
                                             ("bukti-kas-keluar", "Buat bukti kas keluar (.docx)")])
def test_dari_hasil_pembayaran_ke_docx_dengan_angka_yang_sama(server, halaman, tmp_path, templat, tombol):
    tanggal = contoh_halaman("pembayaran")["tanggal"]
    awal = (f"penerima=badan&pemotong=badan&pkp=ya&punya_npwp=ya&jenis_penghasilan=jasa"
            f"&angka_diketahui=bruto&bruto=20000000&tanggal={tanggal}&jenis_dokumen=kuitansi&jumlah_rangkap=1")
    h = halaman(f"{server}/kalkulator/pembayaran/#{awal}")
    page = h.page
    tunggu(page, JS_SELESAI, 90000)
    _ketik(page, "bruto", BRUTO)
    tunggu(page, JS_SELESAI + " && document.querySelector('.bja-hasil td[data-kunci=bruto]')"
                 f"?.textContent.includes('{rupiah(27350000)}')", 30000)
    masukan = page.evaluate(JS_MASUKAN)
    masukan.pop("angka_diketahui", None)  # steers the form only (data-hanya-formulir)
    harapan = jalankan_peramban("pembayaran", masukan)["hasil"]
    net, pph = _sel(page, "net_dibayar"), _sel(page, "pph23")
    assert net == rupiah(int(float(harapan["net_dibayar"]))) and pph == rupiah(int(float(harapan["pph23"])))
    ppn = _sel(page, "ppn")
    assert ppn == rupiah(int(float(harapan["ppn"]))) and ppn != "Rp0"

    # the link carries the page's current inputs, in the fragment only
    tautan = page.get_by_role("link", name=tombol)
    href = tautan.get_attribute("href")
    bagian = urlsplit(href)
    assert not bagian.query and bagian.path.endswith("/templat/pembuat/"), href
    dibawa = {k: v[0] for k, v in parse_qs(bagian.fragment).items()}
    assert dibawa["templat"] == templat and dibawa["bruto"] == BRUTO and dibawa["pkp"] == "ya", dibawa

    tautan.click()
    page.wait_for_url("**/templat/pembuat/**")
    page.wait_for_load_state()
    assert page.locator("#f-templat").input_value() == templat
    assert page.locator("#f-bruto").input_value() == BRUTO
    tunggu(page, SIAP_PEMBUAT + f" && document.querySelector('.bja-pratinjau article')?.dataset.templat === '{templat}'"
                 f" && document.querySelector('.bja-pratinjau').textContent.includes('{net}')", 90000)
    pratinjau = " ".join(page.locator(".bja-pratinjau").inner_text().split())
    for angka in (rupiah(27350000), ppn, net, f"PPh 23 {pph}"):
        assert angka in pratinjau, (angka, templat)

    with page.expect_download() as info:
        page.locator('.bja-unduhan a[download$=".docx"]').click()
    berkas = tmp_path / info.value.suggested_filename
    info.value.save_as(berkas)
    assert berkas.name.startswith(templat)
    teks = _teks_docx(berkas.read_bytes())
    for angka in (rupiah(27350000), ppn, net, f"PPh 23 {pph}", f"PPh 23 sebesar {pph}"):
        assert angka in teks, (angka, templat)
    if templat == "kuitansi":
        total = rupiah(int(float(harapan["total_faktur"])))
        assert f"Uang sejumlah {total}" in teks
        assert "meterai Rp10.000 dibubuhkan" in teks  # more than Rp5.000.000 stated
    else:
        assert "Disiapkan oleh" in teks and "Disetujui oleh" in teks and "Diterima oleh" in teks

    # no request (pages, the worker's files, the download) carried an input value
    bocor = [u for u in h.permintaan for b in _bentuk(BRUTO) if b in u.split("#")[0]]
    assert bocor == [], bocor
    assert h.hosts_lain() == [], h.hosts_lain()
    assert h.galat == [], h.galat


def test_isian_pembayaran_salah_dijelaskan_di_kolomnya(server, halaman):
    tanggal = contoh_halaman("pembayaran")["tanggal"]
    h = halaman(f"{server}/templat/pembuat/#templat=kuitansi&penerima=badan&pkp=ya&punya_npwp=ya"
                f"&jenis_penghasilan=jasa&angka_diketahui=bruto&bruto=abc&tanggal={tanggal}")
    page = h.page
    tunggu(page, "document.querySelector('.bja-medan[data-kunci=bruto] .bja-galat')?.textContent.trim()", 90000)
    pesan = page.locator('.bja-medan[data-kunci="bruto"] .bja-galat').text_content().strip()  # in a folded group
    harapan = jalankan_peramban("pembayaran", {"tanggal": tanggal, "penerima": "badan", "bruto": "abc"})
    assert pesan == harapan["kesalahan"][0]["pesan"]
    assert page.locator(".bja-unduhan a").count() == 0
    assert h.galat == [], h.galat
