"""Months: an October build and a November build a reader saved. A cell shown in one build and
hidden in the other is read off; year-to-date figures give C(m) − C(m−1) = monthly(m) and
C(January) = monthly(January); with the per-unit totals the differences close up."""
from model import Merged, solve
from public_tables import read_public


def attack(publics):
    mg = Merged([read_public(p) for p in publics])
    return solve(mg, {"cumulative", "hierarchy"}, "months")
