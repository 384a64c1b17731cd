"""Single child: every unit table's «Tổng» row equals the sum of its rows (≥ when a row is «—»);
a unit with one reporting child, or all children but one shown, gives the hidden one away."""
from model import Merged, solve
from public_tables import read_public


def attack(publics):
    mg = Merged([read_public(p) for p in publics[:1]])
    return solve(mg, {"hierarchy"}, "single_child")
