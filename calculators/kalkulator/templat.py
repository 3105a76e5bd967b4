"""Pembuat templat: fill a contract template in the browser and download it as .docx and Markdown.

Inputs: the template id, the cover-page variables (one field each, named after the variable),
a variant per clause that has several (``varian_<clause_id>``), whether to keep each optional
clause (``sertakan_<clause_id>``), and for templates with a payment schedule the instalments
(``jadwal_termin``) with the provider's tax status. The result is the assembled document as an
HTML preview plus ``unduhan``: the filled .docx and .md, made by the same writers as the site's
downloads. Nothing leaves the browser.

The payment schedule never computes tax itself: each instalment goes through the ``pph23``
calculator (PPN on the invoice, PPh 23 withheld, the transfer), dated on the instalment's date.
A list of rows already computed by a schedule calculator (keys ``termin``, ``keterangan`` or
``deliverable``, ``tanggal``, ``bruto``, ``ppn``, ``potongan_pph``, ``net_dibayar``) is taken
as it is.
"""
from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape
from typing import Any

from ..format import persen, rupiah, tanggal_id
from ..hasil import Hasil, Langkah
from ..kontrak import Pustaka, pustaka
from ..kontrak.docx import MIME as MIME_DOCX
from ..kontrak.docx import docx
from ..kontrak.html import html
from ..kontrak.isian import periksa
from ..kontrak.markdown import markdown
from ..kontrak.rakit import BarisJadwal, Perakit
from ..masukan import Jenis, NilaiTidakSah, Pilihan, Teks, YaTidak, baca_angka, baca_tanggal
from ..pembulatan import bulat_rupiah
from . import Baris, Kalkulator

MAKS_TERMIN = 24
DASAR_JADWAL = "KUHPerdata Pasal 1338 ayat (1): jadwal pembayaran yang disepakati mengikat para pihak"


def kunci_varian(klausul_id: str) -> str:
    return "varian_" + klausul_id.replace("-", "_")


def kunci_sertakan(klausul_id: str) -> str:
    return "sertakan_" + klausul_id.replace("-", "_")


@dataclass(frozen=True)
class BarisTermin:
    keterangan: str
    persen: Decimal | None = None
    tanggal: date | None = None
    # already computed by a schedule calculator
    termin: str = ""
    bruto: Decimal | None = None
    ppn: Decimal | None = None
    potongan_pph: Decimal | None = None
    net_dibayar: Decimal | None = None


def _desimal(x: Any, baris: int, nama: str) -> Decimal | None:
    if x is None or (isinstance(x, str) and not x.strip()):
        return None
    try:
        return Decimal(str(x)) if isinstance(x, (int, float, Decimal)) else baca_angka(str(x))
    except (NilaiTidakSah, ArithmeticError):
        raise NilaiTidakSah(f"Baris {baris}: {nama} “{x}” bukan angka.") from None


def _tanggal(x: Any, baris: int) -> date | None:
    if x is None or (isinstance(x, str) and not x.strip()):
        return None
    try:
        return baca_tanggal(x)
    except NilaiTidakSah as e:
        raise NilaiTidakSah(f"Baris {baris}: {e}") from None


@dataclass(frozen=True)
class JadwalTermin(Jenis):
    """Instalments, one a line: ``uraian; persen; tanggal`` (date optional), e.g.
    ``Uang muka; 30; 2026-12-01``. Or a JSON list of objects (from a schedule calculator)."""

    wajib: bool = False

    def kosong(self, mentah: Any) -> bool:
        if isinstance(mentah, (list, tuple)):
            return not mentah
        return super().kosong(mentah)

    def baca(self, mentah: Any) -> list[BarisTermin]:
        if isinstance(mentah, str) and mentah.strip().startswith("["):
            try:
                mentah = json.loads(mentah)
            except json.JSONDecodeError:
                raise NilaiTidakSah("Daftar termin dalam format JSON tidak sah.") from None
        hasil: list[BarisTermin] = []
        if isinstance(mentah, (list, tuple)):
            for i, r in enumerate(mentah, 1):
                if not isinstance(r, dict):
                    raise NilaiTidakSah(f"Baris {i}: harus berupa objek.")
                ket = str(r.get("keterangan") or r.get("deliverable") or r.get("uraian") or "").strip()
                hasil.append(BarisTermin(
                    keterangan=ket or f"Termin {i}",
                    persen=_desimal(r.get("persen"), i, "persen"),
                    tanggal=_tanggal(r.get("tanggal"), i),
                    termin=str(r.get("termin") or ""),
                    bruto=_desimal(r.get("bruto"), i, "bruto"),
                    ppn=_desimal(r.get("ppn"), i, "PPN"),
                    potongan_pph=_desimal(r.get("potongan_pph"), i, "potongan PPh"),
                    net_dibayar=_desimal(r.get("net_dibayar"), i, "net dibayar"),
                ))
        elif isinstance(mentah, str):
            nomor = 0
            for baris in mentah.splitlines():
                if not baris.strip():
                    continue
                nomor += 1
                bagian = [b.strip() for b in baris.split(";")]
                if len(bagian) < 2 or not bagian[0]:
                    raise NilaiTidakSah(
                        f"Baris {nomor}: tulis uraian dan persen dipisah titik koma, misalnya "
                        "“Uang muka; 30” atau “Uang muka; 30; 2026-12-01”.")
                if len(bagian) > 3:
                    raise NilaiTidakSah(f"Baris {nomor}: paling banyak tiga bagian (uraian; persen; tanggal).")
                pct = _desimal(bagian[1].rstrip("%").strip(), nomor, "persen")
                if pct is None or not Decimal(0) < pct <= 100:
                    raise NilaiTidakSah(f"Baris {nomor}: persen harus lebih dari 0 dan paling besar 100.")
                hasil.append(BarisTermin(bagian[0], pct, _tanggal(bagian[2], nomor) if len(bagian) > 2 else None))
        else:
            raise NilaiTidakSah("Isi satu termin per baris: uraian; persen; tanggal.")
        if len(hasil) > MAKS_TERMIN:
            raise NilaiTidakSah(f"Paling banyak {MAKS_TERMIN} termin.")
        return hasil


# ---------------------------------------------------------------------------------------------
# The inputs, built from the clause library: one field per variable of any template.

def _skema(p: Pustaka) -> tuple[dict[str, Jenis], dict[str, str]]:
    templat = [t.id for t in p.templat_urut()]  # complete templates only
    skema: dict[str, Jenis] = {
        "templat": Pilihan(pilihan=tuple(templat), bawaan=templat[0] if templat else None),
    }
    asal: dict[str, str] = {"templat": "templat"}
    for t in p.templat_urut():
        for v in p.variabel_semua_varian(t):
            if v not in skema:
                skema[v] = Teks(wajib=False, maks_panjang=5000)
                asal[v] = "variabel"
        for b in t.bagian:
            k = p.klausul[b.klausul]
            if len(k.varian) > 1 and kunci_varian(k.id) not in skema:
                skema[kunci_varian(k.id)] = Pilihan(pilihan=("", *k.varian), wajib=False, bawaan="")
                asal[kunci_varian(k.id)] = "varian"
            if b.opsional and kunci_sertakan(k.id) not in skema:
                skema[kunci_sertakan(k.id)] = YaTidak(bawaan=True)
                asal[kunci_sertakan(k.id)] = "sertakan"
    for kunci, jenis in (("jadwal_termin", JadwalTermin()), ("pkp", YaTidak(bawaan=True)),
                         ("punya_npwp", YaTidak(bawaan=True))):
        if kunci in skema:
            raise RuntimeError(f"Nama variabel {kunci} bentrok dengan isian pembuat templat")
        skema[kunci] = jenis
        asal[kunci] = "jadwal"
    return skema, asal


MASUKAN, ASAL = _skema(pustaka())


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    p = pustaka()
    t = p.templat[m["templat"]]
    salah = []
    for v in p.variabel_semua_varian(t):
        nilai = m.get(v)
        if nilai:
            pesan = periksa(nilai, p.variabel[v].jenis)
            if pesan:
                salah.append({"kunci": v, "pesan": pesan})
    for b in t.bagian:
        pilih = m.get(kunci_varian(b.klausul))
        if pilih and pilih not in p.klausul[b.klausul].varian:
            salah.append({"kunci": kunci_varian(b.klausul), "pesan": "Varian ini tidak ada."})
    jadwal = m.get("jadwal_termin")
    if jadwal and t.lampiran.get("jadwal_pembayaran"):
        dihitung = [r for r in jadwal if r.bruto is None]
        if dihitung:
            if not m.get("nilai_kontrak"):
                salah.append({"kunci": "jadwal_termin", "pesan": (
                    "Isi nilai kontrak dulu: nilai tiap termin dihitung dari persennya.")})
            total = sum((r.persen or Decimal(0)) for r in dihitung)
            if total != 100:
                salah.append({"kunci": "jadwal_termin", "pesan": (
                    f"Jumlah persen semua termin {str(total).replace('.', ',')}%, padahal harus 100%.")})
            if not m.get("tanggal_perjanjian") and any(r.tanggal is None for r in dihitung):
                salah.append({"kunci": "jadwal_termin", "pesan": (
                    "Pajak dihitung menurut tanggal pembayaran: isi tanggal tiap termin (bagian ketiga "
                    "baris) atau isi tanggal perjanjian.")})
    return salah


def _jadwal(m: dict[str, Any], langkah: list[Langkah], peringatan: list[str]) -> list[BarisJadwal]:
    from .. import api  # the pph23 calculator; imported here to avoid an import cycle

    baris = m["jadwal_termin"]
    hasil: list[BarisJadwal] = []
    if all(r.bruto is not None for r in baris):
        for i, r in enumerate(baris, 1):
            hasil.append(BarisJadwal(r.termin or str(i), r.keterangan, r.persen, r.tanggal, r.bruto,
                                     r.ppn, r.potongan_pph, r.net_dibayar))
        langkah.append(Langkah("Jadwal termin diambil apa adanya dari kalkulator termin.", None,
                               DASAR_JADWAL, "teks"))
        return hasil
    nilai = baca_angka(m["nilai_kontrak"])
    tanggal_kontrak = baca_tanggal(m["tanggal_perjanjian"]) if m.get("tanggal_perjanjian") else None
    sisa = nilai
    for i, r in enumerate(baris, 1):
        bruto = bulat_rupiah(nilai * r.persen / 100) if i < len(baris) else sisa
        sisa -= bruto
        tanggal = r.tanggal or tanggal_kontrak
        pajak = api.hitung("pph23", {
            "bruto": str(bruto), "jenis_penghasilan": "jasa", "tanggal": tanggal.isoformat(),
            "pkp": "ya" if m["pkp"] else "tidak", "punya_npwp": "ya" if m["punya_npwp"] else "tidak",
        })
        k = pajak.keluaran
        hasil.append(BarisJadwal(str(i), r.keterangan, r.persen / 100, r.tanggal, bruto, k["ppn"],
                                 k["pph23"], k["net_dibayar"]))
        langkah.append(Langkah(
            f"Termin {i} ({r.keterangan}): {persen(r.persen / 100)} × {rupiah(nilai)} = {rupiah(bruto)}"
            + (" (termin terakhir menerima sisa pembulatan)" if i == len(baris) and len(baris) > 1 else "")
            + f"; PPN {rupiah(k['ppn'])}, PPh 23 dipotong {rupiah(k['pph23'])} ({persen(k['tarif'])}), "
            f"ditransfer {rupiah(k['net_dibayar'])}, menurut aturan pada {tanggal_id(tanggal)}.",
            k["net_dibayar"], "UU PPh Pasal 23 ayat (1); UU PPN Pasal 7 (lihat Kalkulator PPh 23)"))
        if r.tanggal is None:
            peringatan.append(
                f"Termin {i} belum bertanggal; pajaknya dihitung dengan aturan pada tanggal perjanjian.")
    return hasil


def hitung(m: dict[str, Any]) -> Hasil:
    p = pustaka()
    t = p.templat[m["templat"]]
    varian = {b.klausul: m[kunci_varian(b.klausul)] for b in t.bagian
              if m.get(kunci_varian(b.klausul))}
    sertakan = {b.klausul: bool(m.get(kunci_sertakan(b.klausul), True)) for b in t.bagian if b.opsional}
    nama_var = p.variabel_templat(t, sertakan, varian)
    isian = {v: m[v] for v in nama_var if m.get(v)}
    langkah: list[Langkah] = []
    peringatan: list[str] = []
    jadwal = None
    if t.lampiran.get("jadwal_pembayaran") and m.get("jadwal_termin"):
        jadwal = _jadwal(m, langkah, peringatan)
        if "jumlah_termin" in nama_var and "jumlah_termin" not in isian:
            isian["jumlah_termin"] = str(len(jadwal))  # the schedule says how many
    perakit = Perakit(t, p, isian=isian, varian=varian, sertakan=sertakan, jadwal=jadwal)
    dok = perakit.dokumen()
    md = markdown(dok)
    berkas = docx(dok)
    kosong = [v for v in nama_var if v not in isian]
    keluaran = {
        "templat": t.id,
        "judul": t.judul,
        "versi": t.versi,
        "jumlah_isian": len(nama_var),
        "isian_terisi": len(nama_var) - len(kosong),
        "isian_kosong": [p.variabel[v].label for v in kosong],
        "varian": {k: v for k, v in varian.items()},
        "unduhan": [
            {"nama": f"{t.nama_berkas}.docx", "mime": MIME_DOCX,
             "base64": base64.b64encode(berkas).decode("ascii"), "label": "Unduh .docx (Word)"},
            {"nama": f"{t.nama_berkas}.md", "mime": "text/markdown", "teks": md,
             "label": "Unduh .md (Markdown)"},
        ],
    }
    if jadwal:
        keluaran["jadwal"] = [
            {"termin": r.termin, "keterangan": r.keterangan, "tanggal": r.tanggal, "bruto": r.bruto,
             "ppn": r.ppn, "potongan_pph": r.potongan_pph, "net_dibayar": r.net_dibayar}
            for r in jadwal]
    hasil = Hasil(keluaran=keluaran, langkah=langkah, peringatan=peringatan)
    hasil._dokumen = dok  # for tampilan(): not part of the JSON result
    return hasil


def tampilan(hasil: Hasil) -> str:
    k = hasil.keluaran
    dok = getattr(hasil, "_dokumen", None)
    kosong = k["isian_kosong"]
    bagian = [
        '<div class="bja-pembuat-ringkas">',
        f'<p><strong>{escape(k["judul"])}</strong>, versi {escape(k["versi"])}: '
        f'<span data-kunci="isian_terisi">{k["isian_terisi"]}</span> dari {k["jumlah_isian"]} isian terisi.</p>',
    ]
    if kosong:
        bagian.append(
            f'<details class="bja-kosong"><summary>{len(kosong)} isian belum diisi; di dokumen '
            "ditandai kurung siku dan warna kuning</summary><ul>"
            + "".join(f"<li>{escape(x)}</li>" for x in kosong) + "</ul></details>")
    for p in hasil.peringatan:
        bagian.append(f'<p class="bja-catatan-jadwal">{escape(p)}</p>')
    if hasil.langkah:
        bagian.append('<details class="bja-rincian"><summary>Perhitungan jadwal pembayaran</summary><ol>'
                      + "".join(f"<li>{escape(l.teks)}<br><small>Dasar: {escape(l.dasar_hukum)}</small></li>"
                                for l in hasil.langkah) + "</ol></details>")
    bagian.append("</div>")
    if dok is not None:
        bagian.append('<div class="bja-pratinjau" tabindex="0" role="region" '
                      'aria-label="Pratinjau dokumen">' + html(dok, 3, sampul=False) + "</div>")
    bagian.append('<p class="bja-unduh-petunjuk">Pratinjau tanpa lembar isian. Berkas unduhan (tombolnya '
                  "muncul di bawah setelah mesin Python siap) memuat lembar isian dan naskah lengkap; "
                  "berkas dibuat di peramban Anda dan isiannya tidak dikirim ke mana pun.</p>")
    return "".join(bagian)


KALKULATOR = Kalkulator(
    nama="templat",
    judul="Pembuat templat kontrak",
    masukan=MASUKAN,
    hitung=hitung,
    ringkasan=(
        Baris("Templat", "judul", "teks"),
        Baris("Isian terisi", "isian_terisi", "angka"),
    ),
    aturan=aturan,
    # the builder starts from a blank template; yes/no questions start at their defaults
    contoh=({"templat": MASUKAN["templat"].bawaan,
             **{k: "ya" for k, asal in ASAL.items() if asal == "sertakan" or k in ("pkp", "punya_npwp")}}
            if MASUKAN["templat"].bawaan else {}),
    tampilan=tampilan,
)
