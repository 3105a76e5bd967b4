"""Which questions show (front matter ``tampil_jika``) is decided in one place: the CSS the build
makes from the rule (macros/formulir.py css_tampil), evaluated by the browser. Here Chromium
shows it at first paint without JavaScript, follows every combination of answers exactly as the
documented rule says (an oracle written in this file), takes hidden questions out of the
accessibility tree, and the page sends only the questions that are displayed, including those in
a folded group of the template builder."""
from __future__ import annotations

import itertools

import pytest
import yaml

from macros.formulir import hanya_formulir
from tests.conftest import AKAR, tunggu

pytestmark = pytest.mark.peramban

SIAP = "document.querySelector('.bja-kalkulator')?.dataset.siap === 'ya'"

# Every question of the form: is it displayed?
JS_TAMPIL = """() => Object.fromEntries([...document.querySelectorAll('.bja-form .bja-medan')]
  .map((m) => [m.dataset.kunci, getComputedStyle(m).display !== 'none']))"""

# Sets answers without events (the page script is not asked anything) and reads what is displayed.
JS_COBA = """(daftar) => daftar.map((jawaban) => {
  for (const [k, v] of Object.entries(jawaban)) {
    const s = document.querySelector(`.bja-form select[name="${k}"]`);
    if (s) s.value = v;
    else document.querySelectorAll(`.bja-form input[name="${k}"]`).forEach((r) => (r.checked = r.value === v));
  }
  return [...document.querySelectorAll('.bja-form .bja-medan')]
    .filter((m) => getComputedStyle(m).display !== 'none').map((m) => m.dataset.kunci).sort();
})"""

# Records every message the page sends to its Python worker (installed before the page's scripts).
REKAM = """(() => {
  const asli = Worker.prototype.postMessage;
  window.__dikirim = [];
  Worker.prototype.postMessage = function (data, ...sisa) {
    if (data && data.masukan) window.__dikirim.push(JSON.parse(JSON.stringify(data.masukan)));
    return asli.call(this, data, ...sisa);
  };
})();"""


def _pertanyaan(halaman: str) -> list[dict]:
    teks = (AKAR / "docs" / "kalkulator" / f"{halaman}.md").read_text(encoding="utf-8")
    return yaml.safe_load(teks.split("---", 2)[1])["pertanyaan"]


def _menurut_aturan(p: dict, jawaban: dict[str, str]) -> bool:
    """The oracle: the rule as macros/formulir.py documents it (a list = any one alternative;
    inside one, every question must have one of the allowed answers)."""
    aturan = p.get("tampil_jika")
    if not aturan:
        return True
    return any(all(jawaban.get(k) in [str(x) for x in (b if isinstance(b, list) else [b])] for k, b in satu.items())
               for satu in (aturan if isinstance(aturan, list) else [aturan]))


def _pilihan(p: dict) -> list[str]:
    return ["ya", "tidak"] if p.get("jenis") == "ya_tidak" else [str(k) for k in p["pilihan"]]


def _kombinasi(pertanyaan: list[dict]) -> list[dict[str, str]]:
    """Every combination of answers to the questions the rules depend on."""
    menurut = {p["kunci"]: p for p in pertanyaan}
    pengatur = set()
    for p in pertanyaan:
        aturan = p.get("tampil_jika") or []
        for satu in (aturan if isinstance(aturan, list) else [aturan]):
            pengatur |= set(satu)
    pengatur = sorted(pengatur)
    assert pengatur, "halaman ini tidak punya pertanyaan bersyarat"
    return [dict(zip(pengatur, nilai)) for nilai in itertools.product(*(_pilihan(menurut[k]) for k in pengatur))]


@pytest.fixture
def tanpa_js(peramban):
    ctx = peramban.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID", java_script_enabled=False)
    yield ctx.new_page()
    ctx.close()


def test_tanpa_javascript_pertanyaan_tetap_mengikuti_jawaban(server, tanpa_js):
    page = tanpa_js
    page.goto(f"{server}/kalkulator/pembayaran/")
    assert page.locator("script[data-pekerja]").count() == 1  # the page has its script; it is not run
    # first paint: the example is an individual, freelancer, not continuous
    assert page.locator('.bja-medan[data-kunci="kategori_pph21"]').is_visible()
    assert page.locator('.bja-medan[data-kunci="berkesinambungan"]').is_visible()
    assert not page.locator('.bja-medan[data-kunci="cara_bayar"]').is_visible()
    assert not page.locator('.bja-medan[data-kunci="tarif_p3b"]').is_visible()
    kategori = page.get_by_role("combobox", name="Hubungan penerima dengan kegiatan Anda")
    assert kategori.count() == 1
    # a change with no script at all: the browser applies the rule
    page.locator("#f-penerima").select_option("luar_negeri")
    assert page.locator('.bja-medan[data-kunci="tarif_p3b"]').is_visible()
    assert not page.locator('.bja-medan[data-kunci="kategori_pph21"]').is_visible()
    assert kategori.count() == 0  # display:none: out of the accessibility tree too
    page.locator("#f-penerima").select_option("orang_pribadi")
    page.locator("#f-kategori_pph21").select_option("pegawai_tidak_tetap")
    assert page.locator('.bja-medan[data-kunci="cara_bayar"]').is_visible()
    assert not page.locator('.bja-medan[data-kunci="berkesinambungan"]').is_visible()


@pytest.mark.parametrize("nama", ["pembayaran", "pph21", "biaya-platform"])
def test_setiap_kombinasi_jawaban_sesuai_aturan(server, halaman, nama):
    pertanyaan = _pertanyaan(nama)
    kombinasi = _kombinasi(pertanyaan)
    page = halaman(f"{server}/kalkulator/{nama}/").page
    terlihat = page.evaluate(JS_COBA, kombinasi)
    salah = []
    for jawaban, kunci in zip(kombinasi, terlihat):
        harapan = sorted(p["kunci"] for p in pertanyaan if _menurut_aturan(p, jawaban))
        if kunci != harapan:
            salah.append((jawaban, sorted(set(kunci) ^ set(harapan))))
    assert len(kombinasi) >= 4 and salah == [], f"{len(salah)} dari {len(kombinasi)}: {salah[:5]}"
    # both outcomes occur for every conditional question (the test would see a rule that never applies)
    for p in pertanyaan:
        if p.get("tampil_jika"):
            assert {p["kunci"] in k for k in terlihat} == {True, False}, p["kunci"]


def test_pertanyaan_tersembunyi_tidak_dikirim(server, halaman):
    h = halaman(f"{server}/kalkulator/pembayaran/")
    page = h.page
    page.add_init_script(REKAM)
    page.reload()
    tunggu(page, SIAP, 90000)
    pertanyaan = _pertanyaan("pembayaran")

    def kiriman_setelah(penerima: str) -> dict:
        """Answer 'who is paid' and return what the page then sends to Python."""
        page.locator("#f-penerima").select_option(penerima)
        tunggu(page, f"window.__dikirim.at(-1)?.penerima === '{penerima}'", 10000)
        return page.evaluate("window.__dikirim.at(-1)")

    # the example, answered differently: a company. Questions for individuals hide and are not sent.
    assert page.locator('.bja-medan[data-kunci="kategori_pph21"]').is_visible()
    dikirim = kiriman_setelah("badan")
    assert not page.locator('.bja-medan[data-kunci="kategori_pph21"]').is_visible()
    assert "kategori_pph21" not in dikirim and "berkesinambungan" not in dikirim
    jawaban = {k: page.evaluate(f"document.querySelector('.bja-form [name={k}]:is(select, :checked)')?.value")
               for k in ("penerima", "kategori_pph21", "cara_bayar", "berkesinambungan", "satu_pemotong",
                         "jenis_penghasilan", "angka_diketahui")}
    # shown questions are sent, except one that only steers the form (which amount the reader knows)
    assert set(dikirim) == {p["kunci"] for p in pertanyaan if _menurut_aturan(p, jawaban) and not hanya_formulir(p)}
    assert "kategori_pph21=" not in page.url and "penerima=badan" in page.url  # the link holds the same

    # back to an individual: the question shows again and its answer is sent again
    dikirim = kiriman_setelah("orang_pribadi")
    assert page.locator('.bja-medan[data-kunci="kategori_pph21"]').is_visible()
    assert dikirim["kategori_pph21"] == "bukan_pegawai" and dikirim["berkesinambungan"] == "tidak"
    tunggu(page, "document.querySelector('.bja-status').dataset.jenis === 'ok'")
    assert h.galat == [], h.galat


def test_pembuat_kelompok_terlipat_tetap_dikirim(server, halaman):
    from macros.kontrak import pertanyaan_templat

    h = halaman(f"{server}/templat/pembuat/")
    page = h.page
    page.add_init_script(REKAM)
    page.reload()
    kelompok = pertanyaan_templat()
    semua = [q for _, qs in kelompok for q in qs]
    templat = _pilihan(semua[0])
    assert semua[0]["kunci"] == "templat" and len(templat) > 5

    # every template: the questions and groups displayed are those the rule gives
    for t in templat:
        page.locator("#f-templat").select_option(t)
        tampil = page.evaluate(JS_TAMPIL)
        # the rule sees the form's current answers (the payment documents' questions follow their own
        # answers, e.g. PKP status only for a company), the template chosen included
        jawaban = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
            '.bja-form select[name], .bja-form input[name]:checked')].map((e) => [e.name, e.value]))""")
        harapan = {q["kunci"]: _menurut_aturan(q, {**jawaban, "templat": t}) for q in semua}
        assert tampil == harapan, (t, {k for k in harapan if tampil.get(k) != harapan[k]})
        grup = page.evaluate("() => [...document.querySelectorAll('.bja-form .bja-kelompok')]"
                             ".map((g) => getComputedStyle(g).display !== 'none')")
        assert grup == [any(harapan[q["kunci"]] for q in qs) for _, qs in kelompok], t
    assert page.locator('.bja-medan[data-kunci="jadwal_termin"]').count() == 1

    # a question inside a folded (closed) group still counts as displayed, so it is sent
    tunggu(page, SIAP, 90000)
    page.locator("#f-templat").select_option("bast")
    tunggu(page, "window.__dikirim.at(-1)?.templat === 'bast'", 10000)
    page.locator("#f-templat").select_option("spk-harga-tetap")
    tunggu(page, "window.__dikirim.at(-1)?.templat === 'spk-harga-tetap'", 10000)
    dikirim = page.evaluate("window.__dikirim.at(-1)")
    terlipat = page.evaluate("() => [...document.querySelectorAll('.bja-form details.bja-kelompok:not([open]) .bja-medan')]"
                             ".filter((m) => getComputedStyle(m).display !== 'none').map((m) => m.dataset.kunci)")
    assert terlipat and set(terlipat) <= set(dikirim), set(terlipat) - set(dikirim)
    assert set(dikirim) == {q["kunci"] for q in semua if _menurut_aturan(q, {"templat": "spk-harga-tetap"})}
    assert h.galat == [], h.galat
