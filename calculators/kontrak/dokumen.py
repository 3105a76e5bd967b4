"""The assembled document as plain data: what ``rakit`` produces and every writer renders.

Markdown, .docx and the HTML preview all walk the same list of blocks, so their text cannot
drift apart (a test compares the .docx text with the Markdown text). Text is always literal: the
writers escape it for their format; only the writers add markup.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Teks:
    teks: str
    tebal: bool = False
    miring: bool = False


@dataclass(frozen=True)
class Isian:
    """A placeholder: filled (``nilai``) or still open (``nilai is None``, shown as ``[label]``)."""

    kunci: str
    label: str           # what an open placeholder reads: "[nilai kontrak]"
    nilai: str | None = None
    tebal: bool = False

    @property
    def terisi(self) -> bool:
        return self.nilai is not None

    @property
    def teks(self) -> str:
        return self.nilai if self.nilai is not None else f"[{self.label}]"


Potongan = Union[Teks, Isian]


@dataclass
class Paragraf:
    isi: list[Potongan]
    gaya: str = "biasa"   # biasa | tengah | subjudul | catatan | tabel | petunjuk
    nomor: str = ""       # "5.1", "a.", "1)": written before the text, hanging
    tingkat: int = 0      # indentation level of a numbered paragraph (1 = ayat, 2 = butir ...)


@dataclass
class Judul:
    tingkat: int          # 0 = document title, 1 = article / main section, 2 = subsection
    isi: list[Potongan]
    nomor: str = ""       # "Pasal 5", "Lampiran 1": the first line of a two-line heading
    jangkar: str = ""


Sel = list[Paragraf]


@dataclass
class Tabel:
    baris: list[list[Sel]]
    kepala: list[Sel] | None = None
    lebar: tuple[int, ...] = ()   # relative column widths
    gaya: str = "garis"           # garis | polos (no borders) | ttd (signature block) | dwibahasa
    angka_kanan: tuple[int, ...] = ()  # columns aligned right (amounts)
    ruang_ttd: tuple[int, ...] = ()    # body rows that need room for a signature (and stamp)


@dataclass
class PindahHalaman:
    pass


Blok = Union[Judul, Paragraf, Tabel, PindahHalaman]


@dataclass
class Dokumen:
    id: str
    judul: str
    versi: str
    bahasa: str
    blok: list[Blok] = field(default_factory=list)
    kaki: str = ""          # footer line (besides the page number)
    terisi: dict[str, bool] = field(default_factory=dict)  # cover variable -> filled?
    tanggal: str = ""       # ISO date of the template version (document properties)
    awal_badan: int = 0     # index of the first block after the cover page (0: no cover page)

    def teks_polos(self) -> str:
        """All text in reading order, one block per line (for tests and search)."""
        baris: list[str] = []

        def potong(isi: list[Potongan]) -> str:
            return "".join(p.teks for p in isi)

        def paragraf(p: Paragraf) -> str:
            return (p.nomor + " " if p.nomor else "") + potong(p.isi)

        for b in self.blok:
            if isinstance(b, Judul):
                baris.append((b.nomor + " " if b.nomor else "") + potong(b.isi))
            elif isinstance(b, Paragraf):
                baris.append(paragraf(b))
            elif isinstance(b, Tabel):
                for r in ([b.kepala] if b.kepala else []) + b.baris:
                    for sel in r:
                        baris.extend(paragraf(p) for p in sel)
        return "\n".join(baris)
