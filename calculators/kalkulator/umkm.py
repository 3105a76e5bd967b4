"""Kalkulator PPh final UMKM: eligibility on a date and the monthly tax over a year.

It takes a payment record with the payment contract's keys as is: ``penerima = orang_pribadi`` is
an individual (``bentuk_badan`` may then stay blank), a Rp500 juta statement without a legal form
means an individual, ``bruto`` alone is the turnover of the month of ``tanggal``, and keys it does
not need are accepted and unused. ``tanggal_terdaftar`` is asked only when the answer depends on it.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from ..format import BULAN, rupiah
from ..hasil import Hasil, Langkah
from ..masukan import Daftar, Pilihan, Tanggal, Uang
from ..parameter import TanggalTidakDicakup, dasar_hukum, parameter
from ..umkm import BENTUK, kelayakan, pph_final_bulanan
from . import Baris, Kalkulator
from ._unduhan import berkas_csv
from .pembayaran import MASUKAN as MASUKAN_PEMBAYARAN

MASUKAN = {
    "tanggal": Tanggal(),
    "bentuk_badan": Pilihan(pilihan=BENTUK, bawaan=None, wajib=False),
    "tanggal_terdaftar": Tanggal(wajib=False),
    "peredaran_bruto_tahun_lalu": Uang(bawaan=Decimal(0), wajib=False),
    "pembayaran_bulanan": Daftar(isi=Uang(), panjang=12, kosong_sebagai=Decimal(0), wajib=False),
    **{k: j for k, j in MASUKAN_PEMBAYARAN.items()
       if k not in ("tanggal", "bentuk_badan", "pembayaran_bulanan", "penerima")},
    "penerima": Pilihan(pilihan=MASUKAN_PEMBAYARAN["penerima"].pilihan, bawaan=None, wajib=False),
}


def _bentuk(m: dict[str, Any]) -> str | None:
    """The legal form: as stated; an individual for ``penerima = orang_pribadi``, for a Rp500 juta
    statement without a form, or when nothing is said (the page's default); None: it must be asked."""
    if m["bentuk_badan"] is not None:
        return m["bentuk_badan"]
    if m["penerima"] in (None, "orang_pribadi") or (m["penerima"] == "umkm_suket" and m["surat_pernyataan_500jt"]):
        return "orang_pribadi"
    return None


def _calon_terdaftar(tanggal: date) -> list[date]:
    """Registration dates that stand for every class of date ``kelayakan`` tells apart: the tax years
    from 2018 (earlier years count as 2018), and either side of the PP 20/2026 cut-off."""
    calon = [date(y, 1, 1) for y in range(2018, tanggal.year + 1)] + [tanggal]
    try:
        mulai = parameter("umkm.mulai_tidak_berhak_badan_baru", tanggal).nilai
        calon += [d for d in (mulai - timedelta(days=1), mulai) if d <= tanggal]
    except TanggalTidakDicakup:
        pass
    return calon


def _perlu_tanggal_terdaftar(bentuk: str, tanggal: date, peredaran: Decimal) -> bool:
    return len({kelayakan(bentuk, c, tanggal, peredaran)[0] for c in _calon_terdaftar(tanggal)}) > 1


def aturan(m: dict[str, Any]) -> list[dict[str, str]]:
    salah = []
    if m["penerima"] == "luar_negeri":
        salah.append({"kunci": "penerima", "pesan": "PPh final UMKM hanya untuk Wajib Pajak dalam negeri; penerima "
                                                    "luar negeri dipotong PPh 26 (kalkulator pembayaran)."})
    if m["penerima"] == "orang_pribadi" and m["bentuk_badan"] not in (None, "orang_pribadi"):
        salah.append({"kunci": "bentuk_badan", "pesan": "Penerima orang pribadi, jadi bentuknya orang pribadi; "
                                                        "kosongkan kolom ini atau pilih orang pribadi."})
    if m["penerima"] == "badan" and m["bentuk_badan"] == "orang_pribadi":
        salah.append({"kunci": "bentuk_badan", "pesan": "Penerima badan tidak berbentuk orang pribadi; pilih "
                                                        "bentuk badannya (PT, CV, koperasi ...)."})
    if not salah and _bentuk(m) is None:
        salah.append({"kunci": "bentuk_badan", "pesan": "Pilih bentuk usaha penyedia (PT, CV, koperasi, orang "
                                                        "pribadi ...): jangka waktu PPh final UMKM bergantung padanya."})
    if m["pembayaran_bulanan"] is not None and m["bruto"] is not None:
        salah.append({"kunci": "bruto", "pesan": "Isi salah satu: peredaran bruto per bulan (pembayaran_bulanan) "
                                                 "atau bruto satu pembayaran."})
    if m["pembayaran_bulanan"] is None and m["bruto"] is None:
        salah.append({"kunci": "pembayaran_bulanan", "pesan": "Wajib diisi: peredaran bruto per bulan, atau bruto "
                                                              "satu pembayaran (dihitung untuk bulan tanggal itu)."})
    t = m["tanggal_terdaftar"]
    if t is not None and t > m["tanggal"]:
        salah.append({"kunci": "tanggal_terdaftar", "pesan": "Tanggal terdaftar tidak boleh sesudah tanggal perhitungan."})
    if salah:
        return salah
    bentuk = _bentuk(m)
    assert bentuk is not None
    try:
        perlu = t is None and _perlu_tanggal_terdaftar(bentuk, m["tanggal"], m["peredaran_bruto_tahun_lalu"])
    except TanggalTidakDicakup:
        perlu = False  # the computation itself reports the date
    if perlu:
        return [{"kunci": "tanggal_terdaftar", "pesan": "Wajib diisi: untuk bentuk usaha dan tanggal ini, boleh "
                                                        "tidaknya memakai PPh final UMKM bergantung pada tanggal "
                                                        "terdaftar."}]
    return []


def hitung(m: dict[str, Any]) -> Hasil:
    tanggal = m["tanggal"]
    bentuk = _bentuk(m)
    assert bentuk is not None
    awal: list[Langkah] = []
    if m["bentuk_badan"] is None and m["penerima"] == "umkm_suket" and m["surat_pernyataan_500jt"]:
        try:
            awal.append(Langkah("Bentuk penyedia tidak disebutkan, tetapi surat pernyataan peredaran bruto belum "
                                "Rp500 juta hanya dapat diserahkan orang pribadi: penyedia dihitung sebagai orang "
                                "pribadi.", None, dasar_hukum("umkm.dasar.surat_pernyataan_500jt", tanggal), "teks"))
        except TanggalTidakDicakup:
            pass
    terdaftar = m["tanggal_terdaftar"]
    boleh, langkah, peringatan = kelayakan(bentuk, terdaftar or date(2018, 1, 1), tanggal,
                                           m["peredaran_bruto_tahun_lalu"])
    if terdaftar is None:  # aturan() checked that the answer does not depend on it
        jangka = parameter("umkm.jangka_waktu_tahun", tanggal).dasar_hukum
        dipakai = any(l.dasar_hukum == jangka and "sejak" in l.teks for l in langkah)
        awal.append(Langkah("Tanggal terdaftar tidak diisi. Untuk tanggal terdaftar mana pun hasilnya sama"
                            + ("; langkah berikut memakai awal jangka waktu paling awal yang mungkin (2018)."
                               if dipakai else "."), None, jangka, "teks"))
    langkah[:0] = awal
    if m["pembayaran_bulanan"] is not None:
        bulan = list(m["pembayaran_bulanan"]) + [Decimal(0)] * (12 - len(m["pembayaran_bulanan"]))
    else:  # one payment: the turnover of the month of `tanggal`
        bulan = [m["bruto"] if i == tanggal.month else Decimal(0) for i in range(1, 13)]
        langkah.append(Langkah(f"Bruto {rupiah(m['bruto'])} dihitung sebagai peredaran bruto "
                               f"{BULAN[tanggal.month - 1]} {tanggal.year}; bulan lain dianggap nol.", m["bruto"],
                               "", "rupiah"))
        if bentuk == "orang_pribadi":
            peringatan.append("Hanya satu bulan yang diisi. Bagi orang pribadi, batas Rp500 juta dihitung dari "
                              "peredaran bruto kumulatif sejak Januari: isi peredaran bruto setiap bulan "
                              "(pembayaran_bulanan) untuk hasil yang tepat.")
    per_bulan: tuple[Decimal, ...] = tuple(Decimal(0) for _ in bulan)
    total = Decimal(0)
    if boleh:
        b = pph_final_bulanan(bulan, tanggal.year, bentuk == "orang_pribadi")
        per_bulan, total = b.per_bulan, b.total
        langkah.extend(b.langkah)
    else:
        peringatan.append("Tidak memenuhi syarat PPh final UMKM: pembeli memotong PPh 21 atau PPh 23 biasa, "
                          "dan penyedia memakai tarif umum.")
    baris_bulan = [{"bulan": f"{tanggal.year}-{i:02d}", "peredaran_bruto": b, "pph_final": p}
                   for i, (b, p) in enumerate(zip(bulan, per_bulan), start=1)]
    keluaran = {"eligible": boleh, "pph_final_per_bulan": list(per_bulan), "pph_final_total": total,
                "peredaran_bruto_total": sum(bulan, Decimal(0)), "per_bulan": baris_bulan}
    if boleh:
        keluaran["unduhan"] = [berkas_csv("pph-final-per-bulan.csv", "Unduh PPh final per bulan (CSV)", KOLOM_CSV,
                                          baris_bulan)]
    return Hasil(keluaran=keluaran, langkah=langkah, peringatan=peringatan)


#: The columns of the months' CSV: those of the table on the page.
KOLOM_CSV = (("bulan", "bulan", "teks"), ("peredaran_bruto", "peredaran_bruto", "rupiah"),
             ("pph_final", "pph_final", "rupiah"))


KALKULATOR = Kalkulator(
    nama="umkm", judul="Kalkulator PPh final UMKM", masukan=MASUKAN, hitung=hitung, aturan=aturan,
    ringkasan=(Baris("Boleh memakai PPh final 0,5%", "eligible", "ya_tidak", utama=True),
               Baris("Peredaran bruto setahun", "peredaran_bruto_total"),
               Baris("PPh final setahun", "pph_final_total", utama=True)),
    contoh={"tanggal": "2025-12-31", "bentuk_badan": "orang_pribadi", "tanggal_terdaftar": "2021-03-01",
            "peredaran_bruto_tahun_lalu": "900 jt",
            "pembayaran_bulanan": "80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt; 80 jt"},
)
