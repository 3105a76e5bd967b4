"""A variant a template fixes is not offered or applied in the builder: the BPO agreement keeps its
call-centre service-level table and the SaaS agreement its SaaS table, whatever the input says."""
from __future__ import annotations

import pytest

from calculators import api


def _markdown(templat: str, **m) -> str:
    h = api.jalankan("templat", {"templat": templat, **m})
    assert h["ok"], h.get("kesalahan")
    return next(u["teks"] for u in h["hasil"]["unduhan"] if u["nama"].endswith(".md"))


def test_pertanyaan_varian_sla_tidak_ditawarkan():
    # the builder's form is made at build time (macros/, not shipped in the wheel the Pyodide run uses)
    pertanyaan_templat = pytest.importorskip("macros.kontrak").pertanyaan_templat
    semua = {q["kunci"]: q for _, qs in pertanyaan_templat() for q in qs}
    assert "perjanjian-bpo" in semua["varian_penyelesaian_sengketa"]["tampil_jika"]["templat"]  # the key's form
    q = semua.get("varian_sla_jadwal")
    tampil = q["tampil_jika"]["templat"] if q else []
    assert "perjanjian-bpo" not in tampil and "perjanjian-saas" not in tampil


def test_varian_tetap_tidak_bisa_diganti():
    bpo_biasa = _markdown("perjanjian-bpo")
    bpo_coba = _markdown("perjanjian-bpo", **{"varian_sla_jadwal": "saas"})
    assert bpo_coba == bpo_biasa
    saas_biasa = _markdown("perjanjian-saas")
    assert _markdown("perjanjian-saas", **{"varian_sla_jadwal": "seimbang"}) == saas_biasa
    assert bpo_biasa != saas_biasa


def _salah(templat: str, **m) -> dict[str, str]:
    h = api.jalankan("templat", {"templat": templat, **m})
    return {k["kunci"]: k["pesan"] for k in h.get("kesalahan", [])}


def test_ambang_minimum_sla_tidak_melewati_target():
    salah = _salah("perjanjian-bpo", sla_target_jawab="80", sla_minimum_jawab="90")
    assert "sla_minimum_jawab" in salah and "lebih tinggi" in salah["sla_minimum_jawab"]
    assert "80 persen" in salah["sla_minimum_jawab"]
    # abandonment: smaller is better, so its threshold may not be below the target
    salah = _salah("perjanjian-bpo", sla_target_ditinggalkan="5", sla_minimum_ditinggalkan="3")
    assert "lebih rendah" in salah["sla_minimum_ditinggalkan"]
    salah = _salah("perjanjian-saas", saas_target_ketersediaan="99,5", saas_minimum_ketersediaan="99,9")
    assert "saas_minimum_ketersediaan" in salah
    assert not _salah("perjanjian-bpo", sla_target_jawab="80", sla_minimum_jawab="70",
                      sla_target_ditinggalkan="5", sla_minimum_ditinggalkan="10")
    assert not _salah("perjanjian-saas", saas_target_ketersediaan="99,5", saas_minimum_ketersediaan="99")
