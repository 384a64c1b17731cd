"""What the print kit *should* contain, read from the site's own sources.

The expectations come from content/units.csv and content/themes/, not from the build output,
so a printable that WardKit silently forgets to write (or writes for the wrong group) is
caught: the suite never trusts the output to describe itself.
"""
import csv
import os
import unicodedata
from dataclasses import dataclass

# Paper sizes in PostScript points (1/72 in), portrait first; pdfinfo reports two decimals,
# and Chromium rounds mm to its own units, so comparisons allow ±1 pt.
A4 = (595.0, 842.0)
A3 = (842.0, 1191.0)
PORTRAIT, LANDSCAPE = "portrait", "landscape"


@dataclass(frozen=True)
class Paper:
    name: str
    size: tuple  # (width, height) in points as printed on the page

    @staticmethod
    def of(base, orientation):
        w, h = base
        label = ("A4" if base == A4 else "A3") + " " + orientation
        return Paper(label, (w, h) if orientation == PORTRAIT else (h, w))


A4_PORTRAIT = Paper.of(A4, PORTRAIT)
A4_LANDSCAPE = Paper.of(A4, LANDSCAPE)
A3_PORTRAIT = Paper.of(A3, PORTRAIT)
A3_LANDSCAPE = Paper.of(A3, LANDSCAPE)


@dataclass(frozen=True)
class Printable:
    kind: str          # short name used in the figures and screenshot file names
    pdf: str           # path relative to OUT/in-an/
    html: str          # the HTML it is printed from, relative to OUT/in-an/
    paper: Paper
    pages: int         # exact page count expected
    qr_url: str        # what the QR code on every checked page must decode to
    group: str = ""    # group name (empty for posters)
    copies: int = 0    # bundle only: N households, pages numbered "Bản số i/N"


def slug(text):
    """Mirrors WardLocale's Vietnamese.slug: fold diacritics (đ → d), keep ASCII letters and
    digits, one dash between runs. Re-implemented here so the suite predicts the URLs
    instead of reading them back from the build."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    out, dash = [], False
    for ch in folded.lower():
        if unicodedata.combining(ch):
            continue
        if ("a" <= ch <= "z") or ("0" <= ch <= "9"):
            if dash and out:
                out.append("-")
            dash = False
            out.append(ch)
        else:
            dash = True
    return "".join(out)


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    slug: str
    households: int


def read_groups(site):
    """Groups are the leaf units that carry a household count: those are the ones a pledge
    bundle is printed for (N copies = households)."""
    with open(os.path.join(site, "content", "units.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    parents = {r["parent"].strip() for r in rows if r.get("parent", "").strip()}
    groups = []
    for r in rows:
        hh = (r.get("households") or "").strip().replace(".", "")
        if r["id"].strip() in parents or not hh:
            continue
        groups.append(Group(r["id"].strip(), r["name"].strip(), slug(r["name"].strip()), int(hh)))
    return groups


def read_ward_name(site):
    """The root unit's name ("Sông Mây"): it must head every pledge."""
    with open(os.path.join(site, "content", "units.csv"), encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            if not (r.get("parent") or "").strip():
                return r["name"].strip()
    raise ValueError("units.csv has no root unit (a row without parent)")


def read_theme_slugs(site):
    folder = os.path.join(site, "content", "themes")
    return sorted(slug(os.path.splitext(n)[0]) for n in os.listdir(folder) if n.endswith(".md"))


def plan(site, base_url):
    """Every PDF `wardkit print --pdf --bundle` must write, with what each must measure."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    groups = read_groups(site)
    items = []
    for g in groups:
        url = f"{base}tien-do/{g.slug}/"
        d = g.slug + "/"
        items += [
            Printable("pledge", f"cam-ket/{d}ban-in.pdf", f"cam-ket/{d}index.html", A4_PORTRAIT, 1, url, g.name),
            Printable("board-a4", f"bang-niem-yet/{d}ban-in.pdf", f"bang-niem-yet/{d}index.html", A4_LANDSCAPE, 1, url, g.name),
            Printable("board-a3", f"bang-niem-yet/{d}a3.pdf", f"bang-niem-yet/{d}a3.html", A3_LANDSCAPE, 1, url, g.name),
            Printable("checklist", f"kiem-tra/{d}ban-in.pdf", f"kiem-tra/{d}index.html", A4_PORTRAIT, 1, url, g.name),
            Printable("bundle", f"cam-ket/{d}bo-ban-in.pdf", f"cam-ket/{d}bo-ban-in.html", A4_PORTRAIT,
                      g.households, url, g.name, copies=g.households),
        ]
    for t in read_theme_slugs(site):
        d = f"ap-phich/{t}/"
        items += [
            Printable("poster-a3", d + "ban-in.pdf", d + "index.html", A3_PORTRAIT, 1, base),
            Printable("poster-a4", d + "a4.pdf", d + "a4.html", A4_PORTRAIT, 1, base),
        ]
    return groups, items
