"""The whole payment for a service: the tax engine every page, the CLI and the monthly recap use.

Which income tax applies (by the legal form and residence of the payee, not the invoice's label),
what the payer withholds, the PPN on the invoice or self-assessed on an imported service, what is
transferred, what the payer deposits and by when, which slip to issue, and the stamp duty on the
receipt. ``pembayaran_jasa(PembayaranJasa(...))`` is pure: typed inputs in, a typed
``RincianPembayaran`` out. The figures come from the rule modules (``pph21``, ``pph23``, ``pph26``,
``pph4_2``, ``umkm``, ``ppn``, ``jatuh_tempo``, ``bea_meterai``); this module chooses among them,
resolves the amount the reader knows (gross, incl. PPN, foreign currency, or net to receive), and
explains the choice. Every legal basis it prints comes from a dated parameter.

Nothing here imports the API, the page calculators or the views.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from typing import Any

from .bea_meterai import bea_meterai
from .format import angka, persen, rupiah, tanggal_id
from .hasil import JenisPPh, Langkah, Pemotongan
from .jatuh_tempo import jatuh_tempo
from .kode_setor import kode_setor_pph, kode_setor_ppn
from .konstruksi import PEKERJAAN as PEKERJAAN_KONSTRUKSI
from .konstruksi import SERTIFIKAT as SERTIFIKAT_KONSTRUKSI
from .konstruksi import pph4_2_konstruksi
from .masukan import Bulat, Daftar, Persen, Pilihan, Skema, Tanggal, Teks, Uang, Valas, YaTidak
from .parameter import TanggalTidakDicakup, dasar_hukum, parameter
from .pembulatan import bulat_rupiah, dasar_pembulatan
from .pph21 import CARA_BAYAR, STATUS_PTKP, pph21, pph21_kumulatif, pph21_pegawai_tidak_tetap
from .pph23 import pph23
from .pph26 import pph26
from .pph4_2 import pph4_2_sewa
from .ppn import ppn as hitung_ppn
from .ppn import tarif_efektif_ppn
from .umkm import pph_final_dipotong

PENERIMA = ("badan", "orang_pribadi", "luar_negeri", "umkm_suket")
#: Who pays (and so whether they withhold): a company, a government body, a permanent establishment,
#: an individual the DGT appointed as withholder, or a private individual who is none of these.
PEMOTONG = ("badan", "pemerintah", "bentuk_usaha_tetap", "orang_pribadi_ditunjuk", "orang_pribadi")
JENIS = ("jasa", "jasa_tenaga_ahli", "jasa_penyediaan_tenaga_kerja", "honorarium", "jasa_dokter",
         "sewa_harta", "sewa_tanah_bangunan", "royalti", "bunga", "hadiah", "upah_harian", "penjualan_usaha",
         *PEKERJAAN_KONSTRUKSI)
BENTUK = ("pt", "cv", "firma", "koperasi", "pt_perorangan", "bumdes", "orang_pribadi")
JASA = ("jasa", "jasa_tenaga_ahli", "jasa_penyediaan_tenaga_kerja", "honorarium", "jasa_dokter")
KATEGORI_PPH21 = ("bukan_pegawai", "peserta_kegiatan", "pegawai_tidak_tetap")
DOKUMEN = ("kuitansi", "surat_perjanjian", "invoice_tagihan")
#: Who collects the PPN on a PKP vendor's invoice: the vendor (``tidak``), or the payer as an appointed
#: VAT collector (UU PPN Pasal 16A): a government body, a BUMN, or another collector the Minister appointed.
PEMUNGUT_PPN = ("tidak", "instansi_pemerintah", "bumn", "lainnya_ditunjuk")
NAMA_PEMUNGUT = {"instansi_pemerintah": "instansi pemerintah", "bumn": "BUMN",
                 "lainnya_ditunjuk": "pihak yang ditunjuk Menteri Keuangan"}
#: Kinds of royalty the page names (all are royalty: PPh 23 or PPh 26 at the royalty rate).
JENIS_ROYALTI = ("foto_stok", "font", "perangkat_lunak", "musik_video", "lainnya")
NAMA_ROYALTI = {"foto_stok": "Lisensi foto, ilustrasi atau video stok", "font": "Lisensi huruf (font)",
                "perangkat_lunak": "Lisensi perangkat lunak", "musik_video": "Lisensi musik atau karya rekaman",
                "lainnya": "Lisensi hak cipta, merek, paten atau hak serupa"}
#: Whether an appointed marketplace collected PPh 22 from the seller on this sale (its invoice says so).
PPH22_MARKETPLACE = ("dipungut", "tidak_dipungut")
#: The ways a reader states the amount; exactly one is given (or a list of monthly fees,
#: ``pembayaran_bulanan``, instead of all of them).
CARA_NILAI = ("bruto", "nilai_termasuk_ppn", "nilai_valas", "net_diterima")
NAMA_CARA_NILAI = {"bruto": "nilai jasa (tanpa PPN)", "nilai_termasuk_ppn": "nilai termasuk PPN",
                   "nilai_valas": "nilai dalam valuta asing",
                   "net_diterima": "jumlah bersih yang harus diterima penyedia"}


def pesan_nilai_kosong(cara: tuple[str, ...] = CARA_NILAI) -> str:
    """'Isi nilai jasa (tanpa PPN) atau ...': only the ways of giving the amount a page asks."""
    nama = [NAMA_CARA_NILAI[k] for k in cara]
    if len(nama) > 2:
        return f"Isi {', '.join(nama[:-1])}, atau {nama[-1]}."
    return f"Isi {' atau '.join(nama)}."
#: Deadline kind (parameter/jatuh_tempo.toml) of each income tax.
TEMPO: dict[str, str] = {"pph21": "pph21", "pph23": "pph23", "pph26": "pph26", "pph4_2": "pph4_2",
                         "pph_final": "pph_final_umkm_dipotong"}
NAMA_PAJAK: dict[str, str] = {"pph21": "PPh 21", "pph23": "PPh 23", "pph26": "PPh 26",
                              "pph4_2": "PPh Pasal 4 ayat (2)", "pph_final": "PPh final UMKM"}


#: The inputs as a CLI, page or spreadsheet row gives them (raw text parsed by ``masukan.baca``): the
#: contract keys of the engine, shared by the pembayaran page, the per-tax pages and the recap.
SKEMA: Skema = {
    "tanggal": Tanggal(),
    "penerima": Pilihan(pilihan=PENERIMA, bawaan="badan"),
    "pemotong": Pilihan(pilihan=PEMOTONG, bawaan="badan", wajib=False),
    # blank: a PT, or an individual when only an individual can give what was shown (the engine's `bentuk`)
    "bentuk_badan": Pilihan(pilihan=BENTUK, bawaan=None, wajib=False),
    "kategori_pph21": Pilihan(pilihan=KATEGORI_PPH21, bawaan="bukan_pegawai", wajib=False),
    "cara_bayar": Pilihan(pilihan=CARA_BAYAR, bawaan="harian", wajib=False),
    "jumlah_hari": Bulat(bawaan=1, minimum=Decimal(1), maksimum=Decimal(366), satuan="hari"),
    "status_ptkp": Pilihan(pilihan=STATUS_PTKP, bawaan="TK/0", wajib=False),
    "berkesinambungan": YaTidak(bawaan=False),
    "pembayaran_sebelumnya": Uang(wajib=False, bawaan=Decimal(0)),
    "satu_pemotong": YaTidak(bawaan=False),
    "jumlah_bulan": Bulat(wajib=False, minimum=Decimal(1), maksimum=Decimal(12), satuan="bulan"),
    "punya_npwp": YaTidak(bawaan=True),
    "pkp": YaTidak(bawaan=False),
    "jenis_penghasilan": Pilihan(pilihan=JENIS, bawaan="jasa"),
    "jenis_royalti": Pilihan(pilihan=JENIS_ROYALTI, bawaan=None, wajib=False),
    # blank: a government payer collects (pemotong = pemerintah), anyone else does not
    "pemungut_ppn": Pilihan(pilihan=PEMUNGUT_PPN, bawaan=None, wajib=False),
    "pemungut_pmse": YaTidak(bawaan=False),
    "penjual_marketplace": YaTidak(bawaan=False),
    "pph22_marketplace": Pilihan(pilihan=PPH22_MARKETPLACE, bawaan="dipungut", wajib=False),
    "sertifikat_konstruksi": Pilihan(pilihan=SERTIFIKAT_KONSTRUKSI, bawaan=None, wajib=False),
    "bruto": Uang(wajib=False, lebih_dari_minimum=True),
    "komponen_dikecualikan": Uang(wajib=False, bawaan=Decimal(0)),
    "dokumen_pendukung": YaTidak(bawaan=False),
    "nilai_termasuk_ppn": Uang(wajib=False, lebih_dari_minimum=True),
    "nilai_valas": Valas(wajib=False, lebih_dari_minimum=True),
    "mata_uang": Teks(wajib=False, bawaan="", maks_panjang=10),
    "kurs": Uang(wajib=False, lebih_dari_minimum=True),
    "tarif_p3b": Persen(wajib=False),
    "dgt_valid": YaTidak(bawaan=False),
    "net_diterima": Uang(wajib=False, lebih_dari_minimum=True),
    "arti_net": Pilihan(pilihan=("setelah_pph", "transfer_termasuk_ppn"), bawaan="setelah_pph", wajib=False),
    "surat_pernyataan_500jt": YaTidak(bawaan=False),
    "jenis_dokumen": Pilihan(pilihan=DOKUMEN, bawaan="kuitansi"),
    "nilai_nominal": Uang(wajib=False),
    "jumlah_rangkap": Bulat(bawaan=1, minimum=Decimal(1), maksimum=Decimal(100), satuan="rangkap"),
    "pembayaran_bulanan": Daftar(isi=Uang(), panjang=12, kosong_sebagai=Decimal(0), wajib=False),
}


@dataclass(frozen=True)
class PembayaranJasa:
    """One service payment, as the payer knows it. Keys are the CLI/page keys."""

    tanggal: date
    penerima: str = "badan"
    pemotong: str = "badan"
    bentuk_badan: str | None = None  # None: not stated (see ``bentuk``)
    kategori_pph21: str = "bukan_pegawai"
    cara_bayar: str = "harian"
    jumlah_hari: int = 1
    status_ptkp: str = "TK/0"
    berkesinambungan: bool = False
    pembayaran_sebelumnya: Decimal = Decimal(0)
    satu_pemotong: bool = False
    jumlah_bulan: int | None = None
    punya_npwp: bool = True
    pkp: bool = False
    jenis_penghasilan: str = "jasa"
    #: royalties only: what is licensed (named in the explanation and the tax-object code)
    jenis_royalti: str | None = None
    #: the payer as VAT collector; None: a government payer collects, anyone else does not
    pemungut_ppn: str | None = None
    #: a foreign seller appointed as PMSE VAT collector charges the PPN on its own invoice
    pemungut_pmse: bool = False
    #: bought through an Indonesian marketplace appointed to collect PPh 22 from sellers
    penjual_marketplace: bool = False
    pph22_marketplace: str = "dipungut"
    #: construction services only: the contractor's certificate (SBU qualification or SKK)
    sertifikat_konstruksi: str | None = None
    bruto: Decimal | None = None
    nilai_termasuk_ppn: Decimal | None = None
    nilai_valas: Decimal | None = None
    mata_uang: str = ""
    kurs: Decimal | None = None
    net_diterima: Decimal | None = None
    #: what "net" means: after income tax with PPN added on top (what a vendor asking for a net fee
    #: means), or the whole transfer including the PPN on its invoice
    arti_net: str = "setelah_pph"
    komponen_dikecualikan: Decimal = Decimal(0)
    dokumen_pendukung: bool = False
    tarif_p3b: Decimal | None = None
    dgt_valid: bool = False
    surat_pernyataan_500jt: bool = False
    jenis_dokumen: str | None = "kuitansi"  # None: no stamp duty in the answer
    nilai_nominal: Decimal | None = None
    jumlah_rangkap: int = 1
    #: Fees of January, February ... of the year of ``tanggal`` to the same payee (0: nothing paid that
    #: month), instead of one amount: see ``pembayaran_bulanan``.
    pembayaran_bulanan: tuple[Decimal, ...] | None = None

    @property
    def bentuk(self) -> str:
        """The payee's legal form the rules use: as stated; when not stated, an individual if the payee
        showed what only an individual can give (the Rp500 juta statement of a UMKM), else a PT."""
        if self.bentuk_badan is not None:
            return self.bentuk_badan
        return "orang_pribadi" if self.penerima == "umkm_suket" and self.surat_pernyataan_500jt else "pt"

    @property
    def pemungut(self) -> str:
        """Who collects the PPN on the invoice: as stated; when not stated, a government payer."""
        if self.pemungut_ppn is not None:
            return self.pemungut_ppn
        return "instansi_pemerintah" if self.pemotong == "pemerintah" else "tidak"

    @classmethod
    def dari(cls, m: dict[str, Any]) -> "PembayaranJasa":
        """From validated page/CLI inputs (``masukan.baca``); keys it does not know are ignored."""
        bawaan = {f.name: f.default for f in fields(cls)}
        # a blank optional value keeps the field's default (None for the optional amounts)
        nilai = {k: v for k, v in m.items() if k in bawaan and (v is not None or bawaan[k] is None)}
        if isinstance(nilai.get("pembayaran_bulanan"), list):
            nilai["pembayaran_bulanan"] = tuple(nilai["pembayaran_bulanan"])
        return cls(**nilai)


@dataclass(frozen=True)
class RincianPembayaran:
    """The typed breakdown of one payment."""

    jenis_pph: JenisPPh
    bruto: Decimal
    dpp: Decimal
    tarif: Decimal
    pph: Decimal
    dpp_nilai_lain: Decimal
    ppn: Decimal                   # PPN on the provider's invoice (paid to the provider)
    ppn_jasa_luar_negeri: Decimal  # PPN on an imported service, self-assessed by the payer
    total_faktur: Decimal
    net_dibayar: Decimal
    disetor_pemotong: Decimal
    jatuh_tempo_setor: date | None
    jatuh_tempo_lapor: date | None
    jatuh_tempo_setor_ppn: date | None
    bukti_potong: str
    bea_meterai_per_pihak: Decimal | None
    bea_meterai_total: Decimal | None
    pihak_terutang: str | None       # code: penerima_dokumen, para_pihak, tidak_ada
    langkah: tuple[Langkah, ...]
    peringatan: tuple[str, ...]
    pihak_terutang_teks: str | None = None  # the same, as a sentence
    dasar_jenis: str = ""            # the legal basis of the choice of this income tax
    ppn_dipungut_pemungut: Decimal = Decimal(0)  # PPN of the invoice the payer collects and deposits
    jatuh_tempo_lapor_ppn: date | None = None    # filing deadline of the PPN the payer deposits itself
    transfer_valas: Decimal | None = None        # the transfer in the invoice's foreign currency (2 decimals)
    mata_uang: str | None = None
    pph22_marketplace: Decimal = Decimal(0)      # PPh 22 the marketplace collects from the seller
    kode_setor_pph: str | None = None            # KAP-KJS of the income tax the payer deposits
    kode_setor_ppn: str | None = None            # KAP-KJS of the PPN the payer deposits itself

    @property
    def nama_pph(self) -> str:
        return NAMA_PAJAK[self.jenis_pph]

    @property
    def ppn_sendiri(self) -> bool:
        return bool(self.ppn_jasa_luar_negeri or self.ppn_dipungut_pemungut)

    @property
    def tarif_efektif(self) -> Decimal:
        return (self.pph / self.bruto).quantize(Decimal("0.0001")) if self.bruto else Decimal(0)

    def keluaran(self) -> dict[str, Any]:
        """The outputs under the public API's keys (one key per income tax, zero where it does not apply)."""
        k: dict[str, Any] = {"bruto": self.bruto, "dpp": self.dpp}
        for jenis in NAMA_PAJAK:
            k[jenis] = self.pph if jenis == self.jenis_pph else Decimal(0)
        k.update({
            "jenis_pph": self.nama_pph, "kode_pph": self.jenis_pph, "dpp_nilai_lain": self.dpp_nilai_lain, "ppn": self.ppn,
            "ppn_jasa_luar_negeri": self.ppn_jasa_luar_negeri, "total_faktur": self.total_faktur,
            "ppn_dipungut_pemungut": self.ppn_dipungut_pemungut, "pph22_marketplace": self.pph22_marketplace,
            "net_dibayar": self.net_dibayar, "tarif_efektif": self.tarif_efektif,
            "disetor_pemotong": self.disetor_pemotong, "jatuh_tempo_setor": self.jatuh_tempo_setor,
            "jatuh_tempo_lapor": self.jatuh_tempo_lapor, "jatuh_tempo_setor_ppn": self.jatuh_tempo_setor_ppn,
            # the PPN the payer deposits itself (imported services, a VAT collector): its own deadlines
            "jatuh_tempo_setor_ppn_anda": self.jatuh_tempo_setor_ppn if self.ppn_sendiri else None,
            "jatuh_tempo_lapor_ppn": self.jatuh_tempo_lapor_ppn if self.ppn_sendiri else None,
            "transfer_valas": (f"{self.mata_uang or 'valuta asing'} {angka(self.transfer_valas, 2)}"
                               if self.transfer_valas is not None else None),
            "bukti_potong": self.bukti_potong,
            "kode_setor_pph": self.kode_setor_pph, "kode_setor_ppn": self.kode_setor_ppn,
        })
        if self.bea_meterai_per_pihak is not None:
            k.update({"bea_meterai": self.bea_meterai_per_pihak, "bea_meterai_per_pihak": self.bea_meterai_per_pihak,
                      "bea_meterai_total": self.bea_meterai_total, "pihak_terutang": self.pihak_terutang,
                      "pihak_terutang_teks": self.pihak_terutang_teks})
        return k


def pegawai_tidak_tetap(p: PembayaranJasa) -> bool:
    return p.penerima == "orang_pribadi" and (
        p.kategori_pph21 == "pegawai_tidak_tetap" or p.jenis_penghasilan == "upah_harian")


def kesalahan(p: PembayaranJasa) -> list[dict[str, str]]:
    """Combinations the law does not allow or this engine does not compute, one message per field."""
    salah = []
    diberi = [k for k in CARA_NILAI if getattr(p, k) is not None]
    if p.pembayaran_bulanan is not None:
        for k in diberi:
            salah.append({"kunci": k, "pesan": "Isi satu cara saja: nilai per bulan (pembayaran_bulanan) atau "
                                               "satu nilai pembayaran, tidak keduanya."})
        if not any(p.pembayaran_bulanan):
            salah.append({"kunci": "pembayaran_bulanan", "pesan": "Isi paling sedikit satu bulan dengan nilai "
                                                                  "lebih dari nol."})
        if len(p.pembayaran_bulanan) > 12:
            salah.append({"kunci": "pembayaran_bulanan", "pesan": "Paling banyak 12 nilai, Januari sampai "
                                                                  "Desember."})
        if p.jumlah_bulan is not None:
            salah.append({"kunci": "jumlah_bulan", "pesan": "Dengan nilai per bulan, jumlah bulan dihitung dari "
                                                            "daftar itu; kosongkan kolom ini."})
        diberi = ["bruto"]  # each month's fee is a gross amount
    elif not diberi:
        salah.append({"kunci": "bruto", "pesan": pesan_nilai_kosong()})
    for k in diberi[1:]:
        salah.append({"kunci": k, "pesan": "Isi satu cara saja untuk menyebut nilai pembayaran."})
    if p.nilai_valas is not None and p.kurs is None:
        salah.append({"kunci": "kurs", "pesan": "Isi kurs rupiah untuk satu unit valuta asing (misalnya kurs "
                                                "Keputusan Menteri Keuangan yang berlaku pada tanggal itu)."})
    if p.penerima == "luar_negeri" and p.dgt_valid and p.tarif_p3b is None:
        salah.append({"kunci": "tarif_p3b", "pesan": "Anda menyatakan formulir DGT sudah diterima: isi tarif menurut "
                                                     "persetujuan penghindaran pajak berganda (P3B) dengan negara "
                                                     "penerima, misalnya 10 atau 0. Tanpa tarif itu PPh 26 tidak "
                                                     "dapat dihitung dengan tarif P3B; bila formulir belum ada, "
                                                     "jawab “tidak” dan tarif umum PPh 26 dipakai."})
    if p.nilai_termasuk_ppn is not None and not p.pkp and p.penerima != "luar_negeri":
        salah.append({"kunci": "nilai_termasuk_ppn", "pesan": "Penyedia bukan PKP, jadi tagihannya tanpa PPN; "
                                                              "isi nilai jasa saja."})
    j, pen = p.jenis_penghasilan, p.penerima
    if j == "upah_harian" and pen != "orang_pribadi":
        salah.append({"kunci": "jenis_penghasilan", "pesan": "Upah harian dibayarkan kepada orang pribadi "
                                                             "(pegawai tidak tetap); pilih penerima orang pribadi."})
    if pegawai_tidak_tetap(p) and p.komponen_dikecualikan:
        salah.append({"kunci": "komponen_dikecualikan", "pesan": "Upah pegawai tidak tetap tidak punya komponen "
                                                                 "yang dikecualikan; kosongkan kolom ini."})
    if p.jumlah_bulan is not None and p.jumlah_bulan > p.tanggal.month:
        salah.append({"kunci": "jumlah_bulan", "pesan": f"Paling banyak {p.tanggal.month}: bulan pembayaran "
                                                        "ini dihitung dari Januari tahun yang sama."})
    if j == "penjualan_usaha" and pen != "umkm_suket":
        salah.append({"kunci": "jenis_penghasilan", "pesan": "Penjualan barang bukan pembayaran jasa; pilih "
                                                             "jenis jasa, atau penerima UMKM dengan Surat Keterangan."})
    if j in PEKERJAAN_KONSTRUKSI and p.sertifikat_konstruksi is None and pen != "luar_negeri":
        salah.append({"kunci": "sertifikat_konstruksi", "pesan": "Pilih sertifikat penyedia jasa konstruksi (SBU "
                                                                 "kualifikasi kecil, SKK perseorangan, kualifikasi lain, "
                                                                 "atau tidak ada): tarifnya bergantung pada itu."})
    if p.jenis_royalti is not None and j != "royalti":
        salah.append({"kunci": "jenis_royalti", "pesan": "Jenis royalti hanya untuk jenis pembayaran royalti; "
                                                         "kosongkan kolom ini atau pilih jenis pembayaran royalti."})
    if p.penjual_marketplace and pen == "luar_negeri":
        salah.append({"kunci": "penjual_marketplace", "pesan": "Marketplace hanya memungut PPh Pasal 22 dari penjual "
                                                               "dalam negeri. Untuk penjual luar negeri, jawab "
                                                               "pertanyaan pemungut PPN PMSE."})
    if p.pemungut_pmse and pen != "luar_negeri":
        salah.append({"kunci": "pemungut_pmse", "pesan": "Pemungut PPN PMSE adalah penjual luar negeri; untuk penyedia "
                                                         "dalam negeri, PPN ada di faktur pajak penyedia PKP."})
    if p.pemungut_ppn not in (None, "tidak") and pen == "luar_negeri":
        salah.append({"kunci": "pemungut_ppn", "pesan": "PPN atas jasa dari luar negeri Anda setor sendiri; pemungut "
                                                        "PPN hanya memungut PPN di faktur penyedia PKP dalam negeri."})
    if j == "hadiah" and pen == "orang_pribadi":
        salah.append({"kunci": "jenis_penghasilan", "pesan": "Hadiah untuk orang pribadi dikenai PPh 21 atau "
                                                             "PPh final undian sesuai jenisnya; belum dihitung di sini."})
    return salah


def _nama_royalti(p: PembayaranJasa) -> str:
    return NAMA_ROYALTI[p.jenis_royalti] if p.jenis_royalti else "Imbalan atas izin memakai hak cipta atau hak serupa"


def _langkah_teks(teks: str, dasar: str) -> Langkah:
    return Langkah(teks, None, dasar, "teks")


def pph_yang_berlaku(p: PembayaranJasa, bruto: Decimal) -> tuple[JenisPPh, Pemotongan, list[Langkah]]:
    """Which income tax the payer withholds from ``bruto``, the withholding, and why."""
    pen, j, t = p.penerima, p.jenis_penghasilan, p.tanggal
    kecuali = p.komponen_dikecualikan if p.dokumen_pendukung else Decimal(0)
    alasan: list[Langkah] = []
    if p.komponen_dikecualikan and not p.dokumen_pendukung and pen not in ("luar_negeri", "umkm_suket"):
        konsep = "pph21" if pen == "orang_pribadi" and j in JASA else "pph23"
        try:
            dasar = dasar_hukum(f"{konsep}.dasar.pengecualian_komponen", t)
        except TanggalTidakDicakup:  # no exclusion rule recorded for this date: nothing to exclude anyway
            dasar = ""
        alasan.append(_langkah_teks("Komponen yang dikecualikan tidak didukung dokumen (kontrak, daftar gaji, "
                                    "faktur pembelian), jadi seluruh tagihan menjadi dasar pemotongan.", dasar))
    if pen == "luar_negeri":
        alasan.append(_langkah_teks("Penerima adalah Wajib Pajak luar negeri tanpa BUT di Indonesia: yang berlaku "
                                    "PPh Pasal 26.", dasar_hukum("pph26.dasar.subjek", t)))
        if j == "royalti":
            alasan.append(_langkah_teks(f"{_nama_royalti(p)} dari pemberi lisensi luar negeri adalah royalti: PPh "
                                        "Pasal 26 dari jumlah bruto, atau tarif pasal royalti P3B negaranya bila "
                                        "formulir DGT yang sah sudah Anda terima.", dasar_hukum("pph26.dasar.royalti", t)))
        return "pph26", pph26(bruto, t, p.tarif_p3b, p.dgt_valid), alasan
    if j in PEKERJAAN_KONSTRUKSI:
        potong = pph4_2_konstruksi(bruto, j, p.sertifikat_konstruksi or "tidak_ada", t)
        alasan.append(_langkah_teks("Jasa konstruksi dikenai PPh final Pasal 4 ayat (2), bukan PPh 23 atau PPh 21, "
                                    "baik penyedianya badan maupun orang perseorangan.",
                                    parameter("konstruksi.subjek", t).dasar_hukum))
        return "pph4_2", potong, alasan
    if j == "sewa_tanah_bangunan":
        alasan.append(_langkah_teks("Sewa tanah dan/atau bangunan dikenai PPh final Pasal 4 ayat (2), bukan PPh 23.",
                                    dasar_hukum("pph4_2.dasar.sewa", t)))
        return "pph4_2", pph4_2_sewa(bruto, t), alasan
    if pen == "umkm_suket":
        alasan.append(_langkah_teks("Penerima memiliki Surat Keterangan PPh final UMKM: PPh final menggantikan "
                                    "PPh 21 dan PPh 23.", dasar_hukum("umkm.dasar.pemotongan_suket", t)))
        return "pph_final", pph_final_dipotong(bruto, t), alasan
    if pegawai_tidak_tetap(p):
        potong = pph21_pegawai_tidak_tetap(bruto, p.cara_bayar, p.jumlah_hari, p.status_ptkp, p.punya_npwp, t)
        alasan.append(_langkah_teks("Penerima pegawai tidak tetap (upah harian, mingguan, satuan, borongan, atau "
                                    "bulanan) yang Anda bayar langsung: PPh 21 dengan tarif efektif.",
                                    dasar_hukum("pph21.dasar.pegawai_tidak_tetap", t)))
        return "pph21", potong, alasan
    if pen == "orang_pribadi" and j in JASA and p.kategori_pph21 == "bukan_pegawai" and p.berkesinambungan:
        kumulatif = parameter("pph21.kumulatif_sampai", t)
        if t < kumulatif.nilai:
            alasan.append(_langkah_teks("Imbalan berkesinambungan kepada bukan pegawai sebelum 2024: dihitung dengan "
                                        "jumlah kumulatif sejak Januari tahun yang sama.", kumulatif.dasar_hukum))
            return "pph21", pph21_kumulatif(bruto, p.pembayaran_sebelumnya, p.punya_npwp, t,
                                            p.status_ptkp if p.satu_pemotong else None, p.jumlah_bulan), alasan
        alasan.append(_langkah_teks("Sejak 1 Januari 2024 pembayaran berkesinambungan tidak lagi dijumlahkan: setiap "
                                    "pembayaran dihitung sendiri.", dasar_hukum("pph21.dasar.tidak_kumulatif", t)))
        if p.satu_pemotong:
            alasan.append(_langkah_teks("Sejak 1 Januari 2024 PTKP juga tidak lagi dikurangkan untuk bukan pegawai, "
                                        "walaupun ia hanya berpenghasilan dari Anda.",
                                        dasar_hukum("ptkp.bukan_pegawai_satu_pemotong", t)))
    if pen == "orang_pribadi" and j in JASA:
        alasan.append(_langkah_teks("Penerima orang pribadi dalam negeri yang bukan pegawai Anda: yang berlaku "
                                    "PPh 21, bukan PPh 23, walaupun ia memakai nama usaha.",
                                    dasar_hukum("pph21.dasar.bukan_pegawai", t)))
        kategori = p.kategori_pph21 if p.kategori_pph21 != "pegawai_tidak_tetap" else "bukan_pegawai"
        return "pph21", pph21(bruto, kategori, p.punya_npwp, t, kecuali), alasan
    jenis23 = "jasa" if j in JASA else j
    if j == "royalti":
        alasan.append(_langkah_teks(f"{_nama_royalti(p)} adalah royalti, yaitu imbalan atas izin memakai hak cipta "
                                    "atau hak serupa, bukan imbalan jasa: tarifnya tarif royalti.",
                                    dasar_hukum("pph23.dasar.royalti", t)))
    alasan.append(_langkah_teks("Penerima Wajib Pajak dalam negeri (badan, atau orang pribadi untuk sewa harta, "
                                "royalti dan bunga): yang berlaku PPh 23.", dasar_hukum("pph23.dasar.pemotongan", t)))
    return "pph23", pph23(bruto, jenis23, p.punya_npwp, t, kecuali), alasan


def _riwayat_mulai(jalur: str) -> date:
    from .parameter import riwayat

    return riwayat(jalur)[0].mulai


@dataclass(frozen=True)
class _Pajak:
    """The taxes on one gross amount (what the gross-up search varies)."""

    jenis: JenisPPh
    dasar_jenis: str  # why this tax applies: the basis of the step that chose it
    potong: Pemotongan
    ppn_vendor: Decimal
    ppn_jln: Decimal
    dpp_nilai_lain: Decimal
    langkah: tuple[Langkah, ...]
    bruto: Decimal
    ppn_pungut: Decimal = Decimal(0)   # the invoice's PPN the payer collects as VAT collector
    pph22: Decimal = Decimal(0)        # PPh 22 the marketplace collects from the seller
    lewat_marketplace: bool = False    # the marketplace's PPh 22 replaces the payer's withholding
    pmse: bool = False                 # a foreign PMSE collector charges the PPN itself

    @property
    def net(self) -> Decimal:
        """Cash to the provider: gross + PPN on its invoice - PPN the payer collects - income tax withheld."""
        return self.bruto + self.ppn_vendor - self.ppn_pungut - self.potong.pajak


def _pajak(p: PembayaranJasa, bruto: Decimal) -> _Pajak:
    t = p.tanggal
    jenis, potong, langkah = pph_yang_berlaku(p, bruto)
    dasar_jenis = langkah[-1].dasar_hukum
    if p.pemotong == "orang_pribadi":
        langkah.append(Langkah(
            f"Anda membayar sebagai orang pribadi yang tidak ditunjuk Direktur Jenderal Pajak sebagai pemotong: "
            f"Anda tidak memotong {NAMA_PAJAK[jenis]} dan tidak menerbitkan bukti potong. Penyedia membayar sendiri "
            "pajak atas penghasilan ini.", Decimal(0), dasar_hukum("pemotongan_pph.bukan_pemotong", t)))
        potong = Pemotongan(potong.dpp, Decimal(0), Decimal(0), ())
    if p.penerima == "umkm_suket" and p.surat_pernyataan_500jt and p.bentuk == "orang_pribadi":
        try:
            dasar = dasar_hukum("umkm.dasar.surat_pernyataan_500jt", t)
        except TanggalTidakDicakup:
            dasar = None
        if dasar is not None and p.bentuk_badan is None:
            langkah.append(_langkah_teks("Bentuk penyedia tidak disebutkan, tetapi surat pernyataan peredaran bruto "
                                         "belum Rp500 juta hanya dapat diserahkan orang pribadi: penyedia "
                                         "diperlakukan sebagai orang pribadi.", dasar))
        if dasar is not None:
            langkah.append(Langkah("Penyedia orang pribadi menyerahkan surat pernyataan bahwa peredaran brutonya "
                                   "tahun ini belum melebihi Rp500 juta: tidak ada PPh yang dipotong.", Decimal(0),
                                   dasar))
            potong = Pemotongan(potong.dpp, Decimal(0), Decimal(0), ())
        else:
            langkah.extend(potong.langkah)
            langkah.append(_langkah_teks("Pada tanggal ini belum ada aturan surat pernyataan peredaran bruto di bawah "
                                         "Rp500 juta untuk pemotongan oleh pembeli, jadi PPh final tetap dipotong.",
                                         dasar_hukum("umkm.dasar.pemotongan_suket", t)))
    else:
        langkah.extend(potong.langkah)
    pph22, lewat = Decimal(0), False
    if p.penjual_marketplace and p.penerima != "luar_negeri":
        potong, pph22, lewat = _marketplace(p, bruto, jenis, potong, langkah)
    ppn_vendor = ppn_jln = ppn_pungut = Decimal(0)
    if p.penerima == "luar_negeri":
        h = hitung_ppn(bruto, t, True)
        langkah.extend(_ppn_luar_negeri(p))
        if p.pemungut_pmse:
            ppn_vendor = h.ppn
        else:
            ppn_jln = h.ppn
        langkah.extend(h.langkah)
    else:
        h = hitung_ppn(bruto, t, p.pkp)
        ppn_vendor = h.ppn
        langkah.extend(h.langkah)
        if p.pemungut != "tidak":
            ppn_pungut = _pemungut_ppn(p, bruto, h.ppn, langkah)
    return _Pajak(jenis, dasar_jenis, potong, ppn_vendor, ppn_jln, h.dpp_nilai_lain, tuple(langkah), bulat_rupiah(bruto),
                  ppn_pungut, pph22, lewat, p.penerima == "luar_negeri" and p.pemungut_pmse)


def _marketplace(p: PembayaranJasa, bruto: Decimal, jenis: JenisPPh, potong: Pemotongan,
                 langkah: list[Langkah]) -> tuple[Pemotongan, Decimal, bool]:
    """A sale through an Indonesian marketplace: from the date the appointed marketplaces collect PPh 22
    (PMK 37/2025), income they collected it on is not withheld again; income they did not collect it on
    is withheld as usual. Before that date nothing changes. Returns (withholding, PPh 22, replaced)."""
    t, nama = p.tanggal, NAMA_PAJAK[jenis]
    berlaku = parameter("pph22_marketplace.berlaku", t)  # before 2022: TanggalTidakDicakup, loudly
    if berlaku.nilai != "ya":
        langkah.append(_langkah_teks(f"Pada tanggal ini marketplace belum memungut PPh atas penghasilan penjual dalam "
                                     f"negeri: pembayaran lewat marketplace dipotong {nama} seperti pembayaran lain.",
                                     berlaku.dasar_hukum))
        return potong, Decimal(0), False
    if p.pph22_marketplace != "dipungut":
        langkah.append(_langkah_teks(f"Marketplace tidak memungut PPh Pasal 22 atas penjualan ini (misalnya penjual "
                                     "orang pribadi yang menyerahkan surat pernyataan peredaran bruto sampai Rp500 juta, "
                                     f"atau penjual dengan surat keterangan bebas): penghasilan itu tetap dikenai {nama} "
                                     "menurut aturan biasa.", dasar_hukum("pph22_marketplace.tidak_dipungut", t)))
        return potong, Decimal(0), False
    tarif = parameter("pph22_marketplace.tarif", t)
    pph22 = bulat_rupiah(bulat_rupiah(bruto) * tarif.desimal)
    langkah.append(Langkah(f"Marketplace memungut PPh Pasal 22 sebesar {persen(tarif.desimal)} × {rupiah(bruto)} = "
                           f"{rupiah(pph22)} dari penjual (tanpa PPN), dan mencantumkannya di dokumen tagihan.", pph22,
                           f"{tarif.dasar_hukum}; {dasar_pembulatan(t)}"))
    langkah.append(Langkah(f"Penghasilan yang sudah dipungut PPh Pasal 22 oleh marketplace tidak dipotong lagi: Anda tidak "
                           f"memotong {nama} dan tidak menerbitkan bukti potong atas pembelian ini.", Decimal(0),
                           dasar_hukum("pph22_marketplace.pembeli_tidak_memotong", t)))
    if jenis in ("pph4_2", "pph_final"):
        langkah.append(_langkah_teks(f"Karena penghasilan ini dikenai {nama} yang final, PPh Pasal 22 itu menjadi bagian "
                                     "pelunasannya; kekurangannya disetor sendiri oleh penjual.",
                                     dasar_hukum("pph22_marketplace.final", t)))
    return Pemotongan(potong.dpp, Decimal(0), Decimal(0), ()), pph22, True


def _ppn_luar_negeri(p: PembayaranJasa) -> list[Langkah]:
    """Who accounts for the PPN on a service or licence from abroad, who owes it, and who may credit it."""
    t = p.tanggal
    barang = p.jenis_penghasilan in ("royalti", "sewa_harta")
    if p.pemungut_pmse:
        return [
            _langkah_teks("Penjual luar negeri ini ditunjuk sebagai pemungut PPN Perdagangan Melalui Sistem Elektronik "
                          "(PMSE): PPN dicantumkan di tagihannya dan Anda bayar kepadanya bersama harganya. Anda tidak "
                          "menyetor PPN luar negeri lagi atas pembelian yang sama.", dasar_hukum("pmse.pemungut", t)),
            _langkah_teks("Bila Anda Pengusaha Kena Pajak, tagihan itu (yang mencantumkan nama dan NPWP Anda) menjadi "
                          "bukti pungut PPN yang dipersamakan dengan faktur pajak, dan PPN-nya dapat dikreditkan bila "
                          "pembeliannya untuk usaha yang terutang PPN. Bila bukan, PPN itu menjadi bagian biaya.",
                          dasar_hukum("pmse.bukti_pungut", t)),
        ]
    dasar = dasar_hukum("ppn.dasar.barang_tidak_berwujud_luar_negeri" if barang else "ppn.dasar.jasa_luar_negeri", t)
    obyek = "Hak atau lisensi dari luar negeri (barang kena pajak tidak berwujud)" if barang else         "Jasa dari luar negeri"
    langkah = [
        _langkah_teks(f"{obyek} yang dimanfaatkan di Indonesia: Anda sendiri memungut dan menyetor PPN-nya; PPN ini "
                      "tidak dibayar ke penyedia.", dasar),
        _langkah_teks("Kewajiban ini berlaku bagi setiap orang pribadi dan badan yang memanfaatkannya, juga yang bukan "
                      "Pengusaha Kena Pajak.", dasar_hukum("ppn.dasar.pemanfaat_siapa_pun", t)),
        _langkah_teks("Bila Anda Pengusaha Kena Pajak dan jasa itu untuk usaha yang terutang PPN, bukti setor PPN ini "
                      "dipersamakan dengan faktur pajak dan dapat Anda kreditkan sebagai pajak masukan; bila tidak, PPN "
                      "ini menjadi biaya.", dasar_hukum("ppn.dasar.kredit_jasa_luar_negeri", t)),
    ]
    try:  # no PMSE collectors before PMK 48/2020: nothing to point to
        langkah.append(_langkah_teks("Bila penjualnya ditunjuk sebagai pemungut PPN PMSE dan PPN sudah tercantum di "
                                     "tagihannya, Anda tidak menyetornya lagi: jawab ya pada pertanyaan pemungut PPN "
                                     "PMSE.", dasar_hukum("pmse.pemungut", t)))
    except TanggalTidakDicakup:
        pass
    return langkah


def _pemungut_ppn(p: PembayaranJasa, bruto: Decimal, ppn: Decimal, langkah: list[Langkah]) -> Decimal:
    """The invoice's PPN the payer collects and deposits as VAT collector (0 when there is none to collect)."""
    t, pm = p.tanggal, p.pemungut
    dasar = dasar_hukum(f"pemungut_ppn.dasar.{pm}", t)
    if not ppn:
        langkah.append(_langkah_teks(f"Anda {NAMA_PEMUNGUT[pm]} sebagai Pemungut PPN, tetapi penyedia bukan PKP: tidak ada "
                                     "PPN yang Anda pungut.", dasar))
        return Decimal(0)
    if pm == "instansi_pemerintah":
        batas = parameter("pemungut_ppn.batas_instansi_pemerintah", t)
        if bruto + ppn <= batas.desimal:
            langkah.append(_langkah_teks(f"Pembayaran ini paling banyak {rupiah(batas.desimal)} termasuk PPN: instansi "
                                         "pemerintah tidak memungut PPN-nya, jadi PPN dibayar kepada penyedia seperti "
                                         "biasa (asal pembayaran tidak dipecah-pecah).", batas.dasar_hukum))
            return Decimal(0)
    kode = parameter("pemungut_ppn.kode_faktur", t)
    langkah.append(Langkah(f"Anda membayar sebagai Pemungut PPN ({NAMA_PEMUNGUT[pm]}): PPN {rupiah(ppn)} di faktur pajak "
                           "penyedia tidak Anda bayarkan kepadanya, tetapi Anda setor sendiri ke kas negara. Penyedia "
                           f"tetap membuat faktur pajak, dengan kode transaksi {kode.nilai[pm]}.", ppn,
                           f"{dasar}; {kode.dasar_hukum}"))
    return ppn


def _dari_termasuk_ppn(t: date, nilai: Decimal) -> tuple[Decimal, Langkah]:
    """The price excluding PPN whose invoice total equals ``nilai``, by the faktur's own arithmetic."""
    perkiraan = bulat_rupiah(nilai / (1 + tarif_efektif_ppn(t)))
    calon = [perkiraan + d for d in range(-3, 4) if perkiraan + d > 0]
    tepat = [h for h in calon if h + hitung_ppn(h, t, True).ppn == nilai]
    harga = tepat[0] if tepat else min(calon, key=lambda h: abs(h + hitung_ppn(h, t, True).ppn - nilai))
    teks = (f"Nilai {rupiah(nilai)} sudah termasuk PPN. Harga jual yang total fakturnya persis sebesar itu: "
            f"{rupiah(harga)}." if tepat else
            f"Tidak ada harga jual dalam rupiah penuh yang total fakturnya persis {rupiah(nilai)}; yang paling dekat "
            f"{rupiah(harga)}.")
    return harga, Langkah(teks, harga, f"{parameter('ppn.dpp_nilai_lain', t).dasar_hukum}; {dasar_pembulatan(t)}")


def _bersih(p: PembayaranJasa, r: "_Pajak") -> Decimal:
    """The "net" the reader asked for: gross minus income tax (PPN on top), or the whole transfer."""
    return r.net if p.arti_net == "transfer_termasuk_ppn" else r.bruto - r.potong.pajak


def _grossup(p: PembayaranJasa, target: Decimal) -> tuple[Decimal, Langkah, list[str]]:
    """Smallest whole-rupiah gross whose net reaches ``target`` (the net is non-decreasing in gross)."""
    bawah, atas = Decimal(1), bulat_rupiah(target * 3) + 10
    while bawah < atas:
        tengah = (bawah + atas) // 2
        if _bersih(p, _pajak(p, tengah)) >= target:
            atas = tengah
        else:
            bawah = tengah + 1
    hasil = _pajak(p, bawah)
    if p.arti_net == "transfer_termasuk_ppn":
        arti = ("seluruh transfer, termasuk PPN di fakturnya. Dicari jumlah bruto terkecil dalam rupiah penuh yang, "
                "setelah PPN ditambahkan dan PPh dipotong dengan pembulatan yang sama, menghasilkan transfer "
                "sebesar itu")
    else:
        arti = ("setelah PPh dipotong; PPN (bila penyedia PKP) ditambahkan di atasnya. Dicari jumlah bruto terkecil "
                "dalam rupiah penuh yang, setelah PPh dipotong dengan pembulatan yang sama, menyisakan jumlah itu")
    langkah = Langkah(f"Gross-up: penyedia harus menerima bersih {rupiah(target)}, {arti}: {rupiah(bawah)}.", bawah,
                      dasar_pembulatan(p.tanggal))
    peringatan = []
    if _bersih(p, hasil) != target:
        peringatan.append(f"Karena PPh dibulatkan ke rupiah penuh, tidak ada jumlah bruto yang menghasilkan bersih "
                          f"tepat {rupiah(target)}; bruto terkecil yang mencapainya, {rupiah(bawah)}, memberi penyedia "
                          f"{rupiah(_bersih(p, hasil))}, lebih {rupiah(_bersih(p, hasil) - target)}.")
    return bawah, langkah, peringatan


def bukti_potong(jenis: JenisPPh, bentuk_badan: str, tanggal: date) -> tuple[dict[str, str], str]:
    """The slip the payer issues for this tax on this date (code, name, system) and its legal basis."""
    if jenis == "pph26":
        kunci = "pph26_orang_pribadi" if bentuk_badan == "orang_pribadi" else "pph26_badan"
    else:
        kunci = {"pph21": "pph21", "pph23": "pph23", "pph4_2": "pph4_2", "pph_final": "pph4_2"}[jenis]
    nilai = parameter(f"bukti_potong.{kunci}", tanggal)
    return dict(nilai.nilai), nilai.dasar_hukum


def transfer_valas(net_rupiah: Decimal, kurs: Decimal) -> Decimal:
    """The rupiah transfer in the invoice's currency at the same rate, to the cent (what the payer
    instructs the bank to send; the tax itself stays in rupiah)."""
    return (net_rupiah / kurs).quantize(Decimal("0.01"))


def pembayaran_jasa(p: PembayaranJasa) -> RincianPembayaran:
    """The whole payment. Raises ``TanggalTidakDicakup`` when a rule it needs does not cover the date,
    and ``ValueError`` for inputs ``kesalahan(p)`` reports (a list of monthly fees goes to
    ``pembayaran_bulanan``)."""
    if p.pembayaran_bulanan is not None:
        raise ValueError("pembayaran_bulanan: hitung dengan pembayaran_bulanan(p)")
    salah = kesalahan(p)
    if salah:
        raise ValueError("; ".join(f"{k['kunci']}: {k['pesan']}" for k in salah))
    langkah: list[Langkah] = []
    peringatan: list[str] = []
    t = p.tanggal
    if p.nilai_valas is not None:
        assert p.kurs is not None
        bruto = bulat_rupiah(p.nilai_valas * p.kurs)
        langkah.append(Langkah(f"Nilai {p.mata_uang or 'valuta asing'} {angka(p.nilai_valas)} × kurs "
                               f"{rupiah(p.kurs)} = {rupiah(bruto)}.", bruto, dasar_hukum("kurs.kurs_pajak", t)))
        peringatan.append("Untuk pemotongan dan pemungutan pajak gunakan kurs Keputusan Menteri Keuangan yang "
                          "berlaku pada tanggal pembayaran.")
    elif p.nilai_termasuk_ppn is not None:
        bruto, l = _dari_termasuk_ppn(t, p.nilai_termasuk_ppn)
        langkah.append(l)
    elif p.net_diterima is not None:
        bruto, l, pg = _grossup(p, p.net_diterima)
        langkah.append(l)
        peringatan.extend(pg)
    else:
        assert p.bruto is not None
        bruto = p.bruto
    r = _pajak(p, bruto)
    langkah.extend(r.langkah)
    total = r.bruto + r.ppn_vendor
    if r.ppn_vendor:
        langkah.append(Langkah(f"Total faktur = harga jual {rupiah(r.bruto)} + PPN {rupiah(r.ppn_vendor)}.", total,
                               dasar_hukum("ppn.dasar.faktur", t)))
    pajak = r.potong.pajak
    masa = f"{t.year:04d}-{t.month:02d}"
    pribadi = p.pemotong == "orang_pribadi"
    tidak_memotong = pribadi or r.lewat_marketplace
    try:
        tempo = None if tidak_memotong else jatuh_tempo(masa, TEMPO[r.jenis])
        if tempo is not None:
            langkah.extend(tempo.langkah)
            peringatan.extend(tempo.peringatan)
        tempo_ppn = jatuh_tempo(masa, "ppn") if r.ppn_vendor and not r.pmse else None
        if r.ppn_jln:  # self-assessed by the payer: its own deposit deadline
            tempo_ppn = jatuh_tempo(masa, "ppn_jasa_luar_negeri")
            langkah.extend(tempo_ppn.langkah)
    except TanggalTidakDicakup as e:
        tempo = tempo_ppn = None
        peringatan.append(f"Batas setor dan lapor tidak dihitung: {e}")
    if r.ppn_pungut:  # the collector's own deposit of the invoice's PPN
        try:
            setor = parameter("pemungut_ppn.setor", t)
            tempo_ppn = jatuh_tempo(masa, setor.nilai)
            langkah.append(_langkah_teks(f"PPN {rupiah(r.ppn_pungut)} yang Anda pungut disetor paling lambat "
                                         f"{tanggal_id(tempo_ppn.setor)} dan dilaporkan dalam SPT Masa PPN pemungut.",
                                         setor.dasar_hukum))
            peringatan.extend(x for x in tempo_ppn.peringatan if x not in peringatan)
        except TanggalTidakDicakup as e:
            tempo_ppn = None
            peringatan.append(f"Batas setor PPN yang Anda pungut tidak dihitung: {e}")
        if p.pemungut == "instansi_pemerintah":
            peringatan.append("Bila pembayaran dilakukan langsung dari kas negara atau daerah (mekanisme LS), PPN yang "
                              "dipungut disetor bersamaan dengan pembayaran melalui surat perintah membayar; periksa "
                              "aturan perbendaharaan instansi Anda.")
    try:
        slip, dasar_slip = ({"kode": "", "nama": "", "sistem": ""}, "") if tidak_memotong else \
            bukti_potong(r.jenis, p.bentuk, t)
    except TanggalTidakDicakup as e:
        slip, dasar_slip = {"kode": "", "nama": "", "sistem": ""}, ""
        peringatan.append(f"Jenis bukti potong tidak ditentukan: {e}")
    kode_pph = kode_ppn = None
    try:
        if pajak and not tidak_memotong:
            k = kode_setor_pph(r.jenis, p.jenis_penghasilan, t)
            kode_pph = k.teks
            langkah.append(_langkah_teks(k.kalimat, k.dasar_hukum))
        if r.ppn_jln or r.ppn_pungut:
            k = kode_setor_ppn(bool(r.ppn_jln), p.pemungut, t)
            kode_ppn = k.teks
            langkah.append(_langkah_teks(k.kalimat, k.dasar_hukum))
    except TanggalTidakDicakup as e:
        peringatan.append(f"Kode setoran (KAP-KJS) tidak ditentukan: {e}")
    bm = None
    if p.jenis_dokumen is not None:
        nominal = p.nilai_nominal if p.nilai_nominal is not None else total
        bm = bea_meterai(p.jenis_dokumen, nominal, p.jumlah_rangkap, t)
        langkah.extend(bm.langkah)
        peringatan.extend(bm.peringatan)
    disetor = pajak + r.ppn_jln + r.ppn_pungut
    nama = NAMA_PAJAK[r.jenis]
    langkah.append(Langkah(
        ("Yang Anda bayar lewat marketplace" if r.lewat_marketplace else "Transfer ke penyedia")
        + f" = {rupiah(r.bruto)} + PPN {rupiah(r.ppn_vendor)}"
        + (f" − PPN yang Anda pungut {rupiah(r.ppn_pungut)}" if r.ppn_pungut else "")
        + f" − {nama} {rupiah(pajak)}.", r.net, r.dasar_jenis))
    if slip["kode"]:
        langkah.append(Langkah(
            f"Yang Anda setor ke kas negara: {nama} {rupiah(pajak)}"
            + (f" dan PPN luar negeri {rupiah(r.ppn_jln)}" if r.ppn_jln else "")
            + (f" dan PPN yang Anda pungut {rupiah(r.ppn_pungut)}" if r.ppn_pungut else "")
            + f"; {slip['nama']} diterbitkan melalui {slip['sistem']}, juga bila pajaknya nol.", disetor,
            dasar_slip))
    if r.lewat_marketplace:
        peringatan.append(f"Sebelum membayar, minta atau unduh dokumen tagihan dari marketplace: dokumen itu harus "
                          f"mencantumkan PPh Pasal 22 yang dipungut dari penjual ({rupiah(r.pph22)}). Bila nilainya nol "
                          f"atau kosong, marketplace tidak memungutnya dan {nama} tetap harus dipotong: hitung ulang dengan "
                          "pilihan “tidak dipungut”, dan sepakati dengan penjual cara memotongnya, karena pembayaran "
                          "lewat marketplace biasanya dibayar penuh.")
    if p.jenis_royalti == "perangkat_lunak":
        peringatan.append("Lisensi perangkat lunak siap pakai dihitung di sini sebagai royalti. Perlakuan ini bisa "
                          "berbeda bila yang Anda beli adalah barang (misalnya perangkat lunak yang menyatu dengan "
                          "perangkat kerasnya) atau jasa pembuatan perangkat lunak pesanan (pilih jenis jasa). Bila "
                          "kontraknya tidak jelas, mintalah pendapat konsultan pajak sebelum memotong.")
    if pribadi:
        peringatan.append(f"Penyedia menyetor sendiri {nama} atas penghasilan ini (orang pribadi dan badan yang "
                          "penghasilannya tidak dipotong membayarnya lewat angsuran atau SPT Tahunan). Bila Anda "
                          "menjalankan usaha atau pekerjaan bebas, atau ditunjuk DJP sebagai pemotong, pilih jenis "
                          "pemotong yang sesuai: Anda wajib memotong.")
        if r.jenis == "pph21":
            peringatan.append("Untuk PPh 21 aturannya tidak tegas: PMK 168/2023 menyebut orang pribadi dan badan yang "
                              "membayar imbalan jasa sebagai pemotong, tetapi dalam praktik hanya orang pribadi yang "
                              "menjalankan usaha atau pekerjaan bebas yang memotong. Situs ini mengikuti praktik itu."
                              if t >= _riwayat_mulai("pph21.dasar.tidak_kumulatif") else
                              "Orang pribadi yang tidak menjalankan usaha atau pekerjaan bebas dalam praktik tidak "
                              "memotong PPh 21; situs ini mengikuti praktik itu.")
    elif p.penerima == "orang_pribadi" and r.jenis == "pph21" and t >= _riwayat_mulai("pph21.dasar.tidak_kumulatif"):
        peringatan.append("Aturan PPh 21 sejak 2024 tidak menegaskan apakah beberapa pembayaran kepada orang yang "
                          "sama dalam satu bulan dijumlahkan; situs ini menghitung setiap pembayaran sendiri-sendiri. "
                          "Orang pribadi yang tidak menjalankan usaha atau pekerjaan bebas dalam praktik tidak "
                          "memotong PPh 21.")
    if p.penerima == "umkm_suket" and p.surat_pernyataan_500jt and p.bentuk != "orang_pribadi":
        peringatan.append("Surat pernyataan peredaran bruto belum Rp500 juta hanya berlaku bagi penyedia orang "
                          "pribadi; untuk bentuk usaha ini PPh final tetap dipotong.")
    if p.penerima != "luar_negeri" and not p.punya_npwp and r.jenis in ("pph4_2", "pph_final"):
        peringatan.append("Tanpa NPWP tidak ada kenaikan tarif untuk PPh final, tetapi minta penyedia mendaftar.")
    if not p.punya_npwp and r.jenis == "pph23":
        peringatan.append("Tanpa NPWP (atau NIK yang sudah aktif sebagai NPWP), tarif naik 100%. Minta penyedia "
                          "memberikan NPWP yang valid sebelum pembayaran.")
    return RincianPembayaran(
        jenis_pph=r.jenis, bruto=r.bruto, dpp=r.potong.dpp, tarif=r.potong.tarif, pph=pajak,
        dpp_nilai_lain=r.dpp_nilai_lain, ppn=r.ppn_vendor, ppn_jasa_luar_negeri=r.ppn_jln, total_faktur=total,
        ppn_dipungut_pemungut=r.ppn_pungut, pph22_marketplace=r.pph22,
        net_dibayar=r.net, disetor_pemotong=disetor,
        jatuh_tempo_setor=tempo.setor if tempo else None, jatuh_tempo_lapor=tempo.lapor if tempo else None,
        jatuh_tempo_setor_ppn=tempo_ppn.setor if tempo_ppn else None, bukti_potong=slip["kode"],
        jatuh_tempo_lapor_ppn=tempo_ppn.lapor if tempo_ppn else None,
        transfer_valas=transfer_valas(r.net, p.kurs) if p.nilai_valas is not None and p.kurs else None,
        mata_uang=p.mata_uang, kode_setor_pph=kode_pph, kode_setor_ppn=kode_ppn,
        bea_meterai_per_pihak=bm.per_pihak if bm else None, bea_meterai_total=bm.total if bm else None,
        pihak_terutang=bm.pihak_terutang if bm else None,
        pihak_terutang_teks=bm.pihak_terutang_teks if bm else None,
        langkah=tuple(langkah), peringatan=tuple(peringatan), dasar_jenis=r.dasar_jenis)


@dataclass(frozen=True)
class BulanPembayaran:
    """One month of a series of monthly fees: its date and its payment (None: nothing paid)."""

    bulan: int
    tanggal: date
    rincian: RincianPembayaran | None


@dataclass(frozen=True)
class RincianBulanan:
    """A year of monthly fees to the same payee: every month computed by ``pembayaran_jasa``."""

    bulan: tuple[BulanPembayaran, ...]

    @property
    def dibayar(self) -> tuple[RincianPembayaran, ...]:
        return tuple(b.rincian for b in self.bulan if b.rincian is not None)

    def jumlah(self, kunci: str) -> Decimal:
        """The total of one public output (``keluaran()`` key) over the months paid."""
        return sum((r.keluaran().get(kunci) or Decimal(0) for r in self.dibayar), Decimal(0))


def pembayaran_bulanan(p: PembayaranJasa) -> RincianBulanan:
    """Monthly fees to the same payee over one calendar year, each month through ``pembayaran_jasa``.

    ``p.pembayaran_bulanan`` holds the fees of January, February ... of the year of ``p.tanggal``;
    each is paid on the day of the month of ``p.tanggal`` (the month's last day when shorter). From
    2024 every payment is computed on its own; before 2024 the continuous payments of a non-employee
    (``berkesinambungan``) are cumulated: each month counts the earlier months of the list (plus
    ``pembayaran_sebelumnya``, paid before the list) and, for the PTKP, the months paid so far.
    """
    if p.pembayaran_bulanan is None:
        raise ValueError("pembayaran_bulanan kosong")
    salah = kesalahan(p)
    if salah:
        raise ValueError("; ".join(f"{k['kunci']}: {k['pesan']}" for k in salah))
    tahun = p.tanggal.year
    sebelumnya, dibayar = p.pembayaran_sebelumnya, 0
    bulan: list[BulanPembayaran] = []
    for i, nilai in enumerate(p.pembayaran_bulanan, 1):
        hari = min(p.tanggal.day, calendar.monthrange(tahun, i)[1])
        t = date(tahun, i, hari)
        if not nilai:
            bulan.append(BulanPembayaran(i, t, None))
            continue
        dibayar += 1
        satu = replace(p, tanggal=t, bruto=nilai, pembayaran_bulanan=None,
                       pembayaran_sebelumnya=sebelumnya if p.berkesinambungan else p.pembayaran_sebelumnya,
                       jumlah_bulan=dibayar if p.berkesinambungan else None)
        bulan.append(BulanPembayaran(i, t, pembayaran_jasa(satu)))
        sebelumnya += nilai
    return RincianBulanan(tuple(bulan))


def aturan_masukan(m: dict[str, Any]) -> list[dict[str, str]]:
    """``kesalahan`` for inputs already parsed by ``masukan.baca(SKEMA, ...)``."""
    return kesalahan(PembayaranJasa.dari(m))
