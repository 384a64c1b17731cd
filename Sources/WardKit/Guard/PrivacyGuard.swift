import Foundation
import WardPrivacy

/// Stage 2 — guard. Every input text is scanned for personal identifiers before anything is
/// derived, and every output file is scanned again before the new site is swapped in: the
/// second pass catches what a template or a computed string might add.
public struct PrivacyGuard: Sendable {
    let scanner: IdentifierScanner
    let baseURL: String

    public init(settings: SiteSettings, hotlines: [Hotline], baseURL: String) {
        scanner = IdentifierScanner(allowlist: PublicAllowlist(phones: settings.publicPhones + hotlines.map(\.number),
                                                               names: settings.publicNames))
        self.baseURL = baseURL
    }

    public func scanInputs(_ sources: [SourceInput]) -> [Diagnostic] {
        let slots = ResultSlots([[Diagnostic]](repeating: [], count: sources.count))
        DispatchQueue.concurrentPerform(iterations: sources.count) { i in
            switch sources[i] {
            case .text(let s):
                slots.set(i, scan(s.text, file: s.file, line: s.firstLine, column: s.firstColumn))
            case .table(let file, let document):
                // Cell by cell, at each cell's own position: a number in one column never joins
                // a number in the next into a false "phone".
                var found: [Diagnostic] = []
                for f in document.header where !f.value.isEmpty { found += scan(f.value, file: file, line: f.line, column: f.column) }
                for r in document.records {
                    for f in r.fields where !f.value.isEmpty { found += scan(f.value, file: file, line: f.line, column: f.column) }
                }
                slots.set(i, found)
            }
        }
        return slots.values.flatMap { $0 }
    }

    private func scan(_ text: String, file: String, line: Int, column: Int) -> [Diagnostic] {
        scanner.scan(text).map { f in
            Diagnostic(SourcePosition(file: file, line: line + f.line - 1, column: f.line == 1 ? column + f.column - 1 : f.column),
                       kind: .privacy, vi: f.vi, en: f.en)
        }
    }

    /// Scans a rendered file. For markup, only text and attribute values are read (tag names and
    /// chart geometry are blanked out, keeping every offset) so line and column match the file.
    public func audit(path: String, text: String) -> [Diagnostic] {
        let isMarkup = path.hasSuffix(".html") || path.hasSuffix(".svg") || path.hasSuffix(".xml")
        let view = isMarkup ? MarkupText.readableView(text) : text
        var out = scanner.scan(view).map { f in
            Diagnostic(SourcePosition(file: "public/\(path)", line: f.line, column: f.column), kind: .privacy,
                       vi: "tệp đầu ra chứa \(f.vi)", en: "output file contains \(f.en)")
        }
        if path.hasSuffix(".html") || path.hasSuffix(".css") || path.hasSuffix(".svg") {
            out += MarkupText.externalLoads(text, allowedPrefix: baseURL).map { (line, col, url) in
                Diagnostic(SourcePosition(file: "public/\(path)", line: line, column: col), kind: .privacy,
                           vi: "trang tải tài nguyên từ máy chủ khác («\(url)»); mọi tệp phải nằm trong trang",
                           en: "page loads a resource from another host («\(url)»); every asset must be local")
            }
        }
        return out
    }
}
