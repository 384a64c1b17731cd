"""Turns one or more saved public/ trees into the equations a careful reader can write down.
Each family is one kind of published relation; attackers pick the families of their class."""
from __future__ import annotations

from solver import Claim, System

FAMILIES = ("hierarchy", "relations", "cumulative", "percent", "labels", "prose")


class Merged:
    """What a reader who saved several public/ trees knows about each cell."""

    def __init__(self, pubs):
        self.pubs = pubs
        self.state = {}      # key -> ("value", v, page) | ("hidden", None, page) | ("absent", None, page)
        self.hidden_pages = {}
        self.cross = []      # (key, value, page_hidden, page_shown)
        for p in pubs:
            for key, cs in p.cells.items():
                for c in cs:
                    if c.state == "hidden":
                        self.hidden_pages.setdefault(key, (str(p.root), c.page))
        for p in pubs:
            for key in p.cells:
                c = p.cell(key)
                old = self.state.get(key)
                if c.state == "value":
                    if old is None or old[0] != "value":
                        self.state[key] = ("value", c.value, c.page)
                elif c.state == "hidden":
                    if old is None or old[0] == "absent":
                        self.state[key] = ("hidden", None, c.page)
                elif old is None:
                    self.state[key] = ("absent", None, c.page)
        for key, (root, page) in self.hidden_pages.items():
            st = self.state[key]
            if st[0] == "value":
                self.cross.append((key, st[1], page, st[2]))
        self.k = next((p.k for p in pubs if p.k), None)
        self.indicators = {}
        for p in pubs:
            for code, a in p.indicators.items():
                self.indicators.setdefault(code, {}).update(a)

    def hidden_keys(self):
        return set(self.hidden_pages)

    def term(self, key):
        st = self.state.get(key)
        if st is None or st[0] == "absent":
            return None
        if st[0] == "value":
            return st[1]
        return key

    def units_months(self):
        um = {}
        for (u, ind, f, m) in self.state:
            um.setdefault((u, m), set()).add((ind, f))
        return um


def _sum_rule(sys, total, parts, family):
    """total = Σ parts when every part is reported, else total ≥ Σ reported parts."""
    if total is None:
        return
    present = [p for p in parts if p is not None]
    terms = [(1, total)] + [(-1, p) for p in present]
    if len(present) == len(parts):
        sys.add(terms, 0, 0, family)
    else:
        sys.add(terms, 0, float("inf"), family)


def add_hierarchy(sys, mg, fields=("actual", "target")):
    for p in mg.pubs:
        for t in p.units_tables:
            for ind in t.indicators:
                for f in t.fields.get(ind, []):
                    if f not in fields:
                        continue
                    total = mg.term((t.unit, ind, f, t.month))
                    parts = [mg.term((c, ind, f, t.month)) for c in t.children]
                    _sum_rule(sys, total, parts, "hierarchy")


def add_relations(sys, mg, fields=("actual", "target")):
    for (u, m), pairs in mg.units_months().items():
        for f in fields:
            for code, a in mg.indicators.items():
                me = mg.term((u, code, f, m))
                if me is None:
                    continue
                whole = a.get("data-part-of")
                if whole:
                    w = mg.term((u, whole, f, m))
                    if w is not None:
                        sys.add([(1, w), (-1, me)], 0, float("inf"), "relations")
                tot = a.get("data-total-of")
                if tot:
                    parts = [mg.term((u, x, f, m)) for x in tot.split()]
                    _sum_rule(sys, me, parts, "relations")


def _next_month(m):
    y, mo = int(m[:4]), int(m[5:7])
    return f"{y + (mo == 12)}-{(mo % 12) + 1:02d}"


def add_cumulative(sys, mg, fields=("actual",)):
    months = sorted({k[3] for k in mg.state})
    units = {k[0] for k in mg.state}
    for code, a in mg.indicators.items():
        base = a.get("data-cumulative-of")
        if not base:
            continue
        for u in units:
            for f in fields:
                for m in months:
                    c = mg.term((u, code, f, m))
                    x = mg.term((u, base, f, m))
                    if c is None:
                        continue
                    if x is not None:
                        if m.endswith("-01"):
                            sys.add([(1, c), (-1, x)], 0, 0, "cumulative")
                        else:
                            sys.add([(1, c), (-1, x)], 0, float("inf"), "cumulative")
                    n = _next_month(m)
                    cn = mg.term((u, code, f, n))
                    xn = mg.term((u, base, f, n))
                    if cn is not None and xn is not None and not n.endswith("-01"):
                        sys.add([(1, cn), (-1, c), (-1, xn)], 0, 0, "cumulative")


def add_percent(sys, mg):
    """«Đạt» = actual / target × 100, printed to one decimal: |100·a − p·t| ≤ 0.05·t."""
    for p in mg.pubs:
        for r in p.own_rows:
            from public_tables import parse_percent
            pc = parse_percent(r.percent_text)
            if pc is None:
                continue
            a = mg.term((r.unit, r.indicator, "actual", r.month))
            t = mg.term((r.unit, r.indicator, "target", r.month))
            if a is None or t is None:
                continue
            sys.add([(100, a), (-(pc + 0.05), t)], float("-inf"), 1e-9, "percent")
            sys.add([(100, a), (-(pc - 0.05), t)], -1e-9, float("inf"), "percent")


def label_upper(mg):
    """If hidden cells carry more than one label, a label that looks like «< k» bounds its cells."""
    labels = set()
    for p in mg.pubs:
        labels |= p.hidden_labels
    upper = {}
    if len(labels) <= 1 or not mg.k:
        return upper, labels
    for p in mg.pubs:
        for key, cs in p.cells.items():
            for c in cs:
                if c.state == "hidden" and ("<" in c.label or "nhỏ" in c.label):
                    upper[key] = mg.k - 1
    return upper, labels


def label_rows(mg, upper):
    """With two labels, the other label is the one never used for 1…k−1: its cells are ≥ k."""
    if not upper:
        return []
    return [([(1, key)], mg.k, float("inf"), "labels")
            for key in mg.hidden_keys() if key not in upper and mg.state[key][0] == "hidden"]


def solve(mg, families, name, extra_rows=(), upper=None):
    sys = System(upper=upper)
    for key in mg.hidden_keys():
        if mg.state[key][0] == "hidden":
            sys.var(key, mg.hidden_pages[key][1])
    if "hierarchy" in families:
        add_hierarchy(sys, mg)
    if "relations" in families:
        add_relations(sys, mg)
    if "cumulative" in families:
        add_cumulative(sys, mg)
    if "percent" in families:
        add_percent(sys, mg)
    for terms, lo, hi, fam in extra_rows:
        sys.add(terms, lo, hi, fam)
    bounds, dropped = sys.bounds([f for f in FAMILIES if f in families] + ["prose"])
    claims = []
    for key, (lo, hi) in bounds.items():
        u, ind, f, m = key
        claims.append(Claim(name, mg.hidden_pages[key][1], u, ind, f, m, lo, hi,
                            "milp" + (f" (dropped {dropped})" if dropped else "")))
    for key, v, ph, ps in mg.cross:
        u, ind, f, m = key
        claims.append(Claim(name, ph, u, ind, f, m, v, v, f"shown on {ps}"))
    return claims
