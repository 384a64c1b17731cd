"""(e) The main menu on a phone (issue 14): at 360, 375 and 390 px every section's link is on
the screen and whole, with no JavaScript on the page. The menu used to scroll sideways and
showed «Đường dây n…» with no sign that three more sections existed. Also the first screen of
the home page at 360×740, saved for people to look at."""
import os

from browser import set_viewport
from report import Tally, heading

WIDTHS = (360, 375, 390)
HEIGHT = 740

_MEASURE = """
var w = document.documentElement.clientWidth, nav = document.querySelector('header nav');
if (!nav) return null;
var links = [].slice.call(nav.querySelectorAll('a')), cut = [], small = [], rows = {};
links.forEach(function (a) {
  var r = a.getBoundingClientRect(), label = a.textContent.trim();
  // Off either edge, clipped by a scrolling list, or its own text wider than its box.
  if (r.width === 0 || r.left < -0.5 || r.right > w + 0.5 || a.scrollWidth > a.clientWidth + 1) {
    cut.push(label + ' (' + Math.round(r.left) + '–' + Math.round(r.right) + ' px)');
  }
  if (r.height < 24 || r.width < 24) small.push(label + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
  rows[Math.round(r.top)] = true;
})
var ul = nav.querySelector('ul');
return {count: links.length, cut: cut, small: small, rows: Object.keys(rows).length,
        scroll: ul ? ul.scrollWidth - ul.clientWidth : 0,
        // The site's own scripts: `wardkit serve` adds its preview-only one under __wardkit/.
        scripts: [].filter.call(document.scripts, function (s) { return (s.src || '').indexOf('/__wardkit/') < 0; }).length,
        bottom: Math.round(nav.getBoundingClientRect().bottom)};
"""


def run(driver, origin: str, base_path: str, shots_dir: str, tally: Tally) -> None:
    heading("(e) the menu at phone widths")
    os.makedirs(shots_dir, exist_ok=True)
    for width in WIDTHS:
        set_viewport(driver, width, HEIGHT)
        driver.get(origin + base_path)
        m = driver.execute_script(_MEASURE)
        if m is None:
            tally.record("e", f"menu @ {width}px: the header has a nav", False, "no header nav on the home page")
            continue
        tally.record("e", f"menu @ {width}px: all {m['count']} links on screen and whole", m["count"] >= 7 and not m["cut"],
                     "; ".join(m["cut"]) or f"{m['rows']} row(s), menu ends at {m['bottom']} px")
        tally.record("e", f"menu @ {width}px: nothing hidden in a sideways scroll", m["scroll"] <= 0, f"{m['scroll']} px hidden")
        tally.record("e", f"menu @ {width}px: every link at least 24×24 px", not m["small"], "; ".join(m["small"]))
        tally.record("e", f"menu @ {width}px: the page has no script of its own", m["scripts"] == 0, f"{m['scripts']} scripts")
        path = os.path.join(shots_dir, f"home-menu-{width}x{HEIGHT}.png")
        tally.record("e", f"screenshot home menu @ {width}×{HEIGHT}", bool(driver.save_screenshot(path)), path)
