"""Withholding slips for Coretax's bulk import: the XML documents BPPU, BP21, BPNR and BP26.

What each slip holds comes from one computed payment (``pembayaran_jasa``) and the payee's identity
(NPWP/NIK, NITKU, name, document); how the XML is laid out (root, element order, which elements may
be empty, allowed values) comes from ``parameter/coretax_xml.toml``, and the tax-object codes from
``parameter/kode_objek_pajak.toml``. Nothing here computes a tax: a slip carries the engine's base
and tax, and ``Rate`` (with ``Deemed``) is the one rate that gives back exactly that tax, so Coretax,
which recomputes ``Gross x Deemed% x Rate%``, arrives at the same amount. A payment that cannot be
written that way (a PPh 21 base spanning two Pasal 17 layers, an identity number of the wrong
length, a kind of income without a confirmed code and none given) gets a message in Indonesian
instead of a slip.

One slip per payee, tax-object code and tax month (``gabung``): payments that share them are added
up into one slip. Amounts are whole rupiah. The XML is built with ``xml.etree.ElementTree``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .format import BULAN, rupiah
from .parameter import TanggalTidakDicakup, parameter, riwayat
from .pembayaran_jasa import PembayaranJasa, RincianPembayaran, pegawai_tidak_tetap
from .pembulatan import bulat_rupiah
from .pph21 import lapisan_pasal17

XSI = "http://www.w3.org/2001/XMLSchema-instance"
#: Slip kinds, in the order the recap lists them.
JENIS_BUKTI = ("bppu", "bp21", "bpnr", "bp26")
#: The document a slip refers to when the row does not name one: our reading of the payment's
#: own document (``jenis_dokumen``) in Coretax's vocabulary.
DOKUMEN_BAWAAN = {"kuitansi": "PaymentProof", "surat_perjanjian": "Contract", "invoice_tagihan": "CommercialInvoice"}
_KODE = re.compile(r"^\d{2}-\d{3}-\d{2}$")
_PEMISAH = re.compile(r"[\s.\-]")
_BUKAN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0


@dataclass(frozen=True)
class Susunan:
    """The layout of one kind of slip document (from ``coretax_xml.toml``)."""

    jenis: str
    bukti_potong: str                 # the engine's slip code written with this layout
    akar: str
    pemotong: str
    daftar: str
    butir: str
    elemen: tuple[str, ...]
    boleh_kosong: frozenset[str]
    lebih_dari_nol: frozenset[str]
    jenis_elemen: dict[str, str]
    pilihan: dict[str, tuple[str, ...]]
    catatan: str


def susunan(jenis: str, tanggal: date) -> Susunan:
    """The layout of slip kind ``jenis`` in force on ``tanggal`` (``TanggalTidakDicakup`` before Coretax)."""
    n = parameter(f"coretax_xml.{jenis}", tanggal).nilai
    return Susunan(jenis, n["bukti_potong"], n["akar"], n["pemotong"], n["daftar"], n["butir"], tuple(n["elemen"]),
                   frozenset(n.get("boleh_kosong", ())), frozenset(n.get("lebih_dari_nol", ())),
                   dict(n.get("jenis", {})), {k: tuple(v) for k, v in n.get("pilihan", {}).items()},
                   n.get("catatan", ""))


def mulai_coretax() -> date:
    """The first day the XML layouts cover."""
    return min(riwayat(f"coretax_xml.{j}")[0].mulai for j in JENIS_BUKTI)


def jenis_dokumen_bukti() -> tuple[str, ...]:
    """Coretax's document kinds (``Document``), as the layouts list them."""
    semua: dict[str, None] = {}
    for j in JENIS_BUKTI:
        for v in riwayat(f"coretax_xml.{j}")[-1].nilai.get("pilihan", {}).get("Document", ()):
            semua[v] = None
    return tuple(semua)


# --- identities ---------------------------------------------------------------------------------

def angka_saja(teks: str | None) -> str:
    """An identity number without the separators people type (dots, dashes, spaces)."""
    return _PEMISAH.sub("", teks or "")


#: Appended by ``lembar.baca_xlsx`` to an NPWP/NIK/NITKU cell that the workbook stores as a number.
TANDA_SEL_ANGKA = " (tersimpan sebagai angka di Excel)"


def _sel_angka(teks: str | None, apa: str, siapa: str) -> str | None:
    """The message for an identity number a workbook kept as a number (its digits cannot be trusted)."""
    if not teks or not teks.endswith(TANDA_SEL_ANGKA):
        return None
    return (f"{apa} {siapa} “{teks[:-len(TANDA_SEL_ANGKA)]}” tersimpan di Excel sebagai angka, bukan teks. Excel "
            "hanya menyimpan 15 digit sebuah angka, sehingga digit terakhir dapat menjadi 0 dan nol di depan hilang. "
            "Ketik ulang nomornya dari dokumen asli di sel ini, atau format kolom itu sebagai Teks di Excel lalu "
            "unggah lagi.")


def periksa_npwp(teks: str | None, siapa: str) -> tuple[str, str | None]:
    """(16 digits, None) or (what was given, message)."""
    if (pesan := _sel_angka(teks, "NPWP/NIK", siapa)) is not None:
        return angka_saja(teks[:-len(TANDA_SEL_ANGKA)]), pesan
    n = angka_saja(teks)
    if not n:
        return n, f"Isi NPWP atau NIK {siapa} (16 digit)."
    if not n.isdigit():
        return n, f"NPWP/NIK {siapa} “{teks}” harus berupa angka (16 digit)."
    if len(n) == 15:
        return n, (f"NPWP {siapa} “{teks}” masih 15 digit (format lama). Coretax memakai NPWP 16 digit: NIK "
                   "untuk orang pribadi, atau NPWP 16 digit badan yang tertera di Coretax.")
    if len(n) != 16:
        return n, f"NPWP/NIK {siapa} “{teks}” harus 16 digit; yang diisi {len(n)} digit."
    return n, None


def periksa_nitku(teks: str | None, npwp: str, siapa: str) -> tuple[str, str | None, bool]:
    """(22 digits, message, derived): the NITKU, or NPWP + 000000 (head office) when none is given."""
    if (pesan := _sel_angka(teks, "NITKU", siapa)) is not None:
        return angka_saja(teks[:-len(TANDA_SEL_ANGKA)]), pesan, False
    n = angka_saja(teks)
    if not n:
        return npwp + "000000", None, True
    if not n.isdigit() or len(n) != 22:
        return n, f"NITKU {siapa} “{teks}” harus 22 digit: NPWP 16 digit diikuti 6 digit (000000 untuk kantor pusat).", False
    if npwp and n[:16] != npwp:
        return n, f"NITKU {siapa} “{teks}” tidak diawali NPWP {siapa} ({npwp}).", False
    return n, None, False


@dataclass(frozen=True)
class Pemotong:
    """The withholder: 16-digit NPWP, 22-digit NITKU (place of business), name."""

    npwp: str = ""
    nitku: str = ""
    nama: str = ""


@dataclass(frozen=True)
class Identitas:
    """What a slip needs about the payee and the document, beyond the payment itself."""

    npwp_penerima: str = ""
    nitku_penerima: str = ""
    nama_penerima: str = ""
    nomor_dokumen: str = ""
    tanggal_dokumen: date | None = None
    jenis_dokumen_bukti: str = ""
    kode_objek_pajak: str = ""
    negara_penerima: str = ""
    alamat_penerima: str = ""
    tanggal_lahir_penerima: date | None = None
    tempat_lahir_penerima: str = ""
    paspor_penerima: str = ""
    kitas_penerima: str = ""
    nomor_dgt: str = ""


def pemotong_sah(p: Pemotong) -> tuple[Pemotong, list[str], list[str]]:
    """(normalised withholder, errors, notes)."""
    npwp, salah = periksa_npwp(p.npwp, "pemotong")
    galat = [salah] if salah else []
    catatan = []
    nitku, salah_nitku, turunan = periksa_nitku(p.nitku, npwp, "pemotong")
    if salah_nitku:
        galat.append(salah_nitku)
    if turunan and not salah:
        catatan.append(f"NITKU pemotong tidak diisi: dipakai {nitku} (NPWP + 000000, kantor pusat).")
    return Pemotong(npwp, nitku, p.nama.strip()), galat, catatan


# --- tax-object codes ---------------------------------------------------------------------------

def _kunci_objek(p: PembayaranJasa, r: RincianPembayaran) -> str:
    """Which default code a payment would take (a key of ``kode_objek_pajak.bawaan``)."""
    if r.jenis_pph == "pph21":
        if pegawai_tidak_tetap(p):
            return "pph21.pegawai_tidak_tetap"
        if p.kategori_pph21 == "peserta_kegiatan":
            return "pph21.peserta_kegiatan"
        return f"pph21.{p.jenis_penghasilan}"
    if r.jenis_pph == "pph_final":
        return "pph_final.surat_pernyataan_500jt" if r.pph == 0 and p.surat_pernyataan_500jt else "pph_final.surat_keterangan"
    if r.jenis_pph == "pph26":
        return "pph26.orang_pribadi" if p.bentuk == "orang_pribadi" else f"pph26.badan.{p.jenis_penghasilan}"
    return f"{r.jenis_pph}.{p.jenis_penghasilan}"


def kode_objek(p: PembayaranJasa, r: RincianPembayaran, diberi: str, jenis: str) -> tuple[str, str | None]:
    """(code, message): the code the row gives, checked against its kind of tax and slip; else the
    confirmed default for its kind of income; else a message asking for it."""
    t = p.tanggal
    awalan = parameter("kode_objek_pajak.awalan", t).nilai[r.jenis_pph]
    dikenal = parameter("kode_objek_pajak.kode", t).nilai
    kode = diberi.strip()
    if kode:
        if not _KODE.match(kode):
            return kode, f"Kode objek pajak “{kode}” tidak berformat NN-NNN-NN (misalnya 24-104-01)."
        if not kode.startswith(awalan):
            return kode, (f"Kode objek pajak {kode} bukan untuk {r.nama_pph} di bukti potong {jenis.upper()}: "
                          f"kodenya harus diawali {awalan}.")
        if kode in dikenal and dikenal[kode]["bukti"] != jenis:
            return kode, (f"Kode objek pajak {kode} ({dikenal[kode]['nama']}) dipakai di bukti potong "
                          f"{dikenal[kode]['bukti'].upper()}, bukan {jenis.upper()}.")
        return kode, None
    bawaan = parameter("kode_objek_pajak.bawaan", t).nilai.get(_kunci_objek(p, r))
    if bawaan is None:
        return "", (f"Isi kolom kode_objek_pajak: untuk {r.nama_pph} atas jenis penghasilan "
                    f"“{p.jenis_penghasilan}” kode objek pajaknya bergantung pada jenis jasanya (misalnya "
                    f"{'21-100-07 tenaga ahli' if r.jenis_pph == 'pph21' else '24-104-01 jasa teknik'}), "
                    "dan situs ini tidak menebaknya.")
    return bawaan, None


# --- one slip from one payment ------------------------------------------------------------------

def _desimal(x: Decimal) -> Decimal:
    x = x.normalize()
    return x.quantize(Decimal(1)) if x == x.to_integral_value() else x


def _tarif_tepat(dasar: Decimal, pajak: Decimal, calon: Decimal | None, t: date) -> Decimal | None:
    """The percentage that gives back exactly ``pajak`` on ``dasar`` (Coretax recomputes it), or None."""
    if dasar <= 0:
        return None
    semua = [calon] if calon is not None else []
    semua += [(pajak * 100 / dasar).quantize(Decimal(q)) for q in ("1", "0.01", "0.001", "0.0001")]
    for r in semua:
        if bulat_rupiah(dasar * r / 100, t) == pajak:
            return _desimal(r)
    return None


@dataclass
class Isian:
    """The values of one slip (element -> value; None is written as xsi:nil) and what it came from."""

    jenis: str
    nilai: dict[str, Any]
    kunci: tuple[Any, ...]          # payee, code, tax month: payments with the same key share a slip
    pph: Decimal                    # the engine's tax on this payment
    dasar: Decimal                  # the amount Rate applies to (Gross x Deemed%, or TaxBase)
    nomor: list[int] = field(default_factory=list)
    catatan: list[dict[str, str]] = field(default_factory=list)


def isian(nomor: int, p: PembayaranJasa, r: RincianPembayaran, idt: Identitas, pemotong: Pemotong
          ) -> tuple[Isian | None, list[dict[str, str]]]:
    """The slip of one computed payment, or the reasons (``{kunci, pesan}``) it cannot be written."""
    t = p.tanggal
    galat: list[dict[str, str]] = []
    catatan: list[dict[str, str]] = []
    jenis = next((j for j in JENIS_BUKTI if riwayat(f"coretax_xml.{j}")[-1].nilai["bukti_potong"] == r.bukti_potong),
                 None)
    if jenis is None:
        mulai = mulai_coretax()
        if t < mulai:
            pesan = (f"Pembayaran {t.day} {BULAN[t.month - 1]} {t.year} jatuh sebelum Coretax "
                     f"({mulai.day} {BULAN[mulai.month - 1]} {mulai.year}): bukti potongnya "
                     f"({r.bukti_potong or 'tidak ditentukan'}) dibuat di sistem lama, bukan dengan XML ini.")
        else:
            pesan = f"Bukti potong “{r.bukti_potong}” tidak punya susunan XML Coretax di situs ini."
        return None, [{"kunci": "tanggal", "pesan": pesan}]
    try:
        s = susunan(jenis, t)
    except TanggalTidakDicakup as e:
        return None, [{"kunci": "tanggal", "pesan": str(e)}]
    kode, salah = kode_objek(p, r, idt.kode_objek_pajak, jenis)
    if salah:
        galat.append({"kunci": "kode_objek_pajak", "pesan": salah})
    dokumen = idt.jenis_dokumen_bukti or DOKUMEN_BAWAAN.get(p.jenis_dokumen or "kuitansi", "PaymentProof")
    if not idt.nomor_dokumen.strip():
        galat.append({"kunci": "nomor_dokumen", "pesan": "Isi nomor dokumen (misalnya nomor invoice atau kuitansi): "
                                                         "Coretax mewajibkannya di setiap bukti potong."})
    n: dict[str, Any] = {"TaxPeriodMonth": t.month, "TaxPeriodYear": t.year, "TaxObjectCode": kode,
                         "Document": dokumen, "DocumentNumber": idt.nomor_dokumen.strip(),
                         "DocumentDate": idt.tanggal_dokumen, "IDPlaceOfBusinessActivity": pemotong.nitku,
                         "WithholdingDate": t, "GovTreasurerOpt": "N/A", "SP2DNumber": None}
    if jenis in ("bppu", "bp21"):
        npwp, salah = periksa_npwp(idt.npwp_penerima, "penerima")
        if salah:
            galat.append({"kunci": "npwp_penerima", "pesan": salah})
        nitku, salah, turunan = periksa_nitku(idt.nitku_penerima, npwp, "penerima")
        if salah:
            galat.append({"kunci": "nitku_penerima", "pesan": salah})
        elif turunan and npwp and not galat:
            catatan.append({"kunci": "nitku_penerima", "pesan": f"NITKU penerima tidak diisi: dipakai {nitku} "
                                                                "(NPWP/NIK + 000000, kantor pusat)."})
        n.update({"CounterpartTin": npwp, "IDPlaceOfBusinessActivityOfIncomeRecipient": nitku})
        kunci_penerima: tuple[Any, ...] = (npwp, nitku)
    else:
        tin = idt.npwp_penerima.strip()
        if not tin:
            galat.append({"kunci": "npwp_penerima", "pesan": "Isi nomor identitas pajak (TIN) penerima di negaranya."})
        negara = idt.negara_penerima.strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", negara):
            galat.append({"kunci": "negara_penerima", "pesan": "Isi kode negara penerima, tiga huruf (misalnya SGP, "
                                                               "USA, AUS)."})
        if not idt.nama_penerima.strip():
            galat.append({"kunci": "nama_penerima", "pesan": "Isi nama penerima: wajib di bukti potong PPh 26."})
        dgt = bool(p.dgt_valid and p.tarif_p3b is not None)
        if dgt and not idt.nomor_dgt.strip():
            galat.append({"kunci": "nomor_dgt", "pesan": "Tarif tax treaty dipakai: isi nomor tanda terima formulir DGT "
                                                         "(nomor fasilitas) dari Coretax."})
        n.update({"CounterpartTin": tin, "CounterpartReceiptNumber": idt.nomor_dgt.strip() if dgt else None,
                  "CounterpartName": idt.nama_penerima.strip(), "CounterpartCountry": negara,
                  "CounterpartAddress": idt.alamat_penerima.strip() or None,
                  "CounterpartDob": idt.tanggal_lahir_penerima,
                  "CounterpartBirthCity": idt.tempat_lahir_penerima.strip() or None,
                  "CounterpartPassport": idt.paspor_penerima.strip() or None,
                  "CounterpartKitas": idt.kitas_penerima.strip() or None,
                  "TaxCertificate": "COD" if dgt else "N/A"})
        kunci_penerima = (tin, negara, idt.nama_penerima.strip().lower())

    # amounts: the base Rate applies to, and the one Rate that gives back the engine's tax
    dikecualikan = p.komponen_dikecualikan if p.dokumen_pendukung else Decimal(0)
    if jenis == "bppu":
        dasar = r.dpp
        n.update({"TaxCertificate": "PP23" if r.jenis_pph == "pph_final" else "N/A", "TaxBase": dasar})
        tarif = _tarif_tepat(dasar, r.pph, _desimal(r.tarif * 100), t)
    elif jenis == "bp21":
        bruto = r.bruto - dikecualikan
        deemed = next((d for d in (Decimal(50), Decimal(100)) if bulat_rupiah(bruto * d / 100, t) == r.dpp), None)
        n.update({"StatusTaxExemption": p.status_ptkp, "TaxCertificate": "N/A", "Gross": bruto, "Deemed": deemed})
        dasar = bruto * (deemed or 0) / 100
        tarif = _tarif_tepat(dasar, r.pph, None, t) if deemed is not None else None
        lapisan = lapisan_pasal17(t)[0][0]  # (upper bound, rate) of the first layer
        pasal17 = not pegawai_tidak_tetap(p) or (
            p.cara_bayar == "harian" and r.bruto / max(p.jumlah_hari, 1) > parameter("pph21_ter.batas_harian", t).desimal)
        if pasal17 and lapisan[0] is not None and r.dpp > lapisan[0]:
            galat.append({"kunci": "bruto", "pesan": (
                f"Dasar pemotongan {rupiah(r.dpp)} melewati lapisan pertama tarif Pasal 17 ({rupiah(lapisan[0])}). "
                "Bukti potong BP21 dalam XML hanya memuat satu tarif, jadi PPh-nya tidak dapat ditulis dengan benar; "
                "buat bukti potong ini langsung di Coretax dan periksa PPh-nya sama dengan hasil ini.")})
            tarif = None
        elif deemed is None or tarif is None:
            galat.append({"kunci": "bruto", "pesan": "PPh 21 pembayaran ini tidak dapat ditulis sebagai penghasilan x "
                                                     "deemed x satu tarif; buat bukti potongnya langsung di Coretax."})
    else:
        dasar = r.bruto
        n.update({"GrossIncome" if jenis == "bpnr" else "Gross": dasar, "Deemed": Decimal(100)})
        tarif = _tarif_tepat(dasar, r.pph, _desimal(r.tarif * 100), t)
    if tarif is None and jenis != "bp21":
        galat.append({"kunci": "bruto", "pesan": f"Tarif {r.nama_pph} pembayaran ini tidak dapat ditulis tepat di "
                                                 f"bukti potong {jenis.upper()}; buat bukti potongnya langsung di Coretax."})
    n["Rate"] = tarif
    if not p.punya_npwp and r.jenis_pph in ("pph21", "pph23") and tarif is not None:
        catatan.append({"kunci": "punya_npwp", "pesan": (
            f"Tarif {tarif}% di XML sudah termasuk kenaikan karena penerima tanpa NPWP. Periksa di draf bukti "
            "potong Coretax bahwa PPh-nya tetap sama dengan hasil ini (tidak dinaikkan dua kali).")})
    if not galat:
        galat.extend({"kunci": "coretax", "pesan": m} for m in periksa_nilai(s, n))
    if galat:
        return None, galat
    return Isian(jenis, n, (jenis, kunci_penerima, kode, t.year, t.month), r.pph, dasar, [nomor], catatan), []


def periksa_nilai(s: Susunan, n: dict[str, Any]) -> list[str]:
    """What in a slip's values the layout does not allow."""
    salah = []
    for e in s.elemen:
        v = n.get(e)
        if v is None or v == "":
            if e not in s.boleh_kosong:
                salah.append(f"{e} wajib diisi di bukti potong {s.jenis.upper()}.")
            continue
        if isinstance(v, str) and _BUKAN_XML.search(v):
            salah.append(f"{e} berisi karakter kendali yang tidak boleh ada di XML; hapus dari sel aslinya.")
        if e in s.pilihan and v not in s.pilihan[e]:
            salah.append(f"{e} “{v}” bukan nilai yang diterima Coretax ({', '.join(s.pilihan[e])}).")
        if e in s.lebih_dari_nol and Decimal(v) <= 0:
            salah.append(f"{e} harus lebih dari nol di bukti potong {s.jenis.upper()}.")
        if s.jenis_elemen.get(e) == "rupiah" and Decimal(v) != Decimal(v).to_integral_value():
            salah.append(f"{e} harus rupiah penuh, tanpa desimal.")
    return salah


# --- one slip per payee, code and month ---------------------------------------------------------

@dataclass
class Bukti:
    """One slip: the values written, the rows it came from, and the tax Coretax will compute."""

    jenis: str
    nilai: dict[str, Any]
    nomor: list[int]
    pph: Decimal                    # the sum of the engine's taxes on these payments
    pph_coretax: Decimal            # Gross x Deemed% x Rate% (or TaxBase x Rate%), rounded
    catatan: list[str] = field(default_factory=list)


def gabung(semua: list[Isian]) -> tuple[list[Bukti], dict[int, list[dict[str, str]]]]:
    """One slip per payee, tax-object code and month; payments whose rates differ cannot share one and
    get a message each (by row number)."""
    kelompok: dict[tuple[Any, ...], list[Isian]] = {}
    for i in semua:
        kelompok.setdefault(i.kunci, []).append(i)
    bukti: list[Bukti] = []
    galat: dict[int, list[dict[str, str]]] = {}
    jumlah = {"bppu": "TaxBase", "bp21": "Gross", "bpnr": "GrossIncome", "bp26": "Gross"}
    for isi in kelompok.values():
        pertama = isi[0]
        tarif = {(i.nilai["Rate"], i.nilai.get("Deemed")) for i in isi}
        if len(tarif) > 1:
            nomor = ", ".join(str(i.nomor[0]) for i in isi)
            for i in isi:
                galat.setdefault(i.nomor[0], []).append({"kunci": "coretax", "pesan": (
                    f"Baris {nomor} untuk penerima, kode objek pajak dan masa yang sama memakai tarif yang berbeda, "
                    "padahal Coretax membuat satu bukti potong untuk ketiganya. Periksa status NPWP dan jenis "
                    "penghasilannya.")})
            continue
        nilai = dict(pertama.nilai)
        kolom = jumlah[pertama.jenis]
        nilai[kolom] = sum((i.nilai[kolom] for i in isi), Decimal(0))
        nilai["WithholdingDate"] = max(i.nilai["WithholdingDate"] for i in isi)
        dasar = sum((i.dasar for i in isi), Decimal(0))
        pph = sum((i.pph for i in isi), Decimal(0))
        b = Bukti(pertama.jenis, nilai, [i.nomor[0] for i in isi], pph,
                  bulat_rupiah(dasar * nilai["Rate"] / 100, nilai["WithholdingDate"]))
        if len(isi) > 1:
            nomor_dok = list(dict.fromkeys(i.nilai["DocumentNumber"] for i in isi))
            if len(nomor_dok) > 1:
                b.catatan.append(f"Satu bukti potong untuk {len(isi)} pembayaran; dokumen yang dirujuk "
                                 f"{nomor_dok[0]} (dokumen lain: {', '.join(nomor_dok[1:])}).")
        if b.pph_coretax != b.pph:
            b.catatan.append(f"PPh di bukti potong gabungan {rupiah(b.pph_coretax)}, berbeda "
                             f"{rupiah(abs(b.pph_coretax - b.pph))} dari jumlah PPh per pembayaran karena pembulatan; "
                             "setor sesuai bukti potong di Coretax.")
        bukti.append(b)
    return bukti, galat


# --- the XML document ---------------------------------------------------------------------------

def _teks(s: Susunan, e: str, v: Any) -> str:
    j = s.jenis_elemen.get(e)
    if j == "tanggal":
        return v.isoformat()
    if j == "rupiah":
        return str(int(Decimal(v)))
    if j == "bulat":
        return str(int(v))
    if j == "desimal":
        return format(_desimal(Decimal(v)), "f")
    return str(v)


def _lolos(teks: str) -> str:
    """Element text escaped as ElementTree writes it (``&``, ``<``, ``>``)."""
    if "&" in teks:
        teks = teks.replace("&", "&amp;")
    if "<" in teks:
        teks = teks.replace("<", "&lt;")
    if ">" in teks:
        teks = teks.replace(">", "&gt;")
    return teks


def xml(s: Susunan, npwp_pemotong: str, bukti: list[Bukti]) -> str:
    """The bulk-import document of one slip kind: root, withholder's NPWP, then one element per slip
    with its elements in the layout's order; an empty element that may be empty is xsi:nil.

    Written line by line, exactly as ``xml.etree.ElementTree`` with ``indent(space="  ")`` writes the
    same tree (a test compares the two), because building and serialising a tree of every element of
    10.000 slips took a large part of a month's recap in the browser."""
    baris = ['<?xml version="1.0" encoding="UTF-8"?>', f'<{s.akar} xmlns:xsi="{XSI}">',
             f"  <{s.pemotong}>{_lolos(npwp_pemotong)}</{s.pemotong}>" if npwp_pemotong else f"  <{s.pemotong} />"]
    if not bukti:
        baris.append(f"  <{s.daftar} />")
    else:
        baris.append(f"  <{s.daftar}>")
        for b in bukti:
            baris.append(f"    <{s.butir}>")
            for e in s.elemen:
                v = b.nilai.get(e)
                if v is None or v == "":
                    baris.append(f'      <{e} xsi:nil="true" />')
                else:
                    t = _teks(s, e, v)
                    baris.append(f"      <{e}>{_lolos(t)}</{e}>" if t else f"      <{e} />")
            baris.append(f"    </{s.butir}>")
        baris.append(f"  </{s.daftar}>")
    baris.append(f"</{s.akar}>")
    return "\n".join(baris) + "\n"
