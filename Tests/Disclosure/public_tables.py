"""Reads what a resident can read in a built public/ tree: every statistics cell, the indicator
relations the tables declare, the threshold the note states, group pages and prose.
Nothing here looks at the site's sources."""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

Key = tuple  # (unit, indicator, field, month)


@dataclass
class Cell:
    state: str              # "value" | "hidden" | "absent"
    value: int | None
    label: str
    attrs: dict
    page: str


@dataclass
class UnitsTable:
    page: str
    month: str
    unit: str
    children: list
    indicators: list       # codes in header order
    fields: dict           # indicator -> list of fields shown


@dataclass
class OwnRow:
    page: str
    month: str
    unit: str
    indicator: str
    percent_text: str | None


@dataclass
class Public:
    root: Path
    cells: dict = field(default_factory=dict)        # Key -> list[Cell] (one per page)
    indicators: dict = field(default_factory=dict)   # code -> attrs
    units_tables: list = field(default_factory=list)
    own_rows: list = field(default_factory=list)
    k: int | None = None
    hidden_labels: set = field(default_factory=set)
    texts: dict = field(default_factory=dict)        # page -> visible text
    group_pages: dict = field(default_factory=dict)  # page -> parsed group info
    raw_hidden_attrs: list = field(default_factory=list)

    def cell(self, key):
        """The one state a reader settles on for a cell (any page showing a value wins)."""
        cs = self.cells.get(key)
        if not cs:
            return None
        for c in cs:
            if c.state == "value":
                return c
        for c in cs:
            if c.state == "hidden":
                return c
        return cs[0]

    def months(self):
        return sorted({k[3] for k in self.cells})


class _StatParser(HTMLParser):
    def __init__(self, pub: Public, page: str):
        super().__init__(convert_charrefs=True)
        self.pub, self.page = pub, page
        self.table = None
        self.section_month = None
        self.td = None
        self.td_text = []
        self.row = None
        self.in_tbody = self.in_tfoot = False
        self.own_row_cells = 0
        self.plain_td = None
        self.text = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "section" and "statistics" in a.get("class", ""):
            self.section_month = a.get("data-period")
        if tag == "table" and "stat-table" in a.get("class", ""):
            kind = "own" if "stat-own" in a["class"] else "units"
            self.table = {"kind": kind, "month": a.get("data-period"), "unit": a.get("data-unit"),
                          "children": [], "indicators": [], "fields": {}}
        if self.table is None:
            return
        if tag == "tbody":
            self.in_tbody = True
        if tag == "tfoot":
            self.in_tfoot = True
        if tag == "th" and "data-indicator" in a:
            code = a["data-indicator"]
            meta = {k: v for k, v in a.items() if k.startswith("data-") and k not in ("data-field",)}
            self.pub.indicators.setdefault(code, {}).update(meta)
            if "data-field" in a:
                self.table["fields"].setdefault(code, []).append(a["data-field"])
            elif code not in self.table["indicators"]:
                self.table["indicators"].append(code)
        if tag == "tr":
            self.row = a
            if self.table["kind"] == "own" and "data-indicator" in a:
                code = a["data-indicator"]
                meta = {k: v for k, v in a.items() if k.startswith("data-")}
                self.pub.indicators.setdefault(code, {}).update(meta)
                if code not in self.table["indicators"]:
                    self.table["indicators"].append(code)
                self.own_row_cells = 0
            if self.table["kind"] == "units" and self.in_tbody and "data-unit" in a:
                self.table["children"].append(a["data-unit"])
        if tag == "td":
            if "data-field" in a:
                self.td = a
                self.td_text = []
            elif self.table["kind"] == "own" and self.row and "data-indicator" in self.row:
                self.plain_td = []

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if self.table is None:
            return
        if tag == "td" and self.td is not None:
            a, text = self.td, "".join(self.td_text).strip()
            self.td = None
            month = self.table["month"]
            key = (a["data-unit"], a["data-indicator"], a["data-field"], month)
            if "data-hidden" in a:
                c = Cell("hidden", None, text, a, self.page)
                self.pub.hidden_labels.add(text)
                extra = {k: v for k, v in a.items() if k not in ("data-unit", "data-indicator", "data-field", "class", "data-hidden")}
                if extra:
                    self.pub.raw_hidden_attrs.append((key, extra, self.page))
            elif "data-absent" in a:
                c = Cell("absent", None, text, a, self.page)
            else:
                v = a.get("data-value")
                c = Cell("value", int(v) if v not in (None, "") else _int(text), text, a, self.page)
            self.pub.cells.setdefault(key, []).append(c)
        elif tag == "td" and self.plain_td is not None:
            txt = "".join(self.plain_td).strip()
            self.plain_td = None
            self.pub.own_rows.append(OwnRow(self.page, self.table["month"], self.table["unit"],
                                            self.row["data-indicator"], txt))
        if tag == "tbody":
            self.in_tbody = False
        if tag == "tfoot":
            self.in_tfoot = False
        if tag == "table":
            t = self.table
            if t["kind"] == "units":
                self.pub.units_tables.append(UnitsTable(self.page, t["month"], t["unit"], t["children"],
                                                        t["indicators"], t["fields"]))
            self.table = None

    def handle_data(self, data):
        if self.td is not None:
            self.td_text.append(data)
        if self.plain_td is not None:
            self.plain_td.append(data)
        if not self.skip:
            self.text.append(data)


def _int(s):
    m = re.search(r"-?\d[\d.]*", s or "")
    return int(m.group(0).replace(".", "")) if m else None


def parse_percent(s):
    m = re.search(r"(\d+(?:,\d+)?)\s*%", s or "")
    return float(m.group(1).replace(",", ".")) if m else None


_CACHE = {}


def read_public(root) -> Public:
    """Parsed once per tree and kept: attackers and the scorer read the same trees many times."""
    root = Path(root).resolve()
    key = (root, (root / "index.html").stat().st_mtime_ns if (root / "index.html").exists() else 0)
    if key in _CACHE:
        return _CACHE[key]
    pub = Public(root)
    for f in sorted(root.rglob("*.html")):
        page = str(f.relative_to(root))
        s = f.read_text(encoding="utf-8", errors="replace")
        p = _StatParser(pub, page)
        p.feed(s)
        body = re.sub(r"\s+", " ", "".join(p.text))
        pub.texts[page] = body
        if pub.k is None:
            m = re.search(r"số nhỏ hơn (\d+)|smaller than (\d+)|less than (\d+)", body)
            if m:
                pub.k = int(next(g for g in m.groups() if g))
    for extra in ("tim-kiem/index.json", "tin-tuc/atom.xml"):
        f = root / extra
        if f.exists():
            s = f.read_text(encoding="utf-8", errors="replace")
            if extra.endswith(".json"):
                try:
                    s = json.dumps(json.loads(s), ensure_ascii=False)
                except ValueError:
                    pass
            pub.texts[extra] = html.unescape(re.sub(r"<[^>]+>", " ", html.unescape(s)))
    _CACHE[key] = pub
    return pub


def unit_names(pub: Public) -> dict:
    """unit id -> visible name, from the row headers of the unit tables."""
    names = {}
    for f in pub.root.rglob("*.html"):
        s = f.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r'<tr data-unit="([^"]+)"><th scope="row">(?:<a [^>]*>)?([^<]+)', s):
            names.setdefault(m.group(1), html.unescape(m.group(2)).strip())
        m = re.search(r'<table class="stat-table stat-own" data-period="[^"]*" data-unit="([^"]+)"', s)
        h = re.search(r"<h1>([^<]+)</h1>", s)
        if m and h and "/" not in m.group(1):
            t = html.unescape(h.group(1)).split("—")[-1].strip()
            names.setdefault(m.group(1), t)
    return names
