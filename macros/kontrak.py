"""Macros of the contract pages (``docs/templat/``): all generated from ``calculators.kontrak``.

- ``{{ daftar_templat() }}``: the list of templates with version and download links.
- ``{{ halaman_templat("spk-harga-tetap") }}``: a template page (summary, downloads, the clauses it
  uses, the whole document with open placeholders, changelog, licence). Each template page is
  a two-line file calling this macro, so nothing is written twice.
- ``{{ pustaka_klausul() }}``: the clause library page; each clause with its purpose, when to use
  it, legal basis, pitfalls and variants in content tabs, the text in a ``text`` code block so
  the theme's copy button copies exactly the clause text.
- ``{{ formulir_templat() }}``: the builder form, generated from the templates' variables.
- ``{{ jumlah_klausul() }}``, ``{{ jumlah_templat() }}``: counts for the prose.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from markupsafe import Markup

from calculators import api
from calculators.format import tanggal_id
from calculators.kalkulator.templat import ASAL, KUNCI_BAYAR_ABAIKAN, kunci_sertakan, kunci_varian
from calculators.pembayaran_jasa import SKEMA as SKEMA_BAYAR
from calculators.kontrak import KELOMPOK, Klausul, Pustaka, Templat, pustaka, variabel_dalam
from calculators.kontrak.html import html
from calculators.kontrak.rakit import rakit, teks_klausul
from calculators.pajak_jasa import NAMA_PENERIMA
from macros.formulir import css_tampil, medan, syarat
from macros.templat import render

JUDUL_KELOMPOK = {
    "pihak": "Para pihak dan pembukaan",
    "lingkup": "Lingkup, jadwal dan perubahan pekerjaan",
    "penerimaan": "Penerimaan hasil kerja",
    "pembayaran": "Harga dan pembayaran",
    "pajak": "Pajak dan bea meterai",
    "hki": "Hak kekayaan intelektual",
    "kerahasiaan": "Kerahasiaan",
    "data": "Data pribadi dan keamanan informasi",
    "kerja-sama": "Cara bekerja sama",
    "jaminan": "Jaminan, batas tanggung jawab dan ganti rugi",
    "layanan": "Tingkat layanan dan pelaporan",
    "jangka-waktu": "Jangka waktu",
    "pengakhiran": "Pengakhiran dan keluar",
    "sengketa": "Sengketa",
    "umum": "Ketentuan umum",
    "dokumen": "Isi dokumen tersendiri (BAST, addendum, surat, lampiran)",
}
assert set(JUDUL_KELOMPOK) == set(KELOMPOK)


def _templat_memakai(p: Pustaka) -> dict[str, list[Templat]]:
    hasil: dict[str, list[Templat]] = {}
    for t in p.templat_urut():
        for b in t.bagian:
            hasil.setdefault(b.klausul, [])
            if t not in hasil[b.klausul]:
                hasil[b.klausul].append(t)
    return hasil


def daftar_templat() -> str:
    return render("daftar-templat.md", templat=[
        {"t": t, "tanggal": tanggal_id(t.tanggal_versi),
         "pasal": sum(1 for b in t.bagian if b.bernomor and not b.lampiran)}
        for t in pustaka().templat_urut()])


def halaman_templat(templat_id: str) -> str:
    p = pustaka()
    if templat_id not in p.templat:
        raise KeyError(f"Templat tidak dikenal: {templat_id}")
    t = p.templat[templat_id]
    if p.masalah(t):
        # only while a clause is being written: tests/kontrak fails on any problem listed here
        return render("halaman-templat.md", masalah=p.masalah(t))
    bagian = []
    pasal = lampiran = 0
    for b in t.bagian:
        k = p.klausul[b.klausul]
        if b.lampiran:
            lampiran += 1
            sebutan = ("lampiran", lampiran)
        elif b.bernomor:
            pasal += 1
            sebutan = ("pasal", pasal)
        elif t.jenis != "perjanjian":
            sebutan = ("isi", None)
        else:
            sebutan = ("pembukaan" if pasal == 0 else "penutup", None)
        bagian.append({"sebutan": sebutan, "judul": b.judul or k.judul, "klausul": k.id,
                       "opsional": b.opsional, "varian": k.varian[b.varian or k.varian_bawaan].label,
                       "jumlah_varian": len(k.varian)})
    return render(
        "halaman-templat.md", masalah=[], t=t, tanggal=tanggal_id(t.tanggal_versi), bagian=bagian,
        lampiran_jadwal=lampiran + 1 if t.lampiran.get("jadwal_pembayaran") else None,
        naskah=html(rakit(t, p), 3),
        riwayat=[{"versi": r.versi, "tanggal": tanggal_id(r.tanggal), "catatan": r.catatan}
                 for r in sorted(t.riwayat, key=lambda r: r.tanggal, reverse=True)])


def _klausul(k: Klausul, p: Pustaka, memakai: list[Templat]) -> dict[str, Any]:
    """One clause of the library: the clause, the templates using it, its variants (default first)."""
    varian = []
    for kunci in [k.varian_bawaan] + [v for v in k.varian if v != k.varian_bawaan]:
        v = k.varian[kunci]
        varian.append({
            "label": v.label, "bawaan": kunci == k.varian_bawaan and len(k.varian) > 1,
            "catatan": v.catatan, "teks": teks_klausul(k, kunci, p),
            "teks_en": teks_klausul(k, kunci, p, "en") if v.teks_en.strip() else ""})
    return {"k": k, "memakai": memakai, "varian": varian}


def _kalimat_pertama(teks: str) -> str:
    """The first sentence of a clause's own description, as the hint under its question."""
    teks = " ".join((teks or "").split())
    m = re.match(r"(.+?[.!?])(\s|$)", teks)
    return m.group(1) if m else teks


def pustaka_klausul() -> str:
    p = pustaka()
    memakai = _templat_memakai(p)
    kelompok = []
    for nama in KELOMPOK:
        daftar = sorted((k for k in p.klausul.values() if k.kelompok == nama), key=lambda k: k.judul)
        if daftar:
            kelompok.append({"judul": JUDUL_KELOMPOK[nama],
                             "klausul": [_klausul(k, p, memakai.get(k.id, [])) for k in daftar]})
    return render("pustaka-klausul.md", kelompok=kelompok)


# ---------------------------------------------------------------------------------------------
# The builder form

JENIS_MEDAN = {"teks": "teks", "teks_panjang": "teks_panjang", "uang": "uang", "angka": "angka",
               "persen": "persen", "tanggal": "tanggal", "pilihan": "pilihan"}


def pertanyaan_templat(p: Pustaka | None = None) -> list[tuple[str, list[dict[str, Any]]]]:
    """The builder's questions in groups: (group title, questions)."""
    p = p or pustaka()
    templat = p.templat_urut()
    kelompok: list[tuple[str, list[dict[str, Any]]]] = []
    umum = [{
        "kunci": "templat", "label": "Templat", "jenis": "pilihan",
        "petunjuk": "Isian di bawah menyesuaikan dengan templat yang Anda pilih.",
        "pilihan": {t.id: t.judul for t in templat},
    }]
    kelompok.append(("Templat", umum))

    def dipakai(pred) -> list[str]:
        return [t.id for t in templat if pred(t)]

    # variables, grouped by the clause group where each first appears
    dilihat: dict[str, None] = {}
    per_kelompok: dict[str, list[dict[str, Any]]] = {k: [] for k in KELOMPOK}
    for t in templat:
        for b in t.bagian:
            k = p.klausul[b.klausul]
            for kunci in [k.varian_bawaan, *k.varian]:
                for bhs in (("id", "en") if t.dwibahasa else ("id",)):
                    for v in variabel_dalam(k.teks(kunci, bhs)):
                        if v in dilihat or p.variabel[v].dihitung:
                            continue
                        dilihat[v] = None
                        var = p.variabel[v]
                        q = {"kunci": v, "label": var.label, "jenis": JENIS_MEDAN[var.jenis],
                             "petunjuk": var.petunjuk, "contoh": var.contoh,
                             "tampil_jika": {"templat": dipakai(
                                 lambda tt, v=v: v in p.variabel_semua_varian(tt))}}
                        if var.jenis == "pilihan":
                            q["pilihan"] = {"": "(belum dipilih)", **{x: x for x in var.pilihan}}
                        per_kelompok[k.kelompok].append(q)
    # variables in template titles (e.g. the agreement number) come first
    judul = []
    for t in templat:
        for teks in (t.judul_dokumen, t.judul_dokumen_en, t.subjudul_dokumen):
            for v in variabel_dalam(teks or ""):
                if v not in dilihat and not p.variabel[v].dihitung:
                    dilihat[v] = None
                    var = p.variabel[v]
                    judul.append({"kunci": v, "label": var.label, "jenis": JENIS_MEDAN[var.jenis],
                                  "petunjuk": var.petunjuk, "contoh": var.contoh,
                                  "tampil_jika": {"templat": dipakai(
                                      lambda tt, v=v: v in p.variabel_semua_varian(tt))}})
    if judul:
        umum.extend(judul)
    for nama in KELOMPOK:
        if per_kelompok[nama]:
            kelompok.append((JUDUL_KELOMPOK[nama], per_kelompok[nama]))

    # variants and optional clauses
    pilihan: list[dict[str, Any]] = []
    dilihat_k: set[str] = set()
    for t in templat:
        for b in t.bagian:
            k = p.klausul[b.klausul]
            if len(k.varian) > 1 and not b.varian and kunci_varian(k.id) not in dilihat_k:
                dilihat_k.add(kunci_varian(k.id))
                pilihan.append({
                    "kunci": kunci_varian(k.id), "label": k.judul, "jenis": "pilihan",
                    "petunjuk": _kalimat_pertama(k.kapan),
                    "pilihan": {"": "Sesuai templat", **{kk: v.label for kk, v in k.varian.items()}},
                    # only where a template leaves the variant open (a section that fixes it offers no choice)
                    "tampil_jika": {"templat": dipakai(
                        lambda tt, i=k.id: any(x.klausul == i and not x.varian for x in tt.bagian))},
                })
            if b.opsional and kunci_sertakan(k.id) not in dilihat_k:
                dilihat_k.add(kunci_sertakan(k.id))
                pilihan.append({
                    "kunci": kunci_sertakan(k.id), "label": f"Sertakan pasal {k.judul}?",
                    "petunjuk": _kalimat_pertama(k.tujuan),
                    "jenis": "ya_tidak",
                    "tampil_jika": {"templat": dipakai(
                        lambda tt, i=k.id: any(x.klausul == i and x.opsional for x in tt.bagian))},
                })
    if pilihan:
        kelompok.insert(1, ("Pilihan pasal", pilihan))
    berjadwal = dipakai(lambda tt: bool(tt.lampiran.get("jadwal_pembayaran")))
    if berjadwal:
        kelompok.append(("Jadwal pembayaran dan pajak per termin", [
            {"kunci": "jadwal_termin", "label": "Termin pembayaran", "jenis": "teks_panjang",
             "petunjuk": "Satu termin per baris, sama seperti di Kalkulator termin: hasil kerja; "
                         "persen, jumlah atau “sisa”; tanggal bayar. Nilai, PPN, PPh yang dipotong dan "
                         "jumlah transfer tiap termin dihitung kalkulator itu menurut aturan pada "
                         "tanggalnya, lalu dimuat di lampiran Jadwal Pembayaran.",
             "contoh": "Desain disetujui; 30%; 2027-01-15", "baris": 4,
             "tampil_jika": {"templat": berjadwal}},
            {"kunci": "penerima", "label": "Pihak Kedua berbentuk", "jenis": "pilihan",
             "petunjuk": "Menentukan pajak yang Anda potong: PPh 23, PPh 21, PPh 26 atau PPh final UMKM.",
             "pilihan": dict(NAMA_PENERIMA), "tampil_jika": {"templat": berjadwal}},
            {"kunci": "pkp", "label": "Apakah Pihak Kedua Pengusaha Kena Pajak (PKP)?", "jenis": "ya_tidak",
             "petunjuk": "Hanya PKP yang memungut PPN.", "tampil_jika": {"templat": berjadwal}},
            {"kunci": "punya_npwp", "label": "Apakah Pihak Kedua punya NPWP yang valid?", "jenis": "ya_tidak",
             "petunjuk": "Tanpa NPWP tarif PPh lebih tinggi.", "tampil_jika": {"templat": berjadwal}},
        ]))
    bayar = dipakai(lambda tt: bool(tt.pembayaran))
    if bayar:
        # one group for the schedule's and the payment's questions (penerima, pkp, punya_npwp are shared)
        qs = pertanyaan_bayar(bayar, berjadwal, kelompok)
        if berjadwal:
            judul, lama = kelompok.pop()
            kelompok.append((JUDUL_BAYAR, [*lama, *qs]))
        else:
            kelompok.append((JUDUL_BAYAR, qs))
    semua = [q["kunci"] for _, qs in kelompok for q in qs if not q.get("hanya_formulir")]
    assert len(semua) == len(set(semua)), "pertanyaan ganda"
    assert set(semua) <= set(ASAL), set(semua) - set(ASAL)
    return kelompok


JUDUL_BAYAR = "Pembayaran, termin dan pajaknya"
HALAMAN_BAYAR = Path(__file__).resolve().parent.parent / "docs" / "kalkulator" / "pembayaran.md"


def _pertanyaan_halaman_bayar() -> list[dict[str, Any]]:
    """The Kalkulator Pembayaran Jasa page's own questions (its front matter): the builder asks the
    same questions under the same names, so the page's state in a link fills them."""
    import yaml

    teks = HALAMAN_BAYAR.read_text(encoding="utf-8")
    return yaml.safe_load(teks.split("---", 2)[1])["pertanyaan"]


def pertanyaan_bayar(bayar: list[str], berjadwal: list[str], kelompok) -> list[dict[str, Any]]:
    """The payment questions, shown for the payment documents (``bayar``) with the page's own
    conditions; penerima, pkp and punya_npwp are shared with the schedule's questions."""
    bersama = {q["kunci"]: q for _, qs in kelompok for q in qs}
    hasil = []
    for q in _pertanyaan_halaman_bayar():
        if q["kunci"] in KUNCI_BAYAR_ABAIKAN:
            continue
        q = dict(q)
        alternatif = [dict(a, templat=bayar) for a in (syarat(q) or [{}])]
        if q["kunci"] in bersama:  # one question for both: shown for the schedule and the payment
            lama = bersama[q["kunci"]]
            lama["tampil_jika"] = [{"templat": berjadwal}, *alternatif] if berjadwal else alternatif
            continue
        q["tampil_jika"] = alternatif
        if q.get("jenis") == "ya_tidak" and "awal" not in q:
            q["awal"] = SKEMA_BAYAR[q["kunci"]].bawaan  # the page's own default, not "ya"
        hasil.append(q)
    return hasil


def formulir_templat_html() -> str:
    if not pustaka().templat_urut():
        return render("belum-ada-templat.html")
    kelompok = pertanyaan_templat()
    kalk = api.kalkulator("templat")
    contoh = dict(kalk.contoh)
    jalan = api.jalankan("templat", contoh)
    if not jalan["ok"]:
        raise ValueError(f"Contoh pembuat templat tidak sah: {jalan['kesalahan']}")
    semua = [q for _, qs in kelompok for q in qs]
    return render(
        "pembuat.html",
        nama="templat", judul=kalk.judul, contoh=json.dumps(contoh, ensure_ascii=False),
        css=Markup(css_tampil(semua, [qs for _, qs in kelompok[1:]])),
        kelompok=[{"judul": judul,
                   "utama": n == 0,  # the template choice is always in view
                   # the payment's questions open too: a link from the payment page fills them, and
                   # its calculator's messages show beside them
                   "terbuka": judul in (JUDUL_KELOMPOK["pihak"], JUDUL_BAYAR),
                   "pilihan_pasal": judul == "Pilihan pasal",
                   "medan": [medan(q, contoh.get(q["kunci"], q.get("awal")), q.get("contoh", "")) for q in qs]}
                  for n, (judul, qs) in enumerate(kelompok)],
        hasil=Markup(jalan["html"]),
    )


def daftarkan(env) -> None:
    @env.macro
    def formulir_templat() -> Markup:
        return Markup(formulir_templat_html())

    def _id_halaman(templat_id: str | None) -> str:
        # a template page is docs/templat/<id>.md: its file name names the template
        return templat_id or env.page.file.src_uri.rsplit("/", 1)[-1].removesuffix(".md")

    env.macro(lambda: Markup(daftar_templat()), "daftar_templat")
    env.macro(lambda templat_id=None: Markup(halaman_templat(_id_halaman(templat_id))), "halaman_templat")
    env.macro(lambda templat_id=None: pustaka().templat[_id_halaman(templat_id)].judul, "judul_templat")
    env.macro(lambda templat_id=None: pustaka().templat[_id_halaman(templat_id)].ringkasan,
              "ringkasan_templat")
    env.macro(lambda: Markup(pustaka_klausul()), "pustaka_klausul")
    env.macro(lambda: len(pustaka().klausul), "jumlah_klausul")
    env.macro(lambda: len(pustaka().templat_urut()), "jumlah_templat")
