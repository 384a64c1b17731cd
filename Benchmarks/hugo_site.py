#!/usr/bin/env python3
"""A Hugo site of the same shape as a WardKit benchmark site, for a reference figure: one
Markdown page per group for progress and four per group for printables, a list page per
ward, one layout with a partial. It measures the generator, not the same features."""
import argparse, os, random, shutil

LAYOUT = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}"></head><body>{{ partial "hotlines.html" . }}
<main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
"""
LIST = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
{{ partial "hotlines.html" . }}<main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>
"""
PARTIAL = """<aside><a href="tel:113">113</a> <a href="tel:111">111</a></aside>"""

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--wards", type=int, default=10)
    ap.add_argument("--groups", type=int, default=100)
    a = ap.parse_args()
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    os.makedirs(os.path.join(a.out, "layouts", "_default"))
    os.makedirs(os.path.join(a.out, "layouts", "partials"))
    open(os.path.join(a.out, "config.toml"), "w").write('baseURL = "https://example.invalid/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
    open(os.path.join(a.out, "layouts", "_default", "single.html"), "w").write(LAYOUT)
    open(os.path.join(a.out, "layouts", "_default", "list.html"), "w").write(LIST)
    open(os.path.join(a.out, "layouts", "partials", "hotlines.html"), "w").write(PARTIAL)
    rnd = random.Random(7)
    for w in range(1, a.wards + 1):
        for kind in ("tien-do", "cam-ket", "bang-niem-yet", "bang-niem-yet-a3", "kiem-tra"):
            d = os.path.join(a.out, "content", kind, f"phuong-{w}")
            os.makedirs(d, exist_ok=True)
            open(os.path.join(d, "_index.md"), "w").write(f"---\ntitle: Phường {w}\n---\n")
            for g in range(1, a.groups + 1):
                body = "\n".join(f"- **TC{i}** {rnd.choice(['đạt', 'chưa đạt', 'đang thực hiện'])}" for i in range(1, 7))
                open(os.path.join(d, f"to-{g}.md"), "w").write(f"---\ntitle: Tổ dân phố {g}\n---\n{body}\n")
    print(f"{a.out}: {a.wards * a.groups * 5} pages")

if __name__ == "__main__":
    main()
