"""District vs ward: a district site and a ward site built from the same sheet. Any ward cell
hidden on one and shown on the other is read off; the district's ward × indicator table and the
ward's groups table then give two sets of totals over the same cells."""
from model import Merged, solve
from public_tables import read_public


def attack(publics):
    mg = Merged([read_public(p) for p in publics])
    return solve(mg, {"hierarchy", "relations"}, "district_ward")
