/// Why a workbook or one of its cells was refused, Vietnamese first. The caller names the file;
/// `sheet` and `cell` say where inside it, so a message reads «…xlsx, trang «2026-11», ô D7: …».
public struct XLSXError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The archive itself (see `ZipError.Kind`).
        case archive
        /// An Excel 97–2003 .xls, or another OLE file, under an .xlsx name.
        case legacyXLS
        /// Excel's password protection: the workbook is an encrypted OLE container.
        case encrypted
        /// A ZIP that is not a spreadsheet (a .docx, a folder archive …).
        case notWorkbook
        /// A part that is not well-formed XML, or not UTF-8.
        case malformedXML
        /// A DTD or entity declaration: never in real workbooks, always in entity-expansion attacks.
        case entityDeclaration
        case missingPart
        case sheetNotFound
        /// A cell whose value cannot be read (formula error, formula never calculated …).
        case cell
        /// The sheet's layout does not give one named column per field.
        case layout
    }

    public let kind: Kind
    public let sheet: String?
    public let cell: CellReference?
    public let vi: String
    public let en: String

    public init(_ kind: Kind, sheet: String? = nil, cell: CellReference? = nil, vi: String, en: String) {
        self.kind = kind
        self.sheet = sheet
        self.cell = cell
        self.vi = vi
        self.en = en
    }

    public var description: String {
        let place = [sheet.map { "trang «\($0)»" }, cell.map { "ô \($0)" }].compactMap { $0 }.joined(separator: ", ")
        return (place.isEmpty ? "" : place + ": ") + vi + " | " + en
    }
}
