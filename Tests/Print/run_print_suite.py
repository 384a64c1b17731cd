#!/usr/bin/env python3
"""WardKit print-kit suite: builds the sample site with `wardkit print --pdf --bundle`, then
measures every PDF with poppler and zbar (page size, page count, QR content, pledge text),
and checks the no-Chromium error path.

    python3 Tests/Print/run_print_suite.py --wardkit PATH --site SITE --work DIR

Stdlib only (python3 ≥ 3.9). Needs chromium, pdfinfo/pdftoppm/pdftotext, zbarimg on PATH.
Every printable is built and checked (not a sample): one `print --bundle` run writes all of
them anyway, so sampling would only trim the cheap checking half of the run.
The last line is always `print: N passed, M failed`; the exit status is 1 on any failure.
"""
import argparse
import os
import shutil
import subprocess
import sys
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

# No __pycache__ beside the sources: this folder is committed and the suite runs from a checkout.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks  # noqa: E402
import no_browser  # noqa: E402
import site_plan  # noqa: E402
from tally import Tally  # noqa: E402

TOOLS = ["pdfinfo", "pdftoppm", "pdftotext", "zbarimg"]
KIND_ORDER = ["pledge", "bundle", "board-a4", "board-a3", "checklist", "poster-a3", "poster-a4"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wardkit", required=True)
    ap.add_argument("--site", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--base-url", default="https://ubnd.example.vn/khong-ma-tuy/")
    ap.add_argument("--date", default="2026-11-25")
    # Two workers: checks are pdftoppm/zbarimg subprocesses and the target machines have 2 cores.
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--reuse-output", action="store_true",
                    help="check WORK/out from an earlier run instead of printing again (for working on the suite)")
    ap.add_argument("--verbose", action="store_true", help="also list passing checks")
    a = ap.parse_args()
    wardkit, site, work = (os.path.abspath(a.wardkit), os.path.abspath(a.site), os.path.abspath(a.work))
    tally = Tally(verbose=a.verbose)
    t0 = time.monotonic()
    os.makedirs(work, exist_ok=True)
    timings = OrderedDict()

    missing = [t for t in TOOLS if shutil.which(t) is None]
    tally.record("tools present: " + ", ".join(TOOLS), not missing, f"missing: {missing}" if missing else "")
    tally.record("wardkit binary is executable", os.access(wardkit, os.X_OK), wardkit)
    if missing or not os.access(wardkit, os.X_OK):
        return finish(tally)

    section("No Chromium on PATH")
    t = time.monotonic()
    results, message = no_browser.check(wardkit, site, work, a.base_url, a.date)
    tally.add(results)
    print(f"  wardkit said: {message}")
    timings["no-chromium run"] = time.monotonic() - t

    section("wardkit print --pdf --bundle")
    out = os.path.join(work, "out")
    t = time.monotonic()
    if a.reuse_output:
        print(f"  reusing {out}")
    else:
        if not build(wardkit, site, work, out, a, tally):
            return finish(tally, timings, t0)
        timings["wardkit print --pdf --bundle"] = time.monotonic() - t

    section("Checking PDFs")
    groups, items = site_plan.plan(site, a.base_url)
    ward = site_plan.read_ward_name(site)
    in_an = os.path.join(out, "in-an")
    print(f"  plan from content/: {len(groups)} groups, {len(site_plan.read_theme_slugs(site))} themes, "
          f"{len(items)} PDFs expected ({sum(g.households for g in groups)} bundle pages)")
    check_inventory(in_an, items, tally)

    t = time.monotonic()
    render_dir = os.path.join(work, "renders")
    shots = os.path.join(work, "print-screenshots")
    for d in (render_dir, shots):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    # One screenshot per kind: the first group's / theme's page 1, for people to look at.
    shot_for = {}
    for it in items:
        if it.kind not in shot_for.values():
            shot_for[it.pdf] = it.kind
    figures = {}
    with ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        futures = [(it, pool.submit(checks.check, in_an, it, render_dir, ward,
                                    os.path.join(shots, f"{it.kind}-{it.pdf.split('/')[1]}") if it.pdf in shot_for else None))
                   for it in items]
        for it, fut in futures:
            try:
                results, fig = fut.result()
            except Exception as e:  # a crash in one check must not hide the others
                results, fig = [(f"{it.kind} {it.pdf}: checked", False, f"{type(e).__name__}: {e}")], checks.Figures()
            tally.add(results)
            figures[it] = fig
    timings["checking PDFs"] = time.monotonic() - t
    shutil.rmtree(render_dir, ignore_errors=True)

    print_figures(items, figures)
    saved = sorted(os.listdir(shots))
    print(f"\n  screenshots ({len(saved)}): {shots}/")
    for s in saved:
        print(f"    {s}")
    return finish(tally, timings, t0)


def build(wardkit, site, work, out, a, tally):
    shutil.rmtree(out, ignore_errors=True)
    args = [wardkit, "print", site, "--output", out, "--base-url", a.base_url, "--date", a.date, "--pdf", "--bundle"]
    print("  $ " + " ".join(args))
    log = os.path.join(work, "wardkit-print.log")
    try:
        p = subprocess.run(args, capture_output=True, timeout=1800)
    except subprocess.TimeoutExpired:
        tally.record("wardkit print finishes within 30 min", False, "timed out")
        return False
    with open(log, "wb") as f:
        f.write(b"$ " + " ".join(args).encode() + b"\n--- stdout\n" + p.stdout + b"\n--- stderr\n" + p.stderr)
    for line in p.stdout.decode("utf-8", "replace").splitlines()[-3:]:
        print(f"  wardkit: {line}")
    err = p.stderr.decode("utf-8", "replace").strip().splitlines()
    tally.record("wardkit print --pdf --bundle exits 0", p.returncode == 0,
                 f"exit {p.returncode}; stderr: {' | '.join(err[-5:])}; log {log}" if p.returncode else "")
    # A failed export still leaves the PDFs it did write: check them all anyway.
    return os.path.isdir(os.path.join(out, "in-an"))


def check_inventory(in_an, items, tally):
    """The set of PDFs written equals the set the content calls for: nothing missing (listed
    per file later) and nothing stray, such as a PDF for the print index page."""
    expected = {it.pdf for it in items}
    found = set()
    for d, _, files in os.walk(in_an):
        found |= {os.path.relpath(os.path.join(d, f), in_an) for f in files if f.endswith(".pdf")}
    stray = sorted(found - expected)
    missing = sorted(expected - found)
    print(f"  PDFs written: {len(found)}; expected: {len(expected)}; missing: {len(missing)}; unexpected: {len(stray)}")
    tally.record("no unexpected PDFs under in-an/", not stray, ", ".join(stray[:10]))


def print_figures(items, figures):
    section("Figures")
    by_kind = OrderedDict((k, [it for it in items if it.kind == k]) for k in KIND_ORDER)
    print(f"  {'kind':<10} {'paper':<13} {'PDFs':>9} {'sizes seen (pt)':<22} {'pages':<14} {'QR pages ok':>12} {'s/PDF':>6}")
    for kind, its in by_kind.items():
        if not its:
            continue
        figs = [figures[it] for it in its]
        present = [f for f in figs if f.pages]
        sizes = sorted({s for f in present for s in f.sizes})
        pages = sorted({f.pages for f in present})
        page_txt = (f"{pages[0]}" if len(pages) == 1 else f"{pages[0]}–{pages[-1]}") if pages else "-"
        if kind == "bundle" and present:
            page_txt += f" (Σ{sum(f.pages for f in present)})"
        size_txt = ", ".join(f"{w:g}×{h:g}" for w, h in sizes) or "-"
        qr = f"{sum(f.qr_pages_ok for f in figs)}/{sum(f.qr_pages_checked for f in figs)}"
        secs = sum(f.seconds for f in present) / len(present) if present else 0
        print(f"  {kind:<10} {its[0].paper.name:<13} {len(present):>4}/{len(its):<4} {size_txt:<22} {page_txt:<14} {qr:>12} {secs:>6.2f}")
    bundles = [(it, figures[it]) for it in items if it.kind == "bundle"]
    if bundles:
        print("  bundles (pages/households): " + ", ".join(
            f"{it.pdf.split('/')[1]} {f.pages}/{it.copies}" for it, f in bundles))


def section(title):
    print(f"\n== {title}")
    sys.stdout.flush()


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
