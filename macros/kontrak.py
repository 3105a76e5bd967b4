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

import re

import json
from html import escape
from typing import Any

from markupsafe import Markup

from calculators import api
from calculators.format import tanggal_id
from calculators.kalkulator.templat import ASAL, kunci_sertakan, kunci_varian
from calculators.kontrak import KELOMPOK, Klausul, Pustaka, Templat, pustaka, variabel_dalam
from calculators.kontrak.html import html
from calculators.kontrak.rakit import rakit, teks_klausul
from calculators.pajak_jasa import NAMA_PENERIMA
from macros.formulir import medan, nilai_tampil, tampil

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


def _unduhan(t: Templat, ke_akar: str) -> str:
    """Markdown links to the two downloads (``ke_akar``: path from the page to the docs root)."""
    return (f"[Unduh .docx (Word)]({ke_akar}unduhan/{t.nama_berkas}.docx)"
            f'{{ .md-button download="{t.nama_berkas}.docx" }} '
            f"[Unduh .md (Markdown)]({ke_akar}unduhan/{t.nama_berkas}.md)"
            f'{{ .md-button download="{t.nama_berkas}.md" }}')


def daftar_templat() -> str:
    p = pustaka()
    baris = []
    for t in p.templat_urut():
        bahasa = "Indonesia–Inggris" if t.dwibahasa else "Indonesia"
        baris.append(
            f"### [{t.judul}]({t.id}.md)\n\n{t.ringkasan}\n\n"
            f"Versi {t.versi} ({tanggal_id(t.tanggal_versi)}) · {bahasa} · "
            f"{sum(1 for b in t.bagian if b.bernomor and not b.lampiran)} pasal · "
            f"[Isi di pembuat templat](pembuat.md?templat={t.id})\n\n"
            + _unduhan(t, "../") + "\n")
    return "\n".join(baris)


def halaman_templat(templat_id: str) -> str:
    p = pustaka()
    if templat_id not in p.templat:
        raise KeyError(f"Templat tidak dikenal: {templat_id}")
    t = p.templat[templat_id]
    if p.masalah(t):
        # only while a clause is being written: tests/kontrak fails on any problem listed here
        return ('!!! warning "Templat ini belum bisa disusun"\n\n'
                + "".join(f"    - {escape(m)}\n" for m in p.masalah(t)))
    dok = rakit(t, p)
    bagian = [
        t.ringkasan,
        "",
        f"**Versi {t.versi}** ({tanggal_id(t.tanggal_versi)}) · lisensi "
        f"[{t.lisensi}](https://creativecommons.org/licenses/by/4.0/deed.id) · "
        + ("bahasa Indonesia dan Inggris, naskah Indonesia yang berlaku" if t.dwibahasa
           else "bahasa Indonesia"),
        "",
        '<div class="bja-unduh-templat" markdown>',
        "",
        _unduhan(t, "../") + f" [Isi di peramban](pembuat.md?templat={t.id}){{ .md-button }}",
        "",
        "</div>",
        "",
        "Berkas .docx dibuka dengan Word, LibreOffice atau Google Dokumen. Isian yang harus Anda "
        "lengkapi bertanda kurung siku dan berwarna kuning; lembar pertama mengumpulkan semua isian "
        "beserta pasal yang memakainya. Lebih cepat lagi: isi langsung di "
        f"[pembuat templat](pembuat.md?templat={t.id}), lalu unduh hasilnya.",
        "",
        "## Pasal dalam templat ini",
        "",
        "Setiap pasal diambil dari [pustaka klausul](klausul.md); di sana ada penjelasan, dasar hukum, "
        "jebakan dan varian lainnya. Pasal bertanda *opsional* bisa Anda hapus di pembuat templat.",
        "",
        "| Bagian | Klausul | Varian bawaan |",
        "|---|---|---|",
    ]
    pasal = lampiran = 0
    for b in t.bagian:
        k = p.klausul[b.klausul]
        if b.lampiran:
            lampiran += 1
            sebutan = f"Lampiran {lampiran}"
        elif b.bernomor:
            pasal += 1
            sebutan = f"Pasal {pasal}"
        elif t.jenis != "perjanjian":
            sebutan = "Isi dokumen"
        else:
            sebutan = "Pembukaan" if pasal == 0 else "Penutup"
        v = k.varian[b.varian or k.varian_bawaan]
        pilihan = f" (dari {len(k.varian)} varian)" if len(k.varian) > 1 else ""
        opsional = " · *opsional*" if b.opsional else ""
        bagian.append(f"| {sebutan} | [{b.judul or k.judul}](klausul.md#{k.id}){opsional} | "
                      f"{v.label}{pilihan} |")
    if t.lampiran.get("jadwal_pembayaran"):
        bagian.append(f"| Lampiran {lampiran + 1} | Jadwal Pembayaran (tabel termin) | – |")
    bagian += [
        "",
        "## Naskah templat",
        "",
        "Naskah di bawah sama dengan isi berkas unduhan. Mencetak halaman ini (Ctrl+P) hanya "
        "mencetak naskah.",
        "",
        f'<div class="bja-cetak">{html(dok, 3)}</div>',
        "",
        "## Riwayat versi",
        "",
        "| Versi | Tanggal | Perubahan |",
        "|---|---|---|",
    ]
    for r in sorted(t.riwayat, key=lambda r: r.tanggal, reverse=True):
        bagian.append(f"| {r.versi} | {tanggal_id(r.tanggal)} | {r.catatan} |")
    bagian += [
        "",
        f"Nama berkas memuat nomor versinya (`{t.nama_berkas}.docx`): versi yang sudah terbit "
        "tidak pernah berubah isinya. Perubahan isi menaikkan nomor versi.",
        "",
    ]
    return "\n".join(bagian)


def _blok_kode(teks: str, indentasi: str) -> str:
    garis = "````" if "```" in teks else "```"
    isi = "\n".join((indentasi + b) if b.strip() else "" for b in teks.split("\n"))
    return f"{indentasi}{garis}{{.text .bja-salin}}\n{isi}\n{indentasi}{garis}"


def _klausul(k: Klausul, p: Pustaka, memakai: list[Templat]) -> str:
    keluar = [f"### {k.judul} {{#{k.id}}}", ""]
    keluar.append(f"**Tujuan.** {k.tujuan}")
    keluar.append("")
    keluar.append(f"**Kapan dipakai.** {k.kapan}")
    keluar.append("")
    keluar.append("**Dasar hukum.** " + "; ".join(k.dasar_hukum) + ".")
    keluar.append("")
    keluar.append("**Jebakan yang perlu dihindari:**")
    keluar.append("")
    keluar.extend(f"- {j}" for j in k.jebakan)
    keluar.append("")
    if memakai:
        keluar.append("**Dipakai di templat:** " + ", ".join(f"[{t.judul}]({t.id}.md)" for t in memakai)
                      + ".")
    else:
        keluar.append("**Dipakai di templat:** belum ada; salin teksnya ke perjanjian Anda.")
    keluar.append("")
    keluar.append(f"*Kode klausul: `{k.id}`. Isian ditulis `[[nama_isian]]`; rujukan ke pasal lain "
                  "ditulis `[Pasal tentang …]`.*")
    keluar.append("")
    urut = [k.varian_bawaan] + [v for v in k.varian if v != k.varian_bawaan]
    for kunci in urut:
        v = k.varian[kunci]
        label = v.label + (" (bawaan)" if kunci == k.varian_bawaan and len(k.varian) > 1 else "")
        if len(k.varian) > 1:
            keluar.append(f'=== "{label}"')
            keluar.append("")
            ind = "    "
        else:
            ind = ""
        if v.catatan:
            keluar.append(f"{ind}*{v.catatan}*")
            keluar.append("")
        keluar.append(_blok_kode(teks_klausul(k, kunci, p), ind))
        keluar.append("")
        if v.teks_en.strip():
            keluar.append(f'{ind}??? note "English version"')
            keluar.append("")
            keluar.append(_blok_kode(teks_klausul(k, kunci, p, "en"), ind + "    "))
            keluar.append("")
    return "\n".join(keluar)


def _kalimat_pertama(teks: str) -> str:
    """The first sentence of a clause's own description, as the hint under its question."""
    teks = " ".join((teks or "").split())
    m = re.match(r"(.+?[.!?])(\s|$)", teks)
    return m.group(1) if m else teks


def pustaka_klausul() -> str:
    p = pustaka()
    memakai = _templat_memakai(p)
    keluar = []
    for kelompok in KELOMPOK:
        daftar = sorted((k for k in p.klausul.values() if k.kelompok == kelompok),
                        key=lambda k: k.judul)
        if not daftar:
            continue
        keluar.append(f"## {JUDUL_KELOMPOK[kelompok]}")
        keluar.append("")
        for k in daftar:
            keluar.append(_klausul(k, p, memakai.get(k.id, [])))
    return "\n".join(keluar)


# ---------------------------------------------------------------------------------------------
# The builder form

JENIS_MEDAN = {"teks": "teks", "teks_panjang": "teks_panjang", "uang": "uang", "angka": "angka",
               "persen": "persen", "tanggal": "tanggal", "pilihan": "pilihan"}


def _dengan_contoh(html_medan: str, kunci: str, contoh: str) -> str:
    """Show the example inside the empty field (placeholder), never as a value."""
    if not contoh:
        return html_medan
    attr = f' placeholder="{escape("Contoh: " + contoh)}"'
    for tag in (f'<input id="f-{kunci}"', f'<textarea id="f-{kunci}"'):
        if tag in html_medan:
            return html_medan.replace(tag, tag + attr, 1)
    return html_medan


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
                        if v in dilihat:
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
                if v not in dilihat:
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
            if len(k.varian) > 1 and kunci_varian(k.id) not in dilihat_k:
                dilihat_k.add(kunci_varian(k.id))
                pilihan.append({
                    "kunci": kunci_varian(k.id), "label": k.judul, "jenis": "pilihan",
                    "petunjuk": _kalimat_pertama(k.kapan),
                    "pilihan": {"": "Sesuai templat", **{kk: v.label for kk, v in k.varian.items()}},
                    "tampil_jika": {"templat": dipakai(lambda tt, i=k.id: any(x.klausul == i for x in tt.bagian))},
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
    semua = [q["kunci"] for _, qs in kelompok for q in qs]
    assert len(semua) == len(set(semua)), "pertanyaan ganda"
    assert set(semua) <= set(ASAL), set(semua) - set(ASAL)
    return kelompok


def formulir_templat_html() -> str:
    if not pustaka().templat_urut():
        # only while the clause library is being written; tests/kontrak requires complete templates
        return ('<div class="admonition warning"><p class="admonition-title">Belum tersedia</p>'
                "<p>Belum ada templat yang lengkap.</p></div>")
    kelompok = pertanyaan_templat()
    kalk = api.kalkulator("templat")
    contoh = dict(kalk.contoh)
    jalan = api.jalankan("templat", contoh)
    if not jalan["ok"]:
        raise ValueError(f"Contoh pembuat templat tidak sah: {jalan['kesalahan']}")
    isi = []
    semua = [q for _, qs in kelompok for q in qs]
    awal = {q["kunci"]: nilai_tampil(q, contoh.get(q["kunci"])) for q in semua}
    for n, (judul, qs) in enumerate(kelompok):
        medan_html = "".join(_dengan_contoh(medan(q, contoh.get(q["kunci"]), not tampil(q, awal)), q["kunci"],
                                            q.get("contoh", "")) for q in qs)
        if n == 0:  # the template choice is always in view
            isi.append(f'<div class="bja-kelompok bja-kelompok-utama">{medan_html}</div>')
            continue
        pengantar = ""
        if judul == "Pilihan pasal":
            pengantar = ('<p class="bja-petunjuk">Perbedaan setiap varian dijelaskan di pustaka klausul. '
                         "“Sesuai templat” memakai varian bawaan templat.</p>")
        terbuka = " open" if judul == JUDUL_KELOMPOK["pihak"] else ""
        isi.append(f'<details class="bja-kelompok"{terbuka}><summary>{escape(judul)} '
                   f'<span class="bja-kelompok-jumlah"></span></summary>'
                   f'<div class="bja-kelompok-isi">{pengantar}{medan_html}</div></details>')
    return (
        f'<div class="bja-kalkulator" data-kalkulator="templat" '
        f"data-contoh='{escape(json.dumps(contoh, ensure_ascii=False))}'>"
        f'<form class="bja-form" data-search-exclude novalidate aria-label="Isian {escape(kalk.judul)}">{"".join(isi)}'
        '<div class="bja-tombol">'
        '<button type="button" class="md-button" data-aksi="salin">Salin tautan isian</button>'
        '<button type="button" class="md-button" data-aksi="cetak">Cetak naskah</button>'
        '<button type="button" class="md-button" data-aksi="ulang">Mulai lagi dari awal</button>'
        "</div></form>"
        '<p class="bja-status" role="status" aria-live="polite">Naskah di bawah adalah templat kosong '
        "yang disusun saat situs dibuat. Mesin Python sedang dimuat di peramban Anda; setelah siap, "
        "naskah disusun ulang setiap kali isian berubah dan bisa diunduh.</p>"
        f'<section class="bja-hasil" aria-label="Naskah perjanjian">{jalan["html"]}</section>'
        "</div>"
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
