"""A bilingual template is its Indonesian twin in two languages: same clauses, same order.

Every ``id-en`` template names its twin (``kembar = "<id>"``). Its parts (clause, variant,
numbered or not, annex, optional, heading) equal the twin's, except the differences it declares
in ``[[kembar_beda]]`` (``klausul``, ``beda`` = what differs, ``alasan``). A declared difference
that no longer exists is an error too, so the declarations stay true.
"""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from calculators.kontrak.rakit import rakit

KOLOM = ("varian", "bernomor", "lampiran", "opsional", "judul", "tanpa_judul")


def _data(templat_id: str) -> dict:
    berkas = resources.files("calculators.kontrak").joinpath("templat", f"{templat_id}.toml")
    return tomllib.loads(berkas.read_text(encoding="utf-8"))


def _dwibahasa(pustaka) -> list[str]:
    return [t.id for t in pustaka.templat.values() if t.dwibahasa]


def _bagian(data: dict) -> list[dict]:
    return [{"klausul": b["klausul"], **{k: b.get(k) for k in KOLOM}} for b in data["bagian"]]


def test_ada_pasangan_kembar(pustaka_asli):
    assert {"spk-harga-tetap-id-en", "nda-mutual-id-en", "nda-satu-arah-id-en"} <= set(_dwibahasa(pustaka_asli))


def test_setiap_templat_dwibahasa_sama_dengan_kembarnya(pustaka_asli):
    salah = []
    for tid in _dwibahasa(pustaka_asli):
        data = _data(tid)
        kembar = data.get("kembar")
        if kembar not in pustaka_asli.templat or pustaka_asli.templat[kembar].dwibahasa:
            salah.append(f"{tid}: kembar = {kembar!r} bukan templat berbahasa Indonesia")
            continue
        beda = {(b["klausul"], b["beda"]): b for b in data.get("kembar_beda", [])}
        for b in beda.values():
            if not str(b.get("alasan", "")).strip() or b["beda"] not in KOLOM + ("ada",):
                salah.append(f"{tid}: kembar_beda {b['klausul']} tanpa alasan atau dengan beda tak dikenal")
        dua, satu = _bagian(data), _bagian(_data(kembar))
        urut_dua = [b["klausul"] for b in dua if (b["klausul"], "ada") not in beda]
        urut_satu = [b["klausul"] for b in satu if (b["klausul"], "ada") not in beda]
        if urut_dua != urut_satu:
            hilang = [k for k in urut_satu if k not in urut_dua]
            lebih = [k for k in urut_dua if k not in urut_satu]
            salah.append(f"{tid}: susunan klausul berbeda dengan {kembar}; tidak ada: {hilang}; "
                         f"tambahan: {lebih}")
            continue
        terpakai = {k for k in beda if k[1] == "ada"}
        per_klausul = {b["klausul"]: b for b in satu}
        for b in dua:
            if (b["klausul"], "ada") in beda:
                continue
            for kolom in KOLOM:
                if b[kolom] != per_klausul[b["klausul"]][kolom]:
                    if (b["klausul"], kolom) in beda:
                        terpakai.add((b["klausul"], kolom))
                    else:
                        salah.append(f"{tid}: {b['klausul']}.{kolom} = {b[kolom]!r}, di {kembar} "
                                     f"{per_klausul[b['klausul']][kolom]!r} (tidak dinyatakan di kembar_beda)")
        for k in set(beda) - terpakai:
            salah.append(f"{tid}: kembar_beda {k} dinyatakan tetapi tidak ada bedanya")
        if data.get("lampiran", {}) != _data(kembar).get("lampiran", {}):
            salah.append(f"{tid}: [lampiran] berbeda dengan {kembar}")
    assert salah == [], "\n".join(salah)


@pytest.mark.parametrize("tid", ["spk-harga-tetap-id-en", "nda-mutual-id-en", "nda-satu-arah-id-en"])
def test_naskah_dwibahasa_sepanjang_kembarnya(pustaka_asli, tid):
    """Same numbered articles and annexes as the twin once assembled, each with English text."""
    from calculators.kontrak.dokumen import Judul

    kembar = _data(tid)["kembar"]

    def judul(t):
        dok = rakit(t, pustaka_asli, sampul=False)
        return [b.nomor.split(" / ")[0] for b in dok.blok if isinstance(b, Judul) and b.nomor]

    assert judul(tid) == judul(kembar)
    t = pustaka_asli.templat[tid]
    for b in t.bagian:
        k = pustaka_asli.klausul[b.klausul]
        for kunci, v in k.varian.items():
            assert v.teks_en.strip(), f"{tid}: {k.id}[{kunci}] tanpa teks bahasa Inggris"
        assert k.judul_en, f"{tid}: {k.id} tanpa judul bahasa Inggris"


def test_pemeriksa_kembar_menemukan_klausul_yang_hilang(pustaka_asli, monkeypatch):
    """Dropping a clause from the bilingual SPK makes the check fail (it cannot pass vacuously)."""
    asli = _data

    def tanpa_pengalihan(tid):
        data = asli(tid)
        if tid == "spk-harga-tetap-id-en":
            data = {**data, "bagian": [b for b in data["bagian"] if b["klausul"] != "pengalihan"]}
        return data

    monkeypatch.setitem(globals(), "_data", tanpa_pengalihan)
    with pytest.raises(AssertionError, match="pengalihan"):
        test_setiap_templat_dwibahasa_sama_dengan_kembarnya(pustaka_asli)
