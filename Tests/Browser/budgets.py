"""(d) Size budgets over every output file: pages must stay light for phones on slow networks
and for printing at the ward office, and the site must not download web fonts."""
import os
import re

from report import Tally, heading

KB = 1024
HTML_MAX = 30 * KB
GROUP_MAX = 15 * KB
CSS_MAX = 25 * KB
JS_MAX = 10 * KB
FONT_EXTS = (".woff", ".woff2", ".ttf", ".otf", ".eot")
GROUP_PAGE = re.compile(r"^tien-do/[^/]+/index\.html$")


def _files(out_dir: str) -> dict[str, int]:
    sizes = {}
    for dirpath, _, names in os.walk(out_dir):
        for n in names:
            path = os.path.join(dirpath, n)
            sizes[os.path.relpath(path, out_dir).replace(os.sep, "/")] = os.path.getsize(path)
    return sizes


def _kb(n: int) -> str:
    return f"{n / KB:.1f} KB"


def run(out_dir: str, tally: Tally) -> None:
    heading("(d) budgets")
    sizes = _files(out_dir)
    html = {p: s for p, s in sizes.items() if p.endswith(".html")}
    groups = {p: s for p, s in html.items() if GROUP_PAGE.match(p)}
    css = {p: s for p, s in sizes.items() if p.endswith(".css")}
    js = {p: s for p, s in sizes.items() if p.endswith((".js", ".mjs"))}
    fonts = sorted(p for p in sizes if p.lower().endswith(FONT_EXTS))

    largest = max(html.items(), key=lambda kv: kv[1], default=("-", 0))
    print(f"  {len(sizes)} files; {len(html)} HTML pages; largest page {largest[0]} {_kb(largest[1])}")
    over = sorted((p for p, s in html.items() if s > HTML_MAX), key=lambda p: -html[p])
    for p in over:
        print(f"    over {_kb(HTML_MAX)}: {p} {_kb(html[p])}")
    tally.record("d", f"every HTML page ≤ {_kb(HTML_MAX)}", bool(html) and not over,
                 f"largest {_kb(largest[1])} ({largest[0]}); {len(over)} over")

    largest_group = max(groups.items(), key=lambda kv: kv[1], default=("-", 0))
    over_g = sorted(p for p, s in groups.items() if s > GROUP_MAX)
    for p in over_g:
        print(f"    group page over {_kb(GROUP_MAX)}: {p} {_kb(groups[p])}")
    tally.record("d", f"group pages ≤ {_kb(GROUP_MAX)}", bool(groups) and not over_g,
                 f"{len(groups)} pages, largest {_kb(largest_group[1])} ({largest_group[0]})")

    css_total, js_total = sum(css.values()), sum(js.values())
    print(f"  CSS total {_kb(css_total)} ({', '.join(f'{p} {_kb(s)}' for p, s in sorted(css.items()))})")
    print(f"  JS total {_kb(js_total)} ({', '.join(f'{p} {_kb(s)}' for p, s in sorted(js.items()))})")
    tally.record("d", f"CSS total ≤ {_kb(CSS_MAX)}", css_total <= CSS_MAX, _kb(css_total))
    tally.record("d", f"JS total ≤ {_kb(JS_MAX)}", js_total <= JS_MAX, _kb(js_total))

    tally.record("d", "no web font files", not fonts, ", ".join(fonts) if fonts else "none")
    # @font-face may also hide in a <style> element of a page, so pages are searched as well.
    face = sorted(p for p in list(css) + list(html)
                  if "@font-face" in open(os.path.join(out_dir, p), encoding="utf-8", errors="replace").read().lower())
    tally.record("d", "no @font-face in CSS or pages", not face, ", ".join(face) if face else "none")
