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
    # merged files only: (QR URL, group name) of every group, one page each, in any order
    sheets: tuple = ()


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
    file_name: str     # how its print files name it: «to-dan-pho-phu-o-1»


# The column names the loaders accept (Sources/WardKit/Load/UnitsLoader.swift): `wardkit init`
# writes the Vietnamese ones, the sample site the English ones.
UNIT_COLUMNS = {
    "id": ["id", "ma", "ma_don_vi", "ma_so"],
    "name": ["name", "ten", "ten_don_vi"],
    "kind": ["kind", "loai", "cap", "loai_don_vi"],
    "parent": ["parent", "cap_tren", "don_vi_cap_tren", "thuoc"],
    "households": ["households", "so_ho", "ho", "tong_so_ho"],
}


def read_units(site):
    """units.csv as dicts keyed by the English column names, whichever language its header is in."""
    with open(os.path.join(site, "content", "units.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    names = {}
    for i, h in enumerate(rows[0]):
        key = slug(h).replace("-", "_")
        for column, aliases in UNIT_COLUMNS.items():
            if key in aliases:
                names[i] = column
    return [{names[i]: v.strip() for i, v in enumerate(r) if i in names} for r in rows[1:] if any(c.strip() for c in r)]


def names_its_kind(name, kind):
    """Mirrors AdministrativeUnit.namesItsKind: «Tổ dân phố 1» already says it is a group."""
    prefixes = [kind.lower()] + (["tổ", "tdp"] if kind.lower() == "tổ dân phố" else []) + (["khu"] if kind.lower() == "khu phố" else [])
    lower = unicodedata.normalize("NFC", name.lower())
    return any(lower == p or lower.startswith(p + " ") for p in prefixes)


def own_file_name(unit):
    return slug(unit["name"]) if names_its_kind(unit["name"], unit["kind"]) else slug(unit["kind"]) + "-" + slug(unit["name"])


def file_name(unit, by_id, root_id):
    """A unit in print file names (PrintFiles.unitName): its kind and name, and its parent's
    when the parent is not the site's root — a district's wards each have a «Tổ dân phố 1»."""
    parent = unit.get("parent", "")
    own = own_file_name(unit)
    return own if not parent or parent == root_id or parent not in by_id else own + "-" + own_file_name(by_id[parent])


def read_groups(site):
    """Groups are the leaf units that carry a household count: those are the ones a pledge
    bundle is printed for (N copies = households)."""
    rows = read_units(site)
    by_id = {r["id"]: r for r in rows}
    root_id = next(r["id"] for r in rows if not r.get("parent"))
    parents = {r["parent"] for r in rows if r.get("parent")}
    groups = []
    for r in rows:
        hh = (r.get("households") or "").replace(".", "")
        if r["id"] in parents or not hh:
            continue
        groups.append(Group(r["id"], r["name"], slug(r["name"]), int(hh), file_name(r, by_id, root_id)))
    return groups


def read_root(site):
    """The site's own unit, as its print files name it: «phuong-song-may»."""
    root = next(r for r in read_units(site) if not r.get("parent"))
    return own_file_name(root)


def read_ward_name(site):
    """The root unit's name ("Sông Mây"): it must head every pledge."""
    for r in read_units(site):
        if not r.get("parent"):
            return r["name"]
    raise ValueError("units.csv has no root unit (a row without parent)")


def read_theme_slugs(site):
    folder = os.path.join(site, "content", "themes")
    return sorted(slug(os.path.splitext(n)[0]) for n in os.listdir(folder) if n.endswith(".md"))


def plan(site, base_url):
    """Every PDF `wardkit print --pdf --bundle` must write, with what each must measure. The
    names say the form and the group (issue 14: downloads must not overwrite each other), and
    a ward site's month of printing is one merged file per form under tat-ca/ (sample: the
    groups all sit directly under the ward)."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    groups = read_groups(site)
    root = read_root(site)
    items = []
    for g in groups:
        url = f"{base}tien-do/{g.slug}/"
        d, n = g.slug + "/", g.file_name
        items += [
            Printable("pledge", f"cam-ket/{d}cam-ket-{n}.pdf", f"cam-ket/{d}index.html", A4_PORTRAIT, 1, url, g.name),
            Printable("board-a4", f"bang-niem-yet/{d}bang-niem-yet-{n}-a4.pdf", f"bang-niem-yet/{d}index.html", A4_LANDSCAPE, 1, url, g.name),
            Printable("board-a3", f"bang-niem-yet/{d}bang-niem-yet-{n}-a3.pdf", f"bang-niem-yet/{d}a3.html", A3_LANDSCAPE, 1, url, g.name),
            Printable("checklist", f"kiem-tra/{d}phieu-kiem-tra-{n}.pdf", f"kiem-tra/{d}index.html", A4_PORTRAIT, 1, url, g.name),
            Printable("bundle", f"cam-ket/{d}bo-cam-ket-{n}.pdf", f"cam-ket/{d}bo-ban-in.html", A4_PORTRAIT,
                      g.households, url, g.name, copies=g.households),
        ]
    for t in read_theme_slugs(site):
        d = f"ap-phich/{t}/"
        items += [
            Printable("poster-a3", d + f"ap-phich-{t}-a3.pdf", d + "index.html", A3_PORTRAIT, 1, base),
            Printable("poster-a4", d + f"ap-phich-{t}-a4.pdf", d + "a4.html", A4_PORTRAIT, 1, base),
        ]
    sheets = tuple((f"{base}tien-do/{g.slug}/", g.name) for g in groups)
    for kind, stem, suffix, html, paper in (("merged-pledge", "cam-ket", "", "cam-ket", A4_PORTRAIT),
                                            ("merged-board-a4", "bang-niem-yet", "-a4", "bang-niem-yet-a4", A4_LANDSCAPE),
                                            ("merged-board-a3", "bang-niem-yet", "-a3", "bang-niem-yet-a3", A3_LANDSCAPE),
                                            ("merged-checklist", "phieu-kiem-tra", "", "phieu-kiem-tra", A4_PORTRAIT)):
        items.append(Printable(kind, f"tat-ca/{stem}-{root}{suffix}.pdf", f"tat-ca/{html}.html", paper, len(groups), "",
                               groups[0].name if groups else "", sheets=sheets))
    return groups, items
