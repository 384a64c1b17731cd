"""The assertions for one printable PDF. Each returns (name, ok, detail) triples plus the
figures measured, so the runner can both count and show what was seen.

Why these checks: a form that spills to a second page or prints on Letter paper is
unusable at the ward office; a QR code that does not scan to the right absolute URL sends
residents nowhere; a pledge bundle with the wrong count wastes a print run of hundreds of
pages; and a pledge must never arrive with a household's name already on it.
"""
import os
import re
import time
from dataclasses import dataclass, field

import pdf_tools

TOLERANCE_PT = 1.0
MAX_SINGLE_PAGES_SCANNED = 4  # a spilled form still gets its extra pages scanned, within reason
MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập – Tự do – Hạnh phúc"
NAME_LABEL = "Họ và tên chủ hộ"
COPY_LABEL = "Bản số"


@dataclass
class Figures:
    pages: int = 0
    sizes: set = field(default_factory=set)
    qr_pages_ok: int = 0
    qr_pages_checked: int = 0
    seconds: float = 0.0


def check(out_in_an, item, render_dir, ward_name, screenshot=None):
    started = time.monotonic()
    fig = Figures()
    results = []
    name = f"{item.kind} {item.pdf}"
    pdf = os.path.join(out_in_an, item.pdf)
    if not os.path.isfile(pdf):
        html_there = os.path.isfile(os.path.join(out_in_an, item.html))
        results.append((f"{name}: PDF exists", False,
                        f"missing; its HTML {item.html} {'exists' if html_there else 'is missing too'}"))
        return results, fig
    results.append((f"{name}: PDF exists", True, ""))
    try:
        results += _measure(pdf, item, fig, name, render_dir, ward_name, screenshot)
    except pdf_tools.ToolError as e:
        results.append((f"{name}: tools could read it", False, str(e)))
    fig.seconds = time.monotonic() - started
    return results, fig


def _measure(pdf, item, fig, name, render_dir, ward_name, screenshot):
    results = []
    pages, sizes = pdf_tools.pdf_info(pdf)
    fig.pages = pages
    fig.sizes = {(round(w, 2), round(h, 2)) for w, h in sizes}
    ew, eh = item.paper.size
    bad = [(i + 1, w, h) for i, (w, h) in enumerate(sizes)
           if abs(w - ew) > TOLERANCE_PT or abs(h - eh) > TOLERANCE_PT]
    results.append((f"{name}: page size {item.paper.name} {ew:g}×{eh:g} pt", pages > 0 and not bad,
                    "no pages" if pages == 0 else
                    f"page {bad[0][0]} is {bad[0][1]}×{bad[0][2]} pt ({len(bad)} pages off)" if bad else
                    f"{sizes[0][0]}×{sizes[0][1]} pt"))
    results.append((f"{name}: {item.pages} page(s)", pages == item.pages, f"{pages} pages"))
    if pages == 0:
        return results

    if item.sheets:
        results += _merged(pdf, pages, item, fig, name, render_dir, ward_name)
        if screenshot:
            pdf_tools.render_png(pdf, 1, screenshot)
        return results
    # Bundles: the brief is first and last page (rendering 260 pages would dominate the run).
    if item.copies:
        scan = sorted({1, pages})
    else:
        scan = list(range(1, min(pages, MAX_SINGLE_PAGES_SCANNED) + 1))
    for page in scan:
        results.append(_qr(pdf, page, item, fig, name, render_dir))

    if item.kind in ("pledge", "bundle"):
        results += _pledge_text(pdf, 1, item, name, ward_name)
    if item.copies:
        results += _copy_labels(pdf, pages, item, name)
    if screenshot:
        pdf_tools.render_png(pdf, 1, screenshot)
    return results


def _qr(pdf, page, item, fig, name, render_dir):
    prefix = os.path.join(render_dir, re.sub(r"[^A-Za-z0-9]+", "_", item.pdf) + f"_p{page}")
    image = pdf_tools.render_gray(pdf, page, prefix)
    try:
        codes = pdf_tools.scan_codes(image)
    finally:
        pdf_tools.remove(image)  # an A3 page at 150 dpi is 4 MB of grey; 150 of them add up
    fig.qr_pages_checked += 1
    ok = len(codes) == 1 and codes[0][0] == "QR-Code" and codes[0][1] == item.qr_url
    if ok:
        fig.qr_pages_ok += 1
    detail = "no code found" if not codes else "; ".join(f"{t}:{d!r}" for t, d in codes)
    return (f"{name}: page {page} has exactly one QR → {item.qr_url}", ok, detail if not ok else "")


def _merged(pdf, pages, item, fig, name, render_dir, ward_name):
    """A merged file: every page is one group's own sheet — exactly one QR code, to a group of
    the ward, whose name is printed on that page — and every group has exactly one page. Every
    page is scanned: a merged file that repeats one group's sheet 24 times would pass a check
    of the first page alone."""
    wanted = dict(item.sheets)
    seen, bad_qr, bad_name, first = [], [], [], None
    for page in range(1, pages + 1):
        prefix = os.path.join(render_dir, re.sub(r"[^A-Za-z0-9]+", "_", item.pdf) + f"_p{page}")
        image = pdf_tools.render_gray(pdf, page, prefix)
        try:
            codes = pdf_tools.scan_codes(image)
        finally:
            pdf_tools.remove(image)
        fig.qr_pages_checked += 1
        url = codes[0][1] if len(codes) == 1 and codes[0][0] == "QR-Code" else None
        if url not in wanted:
            bad_qr.append(f"p{page}: {codes or 'no code'}")
            continue
        fig.qr_pages_ok += 1
        seen.append(url)
        first = first or (wanted[url] if page == 1 else None)
        text, _ = pdf_tools.page_text(pdf, page)
        if wanted[url] not in text:
            bad_name.append(f"p{page}: QR → {url} but «{wanted[url]}» not on the page")
    results = [
        (f"{name}: every page has one QR to a group of the ward", not bad_qr, "; ".join(bad_qr[:3])),
        (f"{name}: every page names the group its QR opens", not bad_name, "; ".join(bad_name[:3])),
        (f"{name}: each of the {len(wanted)} groups on exactly one page", sorted(seen) == sorted(wanted) and not bad_qr,
         f"{len(set(seen))} groups seen, {len(seen) - len(set(seen))} repeated" if sorted(seen) != sorted(wanted) else ""),
    ]
    if item.kind == "merged-pledge":
        # Page 1 is the pledge of whichever group its QR names; the form's text is the same.
        results += _pledge_text(pdf, 1, item, name, ward_name, group=first)
    return results


def _pledge_text(pdf, page, item, name, ward_name, group=None):
    text, _ = pdf_tools.page_text(pdf, page)
    results = []
    for label, needle in (("group name", group or item.group or "(page 1 has no group QR)"), ("ward name", ward_name), ("motto", MOTTO_1),
                          ("motto line 2", MOTTO_2), ("household-name label", NAME_LABEL)):
        results.append((f"{name}: p{page} text has {label} «{needle}»", needle in text,
                        "" if needle in text else f"not in: {text[:160]!r}…"))
    # Nothing personal pre-filled: on the printed line of the household-name label, only the
    # label, its "(đại diện hộ)" note, the colon and the dotted line may appear.
    layout = pdf_tools.page_text_layout(pdf, page)
    line = next((l for l in layout.splitlines() if NAME_LABEL in l), None)
    if line is not None:
        rest = re.sub(r"\([^)]*\)", "", line.split(NAME_LABEL, 1)[1])
        filled = re.findall(r"[^\W_]+", rest)
        results.append((f"{name}: p{page} household-name line is blank", not filled,
                        f"found {' '.join(filled)!r} on the line" if filled else ""))
    return results


def _copy_labels(pdf, pages, item, name):
    n = item.copies
    results = []
    for page, want in ((1, f"{COPY_LABEL} 1/{n}"), (pages, f"{COPY_LABEL} {n}/{n}")):
        text, _ = pdf_tools.page_text(pdf, page)
        labels = re.findall(rf"{COPY_LABEL} \d+/\d+", text)
        # Exactly one label per page: two would mean two copies share a sheet.
        ok = labels == [want]
        results.append((f"{name}: page {page} numbered «{want}»", ok,
                        "" if ok else f"labels on page: {labels or 'none'}"))
    return results
