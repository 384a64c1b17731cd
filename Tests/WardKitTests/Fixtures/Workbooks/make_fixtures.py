#!/usr/bin/env python3
"""Makes the workbook fixtures the Swift tests read (run through make_fixtures.sh).

  libreoffice/   every sample CSV converted by `soffice --headless --convert-to xlsx`
  openpyxl/      one workbook du-lieu.xlsx with every table as a sheet, written by openpyxl
                 with typed cells, the 1904 date system, rich text and merged cells
  cp1258/        every sample CSV encoded with Python's cp1258 codec, CRLF, as Excel saves
  damaged/       workbooks that must be refused, and manifest.json saying where each goes
                 in a site and which words the refusal must contain
  formulas.xlsx  formulas written by openpyxl and calculated by LibreOffice (cached values)

Python 3.11; needs openpyxl, msoffcrypto-tool and LibreOffice.
"""
import argparse
import csv
import datetime
import io
import json
import os
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
import zlib

from msoffcrypto.format.ooxml import OOXMLFile
import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

TABLES = ["units", "criteria", "hotlines", "targets", "statistics"]
# en-US so «24/7» stays text; UTF-8; "detect special numbers" on, so ISO dates become serials.
CSV_FILTER = "CSV:44,34,76,1,,1033,false,true,false,false,false,-1"


def soffice(args, cwd):
    profile = "file://" + os.path.join(cwd, "lo-profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless"] + args,
                   cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def sample_files(content):
    files = [t + ".csv" for t in TABLES]
    files += sorted("progress/" + n for n in os.listdir(os.path.join(content, "progress")) if n.endswith(".csv"))
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


# ---------------------------------------------------------------- damaged corpus

def rezip(source, replace=None, method=zipfile.ZIP_DEFLATED, drop=()):
    """A copy of workbook `source` with some parts replaced, all written with `method`."""
    replace = replace or {}
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(buffer, "w", method) as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info.filename)), compress_type=method)
        for name, data in replace.items():
            if name not in zin.namelist():
                zout.writestr(name, data, compress_type=method)
    return buffer.getvalue()


def local_data_offset(blob, name):
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        info = z.getinfo(name)
    start = info.header_offset
    name_len = int.from_bytes(blob[start + 26:start + 28], "little")
    extra_len = int.from_bytes(blob[start + 28:start + 30], "little")
    return info, start + 30 + name_len + extra_len


def patch_sizes(blob, name, uncompressed):
    """Rewrites `name`'s uncompressed size in its local header and central record."""
    data = bytearray(blob)
    info, _ = local_data_offset(blob, name)
    data[info.header_offset + 22:info.header_offset + 26] = uncompressed.to_bytes(4, "little")
    at = bytes(data).find(b"PK\x01\x02")
    while at >= 0:
        n = int.from_bytes(data[at + 28:at + 30], "little")
        if bytes(data[at + 46:at + 46 + n]).decode() == name:
            data[at + 24:at + 28] = uncompressed.to_bytes(4, "little")
        at = bytes(data).find(b"PK\x01\x02", at + 4)
    return bytes(data)


def set_flag(blob, name, flag):
    data = bytearray(blob)
    info, _ = local_data_offset(blob, name)
    data[info.header_offset + 6] |= flag
    at = bytes(data).find(b"PK\x01\x02")
    while at >= 0:
        n = int.from_bytes(data[at + 28:at + 30], "little")
        if bytes(data[at + 46:at + 46 + n]).decode() == name:
            data[at + 8] |= flag
        at = bytes(data).find(b"PK\x01\x02", at + 4)
    return bytes(data)


def workbook_bytes(builder):
    buffer = io.BytesIO()
    builder().save(buffer)
    return buffer.getvalue()


def damaged(content, out, work):
    folder = os.path.join(out, "damaged")
    os.makedirs(folder, exist_ok=True)
    units = os.path.join(out, "libreoffice", "units.xlsx")
    progress = os.path.join(out, "libreoffice", "progress", "2026-11.xlsx")
    units_bytes = open(units, "rb").read()
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(units) as z:
        sheet_xml = z.read(sheet)
        strings_xml = z.read("xl/sharedStrings.xml")
    manifest = []

    def emit(name, blob, place, expect, remove=None):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(blob)
        rel = os.path.splitext(place)[0] + ".csv"
        manifest.append({"fixture": name, "place": place, "remove": remove if remove is not None else [rel], "expect": expect})

    U = "content/units.xlsx: lỗi: "
    S = "content/units.xlsx, trang «units»: lỗi: "
    emit("truncated.xlsx", units_bytes[:len(units_bytes) // 2], "units.xlsx", [U + "tệp bị cắt cụt"])

    stored = rezip(units, method=zipfile.ZIP_STORED)
    info, at = local_data_offset(stored, sheet)
    blob = bytearray(stored)
    digit = bytes(blob).find(b"<v>1", at) + 3
    blob[digit] = ord("7")
    emit("bad-crc.xlsx", bytes(blob), "units.xlsx", [U + "dữ liệu bị hỏng: mã kiểm tra CRC không khớp (phần «xl/worksheets/sheet1.xml»)"])

    info, at = local_data_offset(units_bytes, sheet)
    for shift in range(40, info.compress_size - 8):
        blob = bytearray(units_bytes)
        for k in range(4):
            blob[at + shift + k] ^= 0xFF
        try:
            zlib.decompress(bytes(blob[at:at + info.compress_size]), -15)
        except zlib.error as e:
            if "invalid" in str(e):
                break
    emit("corrupt-deflate.xlsx", bytes(blob), "units.xlsx", [U + "dữ liệu nén bị hỏng (phần «xl/worksheets/sheet1.xml»)"])

    huge = sheet_xml.replace(b"<sheetData>", b"<sheetData>" + b" " * (40 << 20), 1)
    emit("zip-bomb.xlsx", rezip(units, {sheet: huge}), "units.xlsx", [U + "tệp nén với tỉ lệ bất thường (phần «xl/worksheets/sheet1.xml»)", "bom nén"])
    lying = patch_sizes(rezip(units, {sheet: huge}), sheet, 4096)
    emit("zip-bomb-lying-size.xlsx", lying, "units.xlsx", [U + "kích thước sau giải nén khác với kích thước ghi trong tệp"])

    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10)
    ) + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>'
    emit("billion-laughs.xlsx", rezip(units, {"xl/sharedStrings.xml": laughs}), "units.xlsx",
         [U + "phần «xl/sharedStrings.xml» có khai báo DOCTYPE/ENTITY", "mở rộng thực thể XML"])
    xxe = sheet_xml.replace(b"?>", b'?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', 1)
    emit("external-entity.xlsx", rezip(units, {sheet: xxe}), "units.xlsx", [S + "phần «xl/worksheets/sheet1.xml» có khai báo DOCTYPE/ENTITY"])
    utf7 = b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE w +AFs-+ADw-!ENTITY x SYSTEM +ACI-file:///etc/passwd+ACI-+AD4-+AF0-+AD4-' + sheet_xml.split(b"?>", 1)[1]
    emit("utf7-doctype.xlsx", rezip(units, {sheet: utf7}), "units.xlsx", [S + "phần «xl/worksheets/sheet1.xml» của bảng tính không phải XML UTF-8"])
    utf16 = sheet_xml.replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode("utf-8").encode("utf-16")
    emit("utf16-part.xlsx", rezip(units, {sheet: utf16}), "units.xlsx", [S + "phần «xl/worksheets/sheet1.xml» của bảng tính không phải XML UTF-8"])
    emit("malformed-xml.xlsx", rezip(units, {sheet: sheet_xml[:len(sheet_xml) * 2 // 3]}), "units.xlsx",
         ["content/units.xlsx, trang «units»: lỗi: phần «xl/worksheets/sheet1.xml» của bảng tính bị hỏng (XML sai ở dòng"])
    emit("missing-sheet-part.xlsx", rezip(units, drop=(sheet,)), "units.xlsx", ["content/units.xlsx, trang «units»: lỗi: bảng tính bị hỏng: thiếu phần «xl/worksheets/sheet1.xml»"])

    emit("not-a-zip.xlsx", open(os.path.join(content, "units.csv"), "rb").read(), "units.xlsx", [U + "tệp không phải bảng tính Excel (.xlsx): nội dung không phải tệp nén ZIP"])
    xls_dir = os.path.join(work, "xls")
    soffice(["--infilter=" + CSV_FILTER, "--convert-to", "xls", "--outdir", xls_dir, os.path.join(content, "units.csv")], work)
    emit("xls-renamed.xlsx", open(os.path.join(xls_dir, "units.xls"), "rb").read(), "units.xlsx", [U + "tệp là bảng tính Excel 97–2003 (.xls) mang tên .xlsx"])
    soffice(["--infilter=" + CSV_FILTER, "--convert-to", "ods", "--outdir", xls_dir, os.path.join(content, "units.csv")], work)
    emit("ods-renamed.xlsx", open(os.path.join(xls_dir, "units.ods"), "rb").read(), "units.xlsx", [U + "tệp là bảng tính OpenDocument (.ods)"])
    encrypted = io.BytesIO()
    office = OOXMLFile(io.BytesIO(units_bytes))
    office.encrypt("mat-khau", encrypted)
    emit("encrypted.xlsx", encrypted.getvalue(), "units.xlsx", [U + "bảng tính được đặt mật khẩu nên không đọc được"])
    emit("zip-encrypted-entry.xlsx", set_flag(units_bytes, sheet, 0x01), "units.xlsx", [U + "bảng tính được đặt mật khẩu (phần «xl/worksheets/sheet1.xml»)"])
    emit("bzip2-entry.xlsx", rezip(units, method=zipfile.ZIP_BZIP2), "units.xlsx", [U + "tệp nén bằng phương pháp 12 không được hỗ trợ"])
    dup = io.BytesIO()
    with zipfile.ZipFile(units) as zin, zipfile.ZipFile(dup, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            zout.writestr(sheet, sheet_xml)
    emit("duplicate-part.xlsx", dup.getvalue(), "units.xlsx", [U + "tệp nén có hai phần cùng tên (phần «xl/worksheets/sheet1.xml»)"])

    def two_sheets():
        wb = openpyxl.load_workbook(units)
        wb.active.title = "Sheet1"
        wb.create_sheet("Sheet2")
        return wb
    emit("no-sheet-named-units.xlsx", workbook_bytes(two_sheets), "units.xlsx",
         [U + "bảng tính có 2 trang («Sheet1», «Sheet2») nhưng không trang nào tên «units»"])

    def shared_with_typo():
        wb = openpyxl.load_workbook(units)
        wb.active.title = "units"
        wb.create_sheet("chỉ tiêu").append(["year", "group"])
        return wb
    emit("shared-unknown-sheet.xlsx", workbook_bytes(shared_with_typo), "du-lieu.xlsx",
         ["content/du-lieu.xlsx, trang «chỉ tiêu»: lỗi: tên trang «chỉ tiêu» không ứng với bảng nào"], remove=["units.csv"])
    emit("shared-and-csv.xlsx", workbook_bytes(shared_with_typo), "du-lieu.xlsx",
         ["content/du-lieu.xlsx (trang «units»)", "bảng này có 2 nguồn: content/units.csv và content/du-lieu.xlsx (trang «units»)"], remove=[])
    emit("both-csv-and-xlsx.xlsx", units_bytes, "units.xlsx", ["content/units.csv:1:1: lỗi: bảng này có 2 nguồn: content/units.csv và content/units.xlsx"], remove=[])

    def edited_progress(edit):
        def build():
            wb = openpyxl.load_workbook(progress)
            edit(wb.active)
            return wb
        return workbook_bytes(build)
    P = "content/progress/2026-11.xlsx, trang «2026-11», "
    emit("bad-status.xlsx", edited_progress(lambda ws: ws.__setitem__("D7", "đạtt")), "progress/2026-11.xlsx",
         [P + "ô D7: lỗi: trạng thái «đạtt» không hợp lệ"])
    emit("formula-uncalculated.xlsx", edited_progress(lambda ws: ws.__setitem__("H3", "=100+1")), "progress/2026-11.xlsx",
         [P + "ô H3: lỗi: ô có công thức nhưng chưa có giá trị đã tính"])
    raw = os.path.join(work, "formula-error")
    os.makedirs(raw, exist_ok=True)
    with open(os.path.join(raw, "2026-11.xlsx"), "wb") as f:
        f.write(edited_progress(lambda ws: ws.__setitem__("H3", "=1/0")))
    soffice(["--convert-to", "xlsx", "--outdir", os.path.join(raw, "out"), os.path.join(raw, "2026-11.xlsx")], work)
    emit("formula-error.xlsx", open(os.path.join(raw, "out", "2026-11.xlsx"), "rb").read(), "progress/2026-11.xlsx",
         [P + "ô H3: lỗi: ô có lỗi công thức #DIV/0!"])
    emit("merged-header.xlsx", edited_progress(lambda ws: ws.merge_cells("B1:C1")), "progress/2026-11.xlsx",
         [P + "ô B1: lỗi: ô tiêu đề B1:C1 được gộp nên các cột B–C không có tên riêng"])

    def edited_units(edit):
        def build():
            wb = openpyxl.load_workbook(units)
            edit(wb.active)
            return wb
        return workbook_bytes(build)
    V = "content/units.xlsx, trang «units», "
    emit("personal-column.xlsx", edited_units(lambda ws: ws.__setitem__("G1", "Họ tên")), "units.xlsx",
         [V + "ô G1: lỗi riêng tư: cột «Họ tên» không được khai báo — có vẻ là dữ liệu cá nhân"])
    emit("phone-in-cell.xlsx", edited_units(lambda ws: ws.__setitem__("F4", "Nhà văn hóa, gọi 0912 345 678")), "units.xlsx",
         [V + "ô F4: lỗi riêng tư: số điện thoại di động"])
    def titled(ws):
        ws.insert_rows(1)
        ws["A1"] = "Danh sách do bà Nguyễn Thị Lan lập"
        ws.merge_cells("A1:F1")
    emit("personal-title-row.xlsx", edited_units(titled), "units.xlsx",
         [V + "ô A1: lỗi riêng tư: "])
    emit("data-without-header.xlsx", edited_units(lambda ws: ws.__setitem__("H5", "ghi chú")), "units.xlsx",
         [V + "ô H1: lỗi: cột H có dữ liệu (từ ô H5) nhưng ô tiêu đề H1 trống"])

    with open(os.path.join(folder, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--content", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    for sub in ("libreoffice", "openpyxl", "cp1258", "damaged"):
        shutil.rmtree(os.path.join(args.out, sub), ignore_errors=True)
    with tempfile.TemporaryDirectory() as work:
        libreoffice(args.content, args.out, work)
        cp1258_copies(args.content, args.out)
        openpyxl_workbook(args.content, args.out)
        formulas(args.out, work)
        damaged(args.content, args.out, work)


if __name__ == "__main__":
    main()
