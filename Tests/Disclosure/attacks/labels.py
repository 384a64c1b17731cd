"""Labels: if hidden cells carry more than one label («< 5» and «ẩn»), the small-looking label bounds
its cells by k − 1 and the solver runs with that. A hidden cell whose markup still carries a number
(data-value, title, aria-label, its text) is read off directly."""
import re

from model import Merged, label_rows, label_upper, solve
from public_tables import read_public
from solver import Claim


def attack(publics):
    pubs = [read_public(p) for p in publics[:1]]
    mg = Merged(pubs)
    upper, labels = label_upper(mg)
    claims = []
    for p in pubs:
        for key, extra, page in p.raw_hidden_attrs:
            for v in extra.values():
                m = re.fullmatch(r"\s*(\d+)\s*", v or "")
                if m:
                    u, ind, f, mo = key
                    claims.append(Claim("labels", page, u, ind, f, mo, int(m.group(1)), int(m.group(1)), "attribute"))
        for key, cs in p.cells.items():
            for c in cs:
                if c.state == "hidden" and re.fullmatch(r"\d+", c.label.strip()):
                    u, ind, f, mo = key
                    claims.append(Claim("labels", c.page, u, ind, f, mo, int(c.label), int(c.label), "text"))
    if upper:
        claims += solve(mg, {"hierarchy", "relations", "labels"}, "labels", upper=upper,
                        extra_rows=label_rows(mg, upper))
    return claims
