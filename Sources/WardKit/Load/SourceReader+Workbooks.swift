import Foundation
import WardCSV
import WardXLSX

/// The workbook half of `SourceReader`: finding a table's workbook or shared sheet, and reading
/// a sheet into the same `CSVTable` a CSV file gives, through the same schema and privacy log.
extension SourceReader {
    var sharedWorkbookURL: URL { contentDir.appendingPathComponent(TableOrigin.sharedWorkbookName) }

    /// Every place the table `X.csv` could be that exists; more than one is an error.
    func origins(of url: URL) -> [TableOrigin] {
        var found: [TableOrigin] = []
        if FileManager.default.fileExists(atPath: url.path) { found.append(.csv(url)) }
        let workbook = url.deletingPathExtension().appendingPathExtension("xlsx")
        if FileManager.default.fileExists(atPath: workbook.path) && leadsInside(workbook) {
            found.append(.workbook(workbook, stem: url.deletingPathExtension().lastPathComponent))
        }
        let shared = leadsInside(sharedWorkbookURL) ? workbooks.open(sharedWorkbookURL) : .init(book: nil, error: nil)
        if let book = shared.book {
            let names = TableOrigin.sheetNames(forTable: tablePath(url))
            for sheet in book.sheets where names.contains(sheet.name.lowercased()) {
                found.append(.shared(sharedWorkbookURL, sheet: sheet.name))
            }
        } else if shared.error != nil && found.isEmpty {
            found.append(.shared(sharedWorkbookURL, sheet: ""))  // unreadable: reported once, not per table
        }
        return found
    }

    /// `isInsideSite` without the report: `origins` runs many times a table, and the link is
    /// reported once, when the workbook is read or checked.
    private func leadsInside(_ url: URL) -> Bool {
        guard let real = Self.realPath(url.path) else { return true }
        return real == realSite || real.hasPrefix(realSite + "/")
    }

    /// A whole-table position for `url`, wherever the table is.
    func position(of url: URL) -> SourcePosition {
        origins(of: url).first?.position(self) ?? SourcePosition(file: displayPath(url), line: 1)
    }

    /// Stems of the shared workbook's sheets for tables in `folder` («progress-2026-11» → "2026-11").
    func sharedSheetStems(in folder: String) -> [String] {
        guard leadsInside(sharedWorkbookURL), let book = workbooks.open(sharedWorkbookURL).book else { return [] }
        return book.sheets.compactMap { sheet in
            guard let table = TableOrigin.table(forSheet: sheet.name), table.hasPrefix(folder + "/") else { return nil }
            return String(table.dropFirst(folder.count + 1))
        }
    }

    /// Reports, once, a shared workbook that cannot be opened or that holds a visible sheet no
    /// table is named after (a typo would otherwise drop a whole table without a word). Hidden
    /// sheets — a template's lookup lists — are left alone.
    func checkSharedWorkbook(log: DiagnosticLog) {
        guard FileManager.default.fileExists(atPath: sharedWorkbookURL.path), isInsideSite(sharedWorkbookURL) else { return }
        let opened = workbooks.open(sharedWorkbookURL)
        let file = displayPath(sharedWorkbookURL)
        if let error = opened.error { log.add(diagnostic(error, file: file)); return }
        guard let book = opened.book else { return }
        let valid = (TableOrigin.topLevelTables + ["progress-YYYY-MM", "YYYY-MM", "statistics-YYYY-MM"]).map { "«\($0)»" }.joined(separator: ", ")
        for sheet in book.sheets where !sheet.isHidden && TableOrigin.table(forSheet: sheet.name) == nil {
            log.add(Diagnostic(SourcePosition(file: file, sheet: sheet.name, line: 0),
                vi: "tên trang «\(sheet.name)» không ứng với bảng nào nên trang này sẽ không được đọc; hãy đổi tên trang thành một trong: \(valid)",
                en: "sheet name «\(sheet.name)» matches no table, so the sheet would not be read; rename it to one of: \(valid)"))
        }
    }

    func readSheet(_ origin: TableOrigin, schema: CSVSchema, log: DiagnosticLog) -> CSVTable? {
        let file = displayPath(origin.url)
        if case .workbook = origin, !isInsideSite(origin.url) { return nil }
        let opened = workbooks.open(origin.url)
        guard let book = opened.book else {
            if case .workbook = origin { log.add(diagnostic(opened.error, file: file)) }
            return nil
        }
        guard let sheet = chooseSheet(origin, in: book, file: file, log: log) else { return nil }
        let worksheet: Worksheet, document: CSVDocument
        do {
            worksheet = try book.worksheet(sheet)
            for problem in worksheet.problems { log.add(diagnostic(problem, file: file)) }
            document = try worksheet.document()
        } catch {
            log.add(diagnostic(error, file: file))
            return nil
        }
        sources.add(csv: document, file: file)
        if let outside = worksheet.cellsOutside(document) { sources.add(csv: outside, file: file) }
        let (table, diagnostics) = schema.bind(document, file: file)
        log.add(contentsOf: diagnostics)
        return diagnostics.isEmpty && worksheet.problems.isEmpty ? table : nil
    }

    private func chooseSheet(_ origin: TableOrigin, in book: Workbook, file: String, log: DiagnosticLog) -> Workbook.Sheet? {
        switch origin {
        case .shared(_, let name): return book.sheet(named: name)
        case .workbook(_, let stem):
            let visible = book.sheets.filter { !$0.isHidden }
            if let sheet = book.sheet(named: stem) ?? (visible.count == 1 ? visible[0] : nil) { return sheet }
            let names = book.sheets.map { "«\($0.name)»" }.joined(separator: ", ")
            log.add(Diagnostic(SourcePosition(file: file, line: 1),
                vi: "bảng tính có \(book.sheets.count) trang (\(names)) nhưng không trang nào tên «\(stem)»; hãy đặt tên trang cần đọc là «\(stem)» hoặc chỉ để lại một trang",
                en: "the workbook has \(book.sheets.count) sheets (\(names)) but none is named «\(stem)»; name the sheet to read «\(stem)» or keep only one sheet"))
            return nil
        case .csv: return nil
        }
    }

    /// `units` or `progress/2026-11`: the table's path under content/, without extension.
    private func tablePath(_ url: URL) -> String {
        let base = contentDir.standardizedFileURL.path + "/"
        let path = url.deletingPathExtension().standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : url.deletingPathExtension().lastPathComponent
    }

    private func diagnostic(_ error: XLSXError?, file: String) -> Diagnostic {
        guard let error else { return Diagnostic(SourcePosition(file: file, line: 1), vi: "không đọc được tệp", en: "cannot read file") }
        let position = SourcePosition(file: file, sheet: error.sheet, line: error.cell?.row ?? (error.sheet == nil ? 1 : 0),
                                      column: error.cell?.column ?? 1)
        return Diagnostic(position, vi: error.vi, en: error.en)
    }
}
