import Foundation
import WardCSV

/// File access for the load stage: the only place that reads content files, so every read is
/// also recorded for the privacy scan.
struct SourceReader: Sendable {
    let contentDir: URL
    let sources: SourceLog

    /// Paths in diagnostics are relative to the site folder ("content/units.csv"): that is what
    /// staff see in their file manager.
    func displayPath(_ url: URL) -> String {
        let site = contentDir.deletingLastPathComponent().standardizedFileURL.path
        let p = url.standardizedFileURL.path
        return p.hasPrefix(site + "/") ? String(p.dropFirst(site.count + 1)) : p
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: contentDir.appendingPathComponent(relative).path)
    }

    /// Files with the given extension in a content sub-folder, in a stable order.
    func files(in folder: String, ext: String) -> [URL] {
        let dir = contentDir.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) && !$0.hasPrefix(".") && !$0.hasPrefix("~$") }
            .sorted().map { dir.appendingPathComponent($0) }
    }

    func readText(_ url: URL, log: DiagnosticLog) -> String? {
        let file = displayPath(url)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.add(Diagnostic(SourcePosition(file: file, line: 1), vi: "không đọc được tệp", en: "cannot read file"))
            return nil
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            log.add(Diagnostic(SourcePosition(file: file, line: 1),
                vi: "tệp không phải UTF-8; hãy lưu lại với mã hóa UTF-8 (Unicode)",
                en: "file is not UTF-8; save it again as UTF-8 (Unicode)"))
            return nil
        }
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        sources.add(SourceText(file: file, text: normalised, firstLine: 1))
        return normalised
    }

    func readCSV(_ url: URL, schema: CSVSchema, log: DiagnosticLog) -> CSVTable? {
        let file = displayPath(url)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.add(Diagnostic(SourcePosition(file: file, line: 1), vi: "không đọc được tệp", en: "cannot read file"))
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
    private let lock = NSLock()
    private var texts: [SourceInput] = []

    func add(_ t: SourceText) {
        lock.lock(); texts.append(.text(t)); lock.unlock()
    }

    func add(csv document: CSVDocument, file: String) {
        lock.lock(); texts.append(.table(file: file, document: document)); lock.unlock()
    }

    var all: [SourceInput] {
        lock.lock(); defer { lock.unlock() }
        return texts
    }
}
