"""Issue 18's defects on the calculator pages, at the calculators' level: each message names the
field's own unit and the next step, a rupiah sign is refused in a foreign-currency field, a treaty
rate is asked for instead of silently applying the general rate, the page's example is in the build's
reference period, a deadline already past is warned of, a 0% treaty rate keeps its row, and the
transfer is also given in the invoice's currency."""
from __future__ import annotations

import json
from datetime import date

import pytest

from calculators import api


def _salah(nama: str, ubah: dict) -> dict[str, str]:
    r = api.jalankan(nama, {**api.kalkulator(nama).contoh, **ubah})
    assert not r["ok"], r
    return {k["kunci"]: k["pesan"] for k in r["kesalahan"]}


@pytest.mark.parametrize("nama, ubah, kunci, ada, tidak", [
    ("kredit-sla", {"batas_kredit": "150"}, "batas_kredit", "100%", "Rp"),
    ("termin", {"masa_garansi_hari": "5000"}, "masa_garansi_hari", "3.650 hari", "Rp"),
    ("model-harga", {"durasi_bulan": "500"}, "durasi_bulan", "120 bulan", "Rp"),
    ("model-harga", {"jam_realistis": "2000000"}, "jam_realistis", "1.000.000 jam", "Rp"),
    ("bea-meterai", {"jumlah_rangkap": "0"}, "jumlah_rangkap", "1 rangkap", "Rp"),
    ("pph23", {"bruto": "2.000.000.000.000.000"}, "bruto", "Rp", "%"),
])
def test_pesan_batas_memakai_satuan_kolomnya(nama, ubah, kunci, ada, tidak):
    pesan = _salah(nama, ubah)[kunci]
    assert ada in pesan and tidak not in pesan, pesan


@pytest.mark.parametrize("nama, ubah, kunci", [
    ("pph26", {"nilai_valas": "Rp 3.200.000"}, "nilai_valas"),
    ("pembayaran", {"penerima": "luar_negeri", "bruto": "", "nilai_valas": "IDR 3.200", "mata_uang": "USD",
                    "kurs": "16.000"}, "nilai_valas"),
    ("biaya-platform", {"mata_uang": "USD", "nilai_kontrak": "Rp 3.200.000"}, "nilai_kontrak"),
])
def test_tanda_rupiah_ditolak_di_kolom_valuta_asing(nama, ubah, kunci):
    pesan = _salah(nama, ubah)[kunci]
    assert "bukan rupiah" in pesan and "tanpa “Rp”" in pesan, pesan


def test_tanda_rupiah_tetap_boleh_bila_kolomnya_rupiah():
    r = api.jalankan("biaya-platform", {**api.kalkulator("biaya-platform").contoh, "mata_uang": "IDR",
                                        "nilai_kontrak": "Rp 3.200.000"})
    assert r["ok"], r.get("kesalahan")


def test_formulir_dgt_tanpa_tarif_p3b_ditanyakan():
    pesan = _salah("pph26", {"dgt_valid": "ya", "tarif_p3b": ""})["tarif_p3b"]
    assert "P3B" in pesan and "20%" not in pesan  # the rate is data, not a literal in a message
    r = api.jalankan("pph26", {**api.kalkulator("pph26").contoh, "dgt_valid": "ya", "tarif_p3b": "0"})
    assert r["ok"] and r["hasil"]["pph26"] == 0
    # the 0% treaty rate keeps the row of the tax this payment is under
    assert 'data-kunci="pph26">Rp0<' in r["html"]


@pytest.mark.parametrize("nama, harus, tidak_boleh", [
    ("pph21", ["nilai jasa", "jumlah bersih"], ["valuta asing", "termasuk PPN"]),
    ("ppn", ["nilai jasa", "termasuk PPN"], ["valuta asing", "jumlah bersih"]),
    ("pph26", ["nilai jasa", "valuta asing", "jumlah bersih"], ["termasuk PPN"]),
])
def test_jumlah_kosong_menyebut_kolom_halaman_itu_saja(nama, harus, tidak_boleh):
    data = {k: v for k, v in api.kalkulator(nama).contoh.items()
            if k not in ("bruto", "nilai_valas", "nilai_termasuk_ppn", "net_diterima")}
    r = api.jalankan(nama, data)
    pesan = " ".join(k["pesan"] for k in r["kesalahan"])
    assert all(h in pesan for h in harus) and not any(t in pesan for t in tidak_boleh), pesan


def test_tanggal_di_luar_cakupan_diawali_tanggalnya_dan_langkah_berikutnya():
    pesan = _salah("pph23", {"tanggal": "2005-01-10"})["tanggal"]
    assert pesan.startswith("Tanggal 10 Januari 2005 belum dicakup"), pesan
    assert "Pilih tanggal sejak" in pesan


@pytest.mark.parametrize("nama", ["pembayaran", "pph21", "pph23", "ppn", "pph26", "bea-meterai", "jatuh-tempo",
                                  "umkm", "termin", "biaya-karyawan"])
def test_contoh_halaman_di_periode_tanggal_acuan(nama):
    acuan = date(2026, 12, 1)
    kalk = api.kalkulator(nama)
    contoh = api.contoh_pada(nama, acuan)
    tanggal = [v for k, v in contoh.items() if k in ("tanggal", "masa_pajak", "tanggal_uang_muka")]
    assert tanggal and tanggal[0][:7] == "2026-12", contoh
    assert set(contoh) == set(kalk.contoh)
    assert api.jalankan(nama, contoh)["ok"]


def test_contoh_bergeser_utuh_dan_akhir_bulan_dijaga():
    contoh = api.contoh_pada("umkm", date(2027, 2, 1))  # example: 31 Dec 2025, registered 1 Mar 2021
    asli = api.kalkulator("umkm").contoh
    assert contoh["tanggal"] == "2027-02-28"  # 31 moved to a month of 28 days
    geser = (2027 - int(asli["tanggal"][:4])) * 12 + 2 - int(asli["tanggal"][5:7])
    awal = date.fromisoformat(asli["tanggal_terdaftar"])
    n = awal.year * 12 + awal.month - 1 + geser
    assert contoh["tanggal_terdaftar"] == f"{n // 12:04d}-{n % 12 + 1:02d}-01"


def test_batas_setor_yang_sudah_lewat_diperingatkan():
    data = {**api.kalkulator("pph23").contoh, "tanggal": "2025-03-10"}  # deposit by 15 April 2025
    lewat = api.jalankan("pph23", data, hari_ini=date(2026, 12, 3))
    assert "15 April 2025" in lewat["hasil"]["peringatan"][0] and "sudah lewat" in lewat["hasil"]["peringatan"][0]
    assert "sudah lewat" in lewat["html"]
    belum = api.jalankan("pph23", data, hari_ini=date(2025, 4, 15))
    assert not any("sudah lewat" in p for p in belum["hasil"]["peringatan"])
    tanpa = api.jalankan("pph23", data)  # the build: no reader's today, no warning
    assert not any("sudah lewat" in p for p in tanpa["hasil"]["peringatan"])
    lewat_json = json.loads(api.jalankan_json("pph23", json.dumps(data), "2026-12-03"))
    assert lewat_json["hasil"]["peringatan"] == lewat["hasil"]["peringatan"]
    assert json.loads(api.jalankan_json("pph23", json.dumps(data), "bukan tanggal"))["ok"]


def test_transfer_dalam_valuta_asing_dan_batas_ppn_jasa_luar_negeri():
    r = api.jalankan("pph26", {**api.kalkulator("pph26").contoh, "tanggal": "2026-02-10"})
    h = r["hasil"]
    # USD 2.000 at Rp16.500, 20% withheld: Rp26.400.000 transferred = USD 1.600,00
    assert h["net_dibayar"] == 26_400_000 and h["transfer_valas"] == "USD 1.600,00"
    assert h["jatuh_tempo_setor_ppn_anda"] and h["jatuh_tempo_lapor_ppn"]
    assert "Batas lapor SPT Masa PPN" in r["html"] and "USD 1.600,00" in r["html"]
    assert any("USD 2.000 ×" in l["teks"] for l in h["langkah"])  # thousands separator in the step
    dalam = api.jalankan("pph23", api.kalkulator("pph23").contoh)["hasil"]
    assert dalam.get("transfer_valas") is None
