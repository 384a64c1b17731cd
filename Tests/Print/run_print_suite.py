#!/usr/bin/env python3
"""WardKit print-kit suite: prints the sample site with `wardkit print --pdf` once per font set
(DejaVu only, Liberation only; see font_sets.py), then measures every PDF with poppler and zbar
(page size, exact page count, QR content, pledge text, the fonts embedded), and checks the
no-Chromium error path and that an overflowing form fails `wardkit print` by name.

    python3 Tests/Print/run_print_suite.py --wardkit PATH --site SITE --work DIR

Stdlib only (python3 ≥ 3.9). Needs chromium, pdfinfo/pdftoppm/pdftotext/pdffonts, zbarimg,
fc-list/fc-match on PATH. Every printable is built and checked in every font set: page fit
depends on the fonts. The numbered pledge bundles (thousands of pages, the same form as the
single pledge) are printed and counted in one font set only (--bundle-font-set).
The last line is always `print: N passed, M failed`; the exit status is 1 on any failure.
"""
import argparse
import os
import shutil
import sys
import time
from collections import OrderedDict

# No __pycache__ beside the sources: this folder is committed and the suite runs from a checkout.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import font_run  # noqa: E402
import font_sets  # noqa: E402
import no_browser  # noqa: E402
import overflow  # noqa: E402
import site_plan  # noqa: E402
from figures import print_font_table, section  # noqa: E402
from tally import Tally  # noqa: E402

TOOLS = ["pdfinfo", "pdftoppm", "pdftotext", "pdffonts", "zbarimg", "fc-list", "fc-match"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wardkit", required=True)
    ap.add_argument("--site", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--base-url", default="https://ubnd.example.vn/khong-ma-tuy/")
    ap.add_argument("--date", default="2026-11-25")
    ap.add_argument("--font-sets", default=",".join(font_sets.SETS), help="comma-separated, of: " + ", ".join(font_sets.SETS))
    ap.add_argument("--bundle-font-set", default="dejavu", help="the font set whose run also prints the bundles")
    # Two workers: checks are pdftoppm/zbarimg subprocesses and the target machines have 2 cores.
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--reuse-output", action="store_true",
                    help="check WORK/<set>/out from an earlier run instead of printing again (for working on the suite)")
    ap.add_argument("--verbose", action="store_true", help="also list passing checks")
    a = ap.parse_args()
    wardkit, site, work = (os.path.abspath(a.wardkit), os.path.abspath(a.site), os.path.abspath(a.work))
    sets = [font_sets.SETS[n] for n in a.font_sets.split(",") if n]
    tally = Tally(verbose=a.verbose)
    t0 = time.monotonic()
    os.makedirs(work, exist_ok=True)
    timings = OrderedDict()

    missing = [t for t in TOOLS if shutil.which(t) is None]
    tally.record("tools present: " + ", ".join(TOOLS), not missing, f"missing: {missing}" if missing else "")
    tally.record("wardkit binary is executable", os.access(wardkit, os.X_OK), wardkit)
    tally.record(f"bundle font set {a.bundle_font_set!r} is one of the sets run", a.bundle_font_set in [s.name for s in sets])
    if missing or not os.access(wardkit, os.X_OK):
        return finish(tally)

    section("No Chromium on PATH")
    t = time.monotonic()
    results, message = no_browser.check(wardkit, site, work, a.base_url, a.date)
    tally.add(results)
    print(f"  wardkit said: {message}")
    timings["no-chromium run"] = time.monotonic() - t

    section("A form that overflows its page")
    t = time.monotonic()
    results, message = overflow.check(wardkit, site, work, a.base_url, a.date)
    tally.add(results)
    print(f"  wardkit said: {message}")
    timings["overflow run"] = time.monotonic() - t

    groups, all_items = site_plan.plan(site, a.base_url)
    ward = site_plan.read_ward_name(site)
    pages_by_set = OrderedDict()
    for fs in sets:
        bundles = fs.name == a.bundle_font_set
        items = [it for it in all_items if bundles or it.kind != "bundle"]
        pages_by_set[fs] = font_run.run_font_set(fs, bundles, items, groups, ward, wardkit, site, work, a, tally, timings)

    print_font_table(all_items, pages_by_set)
    return finish(tally, timings, t0)


def finish(tally, timings=None, t0=None):
    if timings:
        section("Time")
        for k, v in timings.items():
            print(f"  {k}: {v:.1f} s")
        if t0 is not None:
            print(f"  total: {time.monotonic() - t0:.1f} s")
    if tally.failures:
        section(f"Failures ({len(tally.failures)})")
        # Sorted, so the failures of one kind and one check sit together.
        for name, detail in sorted(tally.failures):
            print(f"  {name}" + (f" — {detail}" if detail else ""))
    print(tally.final_line())
    return 0 if tally.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
