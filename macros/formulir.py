"""``{{ formulir() }}``: the calculator form of a page, from the page's front matter.

The page owns the flow and the wording (which questions, in what order, labels, hints, when a
question shows); ``calculators/`` owns the types and the rules. Front matter::

    kalkulator: pph23
    pertanyaan:
      - kunci: bruto              # must be an input of the calculator
        label: Nilai jasa sebelum PPN
        petunjuk: Misalnya 10.000.000 atau 10 jt.
        jenis: uang               # uang | angka | persen | tanggal | bulan | pilihan | ya_tidak | teks | teks_panjang
        pilihan: {jasa: "Imbalan jasa"}   # for pilihan
        tampil_jika: {penerima: [badan]}  # optional: shown only for these answers (a list of such
                                          # conditions: shown when any one of them holds)
"""
from __future__ import annotations

import json
from html import escape
from typing import Any

from markupsafe import Markup

from calculators import api
from calculators.tampilan import html_hasil, html_galat

JENIS_INPUT = {
    "uang": ("text", "decimal"),
    "angka": ("text", "decimal"),
    "persen": ("text", "decimal"),
    "tanggal": ("date", None),
    "bulan": ("month", None),
    "teks": ("text", None),
}


def _nilai_awal(nilai: Any) -> str:
    if isinstance(nilai, bool):
        return "ya" if nilai else "tidak"
    if isinstance(nilai, (list, tuple)):
        return "; ".join(str(v) for v in nilai)
    return "" if nilai is None else str(nilai)


def nilai_tampil(p: dict[str, Any], nilai: Any) -> str:
    """The value the field shows at first, as the page script reads it (kalkulator.js nilai())."""
    awal = _nilai_awal(nilai)
    jenis = p.get("jenis", "teks")
    if jenis == "ya_tidak":
        return awal or "ya"
    if jenis == "pilihan":
        kunci = [str(k) for k in p["pilihan"]]
        return awal if awal in kunci else (kunci[0] if kunci else "")
    return awal


def tampil(p: dict[str, Any], nilai_awal: dict[str, str]) -> bool:
    """Whether a question shows for these answers: the same test as aturTampilan() in kalkulator.js,
    done at build time so the page is laid out once, without the other questions."""
    syarat = p.get("tampil_jika") or {}
    pilihan = syarat if isinstance(syarat, list) else [syarat]  # a list: shown when any one holds
    return any(all((nilai_awal.get(k) in boleh) if isinstance(boleh, list) else nilai_awal.get(k) == boleh
                   for k, boleh in satu.items())
               for satu in pilihan)


def medan(p: dict[str, Any], nilai: Any, tersembunyi: bool = False) -> str:
    kunci = p["kunci"]
    fid = f"f-{kunci}"
    jenis = p.get("jenis", "teks")
    label = escape(p["label"])
    petunjuk = escape(p.get("petunjuk", ""))
    ids = f"{fid}-petunjuk {fid}-galat" if petunjuk else f"{fid}-galat"
    syarat = p.get("tampil_jika")
    attr_syarat = f" data-tampil-jika='{escape(json.dumps(syarat))}'" if syarat else ""
    if tersembunyi:
        attr_syarat += " hidden"
    awal = escape(_nilai_awal(nilai))
    galat = f'<p class="bja-galat" id="{fid}-galat" aria-live="polite"></p>'
    hint = f'<p class="bja-petunjuk" id="{fid}-petunjuk">{petunjuk}</p>' if petunjuk else ""
    if jenis == "ya_tidak":
        pilih = _nilai_awal(nilai) or "ya"
        opsi = "".join(
            f'<label class="bja-opsi"><input type="radio" name="{kunci}" value="{v}"'
            f'{" checked" if pilih == v else ""}> {t}</label>'
            for v, t in (("ya", "Ya"), ("tidak", "Tidak"))
        )
        return (f'<fieldset class="bja-medan" data-kunci="{kunci}"{attr_syarat} '
                f'aria-describedby="{ids}"><legend>{label}</legend>{hint}'
                f'<div class="bja-opsi-grup">{opsi}</div>{galat}</fieldset>')
    if jenis == "pilihan":
        opsi = "".join(
            f'<option value="{escape(str(v))}"{" selected" if str(v) == _nilai_awal(nilai) else ""}>'
            f"{escape(str(t))}</option>"
            for v, t in p["pilihan"].items()
        )
        kontrol = f'<select id="{fid}" name="{kunci}" aria-describedby="{ids}">{opsi}</select>'
    elif jenis == "teks_panjang":
        kontrol = (f'<textarea id="{fid}" name="{kunci}" rows="{p.get("baris", 3)}" '
                   f'aria-describedby="{ids}">{awal}</textarea>')
    else:
        tipe, mode = JENIS_INPUT.get(jenis, ("text", None))
        im = f' inputmode="{mode}"' if mode else ""
        kontrol = (f'<input id="{fid}" name="{kunci}" type="{tipe}"{im} value="{awal}" '
                   f'autocomplete="off" aria-describedby="{ids}">')
    return (f'<div class="bja-medan" data-kunci="{kunci}"{attr_syarat}>'
            f'<label for="{fid}">{label}</label>{hint}{kontrol}{galat}</div>')


def formulir_html(nama: str, pertanyaan: list[dict[str, Any]], awal: dict[str, Any] | None = None) -> str:
    kalk = api.kalkulator(nama)
    contoh = dict(kalk.contoh if awal is None else awal)
    for p in pertanyaan:
        if p["kunci"] not in kalk.masukan:
            raise ValueError(f"Pertanyaan {p['kunci']!r} bukan masukan kalkulator {nama}")
    # A yes/no question the example leaves out shows the calculator's own default (not "ya"), so the
    # form and the build-time result always agree.
    for p in pertanyaan:
        bawaan = getattr(kalk.masukan[p["kunci"]], "bawaan", None)
        if p.get("jenis") == "ya_tidak" and p["kunci"] not in contoh and isinstance(bawaan, bool):
            contoh[p["kunci"]] = "ya" if bawaan else "tidak"
    jalan = api.jalankan(nama, contoh)
    hasil = jalan["html"] if jalan.get("html") else html_galat(str(jalan.get("kesalahan")))
    if not jalan["ok"]:
        raise ValueError(f"Contoh kalkulator {nama} tidak sah: {jalan['kesalahan']}")
    awal = {p["kunci"]: nilai_tampil(p, contoh.get(p["kunci"])) for p in pertanyaan}
    medan_html = "".join(medan(p, contoh.get(p["kunci"]), not tampil(p, awal)) for p in pertanyaan)
    return (
        f'<div class="bja-kalkulator" data-kalkulator="{escape(nama)}" '
        f"data-contoh='{escape(json.dumps(contoh, ensure_ascii=False))}'>"
        f'<form class="bja-form" data-search-exclude novalidate aria-label="Isian {escape(kalk.judul)}">{medan_html}'
        '<div class="bja-tombol">'
        '<button type="button" class="md-button" data-aksi="salin">Salin tautan hasil</button>'
        '<button type="button" class="md-button" data-aksi="cetak">Cetak ringkasan</button>'
        '<button type="button" class="md-button" data-aksi="ulang">Kembali ke contoh</button>'
        "</div></form>"
        '<p class="bja-status" role="status" aria-live="polite">Hasil di bawah dihitung saat situs '
        "dibuat untuk isian contoh. Mesin hitung Python sedang dimuat di peramban Anda; setelah "
        "siap, hasil dihitung ulang setiap kali isian berubah.</p>"
        f'<section class="bja-hasil" aria-label="Hasil perhitungan">{hasil}</section>'
        "</div>"
    )


def daftarkan(env) -> None:
    @env.macro
    def formulir(nama: str | None = None, pertanyaan: list | None = None) -> Markup:
        meta = env.page.meta
        nama = nama or meta["kalkulator"]
        return Markup(formulir_html(nama, pertanyaan or meta["pertanyaan"]))
