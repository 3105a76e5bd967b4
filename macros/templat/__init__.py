"""The markup and wording of the macros' output, as Jinja2 templates (the files next to this module).

The Python in ``macros/`` prepares data (which questions, their first values, the build-time
result, which clauses); the templates hold the tags, the Markdown and the sentences.

``*.html`` (calculator forms, the template builder): autoescaped, every value is escaped unless it
is already ``Markup`` (the calculators' result HTML). The output goes into Markdown pages, where a
blank line or an indented line inside raw HTML changes how it is read, so each line break of an
``.html`` template, with the indentation after it, is dropped from the template source when it is
loaded (never from the values put into it): write every tag on one line, and write a space
explicitly where one is meant between two lines' text.

``*.md`` (template pages, the clause library): Markdown, not escaped (the clause library's texts
are Markdown), line breaks kept as written (``trim_blocks``/``lstrip_blocks``: a line holding only a
``{% %}`` tag leaves nothing). Filter ``indentasi(teks, awal)``: every non-blank line prefixed
(for code blocks inside content tabs and admonitions), blank lines left empty.
"""
from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from jinja2.ext import Extension
from markupsafe import Markup

_GARIS = re.compile(r"\n[ \t]*")


class _TanpaGarisBaru(Extension):
    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return _GARIS.sub("", source)


_HTML = Environment(
    loader=FileSystemLoader(Path(__file__).parent),
    autoescape=True,
    undefined=StrictUndefined,
    extensions=[_TanpaGarisBaru],
)
_MD = Environment(
    loader=FileSystemLoader(Path(__file__).parent),
    autoescape=False,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
_MD.filters["indentasi"] = lambda teks, awal: "\n".join((awal + b) if b.strip() else "" for b in teks.split("\n"))


def render(berkas: str, /, **data) -> str:
    """The template ``macros/templat/<berkas>`` filled with ``data``: safe HTML (``Markup``), or
    Markdown text."""
    if berkas.endswith(".md"):
        return _MD.get_template(berkas).render(**data)
    return Markup(_HTML.get_template(berkas).render(**data))
