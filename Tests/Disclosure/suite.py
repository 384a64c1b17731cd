#!/usr/bin/env python3
"""The disclosure suite as scripts/test runs it: run_attacks.py over random sites (every class
must pin nothing, the rebuilt-without-ban-ghi/ class included, and no build may crash), then
selftest.py on sites of its own (the attackers must pin what a careless publisher leaves
recoverable). One check per attack class, one for crashes, one for the self-test; the last line
is `disclosure: N passed, M failed`, failures listed under `== Failures`.

  suite.py --wardkit BIN --work DIR [--sites 30] [--seed 1]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROW = re.compile(r"^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$")


def run(cmd):
    print("$ " + " ".join(cmd), flush=True)
    p = subprocess.run(cmd, capture_output=True, text=True)
    out = p.stdout + p.stderr
    print(out, flush=True)
    return p.returncode, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wardkit", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--sites", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    work = Path(a.work)
    passed, failures = 0, []
    rc, out = run([sys.executable, str(HERE / "run_attacks.py"), "--wardkit", a.wardkit, "--work", str(work / "attacks"),
                   "--sites", str(a.sites), "--seed", str(a.seed), "--strict-rebuilt"])
    rows = [ROW.match(l.strip()) for l in out.splitlines()]
    rows = [m for m in rows if m]
    for m in rows:
        cls, pins, wrong, unsound = m.group(1), int(m.group(5)), int(m.group(6)), int(m.group(7))
        if pins:
            failures.append((f"attack {cls}", f"{pins} hidden cells pinned (see PIN lines)"))
        elif wrong or unsound:
            failures.append((f"attack {cls}", f"{wrong + unsound} attacker misses (see ATTACKER-MISS lines)"))
        else:
            passed += 1
    crashes = re.search(r"crashes: (\d+)", out)
    if not rows or crashes is None:
        failures.append(("run_attacks.py", f"exit {rc}; no results table"))
    elif int(crashes.group(1)):
        failures.append(("builds", f"{crashes.group(1)} wardkit builds crashed (see CRASH lines)"))
    else:
        passed += 1
    rc, out = run([sys.executable, str(HERE / "selftest.py"), "--wardkit", a.wardkit, str(work / "selftest")])
    if rc == 0:
        passed += 1
    else:
        failures.append(("selftest", (out.strip().splitlines() or ["no output"])[-1]))
    if failures:
        print(f"== Failures ({len(failures)})")
        for name, detail in failures:
            print(f"{name} — {detail}")
    print(f"disclosure: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
