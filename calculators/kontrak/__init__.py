"""The contract clause library: clauses, variables and templates, read from TOML.

One source of truth for every contract text on the site. The same data and code assemble the
downloadable templates at build time (``hooks/templat.py``), the pages (``macros/kontrak.py``) and
the filled contract in the reader's browser (``calculators/kalkulator/templat.py`` through Pyodide),
so this package uses the standard library only.

- ``klausul/<id>.toml``: one clause, with its variants (format: see the clause writers' guide).
- ``variabel-*.toml``: the placeholders ``[[nama]]`` a clause may use (label, type, example).
- ``templat/<id>.toml``: a template, an ordered list of clauses (``[[bagian]]``) plus its version,
  changelog and licence.

``pustaka()`` returns the library shipped with the package; ``Pustaka.dari_folder(path)`` reads
another folder with the same layout (the tests use a small one of their own).

Clause text (see ``rakit.urai``): one line is one paragraph; ``1.``/``(1)`` opens a sub-clause,
printed "(1)" inside a Pasal; ``a.``/``(a)`` an item, ``1)`` a sub-item, ``-`` a bullet; an
indented line continues the line above; ``**tebal**`` is bold; lines starting with ``|`` form a
table (a ``|---|`` line after the first row makes it a header row; a table with a
"Tanda tangan:" row is a signature block, printed without lines and with room to sign).

Template keys beyond the shared format: ``judul_dokumen`` / ``judul_dokumen_en`` (the title
printed on the document), ``subjudul_dokumen`` (may hold placeholders, e.g. the number),
``jenis`` (perjanjian | dokumen | berita-acara | surat), ``urutan`` (order on the site), and per
``[[bagian]]``: ``varian``, ``bernomor = false`` (opening and closing parts), ``tanpa_judul``,
``judul`` (heading instead of the clause title), ``lampiran = true`` (an annex after the
signatures, "Lampiran N") and ``opsional = true`` (the builder may leave it out; no other clause
may refer to it; with ``sertakan_bawaan = false`` it is left out unless the reader adds it). ``[lampiran] jadwal_pembayaran = true`` adds the payment schedule annex;
``pembayaran = "kuitansi"`` makes a payment document whose ``dihitung`` variables the builder fills
from the payment calculator.
``Pustaka.masalah(t)`` lists whatever keeps a template from assembling with every choice.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

KELOMPOK = (
    "pihak", "lingkup", "penerimaan", "pembayaran", "pajak", "hki", "kerahasiaan", "data",
    "kerja-sama", "jaminan", "layanan", "jangka-waktu", "pengakhiran", "sengketa", "umum", "dokumen",
)
JENIS_TEMPLAT = ("perjanjian", "dokumen", "berita-acara", "surat")
JENIS_VARIABEL = ("teks", "teks_panjang", "uang", "tanggal", "angka", "persen", "pilihan")
BENTUK_VARIABEL = ("", "surel")
KOLOM_VARIABEL = ("label", "label_en", "jenis", "contoh", "petunjuk", "pilihan", "minimum", "maksimum",
                  "bulat", "satuan", "alasan_batas", "bentuk", "panjang_min", "panjang_maks",
                  "tidak_sebelum", "tidak_melebihi", "tidak_kurang_dari", "dihitung")
WAJIB_KLAUSUL = ("id", "judul", "kelompok", "tujuan", "kapan", "dasar_hukum", "jebakan",
                 "varian_bawaan", "varian")
WAJIB_TEMPLAT = ("id", "judul", "versi", "bahasa", "lisensi", "ringkasan", "riwayat", "bagian")

# [[nama_variabel]] and [[pasal:clause-id]]; anything else between [[ ]] is a data error.
POLA_TANDA = re.compile(r"\[\[([^\[\]]*)\]\]")
POLA_VARIABEL = re.compile(r"[a-z][a-z0-9_]*")
POLA_RUJUKAN = re.compile(r"pasal:([a-z0-9][a-z0-9-]*)")
POLA_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
POLA_VERSI = re.compile(r"\d+\.\d+\.\d+")


class KesalahanData(ValueError):
    """A clause, variable or template file is not in the agreed format."""


@dataclass(frozen=True)
class Varian:
    kunci: str
    label: str
    teks: str
    catatan: str = ""
    teks_en: str = ""


@dataclass(frozen=True)
class Klausul:
    id: str
    judul: str
    kelompok: str
    tujuan: str
    kapan: str
    dasar_hukum: tuple[str, ...]
    jebakan: tuple[str, ...]
    varian_bawaan: str
    varian: dict[str, Varian]
    judul_en: str = ""

    def teks(self, varian: str | None = None, bahasa: str = "id") -> str:
        v = self.varian[varian or self.varian_bawaan]
        return v.teks_en if bahasa == "en" else v.teks


@dataclass(frozen=True)
class Variabel:
    kunci: str
    label: str
    jenis: str
    contoh: str = ""
    petunjuk: str = ""
    label_en: str = ""
    pilihan: tuple[str, ...] = ()
    # bounds the builder checks (``isian.periksa``); see the header of variabel-1.toml
    minimum: Decimal | None = None
    maksimum: Decimal | None = None
    bulat: bool = False            # a whole number (days, months, counts)
    satuan: str = ""               # the unit the messages name: "hari", "bulan", "persen per hari"
    alasan_batas: str = ""         # why the builder sets this limit (shown with the error)
    bentuk: str = ""               # "surel": an e-mail address
    panjang_min: int = 0
    panjang_maks: int = 0          # 0: the builder's general limit
    tidak_sebelum: tuple[str, ...] = ()  # date variables this date may not precede
    # number variables this number may not exceed / fall below (an SLA's minimum against its target)
    tidak_melebihi: tuple[str, ...] = ()
    tidak_kurang_dari: tuple[str, ...] = ()
    # filled by the builder from the payment calculator's result (``templat.py``, ISIAN_BAYAR),
    # never typed by the reader: no form field; open in a blank template
    dihitung: bool = False

    @property
    def nama_pendek(self) -> str:
        """How an unfilled placeholder reads in a document: ``[nilai kontrak]``."""
        return self.kunci.replace("_", " ")


@dataclass(frozen=True)
class Riwayat:
    versi: str
    tanggal: date
    catatan: str


@dataclass(frozen=True)
class Bagian:
    """One part of a template: a clause, numbered as a Pasal unless it is a preamble or annex."""

    klausul: str
    varian: str | None = None
    bernomor: bool = True      # "Pasal N"; False for the opening (parties, recitals) and closing
    lampiran: bool = False     # an annex after the signatures: "Lampiran N"
    opsional: bool = False     # the builder may leave it out
    sertakan_bawaan: bool = True  # an optional part included unless the reader leaves it out;
    #                             False: left out unless the reader adds it (non-compete, escrow)
    judul: str | None = None   # heading shown instead of the clause title
    tanpa_judul: bool = False  # no heading at all (e.g. the opening words of an agreement)


@dataclass(frozen=True)
class Templat:
    id: str
    judul: str
    versi: str
    bahasa: str
    lisensi: str
    ringkasan: str
    riwayat: tuple[Riwayat, ...]
    bagian: tuple[Bagian, ...]
    judul_en: str = ""
    judul_dokumen: str = ""        # the title printed on the document (default: judul)
    judul_dokumen_en: str = ""
    subjudul_dokumen: str = ""     # e.g. "Nomor: [[nomor_perjanjian]]"
    jenis: str = "perjanjian"      # perjanjian | dokumen | berita-acara | surat
    lampiran: dict[str, Any] = field(default_factory=dict)
    urutan: int = 100              # order on the site's list
    # a payment document (kuitansi, bukti kas keluar, invoice): its tax lines come from the payment
    # calculator run in the builder; the value is the stamp-duty document kind passed to it
    # ("kuitansi", "invoice_tagihan") or "bawaan" (the reader's own answer, not shown)
    pembayaran: str = ""

    @property
    def dwibahasa(self) -> bool:
        return self.bahasa == "id-en"

    @property
    def nama_berkas(self) -> str:
        """Versioned file name without extension: ``spk-harga-tetap-v1.0.0``."""
        return f"{self.id}-v{self.versi}"

    @property
    def tanggal_versi(self) -> date:
        return max(r.tanggal for r in self.riwayat if r.versi == self.versi)


def _teks(nilai: Any, sumber: str, kunci: str) -> str:
    if not isinstance(nilai, str) or not nilai.strip():
        raise KesalahanData(f"{sumber}: '{kunci}' harus berupa teks yang tidak kosong")
    return nilai


def _daftar_teks(nilai: Any, sumber: str, kunci: str) -> tuple[str, ...]:
    if not isinstance(nilai, list) or not nilai or not all(isinstance(x, str) and x.strip()
                                                           for x in nilai):
        raise KesalahanData(f"{sumber}: '{kunci}' harus berupa daftar teks yang tidak kosong")
    return tuple(nilai)


def baca_klausul(data: dict[str, Any], sumber: str) -> Klausul:
    kurang = [k for k in WAJIB_KLAUSUL if k not in data]
    if kurang:
        raise KesalahanData(f"{sumber}: kolom wajib tidak ada: {', '.join(kurang)}")
    if not POLA_ID.fullmatch(str(data["id"])):
        raise KesalahanData(f"{sumber}: id '{data['id']}' bukan kebab-case")
    if data["kelompok"] not in KELOMPOK:
        raise KesalahanData(f"{sumber}: kelompok '{data['kelompok']}' tidak dikenal")
    if not isinstance(data["varian"], dict) or not data["varian"]:
        raise KesalahanData(f"{sumber}: tidak ada [varian.*]")
    varian = {}
    for kunci, v in data["varian"].items():
        tempat = f"{sumber} [varian.{kunci}]"
        if not isinstance(v, dict):
            raise KesalahanData(f"{tempat}: harus berupa tabel")
        varian[kunci] = Varian(
            kunci=kunci,
            label=_teks(v.get("label"), tempat, "label"),
            teks=_teks(v.get("teks"), tempat, "teks"),
            catatan=v.get("catatan", ""),
            teks_en=v.get("teks_en", ""),
        )
    if data["varian_bawaan"] not in varian:
        raise KesalahanData(f"{sumber}: varian_bawaan '{data['varian_bawaan']}' tidak ada")
    return Klausul(
        id=data["id"],
        judul=_teks(data["judul"], sumber, "judul"),
        kelompok=data["kelompok"],
        tujuan=_teks(data["tujuan"], sumber, "tujuan"),
        kapan=_teks(data["kapan"], sumber, "kapan"),
        dasar_hukum=_daftar_teks(data["dasar_hukum"], sumber, "dasar_hukum"),
        jebakan=_daftar_teks(data["jebakan"], sumber, "jebakan"),
        varian_bawaan=data["varian_bawaan"],
        varian=varian,
        judul_en=data.get("judul_en", ""),
    )


def baca_variabel(kunci: str, data: dict[str, Any], sumber: str) -> Variabel:
    tempat = f"{sumber} [{kunci}]"
    if not POLA_VARIABEL.fullmatch(kunci):
        raise KesalahanData(f"{tempat}: nama variabel harus snake_case huruf kecil")
    jenis = data.get("jenis", "teks")
    if jenis not in JENIS_VARIABEL:
        raise KesalahanData(f"{tempat}: jenis '{jenis}' tidak dikenal")
    pilihan = data.get("pilihan", ())
    if jenis == "pilihan":
        if isinstance(pilihan, dict):
            pilihan = tuple(pilihan.values())
        if not pilihan:
            raise KesalahanData(f"{tempat}: jenis pilihan tanpa daftar 'pilihan'")
    tak_dikenal = set(data) - set(KOLOM_VARIABEL)
    if tak_dikenal:
        raise KesalahanData(f"{tempat}: kolom tidak dikenal: {', '.join(sorted(tak_dikenal))}")
    batas = {}
    for kolom in ("minimum", "maksimum"):
        if kolom in data:
            if jenis not in ("uang", "angka", "persen") or isinstance(data[kolom], bool):
                raise KesalahanData(f"{tempat}: '{kolom}' hanya untuk angka, uang atau persen")
            batas[kolom] = Decimal(str(data[kolom]))
    if data.get("bentuk", "") not in BENTUK_VARIABEL:
        raise KesalahanData(f"{tempat}: bentuk '{data['bentuk']}' tidak dikenal")
    tidak_sebelum = data.get("tidak_sebelum", ())
    if isinstance(tidak_sebelum, str):
        tidak_sebelum = (tidak_sebelum,)
    if tidak_sebelum and jenis != "tanggal":
        raise KesalahanData(f"{tempat}: 'tidak_sebelum' hanya untuk tanggal")
    banding = {}
    for kolom in ("tidak_melebihi", "tidak_kurang_dari"):
        x = data.get(kolom, ())
        banding[kolom] = (x,) if isinstance(x, str) else tuple(str(y) for y in x)
        if banding[kolom] and jenis not in ("angka", "uang", "persen"):
            raise KesalahanData(f"{tempat}: '{kolom}' hanya untuk angka, uang atau persen")
    return Variabel(
        kunci=kunci,
        label=_teks(data.get("label"), tempat, "label"),
        jenis=jenis,
        contoh=str(data.get("contoh", "")),
        petunjuk=data.get("petunjuk", ""),
        label_en=data.get("label_en", ""),
        pilihan=tuple(str(p) for p in pilihan),
        minimum=batas.get("minimum"),
        maksimum=batas.get("maksimum"),
        bulat=bool(data.get("bulat", False)),
        satuan=str(data.get("satuan", "")),
        alasan_batas=str(data.get("alasan_batas", "")),
        bentuk=str(data.get("bentuk", "")),
        panjang_min=int(data.get("panjang_min", 0)),
        panjang_maks=int(data.get("panjang_maks", 0)),
        tidak_sebelum=tuple(str(x) for x in tidak_sebelum),
        tidak_melebihi=banding["tidak_melebihi"],
        tidak_kurang_dari=banding["tidak_kurang_dari"],
        dihitung=bool(data.get("dihitung", False)),
    )


def baca_templat(data: dict[str, Any], sumber: str) -> Templat:
    kurang = [k for k in WAJIB_TEMPLAT if k not in data]
    if kurang:
        raise KesalahanData(f"{sumber}: kolom wajib tidak ada: {', '.join(kurang)}")
    if not POLA_VERSI.fullmatch(str(data["versi"])):
        raise KesalahanData(f"{sumber}: versi '{data['versi']}' bukan x.y.z")
    if data["bahasa"] not in ("id", "id-en"):
        raise KesalahanData(f"{sumber}: bahasa harus 'id' atau 'id-en'")
    if data.get("jenis", "perjanjian") not in JENIS_TEMPLAT:
        raise KesalahanData(f"{sumber}: jenis harus salah satu dari {', '.join(JENIS_TEMPLAT)}")
    riwayat = tuple(
        Riwayat(str(r["versi"]), r["tanggal"], _teks(r.get("catatan"), sumber, "riwayat.catatan"))
        for r in data["riwayat"]
    )
    if data["versi"] not in {r.versi for r in riwayat}:
        raise KesalahanData(f"{sumber}: versi {data['versi']} tidak tercatat di [[riwayat]]")
    bagian = []
    for b in data["bagian"]:
        tak_dikenal = set(b) - set(Bagian.__dataclass_fields__)
        if tak_dikenal:
            raise KesalahanData(f"{sumber}: kolom bagian tidak dikenal: {', '.join(sorted(tak_dikenal))}")
        bagian.append(Bagian(**b))
    return Templat(
        id=data["id"],
        judul=_teks(data["judul"], sumber, "judul"),
        versi=str(data["versi"]),
        bahasa=data["bahasa"],
        lisensi=_teks(data["lisensi"], sumber, "lisensi"),
        ringkasan=_teks(data["ringkasan"], sumber, "ringkasan"),
        riwayat=riwayat,
        bagian=tuple(bagian),
        judul_en=data.get("judul_en", ""),
        judul_dokumen=data.get("judul_dokumen", ""),
        judul_dokumen_en=data.get("judul_dokumen_en", ""),
        subjudul_dokumen=data.get("subjudul_dokumen", ""),
        jenis=data.get("jenis", "perjanjian"),
        lampiran=dict(data.get("lampiran", {})),
        urutan=int(data.get("urutan", 100)),
        pembayaran=str(data.get("pembayaran", "")),
    )


def tanda(teks: str) -> list[str]:
    """Every ``[[...]]`` in a text, in order (inner text)."""
    return POLA_TANDA.findall(teks)


def variabel_dalam(teks: str) -> list[str]:
    return [t for t in tanda(teks) if POLA_VARIABEL.fullmatch(t)]


def rujukan_dalam(teks: str) -> list[str]:
    return [m.group(1) for t in tanda(teks) if (m := POLA_RUJUKAN.fullmatch(t))]


@dataclass
class Pustaka:
    """Everything the engine needs: clauses, variables and templates by id."""

    klausul: dict[str, Klausul]
    variabel: dict[str, Variabel]
    templat: dict[str, Templat]
    # variable name -> the files that define it (more than one is a data error the tests report)
    asal_variabel: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def dari_folder(cls, akar: Any) -> "Pustaka":
        """Read ``klausul/*.toml``, ``variabel*.toml`` and ``templat/*.toml`` under ``akar``
        (a ``pathlib.Path`` or an ``importlib.resources`` traversable)."""
        klausul: dict[str, Klausul] = {}
        for berkas in _toml_di(akar.joinpath("klausul")):
            data = tomllib.loads(berkas.read_text(encoding="utf-8"))
            k = baca_klausul(data, f"klausul/{berkas.name}")
            if f"{k.id}.toml" != berkas.name:
                raise KesalahanData(f"klausul/{berkas.name}: id '{k.id}' harus sama dengan nama berkas")
            klausul[k.id] = k
        variabel: dict[str, Variabel] = {}
        asal: dict[str, list[str]] = {}
        for berkas in sorted((b for b in akar.iterdir()
                              if b.name.startswith("variabel") and b.name.endswith(".toml")),
                             key=lambda b: b.name):
            data = tomllib.loads(berkas.read_text(encoding="utf-8"))
            for kunci, isi in data.items():
                if not isinstance(isi, dict):
                    raise KesalahanData(f"{berkas.name}: '{kunci}' harus berupa tabel [{kunci}]")
                asal.setdefault(kunci, []).append(berkas.name)
                variabel.setdefault(kunci, baca_variabel(kunci, isi, berkas.name))
        templat: dict[str, Templat] = {}
        for berkas in _toml_di(akar.joinpath("templat")):
            data = tomllib.loads(berkas.read_text(encoding="utf-8"))
            t = baca_templat(data, f"templat/{berkas.name}")
            if f"{t.id}.toml" != berkas.name:
                raise KesalahanData(f"templat/{berkas.name}: id '{t.id}' harus sama dengan nama berkas")
            templat[t.id] = t
        return cls(klausul, variabel, templat, asal)

    def templat_urut(self, siap: bool = True) -> list[Templat]:
        """Templates in site order; with ``siap``, only those whose clauses all exist (a test
        requires every template to be complete, so in a release nothing is left out)."""
        return sorted((t for t in self.templat.values() if not siap or not self.masalah(t)),
                      key=lambda t: (t.urutan, t.id))

    def kurang(self, t: Templat) -> list[str]:
        """Clauses a template names that the library does not (yet) have."""
        return [b.klausul for b in t.bagian if b.klausul not in self.klausul]

    def masalah(self, t: Templat) -> list[str]:
        """Why a template cannot be assembled with every choice the builder offers (empty when
        it can): missing clauses, undefined placeholders, references to clauses outside the
        template or to an optional clause the reader may leave out, missing English text."""
        hasil = [f"klausul {k} belum ada" for k in self.kurang(t)]
        if hasil:
            return hasil
        ada = {b.klausul for b in t.bagian}
        opsional = {b.klausul for b in t.bagian if b.opsional}
        bahasa = ("id", "en") if t.dwibahasa else ("id",)
        for kolom in ("judul_dokumen", "judul_dokumen_en", "subjudul_dokumen"):
            for v in variabel_dalam(getattr(t, kolom)):
                if v not in self.variabel:
                    hasil.append(f"{kolom}: variabel [[{v}]] belum didefinisikan")
        for b in t.bagian:
            k = self.klausul[b.klausul]
            for kunci, varian in k.varian.items():
                for bhs in bahasa:
                    teks = varian.teks_en if bhs == "en" else varian.teks
                    tempat = f"{k.id}[{kunci}]" + ("(en)" if bhs == "en" else "")
                    if not teks.strip():
                        hasil.append(f"{tempat}: teks kosong")
                    for isi in tanda(teks):
                        if not (POLA_VARIABEL.fullmatch(isi) or POLA_RUJUKAN.fullmatch(isi)):
                            hasil.append(f"{tempat}: tanda [[{isi}]] tidak sah")
                    for v in variabel_dalam(teks):
                        if v not in self.variabel:
                            hasil.append(f"{tempat}: variabel [[{v}]] belum didefinisikan")
                    for r in rujukan_dalam(teks):
                        if r not in ada:
                            hasil.append(f"{tempat}: merujuk [[pasal:{r}]] yang tidak ada di templat")
                        elif r in opsional and not b.opsional:
                            hasil.append(f"{tempat}: merujuk pasal opsional {r}")
            if b.varian and b.varian not in k.varian:
                hasil.append(f"{k.id}: varian {b.varian} tidak ada")
        return list(dict.fromkeys(hasil))

    def bagian_aktif(self, t: Templat, sertakan: dict[str, bool] | None = None) -> list[Bagian]:
        sertakan = sertakan or {}
        return [b for b in t.bagian
                if not (b.opsional and sertakan.get(b.klausul, b.sertakan_bawaan) is False)]

    def teks_templat(self, t: Templat, sertakan: dict[str, bool] | None = None,
                     varian: dict[str, str] | None = None) -> Iterable[tuple[str, str]]:
        """(where, text) for every text of the template that may hold placeholders."""
        varian = varian or {}
        bahasa = ("id", "en") if t.dwibahasa else ("id",)
        for kolom in ("judul_dokumen", "judul_dokumen_en", "subjudul_dokumen"):
            if getattr(t, kolom):
                yield f"{t.id}.{kolom}", getattr(t, kolom)
        for b in self.bagian_aktif(t, sertakan):
            k = self.klausul[b.klausul]
            v = varian.get(b.klausul) or b.varian or k.varian_bawaan
            for bhs in bahasa:
                yield f"{k.id}[{v}]", k.teks(v, bhs)

    def variabel_templat(self, t: Templat, sertakan: dict[str, bool] | None = None,
                         varian: dict[str, str] | None = None) -> list[str]:
        """The cover-page variables: every placeholder the template uses, in order of first use."""
        urut: dict[str, None] = {}
        for _, teks in self.teks_templat(t, sertakan, varian):
            for v in variabel_dalam(teks):
                urut.setdefault(v, None)
        return list(urut)

    def variabel_semua_varian(self, t: Templat) -> list[str]:
        """Cover-page variables over every variant the builder can choose (for the form)."""
        urut: dict[str, None] = {}
        for v in self.variabel_templat(t):
            urut.setdefault(v, None)
        for b in t.bagian:
            k = self.klausul[b.klausul]
            for kunci in k.varian:
                for bhs in (("id", "en") if t.dwibahasa else ("id",)):
                    for v in variabel_dalam(k.teks(kunci, bhs)):
                        urut.setdefault(v, None)
        return list(urut)


def _toml_di(folder: Any) -> list[Any]:
    try:
        isi = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted((b for b in isi if b.name.endswith(".toml")), key=lambda b: b.name)


@lru_cache(maxsize=1)
def pustaka() -> Pustaka:
    """The library shipped in this package (cached: the files do not change while running)."""
    return Pustaka.dari_folder(resources.files(__name__))
