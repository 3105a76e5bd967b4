"""What every calculation returns: figures, ordered explanation steps, and warnings."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Langkah:
    """One step of the explanation: Indonesian text, the amount it yields, its legal basis."""

    teks: str
    jumlah: Decimal | None = None
    dasar_hukum: str = ""
    satuan: str = "rupiah"  # rupiah | persen | angka | tanggal | teks

    def ke_json(self) -> dict[str, Any]:
        return {
            "teks": self.teks,
            "jumlah": ke_json(self.jumlah),
            "dasar_hukum": self.dasar_hukum,
            "satuan": self.satuan,
        }


@dataclass
class Hasil:
    keluaran: dict[str, Any]
    langkah: list[Langkah] = field(default_factory=list)
    peringatan: list[str] = field(default_factory=list)

    def ke_json(self) -> dict[str, Any]:
        data = {k: ke_json(v) for k, v in self.keluaran.items()}
        data["langkah"] = [l.ke_json() for l in self.langkah]
        data["peringatan"] = list(self.peringatan)
        return data


def ke_json(v: Any) -> Any:
    """Decimals that are whole become ints, others strings; dates become YYYY-MM-DD."""
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else format(v.normalize(), "f")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: ke_json(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [ke_json(x) for x in v]
    if isinstance(v, Langkah):
        return v.ke_json()
    return v
