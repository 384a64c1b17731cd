"""(a) axe-core on one page of every kind, at a phone and a desktop viewport.

axe runs every rule it enables by default (WCAG A/AA and best practices) and, on top, every rule
tagged with one of EXTRA_TAGS even when axe ships it disabled, so WCAG 2.2 AA rules such as
target-size are never silently skipped.
"""
import json

from axe_selenium_python import Axe
from selenium.webdriver.support.ui import WebDriverWait

from browser import set_viewport
from report import Tally, heading

EXTRA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
VIEWPORTS = [(390, 844), (1280, 800)]

# Lists axe's rules carrying any of the tags, so they can be switched on explicitly.
_TAGGED_RULES_JS = "return axe.getRules(arguments[0]).map(function (r) { return r.ruleId; });"


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


def run(driver, origin: str, base_path: str, pages, tally: Tally) -> None:
    heading("(a) axe-core accessibility")
    axe = Axe(driver)
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
            axe.inject()
            if version is None:
                version = driver.execute_script("return axe.version")
                print(f"  axe-core {version}; extra tags: {', '.join(EXTRA_TAGS)}")
            tagged = driver.execute_script(_TAGGED_RULES_JS, EXTRA_TAGS)
            options = {"rules": {rule: {"enabled": True} for rule in tagged},
                       "resultTypes": ["violations"]}
            result = axe.run(options=json.dumps(options))
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
