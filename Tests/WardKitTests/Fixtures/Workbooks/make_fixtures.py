#!/usr/bin/env python3
"""Makes the workbook fixtures the Swift tests read (run through make_fixtures.sh).

  source/        the sample CSVs (content/) the fixtures below were made from
  libreoffice/   every sample CSV converted by `soffice --headless --convert-to xlsx`
  openpyxl/      one workbook du-lieu.xlsx with every table as a sheet, written by openpyxl
                 with typed cells, the 1904 date system, rich text and merged cells
  cp1258/        every sample CSV encoded with Python's cp1258 codec, CRLF, as Excel saves
  damaged/       workbooks that must be refused, and manifest.json saying where each goes
                 in a site and which words the refusal must contain
  formulas.xlsx  formulas written by openpyxl and calculated by LibreOffice (cached values)

The damaged corpus is made by damaged_corpus.py. Python 3.11; needs openpyxl, msoffcrypto-tool
and LibreOffice.
"""
import argparse
import csv
import datetime
import os
import shutil
import subprocess
import tempfile
import unicodedata

from damaged_corpus import damaged
import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

TABLES = ["units", "criteria", "hotlines", "targets", "indicators"]
# Folders of one table a month; the shared workbook names their sheets «<prefix>2026-11».
MONTHLY = ["progress", "statistics"]
# en-US so «24/7» stays text; UTF-8; "detect special numbers" on, so ISO dates become serials.
CSV_FILTER = "CSV:44,34,76,1,,1033,false,true,false,false,false,-1"


def soffice(args, cwd):
    profile = "file://" + os.path.join(cwd, "lo-profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless"] + args,
                   cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def sample_files(content):
    files = [t + ".csv" for t in TABLES]
    for folder in MONTHLY:
        files += sorted(folder + "/" + n for n in os.listdir(os.path.join(content, folder)) if n.endswith(".csv"))
    return files


def libreoffice(content, out, work):
    for rel in sample_files(content):
        target = os.path.join(out, "libreoffice", os.path.dirname(rel))
        os.makedirs(target, exist_ok=True)
        soffice(["--infilter=" + CSV_FILTER, "--convert-to", "xlsx", "--outdir", target, os.path.join(content, rel)], work)


def to_cp1258(text):
    """Windows writes a toned vowel as base letter (itself maybe precomposed: ơ, ư, â …) plus
    one combining tone byte; Python's charmap codec only knows the code page's characters."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tone = [c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323"]
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tone))
        out += base.encode("cp1258") + "".join(tone).encode("cp1258")
    return bytes(out)


def cp1258_copies(content, out):
    for rel in sample_files(content):
        with open(os.path.join(content, rel), encoding="utf-8") as f:
            text = f.read().replace("\r\n", "\n").replace("\n", "\r\n")
        encoded = to_cp1258(text)
        assert unicodedata.normalize("NFC", encoded.decode("cp1258")) == text, rel
        path = os.path.join(out, "cp1258", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(encoded)


def read_csv(content, rel):
    with open(os.path.join(content, rel), encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def typed(value, column):
    """The value as a person would type it into Excel: numbers as numbers, dates as dates."""
    if value == "":
        return None
    if column in ("households", "pledged", "models", "year", "target", "actual") and value.isdigit():
        return int(value)
    if column == "number" and value.isdigit():
        return int(value)
    if column == "decision_date":
        return datetime.datetime.strptime(value, "%Y-%m-%d")
    return value


def openpyxl_workbook(content, out):
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    wb.remove(wb.active)
    bold = InlineFont(b=True)
    vietnamese_headers = {"id": "Mã", "name": "Tên", "kind": "Loại", "parent": "Cấp trên",
                          "households": "Số hộ", "mailbox": "Vị trí hòm thư"}
    for table in TABLES:
        rows = read_csv(content, table + ".csv")
        ws = wb.create_sheet(table)
        header, data = rows[0], rows[1:]
        top, left = 1, 1
        if table == "units":  # a merged title row, Vietnamese headers, rich text
            ws.cell(1, 1, "DANH SÁCH ĐƠN VỊ — PHƯỜNG SÔNG MÂY")
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
            top = 2
            header = [vietnamese_headers[h] for h in header]
        if table == "criteria":  # the table starts at B3, with an empty row under the header
            top, left = 3, 2
        for c, name in enumerate(header):
            ws.cell(top, left + c, name)
        row = top + (2 if table == "criteria" else 1)
        for record in data:
            for c, value in enumerate(record):
                v = typed(value, rows[0][c])
                if table == "units" and rows[0][c] == "name" and " " in value:
                    first, rest = value.split(" ", 1)
                    v = CellRichText([TextBlock(bold, first), " " + rest])
                if v is not None:
                    ws.cell(row, left + c, v)
            row += 1
    months = sorted(n[:-4] for n in os.listdir(os.path.join(content, "progress")) if n.endswith(".csv"))
    for i, month in enumerate(months):
        rows = read_csv(content, "progress/%s.csv" % month)
        ws = wb.create_sheet(month if i % 2 else "progress-" + month)
        header, data = rows[0], rows[1:]
        criteria = [h for h in header if h.startswith("TC")]
        two_rows = i == len(months) - 1
        if two_rows:  # «group» merged down A1:A2, «Tiêu chí» merged across over TC1…TC6
            first_tc = header.index(criteria[0]) + 1
            for c, name in enumerate(header, start=1):
                if name in criteria:
                    ws.cell(2, c, name)
                elif c == 1:
                    ws.cell(1, c, name)
                    ws.merge_cells(start_row=1, start_column=1, end_row=2, end_column=1)
                else:
                    ws.cell(1, c, name)
            ws.cell(1, first_tc, "Tiêu chí")
            ws.merge_cells(start_row=1, start_column=first_tc, end_row=1, end_column=first_tc + len(criteria) - 1)
            start = 3
        else:
            for c, name in enumerate(header, start=1):
                ws.cell(1, c, name)
            start = 2
        for r, record in enumerate(data):
            for c, value in enumerate(record, start=1):
                column = header[c - 1]
                v = typed(value, column)
                if column == "decision_date" and v is not None:
                    ws.cell(start + r, c, v).number_format = "DD/MM/YYYY"
                    continue
                if i == 0 and column in ("board", "mailbox"):
                    v = value == "có"
                if v is not None:
                    ws.cell(start + r, c, v)
        if two_rows:  # equal neighbours in TC1 merged down, as staff do
            col = header.index(criteria[0]) + 1
            r = 0
            while r < len(data):
                end = r
                while end + 1 < len(data) and data[end + 1][col - 1] == data[r][col - 1]:
                    end += 1
                if end > r:
                    ws.merge_cells(start_row=start + r, start_column=col, end_row=start + end, end_column=col)
                r = end + 1
    for month in sorted(n[:-4] for n in os.listdir(os.path.join(content, "statistics")) if n.endswith(".csv")):
        ws = wb.create_sheet("statistics-" + month)
        rows = read_csv(content, "statistics/%s.csv" % month)
        header = rows[0]
        for r, record in enumerate(rows, start=1):
            for c, value in enumerate(record, start=1):
                v = value if r == 1 else typed(value, {"ke_hoach": "target", "ket_qua": "actual"}.get(header[c - 1], header[c - 1]))
                if v is not None:
                    ws.cell(r, c, v)
    os.makedirs(os.path.join(out, "openpyxl"), exist_ok=True)
    wb.save(os.path.join(out, "openpyxl", "du-lieu.xlsx"))


def formulas(out, work):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "công thức"
    ws.append(["households", "pledged", "text", "flag", "date", "ratio"])
    ws.append([100, "=A2+20", '="Tổ "&"Phụ Ổ 1"', "=A2>50", "=DATE(2026,6,1)", "=B2/A2"])
    ws["E2"].number_format = "YYYY-MM-DD"
    ws.append([7, "=SUM(A2:A3)", "=UPPER(\"tdp\")", "=A3>50", "=E2+30", "=1/0"])
    ws["E3"].number_format = "DD/MM/YYYY"
    raw = os.path.join(work, "formulas-raw")
    os.makedirs(raw, exist_ok=True)
    wb.save(os.path.join(raw, "formulas.xlsx"))
    soffice(["--convert-to", "xlsx", "--outdir", out, os.path.join(raw, "formulas.xlsx")], work)


def sources(content, out):
    """The CSVs the fixtures were made from: the tests compare against these, so a later edit
    of the sample content does not turn the proofs into stale comparisons."""
    for rel in sample_files(content):
        path = os.path.join(out, "source", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        shutil.copyfile(os.path.join(content, rel), path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--content", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    for sub in ("source", "libreoffice", "openpyxl", "cp1258", "damaged"):
        shutil.rmtree(os.path.join(args.out, sub), ignore_errors=True)
    with tempfile.TemporaryDirectory() as work:
        sources(args.content, args.out)
        libreoffice(args.content, args.out, work)
        cp1258_copies(args.content, args.out)
        openpyxl_workbook(args.content, args.out)
        formulas(args.out, work)
        damaged(args.content, args.out, work, soffice, CSV_FILTER)


if __name__ == "__main__":
    main()
