"""Every legal parameter is dated and cited; dates outside the data raise, never fall back."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from calculators.parameter import WAJIB, TanggalTidakDicakup, berkas, daftar_berkas, parameter, riwayat


def _jalur(simpul, awalan):
    if isinstance(simpul, dict):
        if "nilai" in simpul and isinstance(simpul["nilai"], list):
            yield awalan
            return
        for k, v in simpul.items():
            yield from _jalur(v, f"{awalan}.{k}")


SEMUA = [j for nama in daftar_berkas() for j in _jalur(berkas(nama), nama)]


def test_ada_parameter():
    assert len(SEMUA) >= 20
    assert {"pph23", "ppn", "pph21", "pph26", "umkm", "bea_meterai", "jatuh_tempo"} <= set(daftar_berkas())


@pytest.mark.parametrize("nama", daftar_berkas())
def test_berkas_punya_cakupan(nama):
    assert isinstance(berkas(nama).get("dicakup_sampai"), date)


@pytest.mark.parametrize("jalur", SEMUA)
def test_setiap_nilai_bertanggal_dan_bersumber(jalur):
    _, _, sisa = jalur.partition(".")
    simpul = berkas(jalur.split(".")[0])
    for k in sisa.split("."):
        simpul = simpul[k]
    for v in simpul["nilai"]:
        kurang = [k for k in WAJIB if k not in v or v[k] in ("", None)]
        assert not kurang, f"{jalur} {v.get('mulai')}: tanpa {kurang}"
        assert isinstance(v["mulai"], date) and isinstance(v["diperiksa"], date)
        assert len(v["dasar_hukum"]) > 5 and len(v["sumber"]) > 5


@pytest.mark.parametrize("jalur", SEMUA)
def test_di_luar_cakupan_gagal_dengan_pesan(jalur):
    nilai = riwayat(jalur)
    with pytest.raises(TanggalTidakDicakup) as e:
        parameter(jalur, nilai[0].mulai - timedelta(days=1))
    assert "dimulai" in str(e.value)
    batas = berkas(jalur.split(".")[0])["dicakup_sampai"]
    with pytest.raises(TanggalTidakDicakup):
        parameter(jalur, batas + timedelta(days=1))
    assert parameter(jalur, nilai[-1].mulai).mulai == nilai[-1].mulai


def test_nilai_lama_dipakai_untuk_tanggal_lama():
    assert str(parameter("ppn.tarif", date(2022, 3, 31)).nilai) == "0.10"
    assert str(parameter("ppn.tarif", date(2022, 4, 1)).nilai) == "0.11"
    assert str(parameter("ppn.tarif", date(2025, 1, 1)).nilai) == "0.12"


import re
from pathlib import Path

# A `sumber` must name something a reader can open: never a private research note or a file path.
_SUMBER_TERLARANG = re.compile(r"tax-rules|shared/|research|§|\.md\b", re.IGNORECASE)
# ...and it must show a public source: a URL, a regulation (type + number), or a publication with a year.
_PERATURAN = re.compile(r"\b(UU|PP|PMK|KMK|Perpres|Permenaker)\s+(No\.?\s*)?\d|\b(PER|SE|ND)-\s?\d", re.IGNORECASE)
_TAHUN = re.compile(r"\b(19|20)\d\d\b")


def _semua_nilai(simpul, jalur):
    if isinstance(simpul, dict):
        if isinstance(simpul.get("nilai"), list):
            for v in simpul["nilai"]:
                yield jalur, v
        for k, anak in simpul.items():
            if k != "nilai":
                yield from _semua_nilai(anak, f"{jalur}.{k}")


def _masalah_sumber(sumber):
    if not isinstance(sumber, str) or not sumber.strip():
        return "kosong"
    if m := _SUMBER_TERLARANG.search(sumber):
        return f"menyebut catatan atau berkas yang tidak dapat dibuka pembaca ({m.group(0)!r})"
    if "http" not in sumber and not _PERATURAN.search(sumber) and not _TAHUN.search(sumber):
        return "tidak menyebut URL, peraturan, atau terbitan bertahun"
    return None


def test_pemeriksa_sumber_dapat_gagal():
    assert _masalah_sumber("Ringkasan (tax-rules.md §5)")
    assert _masalah_sumber("catatan di /work/shared/research/x")
    assert _masalah_sumber("openaccountants id-withholding.md")
    assert _masalah_sumber("")
    assert _masalah_sumber("paparan DJP")
    assert _masalah_sumber("PMK 81/2024 Pasal 94 ayat (2), teks di JDIH Kemenkeu") is None
    assert _masalah_sumber("DDTC News, 28 Mei 2025") is None
    assert _masalah_sumber("https://news.ddtc.co.id/berita/nasional/1812070/") is None
    assert _masalah_sumber("teks PER-16/PJ/2016 di pajak.go.id") is None


def test_setiap_sumber_publik_dan_dapat_dibuka():
    masalah = []
    jumlah = 0
    for nama in daftar_berkas():
        for jalur, v in _semua_nilai(berkas(nama), nama):
            jumlah += 1
            if alasan := _masalah_sumber(v.get("sumber")):
                masalah.append(f"{jalur} mulai {v.get('mulai')}: {alasan}: {v.get('sumber')!r}")
    assert jumlah >= len(SEMUA) > 0
    assert not masalah, "\n".join(masalah)


def test_kode_kalkulator_tidak_merujuk_catatan_riset():
    akar = Path(__file__).resolve().parents[2] / "calculators"
    berkas_teks = [p for p in akar.rglob("*") if p.suffix in (".py", ".toml") and p.is_file()]
    assert any(p.name == "pph23.toml" for p in berkas_teks)
    temuan = [
        f"{p.relative_to(akar.parent)}:{i}"
        for p in berkas_teks
        for i, baris in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "tax-rules.md" in baris
    ]
    assert not temuan, "calculators/ merujuk tax-rules.md: " + ", ".join(temuan)
