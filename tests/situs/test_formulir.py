"""Every calculator field in the built site has a label, a hint, and an error slot it points at."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.situs


class _Formulir(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.id: dict[str, str] = {}
        self.label_for: set[str] = set()
        self.kontrol: list[dict] = []
        self.medan: list[dict] = []
        self._tumpuk: list[dict] = []
        self._tag: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if a.get("id"):
            self.id[a["id"]] = a.get("class", "")
        if tag == "label" and a.get("for"):
            self.label_for.add(a["for"])
        if "bja-medan" in a.get("class", "").split():
            m = {"kunci": a.get("data-kunci"), "tag": tag, "attrs": a, "kelas": []}
            self.medan.append(m)
        if self.medan and tag in ("p",) and a.get("class"):
            self.medan[-1]["kelas"].append(a["class"])
        if tag in ("input", "select", "textarea") and self.medan:
            self.kontrol.append({**a, "_tag": tag, "_medan": self.medan[-1]})


def _formulir(situs):
    for p in sorted(situs.rglob("*.html")):
        teks = p.read_text(encoding="utf-8")
        if 'class="bja-kalkulator' not in teks:
            continue
        f = _Formulir()
        f.feed(teks)
        yield p.relative_to(situs).as_posix(), f


def test_setiap_medan_berlabel_berpetunjuk_dan_bertempat_galat(situs):
    salah, jumlah = [], 0
    for rel, f in _formulir(situs):
        for m in f.medan:
            jumlah += 1
            if "bja-petunjuk" not in m["kelas"]:
                salah.append(f"{rel}: {m['kunci']} tanpa petunjuk")
            if "bja-galat" not in m["kelas"]:
                salah.append(f"{rel}: {m['kunci']} tanpa tempat pesan galat")
        for k in f.kontrol:
            m = k["_medan"]
            if k.get("type") == "radio":
                ref = m["attrs"].get("aria-describedby", "")
                if m["tag"] != "fieldset":
                    salah.append(f"{rel}: radio {k.get('name')} di luar fieldset")
            else:
                ref = k.get("aria-describedby", "")
                if k.get("id") not in f.label_for:
                    salah.append(f"{rel}: {k.get('name')} tanpa <label for>")
            ids = ref.split()
            if not ids or any(i not in f.id for i in ids):
                salah.append(f"{rel}: {k.get('name')} aria-describedby={ref!r} tidak menunjuk elemen yang ada")
    assert jumlah > 100
    assert salah == [], "\n".join(salah[:50])
