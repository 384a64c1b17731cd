"""One font set's run of the print suite: print every printable with only that set visible to
Chromium, then check every PDF (exact pages, paper, QR, pledge text) and the fonts embedded."""
import os
import shutil
import subprocess
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

import checks
import font_sets
import pdf_tools
import site_plan
from figures import print_figures, section

# The families print.css asks for, each of which must resolve inside the set.
CSS_FAMILIES = ["Times New Roman", "Arial", "Segoe UI", "DejaVu Sans Mono", "serif", "sans-serif", "monospace"]


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
                                    os.path.join(shots, f"{it.kind}-{os.path.splitext(it.pdf.split('/')[1])[0]}") if it.pdf in shot_for else None))
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
