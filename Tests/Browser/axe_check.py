"""(a) axe-core on one page of every kind, at a phone and a desktop viewport.

axe runs every rule it enables by default (WCAG A/AA and best practices) and, on top, every rule
tagged with one of EXTRA_TAGS even when axe ships it disabled, so WCAG 2.2 AA rules such as
target-size are never silently skipped.

axe-core's own script (axe.min.js; scripts/python-env.sh takes it from the axe-selenium-python
wheel) is injected into each page through Selenium and run there: no wrapper library, so the
suite runs on the distribution's Python.
"""
import json

from selenium.webdriver.support.ui import WebDriverWait

from browser import set_viewport
from report import Tally, heading

EXTRA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
VIEWPORTS = [(390, 844), (1280, 800)]

# Lists axe's rules carrying any of the tags, so they can be switched on explicitly.
_TAGGED_RULES_JS = "return axe.getRules(arguments[0]).map(function (r) { return r.ruleId; });"

# Runs axe on the whole document; Selenium passes the callback as the last argument.
_RUN_JS = """
var done = arguments[arguments.length - 1];
axe.run(document, arguments[0]).then(function (r) { done(r); }, function (e) { done({error: String(e)}); });
"""


def _inject(driver, source: str) -> None:
    driver.execute_script(source)
    if not driver.execute_script("return typeof axe === 'object' && typeof axe.run === 'function'"):
        raise RuntimeError("axe.min.js was injected but defines no axe.run")


def _wait_ready(driver) -> None:
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")
    # The search page fills its results after a fetch; give script-built markup a moment to appear.
    if "?q=" in driver.current_url:
        WebDriverWait(driver, 15).until(
            lambda d: d.execute_script("var r=document.getElementById('results');return !!(r && r.children.length)"))


def _format_violation(page: str, viewport: str, v: dict) -> str:
    lines = [f"    [{page} @ {viewport}] {v['id']} (impact: {v.get('impact')}) — {v['help']}",
             f"      help: {v.get('helpUrl', '')}"]
    for node in v.get("nodes", []):
        target = " ".join(json.dumps(t, ensure_ascii=False) if not isinstance(t, str) else t
                          for t in node.get("target", []))
        lines.append(f"      target: {target}")
        summary = (node.get("failureSummary") or "").replace("\n", " ").strip()
        if summary:
            lines.append(f"        {summary}")
        html = (node.get("html") or "").replace("\n", " ")
        if html:
            lines.append(f"        html: {html[:200]}")
    return "\n".join(lines)


def run(driver, origin: str, base_path: str, pages, tally: Tally, axe_js: str) -> None:
    heading("(a) axe-core accessibility")
    with open(axe_js, encoding="utf-8") as f:
        source = f.read()
    version = None
    rules_reported = False
    total = 0
    by_rule: dict[str, list[str]] = {}  # rule → "page @ viewport" where it failed, for the summary
    for width, height in VIEWPORTS:
        viewport = f"{width}x{height}"
        set_viewport(driver, width, height)
        for page in pages:
            driver.get(origin + base_path + page.path)
            try:
                _wait_ready(driver)
            except Exception as e:  # a page that never settles is itself a failure worth reporting
                tally.record("a", f"axe {page.key} @ {viewport}", False, f"page did not load: {e}")
                continue
            _inject(driver, source)
            if version is None:
                version = driver.execute_script("return axe.version")
                print(f"  axe-core {version}; extra tags: {', '.join(EXTRA_TAGS)}")
            tagged = driver.execute_script(_TAGGED_RULES_JS, EXTRA_TAGS)
            options = {"rules": {rule: {"enabled": True} for rule in tagged},
                       "resultTypes": ["violations"]}
            result = driver.execute_async_script(_RUN_JS, options)
            if not isinstance(result, dict) or "error" in result:
                tally.record("a", f"axe {page.key} @ {viewport}", False, f"axe.run failed: {result!r:.300}")
                continue
            violations = result.get("violations", [])
            if not rules_reported:
                ran = sum(len(result.get(k, [])) for k in ("violations", "passes", "incomplete", "inapplicable"))
                print(f"  {ran} rules run per page ({len(tagged)} of them carry the extra tags)")
                rules_reported = True
            total += len(violations)
            nodes = sum(len(v.get("nodes", [])) for v in violations)
            tally.record("a", f"axe {page.key} ({page.path or '/'}) @ {viewport}", not violations,
                         f"{len(violations)} violations, {nodes} elements" if violations else "0 violations")
            for v in violations:
                print(_format_violation(page.key, viewport, v))
                by_rule.setdefault(v["id"], []).append(f"{page.key}@{width}")
    print(f"  axe: {len(pages)} pages × {len(VIEWPORTS)} viewports, {total} violations in total")
    for rule, where in sorted(by_rule.items()):
        print(f"    {rule}: {len(where)} page/viewport pairs ({', '.join(where)})")
