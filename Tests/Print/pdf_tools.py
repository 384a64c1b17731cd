"""Thin wrappers around the poppler and zbar command-line tools.

Measuring with independent tools (not with anything WardKit or Chromium reports) is the
point: pdfinfo reads the page boxes a printer will see, and zbarimg scans the rendered
page the way a phone would scan the paper.
"""
import base64
import os
import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET

TOOL_TIMEOUT = 180  # seconds; a 260-page bundle's pdfinfo is fast, a hung tool is a failure


class ToolError(Exception):
    pass


def run(args, timeout=TOOL_TIMEOUT):
    try:
        p = subprocess.run(args, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise ToolError(f"{args[0]} timed out after {timeout}s")
    if p.returncode != 0:
        raise ToolError(f"{' '.join(args[:1])} exited {p.returncode}: {p.stderr.decode('utf-8', 'replace').strip()[:300]}")
    return p.stdout


def pdf_info(pdf):
    """(pages, [(width, height)] per page) in points. `-f 1 -l N` makes pdfinfo list every
    page's size, so a bundle with one odd page is caught, not just page 1."""
    first = run(["pdfinfo", pdf]).decode("utf-8", "replace")
    m = re.search(r"^Pages:\s+(\d+)", first, re.M)
    if not m:
        raise ToolError("pdfinfo printed no page count")
    pages = int(m.group(1))
    if pages == 0:
        return 0, []
    text = run(["pdfinfo", "-f", "1", "-l", str(pages), pdf]).decode("utf-8", "replace")
    sizes = [(float(w), float(h)) for w, h in
             re.findall(r"^Page\s+\d+\s+size:\s+([\d.]+)\s+x\s+([\d.]+)\s+pts", text, re.M)]
    if len(sizes) != pages:
        raise ToolError(f"pdfinfo listed {len(sizes)} page sizes for {pages} pages")
    return pages, sizes


def pdf_fonts(pdf):
    """The PostScript names of the fonts a PDF uses, subset tags ("AAAAAA+") removed."""
    lines = run(["pdffonts", pdf]).decode("utf-8", "replace").splitlines()[2:]
    return sorted({line.split()[0].split("+", 1)[-1] for line in lines if line.strip()})


def render_gray(pdf, page, prefix, dpi=150):
    """One page to an 8-bit grey PGM: grey is all zbar needs and is much faster to write than
    PNG. `-singlefile` keeps the file name independent of the PDF's page count."""
    run(["pdftoppm", "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page), "-singlefile", pdf, prefix])
    return prefix + ".pgm"


def render_png(pdf, page, prefix, dpi=100):
    run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile", pdf, prefix])
    return prefix + ".png"


def scan_codes(image):
    """Every symbol zbar finds, as (type, data). XML output keeps symbols apart even when
    data contains newlines (plain --raw concatenates them), so "exactly one" is countable.
    zbarimg exits 4 when it finds nothing; that is a result here, not an error."""
    try:
        p = subprocess.run(["zbarimg", "-q", "--xml", "--nodbus", image], capture_output=True, timeout=TOOL_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise ToolError("zbarimg timed out")
    if p.returncode not in (0, 4):
        raise ToolError(f"zbarimg exited {p.returncode}: {p.stderr.decode('utf-8', 'replace').strip()[:300]}")
    if p.returncode == 4 or not p.stdout.strip():
        return []
    root = ET.fromstring(p.stdout)
    out = []
    for sym in root.iter("{http://zbar.sourceforge.net/2008/barcode}symbol"):
        data = sym.find("{http://zbar.sourceforge.net/2008/barcode}data")
        value = (data.text or "") if data is not None else ""
        if data is not None and data.get("format") == "base64":
            value = base64.b64decode(value).decode("utf-8", "replace")
        out.append((sym.get("type"), value))
    return out


def page_text(pdf, page):
    """Text of one page, NFC-normalised with whitespace collapsed, so a name wrapped across
    two lines or extracted in decomposed form still matches."""
    raw = run(["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), pdf, "-"]).decode("utf-8", "replace")
    return normalise(raw), raw


def page_text_layout(pdf, page):
    """Layout mode keeps each printed line on one text line: needed to see what is written on
    the same line as a form label."""
    return unicodedata.normalize("NFC", run(["pdftotext", "-enc", "UTF-8", "-layout", "-f", str(page), "-l", str(page), pdf, "-"]).decode("utf-8", "replace"))


def normalise(text):
    return " ".join(unicodedata.normalize("NFC", text).split())


def remove(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass
