"""(f) Live preview (issue 14.3): with `wardkit serve` running on a scratch copy of the sample
site, an edited progress sheet shows on the open page without a manual reload; a broken sheet
shows its error (Vietnamese, file:line:col) over the last good page; the fixed sheet clears it.

Every wait is on a condition in the page (WebDriverWait), never a fixed sleep.
"""
import os
import shutil

from selenium.common.exceptions import JavascriptException, StaleElementReferenceException, TimeoutException
from selenium.webdriver.support.ui import WebDriverWait

from browser import set_viewport
from report import Tally, heading
from server import BUILD_DATE, running

SHEET = "content/progress/2026-11.csv"
GROUP_PAGE = "tien-do/bau-sen/"  # TDP02, line 3 of the sheet
LINE = 3
# A rebuild of the sample site takes ~1 s alone and several on a busy CI machine.
REBUILD_WAIT = 90
OVERLAY = "wardkit-preview-errors"


# The preview reloads the page at moments the test does not choose: an element found just before
# a reload is stale when its text is read. Each read is one script in the page, so it sees one
# page whole; a read that meets a reload half-way counts as "not yet" and the wait polls again.
_RELOADING = (StaleElementReferenceException, JavascriptException)


def _page_text(driver, selector: str):
    try:
        return driver.execute_script(
            "const e = document.querySelector(arguments[0]); return e ? e.innerText : null", selector)
    except _RELOADING:
        return None


def _pledged_label(driver) -> str:
    return _page_text(driver, "label[for=pledge-bar]") or ""


def _overlay(driver):
    """The error overlay's text, or None when the page shows none."""
    return _page_text(driver, f"#{OVERLAY}")


def _set_pledged(path: str, value: str) -> None:
    """Rewrites the pledged cell of line LINE, as a spreadsheet's save would (whole file)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    cells = lines[LINE - 1].split(",")
    header = lines[0].split(",")
    cells[header.index("pledged")] = value
    lines[LINE - 1] = ",".join(cells)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def _wait(driver, tally: Tally, name: str, condition, detail) -> bool:
    try:
        WebDriverWait(driver, REBUILD_WAIT, poll_frequency=0.2, ignored_exceptions=_RELOADING).until(lambda d: condition(d))
        return tally.record("f", name, True)
    except TimeoutException:
        return tally.record("f", name, False, f"not within {REBUILD_WAIT}s; {detail(driver)}")


def run(driver, wardkit: str, source_site: str, work: str, shots: str, tally: Tally) -> None:
    heading("live preview (wardkit serve, watching content/ and theme/)")
    site = os.path.join(work, "live-site")
    shutil.rmtree(site, ignore_errors=True)
    os.makedirs(site)
    for folder in ("content", "theme"):
        shutil.copytree(os.path.join(source_site, folder), os.path.join(site, folder))
    sheet = os.path.join(site, SHEET)
    cmd = [wardkit, "serve", site, "--port", "0", "--date", BUILD_DATE]
    with running(cmd, os.path.join(work, "live-serve.log"), "/") as (origin, error):
        if not tally.record("f", "wardkit serve builds, listens and watches", error is None, error or origin):
            return
        set_viewport(driver, 1280, 800)
        driver.get(f"{origin}/{GROUP_PAGE}")
        before = _pledged_label(driver)
        tally.record("f", "the group page shows the sheet's figure", "144/161" in before, before)
        # Set on this page only: still there after the edit means no reload happened at all,
        # gone means the page reloaded by itself (nobody here calls refresh()).
        driver.execute_script("window.__wardkitTestMarker = 1")

        _set_pledged(sheet, "150")
        _wait(driver, tally, "edited sheet: the open page shows 150/161 without a manual reload",
              lambda d: "150/161" in _pledged_label(d), lambda d: f"label: {_pledged_label(d)!r}")
        tally.record("f", "the page was reloaded by the preview script",
                     driver.execute_script("return window.__wardkitTestMarker === undefined"))

        _set_pledged(sheet, "1x4")
        shown = _wait(driver, tally, "broken sheet: the error is shown on the page",
                      lambda d: f"{SHEET}:{LINE}:" in (_overlay(d) or ""),
                      lambda d: f"overlay: {_overlay(d)!r}")
        if shown:
            text = _overlay(driver) or ""
            tally.record("f", "the error is in Vietnamese and names file:line:col",
                         "lỗi" in text and "«1x4»" in text and "bản dựng tốt gần nhất" in text, text)
            tally.record("f", "under the error, the last good page stays (150/161)", "150/161" in _pledged_label(driver),
                         _pledged_label(driver))
            os.makedirs(shots, exist_ok=True)
            for width, height in ((1280, 800), (390, 844)):
                set_viewport(driver, width, height)
                shot = os.path.join(shots, f"live-preview-error-{width}.png")
                driver.save_screenshot(shot)
                print(f"  screenshot: {shot}")
            # At phone width the whole message must be readable without sideways scrolling.
            tally.record("f", "the error fits a 390 px screen", driver.execute_script(
                f"return document.getElementById('{OVERLAY}').scrollWidth <= 390"))
            set_viewport(driver, 1280, 800)

        _set_pledged(sheet, "155")
        _wait(driver, tally, "fixed sheet: the error goes and the page shows 155/161",
              lambda d: _overlay(d) is None and "155/161" in _pledged_label(d),
              lambda d: f"overlay: {_overlay(d) is not None}, label: {_pledged_label(d)!r}")

        foreign = driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)"
            ".filter(n => !n.startsWith(location.origin + '/'))")
        tally.record("f", "the preview makes no third-party request", not foreign, ", ".join(foreign))
    leaked = [os.path.join(d, n) for d, _, names in os.walk(os.path.join(site, "public")) for n in names
              if n.endswith(".html") and b"__wardkit" in open(os.path.join(d, n), "rb").read()]
    tally.record("f", "the preview script is never written into public/", not leaked, ", ".join(leaked[:3]))
