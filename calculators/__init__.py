"""Bayar Jasa Aman calculators: Indonesian tax and payment rules as code.

Standard library only, so the same package runs in CPython, in pytest and in the reader's
browser through Pyodide. Rates live in ``calculators/parameter/*.toml``; rules in the modules
named after the legal concept (``pph23``, ``ppn`` ...); page-level calculators in
``calculators/kalkulator/``; the one entry point is ``calculators.api.jalankan``.
"""
__version__ = "0.1.0"
