"""Everything at once: every saved tree, every family of equations, prose numbers and labels."""
from model import Merged, label_rows, label_upper, solve
from public_tables import read_public
from attacks.prose import prose_rows


def attack(publics):
    pubs = [read_public(p) for p in publics]
    mg = Merged(pubs)
    upper, _ = label_upper(mg)
    rows = [r for p in pubs for r in prose_rows(p, mg)] + label_rows(mg, upper)
    return solve(mg, {"hierarchy", "relations", "cumulative", "percent", "prose", "labels"}, "combined",
                 extra_rows=rows, upper=upper)
