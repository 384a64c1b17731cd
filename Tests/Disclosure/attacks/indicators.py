"""Indicators: part_of (part ≤ whole), total_of (total = Σ parts), cumulative_of (year-to-date
differences), on one public/ tree, every unit and month."""
from model import Merged, solve
from public_tables import read_public


def attack(publics):
    mg = Merged([read_public(p) for p in publics[:1]])
    return solve(mg, {"relations", "cumulative"}, "indicators")
