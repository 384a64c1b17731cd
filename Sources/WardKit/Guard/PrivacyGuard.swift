import Foundation
import WardPrivacy

/// Stage 2 — guard. Every input text is scanned for personal identifiers before anything is
/// derived, and every output file is audited again by the output gate before the new site is
/// swapped in: the second pass catches what a template or a computed string might add.
public struct PrivacyGuard: Sendable {
    let scanner: IdentifierScanner
    let baseURL: String
    /// Where a finding made only on output came from (a theme string, a sheet cell, a file name).
    let attribution: OutputAttribution?
    /// Declared officials, so a name's fix can show the whole settings line to write.
    let publicNames: [String]
    /// Everything the audit's verdict on a file depends on besides the file: the allowlist, the
    /// base URL (loads from elsewhere) and the rules, which are the binary's. A file audited under
    /// the same configuration may be reused without being read again (IncrementalBuild).
    let configuration: Digest

    /// Raised whenever what the audit refuses changes in a way a binary stamp might not show.
    static let rulesVersion = 1

    /// `places` are the site's unit names: places, never persons.
    init(settings: SiteSettings, hotlines: [Hotline], baseURL: String, places: [String] = [], attribution: OutputAttribution? = nil) {
        scanner = IdentifierScanner(allowlist: PublicAllowlist(phones: settings.publicPhones + hotlines.map(\.number),
                                                               names: settings.publicNames, places: places,
                                                               officeAddresses: settings.officeAddress.map { [$0] } ?? []))
        self.baseURL = baseURL
        self.attribution = attribution
        publicNames = settings.publicNames
        var h = DigestBuilder()
        h.add(Self.rulesVersion)
        h.add(BinaryStamp.digest())
        h.add(baseURL)
        for list in [settings.publicPhones + hotlines.map(\.number), settings.publicNames, places, settings.officeAddress.map { [$0] } ?? []] {
            h.add(list.count)
            for item in list { h.add(item) }
        }
        configuration = h.finish()
    }

    /// The finding's one-line message and fix; for a name that may be public, also the exact
    /// settings line that declares it (staff read these messages on their own computer).
    private func vi(_ f: PrivacyFinding) -> String { f.vi + (f.declaration.map { " " + $0.vi(existing: publicNames) } ?? "") }
    private func en(_ f: PrivacyFinding) -> String { f.en + (f.declaration.map { " " + $0.en(existing: publicNames) } ?? "") }

    /// The input that produced an output finding: the place in the origin's own file if the
    /// value is written there, else the first input that holds it, else the origin itself.
    private func source(of f: PrivacyFinding, origin: OutputOrigin) -> SourcePosition? {
        guard let attribution, !f.key.isEmpty else { return origin.position }
        let found = attribution.locate(f.key)
        return found.first { $0.file == origin.position?.file } ?? found.first ?? origin.position
    }

    public func scanInputs(_ sources: [SourceInput]) -> [Diagnostic] {
        let slots = ResultSlots([[Diagnostic]](repeating: [], count: sources.count))
        DispatchQueue.concurrentPerform(iterations: sources.count) { i in
            switch sources[i] {
            case .text(let s):
                slots.set(i, scan(s.text, format: TextFormat.of(fileName: s.file), file: s.file, line: s.firstLine, column: s.firstColumn))
            case .table(let table):
                // Cell by cell, at each cell's own position: a number in one column never joins
                // a number in the next into a false "phone".
                var found: [Diagnostic] = []
                table.forEachValue { value, line, column in
                    found += scan(value, format: .plain, file: table.file, sheet: table.sheet, line: line, column: column)
                }
                slots.set(i, found)
            }
        }
        return slots.values.flatMap { $0 }
    }

    /// In a sheet the finding is placed at its cell: a cell has no lines and columns inside.
    private func scan(_ text: String, format: TextFormat, file: String, sheet: String? = nil, line: Int, column: Int) -> [Diagnostic] {
        scanner.scan(text, format: format).map { f in
            let position = sheet != nil ? SourcePosition(file: file, sheet: sheet, line: line, column: column)
                : SourcePosition(file: file, line: line + f.line - 1, column: f.line == 1 ? column + f.column - 1 : f.column)
            return Diagnostic(position, kind: .privacy, vi: vi(f), en: en(f))
        }
    }

    /// Audits one output file: its path (URLs and file names are read too), its readable text,
    /// and for pages and styles any load from another host.
    func audit(path: String, text: String, origin: OutputOrigin) -> [Diagnostic] {
        var out = scanner.scan(path, format: .path).map { f in
            Diagnostic(source(of: f, origin: origin) ?? SourcePosition(file: "public/\(path)", line: 1), kind: .privacy,
                       vi: "đường dẫn «\(path)» (từ \(origin.vi)) chứa \(vi(f))", en: "the path «\(path)» (from \(origin.en)) contains \(en(f))")
        }
        // Read as a reader sees it: the format follows the file's name.
        out += scanner.scan(Self.readable(text, path: path), format: TextFormat.of(fileName: path)).map { f in
            Diagnostic(source(of: f, origin: origin) ?? SourcePosition(file: "public/\(path)", line: f.line, column: f.column), kind: .privacy,
                       vi: "tệp đầu ra public/\(path):\(f.line):\(f.column) (từ \(origin.vi)) chứa \(vi(f))",
                       en: "output file public/\(path):\(f.line):\(f.column) (from \(origin.en)) contains \(en(f))")
        }
        let isMarkup = TextFormat.of(fileName: path) == .markup
        if isMarkup || path.hasSuffix(".css") {
            out += MarkupText.externalLoads(text, allowedPrefix: baseURL).map { (line, col, url) in
                Diagnostic(origin.position ?? SourcePosition(file: "public/\(path)", line: line, column: col), kind: .privacy,
                           vi: "public/\(path):\(line):\(col) tải tài nguyên từ máy chủ khác («\(url)»); mọi tệp phải nằm trong trang",
                           en: "public/\(path):\(line):\(col) loads a resource from another host («\(url)»); every asset must be local")
            }
        }
        return out
    }

    /// An image is published only if it is the image its name says and its embedded text passes.
    func auditImage(path: String, data: Data, format: PublishedFileType.Image, origin: OutputOrigin) -> [Diagnostic] {
        let at = origin.position ?? SourcePosition(file: "public/\(path)", line: 1)
        switch ImageText.extract(data, as: format) {
        case .failure(.notThisFormat):
            return [Diagnostic(at, kind: .privacy, vi: "tệp «\(path)» không phải ảnh đúng như đuôi tên của nó; không đăng tệp này",
                               en: "«\(path)» is not the image its extension says; not publishing it")]
        case .failure(.compressedText):
            return [Diagnostic(at, kind: .privacy, vi: "ảnh «\(path)» chứa chữ nén trong siêu dữ liệu, không kiểm tra được; hãy xuất lại ảnh không kèm siêu dữ liệu",
                               en: "image «\(path)» carries compressed metadata text that cannot be audited; export it again without metadata")]
        case .success(let texts):
            return texts.flatMap { t in
                scanner.scan(t, format: .plain).map { f in
                    Diagnostic(source(of: f, origin: origin) ?? at, kind: .privacy, vi: "siêu dữ liệu của ảnh «\(path)» chứa \(vi(f))", en: "metadata of image «\(path)» contains \(en(f))")
                }
            }
        }
    }

    /// A feed carries its entries' HTML escaped («&lt;td&gt;…»); its reader sees that HTML rendered,
    /// so the escaped markup is read as markup (one level; lines are kept, so positions stay on
    /// their line).
    static func readable(_ text: String, path: String) -> String {
        guard path.hasSuffix(".xml"), text.contains("&lt;") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
