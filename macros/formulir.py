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
        hanya_formulir: true      # optional, for a pilihan or ya_tidak question that only steers
                                  # the form (e.g. which amount the reader knows): not an input of
                                  # the calculator, never sent to it, kept in the page state

A ``tampil_jika`` condition names questions of the same form that are answered by choosing
(``pilihan`` or ``ya_tidak``), each with the answers it allows; all of them must hold. The rule is
evaluated in one place only, by the browser: ``css_tampil()`` turns it into CSS ``:has()``
selectors on the form, so a question that does not apply is ``display: none`` from the first paint
(without JavaScript too) and after every change, and leaves the accessibility tree. The page script
(``kalkulator.js``) sends only the questions whose computed ``display`` is not ``none``. The markup
itself is in ``macros/templat/*.html``; this module prepares the data.
"""
from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from calculators import api
from macros import acuan
from macros.templat import render

JENIS_INPUT = {
    "uang": ("text", "decimal"),
    "angka": ("text", "decimal"),
    "persen": ("text", "decimal"),
    "tanggal": ("date", None),
    "bulan": ("month", None),
    "teks": ("text", None),
}
YA_TIDAK = ("ya", "tidak")


def _nilai_awal(nilai: Any) -> str:
    if isinstance(nilai, bool):
        return "ya" if nilai else "tidak"
    if isinstance(nilai, (list, tuple)):
        return "; ".join(str(v) for v in nilai)
    return "" if nilai is None else str(nilai)


def medan(p: dict[str, Any], nilai: Any, contoh: str = "") -> dict[str, Any]:
    """What the template needs to draw one question (``medan.html``), with its first value.

    ``contoh``: an example shown inside the empty field (placeholder), never as its value."""
    jenis = p.get("jenis", "teks")
    awal = _nilai_awal(nilai)
    m: dict[str, Any] = {"kunci": p["kunci"], "fid": f"f-{p['kunci']}", "label": p["label"],
                         "petunjuk": p.get("petunjuk", ""), "placeholder": contoh,
                         "hanya_formulir": hanya_formulir(p)}
    if jenis == "ya_tidak":
        m.update(jenis="ya_tidak", pilih=awal or "ya")
    elif jenis == "pilihan":
        m.update(jenis="pilihan", opsi=[(str(v), str(t), str(v) == awal) for v, t in p["pilihan"].items()])
    elif jenis == "teks_panjang":
        m.update(jenis="teks_panjang", awal=awal, baris=p.get("baris", 3))
    else:
        tipe, mode = JENIS_INPUT.get(jenis, ("text", None))
        m.update(jenis="input", awal=awal, tipe=tipe, mode=mode)
    return m


def hanya_formulir(p: dict[str, Any]) -> bool:
    """A question that steers the form only (``hanya_formulir: true``), not a calculator input."""
    return bool(p.get("hanya_formulir"))


# ---------------------------------------------------------------------------------------------
# Question visibility: the front matter's tampil_jika, as CSS the browser evaluates

def syarat(p: dict[str, Any]) -> list[dict[str, list[str]]]:
    """A question's ``tampil_jika`` as a list of alternatives {question: allowed answers}
    (shown when every entry of one alternative holds); [] when it always shows."""
    aturan = p.get("tampil_jika") or []
    return [{k: [str(v) for v in (boleh if isinstance(boleh, list) else [boleh])] for k, boleh in satu.items()}
            for satu in (aturan if isinstance(aturan, list) else [aturan])]


def _teks_css(s: str) -> str:
    """A CSS string literal that is also safe inside an HTML <style> element."""
    keluar = []
    for c in str(s):
        if c in '"\\':
            keluar.append("\\" + c)
        elif c in "<>&" or ord(c) < 0x20 or ord(c) == 0x7F:
            keluar.append(f"\\{ord(c):x} ")
        else:
            keluar.append(c)
    return '"' + "".join(keluar) + '"'


def _jawaban(p: dict[str, Any]) -> list[str]:
    return list(YA_TIDAK) if p.get("jenis") == "ya_tidak" else [str(v) for v in p["pilihan"]]


def _pilihan_terpilih(q: dict[str, Any], boleh: list[str]) -> str:
    """A selector, relative to the form, for 'question q is answered with one of boleh'."""
    if q.get("jenis") == "ya_tidak":
        dasar, opsi = f"input[name={_teks_css(q['kunci'])}]", ""
    else:
        dasar, opsi = f"select[name={_teks_css(q['kunci'])}]", " option"
    nilai = [f"[value={_teks_css(v)}]" for v in dict.fromkeys(boleh)]
    if len(nilai) == 1:
        return f"{dasar}{opsi}{nilai[0]}:checked"
    return f"{dasar}{opsi}:checked:is({','.join(nilai)})"


def _kondisi(alternatif: list[dict[str, list[str]]], menurut: dict[str, dict[str, Any]]) -> str:
    """The selector list matching a form for which one of the alternatives holds."""
    return ",".join("".join(f":has({_pilihan_terpilih(menurut[k], boleh)})" for k, boleh in satu.items())
                    for satu in alternatif)


def _periksa(p: dict[str, Any], menurut: dict[str, dict[str, Any]]) -> None:
    for satu in syarat(p):
        for k, boleh in satu.items():
            q = menurut.get(k)
            if q is None or q.get("jenis") not in ("pilihan", "ya_tidak"):
                raise ValueError(f"tampil_jika pertanyaan {p['kunci']!r} memakai {k!r}: harus pertanyaan "
                                 "berjenis pilihan atau ya_tidak di formulir yang sama")
            asing = [v for v in boleh if v not in _jawaban(q)]
            if asing:
                raise ValueError(f"tampil_jika pertanyaan {p['kunci']!r}: {asing} bukan pilihan jawaban {k!r}")


def _gabung(alternatif: list[dict[str, list[str]]]) -> list[dict[str, list[str]]]:
    """Alternatives that each test the same single question, as one: {k: [a]} or {k: [b]} -> {k: [a, b]}."""
    kunci = {k for satu in alternatif for k in satu}
    if len(kunci) == 1 and all(len(satu) == 1 for satu in alternatif):
        (k,) = kunci
        return [{k: list(dict.fromkeys(v for satu in alternatif for v in satu[k]))}]
    unik: dict[str, dict[str, list[str]]] = {json.dumps(s, sort_keys=True): s for s in alternatif}
    return list(unik.values())


def css_tampil(pertanyaan: list[dict[str, Any]], kelompok: list[list[dict[str, Any]]] = ()) -> str:
    """The CSS that hides the questions whose ``tampil_jika`` does not hold, evaluated by the browser.

    For a question shown when (a and b) or c: ``.bja-form:not(:has(A):has(B),:has(C))
    .bja-medan[data-kunci="x"] {display:none}``, where A is e.g. ``select[name="penerima"]
    option[value="badan"]:checked`` (a radio: ``input[name="pkp"][value="ya"]:checked``). Questions
    with the same rule share one CSS rule. ``kelompok``: groups of questions (the builder's folded
    sections) that are hidden when none of their questions shows."""
    menurut = {p["kunci"]: p for p in pertanyaan}
    for p in pertanyaan:
        _periksa(p, menurut)
    sembunyi: dict[str, list[str]] = {}  # condition -> what is hidden when it does not hold
    for p in pertanyaan:
        if syarat(p):
            sembunyi.setdefault(_kondisi(syarat(p), menurut), []).append(f"[data-kunci={_teks_css(p['kunci'])}]")
    aturan = [f".bja-form:not({k}) .bja-medan{s[0] if len(s) == 1 else ':is(' + ','.join(s) + ')'}"
              "{display:none}" for k, s in sembunyi.items()]
    for qs in kelompok:
        if qs and all(syarat(q) for q in qs):
            gabungan = _gabung([satu for q in qs for satu in syarat(q)])
            aturan.append(f".bja-form:not({_kondisi(gabungan, menurut)}) "
                          f".bja-kelompok:has([data-kunci={_teks_css(qs[0]['kunci'])}]){{display:none}}")
    css = "\n".join(aturan)
    assert "<" not in css  # it goes into a <style> element, raw
    return css


# ---------------------------------------------------------------------------------------------

def contoh_formulir(nama: str, pertanyaan: list[dict[str, Any]], awal: dict[str, Any] | None = None) -> dict:
    """The values the form starts with: the calculator's example in the build's reference period
    (``api.contoh_pada``), or ``awal``."""
    kalk = api.kalkulator(nama)
    contoh = dict(api.contoh_pada(nama, acuan.aktif()) if awal is None else awal)
    for p in pertanyaan:
        if hanya_formulir(p):
            if p["kunci"] in kalk.masukan or p.get("jenis") not in ("pilihan", "ya_tidak"):
                raise ValueError(f"Pertanyaan {p['kunci']!r} (hanya_formulir): harus berjenis pilihan atau "
                                 f"ya_tidak dan bukan masukan kalkulator {nama}")
        elif p["kunci"] not in kalk.masukan:
            raise ValueError(f"Pertanyaan {p['kunci']!r} bukan masukan kalkulator {nama}")
    # A question that only steers the form starts with the answer that shows the example's fields:
    # the first answer under which every question it governs that the example fills is shown.
    for p in pertanyaan:
        if hanya_formulir(p) and p["kunci"] not in contoh:
            contoh[p["kunci"]] = _jawaban_contoh(p, pertanyaan, contoh)
    # A yes/no question the example leaves out shows the calculator's own default (not "ya"), so the
    # form and the build-time result always agree.
    for p in pertanyaan:
        if hanya_formulir(p):
            continue
        bawaan = getattr(kalk.masukan[p["kunci"]], "bawaan", None)
        if p.get("jenis") == "ya_tidak" and p["kunci"] not in contoh and isinstance(bawaan, bool):
            contoh[p["kunci"]] = "ya" if bawaan else "tidak"
    return contoh


def _jawaban_contoh(p: dict[str, Any], pertanyaan: list[dict[str, Any]], contoh: dict[str, Any]) -> str:
    diatur = [(q["kunci"], [satu[p["kunci"]] for satu in syarat(q) if p["kunci"] in satu])
              for q in pertanyaan if q["kunci"] in contoh and contoh[q["kunci"]] not in (None, "")]
    diatur = [(k, alt) for k, alt in diatur if alt]
    for jawab in _jawaban(p):
        if all(any(jawab in boleh for boleh in alt) for _, alt in diatur):
            return jawab
    raise ValueError(f"Contoh mengisi pertanyaan yang tidak tampil bersama untuk {p['kunci']!r}: "
                     f"{[k for k, _ in diatur]}")


def formulir_html(nama: str, pertanyaan: list[dict[str, Any]], awal: dict[str, Any] | None = None) -> str:
    kalk = api.kalkulator(nama)
    contoh = contoh_formulir(nama, pertanyaan, awal)
    saja = {p["kunci"] for p in pertanyaan if hanya_formulir(p)}
    jalan = api.jalankan(nama, {k: v for k, v in contoh.items() if k not in saja})
    if not jalan["ok"]:
        raise ValueError(f"Contoh kalkulator {nama} tidak sah: {jalan['kesalahan']}")
    return render(
        "formulir.html",
        nama=nama, judul=kalk.judul, contoh=json.dumps(contoh, ensure_ascii=False),
        css=Markup(css_tampil(pertanyaan)),
        medan=[medan(p, contoh.get(p["kunci"])) for p in pertanyaan],
        hasil=Markup(jalan["html"]),
    )


def daftarkan(env) -> None:
    @env.macro
    def formulir(nama: str | None = None, pertanyaan: list | None = None) -> Markup:
        meta = env.page.meta
        nama = nama or meta["kalkulator"]
        return Markup(formulir_html(nama, pertanyaan or meta["pertanyaan"]))
