#!/usr/bin/env python3
"""The closing summary of scripts/test, read from each suite's log: the conformance figures,
each suite's totals, every skipped test with its reason, every failure, and as the last line
the totals across suites, `N passed, N failed` (`, N skipped` follows only when some were).

    summary.py --work DIR --suite "NAME=LOG:EXIT_STATUS" ...

A suite whose log lacks its own totals (it crashed, or its build failed) counts as one
failure, so nothing that did not run can pass. Exit status 1 on any failure. Python ≥ 3.9.
"""
import argparse
import re
import sys

SWIFT_CASE = re.compile(r"^Test Case '([^']+)' (passed|failed|skipped) \(")
SWIFT_SKIP = re.compile(r": (\S+) : Test skipped(?: - (.*))?$")
SWIFT_ERROR = re.compile(r": error: (\S+) : (.*)$")
TOTALS = re.compile(r"^(?:(\w+): )?(\d+) passed, (\d+) failed$")
MUSTACHE = re.compile(r"^Mustache spec: (\d+)/(\d+) tests passed")
CSV = re.compile(r"^csv-spectrum: (\d+)/(\d+) passed")
FONT_TABLE = "== Pages per form and font set"


class Suite:
    def __init__(self, name, log, status):
        self.name, self.log, self.status = name, log, status
        self.passed = self.failed = 0
        self.skipped = []   # (test, reason)
        self.failures = []  # (test, first message)
        self.complete = False


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read().splitlines()
    except OSError:
        return []


def swift(suite, lines):
    """XCTest's own per-test lines; a skip's reason is on the line before its result."""
    reasons, messages = {}, {}
    for line in lines:
        m = SWIFT_SKIP.search(line)
        if m:
            reasons[m.group(1)] = m.group(2) or "no reason given"
        m = SWIFT_ERROR.search(line)
        if m:
            messages.setdefault(m.group(1), m.group(2))
        m = SWIFT_CASE.match(line)
        if not m:
            continue
        name, result = m.group(1), m.group(2)
        if result == "passed":
            suite.passed += 1
        elif result == "failed":
            suite.failed += 1
            suite.failures.append((name, messages.get(name, "")))
        else:
            suite.skipped.append((name, reasons.get(name, "no reason given")))
    suite.complete = any(l.lstrip().startswith("Executed ") for l in lines)


def tallied(suite, lines):
    """Suites that end on their own `name: N passed, M failed` line and list failures above."""
    for line in reversed(lines):
        m = TOTALS.match(line.strip())
        if m:
            suite.passed, suite.failed = int(m.group(2)), int(m.group(3))
            suite.complete = True
            break
    # The print suite lists failures under "== Failures (N)"; the browser suite as "  failed (x) …".
    listed = section(lines, "== Failures") + [l[len("  failed "):] for l in lines if l.startswith("  failed (")]
    for line in listed:
        if TOTALS.match(line.strip()):
            continue
        name, _, detail = line.strip().partition(" — ")
        suite.failures.append((name, detail))


def conformance(lines):
    parts = []
    for label, pattern, skip_test in (("Mustache spec", MUSTACHE, "MustacheSpecTests.testGrandTotal"),
                                      ("csv-spectrum", CSV, "SpectrumConformanceTests.testAllSpectrumCasesPass")):
        found = [pattern.match(l) for l in lines]
        found = [m for m in found if m]
        parts.append(f"{label} {found[-1].group(1)}/{found[-1].group(2)}" if found else f"{label} not run ({skip_test})")
    return ", ".join(parts)


def section(lines, title):
    out, inside = [], False
    for line in lines:
        if line.startswith("== "):
            inside = line.startswith(title)
            continue
        if inside and line.strip():
            out.append(line)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", required=True)
    ap.add_argument("--suite", action="append", default=[], help="NAME=LOG:EXIT_STATUS")
    a = ap.parse_args()
    suites = []
    for spec in a.suite:
        name, rest = spec.split("=", 1)
        log, status = rest.rsplit(":", 1)
        suites.append(Suite(name, log, int(status)))

    print("\n== Tóm tắt / Summary")
    swift_lines = []
    for s in suites:
        lines = read(s.log)
        if s.name == "swift test":
            swift(s, lines)
            swift_lines = lines
        else:
            tallied(s, lines)
        if s.name == "print":
            table = section(lines, FONT_TABLE)
            if table:
                print("Trang theo mẫu in và bộ phông / pages per form and font set:")
                print("\n".join(table))
        if not s.complete or (s.status != 0 and s.failed == 0):
            # It never reported its totals, or failed without saying which check failed.
            s.failed += 1
            s.failures.append((f"{s.name} (whole suite)", f"exit status {s.status}; no totals in {s.log}" if not s.complete
                               else f"exit status {s.status}"))
    print(conformance(swift_lines))
    for s in suites:
        skipped = f", {len(s.skipped)} skipped" if s.name == "swift test" else ""
        print(f"{s.name}: {s.passed} passed, {s.failed} failed{skipped} (exit {s.status})")
    skipped = [(s.name, t, r) for s in suites for t, r in s.skipped]
    print(f"Bỏ qua / skipped: {len(skipped)}" + ("" if skipped else " (none)"))
    for name, test, reason in skipped:
        print(f"  {name}: {test} — {reason}")
    failures = [(s.name, t, m) for s in suites for t, m in s.failures]
    if failures:
        print(f"Lỗi / failures: {len(failures)}")
        for name, test, message in failures[:40]:
            print(f"  {name}: {test}" + (f" — {message[:200]}" if message else ""))
        if len(failures) > 40:
            print(f"  … and {len(failures) - 40} more (see each suite's log)")
    passed = sum(s.passed for s in suites)
    failed = sum(s.failed for s in suites)
    print(f"{passed} passed, {failed} failed" + (f", {len(skipped)} skipped" if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
