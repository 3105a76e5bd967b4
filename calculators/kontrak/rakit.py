"""Assemble a template into a ``Dokumen``: numbered articles, filled placeholders, resolved references.

- Every ``[[bagian]]`` of a template that is ``bernomor`` becomes "Pasal N" (N counted in order);
  the opening and closing parts are not numbered; annexes (``lampiran = true``) become
  "Lampiran N" after the signatures.
- A clause text is read as paragraphs. A line starting ``1.`` or ``(1)`` opens a sub-clause
  (ayat), numbered "(1)", "(2)" within its Pasal whatever number the writer typed (so "ayat (2)"
  in a clause text means what it says); ``a.``/``(a)``
  opens an item under it, ``1)`` an item under that, ``-`` a bullet. Other lines continue the
  paragraph above them; a blank line ends it. Lines starting with ``|`` form a table.
- ``[[pasal:id]]`` becomes "Pasal N" (or "Lampiran N") of that clause in THIS template; a
  reference to a clause that is not in the template is an error, never a silent blank.
- ``[[nama]]`` becomes the reader's value written in full (amounts also in words, see
  ``isian.tulis``), or stays visibly open as ``[nama]``. Values are kept as literal text: each
  writer escapes them for its format, so markup or Word field codes typed by the reader are
  shown, never run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ..format import persen, rupiah, tanggal_id
from . import (POLA_RUJUKAN, POLA_TANDA, POLA_VARIABEL, Bagian, KesalahanData, Klausul, Pustaka,
               Templat, pustaka as pustaka_bawaan)
from .dokumen import Blok, Dokumen, Isian, Judul, Paragraf, PindahHalaman, Potongan, Tabel, Teks
from .isian import bersihkan_arah, tanggal_en, tulis

NAMA_SITUS = "Bayar Jasa Aman"
URL_LISENSI = {"CC BY 4.0": "https://creativecommons.org/licenses/by/4.0/deed.id"}

# Characters Word refuses inside XML (and that no contract needs): removed from every text.
_KENDALI = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")

_AYAT = re.compile(r"^(?:(\d+)\.|\((\d+)\))\s+(.*)$")
_BUTIR = re.compile(r"^(?:([a-z])[.)]|\(([a-z])\))\s+(.*)$")
_SUBBUTIR = re.compile(r"^(\d+)\)\s+(.*)$")
_PELURU = re.compile(r"^[-•–]\s+(.*)$")
_POLA_TTD = re.compile(r"^\s*(Tanda tangan|Signature)\b", re.I)


def bersihkan(teks: str) -> str:
    """Line endings to \\n, tabs to spaces, control characters and direction controls removed."""
    teks = bersihkan_arah(str(teks))[0]
    return _KENDALI.sub("", teks.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


@dataclass
class BlokMentah:
    """A paragraph of clause text before placeholders are resolved."""

    jenis: str            # paragraf | ayat | butir | subbutir | peluru | tabel
    teks: str = ""
    baris: list[list[str]] | None = None   # for tables
    kepala: bool = False                   # table: first row is a header
    menjorok: bool = False                 # paragraph: indented, so it belongs to the item above


def urai(teks: str) -> list[BlokMentah]:
    """Split a clause text into paragraphs, sub-clauses, items and tables.

    One line is one paragraph. A marker (``1.``, ``(1)``, ``a.``, ``(a)``, ``1)``, ``-``) opens
    a numbered one; an indented line without a marker continues the line above it; after a
    blank line an indented line is a further paragraph of the item above.
    """
    blok: list[BlokMentah] = []
    terbuka = False  # may the next indented line continue the last block?
    for mentah in bersihkan(teks).split("\n"):
        baris = mentah.strip()
        if not baris:
            terbuka = False
            continue
        if baris.startswith("|"):
            sel = [s.strip() for s in baris.strip("|").split("|")]
            if blok and blok[-1].jenis == "tabel" and terbuka:
                if all(re.fullmatch(r":?-{3,}:?", s) for s in sel):
                    blok[-1].kepala = True
                else:
                    blok[-1].baris.append(sel)
            else:
                blok.append(BlokMentah("tabel", baris=[sel]))
            terbuka = True
            continue
        for jenis, pola in (("ayat", _AYAT), ("subbutir", _SUBBUTIR), ("butir", _BUTIR),
                            ("peluru", _PELURU)):
            m = pola.match(baris)
            if m:
                blok.append(BlokMentah(jenis, m.groups()[-1]))
                break
        else:
            menjorok = mentah[:1] in (" ", "\t")
            if menjorok and terbuka and blok and blok[-1].jenis != "tabel":
                blok[-1].teks += " " + baris
            else:
                blok.append(BlokMentah("paragraf", baris, menjorok=menjorok))
        terbuka = True
    return blok


@dataclass
class BarisJadwal:
    """One row of the payment schedule annex (amounts already computed by the calculators)."""

    termin: str
    keterangan: str
    porsi: Decimal | None = None
    tanggal: date | str | None = None
    bruto: Decimal | None = None
    ppn: Decimal | None = None
    potongan_pph: Decimal | None = None
    net_dibayar: Decimal | None = None


@dataclass
class _Posisi:
    bagian: Bagian
    klausul: Klausul
    varian: str
    sebutan: str      # "Pasal 3", "Lampiran 1" or the title of an unnumbered part
    sebutan_en: str
    nomor: int | None  # article number for sub-clause numbering


class Perakit:
    """Assembles one template with one set of answers."""

    def __init__(self, templat: Templat | str, pustaka: Pustaka | None = None, *,
                 isian: dict[str, Any] | None = None, varian: dict[str, str] | None = None,
                 sertakan: dict[str, bool] | None = None, jadwal: list[BarisJadwal] | None = None):
        self.pustaka = pustaka or pustaka_bawaan()
        self.t = self.pustaka.templat[templat] if isinstance(templat, str) else templat
        self.isian = {k: bersihkan(v) for k, v in (isian or {}).items()
                      if v is not None and str(v).strip()}
        self.pilihan_varian = varian or {}
        self.sertakan = sertakan or {}
        self.jadwal = jadwal
        self.posisi = self._posisi()
        self.sebutan = {p.klausul.id: p for p in self.posisi}
        self.dipakai: dict[str, list[str]] = {}

    # -- numbering -------------------------------------------------------------------------
    def _posisi(self) -> list[_Posisi]:
        hasil = []
        pasal = lampiran = 0
        for b in self.pustaka.bagian_aktif(self.t, self.sertakan):
            if b.klausul not in self.pustaka.klausul:
                raise KesalahanData(f"templat {self.t.id}: klausul '{b.klausul}' tidak ada")
            k = self.pustaka.klausul[b.klausul]
            v = self.pilihan_varian.get(k.id) or b.varian or k.varian_bawaan
            if v not in k.varian:
                raise KesalahanData(f"templat {self.t.id}: klausul {k.id} tidak punya varian '{v}'")
            judul = b.judul or k.judul
            if b.lampiran:
                lampiran += 1
                hasil.append(_Posisi(b, k, v, f"Lampiran {lampiran}", f"Annex {lampiran}", None))
            elif b.bernomor:
                pasal += 1
                hasil.append(_Posisi(b, k, v, f"Pasal {pasal}", f"Article {pasal}", pasal))
            else:
                hasil.append(_Posisi(b, k, v, judul, k.judul_en or judul, None))
        if self.t.lampiran.get("jadwal_pembayaran"):
            self.lampiran_jadwal = f"Lampiran {lampiran + 1}"
        else:
            self.lampiran_jadwal = ""
        return hasil

    # -- text ------------------------------------------------------------------------------
    def potong(self, teks: str, tempat: str, bahasa: str = "id") -> list[Potongan]:
        """Literal text and placeholders of one paragraph; references resolved; ``**bold**``."""
        hasil: list[Potongan] = []
        for tebal, ruas in _ruas_tebal(teks):
            awal = 0
            for m in POLA_TANDA.finditer(ruas):
                if m.start() > awal:
                    hasil.append(Teks(ruas[awal:m.start()], tebal))
                hasil.append(self._tanda(m.group(1), tempat, bahasa, tebal))
                awal = m.end()
            if awal < len(ruas):
                hasil.append(Teks(ruas[awal:], tebal))
        return _gabung(hasil)

    def _tanda(self, isi: str, tempat: str, bahasa: str, tebal: bool) -> Potongan:
        rujuk = POLA_RUJUKAN.fullmatch(isi)
        if rujuk:
            tujuan = rujuk.group(1)
            if tujuan not in self.sebutan:
                raise KesalahanData(
                    f"templat {self.t.id}: {tempat} merujuk [[pasal:{tujuan}]], padahal klausul "
                    "itu tidak ada di templat ini")
            p = self.sebutan[tujuan]
            return Teks(p.sebutan_en if bahasa == "en" else p.sebutan, tebal)
        if POLA_VARIABEL.fullmatch(isi):
            i = self.isian_untuk(isi, tempat, bahasa)
            return Isian(i.kunci, i.label, i.nilai, tebal)
        raise KesalahanData(f"templat {self.t.id}: {tempat}: tanda [[{isi}]] tidak sah")

    def isian_untuk(self, kunci: str, tempat: str, bahasa: str = "id") -> Isian:
        var = self.pustaka.variabel.get(kunci)
        if var is None:
            raise KesalahanData(f"{tempat}: variabel [[{kunci}]] tidak didefinisikan di variabel-*.toml")
        self.dipakai.setdefault(kunci, [])
        if tempat not in self.dipakai[kunci]:
            self.dipakai[kunci].append(tempat)
        nilai = self.isian.get(kunci)
        label = var.nama_pendek
        if nilai is None:
            return Isian(kunci, label)
        return Isian(kunci, label, tulis(nilai, var.jenis, bahasa))

    def blok_klausul(self, teks: str, pos: _Posisi, tempat: str, bahasa: str = "id") -> list[Blok]:
        hasil: list[Blok] = []
        ayat = butir = subbutir = 0
        dalam_ayat = False
        for b in urai(teks):
            if b.jenis == "tabel":
                baris = [[[Paragraf(self.potong(s, tempat, bahasa), "tabel")] for s in r]
                         for r in b.baris]
                kepala = baris.pop(0) if b.kepala and baris else None
                # a signature block ("Tanda tangan:" rows) is printed without lines and with
                # room to sign; other tables with a header row hold data (ruled); tables
                # without one are layout
                ruang = tuple(i for i, r in enumerate(baris) if any(
                    _POLA_TTD.match("".join(p.teks for q in sel for p in q.isi)) for sel in r))
                gaya = "ttd" if ruang else ("garis" if kepala else "polos")
                hasil.append(Tabel(baris, kepala, (), gaya, (), ruang))
                continue
            isi = self.potong(b.teks, tempat, bahasa)
            if b.jenis == "ayat":
                ayat += 1
                butir = subbutir = 0
                dalam_ayat = True
                # "(1)", "(2)" within a Pasal, as clause texts refer to "ayat (2)"; a plain
                # list "1.", "2." in the unnumbered opening (the parties, the recitals)
                nomor = f"({ayat})" if pos.nomor else f"{ayat}."
                hasil.append(Paragraf(isi, nomor=nomor, tingkat=1))
            elif b.jenis == "butir":
                butir += 1
                subbutir = 0
                hasil.append(Paragraf(isi, nomor=f"{_huruf(butir)}.", tingkat=1 + dalam_ayat))
            elif b.jenis == "subbutir":
                subbutir += 1
                hasil.append(Paragraf(isi, nomor=f"{subbutir})", tingkat=2 + dalam_ayat))
            elif b.jenis == "peluru":
                hasil.append(Paragraf(isi, nomor="•", tingkat=1 + dalam_ayat + (butir > 0)))
            elif b.menjorok and dalam_ayat:
                hasil.append(Paragraf(isi, tingkat=1 + (butir > 0)))
            else:
                butir = subbutir = 0
                dalam_ayat = False
                hasil.append(Paragraf(isi))
        return hasil

    # -- the document ----------------------------------------------------------------------
    def judul_dokumen(self) -> str:
        return self.t.judul_dokumen or self.t.judul

    def dokumen(self, sampul: bool = True) -> Dokumen:
        t = self.t
        badan = self._badan()
        blok: list[Blok] = []
        if sampul:
            blok.extend(self._sampul())
            blok.append(PindahHalaman())
        awal_badan = len(blok)
        blok.extend(badan)
        url = URL_LISENSI.get(t.lisensi, "")
        blok.append(Paragraf([Teks(
            f"Disusun dari templat {NAMA_SITUS} “{t.judul}” versi {t.versi} "
            f"({t.id}), berlisensi {t.lisensi}" + (f" ({url})" if url else "") + ".")],
            "catatan"))
        variabel = self.pustaka.variabel_templat(t, self.sertakan, self.pilihan_varian)
        return Dokumen(
            id=t.id, judul=self.judul_dokumen(), versi=t.versi, bahasa=t.bahasa, blok=blok,
            kaki=f"{NAMA_SITUS} · {t.id} v{t.versi} · {t.lisensi}",
            terisi={v: v in self.isian for v in variabel},
            tanggal=t.tanggal_versi.isoformat(),
            awal_badan=awal_badan,
        )

    def _badan(self) -> list[Blok]:
        t = self.t
        blok: list[Blok] = [Judul(0, self.potong(self.judul_dokumen(), "Judul"))]
        if t.dwibahasa and t.judul_dokumen_en:
            blok.append(Paragraf(self.potong(t.judul_dokumen_en, "Judul", "en"), "subjudul"))
        if t.subjudul_dokumen:
            for baris in t.subjudul_dokumen.split("\n"):
                if baris.strip():
                    blok.append(Paragraf(self.potong(baris.strip(), "Judul"), "subjudul"))
        lampiran: list[Blok] = []
        for pos in self.posisi:
            tujuan = lampiran if pos.bagian.lampiran else blok
            if pos.bagian.lampiran:
                tujuan.append(PindahHalaman())
            tujuan.extend(self._bagian(pos))
        blok.extend(lampiran)
        if self.lampiran_jadwal:
            blok.append(PindahHalaman())
            blok.extend(self._jadwal())
        return blok

    def _judul_bagian(self, pos: _Posisi) -> Judul | None:
        b, k = pos.bagian, pos.klausul
        if b.tanpa_judul:
            return None
        judul = b.judul or k.judul
        jangkar = k.id
        if self.t.dwibahasa:
            judul_en = k.judul_en or judul
            teks = f"{judul} / {judul_en}" if judul_en != judul else judul
            if b.lampiran or b.bernomor:
                return Judul(1, [Teks(teks)], f"{pos.sebutan} / {pos.sebutan_en}", jangkar)
            return Judul(1, [Teks(teks)], "", jangkar)
        if b.lampiran or b.bernomor:
            return Judul(1, [Teks(judul)], pos.sebutan, jangkar)
        return Judul(1, [Teks(judul)], "", jangkar)

    def _bagian(self, pos: _Posisi) -> list[Blok]:
        hasil: list[Blok] = []
        judul = self._judul_bagian(pos)
        if judul:
            hasil.append(judul)
        k = pos.klausul
        teks_id = k.teks(pos.varian, "id")
        tempat = pos.sebutan
        if not self.t.dwibahasa:
            hasil.extend(self.blok_klausul(teks_id, pos, tempat))
            return hasil
        teks_en = k.teks(pos.varian, "en")
        if not teks_en.strip():
            raise KesalahanData(f"klausul {k.id} [varian.{pos.varian}] tidak punya teks_en, padahal "
                                f"dipakai templat dwibahasa {self.t.id}")
        kiri = self.blok_klausul(teks_id, pos, tempat)
        kanan = self.blok_klausul(teks_en, pos, tempat, "en")
        baris: list[list[list[Paragraf]]] = []

        def tutup() -> None:
            if baris:
                hasil.append(Tabel(list(baris), None, (1, 1), "dwibahasa"))
                baris.clear()

        for i in range(max(len(kiri), len(kanan))):
            a = kiri[i] if i < len(kiri) else Paragraf([])
            b = kanan[i] if i < len(kanan) else Paragraf([])
            if isinstance(a, Tabel) or isinstance(b, Tabel):
                # a table in both languages: one table, each cell Indonesian then English
                tutup()
                hasil.append(_tabel_dwibahasa(a, b))
                continue
            baris.append([[a], [b]])
        tutup()
        return hasil

    def _sampul(self) -> list[Blok]:
        t = self.t
        var = self.pustaka.variabel
        nama = self.pustaka.variabel_templat(t, self.sertakan, self.pilihan_varian)
        # dipakai: where each variable appears (collected while the body was assembled)
        if not self.dipakai:
            self._badan()
        blok: list[Blok] = [
            Judul(0, [Teks(t.judul)]),
        ]
        if t.dwibahasa and t.judul_en:
            blok.append(Paragraf([Teks(t.judul_en)], "subjudul"))
        blok.append(Paragraf([Teks(
            f"Templat {NAMA_SITUS} · versi {t.versi} · {tanggal_id(t.tanggal_versi)} · "
            f"lisensi {t.lisensi}")], "subjudul"))
        blok.append(Judul(1, [Teks("Lembar Isian")], "", "lembar-isian"))
        blok.append(Paragraf([Teks(
            "Lembar ini mengumpulkan semua isian naskah. Setiap isian sudah tertulis di bagian "
            "yang menyebutnya (kolom “Dipakai di”). Isian bertanda kurung siku, misalnya "
            "[nama pihak pertama], belum diisi: lengkapi sebelum naskah ditandatangani. "
            "Lembar ini boleh dilepas dari naskah yang ditandatangani.")]))
        baris = []
        for i, kunci in enumerate(nama, 1):
            v = var[kunci]
            label = v.label
            if t.dwibahasa and v.label_en:
                label = f"{v.label} / {v.label_en}"
            nilai = self.isian.get(kunci)
            isi_nilai = Isian(kunci, v.nama_pendek, tulis(nilai, v.jenis) if nilai else None)
            label_sel = [Paragraf([Teks(label, tebal=True)], "tabel")]
            if v.petunjuk and nilai is None:
                label_sel.append(Paragraf([Teks(v.petunjuk, miring=True)], "petunjuk"))
            baris.append([
                [Paragraf([Teks(str(i))], "tabel")],
                label_sel,
                [Paragraf([isi_nilai], "tabel")],
                [Paragraf([Teks(", ".join(_ringkas(self.dipakai.get(kunci, []))))], "tabel")],
            ])
        kepala = [[Paragraf([Teks(x, tebal=True)], "tabel")]
                  for x in ("No.", "Isian", "Nilai", "Dipakai di")]
        blok.append(Tabel(baris, kepala, (6, 46, 29, 19), "garis"))
        blok.append(Judul(2, [Teks("Versi dan riwayat perubahan")], "", "riwayat"))
        blok.append(Tabel(
            [[[Paragraf([Teks(r.versi)], "tabel")], [Paragraf([Teks(tanggal_id(r.tanggal))], "tabel")],
              [Paragraf([Teks(r.catatan)], "tabel")]]
             for r in sorted(t.riwayat, key=lambda r: r.tanggal, reverse=True)],
            [[Paragraf([Teks(x, tebal=True)], "tabel")] for x in ("Versi", "Tanggal", "Perubahan")],
            (12, 22, 66), "garis"))
        url = URL_LISENSI.get(t.lisensi, "")
        blok.append(Paragraf([Teks(
            f"Lisensi: {t.lisensi}" + (f" ({url})" if url else "") + ". Anda boleh menyalin, "
            "mengubah dan memakai templat ini untuk keperluan apa pun, termasuk komersial, dengan "
            f"menyebut sumbernya ({NAMA_SITUS}). Templat ini bukan nasihat hukum; sesuaikan dengan "
            "keadaan Anda dan mintalah pendapat advokat untuk transaksi yang besar atau rumit.")],
            "catatan"))
        return blok

    def _jadwal(self) -> list[Blok]:
        kolom = ("Termin", "Tahap atau keluaran", "Porsi", "Nilai sebelum PPN", "PPN",
                 "PPh dipotong", "Dibayar ke Pihak Kedua", "Perkiraan tanggal")
        judul, nomor = "Jadwal Pembayaran", self.lampiran_jadwal
        if self.t.dwibahasa:
            kolom = tuple(f"{k} / {e}" for k, e in zip(kolom, (
                "Instalment", "Stage or deliverable", "Share", "Amount before VAT", "VAT",
                "Income tax withheld", "Paid to the Second Party", "Expected date")))
            judul += " / Payment Schedule"
            nomor += " / Annex " + nomor.split()[-1]
        blok: list[Blok] = [Judul(1, [Teks(judul)], nomor, "jadwal-pembayaran")]
        baris: list[list[list[Paragraf]]] = []

        def sel(x: str) -> list[Paragraf]:
            return [Paragraf([Teks(x)], "tabel")]

        def petunjuk(teks_id: str, teks_en: str) -> None:
            blok.append(Paragraf([Teks(teks_id)]))
            if self.t.dwibahasa:  # the annex instructions in both languages, as the clauses
                blok.append(Paragraf([Teks(teks_en, miring=True)]))

        if self.jadwal:
            petunjuk(
                "Jumlah pajak dihitung menurut aturan yang berlaku pada perkiraan tanggal "
                "pembayaran. Bila tanggal atau status pajak Pihak Kedua berubah, jumlahnya "
                "dihitung ulang menurut aturan pada saat pembayaran.",
                "Tax amounts are calculated under the rules applicable on the expected payment "
                "date. If that date or the Second Party's tax status changes, they are "
                "recalculated under the rules applicable at the time of payment.")
            total = {k: Decimal(0) for k in ("bruto", "ppn", "potongan_pph", "net_dibayar")}
            for r in self.jadwal:
                for k in total:
                    if getattr(r, k) is not None:
                        total[k] += getattr(r, k)
                tgl = r.tanggal
                baris.append([
                    sel(bersihkan(r.termin)), sel(bersihkan(r.keterangan)),
                    sel(persen(r.porsi) if r.porsi is not None else ""),
                    sel(_rp(r.bruto)), sel(_rp(r.ppn)), sel(_rp(r.potongan_pph)),
                    sel(_rp(r.net_dibayar)),
                    sel(tanggal_id(tgl) if isinstance(tgl, date) else bersihkan(tgl or "")),
                ])
            baris.append([sel("Jumlah / Total" if self.t.dwibahasa else "Jumlah"), sel(""), sel(""), sel(_rp(total["bruto"])),
                          sel(_rp(total["ppn"])), sel(_rp(total["potongan_pph"])),
                          sel(_rp(total["net_dibayar"])), sel("")])
        else:
            petunjuk(
                "Isi satu baris untuk setiap termin: tahap atau Hasil Kerja yang menjadi syarat "
                "pembayarannya, porsinya dari Harga Kontrak, jumlahnya, PPN yang dipungut, PPh yang "
                "dipotong, jumlah yang dibayarkan, dan perkiraan tanggalnya.",
                "Fill in one row for each instalment: the stage or Deliverable on which its payment "
                "depends, its share of the Contract Price, its amount, the VAT collected, the income "
                "tax withheld, the amount paid, and its expected date.")
            for i in range(1, 4):
                baris.append([sel(str(i))] + [sel("") for _ in range(len(kolom) - 1)])
        blok.append(Tabel(baris, [[Paragraf([Teks(k, tebal=True)], "tabel")] for k in kolom],
                          (9, 20, 8, 14, 11, 12, 14, 12), "garis", (2, 3, 4, 5, 6)))
        return blok


def _rp(x: Decimal | None) -> str:
    return rupiah(x) if x is not None else ""


def _huruf(n: int) -> str:
    teks = ""
    while n:
        n, sisa = divmod(n - 1, 26)
        teks = chr(ord("a") + sisa) + teks
    return teks


def _ringkas(tempat: list[str]) -> list[str]:
    return list(dict.fromkeys(tempat))


def _ruas_tebal(teks: str) -> list[tuple[bool, str]]:
    """Split at ``**`` markers into (bold?, text) runs; an unpaired marker stays literal."""
    if teks.count("**") < 2:
        return [(False, teks)]
    potongan = teks.split("**")
    if len(potongan) % 2 == 0:  # odd number of markers: the last one is literal
        potongan[-2:] = [potongan[-2] + "**" + potongan[-1]]
    return [(i % 2 == 1, p) for i, p in enumerate(potongan) if p]


def _gabung(isi: list[Potongan]) -> list[Potongan]:
    """Join neighbouring plain texts of the same weight."""
    hasil: list[Potongan] = []
    for p in isi:
        if (hasil and isinstance(p, Teks) and isinstance(hasil[-1], Teks)
                and (p.tebal, p.miring) == (hasil[-1].tebal, hasil[-1].miring)):
            hasil[-1] = Teks(hasil[-1].teks + p.teks, p.tebal, p.miring)
        else:
            hasil.append(p)
    return hasil


def _tabel_dwibahasa(a: Blok, b: Blok) -> Tabel:
    """Merge the Indonesian and English versions of one table cell by cell."""
    if not isinstance(a, Tabel):
        return b if isinstance(b, Tabel) else Tabel([])
    if not isinstance(b, Tabel):
        return a

    def gabung(x: list | None, y: list | None) -> list | None:
        if x is None:
            return None
        y = y or []
        return [sx + [Paragraf([_miring(p) for p in q.isi], q.gaya, q.nomor, q.tingkat)
                      for q in (y[i] if i < len(y) else [])]
                for i, sx in enumerate(x)]

    baris = [gabung(r, b.baris[i] if i < len(b.baris) else None) for i, r in enumerate(a.baris)]
    return Tabel(baris, gabung(a.kepala, b.kepala), a.lebar, a.gaya, a.angka_kanan, a.ruang_ttd)


def _miring(p: Potongan) -> Potongan:
    if isinstance(p, Teks):
        return Teks(p.teks, p.tebal, True)
    return p


def rakit(templat: Templat | str, pustaka: Pustaka | None = None, *, isian: dict | None = None,
          varian: dict | None = None, sertakan: dict | None = None,
          jadwal: list[BarisJadwal] | None = None, sampul: bool = True) -> Dokumen:
    """The assembled document of ``templat`` filled with ``isian`` (variable -> raw text)."""
    return Perakit(templat, pustaka, isian=isian, varian=varian, sertakan=sertakan,
                   jadwal=jadwal).dokumen(sampul)


def teks_klausul(k: Klausul, varian: str | None = None, pustaka: Pustaka | None = None,
                 bahasa: str = "id") -> str:
    """A clause on its own, as plain text to copy: sub-clauses numbered (1), (2) ...; placeholders
    as ``[[nama]]`` exactly as in the library; references as ``[Pasal judul-klausul]``."""
    pustaka = pustaka or pustaka_bawaan()
    baris: list[str] = []
    ayat = butir = subbutir = 0
    for b in urai(k.teks(varian, bahasa)):
        teks = _rujukan_lepas(b.teks, pustaka, bahasa) if b.jenis != "tabel" else ""
        if b.jenis == "ayat":
            ayat += 1
            butir = subbutir = 0
            baris.append(f"({ayat}) {teks}")
        elif b.jenis == "butir":
            butir += 1
            subbutir = 0
            baris.append(f"   {_huruf(butir)}. {teks}")
        elif b.jenis == "subbutir":
            subbutir += 1
            baris.append(f"      {subbutir}) {teks}")
        elif b.jenis == "peluru":
            baris.append(f"   - {teks}")
        elif b.jenis == "tabel":
            for r in b.baris:
                baris.append("| " + " | ".join(_rujukan_lepas(s, pustaka, bahasa) for s in r) + " |")
        else:
            baris.append(teks)
    return "\n".join(baris)


def _rujukan_lepas(teks: str, pustaka: Pustaka, bahasa: str) -> str:
    def ganti(m: re.Match) -> str:
        r = POLA_RUJUKAN.fullmatch(m.group(1))
        if not r:
            return m.group(0)
        k = pustaka.klausul.get(r.group(1))
        judul = (k.judul_en or k.judul) if (k and bahasa == "en") else (k.judul if k else r.group(1))
        return f"[Article on {judul}]" if bahasa == "en" else f"[Pasal tentang {judul}]"
    return POLA_TANDA.sub(ganti, "".join(r for _, r in _ruas_tebal(teks)))


__all__ = ["rakit", "Perakit", "BarisJadwal", "urai", "teks_klausul", "bersihkan", "tanggal_en"]
