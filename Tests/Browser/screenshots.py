"""(e) Screenshots of the main pages for people to look at (phone: whole page; desktop: first
screen), plus a reflow check at phone width, which no automatic accessibility rule covers:
WCAG 1.4.10 wants no sideways scrolling on a narrow screen."""
import os
import struct

from browser import document_height, set_viewport
from pages import SCREENSHOT_KEYS
from report import Tally, heading

PHONE = (390, 844)
DESKTOP = (1280, 800)
PAPER_PREFIX = ("in-an/cam-ket/", "in-an/bang-niem-yet/", "in-an/kiem-tra/", "in-an/ap-phich/")
MAX_HEIGHT = 16000  # Chromium cannot capture taller surfaces in one piece


def _png_size(path: str) -> tuple[int, int]:
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return 0, 0
    return struct.unpack(">II", head[16:24])


def _shoot(driver, path: str, want_width: int, tally: Tally, label: str) -> None:
    ok = driver.save_screenshot(path)
    width, height = _png_size(path) if ok and os.path.exists(path) else (0, 0)
    tally.record("e", f"screenshot {label}", width == want_width and height > 0,
                 f"{os.path.basename(path)} {width}×{height}")


def run(driver, origin: str, base_path: str, pages, shots_dir: str, tally: Tally) -> None:
    heading("(e) screenshots")
    os.makedirs(shots_dir, exist_ok=True)
    by_key = {p.key: p for p in pages}
    for key in SCREENSHOT_KEYS:
        page = by_key.get(key)
        if page is None:
            tally.record("e", f"screenshot {key}", False, "page kind missing from the output")
            continue
        url = origin + base_path + page.path
        set_viewport(driver, *PHONE)
        driver.get(url)
        overflow = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        wide = driver.execute_script("""
            var w = document.documentElement.clientWidth, out = [];
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.right > w + 1 && getComputedStyle(e).position !== 'fixed') {
                var s = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                  (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                out.push(s + ' (right edge ' + Math.round(r.right) + 'px)');
              }
            });
            return out.slice(0, 5);""") if overflow > 0 else []
        if page.path.startswith(PAPER_PREFIX):
            # Printables preview a real sheet of paper on screen (WCAG 1.4.10 exempts layouts that
            # need two dimensions for their meaning), so only the overflow is reported.
            print(f"  {key} @ {PHONE[0]}px: {overflow}px wider than the screen (paper preview, not checked)")
        else:
            tally.record("e", f"{key} @ {PHONE[0]}px: no sideways scrolling", overflow <= 0,
                         f"{overflow}px too wide: {'; '.join(wide)}" if overflow > 0 else "fits")
        set_viewport(driver, PHONE[0], min(max(document_height(driver), PHONE[1]), MAX_HEIGHT))
        _shoot(driver, os.path.join(shots_dir, f"{key}-{PHONE[0]}.png"), PHONE[0], tally,
               f"{key} @ {PHONE[0]}×full")
        set_viewport(driver, *DESKTOP)
        driver.get(url)
        _shoot(driver, os.path.join(shots_dir, f"{key}-{DESKTOP[0]}.png"), DESKTOP[0], tally,
               f"{key} @ {DESKTOP[0]}×{DESKTOP[1]}")
    print(f"  screenshots in {os.path.abspath(shots_dir)}")
