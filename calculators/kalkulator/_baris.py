"""Input kind for multi-line text fields read by a rule module's own parser ("one item a line")."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..masukan import Jenis, NilaiTidakSah


@dataclass(frozen=True)
class TeksBaris(Jenis):
    """Text with one item a line, parsed by ``pembaca`` (which raises ``NilaiTidakSah`` naming the
    line). A JSON list of strings is accepted too (one item each)."""

    pembaca: Callable[[str], Any] | None = None
    maks_panjang: int = 10000

    def kosong(self, mentah: Any) -> bool:
        if isinstance(mentah, (list, tuple)):
            return not any(str(x).strip() for x in mentah)
        return super().kosong(mentah)

    def baca(self, mentah: Any) -> Any:
        if isinstance(mentah, (list, tuple)):
            mentah = "\n".join(str(x) for x in mentah)
        if not isinstance(mentah, str):
            raise NilaiTidakSah("Isi dengan teks, satu butir per baris.")
        if len(mentah) > self.maks_panjang:
            raise NilaiTidakSah(f"Terlalu panjang; paling banyak {self.maks_panjang} karakter.")
        assert self.pembaca is not None
        return self.pembaca(mentah)
