"""The damaged-workbook corpus (see make_fixtures.py): workbooks that must be refused, each with
where it goes in a site and the words its refusal must contain, in damaged/manifest.json."""
import io
import json
import os
import warnings
import zipfile
import zlib

import openpyxl
from msoffcrypto.format.ooxml import OOXMLFile

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


def damaged(content, out, work, soffice, csv_filter):
    folder = os.path.join(out, "damaged")
    os.makedirs(folder, exist_ok=True)
    units = os.path.join(out, "libreoffice", "units.xlsx")
    progress = os.path.join(out, "libreoffice", "progress", "2026-11.xlsx")
    units_bytes = open(units, "rb").read()
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(units) as z:
        sheet_xml = z.read(sheet)
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
    soffice(["--infilter=" + csv_filter, "--convert-to", "xls", "--outdir", xls_dir, os.path.join(content, "units.csv")], work)
    emit("xls-renamed.xlsx", open(os.path.join(xls_dir, "units.xls"), "rb").read(), "units.xlsx", [U + "tệp là bảng tính Excel 97–2003 (.xls) mang tên .xlsx"])
    soffice(["--infilter=" + csv_filter, "--convert-to", "ods", "--outdir", xls_dir, os.path.join(content, "units.csv")], work)
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
