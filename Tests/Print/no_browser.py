"""`wardkit print --pdf` on a machine without Chromium must stop with exit code 1 and tell
staff what to install, rather than "succeed" with no PDFs or crash on a missing binary."""
import os
import re
import subprocess


def check(wardkit, site, work, base_url, date):
    root = os.path.join(work, "no-chromium")
    empty_bin = os.path.join(root, "bin")   # PATH points here: nothing to find
    out = os.path.join(root, "out")
    os.makedirs(empty_bin, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "WARDKIT_CHROMIUM"}
    env["PATH"] = empty_bin
    args = [wardkit, "print", site, "--output", out, "--base-url", base_url, "--date", date, "--pdf"]
    results = []
    try:
        p = subprocess.run(args, env=env, capture_output=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        return [("no-chromium: wardkit runs", False, str(e))], ""
    err = p.stderr.decode("utf-8", "replace")
    first = next((l for l in err.splitlines() if "chromium" in l.lower()), err.strip()[:200])
    results.append(("no-chromium: exit code 1", p.returncode == 1, f"exit {p.returncode}"))
    # The Debian package name, lower-case, in an install instruction: what staff must type.
    results.append(("no-chromium: message names the chromium package to install",
                    re.search(r"install\b[^\n]*\bchromium\b", err, re.I) is not None and "chromium" in err,
                    f"stderr: {first!r}"))
    written = []
    for d, _, files in os.walk(os.path.join(out, "in-an")):
        written += [os.path.join(d, f) for f in files if f.endswith(".pdf")]
    results.append(("no-chromium: no PDF written", not written, f"{len(written)} PDFs"))
    return results, first
