"""Known denominator: a percentage printed next to a known figure («Đạt» = actual / target, to one
decimal) bounds the other figure: |100·a − p·t| ≤ 0.05·t. Combined with the unit totals."""
from model import Merged, solve
from public_tables import read_public


def attack(publics):
    mg = Merged([read_public(p) for p in publics[:1]])
    return solve(mg, {"percent", "hierarchy"}, "known_denominator")
