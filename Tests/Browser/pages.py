"""One representative page per kind of page the site generates (issue 6 lists the kinds).

Representatives are picked from the built output rather than hard-coded slugs, so the suite keeps
working when the sample content changes; the first slug in sorted order keeps runs deterministic.
"""
import os
import re
from dataclasses import dataclass

PREFERRED_GROUP = "phu-o-1"  # the group named in issue 6; used when the sample still has it


@dataclass(frozen=True)
class PageKind:
    key: str    # short name used in reports and screenshot file names
    path: str   # URL path relative to the site root ("" = home); None-like "" never means missing
    file: str   # the output file that must exist for this kind


def _subdirs(out_dir: str, rel: str, exclude: str | None = None) -> list[str]:
    base = os.path.join(out_dir, rel)
    if not os.path.isdir(base):
        return []
    names = sorted(n for n in os.listdir(base)
                   if os.path.isfile(os.path.join(base, n, "index.html")))
    return [n for n in names if not (exclude and re.fullmatch(exclude, n))]


def _pick(options: list[str], preferred: str | None = None) -> str | None:
    if preferred in options:
        return preferred
    return options[0] if options else None


def representative_pages(out_dir: str) -> tuple[list[PageKind], list[str]]:
    """Returns the page kinds found and the names of kinds that the output lacks."""
    group = _pick(_subdirs(out_dir, "tien-do"), PREFERRED_GROUP)
    theme = _pick(_subdirs(out_dir, "chu-de"))
    post = _pick(_subdirs(out_dir, "tin-tuc", exclude=r"trang-\d+"))
    poster = _pick(_subdirs(out_dir, "in-an/ap-phich"))
    wanted: list[tuple[str, str | None, str]] = [
        ("home", "", "index.html"),
        ("dashboard", "tien-do/", "tien-do/index.html"),
        ("matrix", "tien-do/tieu-chi.html", "tien-do/tieu-chi.html"),
        ("group", group and f"tien-do/{group}/", f"tien-do/{group}/index.html"),
        ("hotlines", "duong-day-nong/", "duong-day-nong/index.html"),
        ("themes", "chu-de/", "chu-de/index.html"),
        ("theme", theme and f"chu-de/{theme}/", f"chu-de/{theme}/index.html"),
        ("news-list", "tin-tuc/", "tin-tuc/index.html"),
        ("news-page-2", "tin-tuc/trang-2/", "tin-tuc/trang-2/index.html"),
        ("news-post", post and f"tin-tuc/{post}/", f"tin-tuc/{post}/index.html"),
        ("about", "gioi-thieu/", "gioi-thieu/index.html"),
        ("search", "tim-kiem/", "tim-kiem/index.html"),
        # The search page again with results shown, so axe also sees the script-built markup.
        ("search-results", "tim-kiem/?q=ma%20tuy", "tim-kiem/index.html"),
        ("not-found", "404.html", "404.html"),
        ("print-index", "in-an/", "in-an/index.html"),
        ("pledge", group and f"in-an/cam-ket/{group}/", f"in-an/cam-ket/{group}/index.html"),
        ("board", group and f"in-an/bang-niem-yet/{group}/", f"in-an/bang-niem-yet/{group}/index.html"),
        ("board-a3", group and f"in-an/bang-niem-yet/{group}/a3.html", f"in-an/bang-niem-yet/{group}/a3.html"),
        ("checklist", group and f"in-an/kiem-tra/{group}/", f"in-an/kiem-tra/{group}/index.html"),
        ("poster", poster and f"in-an/ap-phich/{poster}/", f"in-an/ap-phich/{poster}/index.html"),
        ("poster-a4", poster and f"in-an/ap-phich/{poster}/a4.html", f"in-an/ap-phich/{poster}/a4.html"),
    ]
    found, missing = [], []
    for key, path, file in wanted:
        if path is None or not os.path.isfile(os.path.join(out_dir, file)):
            missing.append(f"{key} ({file})")
        else:
            found.append(PageKind(key, path, file))
    return found, missing


# Pages shown in screenshots (issue 6 (e)): the ones ward staff and residents see most.
SCREENSHOT_KEYS = ["home", "dashboard", "group", "hotlines", "news-list", "print-index", "pledge"]
