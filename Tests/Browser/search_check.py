"""(c) The search page's script really finds pages, folding diacritics both ways.

"ma tuy" (typed without diacritics) must find a page titled with "ma túy"; "dong tam" must find
"Đồng Tâm" (đ folds to d). The first query comes from the URL, the second is typed into the form,
so both ways a visitor can search are exercised. Result links are fetched to prove they work.
"""
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from crawl import fetch
from report import Tally, heading

CASES = [("ma tuy", "ma túy"), ("dong tam", "Đồng Tâm")]


def _results(driver) -> list[tuple[str, str]]:
    links = driver.find_elements(By.CSS_SELECTOR, "#results a")
    return [(a.text, a.get_attribute("href")) for a in links]


def _wait_results(driver, previous: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    def ready(d):
        r = d.find_element(By.ID, "results")
        if not r.find_elements(By.CSS_SELECTOR, "*"):
            return False
        now = _results(d)
        return now if previous is None or now != previous else False
    try:
        return WebDriverWait(driver, 10).until(ready) or []
    except Exception:
        return _results(driver)


def run(driver, origin: str, base_path: str, tally: Tally) -> None:
    heading("(c) search page script")
    page = origin + base_path + "tim-kiem/"
    results: list[tuple[str, str]] | None = None
    for i, (query, expected) in enumerate(CASES):
        if i == 0:
            driver.get(page + "?q=" + urllib.parse.quote(query))
            results = _wait_results(driver)
        else:
            box = driver.find_element(By.ID, "q")
            box.clear()
            box.send_keys(query)
            driver.find_element(By.CSS_SELECTOR, "form.search button[type=submit]").click()
            results = _wait_results(driver, previous=results)
        titles = [t for t, _ in results]
        hit = [t for t in titles if expected.casefold() in t.casefold()]
        print(f"  «{query}»: {len(titles)} results; matching «{expected}»: {hit[:3]}")
        tally.record("c", f"search «{query}» finds «{expected}»", bool(hit),
                     f"{len(hit)} of {len(titles)} results" if hit else f"results: {titles[:5]}")
        bad = [(t, h) for t, h in results if fetch(urllib.parse.urldefrag(h).url)[0] != 200]
        for t, h in bad:
            print(f"    broken result link: {t} → {h}")
        tally.record("c", f"search «{query}» result links answer 200", bool(results) and not bad,
                     f"{len(bad)} broken of {len(results)}")
