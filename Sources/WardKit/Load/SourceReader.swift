import Foundation
import WardCSV

/// File access for the load stage: the only place that reads content files, so every read is
/// also recorded for the privacy scan.
///
/// A table named `X.csv` may instead be the workbook `X.xlsx`, or a sheet of the one workbook
/// `content/du-lieu.xlsx` (see `TableOrigin`): `exists`, `files(in:ext: "csv")` and `readCSV`
/// answer for all three, so the loaders need not know which one staff saved.
struct SourceReader: Sendable {
    let contentDir: URL
    let sources: SourceLog
    /// Where problems with the file system itself go (an unreadable folder, a link leaving the
    /// site): they are errors like any other, never a silently shorter site.
    let log: DiagnosticLog
    /// The site folder with links resolved, to refuse links that lead outside it.
    let realSite: String
    /// The folder paths are shown relative to: the site being built, also when this reader
    /// reads one of its wards' folders ("phuong/ngoc-lam/content/units.csv").
    let displayRoot: URL
    let workbooks = WorkbookCache()

    init(contentDir: URL, sources: SourceLog, log: DiagnosticLog, displayRoot: URL? = nil) {
        self.contentDir = contentDir
        self.sources = sources
        self.log = log
        self.displayRoot = displayRoot ?? contentDir.deletingLastPathComponent()
        realSite = Self.realPath(contentDir.deletingLastPathComponent().path) ?? contentDir.deletingLastPathComponent().standardizedFileURL.path
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// A file or folder reached through a link that leaves the site is refused by name: staff
    /// publish what is in their site folder, not whatever a link happens to point at.
    func isInsideSite(_ url: URL) -> Bool {
        guard let real = Self.realPath(url.path) else { return true }   // missing: reported by the reader
        if real == realSite || real.hasPrefix(realSite + "/") { return true }
        log.add(Diagnostic(SourcePosition(file: displayPath(url), line: 1),
            vi: "«\(displayPath(url))» là liên kết trỏ ra ngoài thư mục trang (\(real)); hãy chép tệp vào trong thư mục trang thay cho liên kết",
            en: "«\(displayPath(url))» is a link pointing outside the site folder (\(real)); copy the file into the site instead of linking"))
        return false
    }

    /// Paths in diagnostics are relative to the site folder ("content/units.csv"): that is what
    /// staff see in their file manager.
    func displayPath(_ url: URL) -> String {
        let base = displayRoot.standardizedFileURL.pathComponents
        let target = url.standardizedFileURL.pathComponents
        var common = 0
        while common < min(base.count, target.count) && base[common] == target[common] { common += 1 }
        guard common > 1 || base.count <= 1 else { return url.standardizedFileURL.path }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }

    /// For a table (`units.csv`): whether it exists as a CSV, a workbook or a shared sheet.
    func exists(_ relative: String) -> Bool {
        let url = contentDir.appendingPathComponent(relative)
        guard url.pathExtension == "csv" else { return FileManager.default.fileExists(atPath: url.path) }
        return !origins(of: url).isEmpty
    }

    /// Files with the given extension in a content sub-folder, in a stable order. For "csv" these
    /// are tables: `progress/2026-11.csv` stands for that CSV, `progress/2026-11.xlsx`, or the
    /// shared workbook's sheet «2026-11», whichever exists.
    func files(in folder: String, ext: String) -> [URL] {
        let dir = contentDir.appendingPathComponent(folder)
        var isDir: ObjCBool = false
        let shared = ext == "csv" ? sharedSheetStems(in: folder).map { $0 + ".csv" } : []
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir) else {
            return shared.sorted().map { dir.appendingPathComponent($0) }
        }
        guard isInsideSite(dir) else { return [] }
        guard isDir.boolValue else {
            log.add(Diagnostic(SourcePosition(file: displayPath(dir), line: 1),
                vi: "«\(displayPath(dir))» phải là một thư mục", en: "«\(displayPath(dir))» must be a folder"))
            return []
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: dir.path) } catch {
            log.add(Diagnostic(SourcePosition(file: displayPath(dir), line: 1),
                vi: "không đọc được thư mục «\(displayPath(dir))» (không có quyền đọc?); không thể dựng trang thiếu nội dung của nó",
                en: "cannot read the folder «\(displayPath(dir))» (no read permission?); the site cannot be built without its contents"))
            return []
        }
        let visible = names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") }.sorted()
        // Only Markdown belongs in the Markdown folders: a Word file or a photo dropped there
        // would otherwise vanish from the site without a word.
        if ext == "md" {
            for name in visible where !name.lowercased().hasSuffix(".md") && isInsideSite(dir.appendingPathComponent(name)) {
                log.add(Diagnostic(SourcePosition(file: displayPath(dir.appendingPathComponent(name)), line: 1),
                    vi: "«\(name)» không phải tệp Markdown (.md) nên không được đăng; hãy chép nội dung vào một tệp .md, hoặc chuyển tệp này ra khỏi \(displayPath(dir))",
                    en: "«\(name)» is not a Markdown file (.md), so it would not be published; copy its text into a .md file, or move it out of \(displayPath(dir))"))
            }
        }
        var chosen = Set(visible.filter { $0.hasSuffix("." + ext) })
        if ext == "csv" {
            for name in visible where name.hasSuffix(".xlsx") { chosen.insert(String(name.dropLast(5)) + ".csv") }
            chosen.formUnion(shared)
        }
        return chosen.sorted().map { dir.appendingPathComponent($0) }.filter(isInsideSite)
    }

    func readText(_ url: URL, log: DiagnosticLog) -> String? {
        let file = displayPath(url)
        guard isInsideSite(url) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.add(Diagnostic(SourcePosition(file: file, line: 1), vi: "không đọc được tệp (không có quyền đọc, hoặc là thư mục?)", en: "cannot read the file (no read permission, or a folder?)"))
            return nil
        }
        let decoded: TextFile.Decoded
        switch TextFile.decodeNoting(data, file: file) {
        case .success(let t): decoded = t
        case .failure(let d): log.add(d); return nil
        }
        var source = SourceText(file: file, text: decoded.text, firstLine: 1)
        source.legacyEncoding = decoded.legacyEncoding
        sources.add(source)
        return decoded.text
    }

    /// Reads a table wherever it is (see `TableOrigin`); two sources for one table are refused.
    func readCSV(_ url: URL, schema: CSVSchema, log: DiagnosticLog) -> CSVTable? {
        let found = origins(of: url)
        if found.count > 1 {
            let names = found.map { $0.describe(self, .vi) }.joined(separator: " và ")
            let namesEN = found.map { $0.describe(self, .en) }.joined(separator: " and ")
            log.add(Diagnostic(found[0].position(self),
                vi: "bảng này có \(found.count) nguồn: \(names); hãy giữ một và xóa (hoặc đổi tên) nguồn kia",
                en: "this table has \(found.count) sources: \(namesEN); keep one and delete (or rename) the other"))
            return nil
        }
        switch found.first {
        case .csv(let csv)?: return readCSVFile(csv, schema: schema, log: log)
        case let origin?: return readSheet(origin, schema: schema, log: log)
        case nil:
            log.add(Diagnostic(SourcePosition(file: displayPath(url), line: 1), vi: "không đọc được tệp", en: "cannot read file"))
            return nil
        }
    }

    private func readCSVFile(_ url: URL, schema: CSVSchema, log: DiagnosticLog) -> CSVTable? {
        let file = displayPath(url)
        guard isInsideSite(url) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.add(Diagnostic(SourcePosition(file: file, line: 1), vi: "không đọc được tệp (không có quyền đọc, hoặc là thư mục?)", en: "cannot read the file (no read permission, or a folder?)"))
            return nil
        }
        let document: CSVDocument
        do {
            document = try CSVReader.read(data)
        } catch {
            log.add(Diagnostic(SourcePosition(file: file, line: error.line, column: error.column), vi: error.vi, en: error.en))
            return nil
        }
        sources.add(csv: document, file: file)
        let (table, diagnostics) = schema.bind(document, file: file)
        log.add(contentsOf: diagnostics)
        return diagnostics.isEmpty ? table : nil
    }
}

/// Every text that was read, for the guard stage.
final class SourceLog: @unchecked Sendable {
    private let lock = AdaptiveLock()
    private var texts: [SourceInput] = []

    func add(_ t: SourceText) {
        lock.lock(); texts.append(.text(t)); lock.unlock()
    }

    /// Files decoded from a legacy code page (tables, settings, Markdown), for `check`'s note.
    static func legacyDecoded(_ inputs: [SourceInput]) -> [String] {
        inputs.compactMap { input in
            switch input {
            case .table(let t): return t.legacyEncoding == nil ? nil : t.file
            case .text(let t): return t.legacyEncoding == nil ? nil : t.file
            }
        }.sorted()
    }

    func add(csv document: CSVDocument, file: String) {
        let table = SourceTable(file: file, document: document)
        lock.lock(); texts.append(.table(table)); lock.unlock()
    }

    var all: [SourceInput] {
        lock.lock(); defer { lock.unlock() }
        return texts
    }

    var count: Int {
        lock.lock(); defer { lock.unlock() }
        return texts.count
    }
}
