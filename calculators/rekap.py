"""A month of payments in one go: every payment's withholding, the totals, the deposits with their
deadlines, and the Coretax XML of the slips.

Input: the withholder (``pemotong``: 16-digit NPWP, 22-digit NITKU, name) and a list of rows, each
with the keys of the ``pembayaran`` calculator (read exactly as that calculator reads them: the same
schema and the same rules, so every figure of a row is that calculator's answer for the row) plus
the slip's identity keys (``KUNCI_IDENTITAS``: payee NPWP/NIK, NITKU, name, document number, date
and kind, tax-object code, and for non-residents country, address, passport ..., DGT receipt number).
``baca_csv`` turns a spreadsheet saved as CSV into such rows.

Output (``rekap``), JSON-ready:

- ``baris``: one entry per row, in order, never dropped: ``nomor``, every ``pembayaran`` output,
  ``galat`` (``{kunci, pesan}``: why the row could not be computed or cannot become a slip) and
  ``catatan`` (``{kunci, pesan}``: warnings that do not stop it, e.g. a duplicate invoice number);
- ``jumlah``: totals of the rows that could be computed; ``setoran``: one line per tax and tax month
  with the amount and the deposit and filing deadlines. A row whose only problem is its slip (no
  tax-object code, a wrong NITKU ...) still counts here: the tax is owed whatever the slip;
- ``coretax``: one XML document per slip kind present (``bppu``, ``bp21``, ``bpnr``, ``bp26``), built
  from the rows without ``galat``, one slip per payee, tax-object code and month; ``bukti_potong``
  lists those slips with the rows they came from.

Pure: no clock (a row in a month after ``tanggal_acuan``, which the caller passes, gets a message),
no file access (the CLI reads the file; ``baca_csv`` takes its bytes or text).
"""
from __future__ import annotations

import csv
import difflib
import io
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from . import coretax
from .format import BULAN, angka, tanggal_id
from .hasil import Hasil, ke_json
from .jatuh_tempo import ATURAN, jatuh_tempo
from .masukan import KesalahanMasukan, NilaiTidakSah, Pilihan, Skema, Tanggal, Teks, baca, baca_tanggal
from .parameter import TanggalTidakDicakup
from .pembayaran_jasa import NAMA_PAJAK, SKEMA, TEMPO, PembayaranJasa, RincianPembayaran, aturan_masukan, pembayaran_jasa

#: At most this many payment rows, and this many bytes, in one recap: a bigger file is refused whole
#: (with a message saying how to split it), never cut silently.
BATAS_BARIS = 10_000
BATAS_BYTE = 10 * 1024 * 1024

KUNCI_IDENTITAS: Skema = {
    "npwp_penerima": Teks(wajib=False, bawaan="", maks_panjang=80),  # room for coretax.TANDA_SEL_ANGKA
    "nitku_penerima": Teks(wajib=False, bawaan="", maks_panjang=80),
    "nama_penerima": Teks(wajib=False, bawaan="", maks_panjang=200),
    "nomor_dokumen": Teks(wajib=False, bawaan="", maks_panjang=100),
    "tanggal_dokumen": Tanggal(wajib=False),
    "jenis_dokumen_bukti": Pilihan(pilihan=coretax.jenis_dokumen_bukti(), bawaan="", wajib=False),
    "kode_objek_pajak": Teks(wajib=False, bawaan="", maks_panjang=20),
    "negara_penerima": Teks(wajib=False, bawaan="", maks_panjang=10),
    "alamat_penerima": Teks(wajib=False, bawaan="", maks_panjang=500),
    "tanggal_lahir_penerima": Tanggal(wajib=False),
    "tempat_lahir_penerima": Teks(wajib=False, bawaan="", maks_panjang=100),
    "paspor_penerima": Teks(wajib=False, bawaan="", maks_panjang=40),
    "kitas_penerima": Teks(wajib=False, bawaan="", maks_panjang=40),
    "nomor_dgt": Teks(wajib=False, bawaan="", maks_panjang=60),
}
#: Every column a row may have.
KUNCI_BARIS = (*SKEMA, *KUNCI_IDENTITAS)
#: Totals over the computed rows (public output keys of ``pembayaran``).
KUNCI_JUMLAH = ("bruto", "pph21", "pph23", "pph26", "pph4_2", "pph_final", "ppn", "ppn_jasa_luar_negeri",
                "total_faktur", "net_dibayar", "disetor_pemotong", "bea_meterai_total")
KUNCI_MASUKAN = ("pemotong", "pembayaran", "tanggal_acuan")


class KesalahanBerkas(ValueError):
    """The input itself cannot be read (not a row's problem): a list of ``{kunci, pesan}``."""

    def __init__(self, kesalahan: list[dict[str, str]]):
        super().__init__("; ".join(k["pesan"] for k in kesalahan))
        self.kesalahan = kesalahan


def _galat(pesan: str, kunci: str = "") -> KesalahanBerkas:
    return KesalahanBerkas([{"kunci": kunci, "pesan": pesan}])


def _mb(n: int) -> str:
    return f"{angka(Decimal(n) / (1024 * 1024), 1)} MB"


# --- reading a CSV file ------------------------------------------------------------------------

@dataclass
class BerkasCsv:
    """The rows of a CSV file, with each row's line in the file and notes on how it was read."""

    baris: list[dict[str, str]]
    baris_berkas: list[int]
    catatan: list[str] = field(default_factory=list)
    pemisah: str = ","


def _kunci_kolom(teks: str) -> str:
    return teks.strip().strip("\ufeff").strip().lower()


def _pemisah(judul: str) -> str:
    """The delimiter that splits the header into the most known column names (comma, semicolon, tab)."""
    def skor(d: str) -> tuple[int, int]:
        kolom = next(csv.reader([judul], delimiter=d), [])
        return sum(_kunci_kolom(k) in KUNCI_BARIS for k in kolom), len(kolom)
    return max((",", ";", "\t"), key=skor)


def periksa_ukuran(jumlah_byte: int) -> None:
    """``KesalahanBerkas`` for a file larger than ``BATAS_BYTE`` (refused whole, before reading it)."""
    if jumlah_byte > BATAS_BYTE:
        raise _galat(f"Berkas berukuran {_mb(jumlah_byte)}; paling besar {_mb(BATAS_BYTE)} sekali proses. "
                     f"Bagi berkas menjadi beberapa bagian (misalnya per masa pajak, paling banyak "
                     f"{angka(BATAS_BARIS)} baris) lalu proses satu per satu. Tidak ada baris yang dihitung.")


def baca_csv(data: bytes | str) -> BerkasCsv:
    """Rows from a CSV file as Excel, LibreOffice and Google Sheets save it: UTF-8 with or without BOM
    (else Windows-1252, with a note), comma, semicolon or tab between columns (a first line ``sep=;``
    is honoured), a header row of ``KUNCI_BARIS`` names (any case). Empty rows are skipped. Raises
    ``KesalahanBerkas`` for a file that cannot be read as such."""
    catatan: list[str] = []
    if isinstance(data, bytes):
        periksa_ukuran(len(data))
        try:
            teks = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            teks = data.decode("cp1252", errors="replace")
            catatan.append("Berkas bukan UTF-8; dibaca sebagai Windows-1252 (CSV biasa dari Excel). Periksa huruf "
                           "beraksen pada nama penerima; simpan sebagai \"CSV UTF-8\" agar pasti.")
    else:
        teks = data[1:] if data.startswith("\ufeff") else data
        if len(teks.encode("utf-8")) > BATAS_BYTE:
            raise _galat(f"Isian berukuran lebih dari {_mb(BATAS_BYTE)}; bagi menjadi beberapa bagian "
                         f"(paling banyak {angka(BATAS_BARIS)} baris). Tidak ada baris yang dihitung.")
    if "\x00" in teks:
        raise _galat("Berkas ini bukan teks CSV (berisi karakter nol); mungkin berkas XLSX atau PDF. Simpan "
                     "lembar kerja sebagai CSV lalu coba lagi.")
    if not teks.strip():
        raise _galat("Berkas kosong: tidak ada baris judul maupun baris pembayaran.")
    baris_teks = teks.splitlines()
    awal = 0
    while not baris_teks[awal].strip():
        awal += 1
    pemisah = None
    m = re.fullmatch(r"\s*sep=(.)\s*", baris_teks[awal])
    if m:
        pemisah, awal = m.group(1), awal + 1
        if awal >= len(baris_teks):
            raise _galat("Berkas hanya berisi baris sep=; tidak ada baris judul.")
    pemisah = pemisah or _pemisah(baris_teks[awal])
    pembaca = csv.reader(io.StringIO("\n".join(baris_teks[awal:])), delimiter=pemisah)
    try:
        judul = next(pembaca)
        kolom = [_kunci_kolom(k) for k in judul]
        _periksa_judul(kolom, baris_teks[awal])
        baris: list[dict[str, str]] = []
        nomor: list[int] = []
        kosong = 0
        for sel in pembaca:
            if not any(s.strip() for s in sel):
                kosong += 1
                continue
            if len(baris) >= BATAS_BARIS:
                raise _galat(f"Berkas berisi lebih dari {angka(BATAS_BARIS)} baris pembayaran; bagi menjadi beberapa "
                             "berkas (misalnya per masa pajak) lalu proses satu per satu. Tidak ada baris yang dihitung.")
            isi = {k: v for k, v in zip(kolom, sel) if k}
            # cells beyond the header, or under a column without a name: kept in the row's message
            lebih = [v for k, v in zip(kolom, sel) if not k and v.strip()] + [v for v in sel[len(kolom):] if v.strip()]
            if lebih:
                isi["__lebih__"] = "; ".join(lebih)
            baris.append(isi)
            nomor.append(pembaca.line_num + awal)
    except csv.Error as e:
        raise _galat(f"Berkas CSV rusak di baris {pembaca.line_num + awal}: {e}. Periksa tanda kutip pada sel itu.") from None
    if kosong:
        catatan.append(f"{angka(kosong)} baris kosong dilewati.")
    if not baris:
        catatan.append("Berkas hanya berisi baris judul; belum ada pembayaran untuk dihitung.")
    return BerkasCsv(baris, nomor, catatan, pemisah)


def _periksa_judul(kolom: list[str], judul: str) -> None:
    dikenal = [k for k in kolom if k in KUNCI_BARIS]
    if not dikenal:
        lain = next((c for c in "|:#" if c in judul), "")
        raise _galat("Baris judul tidak memuat nama kolom yang dikenal (misalnya tanggal, penerima, bruto). Kolom "
                     "harus dipisah koma atau titik koma" + (f"; berkas ini tampaknya memakai “{lain}”." if lain else ".")
                     + " Baris pertama harus berisi nama kolom.")
    salah = []
    for i, k in enumerate(kolom, 1):
        if not k:
            continue
        if k not in KUNCI_BARIS:
            mirip = difflib.get_close_matches(k, KUNCI_BARIS, n=1)
            salah.append({"kunci": k, "pesan": f"Kolom “{k}” (kolom ke-{i}) tidak dikenal."
                                               + (f" Maksudnya “{mirip[0]}”?" if mirip else "")})
        elif kolom.index(k) != i - 1:
            salah.append({"kunci": k, "pesan": f"Kolom “{k}” muncul dua kali (kolom ke-{kolom.index(k) + 1} dan ke-{i})."})
    if salah:
        raise KesalahanBerkas(salah)


def baca_masukan(data: Any) -> tuple[dict[str, Any], list[Any], str | None]:
    """(pemotong, rows, tanggal_acuan) from the CLI's JSON object; ``KesalahanBerkas`` when its shape is wrong."""
    if not isinstance(data, dict):
        raise _galat("Masukan harus berupa satu objek JSON: {\"pemotong\": {...}, \"pembayaran\": [...]}.")
    asing = [k for k in data if k not in KUNCI_MASUKAN]
    if asing:
        raise KesalahanBerkas([{"kunci": k, "pesan": f"Kolom “{k}” tidak dikenal; yang dikenal: "
                                                     f"{', '.join(KUNCI_MASUKAN)}."} for k in asing])
    baris = data.get("pembayaran")
    if not isinstance(baris, list):
        raise _galat("“pembayaran” harus berupa daftar baris pembayaran.", "pembayaran")
    if len(baris) > BATAS_BARIS:
        raise _galat(f"Ada {angka(len(baris))} baris pembayaran; paling banyak {angka(BATAS_BARIS)} sekali proses. "
                     "Bagi menjadi beberapa bagian. Tidak ada baris yang dihitung.", "pembayaran")
    pemotong = data.get("pemotong") or {}
    if not isinstance(pemotong, dict):
        raise _galat("“pemotong” harus berupa objek: {\"npwp\", \"nitku\", \"nama\"}.", "pemotong")
    asing = [k for k in pemotong if k not in ("npwp", "nitku", "nama")]
    if asing:
        raise KesalahanBerkas([{"kunci": f"pemotong.{k}", "pesan": f"Kolom pemotong “{k}” tidak dikenal; yang "
                                                                  "dikenal: npwp, nitku, nama."} for k in asing])
    acuan = data.get("tanggal_acuan")
    return pemotong, baris, None if acuan in (None, "") else str(acuan)


# --- one row ----------------------------------------------------------------------------------

@dataclass
class _Baris:
    nomor: int
    baris_berkas: int | None
    galat: list[dict[str, str]] = field(default_factory=list)
    catatan: list[dict[str, str]] = field(default_factory=list)
    p: PembayaranJasa | None = None
    r: RincianPembayaran | None = None
    idt: coretax.Identitas = field(default_factory=coretax.Identitas)
    slip: tuple[str, str] | None = None   # (kind, tax-object code) once in the XML


def _hitung_baris(nomor: int, data: Any, baris_berkas: int | None) -> _Baris:
    b = _Baris(nomor, baris_berkas)
    if not isinstance(data, dict):
        b.galat.append({"kunci": "", "pesan": "Baris ini harus berupa objek dengan nama kolom dan nilainya."})
        return b
    data = dict(data)
    lebih = data.pop("__lebih__", None)
    if lebih is not None:
        b.galat.append({"kunci": "", "pesan": f"Baris ini punya isi di luar kolom yang berjudul (isinya: {lebih}). "
                                              "Periksa pemisah kolom atau tanda kutip di baris ini."})
    identitas = {k: v for k, v in data.items() if k in KUNCI_IDENTITAS}
    bayar = {k: v for k, v in data.items() if k not in KUNCI_IDENTITAS}
    try:
        b.idt = coretax.Identitas(**baca(KUNCI_IDENTITAS, identitas))
    except KesalahanMasukan as e:
        b.galat.extend(e.kesalahan)
    try:
        nilai = baca(SKEMA, bayar, aturan_masukan)
    except KesalahanMasukan as e:
        b.galat.extend(e.kesalahan)
        return b
    p = PembayaranJasa.dari(nilai)
    if p.pembayaran_bulanan is not None:
        b.galat.append({"kunci": "pembayaran_bulanan", "pesan": "Satu baris rekap adalah satu pembayaran: tulis "
                                                                "pembayaran setiap bulan di barisnya sendiri."})
        return b
    try:
        b.p, b.r = p, pembayaran_jasa(p)
    except TanggalTidakDicakup as e:
        b.galat.append({"kunci": "tanggal", "pesan": str(e)})
    return b


def _hasil(b: _Baris, keluaran: dict[str, Any] | None, dengan_langkah: bool) -> dict[str, Any]:
    """One row of the output, already JSON-ready (``rekap`` does not convert the rows a second time)."""
    keluar: dict[str, Any] = {"nomor": b.nomor}
    if b.baris_berkas is not None:
        keluar["baris_berkas"] = b.baris_berkas
    if b.r is not None and keluaran is not None:
        # exactly what the pembayaran calculator answers: the same engine call, the same outputs
        # (the explanation steps are converted only when asked for: a month's recap does not show them)
        h = Hasil(keluaran=keluaran, langkah=list(b.r.langkah) if dengan_langkah else [],
                  peringatan=list(b.r.peringatan)).ke_json()
        if not dengan_langkah:
            h.pop("langkah")
        keluar.update(h)
    keluar["coretax"] = {"jenis": b.slip[0], "kode_objek_pajak": b.slip[1]} if b.slip else None
    keluar["galat"] = ke_json(b.galat)
    keluar["catatan"] = ke_json(b.catatan)
    return keluar


def _nama_bulan(tahun: int, bulan: int) -> str:
    return f"{BULAN[bulan - 1]} {tahun}"


def _periksa_bulan(semua: list[_Baris], acuan: date) -> None:
    for b in semua:
        if b.p is not None and (b.p.tanggal.year, b.p.tanggal.month) > (acuan.year, acuan.month):
            b.galat.append({"kunci": "tanggal", "pesan": (
                f"Masa pajak {_nama_bulan(b.p.tanggal.year, b.p.tanggal.month)} belum tiba (tanggal acuan "
                f"{tanggal_id(acuan)}). Periksa tanggal pembayarannya; bukti potong dibuat setelah pembayaran.")})


def _periksa_ganda(semua: list[_Baris]) -> None:
    kelompok: dict[tuple[str, str], list[_Baris]] = {}
    for b in semua:
        nomor = b.idt.nomor_dokumen.strip().lower()
        if nomor:
            penerima = coretax.angka_saja(b.idt.npwp_penerima) or b.idt.nama_penerima.strip().lower()
            kelompok.setdefault((penerima, nomor), []).append(b)
    for isi in kelompok.values():
        if len(isi) < 2:
            continue
        for b in isi:
            lain = ", ".join(str(x.nomor) for x in isi if x is not b)
            b.catatan.append({"kunci": "nomor_dokumen", "pesan": (
                f"Nomor dokumen “{b.idt.nomor_dokumen.strip()}” juga ada di baris {lain} untuk penerima yang sama. "
                "Pastikan tagihan ini tidak dibayar dua kali; bila memang beberapa pembayaran atas satu tagihan, "
                "abaikan catatan ini.")})


# --- the whole recap --------------------------------------------------------------------------

def _setoran(semua: list[_Baris]) -> list[dict[str, Any]]:
    jumlah: dict[tuple[str, str], dict[str, Any]] = {}
    for b in semua:
        if b.r is None:
            continue
        t = b.r
        masa = f"{b.p.tanggal.year:04d}-{b.p.tanggal.month:02d}"
        pos = [(t.jenis_pph, TEMPO[t.jenis_pph], t.pph, t.kode_setor_pph)]
        if t.ppn_jasa_luar_negeri:
            pos.append(("ppn_jasa_luar_negeri", "ppn_jasa_luar_negeri", t.ppn_jasa_luar_negeri, t.kode_setor_ppn))
        for pajak, jenis_tempo, nilai, kode in pos:
            if nilai <= 0:
                continue
            s = jumlah.setdefault((masa, pajak), {"pajak": pajak, "jenis_jatuh_tempo": jenis_tempo, "masa_pajak": masa,
                                                  "jumlah": Decimal(0), "baris": [], "kode_setor": []})
            s["jumlah"] += nilai
            s["baris"].append(b.nomor)
            if kode and kode not in s["kode_setor"]:  # one tax may have several KJS (jasa, royalti) before Coretax
                s["kode_setor"].append(kode)
    urutan = [*NAMA_PAJAK, "ppn_jasa_luar_negeri"]
    hasil = []
    for (masa, pajak), s in sorted(jumlah.items(), key=lambda x: (x[0][0], urutan.index(x[0][1]))):
        aturan_tempo = ATURAN[s["jenis_jatuh_tempo"]]
        s["nama"] = NAMA_PAJAK.get(pajak, "PPN jasa luar negeri")
        s["spt"] = aturan_tempo.spt
        try:
            jt = jatuh_tempo(masa, s["jenis_jatuh_tempo"])
            s.update({"jatuh_tempo_setor": jt.setor, "jatuh_tempo_lapor": jt.lapor, "pesan": ""})
        except TanggalTidakDicakup as e:
            s.update({"jatuh_tempo_setor": None, "jatuh_tempo_lapor": None, "pesan": str(e)})
        hasil.append(s)
    return hasil


def rekap(pembayaran: list[Any], pemotong: dict[str, Any] | None = None, tanggal_acuan: date | str | None = None,
          baris_berkas: list[int] | None = None, catatan: list[str] | None = None,
          dengan_langkah: bool = False) -> dict[str, Any]:
    """The recap of ``pembayaran`` (rows as the ``pembayaran`` calculator and ``KUNCI_IDENTITAS`` take
    them), JSON-ready. ``tanggal_acuan``: today for the caller; rows in a later month get a message
    (without it that check is skipped, and said so). ``baris_berkas``: each row's line in the file it
    came from. ``dengan_langkah``: include each row's explanation steps."""
    catatan = list(catatan or [])
    galat_umum: list[dict[str, str]] = []
    if len(pembayaran) > BATAS_BARIS:
        raise _galat(f"Ada {angka(len(pembayaran))} baris; paling banyak {angka(BATAS_BARIS)} sekali proses.")
    acuan: date | None = None
    if isinstance(tanggal_acuan, date):
        acuan = tanggal_acuan
    elif tanggal_acuan:
        try:
            acuan = baca_tanggal(tanggal_acuan)
        except NilaiTidakSah as e:
            raise _galat(f"Tanggal acuan: {e}", "tanggal_acuan") from None
    semua = [_hitung_baris(i, data, baris_berkas[i - 1] if baris_berkas else None)
             for i, data in enumerate(pembayaran, 1)]
    if acuan is not None:
        _periksa_bulan(semua, acuan)
    else:
        catatan.append("Tanggal acuan tidak diisi, jadi baris bertanggal masa pajak yang belum tiba tidak diperiksa.")
    _periksa_ganda(semua)

    # slips: the rows without problems, once the withholder is known
    pm = pemotong or {}
    if not any(str(pm.get(k) or "").strip() for k in ("npwp", "nitku", "nama")):
        galat_umum.append({"kunci": "pemotong.npwp", "pesan": "Isi NPWP pemotong (16 digit) untuk membuat XML Coretax; "
                                                              "perhitungan pajak di bawah tetap lengkap."})
        sah = None
    else:
        sah, salah, cat = coretax.pemotong_sah(coretax.Pemotong(str(pm.get("npwp") or ""), str(pm.get("nitku") or ""),
                                                                str(pm.get("nama") or "")))
        galat_umum.extend({"kunci": "pemotong", "pesan": s} for s in salah)
        catatan.extend(cat)
        sah = None if salah else sah
    xml: dict[str, str] = {}
    bukti_potong: list[dict[str, Any]] = []
    if sah is not None:
        isian: list[coretax.Isian] = []
        for b in semua:
            if b.r is None or b.galat:
                continue
            i, salah = coretax.isian(b.nomor, b.p, b.r, b.idt, sah)
            b.galat.extend(salah)
            if i is not None:
                b.catatan.extend(i.catatan)
                isian.append(i)
        bukti, salah_gabung = coretax.gabung(isian)
        for nomor, g in salah_gabung.items():
            semua[nomor - 1].galat.extend(g)
        for jenis in coretax.JENIS_BUKTI:
            dari = [x for x in bukti if x.jenis == jenis]
            if not dari:
                continue
            t = min(x.nilai["WithholdingDate"] for x in dari)
            xml[jenis] = coretax.xml(coretax.susunan(jenis, t), sah.npwp, dari)
            for x in dari:
                for n in x.nomor:
                    semua[n - 1].slip = (jenis, x.nilai["TaxObjectCode"])
                bukti_potong.append({
                    "jenis": jenis, "kode_objek_pajak": x.nilai["TaxObjectCode"],
                    "penerima": x.nilai["CounterpartTin"], "nama_penerima": semua[x.nomor[0] - 1].idt.nama_penerima,
                    "masa_pajak": f"{x.nilai['TaxPeriodYear']:04d}-{x.nilai['TaxPeriodMonth']:02d}",
                    "baris": x.nomor, "pph": x.pph, "pph_coretax": x.pph_coretax, "tarif": x.nilai["Rate"],
                    "catatan": x.catatan})

    dihitung = [b for b in semua if b.r is not None]
    keluaran = {b.nomor: b.r.keluaran() for b in dihitung}  # each row's outputs built once: rows and totals
    jumlah = {k: sum((x.get(k) or Decimal(0) for x in keluaran.values()), Decimal(0)) for k in KUNCI_JUMLAH}
    baris = [_hasil(b, keluaran.get(b.nomor), dengan_langkah) for b in semua]
    # the rows are JSON-ready already; the rest (totals, deposits, slips) is converted here
    return {"baris": baris, **ke_json({
        "jumlah": jumlah,
        "setoran": _setoran(semua),
        "coretax": xml,
        "bukti_potong": bukti_potong,
        "ringkasan": {"baris": len(semua), "dihitung": len(dihitung), "bergalat": sum(1 for b in semua if b.galat),
                      "bukti_potong": len(bukti_potong),
                      "bukti_potong_per_jenis": {j: sum(1 for bp in bukti_potong if bp["jenis"] == j)
                                                 for j in dict.fromkeys(bp["jenis"] for bp in bukti_potong)}},
        "galat": galat_umum,
        "catatan": catatan,
    })}


def rekap_csv(data: bytes | str, pemotong: dict[str, Any] | None = None, tanggal_acuan: date | str | None = None,
              dengan_langkah: bool = False) -> dict[str, Any]:
    """``rekap`` of a CSV file (``baca_csv``); ``KesalahanBerkas`` when the file cannot be read."""
    berkas = baca_csv(data)
    return rekap(berkas.baris, pemotong, tanggal_acuan, berkas.baris_berkas, berkas.catatan, dengan_langkah)
