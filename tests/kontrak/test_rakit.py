"""The assembler on the small fixture library: numbering, references, values, variants, errors."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from calculators.kontrak import Bagian, KesalahanData, Pustaka
from calculators.kontrak.dokumen import Isian, Judul, Paragraf, Tabel
from calculators.kontrak.isian import terbilang, terbilang_en, tulis
from calculators.kontrak.markdown import markdown
from calculators.kontrak.rakit import BarisJadwal, rakit, teks_klausul, urai


def _judul(dok):
    return [(b.nomor, "".join(p.teks for p in b.isi)) for b in dok.blok if isinstance(b, Judul) and b.tingkat == 1]


def test_pasal_bernomor_urut_dan_pembuka_tidak_bernomor(contoh):
    dok = rakit("spk-contoh", contoh, sampul=False)
    assert _judul(dok) == [("Pasal 1", "Penerimaan Pekerjaan"), ("Pasal 2", "Pembayaran Bertahap"),
                           ("", "Penutup"), ("Lampiran 1", "Jadwal Pembayaran")]


def test_ayat_bernomor_per_pasal_butir_berhuruf(contoh):
    dok = rakit("spk-contoh", contoh, sampul=False)
    nomor = [b.nomor for b in dok.blok if isinstance(b, Paragraf) and b.nomor]
    # preamble items stay 1., 2.; Pasal 2 sub-clauses are (1)-(3) with items a., b. under (2)
    assert nomor == ["1.", "2.", "(1)", "(2)", "a.", "b.", "(3)"]


def test_rujukan_menjadi_nomor_pasal_di_templat_ini(contoh):
    teks = rakit("spk-contoh", contoh, sampul=False).teks_polos()
    assert "sebagaimana dimaksud dalam Pasal 1 ditandatangani" in teks
    # the same clause in a template where the referenced clause sits elsewhere
    t = contoh.templat["spk-contoh"]
    bagian = list(t.bagian)
    bagian[1], bagian[2] = bagian[2], bagian[1]
    t2 = replace(t, bagian=tuple(bagian))
    teks2 = rakit(t2, contoh, sampul=False).teks_polos()
    assert "sebagaimana dimaksud dalam Pasal 2 ditandatangani" in teks2


def test_rujukan_menggantung_adalah_galat(contoh):
    t = contoh.templat["spk-contoh"]
    tanpa = replace(t, bagian=tuple(b for b in t.bagian if b.klausul != "penerimaan-bast"))
    with pytest.raises(KesalahanData, match=r"\[\[pasal:penerimaan-bast\]\]"):
        rakit(tanpa, contoh)


def test_variabel_tak_terdefinisi_adalah_galat(contoh):
    k = contoh.klausul["penerimaan-bast"]
    v = replace(k.varian["seimbang"], teks="Diperiksa dalam [[hari_tidak_ada]] hari.")
    p = Pustaka({**contoh.klausul, k.id: replace(k, varian={"seimbang": v})}, contoh.variabel, contoh.templat)
    with pytest.raises(KesalahanData, match="hari_tidak_ada"):
        rakit("spk-contoh", p)


def test_tanda_rusak_adalah_galat(contoh):
    k = contoh.klausul["penerimaan-bast"]
    v = replace(k.varian["seimbang"], teks="Diperiksa dalam [[Hari Pemeriksaan]] hari.")
    p = Pustaka({**contoh.klausul, k.id: replace(k, varian={"seimbang": v})}, contoh.variabel, contoh.templat)
    with pytest.raises(KesalahanData, match="tidak sah"):
        rakit("spk-contoh", p)


def test_isian_terbuka_tetap_terlihat(contoh):
    dok = rakit("spk-contoh", contoh)
    terbuka = [p for b in dok.blok if isinstance(b, Paragraf) for p in b.isi if isinstance(p, Isian)]
    assert terbuka and all(not p.terisi and p.teks == f"[{p.label}]" for p in terbuka)
    assert "[nilai kontrak]" in markdown(dok).replace("\\", "")


def test_nilai_ditulis_lengkap_dengan_terbilang(contoh):
    dok = rakit("spk-contoh", contoh, isian={"nilai_kontrak": "150 jt", "hari_pembayaran": "14",
                                               "tanggal_perjanjian": "01/12/2026"}, sampul=False)
    teks = dok.teks_polos()
    assert "Rp150.000.000 (seratus lima puluh juta rupiah)" in teks
    assert "14 (empat belas) hari kalender" in teks
    assert "pada 1 Desember 2026 oleh" in teks


@pytest.mark.parametrize("n,kata", [
    (0, "nol"), (1, "satu"), (11, "sebelas"), (12, "dua belas"), (100, "seratus"), (101, "seratus satu"),
    (1000, "seribu"), (1500, "seribu lima ratus"), (2_000_000, "dua juta"),
    (1_250_000_000, "satu miliar dua ratus lima puluh juta"),
    (D("12.5"), "dua belas koma lima"), (D("0.05"), "nol koma nol lima"),
])
def test_terbilang(n, kata):
    assert terbilang(n) == kata


def test_terbilang_en_dan_format_inggris():
    assert terbilang_en(1_250_000) == "one million two hundred fifty thousand"
    assert terbilang_en(42) == "forty-two"
    assert tulis("150 jt", "uang", "en") == "IDR 150,000,000 (one hundred fifty million rupiah)"
    assert tulis("2026-08-17", "tanggal", "en") == "17 August 2026"
    assert tulis("2,5", "persen") == "2,5% (dua koma lima persen)"
    # a value that cannot be read as its type is written as typed, not dropped
    assert tulis("sesuai penawaran", "uang") == "sesuai penawaran"


def test_varian_dipilih_pembaca(contoh):
    biasa = rakit("spk-contoh", contoh, sampul=False).teks_polos()
    klien = rakit("spk-contoh", contoh, varian={"pembayaran-termin": "pro_klien"}, sampul=False).teks_polos()
    assert "hari kalender" in biasa and "hari kerja setelah Pasal 1 dipenuhi" in klien
    with pytest.raises(KesalahanData, match="varian"):
        rakit("spk-contoh", contoh, varian={"pembayaran-termin": "tidak_ada"})


def test_bagian_opsional_bisa_dilepas(contoh):
    t = contoh.templat["spk-contoh"]
    bagian = tuple(replace(b, opsional=True) if b.klausul == "pembayaran-termin" else b for b in t.bagian)
    t2 = replace(t, bagian=bagian)
    dok = rakit(t2, contoh, sertakan={"pembayaran-termin": False}, sampul=False)
    assert ("Pasal 2", "Pembayaran Bertahap") not in _judul(dok)
    assert "nilai_kontrak" not in contoh.variabel_templat(t2, {"pembayaran-termin": False})


def test_dwibahasa_berpasangan(contoh):
    dok = rakit("spk-contoh-id-en", contoh, isian={"nilai_kontrak": "150 jt"}, sampul=False)
    assert ("Pasal 2 / Article 2", "Pembayaran Bertahap / Payment in Instalments") in _judul(dok)
    dwi = [b for b in dok.blok if isinstance(b, Tabel) and b.gaya == "dwibahasa"]
    assert dwi and all(len(r) == 2 for t in dwi for r in t.baris)
    teks = dok.teks_polos()
    assert "Rp150.000.000 (seratus lima puluh juta rupiah)" in teks
    assert "IDR 150,000,000 (one hundred fifty million rupiah)" in teks
    assert "after Article 1 is met" in teks


def test_lembar_isian_memuat_tepat_semua_isian(contoh):
    t = contoh.templat["spk-contoh"]
    dok = rakit(t, contoh)
    sampul = next(b for b in dok.blok if isinstance(b, Tabel))
    kunci = [sel[2][0].isi[0].kunci for sel in sampul.baris]
    assert kunci == contoh.variabel_templat(t)
    badan = {p.kunci for b in dok.blok[dok.blok.index(sampul) + 1:]
             for p in _potongan(b) if isinstance(p, Isian)}
    assert badan == set(kunci)


def _potongan(b):
    if isinstance(b, (Paragraf, Judul)):
        yield from b.isi
    elif isinstance(b, Tabel):
        for r in ([b.kepala] if b.kepala else []) + b.baris:
            for sel in r:
                for p in sel:
                    yield from p.isi


def test_jadwal_pembayaran_diisi():
    from calculators.kontrak import Pustaka
    from bantu_kontrak import CONTOH

    p = Pustaka.dari_folder(CONTOH)
    jadwal = [BarisJadwal("1", "Uang muka", D("0.3"), None, D(30_000_000), D(3_300_000), D(600_000), D(32_700_000)),
              BarisJadwal("2", "Serah terima", D("0.7"), None, D(70_000_000), D(7_700_000), D(1_400_000), D(76_300_000))]
    teks = rakit("spk-contoh", p, jadwal=jadwal).teks_polos()
    assert "Rp30.000.000" in teks and "Rp109.000.000" in teks  # column total of the transfers


def test_urai_paragraf_ayat_butir_tabel():
    blok = urai("Pembuka:\n1. satu\n   sambungan\n2. dua\n   a. x\n   (b) y\nPenutup.\n\n| A | B |\n|---|---|\n| 1 | 2 |")
    assert [(b.jenis, b.teks) for b in blok[:6]] == [
        ("paragraf", "Pembuka:"), ("ayat", "satu sambungan"), ("ayat", "dua"), ("butir", "x"),
        ("butir", "y"), ("paragraf", "Penutup.")]
    assert blok[6].jenis == "tabel" and blok[6].kepala and blok[6].baris == [["A", "B"], ["1", "2"]]


def test_teks_klausul_untuk_disalin(contoh):
    teks = teks_klausul(contoh.klausul["pembayaran-termin"], None, contoh)
    assert teks.splitlines()[0].startswith("(1) Pihak Pertama membayar [[nilai_kontrak]]")
    assert "[Pasal tentang Penerimaan Pekerjaan]" in teks
    assert "   a. tagihan lengkap diterima; dan" in teks


def test_bagian_tak_dikenal_ditolak():
    from calculators.kontrak import baca_templat

    with pytest.raises(KesalahanData, match="tidak dikenal"):
        baca_templat({"id": "x", "judul": "X", "versi": "1.0.0", "bahasa": "id", "lisensi": "CC BY 4.0",
                      "ringkasan": "r", "riwayat": [{"versi": "1.0.0", "tanggal": None, "catatan": "c"}],
                      "bagian": [{"klausul": "a", "nomor": 3}]}, "x.toml")
    assert Bagian("a").bernomor
