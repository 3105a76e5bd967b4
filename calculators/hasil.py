"""Types shared by every layer: what a calculation returns (figures, ordered explanation steps,
warnings), a withholding, and the small vocabularies (units, formats, tax kinds).

Neutral on purpose: the rule modules, the page calculators, the views and the CLI all import from
here, and this module imports none of them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal, get_args

#: Unit of a step's amount (how the view formats it).
Satuan = Literal["rupiah", "persen", "angka", "tanggal", "teks"]
#: How a summary row shows its value.
FormatNilai = Literal["rupiah", "persen", "angka", "tanggal", "teks", "ya_tidak"]
#: Income taxes a payer may withhold from a service payment.
JenisPPh = Literal["pph21", "pph23", "pph26", "pph4_2", "pph_final"]
JENIS_PPH: tuple[str, ...] = get_args(JenisPPh)


@dataclass(frozen=True)
class Langkah:
    """One step of the explanation: Indonesian text, the amount it yields, its legal basis."""

    teks: str
    jumlah: Decimal | None = None
    dasar_hukum: str = ""
    satuan: Satuan = "rupiah"

    def ke_json(self) -> dict[str, Any]:
        return {
            "teks": self.teks,
            "jumlah": ke_json(self.jumlah),
            "dasar_hukum": self.dasar_hukum,
            "satuan": self.satuan,
        }


@dataclass(frozen=True)
class Pemotongan:
    """A withholding: base, rate applied, tax, and the steps that explain it."""

    dpp: Decimal
    tarif: Decimal
    pajak: Decimal
    langkah: tuple[Langkah, ...]


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
