"""One attacker per attack class of issue 11. Each exposes attack(publics) -> list[Claim] and reads
only the public/ trees it is given."""
CLASSES = ["months", "indicators", "district_ward", "single_child", "known_denominator",
           "plan_vs_actual", "labels", "prose", "statuses", "group_rows", "combined", "district_ward_hist", "months_rebuilt"]
