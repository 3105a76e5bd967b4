"""CLI: ``python -m calculators NAME`` reads one JSON object on stdin, writes one to stdout.

Exit 0 with the result; exit 2 with a JSON list of field errors on bad input.
``python -m calculators --daftar`` lists the calculators.
"""
from __future__ import annotations

import json
import sys

from .api import jalankan
from .kalkulator import daftar_nama


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    if argv[0] == "--daftar":
        print(json.dumps(daftar_nama(), ensure_ascii=False))
        return 0
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
