"""Spreadsheets for the monthly recap page: cells pasted from Excel/Sheets/LibreOffice, CSV text and
XLSX files read into a table of text cells; the reader's headers matched to the recap's column names;
the results written back as XLSX and CSV (the original columns kept, the computed ones after them);
the empty template.

Pure except for openpyxl, which is imported only by the XLSX functions (on the page it is a wheel
loaded by the recap page alone). Every figure comes from ``calculators.rekap``; this module only
moves text between cells and the engine.
"""
from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from .coretax import TANDA_SEL_ANGKA
from .format import angka
from .rekap import BATAS_BARIS, KUNCI_BARIS, KesalahanBerkas

#: XLSX files larger than this are refused before openpyxl opens them (an XLSX is compressed: 20 MB
#: of XLSX is far more than the recap's row limit).
BATAS_BYTE_XLSX = 20 * 1024 * 1024 - 1

#: Common headers in Indonesian spreadsheets -> the recap's column. Compared after ``_normal``
#: (lower case, no punctuation, single spaces).
SINONIM: dict[str, str] = {
    "nama": "nama_penerima", "nama penerima": "nama_penerima", "nama vendor": "nama_penerima",
    "vendor": "nama_penerima", "nama rekanan": "nama_penerima", "rekanan": "nama_penerima",
    "nama penyedia": "nama_penerima", "penyedia": "nama_penerima", "nama wp": "nama_penerima",
    "npwp": "npwp_penerima", "nik": "npwp_penerima", "npwp nik": "npwp_penerima", "nik npwp": "npwp_penerima",
    "npwp penerima": "npwp_penerima", "tin": "npwp_penerima", "nitku": "nitku_penerima",
    "nilai": "bruto", "bruto": "bruto", "jumlah bruto": "bruto", "penghasilan bruto": "bruto",
    "nilai bruto": "bruto", "dpp": "bruto", "nilai tagihan": "bruto", "jumlah": "bruto", "nominal": "bruto",
    "harga": "bruto", "nilai jasa": "bruto", "honor": "bruto", "honorarium": "bruto",
    "tanggal": "tanggal", "tgl": "tanggal", "tanggal bayar": "tanggal", "tanggal pembayaran": "tanggal",
    "tgl bayar": "tanggal", "tanggal transaksi": "tanggal",
    "nomor invoice": "nomor_dokumen", "no invoice": "nomor_dokumen", "invoice": "nomor_dokumen",
    "nomor faktur": "nomor_dokumen", "no faktur": "nomor_dokumen", "nomor dokumen": "nomor_dokumen",
    "no dokumen": "nomor_dokumen", "nomor tagihan": "nomor_dokumen", "no tagihan": "nomor_dokumen",
    "nomor kuitansi": "nomor_dokumen", "no kuitansi": "nomor_dokumen",
    "tanggal invoice": "tanggal_dokumen", "tgl invoice": "tanggal_dokumen", "tanggal faktur": "tanggal_dokumen",
    "tanggal dokumen": "tanggal_dokumen", "tanggal tagihan": "tanggal_dokumen",
    "kode objek pajak": "kode_objek_pajak", "kop": "kode_objek_pajak", "kode objek": "kode_objek_pajak",
    "jenis penerima": "penerima", "status penerima": "penerima", "jenis jasa": "jenis_penghasilan",
    "jenis penghasilan": "jenis_penghasilan", "pkp": "pkp", "status pkp": "pkp", "punya npwp": "punya_npwp",
    "negara": "negara_penerima", "alamat": "alamat_penerima", "paspor": "paspor_penerima",
    "nomor dgt": "nomor_dgt", "skd": "nomor_dgt", "tarif p3b": "tarif_p3b", "bentuk badan": "bentuk_badan",
}

#: Computed columns added to the results file, after the reader's own (key in the row, header).
KOLOM_HASIL = (("jenis_pph", "hasil_jenis_pph"), ("pph", "hasil_pph"), ("ppn", "hasil_ppn"),
               ("net_dibayar", "hasil_net_dibayar"), ("disetor_pemotong", "hasil_disetor_pemotong"),
               ("bukti", "hasil_bukti_potong"), ("masalah", "hasil_masalah"))

#: The template: the recap's most used columns and one example row (a freelancer, tenaga ahli).
TEMPLAT = (
    ("tanggal", "05/03/2026"), ("penerima", "orang_pribadi"), ("jenis_penghasilan", "jasa_tenaga_ahli"),
    ("bruto", "15.000.000"), ("punya_npwp", "ya"), ("pkp", "tidak"), ("npwp_penerima", "3171234567890001"),
    ("nitku_penerima", ""), ("nama_penerima", "Ani Lestari"), ("nomor_dokumen", "INV-ANI-03"),
    ("tanggal_dokumen", "28/02/2026"), ("kode_objek_pajak", ""),
)


@dataclass
class Tabel:
    """A sheet as text: the header row and the data rows (each as long as the header or longer)."""

    judul: list[str]
    baris: list[list[str]]
    catatan: list[str] = field(default_factory=list)

    def ke_json(self) -> dict[str, Any]:
        return {"judul": self.judul, "baris": self.baris, "catatan": self.catatan,
                "pemetaan": cocokkan_judul(self.judul)}


def _galat(pesan: str) -> KesalahanBerkas:
    return KesalahanBerkas([{"kunci": "", "pesan": pesan}])


def _normal(teks: str) -> str:
    t = unicodedata.normalize("NFKC", str(teks)).strip().strip("\ufeff").lower()
    t = re.sub(r"[^0-9a-z]+", " ", t)
    return " ".join(t.split())


def cocokkan_judul(judul: list[str]) -> list[str]:
    """For each header, the recap column it most likely is ('' when none): our own key (any case,
    spaces for underscores), a common Indonesian header (``SINONIM``), or a close spelling. Each
    column is proposed once (the first header that matches it); the reader confirms on the page."""
    dipakai: set[str] = set()
    hasil = []
    kunci_normal = {_normal(k): k for k in KUNCI_BARIS}
    for j in judul:
        n = _normal(j)
        k = kunci_normal.get(n) or SINONIM.get(n)
        if not k and n:
            mirip = difflib.get_close_matches(n, [*kunci_normal, *SINONIM], n=1, cutoff=0.85)
            if mirip:
                k = kunci_normal.get(mirip[0]) or SINONIM[mirip[0]]
        if k in dipakai:
            k = ""
        if k:
            dipakai.add(k)
        hasil.append(k or "")
    return hasil


def _tanpa_kosong(judul: list[str], baris: list[list[str]], catatan: list[str]) -> Tabel:
    lebar = len(judul)
    while lebar and not judul[lebar - 1].strip() and not any(len(b) >= lebar and b[lebar - 1].strip() for b in baris):
        lebar -= 1
    judul = [j.strip() for j in judul[:lebar]]
    isi = []
    kosong = 0
    for b in baris:
        if not any(s.strip() for s in b):
            kosong += 1
            continue
        isi.append([*b[:lebar], *[""] * (lebar - len(b))] + [s for s in b[lebar:] if s.strip()])
    if kosong:
        catatan.append(f"{angka(kosong)} baris kosong dilewati.")
    if len(isi) > BATAS_BARIS:
        raise _galat(f"Lembar berisi {angka(len(isi))} baris pembayaran; paling banyak {angka(BATAS_BARIS)} sekali "
                     "proses. Bagi menjadi beberapa bagian (misalnya per masa pajak). Tidak ada baris yang dihitung.")
    if not isi:
        catatan.append("Lembar hanya berisi baris judul; belum ada pembayaran untuk dihitung.")
    return Tabel(judul, isi, catatan)


def baca_teks(teks: str) -> Tabel:
    """Cells pasted from a spreadsheet (tab between cells) or CSV text (comma or semicolon)."""
    teks = teks[1:] if teks.startswith("\ufeff") else teks
    if not teks.strip():
        raise _galat("Belum ada isian: tempel sel dari lembar kerja (termasuk baris judul) atau unggah berkas.")
    baris_teks = [b for b in teks.splitlines()]
    while not baris_teks[0].strip():
        baris_teks.pop(0)
    pertama = baris_teks[0]
    m = re.fullmatch(r"\s*sep=(.)\s*", pertama)
    if m:
        pemisah = m.group(1)
        baris_teks.pop(0)
        if not baris_teks:
            raise _galat("Isian hanya berisi baris sep=; tidak ada baris judul.")
    elif "\t" in pertama:
        pemisah = "\t"
    else:
        pemisah = max((";", ","), key=lambda d: sum(1 for k in next(csv.reader([pertama], delimiter=d))
                                                   if cocokkan_judul([k])[0]))
    try:
        semua = list(csv.reader(io.StringIO("\n".join(baris_teks)), delimiter=pemisah))
    except csv.Error as e:
        raise _galat(f"Isian tidak dapat dibaca: {e}. Periksa tanda kutip.") from None
    return _tanpa_kosong(semua[0], semua[1:], [])


def _teks_sel(v: Any) -> str:
    """A cell's value as the text a reader would type (Indonesian number format, dates as dd/mm/yyyy)."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "ya" if v else "tidak"
    if isinstance(v, datetime):
        return v.strftime("%d/%m/%Y") if v.time() == time(0) else v.strftime("%d/%m/%Y")
    if isinstance(v, date):
        return v.strftime("%d/%m/%Y")
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        try:
            d = Decimal(repr(v))
        except InvalidOperation:
            return str(v)
        d = d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()
        return format(d, "f").replace(".", ",")
    return str(v).strip()


def _rumus(data: bytes, lembar: str) -> set[tuple[int, int]]:
    """The cells of sheet ``lembar`` holding a formula (read again without ``data_only``, only when
    the file has formulas at all): a formula's cell read as empty has no value saved with it."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        if not any(b"<f" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")):
            return set()
    import openpyxl

    ws = openpyxl.load_workbook(io.BytesIO(data), data_only=False)[lembar]
    return {(c.row, c.column) for b in ws.iter_rows() for c in b if c.data_type == "f"}


def baca_xlsx(data: bytes) -> Tabel:
    """The first sheet of an XLSX file: formulas as their last computed values (``data_only``), a
    merged range's value in every cell of it (a vendor's name merged over its rows counts for each),
    the first non-empty row as the header. A file of ``BATAS_BYTE_XLSX`` or more is refused unread."""
    if len(data) > BATAS_BYTE_XLSX:
        raise _galat(f"Berkas berukuran {angka(Decimal(len(data)) / (1024 * 1024), 1)} MB; berkas XLSX paling besar "
                     f"{angka(Decimal(BATAS_BYTE_XLSX + 1) / (1024 * 1024))} MB. Hapus lembar lain atau bagi per masa "
                     "pajak, lalu unggah lagi. Tidak ada baris yang dihitung.")
    if not data.startswith(b"PK"):
        raise _galat("Berkas ini bukan XLSX (Excel 2007 ke atas). Simpan sebagai .xlsx atau CSV lalu unggah lagi.")
    import openpyxl  # only here: a wheel the recap page alone loads
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=False)
    except (InvalidFileException, KeyError, ValueError, OSError, Exception) as e:  # noqa: BLE001 - any broken file
        raise _galat(f"Berkas XLSX tidak dapat dibuka ({type(e).__name__}). Buka di Excel atau LibreOffice, simpan "
                     "ulang sebagai .xlsx, lalu unggah lagi.") from None
    ws = wb.worksheets[0]
    catatan = []
    if len(wb.worksheets) > 1:
        catatan.append(f"Berkas berisi {len(wb.worksheets)} lembar; hanya lembar pertama (“{ws.title}”) yang dibaca.")
    nilai: dict[tuple[int, int], Any] = {}
    gabung = list(ws.merged_cells.ranges)
    for r in gabung:
        v = ws.cell(r.min_row, r.min_col).value
        for baris in range(r.min_row, r.max_row + 1):
            for kolom in range(r.min_col, r.max_col + 1):
                nilai[(baris, kolom)] = v
    if gabung:
        catatan.append(f"{angka(len(gabung))} rentang sel gabungan: nilainya dipakai untuk setiap sel di dalamnya. "
                       "Periksa hasilnya.")
    rumus = _rumus(data, ws.title)
    rumus_kosong = 0
    persen = 0
    semua: list[list[str]] = []
    numerik: list[list[bool]] = []  # which cells the workbook stores as numbers
    for baris in ws.iter_rows():
        isi, jenis = [], []
        for sel in baris:
            v = nilai.get((sel.row, sel.column), sel.value)
            if v is None and (sel.row, sel.column) in rumus:
                rumus_kosong += 1
            angka_ = isinstance(v, (int, float)) and not isinstance(v, bool)
            if angka_ and "%" in (sel.number_format or ""):
                # what the reader sees: 0,02 formatted as a percentage is "2%" (then refused in an amount column)
                d = (Decimal(repr(v)) * 100).normalize()
                isi.append(format(d.quantize(Decimal(1)) if d == d.to_integral_value() else d, "f").replace(".", ",") + "%")
                persen += 1
            else:
                isi.append(_teks_sel(v))
            jenis.append(angka_)
        semua.append(isi)
        numerik.append(jenis)
        if len(semua) > BATAS_BARIS + 1000:
            break
    while semua and not any(s.strip() for s in semua[0]):
        semua.pop(0)
        numerik.pop(0)
    if not semua:
        raise _galat("Lembar pertama berkas XLSX kosong: tidak ada baris judul maupun baris pembayaran.")
    # A title above the table ("Daftar pembayaran Maret"): the header is the row among the first ten
    # whose cells name the most recap columns.
    awal = max(range(min(10, len(semua))), key=lambda i: (sum(1 for k in cocokkan_judul(semua[i]) if k), -i))
    if awal:
        catatan.append(f"{angka(awal)} baris di atas baris judul (baris ke-{angka(awal + 1)} yang tidak kosong) dilewati.")
        semua, numerik = semua[awal:], numerik[awal:]
    # An NPWP, NIK or NITKU kept as a number has lost digits (Excel keeps 15): mark it, so that its row
    # says so instead of using the number.
    identitas = [i for i, k in enumerate(cocokkan_judul(semua[0])) if k in ("npwp_penerima", "nitku_penerima")]
    ditandai = 0
    for isi, jenis in zip(semua[1:], numerik[1:]):
        for i in identitas:
            if i < len(isi) and jenis[i] and isi[i].strip():
                isi[i] += TANDA_SEL_ANGKA
                ditandai += 1
    if ditandai:
        catatan.append(f"{angka(ditandai)} sel NPWP/NIK/NITKU tersimpan sebagai angka; barisnya ditandai. Ketik ulang "
                       "nomornya atau format kolom itu sebagai Teks di Excel.")
    if persen:
        catatan.append(f"{angka(persen)} sel berformat persen dibaca sebagaimana tampil (misalnya 2%).")
    if rumus_kosong:
        catatan.append(f"{angka(rumus_kosong)} sel berisi rumus tanpa nilai tersimpan; buka dan simpan berkas di Excel "
                       "agar nilainya ikut tersimpan.")
    return _tanpa_kosong(semua[0], semua[1:], catatan)


def baris_rekap(judul: list[str], baris: list[list[str]], pemetaan: list[str]) -> list[dict[str, str]]:
    """The recap's rows from a table and the reader's mapping (one recap column or '' per header).
    Cells under unmapped columns are left out; cells beyond the header go to ``__lebih__`` (the
    engine reports them)."""
    if len(pemetaan) != len(judul):
        raise _galat("Pemetaan kolom tidak lengkap; muat ulang isian.")
    dua = [k for k in set(pemetaan) if k and pemetaan.count(k) > 1]
    if dua:
        raise _galat("Kolom " + ", ".join(f"“{k}”" for k in sorted(dua)) + " dipetakan lebih dari sekali; pilih satu "
                     "kolom untuk masing-masing.")
    asing = [k for k in pemetaan if k and k not in KUNCI_BARIS]
    if asing:
        raise _galat(f"Kolom tujuan tidak dikenal: {', '.join(asing)}.")
    hasil = []
    for b in baris:
        isi = {k: v for k, v in zip(pemetaan, b) if k and str(v).strip()}
        lebih = [v for v in b[len(judul):] if str(v).strip()]
        if lebih:
            isi["__lebih__"] = "; ".join(lebih)
        hasil.append(isi)
    return hasil


def kolom_hasil(b: dict[str, Any]) -> list[Any]:
    """The computed cells of one row of ``rekap`` output, in ``KOLOM_HASIL`` order."""
    jenis = {"PPh 21": "pph21", "PPh 23": "pph23", "PPh 26": "pph26"}
    pph = None
    if "bruto" in b:
        kunci = jenis.get(b.get("jenis_pph"))
        pph = b.get(kunci) if kunci else (b.get("pph4_2") or b.get("pph_final") or 0)
    masalah = "; ".join(g["pesan"] for g in b.get("galat", []))
    return [b.get("jenis_pph", ""), pph, b.get("ppn"), b.get("net_dibayar"), b.get("disetor_pemotong"),
            (b.get("coretax") or {}).get("jenis", "").upper(), masalah]


def _tabel_hasil(judul: list[str], baris: list[list[str]], hasil: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
    kepala = [*judul, *(h for _, h in KOLOM_HASIL)]
    isi = [[*b[:len(judul)], *[""] * (len(judul) - len(b[:len(judul)])), *kolom_hasil(r)]
           for b, r in zip(baris, hasil["baris"])]
    return kepala, isi


def _rupiah_sel(v: Any) -> str:
    return "" if v is None else angka(Decimal(str(v))) if isinstance(v, (int, Decimal)) else str(v)


def tulis_csv(judul: list[str], baris: list[list[str]], hasil: dict[str, Any]) -> str:
    """The results as CSV text: the reader's columns, then ``KOLOM_HASIL`` (semicolon between cells,
    Indonesian numbers, as Excel in an Indonesian locale opens it)."""
    kepala, isi = _tabel_hasil(judul, baris, hasil)
    keluar = io.StringIO()
    w = csv.writer(keluar, delimiter=";", lineterminator="\r\n")
    w.writerow(kepala)
    for b in isi:
        w.writerow([_rupiah_sel(v) for v in b])
    return "\ufeff" + keluar.getvalue()


def _buku(kepala: list[str], isi: list[list[Any]], judul_lembar: str) -> bytes:
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = judul_lembar
    ws.append(kepala)
    for sel in ws[1]:
        sel.font = Font(bold=True)
    for b in isi:
        ws.append([int(v) if isinstance(v, Decimal) and v == v.to_integral_value() else v for v in b])
    ws.freeze_panes = "A2"
    for i, k in enumerate(kepala, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = max(12, min(40, len(k) + 2))
    keluar = io.BytesIO()
    wb.save(keluar)
    return keluar.getvalue()


def tulis_xlsx(judul: list[str], baris: list[list[str]], hasil: dict[str, Any]) -> bytes:
    """The results as an XLSX file: the reader's columns as text, then ``KOLOM_HASIL`` (amounts as numbers)."""
    kepala, isi = _tabel_hasil(judul, baris, hasil)
    return _buku(kepala, [[Decimal(str(v)) if isinstance(v, int) and not isinstance(v, bool) else v for v in b]
                          for b in isi], "Rekap")


def templat_csv() -> str:
    keluar = io.StringIO()
    w = csv.writer(keluar, delimiter=";", lineterminator="\r\n")
    w.writerow([k for k, _ in TEMPLAT])
    w.writerow([v for _, v in TEMPLAT])
    return "\ufeff" + keluar.getvalue()


def templat_xlsx() -> bytes:
    return _buku([k for k, _ in TEMPLAT], [[v for _, v in TEMPLAT]], "Pembayaran")
