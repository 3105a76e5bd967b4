"""Every internal reference of every template resolves, with every choice the builder offers.

Each template is assembled with its default clauses, with each variant of each clause, and with
every optional clause left out. In the assembled document (Indonesian and, for bilingual
templates, English text):

- "Pasal N", "Pasal N ayat (n)", "ayat (n)" of the same Pasal, "huruf x" (and "Article N",
  "paragraph (n)") point at a numbered Pasal, ayat and item that exist; citations of laws
  ("Pasal 1266 KUHPerdata", "Article 1266 of the Civil Code") are not internal references;
- every annex named ("Lampiran Lingkup Pekerjaan", "Lampiran 2", "Scope of Work Annex") exists;
- every defined term of the library (a capitalised term in “quotes” in a clause text) used in a
  document is defined in that document;
- a reference that points at an obligation by name finds that obligation where it points:
  the withholding slip the tax clause must hand over (with a deadline), the "latar belakang" an
  opening announces, the business-continuity plan force majeure relies on, and the BAST
  procedure a warranty runs from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from calculators.kontrak.dokumen import Judul, Paragraf, Tabel, Teks
from calculators.kontrak.rakit import rakit

# After "Pasal N" (possibly "ayat (n) huruf x, dan Pasal M"), a law's name means a citation.
_HUBUNG = r"(?:\s*(?:ayat\s*\(\d+\)|huruf\s*\(?[a-z]\)?|angka\s*\d+|[,;]|dan|atau|jo\.|juncto|sampai dengan|Pasal\s+\d+[A-Z]?))*"
_UNDANG = re.compile(_HUBUNG + r"\s*\(?(?:Undang|undang|UU\b|KUHPerdata|KUHD|Kitab|Peraturan|PP\b|PMK\b|Perpres|"
                     r"Permen|POJK|SEMA|Keppres|Konvensi|HIR|RBg|BW\b|Burgerlijk|Reglemen|PER-|SE-)")
_HUBUNG_EN = r"(?:\s*(?:paragraph\s*\(\d+\)|\(\d+\)|\([a-z]\)|letter\s*[a-z]|point\s*[a-z]|[,;]|and|or|to|Articles?\s+\d+[A-Z]?))*"
_LAW = re.compile(_HUBUNG_EN + r"\s*\(?(?:of\s+(?:the\s+)?(?!this\b)|Law\b|Civil Code|Government|Regulation|"
                  r"UU\b|KUHPerdata|PP\b|PMK\b|Minister|Convention|Rules\b)")

_PASAL = re.compile(r"\bPasal\s+(\d+)(?:\s+ayat\s+\((\d+)\))?(?:\s+huruf\s+\(?([a-z])\)?)?")
_AYAT = re.compile(r"(?<!Pasal )(?<![\d)] )\bayat\s+\((\d+)\)(?:\s+huruf\s+\(?([a-z])\)?)?")
_ARTICLE = re.compile(r"\bArticle\s+(\d+)(?:\s*(?:paragraph\s*)?\((\d+)\))?(?:\s*\(([a-z])\))?")
_PARAGRAPH = re.compile(r"(?<!Article )\bparagraph\s+\((\d+)\)(?:\s*\(([a-z])\))?")


@dataclass
class Bagian:
    """One heading's part of the assembled document."""

    nomor: str                 # "Pasal 3", "Lampiran 1" or ""
    judul: str                 # heading text (bilingual: "Indonesian / English")
    ayat: dict[int, str] = field(default_factory=dict)   # ayat -> its text with its items
    id: list[str] = field(default_factory=list)          # paragraphs (Indonesian)
    en: list[str] = field(default_factory=list)          # paragraphs (English)


def _teks(isi) -> str:
    return "".join(p.teks for p in isi)


def _miring(p: Paragraf) -> bool:
    teks = [x for x in p.isi if isinstance(x, Teks) and x.teks.strip()]
    return bool(teks) and all(x.miring for x in teks)


def susunan(dok) -> list[Bagian]:
    """The document as parts: numbered Pasal with their ayat, annexes, unnumbered parts."""
    bagian = [Bagian("", "")]
    ayat = {"id": None}

    def tambah(p: Paragraf, bahasa: str) -> None:
        b = bagian[-1]
        teks = _teks(p.isi)
        (b.en if bahasa == "en" else b.id).append(teks)
        if bahasa != "id":
            return
        m = re.fullmatch(r"\((\d+)\)", p.nomor or "")
        if m:
            ayat["id"] = int(m.group(1))
            b.ayat[ayat["id"]] = teks
        elif ayat["id"] is not None and p.tingkat >= 1:
            b.ayat[ayat["id"]] += "\n" + (p.nomor + " " if p.nomor else "") + teks
        elif not p.nomor and p.tingkat == 0:
            ayat["id"] = None

    for blok in dok.blok[dok.awal_badan:]:
        if isinstance(blok, Judul):
            if blok.tingkat == 0:
                bagian[0].judul = bagian[0].judul or _teks(blok.isi)
            if blok.tingkat == 1:
                bagian.append(Bagian(blok.nomor.split(" / ")[0], _teks(blok.isi)))
                ayat["id"] = None
        elif isinstance(blok, Paragraf):
            tambah(blok, "id")
        elif isinstance(blok, Tabel):
            for baris in ([blok.kepala] if blok.kepala else []) + blok.baris:
                if blok.gaya == "dwibahasa" and len(baris) == 2:
                    for p in baris[0]:
                        tambah(p, "id")
                    for p in baris[1]:
                        tambah(p, "en")
                    continue
                for sel in baris:
                    for p in sel:
                        bagian[-1].en.append(_teks(p.isi)) if _miring(p) else bagian[-1].id.append(_teks(p.isi))
    return bagian


def _pasal(bagian: list[Bagian]) -> dict[int, Bagian]:
    return {int(b.nomor.split()[1]): b for b in bagian if b.nomor.startswith("Pasal ")}


def _ada_huruf(teks: str, huruf: str) -> bool:
    return bool(re.search(rf"(?:^|\n|\s)(?:\({huruf}\)|{huruf}\.)\s", teks + " "))


def rujukan_pasal(bagian: list[Bagian]) -> list[str]:
    """Internal article / ayat / item references that point at nothing."""
    pasal = _pasal(bagian)
    salah = []

    def periksa(tempat: str, n: int | None, ayat: str | None, huruf: str | None, kini: Bagian, kutip: str):
        tujuan = pasal.get(n) if n is not None else kini
        if tujuan is None:
            salah.append(f"{tempat}: “{kutip}”: tidak ada Pasal {n}")
            return
        if ayat is None:
            return
        if not tujuan.nomor.startswith("Pasal"):
            salah.append(f"{tempat}: “{kutip}”: ayat di luar Pasal bernomor")
            return
        if int(ayat) not in tujuan.ayat:
            salah.append(f"{tempat}: “{kutip}”: {tujuan.nomor} tidak punya ayat ({ayat})")
        elif huruf and not _ada_huruf(tujuan.ayat[int(ayat)], huruf):
            salah.append(f"{tempat}: “{kutip}”: {tujuan.nomor} ayat ({ayat}) tidak punya huruf {huruf}")

    for b in bagian:
        tempat = b.nomor or b.judul or "pembuka"
        for teks in b.id:
            for m in _PASAL.finditer(teks):
                if not _UNDANG.match(teks, m.end()):
                    periksa(tempat, int(m.group(1)), m.group(2), m.group(3), b, m.group(0))
            for m in _AYAT.finditer(teks):
                if not _UNDANG.match(teks, m.end()):
                    periksa(tempat, None, m.group(1), m.group(2), b, m.group(0))
        for teks in b.en:
            for m in _ARTICLE.finditer(teks):
                if not _LAW.match(teks, m.end()):
                    periksa(tempat, int(m.group(1)), m.group(2), m.group(3), b, m.group(0))
            for m in _PARAGRAPH.finditer(teks):
                if not _LAW.match(teks, m.end()):
                    periksa(tempat, None, m.group(1), m.group(2), b, m.group(0))
    return salah


def _nama_lampiran(pustaka) -> tuple[set[str], set[str]]:
    """Every annex title the library can produce (Indonesian, English)."""
    nama_id, nama_en = {"Jadwal Pembayaran"}, {"Payment Schedule"}
    for t in pustaka.templat.values():
        for b in t.bagian:
            if b.lampiran and b.klausul in pustaka.klausul:
                k = pustaka.klausul[b.klausul]
                nama_id.add(b.judul or k.judul)
                if k.judul_en:
                    nama_en.add(k.judul_en)
    return nama_id, nama_en


def rujukan_lampiran(bagian: list[Bagian], pustaka) -> list[str]:
    nama_id, nama_en = _nama_lampiran(pustaka)
    lampiran = [b for b in bagian if b.nomor.startswith("Lampiran")]
    judul = [b.judul for b in lampiran]
    ada_id = {j.split(" / ")[0] for j in judul}
    ada_en = {j.split(" / ")[-1] for j in judul}
    # a document that is itself an annex ("Lampiran ini merupakan Lampiran Lingkup Pekerjaan",
    # a title "Pemrosesan Data Pribadi") names itself
    ada_id.add(bagian[0].judul)
    for b in bagian:
        for teks in b.id:
            ada_id |= set(re.findall(r"(?:ini merupakan|berlaku sebagai) Lampiran ((?:[A-Z]\w+ ?)+)", teks))
            ada_id = {x.strip() for x in ada_id}
        for teks in b.en:
            ada_en |= {x.strip() for x in re.findall(r"(?:is the|as the) ((?:[A-Z]\w+ |of )+)Annex", teks)}
    nomor = {int(b.nomor.split()[1]) for b in lampiran}
    salah = []
    for b in bagian:
        tempat = b.nomor or b.judul or "pembuka"
        # per language: its texts, "Annex N", "Annex <name>" (name before or after the word), the
        # words that make a mention conditional ("if any"), and the messages
        for daftar_teks, angka, bernama, syarat, nama_ada, ada, tidak_ada, bukan_di_sini in (
            (b.id, r"\bLampiran\s+(\d+)", "\\bLampiran {}\\b", r"(?:jika|bila|apabila) ada,?\s*$", nama_id, ada_id,
             "“{}” tidak ada", "“Lampiran {}” tidak ada di dokumen ini"),
            (b.en, r"\bAnnex\s+(\d+)", "\\b{} Annex\\b", r"\bif any,?\s*(?:the\s*)?$", nama_en, ada_en,
             "“{}” does not exist", "“{} Annex” is not in this document"),
        ):
            for teks in daftar_teks:
                for m in re.finditer(angka, teks):
                    if int(m.group(1)) not in nomor:
                        salah.append(f"{tempat}: " + tidak_ada.format(m.group(0)))
                for nama in nama_ada:
                    for m in re.finditer(bernama.format(re.escape(nama)), teks):
                        if nama not in ada and not re.search(syarat, teks[:m.start()]):
                            salah.append(f"{tempat}: " + bukan_di_sini.format(nama))
    return salah


_ISTILAH = re.compile(r"“([A-Z][^”]{1,60})”")


def istilah_pustaka(pustaka) -> tuple[set[str], set[str]]:
    """Every term some clause text defines: a capitalised word or phrase in “quotes”."""
    hasil_id, hasil_en = set(), set()
    for k in pustaka.klausul.values():
        for v in k.varian.values():
            hasil_id |= set(_ISTILAH.findall(v.teks))
            hasil_en |= set(_ISTILAH.findall(v.teks_en))
    # a quoted term must look like a term: capitalised words, not a quoted sentence
    def istilah(x: str) -> bool:
        return (len(x.split()) <= 5 and all(w[:1].isupper() or w in ("dan", "atau", "of", "and", "the", "di", "ke")
                                            for w in x.split()) and not x.endswith((".", ":")))
    return {x for x in hasil_id if istilah(x)}, {x for x in hasil_en if istilah(x)}


def istilah_tak_didefinisikan(bagian: list[Bagian], pustaka) -> list[str]:
    semua_id, semua_en = istilah_pustaka(pustaka)
    salah = []
    for semua, bahasa in ((semua_id, "id"), (semua_en, "en")):
        teks = "\n".join(t for b in bagian for t in getattr(b, bahasa))
        if not teks.strip() or _menyerap(teks):
            continue
        didefinisikan = set(_ISTILAH.findall(teks))
        tanpa_kutip = re.sub(r"“[^”]*”", " ", teks)
        if bahasa == "en":  # the plural of a defined term is that term
            didefinisikan |= {x + "s" for x in didefinisikan} | {x[:-1] for x in didefinisikan if x.endswith("s")}
        for istilah in sorted(semua - didefinisikan):
            # a longer defined term that contains this one ("Masa Pemeriksaan" holds "Masa")
            # is not a use of it
            bersih = tanpa_kutip
            for lain in sorted(didefinisikan, key=len, reverse=True):
                if istilah in lain and lain != istilah:
                    bersih = bersih.replace(lain, " ")
            for m in re.finditer(rf"(?<![\w-]){re.escape(istilah)}(?![\w-])", bersih):
                # a one-word term opening a sentence or a heading ("Tujuan dan latar
                # belakang.") is an ordinary capitalised word
                if " " not in istilah and re.search(r"(?:^|\n|[.:;]\s|\*\*)\s*$", bersih[:m.start()]):
                    continue
                # ... or a word of a longer name ("Perjanjian Pemrosesan Data Pribadi")
                if " " not in istilah and (re.search(r"[A-Z]\w*\s$", bersih[:m.start()])
                                           or re.match(r"\s[A-Z]", bersih[m.end():])):
                    continue
                break
            else:
                m = None
            if m:
                awal = max(0, m.start() - 40)
                salah.append(f"istilah “{istilah}” dipakai tetapi tidak didefinisikan: "
                             f"…{bersih[awal:m.end() + 40]}…".replace("\n", " "))
    return salah


def _menyerap(teks: str) -> bool:
    """A document under another agreement that takes its defined terms from it."""
    return bool(re.search(r"arti yang sama dengan (?:yang \w+ )?dalam Perjanjian|same meanings? as "
                          r"(?:given )?in the Agreement", teks))


def _isi(bagian: list[Bagian], nomor: str) -> str:
    return "\n".join(t for b in bagian if b.nomor == nomor for t in b.id)


def rujukan_kewajiban(bagian: list[Bagian]) -> list[str]:
    """References that name what they point at must find it there."""
    salah = []
    semua = "\n".join(t for b in bagian for t in b.id)
    judul = [b.judul.split(" / ")[0].lower() for b in bagian]
    for b in bagian:
        tempat = b.nomor or b.judul or "pembuka"
        for teks in b.id:
            # "Bukti pemotongan pajak diberikan sesuai Pasal N": Pasal N must give it to the
            # provider, with a deadline
            for m in re.finditer(r"[Bb]ukti pemotongan[^.]*?(?:sesuai|menurut|dalam)\s+(Pasal\s+\d+)", teks):
                isi = _isi(bagian, m.group(1))
                if not re.search(r"(?:memberikan|menyerahkan|menyampaikan|mengirimkan)[^.]{0,120}bukti pemotongan"
                                 r"[^.]{0,200}paling lambat|bukti pemotongan[^.]{0,160}(?:diberikan|diserahkan|"
                                 r"disampaikan|dikirimkan)[^.]{0,160}paling lambat", isi):
                    salah.append(f"{tempat}: bukti pemotongan diberikan sesuai {m.group(1)}, padahal "
                                 f"{m.group(1)} tidak mewajibkan menyerahkannya dengan tenggat")
            if re.search(r"\bdengan latar belakang\b|\blatar belakang (?:sebagai berikut|di bawah)", teks) \
                    and "latar belakang" not in judul:
                salah.append(f"{tempat}: menyebut latar belakang, padahal dokumen tidak punya bagian Latar Belakang")
    # force majeure relying on a business-continuity plan "required by this Agreement"
    if re.search(r"rencana kelangsungan usaha[^.]{0,80}wajib dimiliki", semua):
        lain = "\n".join(t for b in bagian if "keadaan kahar" not in b.judul.lower() for t in b.id)
        if not re.search(r"(?:wajib|harus)\s+(?:memiliki|menyusun|membuat|memelihara)[^.]{0,60}"
                         r"rencana kelangsungan usaha", lain):
            salah.append("Keadaan Kahar merujuk rencana kelangsungan usaha yang wajib dimiliki, padahal tidak "
                         "ada pasal yang mewajibkannya")
    # a BAST the document relies on needs the procedure that produces it
    dipakai = [b for b in bagian if re.search(r"\bBAST\b", "\n".join(b.id))
               and "definisi" not in b.judul.lower()]
    prosedur = any(b.nomor.startswith("Pasal") and re.search(r"penerimaan|serah terima", b.judul.lower())
                   and "BAST" in "\n".join(b.id) for b in bagian)
    if dipakai and not prosedur and not _menyerap(semua) and not any("berita acara" in j for j in judul[:2]):
        salah.append("BAST dipakai di " + ", ".join(b.nomor or b.judul for b in dipakai)
                     + ", padahal dokumen tidak mengatur cara BAST dibuat atau dianggap ditandatangani")
    return salah


def _pilihan(p, t) -> list[tuple[str, dict]]:
    """The default, each other variant of each clause (with every optional clause included, so
    that an optional clause left out by default, like escrow, is checked in each variant), every
    optional clause included, and every optional clause left out."""
    semua = {b.klausul: True for b in t.bagian if b.opsional}
    hasil = [("bawaan", {})]
    for b in t.bagian:
        for v in p.klausul[b.klausul].varian:
            if v != (b.varian or p.klausul[b.klausul].varian_bawaan):
                hasil.append((f"{b.klausul}={v}", {"varian": {b.klausul: v}, "sertakan": semua}))
    if semua:
        hasil.append(("semua opsional", {"sertakan": semua}))
        hasil.append(("tanpa opsional", {"sertakan": dict.fromkeys(semua, False)}))
    return hasil


def _masalah(p, t) -> list[str]:
    salah = []
    for nama, opsi in _pilihan(p, t):
        bagian = susunan(rakit(t, p, sampul=False, **opsi))
        for s in (rujukan_pasal(bagian) + rujukan_lampiran(bagian, p) + istilah_tak_didefinisikan(bagian, p)
                  + rujukan_kewajiban(bagian)):
            salah.append(f"{t.id} [{nama}] {s}")
    return list(dict.fromkeys(salah))


def _templat():
    from calculators.kontrak import pustaka

    return [t.id for t in pustaka().templat_urut()]


@pytest.mark.parametrize("templat_id", _templat())
def test_rujukan_internal_terselesaikan(pustaka_asli, templat_id):
    t = pustaka_asli.templat[templat_id]
    salah = _masalah(pustaka_asli, t)

    assert salah == [], "\n".join(salah)


def test_pemeriksa_menemukan_rujukan_yang_salah(pustaka_asli):
    """The checker itself finds what the issue reported (so it cannot pass by matching nothing)."""
    bagian = [
        Bagian("", "", id=["Para Pihak sepakat, dengan latar belakang dan ketentuan sebagai berikut."]),
        Bagian("Pasal 1", "Pajak", ayat={1: "Pihak Pertama membuat bukti pemotongan."},
               id=["Pihak Pertama membuat bukti pemotongan."]),
        Bagian("Pasal 2", "Tata Cara", ayat={1: "x"},
               id=["Bukti pemotongan pajak diberikan sesuai Pasal 1.",
                   "Lihat Pasal 9, Pasal 1 ayat (3), ayat (2) dan Pasal 1 ayat (1) huruf d.",
                   "Sesuai Pasal 1266 dan Pasal 1267 KUHPerdata serta Pasal 11 Undang-Undang ITE.",
                   "Lihat Lampiran Lingkup Pekerjaan dan Lampiran 4.",
                   "Hasil Kerja diserahkan."],
               en=["See Article 9, Article 1(3) and Article 1266 of the Civil Code; the Scope of Work Annex."]),
    ]
    pasal = rujukan_pasal(bagian)
    assert any("tidak ada Pasal 9" in s for s in pasal) and any("ayat (3)" in s for s in pasal)
    assert any("Pasal 2 tidak punya ayat (2)" in s for s in pasal)
    assert any("huruf d" in s for s in pasal)
    assert not any("1266" in s or "1267" in s or "Pasal 11" in s for s in pasal), pasal
    lampiran = rujukan_lampiran(bagian, pustaka_asli)
    assert any("Lampiran Lingkup Pekerjaan" in s for s in lampiran)
    assert any("Lampiran 4" in s for s in lampiran) and any("Scope of Work Annex" in s for s in lampiran)
    assert any("“Hasil Kerja”" in s for s in istilah_tak_didefinisikan(bagian, pustaka_asli))
    kewajiban = rujukan_kewajiban(bagian)
    assert any("bukti pemotongan" in s for s in kewajiban) and any("Latar Belakang" in s for s in kewajiban)
