"""Group rows: the README promises no counts of people (or sensitive figures) for a thôn/tổ. Any
such cell shown on a group page or in a ward's groups table is read off; a hidden one is attacked
with the ward's totals (a ward whose only people figures come from its groups)."""
import re

from model import Merged, solve
from public_tables import read_public
from solver import Claim


def group_units(pub):
    groups = set()
    for f in pub.root.glob("tien-do/*/*/index.html"):
        s = f.read_text(encoding="utf-8")
        groups |= set(re.findall(r'<table class="stat-table stat-own" data-period="[^"]*" data-unit="([^"]+)"', s))
    for f in pub.root.rglob("*.html"):
        s = f.read_text(encoding="utf-8")
        for m in re.finditer(r'<tr data-unit="([^"]+)"><th scope="row"><a href="([^"]+)"', s):
            if re.search(r"tien-do/[^/]+/[^/]+/$", m.group(2)):
                groups.add(m.group(1))
    return groups


def attack(publics):
    pubs = [read_public(p) for p in publics[:1]]
    mg = Merged(pubs)
    claims = []
    for p in pubs:
        groups = group_units(p)
        for key, cs in p.cells.items():
            u, ind, f, mo = key
            a = mg.indicators.get(ind, {})
            if u not in groups or not (a.get("data-counts") == "people" or a.get("data-sensitive") == "yes"):
                continue
            c = p.cell(key)
            if c.state == "value":
                claims.append(Claim("group_rows", c.page, u, ind, f, mo, c.value, c.value, "group figure shown"))
        hidden_group = {k for k in mg.hidden_keys() if k[0] in groups}
        if hidden_group:
            for c in solve(mg, {"hierarchy", "relations"}, "group_rows"):
                if c.key() in hidden_group:
                    claims.append(c)
    return claims
