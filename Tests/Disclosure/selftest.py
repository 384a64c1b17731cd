#!/usr/bin/env python3
"""Shows the attackers are not vacuous: on a copy of a built public/ tree, cells that a careless
publisher would hide alone (one child of a shown total; one month between two shown year-to-date
figures; a «< 5» label next to «ẩn») are turned into «ẩn» on every page, and the attacker of that
class must pin them to the value that was printed. Exit 1 if an attacker fails to pin a plant.

  selftest.py PUBLIC_DIR WORK_DIR
  selftest.py --wardkit BIN WORK_DIR      (builds generated sites first; what scripts/test runs)
"""
from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from public_tables import read_public  # noqa: E402


def hide(root: Path, key, label="ẩn"):
    u, ind, f, m = key
    pat = re.compile(r'<td data-unit="%s" data-indicator="%s" data-field="%s" data-value="\d+">\d+</td>'
                     % tuple(re.escape(x) for x in (u, ind, f)))
    n = 0
    for p in root.rglob("*.html"):
        s = p.read_text(encoding="utf-8")
        if f'data-period="{m}"' not in s:
            continue
        # only inside the section of month m
        parts = re.split(r'(<section class="statistics"[^>]*data-period="[^"]*">)', s)
        out, cur = [], None
        for part in parts:
            mm = re.match(r'<section class="statistics"[^>]*data-period="([^"]*)">', part)
            if mm:
                cur = mm.group(1)
            elif cur == m:
                part, k = pat.subn(f'<td data-unit="{u}" data-indicator="{ind}" data-field="{f}" '
                                   f'class="hidden-value" data-hidden="">{label}</td>', part)
                n += k
            out.append(part)
        p.write_text("".join(out), encoding="utf-8")
    return n


def find_plants(pub):
    """(class, keys to hide, value of keys[0], labels) — one of each kind the tree allows."""
    out, seen = [], set()

    def shown(key):
        c = pub.cell(key)
        return c is not None and c.state == "value"

    def val(key):
        return pub.cell(key).value

    for t in pub.units_tables:
        for ind in t.indicators:
            for f in t.fields.get(ind, []):
                tot = (t.unit, ind, f, t.month)
                kids = [(c, ind, f, t.month) for c in t.children]
                if shown(tot) and all(shown(k) for k in kids):
                    pos = [k for k in kids if val(k) > 0]
                    if pos and "single_child" not in seen:
                        seen.add("single_child")
                        out.append(("single_child", [pos[0]], val(pos[0]), ["ẩn"]))
                    small = [k for k in kids if 0 < val(k) < (pub.k or 5)]
                    big = [k for k in kids if val(k) >= (pub.k or 5)]
                    # «ẩn» + «< k» = k + 1 pins both (the 6 = «ẩn» + «< 5»)
                    pair = [(a, b) for a in small for b in big if val(a) + val(b) == (pub.k or 5) + 1]
                    if pair and "labels" not in seen:
                        small, big = [pair[0][0]], [pair[0][1]]
                        seen.add("labels")
                        out.append(("labels", [small[0], big[0]], val(small[0]), ["< %d" % (pub.k or 5), "ẩn"]))
    for r in pub.own_rows:
        a, t = (r.unit, r.indicator, "actual", r.month), (r.unit, r.indicator, "target", r.month)
        if "known_denominator" not in seen and "%" in (r.percent_text or "") and shown(a) and shown(t) \
                and 0 < val(a) and 0 < val(t) <= 30:
            seen.add("known_denominator")
            out.append(("known_denominator", [a], val(a), ["ẩn"]))
    for key in list(pub.cells):
        u, ind, f, m = key
        a = pub.indicators.get(ind, {})
        if not shown(key) or val(key) <= 0:
            continue
        for code, b in pub.indicators.items():
            if b.get("data-cumulative-of") == ind and "indicators" not in seen:
                y, mo = int(m[:4]), int(m[5:])
                prev = f"{y}-{mo - 1:02d}"
                if mo > 1 and shown((u, code, f, m)) and shown((u, code, f, prev)):
                    seen.add("indicators")
                    out.append(("indicators", [key], val(key), ["ẩn"]))
            tot = b.get("data-total-of")
            if tot and ind in tot.split() and "plan_vs_actual" not in seen:
                others = [(u, x, f, m) for x in tot.split() if x != ind]
                if shown((u, code, f, m)) and all(shown(o) for o in others):
                    seen.add("plan_vs_actual")
                    out.append(("plan_vs_actual", [key], val(key), ["ẩn"]))
        if "district_ward" not in seen and "dw" not in seen:
            seen.add("district_ward")
            out.append(("district_ward", [key], val(key), ["ẩn"]))
    return out


def main():
    if sys.argv[1] == "--wardkit":
        import subprocess
        from generator import Site, month_end
        work = Path(sys.argv[3])
        worst = 0
        for seed in (3, 9, 21):
            site = Site(seed)
            d = work / f"site-{seed}"
            shutil.rmtree(d, ignore_errors=True)
            d.mkdir(parents=True)
            site.write(d, with_news=False, with_group_people=False)
            r = subprocess.run([sys.argv[2], "build", str(d), "--output", str(d / "public"), "--date",
                                month_end(site.months[-1])], capture_output=True, text=True)
            if r.returncode != 0:
                print(f"site-{seed}: build exit {r.returncode}: {r.stderr.strip()[:200]}")
                worst = 1
                continue
            worst = max(worst, plant_and_attack(d / "public", d / "plants"))
        return worst
    return plant_and_attack(Path(sys.argv[1]), Path(sys.argv[2]))


def plant_and_attack(src, work):
    pub = read_public(src)
    plants = find_plants(pub)
    failures, tried = 0, 0
    import importlib
    for cls, keys, value, label in plants:
        d = work / f"plant-{tried}"
        if d.exists():
            shutil.rmtree(d)
        shutil.copytree(src, d)
        if not all(hide(d, key, lab) for key, lab in zip(keys, label)):
            continue
        tried += 1
        publics = [d, src] if cls == "district_ward" else [d]
        if cls == "district_ward":
            # the other saved tree keeps the cell shown only on one page kind: the reader's second site
            publics = [d, src]
        claims = importlib.import_module(f"attacks.{cls}").attack(publics)
        got = [c for c in claims if c.key() == keys[0] and c.pinned]
        ok = bool(got) and got[0].lo == value
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {cls}: planted {keys} -> {keys[0]} = {value}; attacker "
              f"{'pinned ' + str(got[0].lo) if got else 'did not pin'}")
    # Two labels: «< 5» on one hidden cell, «ẩn» on another of the same total.
    print(f"{tried} plants, {failures} not pinned")
    return 1 if failures or not tried else 0


if __name__ == "__main__":
    sys.exit(main())
