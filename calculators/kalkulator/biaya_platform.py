"""Kalkulator biaya platform: what the client pays and the provider receives, by channel."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..biaya_platform import BERDOLAR, NAMA_SALURAN, SALURAN, TARIF, Aliran, aliran, tarif_dipakai
from ..format import angka, rupiah
from ..hasil import Hasil, Langkah
from ..masukan import KesalahanMasukan, Persen, Pilihan, Tanggal, Uang, Valas, YaTidak
from ..parameter import TanggalTidakDicakup, dasar_hukum
from ..pajak_jasa import PENERIMA, pajak_jasa, petakan
from ..pembulatan import bulat_rupiah
from ..ppn import ppn as hitung_ppn
from . import Baris, Kalkulator
from ._unduhan import berkas_csv

NOL = Decimal(0)
CARA_PAJAK = ("potong", "tanggung", "tidak_memotong")
DASAR_TARIF = "Ketentuan layanan platform (bukan peraturan); angka dan sumbernya di tabel tarif"


def _jenis_masukan(jenis: str):
    if jenis == "persen":
        return Persen(wajib=False)
    if jenis == "usd":
        return Valas(wajib=False, maksimum=Decimal(1_000_000))
    return Uang(wajib=False)


MASUKAN: dict[str, Any] = {
    "saluran": Pilihan(pilihan=SALURAN),
    "nilai_kontrak": Uang(lebih_dari_minimum=True, valas_jika=("mata_uang", "USD")),
    "mata_uang": Pilihan(pilihan=("IDR", "USD"), bawaan="IDR", wajib=False),
    "kurs": Uang(wajib=False, lebih_dari_minimum=True, maksimum=Decimal(1_000_000)),
    "jenis_kontrak": Pilihan(pilihan=("tetap", "per_jam"), bawaan="tetap", wajib=False),
    "tanggal": Tanggal(),
    "penerima": Pilihan(pilihan=PENERIMA, bawaan="badan", wajib=False),
    "punya_npwp": YaTidak(bawaan=True),
    "pkp": YaTidak(bawaan=False),
    "cara_pajak": Pilihan(pilihan=CARA_PAJAK, bawaan="potong", wajib=False),
    "selisih_kurs_klien": Persen(bawaan=NOL, wajib=False),
    "escrow_bank_dibayar_oleh": Pilihan(pilihan=("klien", "penyedia", "dibagi"), bawaan="klien", wajib=False),
    "rekber_dibayar_oleh": Pilihan(pilihan=("klien", "penyedia", "dibagi"), bawaan="klien", wajib=False),
}
for _s, _daftar in TARIF.items():
    for _t in _daftar:
        MASUKAN[f"{_s}_{_t.kunci}"] = _jenis_masukan(_t.jenis)


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    salah = []
    if (m["saluran"] in BERDOLAR or m["mata_uang"] == "USD") and m["kurs"] is None:
        salah.append({"kunci": "kurs", "pesan": "Isi kurs rupiah per dolar AS, misalnya 16.500: platform ini "
                                                "menagih dalam dolar."})
    return salah


def _rupiah_kontrak(m: dict[str, Any]) -> Decimal:
    return m["nilai_kontrak"] * m["kurs"] if m["mata_uang"] == "USD" else m["nilai_kontrak"]


def _ubah(m: dict[str, Any], saluran: str) -> dict[str, Decimal | None]:
    return {t.kunci: m.get(f"{saluran}_{t.kunci}") for t in TARIF[saluran]}


def _hitung_saluran(saluran: str, m: dict[str, Any], dana: Decimal, ubah: dict[str, Decimal | None]):
    tarif = tarif_dipakai(saluran, m["tanggal"], ubah)

    def ppn_biaya(x: Decimal) -> Decimal:
        return hitung_ppn(x, m["tanggal"], True).ppn

    a = aliran(saluran, dana, m["kurs"], tarif, m["jenis_kontrak"] == "tetap", m["selisih_kurs_klien"],
               m.get(f"{saluran}_dibayar_oleh") or "klien", ppn_biaya)
    return tarif, a


def hitung(m: dict[str, Any]) -> Hasil:
    saluran, tanggal = m["saluran"], m["tanggal"]
    harga = bulat_rupiah(_rupiah_kontrak(m))
    try:
        pajak = pajak_jasa(harga, tanggal, m["penerima"], m["punya_npwp"], m["pkp"])
    except KesalahanMasukan as e:
        raise petakan(e, MASUKAN, "penerima") from None
    cara = m["cara_pajak"]
    pph = NOL if cara == "tidak_memotong" else pajak.pph
    ppn_jln = pajak.ppn_jasa_luar_negeri
    dana = harga + pajak.ppn - (pph if cara == "potong" else NOL)
    tarif, a = _hitung_saluran(saluran, m, dana, _ubah(m, saluran))
    biaya_klien = a.biaya("klien")
    biaya_penyedia = a.biaya("penyedia")
    total_klien = dana + biaya_klien + pph + ppn_jln
    diterima = dana - biaya_penyedia

    langkah: list[Langkah] = []
    if m["mata_uang"] == "USD":
        langkah.append(Langkah(
            f"Harga jasa {angka(m['nilai_kontrak'])} dolar × kurs {rupiah(m['kurs'])} yang Anda isi (untuk "
            "pajak, yang berlaku adalah kurs pajak dari Menteri Keuangan pada saat terutang):", harga,
            dasar_hukum("kurs.kurs_pajak", tanggal)))
    langkah.append(Langkah(
        f"Pajak atas harga jasa {rupiah(harga)} dihitung mesin pajak situs ini:", None,
        "Lihat langkah mesin pajak di bawah", "teks"))
    langkah.extend(pajak.langkah)
    if cara == "potong":
        langkah.append(Langkah(
            f"Anda memotong {pajak.jenis_pph} {rupiah(pph)} dan menyetornya sendiri, jadi dana yang Anda kirim "
            f"lewat {NAMA_SALURAN[saluran]} = harga + PPN − {pajak.jenis_pph}:", dana,
            dasar_hukum("pemotongan_pph.dipotong_pembayar", tanggal)))
    elif cara == "tanggung":
        langkah.append(Langkah(
            f"Platform meneruskan dana utuh, jadi Anda menanggung {pajak.jenis_pph} {rupiah(pph)} di luar harga. "
            "Dana yang Anda kirim = harga + PPN:", dana,
            dasar_hukum("pemotongan_pph.ditanggung_pemberi", tanggal)))
    else:
        langkah.append(Langkah(
            "Anda tidak memotong PPh (misalnya Anda orang pribadi yang bukan pemotong pajak). Dana = harga + PPN:",
            dana, dasar_hukum("pemotongan_pph.bukan_pemotong", tanggal)))
    for p in a.pos:
        langkah.append(Langkah(
            f"{p.nama} ({'Anda' if p.pihak == 'klien' else 'penyedia'}): {p.rumus}", bulat_rupiah(p.jumlah),
            DASAR_TARIF))
    if ppn_jln:
        langkah.append(Langkah(
            "PPN atas jasa dari luar negeri dipungut dan disetor sendiri oleh Anda, di luar dana ke saluran "
            "(bisa dikreditkan bila Anda PKP):", ppn_jln, dasar_hukum("ppn.dasar.jasa_luar_negeri", tanggal)))
    langkah.append(Langkah(
        "Yang Anda keluarkan = dana + biaya di pihak Anda" + (f" + {pajak.jenis_pph} yang Anda setor" if pph else "")
        + (" + PPN jasa luar negeri" if ppn_jln else "") + ":",
        total_klien, "Jumlah langkah di atas"))
    langkah.append(Langkah("Yang diterima penyedia di rekeningnya = dana − biaya di pihak penyedia:", diterima,
                           "Jumlah langkah di atas"))

    peringatan = list(pajak.peringatan)
    tidak_pasti = [t for t in tarif.values() if t.dari_data and t.keyakinan in ("sedang", "rendah")]
    if tidak_pasti:
        peringatan.append(
            "Angka tarif berikut tidak pasti menurut riset kami (alasannya ada di tabel tarif): "
            + "; ".join(f"{t.tarif.nama} (keyakinan {t.keyakinan})" for t in tidak_pasti)
            + ". Periksa angka di akun atau proposal Anda dan ganti di formulir.")
    tanpa_data = [t.tarif.nama for t in tarif.values() if not t.tarif.ada_data and t.dari_data]
    if tanpa_data:
        peringatan.append(
            f"Tidak ada data tarif untuk: {', '.join(tanpa_data)}. Kalkulator memakai 0; isi angkanya bila Anda "
            "mengetahuinya.")
    if saluran in BERDOLAR and cara == "potong":
        peringatan.append(
            "Di platform, dana dari Anda diteruskan apa adanya. Memotong PPh berarti Anda mendanai kontrak "
            "sebesar harga dikurangi PPh; sepakati ini dengan penyedia sebelum kontrak dibuat dan berikan bukti "
            "potongnya.")
    if saluran in BERDOLAR:
        peringatan.append(
            "PPN atas biaya layanan platform luar negeri (PPN perdagangan melalui sistem elektronik) tidak "
            "dihitung di sini; periksa tagihan platform.")

    perbandingan = []
    for s in SALURAN:
        if s in BERDOLAR and m["kurs"] is None:
            perbandingan.append({"saluran": s, "nama": NAMA_SALURAN[s], "total_dikeluarkan_klien": None,
                                 "diterima_penyedia": None, "catatan": "isi kurs untuk membandingkan"})
            continue
        try:
            _, b = _hitung_saluran(s, m, dana, _ubah(m, s) if s == saluran else {})
        except TanggalTidakDicakup:
            perbandingan.append({"saluran": s, "nama": NAMA_SALURAN[s], "total_dikeluarkan_klien": None,
                                 "diterima_penyedia": None, "catatan": "belum ada data tarif untuk tanggal ini"})
            continue
        catatan = "tarif isian Anda" if s == saluran else (
            "tanpa data tarif: biaya dianggap 0" if not any(t.ada_data for t in TARIF[s]) else "tarif data")
        perbandingan.append({
            "saluran": s, "nama": NAMA_SALURAN[s],
            "total_dikeluarkan_klien": bulat_rupiah(dana + b.biaya("klien") + pph + ppn_jln),
            "diterima_penyedia": bulat_rupiah(dana - b.biaya("penyedia")), "catatan": catatan})

    keluaran = {
        "saluran": saluran,
        "nama_saluran": NAMA_SALURAN[saluran],
        "harga_jasa": harga,
        "nilai_kontrak": m["nilai_kontrak"],
        "mata_uang": m["mata_uang"],
        "ppn": pajak.ppn,
        "pph": pph,
        "jenis_pph": pajak.jenis_pph,
        "cara_pajak": cara,
        "dana_ke_saluran": dana,
        "biaya_klien": biaya_klien,
        "pph_disetor_klien": pph,
        "ppn_jasa_luar_negeri": ppn_jln,
        "total_dikeluarkan_klien": total_klien,
        "biaya_penyedia": biaya_penyedia,
        "diterima_penyedia": diterima,
        "porsi_biaya": ((biaya_klien + biaya_penyedia) / harga).quantize(Decimal("0.0001")),
        "jatuh_tempo_setor": pajak.jatuh_tempo_setor if pph else None,
        "rincian": [{"nama": p.nama, "pihak": p.pihak, "jumlah": bulat_rupiah(p.jumlah), "rumus": p.rumus}
                    for p in a.pos],
        "tarif": [{"kunci": f"{saluran}_{k}", "nama": t.tarif.nama, "jenis": t.tarif.jenis, "nilai": t.nilai,
                   "dari_data": t.dari_data, "nilai_data": t.nilai_data, "per": t.per, "sumber": t.sumber,
                   "keyakinan": t.keyakinan, "catatan": t.catatan, "ada_data": t.tarif.ada_data}
                  for k, t in tarif.items()],
        "perbandingan": perbandingan,
    }
    # The two tables of fees, as the page shows them.
    keluaran["unduhan"] = [
        berkas_csv("perbandingan-saluran.csv", "Unduh perbandingan saluran (CSV)", KOLOM_CSV_BANDING, perbandingan),
        *([berkas_csv("rincian-biaya-saluran.csv", "Unduh rincian biaya (CSV)", KOLOM_CSV_RINCIAN,
                      keluaran["rincian"])] if keluaran["rincian"] else []),
    ]
    return Hasil(keluaran=keluaran, langkah=langkah, peringatan=peringatan)


KOLOM_CSV_BANDING = (("nama", "saluran", "teks"), ("total_dikeluarkan_klien", "anda_keluarkan", "rupiah"),
                     ("diterima_penyedia", "penyedia_terima", "rupiah"), ("catatan", "tarif", "teks"))
KOLOM_CSV_RINCIAN = (("nama", "biaya", "teks"), ("pihak", "dibayar", "teks"), ("rumus", "perhitungan", "teks"),
                     ("jumlah", "rupiah", "rupiah"))


RINGKASAN = (
    Baris("Harga jasa (sebelum PPN)", "harga_jasa"),
    Baris("PPN di tagihan penyedia", "ppn", sembunyi_jika_nol=True),
    Baris("PPh yang Anda setor", "pph_disetor_klien"),
    Baris("PPN jasa luar negeri yang Anda setor", "ppn_jasa_luar_negeri", sembunyi_jika_nol=True),
    Baris("Dana yang Anda kirim lewat saluran ini", "dana_ke_saluran"),
    Baris("Biaya saluran di pihak Anda", "biaya_klien"),
    Baris("Total yang Anda keluarkan", "total_dikeluarkan_klien", utama=True),
    Baris("Biaya saluran di pihak penyedia", "biaya_penyedia"),
    Baris("Diterima penyedia di rekeningnya", "diterima_penyedia", utama=True),
    Baris("Biaya saluran dibanding harga jasa", "porsi_biaya", "persen"),
    Baris("Batas setor PPh", "jatuh_tempo_setor", "tanggal"),
)


def _contoh() -> dict[str, Any]:
    """The page's example, with every platform fee prefilled from the data on its date."""
    from datetime import date

    from ..biaya_platform import tarif_data

    tanggal = date(2026, 11, 23)
    data: dict[str, Any] = {
        "saluran": "upwork", "nilai_kontrak": "1.500", "mata_uang": "USD", "kurs": "16.500",
        "jenis_kontrak": "tetap", "tanggal": tanggal.isoformat(), "penerima": "orang_pribadi", "punya_npwp": "ya",
        "pkp": "tidak", "cara_pajak": "potong", "selisih_kurs_klien": "0",
        "escrow_bank_dibayar_oleh": "klien", "rekber_dibayar_oleh": "klien",
    }
    for s, daftar in TARIF.items():
        for t in daftar:
            if not t.ada_data:
                continue
            v = tarif_data(s, t.kunci, tanggal).nilai
            data[f"{s}_{t.kunci}"] = (angka(v * 100) + "%") if t.jenis == "persen" else angka(v)
    return data


KALKULATOR = Kalkulator(
    nama="biaya-platform",
    judul="Kalkulator biaya platform",
    masukan=MASUKAN,
    hitung=hitung,
    aturan=aturan,
    ringkasan=RINGKASAN,
    contoh=_contoh(),
)
