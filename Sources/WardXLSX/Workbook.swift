import WardZip

/// An .xlsx workbook as Excel and LibreOffice write it (ECMA-376 transitional, SpreadsheetML).
/// Opening reads the package structure, the sheet list, the shared strings and the styles;
/// each sheet's cells are read only when asked for.
public struct Workbook: Sendable {
    public struct Sheet: Sendable, Equatable {
        public let name: String
        /// `state="hidden"` or `"veryHidden"`: sheets a template keeps for lookup lists.
        public let isHidden: Bool
        fileprivate let path: String?
        fileprivate let isWorksheet: Bool
    }

    /// In tab order.
    public let sheets: [Sheet]
    public let uses1904Dates: Bool
    private let archive: ZipArchive
    private let sharedStrings: [String]
    private let styles: CellStyles

    public init(_ bytes: [UInt8], limits: ZipLimits = ZipLimits()) throws(XLSXError) {
        try FileKind.refuseCompoundFile(bytes)
        do {
            archive = try ZipArchive(bytes, limits: limits)
        } catch {
            throw XLSXError(error.kind == .encrypted ? .encrypted : .archive, vi: error.vi, en: error.en)
        }
        let root = try Self.relationships(archive, of: "")
        let workbookPath = root?.first(ofKind: "officeDocument")?.path ?? "xl/workbook.xml"
        guard let workbookBytes = try Self.read(archive, workbookPath), !workbookPath.lowercased().hasSuffix(".bin") else {
            throw FileKind.notWorkbook(archive.entries.map(\.name))
        }
        let index = try WorkbookIndex.parse(workbookBytes, part: workbookPath)
        let relations = try Self.relationships(archive, of: workbookPath) ?? Relationships()
        sheets = index.sheets.map { s in
            let target = relations.byID[s.relationshipID]
            return Sheet(name: s.name, isHidden: s.isHidden, path: target?.path,
                         isWorksheet: target.map { $0.type.hasSuffix("/worksheet") } ?? false)
        }
        uses1904Dates = index.uses1904Dates
        if let part = relations.first(ofKind: "sharedStrings")?.path, let data = try Self.read(archive, part) {
            sharedStrings = try SharedStrings.parse(data, part: part)
        } else {
            sharedStrings = []
        }
        if let part = relations.first(ofKind: "styles")?.path, let data = try Self.read(archive, part) {
            styles = try CellStyles.parse(data, part: part)
        } else {
            styles = CellStyles()
        }
    }

    /// Excel treats sheet names case-insensitively («Units» and «units» cannot both exist).
    public func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name == name } ?? sheets.first { $0.name.lowercased() == name.lowercased() }
    }

    public func worksheet(_ sheet: Sheet) throws(XLSXError) -> Worksheet {
        guard sheet.isWorksheet, let path = sheet.path else {
            throw XLSXError(.sheetNotFound, sheet: sheet.name,
                vi: "trang «\(sheet.name)» không phải trang tính có ô dữ liệu (có thể là trang biểu đồ).",
                en: "sheet “\(sheet.name)” is not a worksheet with cells (perhaps a chart sheet).")
        }
        guard let bytes = try Self.read(archive, path) else {
            throw XLSXError(.missingPart, sheet: sheet.name,
                vi: "bảng tính bị hỏng: thiếu phần «\(path)» chứa trang «\(sheet.name)». Hãy mở bằng Excel hoặc LibreOffice và lưu lại.",
                en: "the workbook is damaged: part “\(path)” holding sheet “\(sheet.name)” is missing. Open it in Excel or LibreOffice and save it again.")
        }
        let parser = SheetParser(sheet: sheet.name, sharedStrings: sharedStrings, styles: styles, uses1904Dates: uses1904Dates)
        try parser.parse(bytes, part: path, sheet: sheet.name)
        return Worksheet(name: sheet.name, cells: parser.cells, merges: parser.merges, problems: parser.problems)
    }

    private static func read(_ archive: ZipArchive, _ path: String) throws(XLSXError) -> [UInt8]? {
        guard let entry = archive.entry(named: path) else { return nil }
        do {
            return try archive.contents(of: entry)
        } catch {
            throw XLSXError(error.kind == .encrypted ? .encrypted : .archive, vi: error.vi, en: error.en)
        }
    }

    /// The relationships of `part` ("" for the package itself), if the part has any.
    private static func relationships(_ archive: ZipArchive, of part: String) throws(XLSXError) -> Relationships? {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard let bytes = try read(archive, relsPath) else { return nil }
        return try Relationships.parse(bytes, part: relsPath, sourceFolder: folder)
    }
}
