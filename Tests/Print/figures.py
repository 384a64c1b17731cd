"""What the print suite prints about what it measured: per-kind figures and the table of
pages per form and font set."""
import sys
from collections import OrderedDict

KIND_ORDER = ["pledge", "bundle", "board-a4", "board-a3", "checklist", "poster-a3", "poster-a4",
              "merged-pledge", "merged-board-a4", "merged-board-a3", "merged-checklist"]


def section(title):
    print(f"\n== {title}")
    sys.stdout.flush()


def print_figures(items, figures):
    section("Figures")
    by_kind = OrderedDict((k, [it for it in items if it.kind == k]) for k in KIND_ORDER)
    print(f"  {'kind':<16} {'paper':<13} {'PDFs':>9} {'sizes seen (pt)':<22} {'pages':<14} {'QR pages ok':>12} {'s/PDF':>6}")
    for kind, its in by_kind.items():
        if not its:
            continue
        figs = [figures[it] for it in its]
        present = [f for f in figs if f.pages]
        sizes = sorted({s for f in present for s in f.sizes})
        pages = sorted({f.pages for f in present})
        page_txt = (f"{pages[0]}" if len(pages) == 1 else f"{pages[0]}–{pages[-1]}") if pages else "-"
        if kind == "bundle" and present:
            page_txt += f" (Σ{sum(f.pages for f in present)})"
        size_txt = ", ".join(f"{w:g}×{h:g}" for w, h in sizes) or "-"
        qr = f"{sum(f.qr_pages_ok for f in figs)}/{sum(f.qr_pages_checked for f in figs)}"
        secs = sum(f.seconds for f in present) / len(present) if present else 0
        print(f"  {kind:<16} {its[0].paper.name:<13} {len(present):>4}/{len(its):<4} {size_txt:<22} {page_txt:<14} {qr:>12} {secs:>6.2f}")
    bundles = [(it, figures[it]) for it in items if it.kind == "bundle"]
    if bundles:
        print("  bundles (pages/households): " + ", ".join(
            f"{it.pdf.split('/')[1]} {f.pages}/{it.copies}" for it, f in bundles))


def print_font_table(items, pages_by_set):
    """Forms × font sets: the pages each kind's PDFs came out with (every one must be exactly
    the expected count: 1, or one per household for bundles)."""
    section("Pages per form and font set")
    sets = list(pages_by_set)
    print(f"  {'form':<16} {'paper':<13} {'PDFs':>5}  " + "  ".join(f"{fs.label:<22}" for fs in sets))
    for kind in KIND_ORDER:
        its = [it for it in items if it.kind == kind]
        if not its:
            continue
        cells = []
        for fs in sets:
            got = pages_by_set[fs]
            mine = [it for it in its if it in got]
            if not mine:
                cells.append("not printed" if kind == "bundle" else "—")
                continue
            off = [it for it in mine if got[it] != it.pages]
            if kind == "bundle":
                text = f"{sum(got[it] for it in mine)} pages = households" if not off else f"{len(off)} bundles off"
            elif kind.startswith("merged"):
                text = f"{sum(got[it] for it in mine)} pages = groups" if not off else f"{sum(got[it] for it in mine)} pages, not {mine[0].pages}"
            else:
                counts = sorted({got[it] for it in mine})
                text = f"{counts[0]} page each" if counts == [1] else f"{len(off)} not 1 page ({counts})"
            cells.append(text + ("" if not off else " ✗"))
        print(f"  {kind:<16} {its[0].paper.name:<13} {len(its):>5}  " + "  ".join(f"{c:<22}" for c in cells))
