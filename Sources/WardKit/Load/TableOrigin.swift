import Foundation
import WardXLSX

/// Where a table's rows are. Staff may keep `units.csv`, save it from Excel as `units.xlsx`, or
/// keep every table as a sheet of one workbook, `content/du-lieu.xlsx`, with sheets named like
/// the files: «units», «criteria», «hotlines», «targets», «indicators», «statistics», one sheet a
/// month «progress-2026-11» (or just «2026-11») and one a month «statistics-2026-11».
enum TableOrigin {
    case csv(URL)
    /// `X.xlsx` where `X.csv` would be: its sheet named like the file («units», «2026-11»), or
    /// its only sheet.
    case workbook(URL, stem: String)
    /// A sheet of the shared workbook; `sheet` is empty when that workbook cannot be opened (its
    /// error is reported once, by `SourceReader.checkSharedWorkbook`).
    case shared(URL, sheet: String)

    static let sharedWorkbookName = "du-lieu.xlsx"
    /// The tables directly in content/ that a shared workbook's sheet may hold.
    static let topLevelTables = ["units", "criteria", "hotlines", "targets", "indicators", "statistics"]

    var url: URL {
        switch self {
        case .csv(let url), .workbook(let url, _), .shared(let url, _): return url
        }
    }

    /// A whole-file (or whole-sheet) position for messages about the table as a whole.
    func position(_ reader: SourceReader) -> SourcePosition {
        if case .shared(_, let sheet) = self, !sheet.isEmpty {
            return SourcePosition(file: reader.displayPath(url), sheet: sheet, line: 0)
        }
        return SourcePosition(file: reader.displayPath(url), line: 1)
    }

    func describe(_ reader: SourceReader, _ language: Language) -> String {
        if case .shared(_, let sheet) = self {
            return reader.displayPath(url) + (language == .vi ? " (trang «\(sheet)»)" : " (sheet «\(sheet)»)")
        }
        return reader.displayPath(url)
    }

    /// The sheet names that stand for a table path relative to content/ without extension.
    static func sheetNames(forTable table: String) -> [String] {
        let parts = table.split(separator: "/")
        switch parts.count {
        case 1: return [table.lowercased()]
        case 2 where parts[0] == "progress": return ["progress-\(parts[1])".lowercased(), parts[1].lowercased()]
        case 2: return ["\(parts[0])-\(parts[1])".lowercased()]
        default: return []
        }
    }

    /// The reverse: which table a shared sheet holds ("progress/2026-11"), nil if none.
    static func table(forSheet name: String) -> String? {
        let lowered = name.lowercased()
        if topLevelTables.contains(lowered) { return lowered }
        if lowered.hasPrefix("progress-") && lowered.count > 9 { return "progress/" + name.dropFirst(9) }
        if lowered.hasPrefix("statistics-") && isMonth(String(lowered.dropFirst(11))) { return "statistics/" + name.dropFirst(11) }
        if isMonth(lowered) { return "progress/" + name }
        return nil
    }

    private static func isMonth(_ s: String) -> Bool {
        let u = Array(s.utf8)
        return u.count == 7 && u[4] == UInt8(ascii: "-") && u.enumerated().allSatisfy { $0.offset == 4 || (0x30...0x39).contains($0.element) }
    }
}

/// Each workbook is opened once per build (the shared one serves several tables), from any
/// loader thread.
final class WorkbookCache: @unchecked Sendable {
    struct Opened {
        let book: Workbook?
        /// Nil with no book means the file does not exist.
        let error: XLSXError?
    }

    private let lock = AdaptiveLock()
    private var opened: [String: Opened] = [:]

    func open(_ url: URL) -> Opened {
        lock.lock()
        if let known = opened[url.path] { lock.unlock(); return known }
        lock.unlock()
        let result: Opened
        if let data = FileManager.default.contents(atPath: url.path) {
            do { result = Opened(book: try Workbook([UInt8](data)), error: nil) } catch { result = Opened(book: nil, error: error) }
        } else {
            result = Opened(book: nil, error: nil)
        }
        lock.lock(); defer { lock.unlock() }
        if opened[url.path] == nil { opened[url.path] = result }
        return opened[url.path]!
    }
}
