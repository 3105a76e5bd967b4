"""The real clause library and templates: complete, consistent, and usable with every choice."""
from __future__ import annotations

import re

from calculators.kontrak import (KELOMPOK, POLA_RUJUKAN, POLA_VARIABEL, rujukan_dalam, tanda,
                                 variabel_dalam)
from calculators.kontrak.dokumen import Isian, Judul, Paragraf, Tabel
from calculators.kontrak.rakit import rakit


def test_cukup_klausul_dan_semua_kelompok_penting(pustaka_asli):
    p = pustaka_asli
    assert len(p.klausul) >= 40
    ada = {k.kelompok for k in p.klausul.values()}
    assert {"pihak", "lingkup", "penerimaan", "pembayaran", "pajak", "hki", "kerahasiaan", "data",
            "jaminan", "pengakhiran", "sengketa", "umum", "dokumen"} <= ada


def test_setiap_klausul_lengkap_dan_variannya_sah(pustaka_asli):
    for k in pustaka_asli.klausul.values():
        assert k.kelompok in KELOMPOK
        for kolom in (k.judul, k.tujuan, k.kapan):
            assert kolom.strip() and not kolom.strip().endswith(","), (k.id, kolom)
        assert k.dasar_hukum and k.jebakan, k.id
        assert k.varian_bawaan in k.varian, k.id
        for kunci, v in k.varian.items():
            assert re.fullmatch(r"[a-z][a-z0-9_]*", kunci), (k.id, kunci)
            assert v.label.strip() and v.teks.strip(), (k.id, kunci)
            if kunci != k.varian_bawaan:
                assert v.catatan.strip(), f"{k.id}: varian {kunci} tanpa catatan perbedaannya"
            if any(vv.teks_en.strip() for vv in k.varian.values()):
                assert v.teks_en.strip(), f"{k.id}: varian {kunci} tanpa teks_en"
                assert k.judul_en, k.id


def test_tanda_sah_dan_terdefinisi(pustaka_asli):
    p = pustaka_asli
    salah = []
    for k in p.klausul.values():
        for kunci, v in k.varian.items():
            for teks in (v.teks, v.teks_en):
                for isi in tanda(teks):
                    if not (POLA_VARIABEL.fullmatch(isi) or POLA_RUJUKAN.fullmatch(isi)):
                        salah.append(f"{k.id}[{kunci}]: [[{isi}]]")
                for var in variabel_dalam(teks):
                    if var not in p.variabel:
                        salah.append(f"{k.id}[{kunci}]: [[{var}]] belum didefinisikan")
                for r in rujukan_dalam(teks):
                    if r not in p.klausul:
                        salah.append(f"{k.id}[{kunci}]: [[pasal:{r}]] bukan klausul")
    assert salah == []


def test_variabel_didefinisikan_sekali_dan_dipakai(pustaka_asli):
    p = pustaka_asli
    ganda = {k: v for k, v in p.asal_variabel.items() if len(v) > 1}
    assert ganda == {}
    dipakai = set()
    for k in p.klausul.values():
        for v in k.varian.values():
            dipakai |= set(variabel_dalam(v.teks)) | set(variabel_dalam(v.teks_en))
    for t in p.templat.values():
        for teks in (t.judul_dokumen, t.judul_dokumen_en, t.subjudul_dokumen):
            dipakai |= set(variabel_dalam(teks))
    assert set(p.variabel) - dipakai == set()
    for v in p.variabel.values():
        assert v.label.strip() and v.contoh.strip(), v.kunci


def test_templat_lengkap_berversi_berlisensi(pustaka_asli):
    p = pustaka_asli
    wajib = {"spk-harga-tetap", "spk-per-jam", "retainer-bulanan", "scope-of-work", "nda-mutual",
             "nda-satu-arah", "perjanjian-bpo", "lampiran-pemrosesan-data", "addendum", "bast",
             "surat-pemutusan", "spk-harga-tetap-id-en", "nda-mutual-id-en"}
    assert wajib <= set(p.templat)
    for t in p.templat.values():
        assert p.masalah(t) == [], (t.id, p.masalah(t))
        assert t.lisensi == "CC BY 4.0"
        assert re.fullmatch(r"\d+\.\d+\.\d+", t.versi)
        assert t.versi in {r.versi for r in t.riwayat}
        assert len({r.versi for r in t.riwayat}) == len(t.riwayat), t.id
        assert t.ringkasan.strip()


def test_templat_dwibahasa_naskah_indonesia_berlaku(pustaka_asli):
    p = pustaka_asli
    for t in p.templat.values():
        if not t.dwibahasa:
            continue
        bagian = {b.klausul: b for b in t.bagian}
        assert "hukum-bahasa" in bagian, t.id
        k = p.klausul["hukum-bahasa"]
        teks = k.teks(bagian["hukum-bahasa"].varian or k.varian_bawaan)
        assert "bahasa Inggris" in teks and re.search(r"naskah bahasa Indonesia yang berlaku", teks), t.id
        assert t.judul_en and t.judul_dokumen_en


def _isian_badan(dok):
    hasil = set()
    for b in dok.blok[dok.awal_badan:]:
        if isinstance(b, (Paragraf, Judul)):
            hasil |= {x.kunci for x in b.isi if isinstance(x, Isian)}
        elif isinstance(b, Tabel):
            for r in ([b.kepala] if b.kepala else []) + b.baris:
                for sel in r:
                    for q in sel:
                        hasil |= {x.kunci for x in q.isi if isinstance(x, Isian)}
    return hasil


def _isian_sampul(dok):
    sampul = next(b for b in dok.blok if isinstance(b, Tabel))
    return [sel[2][0].isi[0].kunci for sel in sampul.baris]


def test_lembar_isian_sama_dengan_isian_naskah_untuk_setiap_pilihan(pustaka_asli):
    """Every placeholder of the document is on its cover page and every cover variable is used,
    for every variant of every clause and with optional clauses left out."""
    p = pustaka_asli
    for t in p.templat.values():
        pilihan = [{}]
        for b in t.bagian:
            for v in p.klausul[b.klausul].varian:
                pilihan.append({"varian": {b.klausul: v}})
        pilihan.append({"sertakan": {b.klausul: False for b in t.bagian if b.opsional}})
        for opsi in pilihan:
            dok = rakit(t, p, **opsi)
            sampul = _isian_sampul(dok)
            assert len(sampul) == len(set(sampul)), t.id
            assert set(sampul) == _isian_badan(dok), (t.id, opsi)
            # and no reference was left unresolved
            assert "[[" not in dok.teks_polos(), (t.id, opsi)


def test_judul_pasal_berurutan(pustaka_asli):
    for t in pustaka_asli.templat.values():
        dok = rakit(t, pustaka_asli, sampul=False)
        nomor = [b.nomor.split(" / ")[0] for b in dok.blok if isinstance(b, Judul) and b.nomor.startswith("Pasal")]
        assert nomor == [f"Pasal {i}" for i in range(1, len(nomor) + 1)], t.id
