"""CLI: ``python -m calculators NAME`` reads one JSON object on stdin, writes one to stdout.

Exit 0 with the result; exit 2 with a JSON list of field errors on bad input.
``python -m calculators --daftar`` lists the calculators.

``python -m calculators rekap`` reads a month of payments, as one JSON object on stdin
(``{"pemotong": {"npwp", "nitku", "nama"}, "pembayaran": [row, ...], "tanggal_acuan": "YYYY-MM-DD"}``)
or, with ``--csv FILE``, as a CSV file (header row of the same keys; comma or semicolon). Options:
``--tanggal-acuan YYYY-MM-DD`` (rows in a later month are flagged), ``--npwp-pemotong``,
``--nitku-pemotong``, ``--nama-pemotong`` (with --csv, or to override the JSON), ``--langkah``
(each row's explanation steps). It writes one JSON object: ``baris``, ``jumlah``, ``setoran``,
``coretax`` (the XML documents), ``bukti_potong``, ``ringkasan``, ``galat``, ``catatan``. Exit 0 when
the input was read (a row's problems are in its ``galat``); exit 2 with a JSON list of errors only
when the input itself cannot be read.
"""
from __future__ import annotations

import json
import os
import sys
from typing import Any

from .api import jalankan
from .kalkulator import daftar_nama

OPSI_REKAP = {"--csv": "csv", "--tanggal-acuan": "tanggal_acuan", "--npwp-pemotong": "npwp",
              "--nitku-pemotong": "nitku", "--nama-pemotong": "nama"}


def _gagal(kesalahan: list[dict[str, str]]) -> int:
    json.dump(kesalahan, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 2


def rekap(argv: list[str]) -> int:
    """``python -m calculators rekap [--csv FILE] [options]``."""
    from . import rekap as r

    opsi: dict[str, Any] = {}
    dengan_langkah = False
    i = 0
    while i < len(argv):
        a = argv[i]
        kunci, _, nilai = a.partition("=")
        if a == "--langkah":
            dengan_langkah = True
        elif kunci in OPSI_REKAP:
            if not nilai:
                i += 1
                if i >= len(argv):
                    return _gagal([{"kunci": kunci, "pesan": f"{kunci} perlu nilai."}])
                nilai = argv[i]
            opsi[OPSI_REKAP[kunci]] = nilai
        else:
            return _gagal([{"kunci": a, "pesan": f"Pilihan tidak dikenal: {a}. Yang dikenal: "
                                                f"{', '.join([*OPSI_REKAP, '--langkah'])}."}])
        i += 1
    pemotong_arg = {k: opsi[k] for k in ("npwp", "nitku", "nama") if k in opsi}
    try:
        if "csv" in opsi:
            try:
                with open(opsi["csv"], "rb") as f:
                    r.periksa_ukuran(os.fstat(f.fileno()).st_size)
                    data = f.read()
            except OSError as e:
                return _gagal([{"kunci": "--csv", "pesan": f"Berkas {opsi['csv']} tidak dapat dibuka: {e.strerror}."}])
            hasil = r.rekap_csv(data, pemotong_arg, opsi.get("tanggal_acuan"), dengan_langkah)
        else:
            teks = sys.stdin.buffer.read(r.BATAS_BYTE + 1)
            if len(teks) > r.BATAS_BYTE:
                return _gagal([{"kunci": "", "pesan": f"Masukan lebih dari {r.BATAS_BYTE // (1024 * 1024)} MB; bagi "
                                                      "menjadi beberapa bagian (misalnya per masa pajak)."}])
            if not teks.strip():
                return _gagal([{"kunci": "", "pesan": "Masukan kosong. Kirim satu objek JSON lewat stdin, atau pakai "
                                                      "--csv BERKAS."}])
            try:
                data = json.loads(teks.decode("utf-8-sig"))
            except UnicodeDecodeError:
                return _gagal([{"kunci": "", "pesan": "Masukan bukan teks UTF-8."}])
            except json.JSONDecodeError as e:
                return _gagal([{"kunci": "", "pesan": f"Masukan bukan JSON yang sah: {e.msg} (baris {e.lineno})."}])
            pemotong, baris, acuan = r.baca_masukan(data)
            hasil = r.rekap(baris, {**pemotong, **pemotong_arg}, opsi.get("tanggal_acuan") or acuan,
                            dengan_langkah=dengan_langkah)
    except r.KesalahanBerkas as e:
        return _gagal(e.kesalahan)
    json.dump(hasil, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    if argv[0] == "--daftar":
        print(json.dumps(daftar_nama(), ensure_ascii=False))
        return 0
    if argv[0] == "rekap":
        return rekap(argv[1:])
    nama = argv[0]
    if nama not in daftar_nama():
        json.dump([{"kunci": "", "pesan": f"Kalkulator tidak dikenal: {nama}"}], sys.stdout,
                  ensure_ascii=False)
        print()
        return 2
    try:
        data = json.load(sys.stdin)
    except json.JSONDecodeError as e:
        json.dump([{"kunci": "", "pesan": f"Masukan bukan JSON yang sah: {e.msg}"}], sys.stdout,
                  ensure_ascii=False)
        print()
        return 2
    hasil = jalankan(nama, data)
    if not hasil["ok"]:
        json.dump(hasil["kesalahan"], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 2
    json.dump(hasil["hasil"], sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
