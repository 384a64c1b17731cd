import Foundation

/// How a text is written, so that the scanner reads it as a reader sees it.
public enum TextFormat: Sendable, Equatable {
    /// Plain text, CSV cells, settings values, theme strings.
    case plain
    /// Source Markdown (news, pages, themes), front matter included.
    case markdown
    /// HTML, SVG or XML output.
    case markup
    /// JSON (the search index, JSON feeds).
    case json
    /// CSS or JavaScript.
    case code
    /// File names and URL paths ("tin-tuc/2026-06-02-nguyen-van-hung/").
    case path

    /// The format of a file by its name: .md → markdown, .html/.htm/.svg/.xml → markup,
    /// .json → json, .css/.js/.mjs → code, anything else → plain.
    public static func of(fileName: String) -> TextFormat {
        format(ofExtension: asciiExtension(fileName) ?? fileName.split(separator: ".").last.map { $0.lowercased() } ?? "")
    }

    /// The lower-cased text after the last "." when it is short and ASCII, read on the bytes:
    /// every output file asks, and splitting its whole path cost a percent of a build. Nil
    /// for anything else (no dot, a trailing dot, non-ASCII), which takes the general path.
    private static func asciiExtension(_ name: String) -> String? {
        var bytes: [UInt8] = []
        for b in name.utf8.reversed() {
            if b == 0x2E { return bytes.isEmpty ? nil : String(decoding: bytes.reversed(), as: UTF8.self) }
            guard b < 0x80, bytes.count < 16 else { return nil }
            bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        return nil
    }

    private static func format(ofExtension ext: String) -> TextFormat {
        switch ext {
        case "md", "markdown": return .markdown
        case "html", "htm", "svg", "xml", "xhtml", "rss", "atom": return .markup
        case "json", "webmanifest": return .json
        case "css", "js", "mjs": return .code
        default: return .plain
        }
    }
}

/// Finds personal identifiers in text that is about to be published.
///
/// The raw text is read according to its format (markup removed, entities and escapes
/// decoded, Markdown syntax dropped), normalised (NFKC digits and letters, invisible characters
/// dropped, case and — for names — diacritics folded) and matched in one forward pass with
/// bounded look-ahead: the cost is linear in the input. Findings point at the raw text.
public struct IdentifierScanner: Sendable {
    let lexicon: Lexicon
    let allow: CompiledAllowlist
    let memo = SegmentMemo()

    public init(allowlist: PublicAllowlist = .init()) {
        lexicon = Lexicon.shared
        // The office address is declared in words; its house numbers are found the same way as
        // in any text, so both sides agree on the key.
        let plain = IdentifierScanner(lexicon: lexicon, allow: CompiledAllowlist(lexicon: lexicon))
        var addresses: Set<String> = []
        for address in allowlist.officeAddresses {
            for f in plain.raw(address, format: .plain) where f.kind == .houseAddress { addresses.insert(f.key) }
        }
        // A unit's name is a place — unless it names a person after a word for one ("Xóm trọ cô
        // Hạnh", "Bến đò - tổ trưởng Hoàng Văn Nam"): that person stays a person everywhere.
        var list = allowlist
        // So does a name that follows other words of the unit's name ("Tổ 5 - Lê Văn Khải", "Kênh
        // Đào – nhà ông Quách Văn Bảy"); a unit called only by a name keeps it as a place.
        list.places = allowlist.places.filter { p in
            !plain.raw(p, format: .plain).contains { $0.kind == .personName && ($0.aboutPerson || $0.offset > 0) }
        }
        allow = CompiledAllowlist(list, lexicon: lexicon, addresses: addresses)
    }

    private init(lexicon: Lexicon, allow: CompiledAllowlist) {
        self.lexicon = lexicon
        self.allow = allow
    }

    /// Findings in reading order, at their line and column in `text` (1-based; lines end at
    /// LF, CRLF or CR; columns count Characters).
    public func scan(_ text: String, format: TextFormat = .plain) -> [PrivacyFinding] {
        var text = text
        text.makeContiguousUTF8()
        let found = raw(text, format: format)
        return Positions.resolve(found, in: text)
    }

    func raw(_ text: String, format: TextFormat) -> [RawFinding] {
        var text = text
        text.makeContiguousUTF8()
        var analyzer = Analyzer(lexicon: lexicon, allow: allow, isCode: format == .code)
        analyzer.memo = memo
        analyzer.reserve(text.utf8.count)
        text.utf8.withContiguousStorageIfAvailable { bytes in
            let r = RawText(b: bytes)
            switch format {
            case .plain, .code, .path: PlainReader.read(r, into: &analyzer, format: format)
            case .markdown: MarkdownReader.read(r, into: &analyzer)
            case .markup: MarkupReader.read(r, into: &analyzer)
            case .json: JSONReader.read(r, into: &analyzer)
            }
        }
        return analyzer.found
    }
}
