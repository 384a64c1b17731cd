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
import subprocess
import sys
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

# No __pycache__ beside the sources: this folder is committed and the suite runs from a checkout.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks  # noqa: E402
import font_sets  # noqa: E402
import no_browser  # noqa: E402
import overflow  # noqa: E402
import pdf_tools  # noqa: E402
import site_plan  # noqa: E402
from tally import Tally  # noqa: E402

TOOLS = ["pdfinfo", "pdftoppm", "pdftotext", "pdffonts", "zbarimg", "fc-list", "fc-match"]
KIND_ORDER = ["pledge", "bundle", "board-a4", "board-a3", "checklist", "poster-a3", "poster-a4"]
# The families print.css asks for, each of which must resolve inside the set.
CSS_FAMILIES = ["Times New Roman", "Arial", "Segoe UI", "DejaVu Sans Mono", "serif", "sans-serif", "monospace"]


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
        pages_by_set[fs] = run_font_set(fs, bundles, items, groups, ward, wardkit, site, work, a, tally, timings)

    print_font_table(all_items, pages_by_set)
    return finish(tally, timings, t0)


def run_font_set(fs, bundles, items, groups, ward, wardkit, site, work, a, tally, timings):
    """Prints and checks every printable with only `fs` installed, as far as Chromium can
    tell; returns {item: pages} for the table."""
    section(f"Font set: {fs.label} ({fs.packages})")
    set_work = os.path.join(work, fs.name)
    os.makedirs(set_work, exist_ok=True)
    config = font_sets.write_config(fs, set_work)
    record = lambda name, ok, detail="": tally.record(f"[{fs.name}] {name}", ok, detail)  # noqa: E731
    try:
        visible = font_sets.visible_families(config)
    except (OSError, RuntimeError) as e:
        record("fontconfig lists the set's fonts", False, str(e))
        return {}
    record(f"fontconfig offers exactly {', '.join(sorted(fs.families))}", visible == sorted(fs.families),
           f"offers {visible}" + (f"; install {fs.packages}" if not visible else ""))
    resolved = {f: font_sets.match(config, f) for f in CSS_FAMILIES}
    print("  print.css families resolve to: " + ", ".join(f"{k} → {v}" for k, v in resolved.items()))
    record("every family print.css names resolves inside the set", all(v in fs.families for v in resolved.values()),
           str(resolved))

    env = dict(os.environ, FONTCONFIG_FILE=config)
    out = os.path.join(set_work, "out")
    t = time.monotonic()
    label = "wardkit print --pdf" + (" --bundle" if bundles else "")
    if a.reuse_output:
        print(f"  reusing {out}")
    else:
        if not build(wardkit, site, set_work, out, a, tally, bundles, env, fs.name):
            return {}
        timings[f"[{fs.name}] {label}"] = time.monotonic() - t

    in_an = os.path.join(out, "in-an")
    print(f"  plan from content/: {len(groups)} groups, {len(site_plan.read_theme_slugs(site))} themes, "
          f"{len(items)} PDFs expected" + (f" ({sum(g.households for g in groups)} bundle pages)" if bundles else " (no bundles)"))
    check_inventory(in_an, items, tally, fs.name)

    t = time.monotonic()
    render_dir = os.path.join(set_work, "renders")
    shots = os.path.join(work, "print-screenshots", fs.name)
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
            tally.add([(f"[{fs.name}] {n}", ok, d) for n, ok, d in results])
            figures[it] = fig
    timings[f"[{fs.name}] checking PDFs"] = time.monotonic() - t
    shutil.rmtree(render_dir, ignore_errors=True)
    check_fonts(in_an, items, fs, record)

    print_figures(items, figures)
    saved = sorted(os.listdir(shots))
    print(f"\n  screenshots ({len(saved)}): {shots}/")
    for s in saved:
        print(f"    {s}")
    return {it: figures[it].pages for it in items}


def check_fonts(in_an, items, fs, record):
    """The fonts each kind's first PDF embeds all belong to the set: proof that Chromium used
    the restricted configuration, not whatever else the machine has."""
    seen = OrderedDict()
    for it in items:
        if it.kind not in seen and os.path.isfile(os.path.join(in_an, it.pdf)):
            seen[it.kind] = it
    for kind, it in seen.items():
        try:
            fonts = pdf_tools.pdf_fonts(os.path.join(in_an, it.pdf))
        except pdf_tools.ToolError as e:
            record(f"{kind} {it.pdf}: fonts readable", False, str(e))
            continue
        foreign = [f for f in fonts if not f.startswith(fs.font_prefixes)]
        record(f"{kind} {it.pdf}: embeds only {fs.label} fonts", bool(fonts) and not foreign,
               f"foreign: {foreign}" if foreign else ", ".join(fonts) or "no fonts")


def print_font_table(items, pages_by_set):
    """Forms × font sets: the pages each kind's PDFs came out with (every one must be exactly
    the expected count: 1, or one per household for bundles)."""
    section("Pages per form and font set")
    sets = list(pages_by_set)
    print(f"  {'form':<10} {'paper':<13} {'PDFs':>5}  " + "  ".join(f"{fs.label:<22}" for fs in sets))
    for kind in KIND_ORDER:
        its = [it for it in items if it.kind == kind]
        if not its:
            continue
        cells = []
        for fs in sets:
            got = pages_by_set[fs]
            mine = [it for it in its if it in got]
            if not mine:
                cells.append("not printed" if kind == "bundle" else "—")
                continue
            off = [it for it in mine if got[it] != it.pages]
            if kind == "bundle":
                text = f"{sum(got[it] for it in mine)} pages = households" if not off else f"{len(off)} bundles off"
            else:
                counts = sorted({got[it] for it in mine})
                text = f"{counts[0]} page each" if counts == [1] else f"{len(off)} not 1 page ({counts})"
            cells.append(text + ("" if not off else " ✗"))
        print(f"  {kind:<10} {its[0].paper.name:<13} {len(its):>5}  " + "  ".join(f"{c:<22}" for c in cells))


def build(wardkit, site, work, out, a, tally, bundles, env, set_name):
    shutil.rmtree(out, ignore_errors=True)
    args = [wardkit, "print", site, "--output", out, "--base-url", a.base_url, "--date", a.date, "--pdf"] + (["--bundle"] if bundles else [])
    print("  $ " + " ".join(args))
    log = os.path.join(work, "wardkit-print.log")
    try:
        p = subprocess.run(args, capture_output=True, timeout=1800, env=env)
    except subprocess.TimeoutExpired:
        tally.record(f"[{set_name}] wardkit print finishes within 30 min", False, "timed out")
        return False
    with open(log, "wb") as f:
        f.write(b"$ " + " ".join(args).encode() + b"\n--- stdout\n" + p.stdout + b"\n--- stderr\n" + p.stderr)
    for line in p.stdout.decode("utf-8", "replace").splitlines()[-3:]:
        print(f"  wardkit: {line}")
    err = p.stderr.decode("utf-8", "replace").strip().splitlines()
    label = "wardkit print --pdf" + (" --bundle" if bundles else "")
    tally.record(f"[{set_name}] {label} exits 0", p.returncode == 0,
                 f"exit {p.returncode}; stderr: {' | '.join(err[-5:])}; log {log}" if p.returncode else "")
    # A failed export still leaves the PDFs it did write: check them all anyway.
    return os.path.isdir(os.path.join(out, "in-an"))


def check_inventory(in_an, items, tally, set_name):
    """The set of PDFs written equals the set the content calls for: nothing missing (listed
    per file later) and nothing stray, such as a PDF for the print index page."""
    expected = {it.pdf for it in items}
    found = set()
    for d, _, files in os.walk(in_an):
        found |= {os.path.relpath(os.path.join(d, f), in_an) for f in files if f.endswith(".pdf")}
    stray = sorted(found - expected)
    missing = sorted(expected - found)
    print(f"  PDFs written: {len(found)}; expected: {len(expected)}; missing: {len(missing)}; unexpected: {len(stray)}")
    tally.record(f"[{set_name}] no unexpected PDFs under in-an/", not stray, ", ".join(stray[:10]))


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
