"""`wardkit print --pdf` must fail, naming the form, when a printable spills onto a second page:
a starter site whose theme makes the A4 hotline board taller than its sheet must exit 1 and
name every such board (each group's and the ward's merged file), and no other form."""
import os
import re
import shutil
import subprocess

import site_plan

# Appended to the default print.css by the site's own theme: only the A4 board grows.
GROW = "\n.paper-a4l .board-body{min-height:400mm}\n"


def check(wardkit, repo, work, base_url, date):
    root = os.path.join(work, "overflow")
    shutil.rmtree(root, ignore_errors=True)
    site, out = os.path.join(root, "site"), os.path.join(root, "out")
    os.makedirs(root)
    p = subprocess.run([wardkit, "init", site, "--name", "Phường Tràn Trang"], capture_output=True, timeout=120)
    if p.returncode != 0:
        return [("overflow: wardkit init", False, p.stderr.decode("utf-8", "replace")[-300:])], ""
    # init leaves the ward police's number blank, and print --pdf refuses a blank: fill it in.
    hotlines = os.path.join(site, "content", "hotlines.csv")
    with open(hotlines, encoding="utf-8") as f:
        text = f.read()
    with open(hotlines, "w", encoding="utf-8") as f:
        f.write(text.replace("0xxx xxx xxx", "0236 3822 113"))
    css = os.path.join(site, "theme", "static", "print.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(os.path.join(repo, "theme", "static", "print.css"), encoding="utf-8") as f:
        default = f.read()
    with open(css, "w", encoding="utf-8") as f:
        f.write(default + GROW)
    # The boards' names, predicted from the site's units.csv (init writes Vietnamese headers).
    groups = site_plan.read_groups(site)
    boards = sorted([f"in-an/bang-niem-yet/{g.slug}/bang-niem-yet-{g.file_name}-a4.pdf" for g in groups]
                    + [f"in-an/tat-ca/bang-niem-yet-{site_plan.read_root(site)}-a4.pdf"])
    args = [wardkit, "print", site, "--output", out, "--base-url", base_url, "--date", date, "--pdf"]
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "C.UTF-8"  # Vietnamese messages, whatever the caller's locale
    p = subprocess.run(args, capture_output=True, timeout=900, env=env)
    err = p.stderr.decode("utf-8", "replace")
    named = sorted(set(re.findall(r"(in-an/\S+\.pdf) có \d+ trang", err)))
    results = [
        ("overflow: wardkit print --pdf exits 1", p.returncode == 1, f"exit {p.returncode}"),
        ("overflow: the site has A4 boards to overflow", len(boards) > 0, f"{len(boards)} boards"),
        ("overflow: every A4 board, and nothing else, is named as overflowing", named == boards and boards != [],
         f"named {named}; expected {boards}"),
    ]
    first = next((l for l in err.splitlines() if "trang" in l), err.strip()[:200])
    return results, first
