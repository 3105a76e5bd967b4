"""Contract tests: make the shared helpers importable (also inside Pyodide, where the repository
root is not on sys.path) and offer the fixture library and the real one."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bantu_kontrak import CONTOH  # noqa: E402


@pytest.fixture(scope="session")
def contoh():
    """The small clause library in tests/kontrak/contoh (engine tests do not depend on the real one)."""
    from calculators.kontrak import Pustaka

    return Pustaka.dari_folder(CONTOH)


@pytest.fixture(scope="session")
def pustaka_asli():
    from calculators.kontrak import pustaka

    return pustaka()
