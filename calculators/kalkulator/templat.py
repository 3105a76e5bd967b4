"""Pembuat templat: fill a contract template in the browser and download it as .docx and Markdown.

Inputs: the template id, the cover-page variables (one field each, named after the variable),
a variant per clause that has several (``varian_<clause_id>``), whether to keep each optional
clause (``sertakan_<clause_id>``), and for templates with a payment schedule the instalments
(``jadwal_termin``) with the provider's tax status. The result is the assembled document as an
HTML preview plus ``unduhan``: the filled .docx and .md, made by the same writers as the site's
downloads. Nothing leaves the browser.

The payment schedule never computes tax itself: its lines (the format of the "termin"
calculator, ``Hasil kerja; 30%; 2027-01-15``) go through that calculator, which splits the
contract value to the rupiah and computes PPN, the withholding (PPh 23, PPh 21, PPh 26 or the
UMKM final rate, by the provider's status) and the transfer for each payment on its date. Rows
that calculator already produced (its ``keluaran["jadwal"]``: ``termin``, ``keterangan``,
``tanggal``, ``persen``, ``bruto``, ``ppn``, ``potongan_pph``, ``net_dibayar``) may be passed as
a JSON list and are taken as they are.

Payment documents (a template with ``pembayaran``: kuitansi, bukti kas keluar, invoice) take the
payment calculator's own inputs under its own names (``tanggal``, ``penerima``, ``bruto``, ...;
the Kalkulator Pembayaran Jasa page links here with its state in the fragment) and fill their
``dihitung`` variables (``bayar_*``) from ``api.hitung("pembayaran", ...)``: the figures in the
document are that calculator's result for the same inputs. Its error messages come back under
its own keys, so they show beside the same fields here.
"""
from __future__ import annotations

import base64
import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..format import persen, rupiah, tanggal_id
from ..hasil import Hasil, Langkah
from ..kontrak import Pustaka, pustaka
from ..kontrak.docx import MIME as MIME_DOCX
from ..kontrak.docx import docx
from ..kontrak.isian import PESAN_KENDALI_ARAH, bersihkan_arah, periksa, terbilang
from ..kontrak.markdown import markdown
from ..kontrak.rakit import BarisJadwal, Perakit
from ..masukan import (Jenis, KesalahanMasukan, NilaiTidakSah, Pilihan, Teks, YaTidak, baca_angka,
                       baca_tanggal)
from ..pajak_jasa import PENERIMA
from ..parameter import TanggalTidakDicakup, dasar_hukum, parameter
from ..pembayaran_jasa import CARA_NILAI, NAMA_PAJAK
from ..pembayaran_jasa import SKEMA as SKEMA_BAYAR
from . import Baris, Kalkulator

MAKS_TERMIN = 24


def kunci_varian(klausul_id: str) -> str:
    return "varian_" + klausul_id.replace("-", "_")


def kunci_sertakan(klausul_id: str) -> str:
    return "sertakan_" + klausul_id.replace("-", "_")


@dataclass(frozen=True)
class JadwalTermin(Jenis):
    """The payment schedule: the lines of the "termin" calculator (``Hasil kerja; 30%; 2027-01-15``,
    an amount or ``sisa`` instead of the percentage), or the rows it computed, as a JSON list."""

    wajib: bool = False
    maks_panjang: int = 10000

    def kosong(self, mentah: Any) -> bool:
        if isinstance(mentah, (list, tuple)):
            return not mentah
        return super().kosong(mentah)

    def baca(self, mentah: Any) -> str | list[BarisJadwal]:
        if isinstance(mentah, str) and mentah.strip().startswith("["):
            try:
                mentah = json.loads(mentah)
            except json.JSONDecodeError:
                raise NilaiTidakSah("Daftar termin dalam format JSON tidak sah.") from None
        if isinstance(mentah, str):
            if len(mentah) > self.maks_panjang:
                raise NilaiTidakSah(f"Terlalu panjang; paling banyak {self.maks_panjang} karakter.")
            return mentah
        if not isinstance(mentah, (list, tuple)):
            raise NilaiTidakSah("Isi satu termin per baris: hasil kerja; persen; tanggal.")
        if len(mentah) > MAKS_TERMIN:
            raise NilaiTidakSah(f"Paling banyak {MAKS_TERMIN} termin.")
        return [_baris_jadi(r, i) for i, r in enumerate(mentah, 1)]


def _angka(x: Any, baris: int, nama: str) -> Decimal | None:
    if x is None or (isinstance(x, str) and not x.strip()):
        return None
    try:
        if isinstance(x, (int, float, Decimal)) or re.fullmatch(r"-?\d+(\.\d+)?", str(x).strip()):
            return Decimal(str(x).strip())  # as our calculators write numbers in JSON
        return baca_angka(str(x))
    except (NilaiTidakSah, ArithmeticError):
        raise NilaiTidakSah(f"Baris {baris}: {nama} “{x}” bukan angka.") from None


def _baris_jadi(r: Any, i: int) -> BarisJadwal:
    """One row computed by the "termin" calculator (``keluaran["jadwal"]``)."""
    if not isinstance(r, dict):
        raise NilaiTidakSah(f"Baris {i}: harus berupa objek.")
    kurang = [k for k in ("bruto", "ppn", "potongan_pph", "net_dibayar") if r.get(k) in (None, "")]
    if kurang:
        raise NilaiTidakSah(f"Baris {i}: tidak ada {', '.join(kurang)}; salin jadwal dari kalkulator termin.")
    tanggal = r.get("tanggal")
    if tanggal:
        try:
            tanggal = baca_tanggal(tanggal)
        except NilaiTidakSah as e:
            raise NilaiTidakSah(f"Baris {i}: {e}") from None
    return BarisJadwal(
        str(r.get("termin") or i), str(r.get("keterangan") or r.get("deliverable") or ""),
        _angka(r.get("persen"), i, "persen"), tanggal or None, _angka(r["bruto"], i, "bruto"),
        _angka(r["ppn"], i, "PPN"), _angka(r["potongan_pph"], i, "potongan PPh"),
        _angka(r["net_dibayar"], i, "net dibayar"))


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
            if v not in skema and not p.variabel[v].dihitung:
                skema[v] = Teks(wajib=False, maks_panjang=5000)
                asal[v] = "variabel"
        for b in t.bagian:
            k = p.klausul[b.klausul]
            if len(k.varian) > 1 and kunci_varian(k.id) not in skema:
                skema[kunci_varian(k.id)] = Pilihan(pilihan=("", *k.varian), wajib=False, bawaan="")
                asal[kunci_varian(k.id)] = "varian"
            if b.opsional and kunci_sertakan(k.id) not in skema:
                skema[kunci_sertakan(k.id)] = YaTidak(bawaan=b.sertakan_bawaan)
                asal[kunci_sertakan(k.id)] = "sertakan"
            elif b.opsional and skema[kunci_sertakan(k.id)].bawaan != b.sertakan_bawaan:
                raise RuntimeError(f"{t.id}: {k.id}.sertakan_bawaan berbeda dengan templat lain")
    for kunci, jenis in (("jadwal_termin", JadwalTermin()),
                         ("penerima", Pilihan(pilihan=PENERIMA, bawaan="badan", wajib=False)),
                         ("pkp", YaTidak(bawaan=True)), ("punya_npwp", YaTidak(bawaan=True))):
        if kunci in skema:
            raise RuntimeError(f"Nama variabel {kunci} bentrok dengan isian pembuat templat")
        skema[kunci] = jenis
        asal[kunci] = "jadwal"
    # the payment calculator's inputs, as raw text: that calculator reads and checks them
    for kunci in KUNCI_BAYAR:
        if kunci in skema:
            continue  # penerima, pkp, punya_npwp: the same questions as for the schedule
        if kunci in p.variabel:
            raise RuntimeError(f"Nama variabel {kunci} bentrok dengan isian Kalkulator Pembayaran Jasa")
        skema[kunci] = Teks(wajib=False, maks_panjang=200)
        asal[kunci] = "pembayaran"
    return skema, asal


#: The payment calculator's inputs the builder accepts (a series of monthly fees is not one payment).
KUNCI_BAYAR = tuple(k for k in SKEMA_BAYAR if k != "pembayaran_bulanan")
#: Inputs of the payment page a payment document does not use: its own kind sets the stamp duty.
KUNCI_BAYAR_ABAIKAN = ("jenis_dokumen", "nilai_nominal", "jumlah_rangkap")


MASUKAN, ASAL = _skema(pustaka())


def _bersih(m: dict[str, Any], kunci: str) -> str:
    nilai = m.get(kunci)
    return bersihkan_arah(nilai)[0].strip() if isinstance(nilai, str) else ""


def _baris_termin(jadwal: Any) -> int | None:
    """How many instalments the schedule field lists (None when it is empty)."""
    if isinstance(jadwal, list):
        return len(jadwal) or None
    if isinstance(jadwal, str) and jadwal.strip():
        return len([b for b in jadwal.splitlines() if b.strip()])
    return None


def _urutan_angka(m: dict[str, Any], p: Pustaka, nama_var: list[str], sudah: set[str]) -> list[dict[str, str]]:
    """A number that may not exceed (or fall below) another one of the same template, e.g. a
    service level's minimum against its target; the message sits beside the number checked."""
    salah = []
    for v in nama_var:
        var = p.variabel[v]
        if v in sudah or not _bersih(m, v):
            continue
        for lain, batas_atas in [*((x, True) for x in var.tidak_melebihi),
                                 *((x, False) for x in var.tidak_kurang_dari)]:
            if lain not in nama_var or lain in sudah or not _bersih(m, lain):
                continue
            ini, itu = baca_angka(_bersih(m, v)), baca_angka(_bersih(m, lain))
            if (ini > itu) if batas_atas else (ini < itu):
                salah.append({"kunci": v, "pesan": (
                    f"Angka ini {'lebih tinggi' if batas_atas else 'lebih rendah'} daripada "
                    f"“{p.variabel[lain].label}” ({angka_id(itu)} {p.variabel[lain].satuan}). Ambang minimum "
                    f"{'tidak boleh melebihi' if batas_atas else 'tidak boleh di bawah'} targetnya: "
                    "perbaiki salah satunya.".replace("  ", " "))})
                break
    return salah


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    """Every field's own check (type, bounds, unit: ``isian.periksa``) and the rules between
    fields: a date not before the date it follows, the instalment count equal to the schedule."""
    p = pustaka()
    t = p.templat[m["templat"]]
    salah = []
    nama_var = p.variabel_semua_varian(t)
    for v in nama_var:
        nilai = _bersih(m, v)
        if nilai:
            pesan = periksa(nilai, p.variabel[v])
            if pesan:
                salah.append({"kunci": v, "pesan": pesan})
    sudah = {s["kunci"] for s in salah}
    for v in nama_var:
        var = p.variabel[v]
        if v in sudah or not _bersih(m, v):
            continue
        for lain in var.tidak_sebelum:
            if lain in nama_var and lain not in sudah and _bersih(m, lain):
                if baca_tanggal(_bersih(m, v)) < baca_tanggal(_bersih(m, lain)):
                    salah.append({"kunci": v, "pesan": (
                        f"Tanggal ini lebih awal daripada “{p.variabel[lain].label}” "
                        f"({tanggal_id(baca_tanggal(_bersih(m, lain)))}). Isi tanggal yang sama atau "
                        "sesudahnya, atau perbaiki "
                        "tanggal yang lain.")})
                    break
    salah.extend(_urutan_angka(m, p, nama_var, sudah))
    for b in t.bagian:
        pilih = m.get(kunci_varian(b.klausul))
        if pilih and pilih not in p.klausul[b.klausul].varian:
            salah.append({"kunci": kunci_varian(b.klausul), "pesan": "Varian ini tidak ada."})
    if isinstance(m.get("jadwal_termin"), str) and t.lampiran.get("jadwal_pembayaran") \
            and not m.get("nilai_kontrak"):
        salah.append({"kunci": "jadwal_termin", "pesan": (
            "Isi nilai kontrak dulu: nilai tiap termin dihitung dari nilai kontrak.")})
    baris = _baris_termin(m.get("jadwal_termin")) if t.lampiran.get("jadwal_pembayaran") else None
    if "jumlah_termin" in nama_var and "jumlah_termin" not in sudah and baris \
            and _bersih(m, "jumlah_termin"):
        jumlah = baca_angka(_bersih(m, "jumlah_termin"))
        if jumlah != baris:
            salah.append({"kunci": "jumlah_termin", "pesan": (
                f"Anda mengisi {angka_id(jumlah)} termin, sedangkan jadwal pembayaran berisi {baris} baris. "
                f"Samakan keduanya, atau kosongkan kolom ini agar diisi {baris} termin dari jadwal.")})
    return salah


def angka_id(d: Decimal) -> str:
    return str(int(d)) if d == d.to_integral_value() else format(d.normalize(), "f").replace(".", ",")


def _siput(teks: str, maks: int = 40) -> str:
    """ASCII, lower case, words joined by hyphens: “PT Maju Jaya, Tbk.” -> 'pt-maju-jaya-tbk'."""
    ascii_ = unicodedata.normalize("NFKD", teks).encode("ascii", "ignore").decode("ascii")
    siput = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    return siput[:maks].rstrip("-")


# the two names a filled download is named after, per template kind (first one filled)
PIHAK_BERKAS = (("nama_pihak_pertama", "kuasa_nama_perusahaan"), ("nama_pihak_kedua", "kuasa_nama_penerima"))
# the document's own date first (a letter's date, not the date of the contract it refers to)
TANGGAL_BERKAS = ("tanggal_perjanjian", "somasi_tanggal_surat", "kuasa_tanggal", "pk_tanggal", "pemutusan_tanggal_surat",
                  "tanggal_bast", "tanggal_addendum")


def nama_berkas(t: Any, isian: dict[str, str], nama_var: list[str]) -> str:
    """The download's name without extension: the blank template's versioned name, or once the
    parties or the date are filled, ``<template>_<first party>_<second party>_<YYYY-MM-DD>``."""
    p = pustaka()
    bagian = [_siput(isian[k]) for pilihan in PIHAK_BERKAS
              if (k := next((k for k in pilihan if isian.get(k)), None))]
    tanggal = next((k for k in (*TANGGAL_BERKAS, *nama_var)
                    if k in nama_var and p.variabel[k].jenis == "tanggal" and isian.get(k)), None)
    if tanggal:
        try:
            bagian.append(baca_tanggal(isian[tanggal]).isoformat())
        except NilaiTidakSah:
            pass
    bagian = [b for b in bagian if b]
    return "_".join([t.id, *bagian]) if bagian else t.nama_berkas


# where an error of the "termin" calculator belongs in this form
KOLOM_TERMIN = {"termin": "jadwal_termin", "nilai_kontrak": "nilai_kontrak", "penerima": "penerima",
                "punya_npwp": "punya_npwp", "pkp": "pkp"}


def _jadwal(m: dict[str, Any], langkah: list[Langkah], peringatan: list[str]) -> list[BarisJadwal]:
    """The schedule annex: rows given as computed, or computed by the "termin" calculator (the
    same split, rounding and taxes as on its page; nothing is computed a second way here)."""
    from .. import api  # imported here: calculators.api imports this package

    if isinstance(m["jadwal_termin"], list):
        langkah.append(Langkah("Jadwal pembayaran diambil apa adanya dari kalkulator termin.", None,
                               dasar_hukum("kontrak_perdata.mengikat"), "teks"))
        return m["jadwal_termin"]
    try:
        hasil = api.hitung("termin", {
            "nilai_kontrak": m["nilai_kontrak"], "termin": m["jadwal_termin"],
            "penerima": m["penerima"], "punya_npwp": "ya" if m["punya_npwp"] else "tidak",
            "pkp": "ya" if m["pkp"] else "tidak", "bast_bermeterai": "tidak",
        })
    except KesalahanMasukan as e:
        raise KesalahanMasukan([{"kunci": KOLOM_TERMIN.get(k["kunci"], "jadwal_termin"), "pesan": k["pesan"]}
                                for k in e.kesalahan]) from None
    except TanggalTidakDicakup as e:
        raise KesalahanMasukan([{"kunci": "jadwal_termin", "pesan": str(e)}]) from None
    langkah.extend(hasil.langkah)
    peringatan.extend(hasil.peringatan)
    return [BarisJadwal(r["termin"], r["keterangan"], r["persen"], r["tanggal"], r["bruto"], r["ppn"],
                        r["potongan_pph"], r["net_dibayar"]) for r in hasil.keluaran["jadwal"]]


def _masukan_bayar(m: dict[str, Any], t: Any) -> dict[str, str]:
    """The payment calculator's inputs from the builder's (raw text, as that page sends them)."""
    data: dict[str, str] = {}
    for k in KUNCI_BAYAR:
        if k in KUNCI_BAYAR_ABAIKAN:
            continue
        v = m.get(k)
        if isinstance(v, bool):
            v = "ya" if v else "tidak"
        if v not in (None, ""):
            data[k] = str(v)
    if data.get("penerima") == "luar_negeri":
        # the payment page does not ask a foreign provider about NPWP or PKP
        data.pop("pkp", None)
        data.pop("punya_npwp", None)
    if t.pembayaran != "bawaan":
        data["jenis_dokumen"] = t.pembayaran  # the stamp duty of this document
    return data


def _rp_huruf(x: Decimal) -> str:
    return f"{terbilang(x)} rupiah".capitalize()


def isian_bayar(k: dict[str, Any], tanggal: Any, pkp: bool, penerima: str) -> dict[str, str]:
    """The ``bayar_*`` variables from the payment calculator's ``keluaran`` (nothing computed here:
    only formatted)."""
    jenis, pph = k["kode_pph"], k[k["kode_pph"]]
    nama_pph = NAMA_PAJAK.get(jenis, k["jenis_pph"])
    if pph:
        ket_pph = (f"{nama_pph} sebesar {rupiah(pph)} ({persen(k['tarif_efektif'])} dari nilai jasa bruto) "
                   f"dipotong oleh pengguna jasa, dibuktikan dengan bukti potong {k['bukti_potong']}, dan "
                   f"disetor ke kas negara paling lambat {tanggal_id(k['jatuh_tempo_setor'])}.")
    else:
        ket_pph = "Atas pembayaran ini tidak ada PPh yang dipotong oleh pengguna jasa."
    if k["ppn"]:
        dpp = k["dpp_nilai_lain"] or k["bruto"]
        ket_ppn = (f"PPN {rupiah(k['ppn'])} dihitung dari dasar pengenaan {rupiah(dpp)} "
                   + ("(nilai lain 11/12 dari nilai jasa) " if k["dpp_nilai_lain"] else "")
                   + "dan dipungut penyedia sebagai Pengusaha Kena Pajak; Faktur Pajak dibuat terpisah.")
    elif k["ppn_dipungut_pemungut"]:
        ket_ppn = (f"PPN {rupiah(k['ppn_dipungut_pemungut'])} dipungut dan disetor sendiri oleh pengguna jasa "
                   "sebagai pemungut PPN, sehingga tidak ikut ditransfer kepada penyedia.")
    elif k["ppn_jasa_luar_negeri"]:
        ket_ppn = (f"PPN jasa dari luar negeri {rupiah(k['ppn_jasa_luar_negeri'])} disetor sendiri oleh pengguna "
                   f"jasa paling lambat {tanggal_id(k['jatuh_tempo_setor_ppn'])}.")
    elif not pkp and penerima != "luar_negeri":
        ket_ppn = "Penyedia bukan Pengusaha Kena Pajak, sehingga tidak ada PPN yang dipungut."
    else:
        ket_ppn = "Atas pembayaran ini tidak ada PPN yang dipungut penyedia."
    if k.get("bea_meterai"):
        meterai = (f"meterai {rupiah(k['bea_meterai'])} dibubuhkan pada kuitansi ini, karena jumlah uang yang "
                   f"dinyatakan lebih dari {rupiah(parameter('bea_meterai.batas_nominal_dokumen_uang', tanggal).desimal)}.")
    else:
        meterai = ("tidak terutang, karena jumlah uang yang dinyatakan tidak lebih dari "
                   f"{rupiah(parameter('bea_meterai.batas_nominal_dokumen_uang', tanggal).desimal)}.")
    status = ("Pengusaha Kena Pajak" if pkp else "bukan Pengusaha Kena Pajak") if penerima != "luar_negeri" \
        else "penyedia luar negeri"
    return {
        "bayar_tanggal": tanggal_id(tanggal),
        "bayar_bruto": rupiah(k["bruto"]),
        "bayar_dpp_ppn": rupiah(k["dpp_nilai_lain"] or k["bruto"]) if k["ppn"] else "Tidak ada (tanpa PPN)",
        "bayar_ppn": rupiah(k["ppn"]) if k["ppn"] else "Tidak ada",
        "bayar_total": rupiah(k["total_faktur"]),
        "bayar_total_terbilang": _rp_huruf(k["total_faktur"]),
        "bayar_pph": f"{nama_pph} {rupiah(pph)}" if pph else "Tidak ada",
        "bayar_net": rupiah(k["net_dibayar"]),
        "bayar_net_terbilang": _rp_huruf(k["net_dibayar"]),
        "bayar_keterangan_pph": ket_pph,
        "bayar_keterangan_ppn": ket_ppn,
        "bayar_status_pkp": status,
        "bayar_meterai": meterai,
    }


def _pembayaran(m: dict[str, Any], t: Any, langkah: list[Langkah], peringatan: list[str]) -> dict[str, str] | None:
    """The tax lines of a payment document, from the payment calculator (None: no amount given yet)."""
    from .. import api  # imported here: calculators.api imports this package

    data = _masukan_bayar(m, t)
    if not any(data.get(k) for k in CARA_NILAI):
        peringatan.append("Baris pajak (nilai jasa, PPN, PPh, jumlah transfer) masih terbuka: isi tanggal dan "
                          "nilai pembayaran, atau buka dokumen ini dari Kalkulator Pembayaran Jasa.")
        return None
    abaikan = [k for k in KUNCI_BAYAR_ABAIKAN if m.get(k) not in (None, "") and t.pembayaran != "bawaan"]
    if abaikan:
        peringatan.append("Isian dokumen yang Anda terima dan jumlah rangkapnya dari Kalkulator Pembayaran Jasa "
                          f"tidak dipakai: bea meterai dihitung untuk {t.judul_dokumen or t.judul} ini.")
    try:
        hasil = api.hitung("pembayaran", data)
    except TanggalTidakDicakup as e:
        raise KesalahanMasukan([{"kunci": "tanggal", "pesan": str(e)}]) from None
    langkah.extend(hasil.langkah)
    peringatan.extend(hasil.peringatan)
    penerima = data.get("penerima", SKEMA_BAYAR["penerima"].bawaan)
    pkp = data.get("pkp", "tidak") == "ya"
    return isian_bayar(hasil.keluaran, baca_tanggal(data["tanggal"]), pkp, penerima)


def hitung(m: dict[str, Any]) -> Hasil:
    p = pustaka()
    t = p.templat[m["templat"]]
    # a variant the template fixes (e.g. the SaaS service-level table) is not the reader's to change
    varian = {b.klausul: m[kunci_varian(b.klausul)] for b in t.bagian
              if m.get(kunci_varian(b.klausul)) and not b.varian}
    sertakan = {b.klausul: bool(m.get(kunci_sertakan(b.klausul), b.sertakan_bawaan))
                for b in t.bagian if b.opsional}
    nama_var = p.variabel_templat(t, sertakan, varian)
    isian: dict[str, str] = {}
    catatan_isian: list[dict[str, str]] = []
    for v in nama_var:
        if not m.get(v):
            continue
        nilai, dibuang = bersihkan_arah(m[v])
        if dibuang:
            catatan_isian.append({"kunci": v, "pesan": PESAN_KENDALI_ARAH})
        if nilai.strip():
            isian[v] = nilai.strip()
    langkah: list[Langkah] = []
    peringatan: list[str] = []
    jadwal = None
    if t.lampiran.get("jadwal_pembayaran") and m.get("jadwal_termin"):
        jadwal = _jadwal(m, langkah, peringatan)
        if "jumlah_termin" in nama_var and "jumlah_termin" not in isian:
            isian["jumlah_termin"] = str(len(jadwal))  # the schedule says how many
    if t.pembayaran:
        bayar = _pembayaran(m, t, langkah, peringatan)
        if bayar:
            isian.update({k: v for k, v in bayar.items() if k in nama_var})
    perakit = Perakit(t, p, isian=isian, varian=varian, sertakan=sertakan, jadwal=jadwal)
    dok = perakit.dokumen()
    md = markdown(dok)
    berkas = docx(dok)
    kosong = [v for v in nama_var if v not in isian]
    nama = nama_berkas(t, isian, nama_var)
    keluaran = {
        "templat": t.id,
        "judul": t.judul,
        "versi": t.versi,
        "jumlah_isian": len(nama_var),
        "isian_terisi": len(nama_var) - len(kosong),
        "isian_kosong": [p.variabel[v].label for v in kosong],
        "jumlah_isian_kosong": len(kosong),
        "varian": {k: v for k, v in varian.items()},
        "nama_berkas": nama,
        # notes to show beside a field (the value was changed before use); errors never get here:
        # with an invalid field the calculator returns the errors and no result, so no download
        "catatan_isian": catatan_isian,
        "unduhan": [
            {"nama": f"{nama}.docx", "mime": MIME_DOCX,
             "base64": base64.b64encode(berkas).decode("ascii"), "label": "Unduh .docx (Word)"},
            {"nama": f"{nama}.md", "mime": "text/markdown", "teks": md,
             "label": "Unduh .md (Markdown)"},
        ],
    }
    for c in catatan_isian:
        peringatan.append(f"{p.variabel[c['kunci']].label}: {c['pesan']}")
    if jadwal:
        keluaran["jadwal"] = [
            {"termin": r.termin, "keterangan": r.keterangan, "tanggal": r.tanggal, "bruto": r.bruto,
             "ppn": r.ppn, "potongan_pph": r.potongan_pph, "net_dibayar": r.net_dibayar}
            for r in jadwal]
    hasil = Hasil(keluaran=keluaran, langkah=langkah, peringatan=peringatan)
    hasil._dokumen = dok  # for the view (calculators/tampilan/templat.py): not part of the JSON result
    return hasil


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
             **{k: "ya" if MASUKAN[k].bawaan else "tidak" for k, asal in ASAL.items()
                if asal == "sertakan"},
             **{k: "ya" for k in ("pkp", "punya_npwp")}}
            if MASUKAN["templat"].bawaan else {}),
)
