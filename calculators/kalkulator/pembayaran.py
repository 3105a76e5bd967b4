"""Kalkulator Pembayaran Jasa: the whole payment in one answer.

Which tax applies (by the legal form and residence of the payee, not the invoice's label), what
the payer withholds, the PPN on the invoice, what is transferred, what the payer deposits and by
when, which slip to issue, and the stamp duty on the receipt. The figures come from the rule
modules (``pph21``, ``pph23``, ``pph26``, ``pph4_2``, ``umkm``, ``ppn``, ``jatuh_tempo``,
``bea_meterai``); this module only chooses among them and explains the choice.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ..bea_meterai import bea_meterai
from ..format import persen, rupiah
from ..hasil import Hasil, Langkah
from ..jatuh_tempo import jatuh_tempo
from ..masukan import Bulat, Persen, Pilihan, Tanggal, Teks, Uang, YaTidak
from ..parameter import TanggalTidakDicakup, parameter
from ..pembulatan import bulat_rupiah
from ..pph21 import CARA_BAYAR, STATUS_PTKP, pph21, pph21_kumulatif, pph21_pegawai_tidak_tetap
from ..pph23 import Potongan, pph23
from ..pph26 import pph26
from ..pph4_2 import pph4_2_sewa
from ..ppn import ppn as hitung_ppn
from ..umkm import pph_final_dipotong
from . import Baris, Kalkulator

PENERIMA = ("badan", "orang_pribadi", "luar_negeri", "umkm_suket")
JENIS = ("jasa", "jasa_tenaga_ahli", "jasa_penyediaan_tenaga_kerja", "honorarium", "jasa_dokter",
         "sewa_harta", "sewa_tanah_bangunan", "royalti", "bunga", "hadiah", "upah_harian", "penjualan_usaha")
BENTUK = ("pt", "cv", "firma", "koperasi", "pt_perorangan", "bumdes", "orang_pribadi")
JASA = ("jasa", "jasa_tenaga_ahli", "jasa_penyediaan_tenaga_kerja", "honorarium", "jasa_dokter")
SLIP = {"pph21": "BP21", "pph23": "BPPU", "pph4_2": "BPPU", "pph_final": "BPPU"}
TEMPO = {"pph21": "pph21", "pph23": "pph23", "pph26": "pph26", "pph4_2": "pph4_2",
         "pph_final": "pph_final_umkm_dipotong"}
NAMA_PAJAK = {"pph21": "PPh 21", "pph23": "PPh 23", "pph26": "PPh 26",
              "pph4_2": "PPh Pasal 4 ayat (2)", "pph_final": "PPh final UMKM"}

MASUKAN = {
    "tanggal": Tanggal(),
    "penerima": Pilihan(pilihan=PENERIMA, bawaan="badan"),
    "bentuk_badan": Pilihan(pilihan=BENTUK, bawaan="pt", wajib=False),
    "kategori_pph21": Pilihan(pilihan=("bukan_pegawai", "peserta_kegiatan", "pegawai_tidak_tetap"),
                              bawaan="bukan_pegawai", wajib=False),
    "cara_bayar": Pilihan(pilihan=CARA_BAYAR, bawaan="harian", wajib=False),
    "jumlah_hari": Bulat(bawaan=1, minimum=Decimal(1), maksimum=Decimal(366)),
    "status_ptkp": Pilihan(pilihan=STATUS_PTKP, bawaan="TK/0", wajib=False),
    "berkesinambungan": YaTidak(bawaan=False),
    "pembayaran_sebelumnya": Uang(wajib=False, bawaan=Decimal(0)),
    "satu_pemotong": YaTidak(bawaan=False),
    "jumlah_bulan": Bulat(wajib=False, minimum=Decimal(1), maksimum=Decimal(12)),
    "punya_npwp": YaTidak(bawaan=True),
    "pkp": YaTidak(bawaan=False),
    "jenis_penghasilan": Pilihan(pilihan=JENIS, bawaan="jasa"),
    "bruto": Uang(wajib=False, lebih_dari_minimum=True),
    "komponen_dikecualikan": Uang(wajib=False, bawaan=Decimal(0)),
    "dokumen_pendukung": YaTidak(bawaan=False),
    "nilai_termasuk_ppn": Uang(wajib=False, lebih_dari_minimum=True),
    "nilai_valas": Uang(wajib=False, lebih_dari_minimum=True),
    "mata_uang": Teks(wajib=False, bawaan="", maks_panjang=10),
    "kurs": Uang(wajib=False, lebih_dari_minimum=True),
    "tarif_p3b": Persen(wajib=False),
    "dgt_valid": YaTidak(bawaan=False),
    "net_diterima": Uang(wajib=False, lebih_dari_minimum=True),
    "surat_pernyataan_500jt": YaTidak(bawaan=False),
    "jenis_dokumen": Pilihan(pilihan=("kuitansi", "surat_perjanjian", "invoice_tagihan"), bawaan="kuitansi"),
    "nilai_nominal": Uang(wajib=False),
    "jumlah_rangkap": Bulat(bawaan=1, minimum=Decimal(1), maksimum=Decimal(100)),
}


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    sumber = [k for k in ("bruto", "nilai_termasuk_ppn", "nilai_valas", "net_diterima") if m.get(k) is not None]
    salah = []
    if not sumber:
        salah.append({"kunci": "bruto", "pesan": "Isi nilai jasa (tanpa PPN), nilai termasuk PPN, nilai dalam "
                                                 "valuta asing, atau jumlah bersih yang harus diterima penyedia."})
    elif len(sumber) > 1:
        for k in sumber[1:]:
            salah.append({"kunci": k, "pesan": "Isi satu cara saja untuk menyebut nilai pembayaran."})
    if m.get("nilai_valas") is not None and m.get("kurs") is None:
        salah.append({"kunci": "kurs", "pesan": "Isi kurs rupiah untuk satu unit valuta asing (misalnya kurs "
                                                "Keputusan Menteri Keuangan yang berlaku pada tanggal itu)."})
    if m.get("nilai_termasuk_ppn") is not None and not m["pkp"] and m["penerima"] != "luar_negeri":
        salah.append({"kunci": "nilai_termasuk_ppn", "pesan": "Penyedia bukan PKP, jadi tagihannya tanpa PPN; "
                                                              "isi nilai jasa saja."})
    j, p = m["jenis_penghasilan"], m["penerima"]
    if j == "upah_harian" and p != "orang_pribadi":
        salah.append({"kunci": "jenis_penghasilan", "pesan": "Upah harian dibayarkan kepada orang pribadi "
                                                             "(pegawai tidak tetap); pilih penerima orang pribadi."})
    if _tidak_tetap(m) and m.get("komponen_dikecualikan"):
        salah.append({"kunci": "komponen_dikecualikan", "pesan": "Upah pegawai tidak tetap tidak punya komponen "
                                                                 "yang dikecualikan; kosongkan kolom ini."})
    if m.get("jumlah_bulan") is not None and m.get("tanggal") and m["jumlah_bulan"] > m["tanggal"].month:
        salah.append({"kunci": "jumlah_bulan", "pesan": f"Paling banyak {m['tanggal'].month}: bulan pembayaran "
                                                        "ini dihitung dari Januari tahun yang sama."})
    if j == "penjualan_usaha" and p != "umkm_suket":
        salah.append({"kunci": "jenis_penghasilan", "pesan": "Penjualan barang bukan pembayaran jasa; pilih "
                                                             "jenis jasa, atau penerima UMKM dengan Surat Keterangan."})
    if j == "hadiah" and p == "orang_pribadi":
        salah.append({"kunci": "jenis_penghasilan", "pesan": "Hadiah untuk orang pribadi dikenai PPh 21 atau "
                                                             "PPh final undian sesuai jenisnya; belum dihitung di sini."})
    return salah


@dataclass
class _Rincian:
    jenis_pph: str
    potong: Potongan
    ppn_vendor: Decimal
    ppn_jln: Decimal
    dpp_nilai_lain: Decimal
    langkah: list[Langkah]
    bruto: Decimal = Decimal(0)

    @property
    def net(self) -> Decimal:
        """Cash to the provider: gross + PPN on its invoice - income tax withheld."""
        return self.bruto + self.ppn_vendor - self.potong.pajak


def _tidak_tetap(m: dict[str, Any]) -> bool:
    return m["penerima"] == "orang_pribadi" and (
        m["kategori_pph21"] == "pegawai_tidak_tetap" or m["jenis_penghasilan"] == "upah_harian")


def _pph(m: dict[str, Any], bruto: Decimal) -> tuple[str, Potongan, list[Langkah]]:
    p, j, t = m["penerima"], m["jenis_penghasilan"], m["tanggal"]
    kecuali = m["komponen_dikecualikan"] if m["dokumen_pendukung"] else Decimal(0)
    alasan: list[Langkah] = []
    if m["komponen_dikecualikan"] and not m["dokumen_pendukung"]:
        alasan.append(Langkah("Komponen yang dikecualikan tidak didukung dokumen (kontrak, daftar gaji, faktur "
                              "pembelian), jadi seluruh tagihan menjadi dasar pemotongan.", None,
                              "PMK 141/PMK.03/2015 Pasal 1 ayat (3); PMK 168/2023 Pasal 12 ayat (5)", "teks"))
    if p == "luar_negeri":
        alasan.append(Langkah("Penerima adalah Wajib Pajak luar negeri tanpa BUT di Indonesia: yang berlaku "
                              "PPh Pasal 26.", None, "UU PPh Pasal 26 ayat (1)", "teks"))
        return "pph26", pph26(bruto, t, m["tarif_p3b"], m["dgt_valid"]), alasan
    if j == "sewa_tanah_bangunan":
        alasan.append(Langkah("Sewa tanah dan/atau bangunan dikenai PPh final Pasal 4 ayat (2), bukan PPh 23.",
                              None, "UU PPh Pasal 4 ayat (2) huruf d", "teks"))
        return "pph4_2", pph4_2_sewa(bruto, t), alasan
    if p == "umkm_suket":
        alasan.append(Langkah("Penerima memiliki Surat Keterangan PP 55/2022: PPh final 0,5% menggantikan "
                              "PPh 21 dan PPh 23.", None, "PP 55/2022 Pasal 56-58; PMK 164/2023", "teks"))
        return "pph_final", pph_final_dipotong(bruto, t), alasan
    if _tidak_tetap(m):
        alasan.append(Langkah("Penerima pegawai tidak tetap (upah harian, mingguan, satuan, borongan, atau "
                              "bulanan) yang Anda bayar langsung: PPh 21 dengan tarif efektif.", None,
                              "PMK 168/2023 Pasal 12 ayat (2) dan Pasal 16 ayat (2)", "teks"))
        return "pph21", pph21_pegawai_tidak_tetap(bruto, m["cara_bayar"], m["jumlah_hari"], m["status_ptkp"],
                                                  m["punya_npwp"], t), alasan
    if p == "orang_pribadi" and j in JASA and m["kategori_pph21"] == "bukan_pegawai" and m["berkesinambungan"]:
        if t < parameter("pph21.kumulatif_sampai", t).nilai:
            alasan.append(Langkah("Imbalan berkesinambungan kepada bukan pegawai sebelum 2024: dihitung dengan "
                                  "jumlah kumulatif sejak Januari tahun yang sama.", None,
                                  parameter("pph21.kumulatif_sampai", t).dasar_hukum, "teks"))
            return "pph21", pph21_kumulatif(bruto, m["pembayaran_sebelumnya"], m["punya_npwp"], t,
                                            m["status_ptkp"] if m["satu_pemotong"] else None,
                                            m["jumlah_bulan"]), alasan
        alasan.append(Langkah("Sejak 1 Januari 2024 pembayaran berkesinambungan tidak lagi dijumlahkan: setiap "
                              "pembayaran dihitung sendiri.", None, "PMK 168/2023 Pasal 16 ayat (3) dan Pasal 24",
                              "teks"))
        if m["satu_pemotong"]:
            alasan.append(Langkah("Sejak 1 Januari 2024 PTKP juga tidak lagi dikurangkan untuk bukan pegawai, "
                                  "walaupun ia hanya berpenghasilan dari Anda.", None,
                                  parameter("ptkp.bukan_pegawai_satu_pemotong", t).dasar_hukum, "teks"))
    if p == "orang_pribadi" and j in JASA:
        alasan.append(Langkah("Penerima orang pribadi dalam negeri yang bukan pegawai Anda: yang berlaku "
                              "PPh 21, bukan PPh 23, walaupun ia memakai nama usaha.", None,
                              "PMK 168/2023 Pasal 2 ayat (2) huruf d dan Pasal 3", "teks"))
        return "pph21", pph21(bruto, m["kategori_pph21"], m["punya_npwp"], t, kecuali), alasan
    jenis23 = "jasa" if j in JASA else j
    alasan.append(Langkah("Penerima Wajib Pajak dalam negeri (badan, atau orang pribadi untuk sewa harta, "
                          "royalti dan bunga): yang berlaku PPh 23.", None, "UU PPh Pasal 23 ayat (1)", "teks"))
    return "pph23", pph23(bruto, jenis23, m["punya_npwp"], t, kecuali), alasan


def _rincian(m: dict[str, Any], bruto: Decimal) -> _Rincian:
    jenis, potong, langkah = _pph(m, bruto)
    if m["penerima"] == "umkm_suket" and m["surat_pernyataan_500jt"] and m["bentuk_badan"] == "orang_pribadi":
        langkah.append(Langkah("Penyedia orang pribadi menyerahkan surat pernyataan bahwa peredaran brutonya "
                               "tahun ini belum melebihi Rp500 juta: tidak ada PPh yang dipotong.", Decimal(0),
                               "PMK 164/2023 Pasal 6 ayat (3)-(6)"))
        potong = Potongan(potong.dpp, Decimal(0), Decimal(0), ())
    else:
        langkah.extend(potong.langkah)
    ppn_vendor = ppn_jln = dpp_nl = Decimal(0)
    if m["penerima"] == "luar_negeri":
        h = hitung_ppn(bruto, m["tanggal"], True)
        ppn_jln, dpp_nl = h.ppn, h.dpp_nilai_lain
        langkah.append(Langkah("Jasa dari luar negeri yang dimanfaatkan di Indonesia: Anda sendiri memungut dan "
                               "menyetor PPN atas pemanfaatan jasa luar negeri; PPN ini tidak dibayar ke penyedia.",
                               None, "UU PPN Pasal 4 ayat (1) huruf e; PMK 131/2024 Pasal 3", "teks"))
        langkah.extend(h.langkah)
    else:
        h = hitung_ppn(bruto, m["tanggal"], m["pkp"])
        ppn_vendor, dpp_nl = h.ppn, h.dpp_nilai_lain
        langkah.extend(h.langkah)
    r = _Rincian(jenis, potong, ppn_vendor, ppn_jln, dpp_nl, langkah)
    r.bruto = bulat_rupiah(bruto)
    return r


def _dari_termasuk_ppn(m, nilai: Decimal) -> tuple[Decimal, list[Langkah]]:
    """The price excluding PPN whose invoice total equals ``nilai``, by the faktur's own arithmetic."""
    from ..ppn import tarif_efektif_ppn

    perkiraan = bulat_rupiah(nilai / (1 + tarif_efektif_ppn(m["tanggal"])))
    calon = [perkiraan + d for d in range(-3, 4) if perkiraan + d > 0]
    tepat = [h for h in calon if h + hitung_ppn(h, m["tanggal"], True).ppn == nilai]
    harga = tepat[0] if tepat else min(calon, key=lambda h: abs(h + hitung_ppn(h, m["tanggal"], True).ppn - nilai))
    teks = (f"Nilai {rupiah(nilai)} sudah termasuk PPN. Harga jual yang total fakturnya persis sebesar itu: "
            f"{rupiah(harga)}." if tepat else
            f"Tidak ada harga jual dalam rupiah penuh yang total fakturnya persis {rupiah(nilai)}; yang paling dekat "
            f"{rupiah(harga)}.")
    return harga, [Langkah(teks, harga, "PMK 131/2024 Pasal 3; PER-11/PJ/2025 Pasal 129")]


def _grossup(m, target: Decimal) -> tuple[Decimal, list[Langkah], list[str]]:
    """Smallest whole-rupiah gross whose net transfer reaches ``target`` (net is non-decreasing in gross)."""
    bawah, atas = Decimal(1), bulat_rupiah(target * 3) + 10
    while bawah < atas:
        tengah = (bawah + atas) // 2
        if _rincian(m, tengah).net >= target:
            atas = tengah
        else:
            bawah = tengah + 1
    hasil = _rincian(m, bawah)
    langkah = [Langkah(f"Gross-up: penyedia harus menerima bersih {rupiah(target)}. Dicari jumlah bruto terkecil "
                       "dalam rupiah penuh yang, setelah PPN ditambahkan dan PPh dipotong dengan pembulatan yang "
                       f"sama, menghasilkan transfer sebesar itu: {rupiah(bawah)}.", bawah,
                       "Konvensi gross-up; PER-11/PJ/2025 Pasal 129")]
    peringatan = []
    if hasil.net != target:
        peringatan.append(f"Karena pembulatan ke rupiah penuh, tidak ada jumlah bruto yang menghasilkan tepat "
                          f"{rupiah(target)}; dengan bruto {rupiah(bawah)} penyedia menerima {rupiah(hasil.net)}.")
    return bawah, langkah, peringatan


def hitung(m: dict[str, Any]) -> Hasil:
    langkah: list[Langkah] = []
    peringatan: list[str] = []
    t = m["tanggal"]
    if m["nilai_valas"] is not None:
        bruto = bulat_rupiah(m["nilai_valas"] * m["kurs"])
        langkah.append(Langkah(f"Nilai {m['mata_uang'] or 'valuta asing'} {m['nilai_valas']} × kurs "
                               f"{rupiah(m['kurs'])} = {rupiah(bruto)}.", bruto,
                               "UU KUP Pasal 10 dan UU PPh Pasal 3 (kurs Menteri Keuangan untuk pemotongan pajak)"))
        peringatan.append("Untuk pemotongan dan pemungutan pajak gunakan kurs Keputusan Menteri Keuangan yang "
                          "berlaku pada tanggal pembayaran.")
    elif m["nilai_termasuk_ppn"] is not None:
        bruto, l = _dari_termasuk_ppn(m, m["nilai_termasuk_ppn"])
        langkah.extend(l)
    elif m["net_diterima"] is not None:
        bruto, l, p = _grossup(m, m["net_diterima"])
        langkah.extend(l)
        peringatan.extend(p)
    else:
        bruto = m["bruto"]
    r = _rincian(m, bruto)
    langkah.extend(r.langkah)
    total = r.bruto + r.ppn_vendor
    net = r.net
    pajak = r.potong.pajak
    masa = f"{t.year:04d}-{t.month:02d}"
    try:
        tempo = jatuh_tempo(masa, TEMPO[r.jenis_pph])
        langkah.extend(tempo.langkah)
        peringatan.extend(tempo.peringatan)
        tempo_ppn = jatuh_tempo(masa, "ppn") if r.ppn_vendor else None
    except TanggalTidakDicakup as e:
        tempo = tempo_ppn = None
        peringatan.append(f"Batas setor dan lapor tidak dihitung: {e}")
    if r.jenis_pph == "pph26":
        slip = "BP26" if m["bentuk_badan"] == "orang_pribadi" else "BPNR"
    else:
        slip = SLIP[r.jenis_pph]
    nominal = m["nilai_nominal"] if m["nilai_nominal"] is not None else total
    bm = bea_meterai(m["jenis_dokumen"], nominal, m["jumlah_rangkap"], t)
    langkah.extend(bm.langkah)
    peringatan.extend(bm.peringatan)
    disetor = pajak + r.ppn_jln
    langkah.append(Langkah(
        f"Transfer ke penyedia = {rupiah(r.bruto)} + PPN {rupiah(r.ppn_vendor)} − {NAMA_PAJAK[r.jenis_pph]} "
        f"{rupiah(pajak)}.", net, "UU PPh: pajak dipotong oleh pihak yang membayar"))
    langkah.append(Langkah(
        f"Yang Anda setor ke kas negara: {NAMA_PAJAK[r.jenis_pph]} {rupiah(pajak)}"
        + (f" dan PPN jasa luar negeri {rupiah(r.ppn_jln)}" if r.ppn_jln else "")
        + f"; bukti potong {slip} diterbitkan di Coretax, juga bila pajaknya nol.", disetor,
        "PER-11/PJ/2025 (bukti potong di Coretax); PMK 168/2023 Pasal 20"))
    if m["penerima"] == "orang_pribadi":
        peringatan.append("PMK 168/2023 tidak menegaskan apakah beberapa pembayaran kepada orang yang sama dalam "
                          "satu bulan dijumlahkan; situs ini menghitung setiap pembayaran sendiri-sendiri. "
                          "Orang pribadi yang tidak menjalankan usaha atau pekerjaan bebas dalam praktik tidak "
                          "memotong PPh 21.")
    if m["penerima"] != "luar_negeri" and not m["punya_npwp"] and r.jenis_pph in ("pph4_2", "pph_final"):
        peringatan.append("Tanpa NPWP tidak ada kenaikan tarif untuk PPh final, tetapi minta penyedia mendaftar.")
    return Hasil(
        keluaran={
            "bruto": r.bruto, "dpp": r.potong.dpp,
            "pph21": pajak if r.jenis_pph == "pph21" else Decimal(0),
            "pph23": pajak if r.jenis_pph == "pph23" else Decimal(0),
            "pph26": pajak if r.jenis_pph == "pph26" else Decimal(0),
            "pph4_2": pajak if r.jenis_pph == "pph4_2" else Decimal(0),
            "pph_final": pajak if r.jenis_pph == "pph_final" else Decimal(0),
            "jenis_pph": NAMA_PAJAK[r.jenis_pph],
            "dpp_nilai_lain": r.dpp_nilai_lain, "ppn": r.ppn_vendor, "ppn_jasa_luar_negeri": r.ppn_jln,
            "total_faktur": total, "net_dibayar": net,
            "tarif_efektif": (pajak / r.bruto).quantize(Decimal("0.0001")) if r.bruto else Decimal(0),
            "disetor_pemotong": disetor,
            "jatuh_tempo_setor": tempo.setor if tempo else None,
            "jatuh_tempo_lapor": tempo.lapor if tempo else None,
            "jatuh_tempo_setor_ppn": tempo_ppn.setor if tempo_ppn else None,
            "bukti_potong": slip,
            "bea_meterai": bm.per_pihak, "bea_meterai_per_pihak": bm.per_pihak, "bea_meterai_total": bm.total,
            "pihak_terutang": bm.pihak_terutang,
        },
        langkah=langkah, peringatan=peringatan,
    )


KALKULATOR = Kalkulator(
    nama="pembayaran",
    judul="Kalkulator Pembayaran Jasa",
    masukan=MASUKAN,
    hitung=hitung,
    aturan=aturan,
    ringkasan=(
        Baris("Pajak penghasilan yang berlaku", "jenis_pph", "teks"),
        Baris("Jumlah bruto (tanpa PPN)", "bruto"),
        Baris("Dasar pemotongan", "dpp"),
        Baris("PPh yang Anda potong", "pph21", utama=True, sembunyi_jika_nol=True),
        Baris("PPh yang Anda potong", "pph23", utama=True, sembunyi_jika_nol=True),
        Baris("PPh yang Anda potong", "pph26", utama=True, sembunyi_jika_nol=True),
        Baris("PPh yang Anda potong", "pph4_2", utama=True, sembunyi_jika_nol=True),
        Baris("PPh yang Anda potong", "pph_final", utama=True, sembunyi_jika_nol=True),
        Baris("PPN di faktur penyedia", "ppn", sembunyi_jika_nol=True),
        Baris("PPN jasa luar negeri yang Anda setor sendiri", "ppn_jasa_luar_negeri", sembunyi_jika_nol=True),
        Baris("Total tagihan", "total_faktur"),
        Baris("Transfer ke penyedia", "net_dibayar", utama=True),
        Baris("Anda setor ke kas negara", "disetor_pemotong", utama=True),
        Baris("Batas setor", "jatuh_tempo_setor", "tanggal"),
        Baris("Batas lapor SPT Masa", "jatuh_tempo_lapor", "tanggal"),
        Baris("Bukti potong yang Anda terbitkan", "bukti_potong", "teks"),
        Baris("Bea meterai kuitansi/dokumen (per pihak)", "bea_meterai"),
        Baris("Yang menanggung bea meterai", "pihak_terutang", "teks"),
        Baris("Tarif efektif PPh terhadap bruto", "tarif_efektif", "persen"),
    ),
    contoh={"tanggal": "2025-03-10", "penerima": "orang_pribadi", "kategori_pph21": "bukan_pegawai",
            "punya_npwp": "ya", "pkp": "tidak", "jenis_penghasilan": "jasa_tenaga_ahli", "bruto": "15 jt",
            "jenis_dokumen": "kuitansi", "jumlah_rangkap": "1"},
)
