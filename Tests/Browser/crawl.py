"""(c) Crawls the site as served under its sub-folder and checks every internal link and asset.

Absolute links that start with the public base URL (canonical, feed, sitemap) are mapped onto the
local server, so they are checked too: they would break on the real host just the same.
Redirects are not followed and count as broken — internal links should name the final URL.
"""
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser

from report import Tally, heading

# Elements whose URL attributes make the browser load something (the third-party check).
LOADING_TAGS = {"link", "script", "img", "iframe", "source", "video", "audio", "embed", "object",
                "track", "input"}
URL_ATTRS = {"href", "src", "srcset", "poster", "data"}
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')""")
XML_URL = re.compile(r"""<loc>\s*([^<\s]+)\s*</loc>|<link\b[^>]*\bhref="([^"]+)\"""")
SKIPPED_SCHEMES = ("mailto:", "tel:", "sms:", "javascript:", "data:", "blob:", "about:")


@dataclass
class Ref:
    source: str     # page (or stylesheet) that holds the reference
    tag: str
    attr: str
    raw: str        # as written
    url: str        # absolute, fragment kept


@dataclass
class PageInfo:
    ids: set[str] = field(default_factory=set)
    canonical: list[str] = field(default_factory=list)
    og_url: list[str] = field(default_factory=list)


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str, str]] = []   # (tag, attr, value)
        self.css_chunks: list[str] = []
        self.info = PageInfo()
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        for key in ("id",) + (("name",) if tag == "a" else ()):
            if a.get(key):
                self.info.ids.add(a[key])
        if tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.info.canonical.append(a.get("href", ""))
        if tag == "meta":
            prop = a.get("property", "") or a.get("name", "")
            if prop == "og:url":
                self.info.og_url.append(a.get("content", ""))
            if prop in ("og:image", "twitter:image"):
                # Not an href/src, but a share preview with a missing image is just as broken.
                self.refs.append((tag, prop, a.get("content", "")))
        for attr in URL_ATTRS:
            if attr in a and a[attr].strip():
                if attr == "srcset":
                    for part in a[attr].split(","):
                        if part.strip():
                            self.refs.append((tag, attr, part.strip().split()[0]))
                else:
                    self.refs.append((tag, attr, a[attr].strip()))
        if "style" in a:
            self.css_chunks.append(a["style"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.css_chunks.append(data)


def css_urls(text: str) -> list[str]:
    return [next(g for g in m.groups() if g is not None) for m in CSS_URL.finditer(text)]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # makes urllib raise HTTPError(3xx) instead of following


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url: str) -> tuple[int, str, bytes, str]:
    """(status, content type, body, location) — never raises for HTTP statuses."""
    safe = urllib.parse.quote(url, safe=":/?#[]@!$&'()*+,;=%")
    try:
        with _OPENER.open(safe, timeout=15) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read(), ""
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", "") if e.headers else "", e.read() or b"", \
            (e.headers.get("Location", "") if e.headers else "")
    except OSError as e:
        return 0, "", b"", str(e)


class Crawler:
    def __init__(self, origin: str, base_path: str, base_url: str):
        self.origin, self.base_path, self.base_url = origin, base_path, base_url
        self.root = origin + base_path
        self.public_host = urllib.parse.urlsplit(base_url).netloc
        self.status: dict[str, tuple[int, str]] = {}     # url (no fragment) → (status, location)
        self.pages: dict[str, PageInfo] = {}
        self.refs: list[Ref] = []
        self.third_party: list[Ref] = []
        self.external_links: set[str] = set()

    def to_local(self, url: str) -> str:
        return self.root + url[len(self.base_url):] if url.startswith(self.base_url) else url

    def is_internal(self, url: str) -> bool:
        return url.startswith(self.origin + "/")

    def _note(self, source: str, tag: str, attr: str, raw: str, queue: deque) -> None:
        if raw.lower().startswith(SKIPPED_SCHEMES):
            return
        absolute = urllib.parse.urljoin(source, raw)
        parts = urllib.parse.urlsplit(absolute)
        if parts.scheme not in ("http", "https"):
            return
        host_ok = parts.netloc in (urllib.parse.urlsplit(self.origin).netloc, self.public_host)
        if tag in LOADING_TAGS or tag == "css":
            if not host_ok:
                # Any load from another host (fonts, CDNs, analytics) leaks visitors' data.
                self.third_party.append(Ref(source, tag, attr, raw, absolute))
        local = self.to_local(absolute)
        if not self.is_internal(local):
            self.external_links.add(absolute)
            return
        self.refs.append(Ref(source, tag, attr, raw, local))
        target = urllib.parse.urldefrag(local).url
        if target not in self.status:
            self.status[target] = (-1, "")  # queued
            queue.append(target)

    def crawl(self, seeds: list[str]) -> None:
        queue = deque()
        # Seeds stay in refs so that a start URL that fails is reported like any broken link.
        for s in seeds:
            self._note(self.root, "start", "url", s, queue)
        while queue:
            url = queue.popleft()
            status, ctype, body, location = fetch(url)
            self.status[url] = (status, location)
            if status != 200:
                continue
            text = body.decode("utf-8", errors="replace")
            path = urllib.parse.urlsplit(url).path
            if "text/html" in ctype or path.endswith((".html", "/")):
                parser = _PageParser()
                parser.feed(text)
                self.pages[url] = parser.info
                for tag, attr, raw in parser.refs:
                    self._note(url, tag, attr, raw, queue)
                for chunk in parser.css_chunks:
                    for raw in css_urls(chunk):
                        self._note(url, "css", "url", raw, queue)
            elif "css" in ctype or path.endswith(".css"):
                for raw in css_urls(text):
                    self._note(url, "css", "url", raw, queue)
            elif path.endswith(".xml") or path.endswith("robots.txt"):
                # Sitemap, feed and robots.txt list public URLs that must exist too.
                found = [g for m in XML_URL.finditer(text) for g in m.groups() if g]
                found += re.findall(r"(?im)^sitemap:\s*(\S+)", text)
                for raw in found:
                    self._note(url, "xml", "url", raw, queue)

    def broken(self) -> list[tuple[Ref, str]]:
        """References whose target does not answer 200, or whose #fragment names no element."""
        bad = []
        for ref in self.refs:
            target, fragment = urllib.parse.urldefrag(ref.url)
            status, location = self.status.get(target, (0, ""))
            if status != 200:
                why = f"status {status}" + (f" → {location}" if location else "")
                bad.append((ref, why))
            elif fragment and target in self.pages and \
                    urllib.parse.unquote(fragment) not in self.pages[target].ids:
                bad.append((ref, f"no element with id «{fragment}»"))
        return bad

    def expected_public_url(self, page_url: str) -> str:
        path = urllib.parse.urlsplit(page_url).path[len(self.base_path):]
        return self.base_url + path.removesuffix("index.html")


def _check_meta_urls(crawler: Crawler) -> dict[str, list[tuple[str, str]]]:
    """Problems grouped by kind, so 100 printables missing the same tag read as one finding."""
    problems: dict[str, list[tuple[str, str]]] = {}  # kind → [(page url, text)]
    for url, info in sorted(crawler.pages.items()):
        want = crawler.expected_public_url(url)
        for label, values in (("canonical", info.canonical), ("og:url", info.og_url)):
            if len(values) != 1:
                kind, text = f"{len(values)} {label} values (want exactly one)", url
            elif not values[0].startswith(crawler.base_url):
                kind, text = f"{label} does not start with {crawler.base_url}", f"{url}: {values[0]!r}"
            elif values[0] != want:
                kind, text = f"{label} is not the page's own public URL", f"{url}: {values[0]!r} ≠ {want!r}"
            else:
                continue
            problems.setdefault(kind, []).append((url, text))
    return problems


def print_grouped(problems: dict[str, list[tuple[str, str]]], shown: int = 5) -> None:
    for kind, items in problems.items():
        print(f"    {kind}: {len(items)} pages")
        for _, text in items[:shown]:
            print(f"      {text}")
        if len(items) > shown:
            print(f"      … and {len(items) - shown} more")


def _check_not_found(crawler: Crawler, tally: Tally) -> None:
    """A missing URL must answer 404 (not 200), and 404.html's links must work from any depth,
    since hosts serve that one file for every missing path."""
    deep = crawler.root + "khong-co/trang-nay/"
    status, _, _, _ = fetch(deep)
    tally.record("c", "missing URL answers 404", status == 404, f"{deep} → {status}")
    status, _, body, _ = fetch(crawler.root + "404.html")
    if status != 200:
        tally.record("c", "404.html links work from a deep URL", False, f"404.html → {status}")
        return
    parser = _PageParser()
    parser.feed(body.decode("utf-8", errors="replace"))
    bad = []
    for tag, attr, raw in parser.refs:
        if raw.lower().startswith(SKIPPED_SCHEMES) or raw.startswith("#"):
            continue
        local = crawler.to_local(urllib.parse.urljoin(deep, raw))
        if crawler.is_internal(local):
            s = fetch(urllib.parse.urldefrag(local).url)[0]
            if s != 200:
                bad.append(f"<{tag} {attr}={raw!r}> → {local} ({s})")
    for b in bad:
        print(f"    {b}")
    tally.record("c", "404.html links work from a deep URL", not bad,
                 f"{len(bad)} broken" if bad else f"{len(parser.refs)} references resolve")


def _unreached_html(crawler: Crawler, out_dir: str) -> list[str]:
    """Output pages no link leads to (404.html is expected here): informational only."""
    reached = {urllib.parse.urlsplit(u).path[len(crawler.base_path):] for u in crawler.pages}
    missing = []
    for dirpath, _, names in os.walk(out_dir):
        for n in names:
            if n.endswith(".html"):
                rel = os.path.relpath(os.path.join(dirpath, n), out_dir).replace(os.sep, "/")
                if rel not in reached and rel.removesuffix("index.html") not in reached:
                    missing.append(rel)
    return sorted(missing)


def run(origin: str, base_path: str, base_url: str, out_dir: str, tally: Tally) -> None:
    heading("(c) crawl under the sub-folder")
    crawler = Crawler(origin, base_path, base_url)
    crawler.crawl(["", "robots.txt"])
    fetched = sum(1 for s, _ in crawler.status.values() if s == 200)
    print(f"  start: {crawler.root}; {len(crawler.pages)} pages, {len(crawler.status)} URLs fetched "
          f"({fetched} answered 200), {len(crawler.refs)} internal links and assets checked, "
          f"{len(crawler.external_links)} distinct external links (not fetched)")
    unreached = _unreached_html(crawler, out_dir)
    print(f"  output pages no link leads to: {', '.join(unreached) if unreached else 'none'}")
    broken = crawler.broken()
    for ref, why in broken:
        print(f"    broken: {ref.source} <{ref.tag} {ref.attr}={ref.raw!r}> → {ref.url}: {why}")
    tally.record("c", "no broken internal links or assets", not broken,
                 f"{len(broken)} broken of {len(crawler.refs)} checked on {len(crawler.pages)} pages")
    meta = _check_meta_urls(crawler)
    print_grouped(meta)
    bad_pages = len({url for items in meta.values() for url, _ in items})
    tally.record("c", "canonical and og:url start with the base URL", not meta,
                 f"{bad_pages} of {len(crawler.pages)} pages have problems" if meta
                 else f"{len(crawler.pages)} pages")
    for ref in crawler.third_party:
        print(f"    third-party load: {ref.source} <{ref.tag} {ref.attr}={ref.raw!r}>")
    tally.record("c", "no third-party loads (link/script/img/iframe/CSS)", not crawler.third_party,
                 f"{len(crawler.third_party)} found" if crawler.third_party else "none")
    _check_not_found(crawler, tally)
