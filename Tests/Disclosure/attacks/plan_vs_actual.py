"""Plan vs actual: targets are cells too. Targets sum over units like actuals, total_of holds for
targets, and «Đạt» ties the target to the actual, so a shown target next to a hidden actual (or the
reverse) is attacked through every relation at once."""
from model import Merged, solve
from public_tables import read_public


def attack(publics):
    mg = Merged([read_public(p) for p in publics[:1]])
    return solve(mg, {"percent", "hierarchy", "relations"}, "plan_vs_actual")
