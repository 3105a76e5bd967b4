"""Citations are data: every legal basis a step prints comes from a dated parameter, and a payment on
any date cites only the rules in force on that date.

1. No Python module of ``calculators/`` passes a literal citation as a step's basis (the third
   argument or ``dasar_hukum=`` of ``Langkah``): a string constant, or a constant part of an f-string,
   that names a regulation.
2. For payments on dates from 2021 to 2026, every part of every step's basis (split on "; ") is the
   ``dasar_hukum`` of a parameter value in force on that date, and no step names a regulation that
   was not yet in force.
"""
from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from calculators import api
from calculators.parameter import berkas, daftar_berkas

PAKET = Path(__file__).resolve().parents[2] / "calculators"
PERATURAN = re.compile(r"\b(UU|PP|PMK|PER-\d|Perpres|Permenaker|KMK|KUHPerdata|SE-\d|Pasal)\b")


def _konstanta(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    if isinstance(node, ast.BinOp):
        return _konstanta(node.left) + _konstanta(node.right)
    return []


def rujukan_tertulis(sumber: str) -> list[tuple[int, str]]:
    """(line, text) of every literal citation passed as a step's basis."""
    temuan = []
    for node in ast.walk(ast.parse(sumber)):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "Langkah"):
            continue
        dasar = [node.args[2]] if len(node.args) > 2 else []
        dasar += [k.value for k in node.keywords if k.arg == "dasar_hukum"]
        for d in dasar:
            for teks in _konstanta(d):
                if PERATURAN.search(teks):
                    temuan.append((node.lineno, teks))
    return temuan


def test_pemeriksa_menemukan_rujukan_tertulis():
    contoh = ('Langkah("a", 1, "UU PPh Pasal 23")\nLangkah("b", dasar_hukum=f"{x}; PMK 168/2023")\n'
              'Langkah("c", 1, dasar_hukum("pph23.dasar.pemotongan", t))\nLangkah("d", 1, "")\n')
    assert [b for b, _ in rujukan_tertulis(contoh)] == [1, 2]


@pytest.mark.parametrize("berkas_py", sorted(p.relative_to(PAKET).as_posix() for p in PAKET.rglob("*.py")))
def test_tidak_ada_rujukan_tertulis_di_kode(berkas_py):
    temuan = rujukan_tertulis((PAKET / berkas_py).read_text(encoding="utf-8"))
    assert not temuan, f"{berkas_py}: rujukan hukum ditulis di kode, bukan di calculators/parameter/: {temuan}"


def _dasar_berlaku(tanggal: date) -> set[str]:
    """Every ``dasar_hukum`` of a parameter value in force on ``tanggal``, across all files."""
    hasil: set[str] = set()

    def jelajah(simpul):
        if isinstance(simpul, dict):
            if isinstance(simpul.get("nilai"), list) and all(isinstance(v, dict) and "mulai" in v
                                                              for v in simpul["nilai"]):
                nilai = sorted(simpul["nilai"], key=lambda v: v["mulai"])
                berlaku = [v for v in nilai if v["mulai"] <= tanggal]
                if berlaku and (berlaku[-1].get("sampai") is None or berlaku[-1]["sampai"] >= tanggal):
                    hasil.add(berlaku[-1]["dasar_hukum"])
                return
            for v in simpul.values():
                jelajah(v)
        elif isinstance(simpul, list):
            for v in simpul:
                jelajah(v)

    for nama in daftar_berkas():
        jelajah(berkas(nama))
    return hasil


def sisa_dasar(dasar: str, berlaku: set[str]) -> str:
    """What is left of a step's basis once every in-force basis it is made of is taken out (longest
    first); only the "; " joins may remain."""
    for b in sorted(berlaku, key=len, reverse=True):
        if b:
            dasar = dasar.replace(b, "")
    return dasar.replace(";", "").strip()


def test_sisa_dasar():
    assert sisa_dasar("A 1; B 2", {"A 1", "B 2"}) == ""
    assert sisa_dasar("A 1; PMK 9/2099", {"A 1"}) == "PMK 9/2099"


#: Regulations and systems that did not exist before these dates: a step on an earlier date must not
#: name them (in its text or its basis).
BELUM_ADA = {
    "PMK 168/2023": date(2024, 1, 1), "PER-2/PJ/2024": date(2024, 1, 1), "PP 58/2023": date(2024, 1, 1),
    "PMK 81/2024": date(2025, 1, 1), "Coretax": date(2025, 1, 1), "PMK 131/2024": date(2025, 1, 1),
    "PER-11/PJ/2025": date(2025, 5, 22), "PMK 11/2025": date(2025, 2, 4), "PMK 164/2023": date(2023, 12, 29),
    "PP 55/2022": date(2022, 12, 20), "PER-24/PJ/2021": date(2022, 4, 1), "PMK 112/2025": date(2026, 1, 1),
    "PP 20/2026": date(2026, 4, 22), "PP 9/2022": date(2022, 2, 21),
}

KASUS = [
    ("pembayaran", {"penerima": "orang_pribadi", "jenis_penghasilan": "jasa_tenaga_ahli", "bruto": "15 jt"}),
    ("pembayaran", {"penerima": "orang_pribadi", "berkesinambungan": "ya", "satu_pemotong": "ya",
                    "pembayaran_sebelumnya": "20 jt", "bruto": "10 jt"}),
    ("pembayaran", {"penerima": "badan", "pkp": "ya", "bruto": "10 jt", "punya_npwp": "tidak"}),
    ("pembayaran", {"penerima": "badan", "pkp": "ya", "net_diterima": "25 jt"}),
    ("pembayaran", {"penerima": "badan", "pkp": "ya", "nilai_termasuk_ppn": "11.100.000"}),
    ("pembayaran", {"penerima": "badan", "jenis_penghasilan": "sewa_tanah_bangunan", "bruto": "30 jt"}),
    ("pembayaran", {"penerima": "umkm_suket", "bentuk_badan": "orang_pribadi", "bruto": "8 jt"}),
    ("pembayaran", {"penerima": "umkm_suket", "bentuk_badan": "orang_pribadi", "bruto": "8 jt",
                    "surat_pernyataan_500jt": "ya"}),
    ("pembayaran", {"penerima": "luar_negeri", "nilai_valas": "2.000", "mata_uang": "USD", "kurs": "15.000",
                    "tarif_p3b": "10", "dgt_valid": "ya"}),
    ("pembayaran", {"penerima": "luar_negeri", "bentuk_badan": "orang_pribadi", "bruto": "40 jt",
                    "tarif_p3b": "0", "dgt_valid": "tidak"}),
    ("pembayaran", {"penerima": "orang_pribadi", "jenis_penghasilan": "konstruksi_pelaksanaan",
                    "sertifikat_konstruksi": "perseorangan", "bruto": "50 jt"}),
    ("pembayaran", {"penerima": "badan", "pkp": "ya", "jenis_penghasilan": "konstruksi_konsultansi",
                    "sertifikat_konstruksi": "tidak_ada", "bruto": "50 jt"}),
    ("pph23", {"bruto": "10 jt", "pkp": "ya"}),
    ("pph21", {"bruto": "25 jt"}),
    ("pph26", {"bruto": "50 jt"}),
    ("ppn", {"bruto": "10 jt"}),
]
TANGGAL = [date(2021, 6, 15), date(2023, 6, 15), date(2025, 3, 10), date(2025, 6, 16), date(2026, 6, 15)]


@pytest.mark.parametrize("tanggal", TANGGAL, ids=str)
@pytest.mark.parametrize("nama,masukan", KASUS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(KASUS)])
def test_langkah_hanya_mengutip_aturan_yang_berlaku(nama, masukan, tanggal):
    if masukan.get("penerima") == "umkm_suket" and tanggal < date(2018, 7, 1):
        pytest.skip("before the UMKM regime")
    r = api.jalankan(nama, {**masukan, "tanggal": tanggal.isoformat()})
    assert r["ok"], r
    berlaku = _dasar_berlaku(tanggal)
    for l in r["hasil"]["langkah"]:
        sisa = sisa_dasar(l["dasar_hukum"], berlaku)
        assert not sisa, f"{tanggal}: '{sisa}' (langkah '{l['teks'][:60]}') bukan dasar yang berlaku"
        for nama_aturan, mulai in BELUM_ADA.items():
            if tanggal < mulai:
                teks = l["teks"] + " " + l["dasar_hukum"]
                assert nama_aturan not in teks, f"{tanggal}: {nama_aturan} belum berlaku: {teks[:160]}"
    for p in r["hasil"]["peringatan"]:
        for nama_aturan, mulai in BELUM_ADA.items():
            if tanggal < mulai:
                assert nama_aturan not in p, f"{tanggal}: {nama_aturan} belum berlaku: {p[:160]}"
