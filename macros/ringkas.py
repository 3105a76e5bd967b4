"""Short readable summaries of a calculator result, for guide pages that quote an example.

A guide page shows the key figures of an example in one small table and links to the calculator
for the steps and their legal basis, instead of pasting the calculator's whole result (with its
repeated citations) into the prose. The figures still come from the calculator: the page passes
the result of ``hitung(...)`` to these macros, which only arrange and format it.

- ``{{ ringkasan_sla(hasil) }}``: one row per measured period of a ``kredit-sla`` result (the value
  of each service level, the credit it earned, the period's credit in percent and rupiah, and what
  the period means: cap reached, below the termination threshold, termination right arises), and
  a total row. Markup in ``macros/templat/ringkas-sla.html``.
- ``{{ rp_bulat(x) }}``: a rupiah amount rounded for an illustrative range ("Rp58 juta", "Rp1,2 miliar").
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from markupsafe import Markup

from calculators.format import angka, bulan_id, persen, rupiah
from macros.templat import render

_PERIODE_BULAN = re.compile(r"^(\d{4})-(\d{2})$")
_JUTA = Decimal(1_000_000)
_MILIAR = Decimal(1_000_000_000)


def _label_periode(p: str) -> str:
    """'2026-07' -> 'Juli 2026'; any other label (a week, a quarter) as written."""
    m = _PERIODE_BULAN.match(p)
    return bulan_id(int(m.group(1)), int(m.group(2))) if m and 1 <= int(m.group(2)) <= 12 else p


def _nilai(x: Any, satuan: str) -> str:
    d = Decimal(str(x))
    return persen(d / 100) if satuan == "%" else f"{angka(d)} {satuan}".strip()


def _target(t: dict[str, Any]) -> str:
    tanda = "≥" if t["arah"] == "min" else "≤"
    return f"{tanda} {_nilai(t['target'], t['satuan'])}"


def _baris(hasil: dict[str, Any]) -> list[dict[str, Any]]:
    tingkat = hasil["tingkat_layanan"]
    beruntun = {t["nama"]: 0 for t in tingkat}
    baris = []
    for p in hasil["periode"]:
        sel = []
        for t in tingkat:
            kredit = Decimal(str(p["kredit_per_tingkat"].get(t["nama"], 0)))
            nilai = Decimal(str(p["nilai"][t["nama"]]))
            target = Decimal(str(t["target"]))
            tercapai = nilai >= target if t["arah"] == "min" else nilai <= target
            status = ("tercapai" if tercapai else f"kredit {persen(kredit)}" if kredit > 0
                      else "di bawah target, tanpa kredit")
            sel.append({"nilai": _nilai(nilai, t["satuan"]), "status": status})
        catatan = []
        if p["batas_tercapai"]:
            catatan.append(f"kredit dipotong ke batas {persen(Decimal(str(hasil['batas_kredit'])))} "
                           f"(sebelum batas {persen(Decimal(str(p['kredit_persen_sebelum_batas'])))})")
        for t in tingkat:
            beruntun[t["nama"]] = beruntun[t["nama"]] + 1 if t["nama"] in p["lewat_ambang_pemutusan"] else 0
            if beruntun[t["nama"]]:
                catatan.append(f"{t['nama']} di bawah ambang pemutusan {_nilai(t['ambang_pemutusan'], t['satuan'])}: "
                               f"bulan ke-{beruntun[t['nama']]} dari {hasil['syarat_periode_pemutusan']} berturut-turut")
        if p["hak_pemutusan"]:
            catatan.append("hak mengakhiri kontrak timbul")
        baris.append({"periode": _label_periode(str(p["periode"])), "sel": sel,
                      "kredit_persen": persen(Decimal(str(p["kredit_persen"]))),
                      "kredit": rupiah(Decimal(str(p["kredit"]))), "catatan": catatan})
    return baris


def ringkasan_sla(hasil: dict[str, Any], keterangan: str = "") -> Markup:
    """The key figures of a ``kredit-sla`` result (``hitung("kredit-sla", ...)``) as one table."""
    kolom = [{"nama": t["nama"], "target": _target(t)} for t in hasil["tingkat_layanan"]]
    baris = _baris(hasil)
    return render("ringkas-sla.html", kolom=kolom, baris=baris, keterangan=keterangan,
                  total=rupiah(Decimal(str(hasil["kredit_terutang"]))),
                  ada_catatan=any(b["catatan"] for b in baris))


def rp_bulat(x: Any) -> str:
    """A rupiah amount rounded half-up for an illustrative figure: to the million below one
    billion ("Rp58 juta"), to a tenth of a billion above ("Rp1,2 miliar"); under a million, exact."""
    d = Decimal(str(x))
    if abs(d) >= _MILIAR:
        q = (d / _MILIAR).quantize(Decimal("0.1"), ROUND_HALF_UP)
        return f"Rp{angka(q.quantize(Decimal(1)) if q == q.to_integral_value() else q)} miliar"
    if abs(d) >= _JUTA:
        return f"Rp{angka((d / _JUTA).quantize(Decimal(1), ROUND_HALF_UP))} juta"
    return rupiah(d)


def daftarkan(env) -> None:
    for f in (ringkasan_sla, rp_bulat):
        env.macro(f)
