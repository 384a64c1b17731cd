import Foundation

/// One `key: value` line (or a key followed by `- item` lines), with positions kept for errors.
public struct KeyValueEntry: Sendable {
    public let key: String
    public let keyPosition: SourcePosition
    public let raw: RawValue
    public let valuePosition: SourcePosition

    public enum RawValue: Sendable, Equatable {
        case scalar(String)
        case list([String])
    }
}

/// The `key: value` syntax shared by front matter and the settings file, so staff learn it once.
/// Deliberately tiny (no nesting, no anchors): everything a ward needs and nothing that surprises.
enum KeyValueParser {
    static func parse(_ lines: [Substring], file: String, firstLine: Int) -> ([KeyValueEntry], [Diagnostic]) {
        var entries: [KeyValueEntry] = []
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        var pendingListKey: (key: String, pos: SourcePosition, items: [String])?

        func flushList() {
            guard let p = pendingListKey else { return }
            entries.append(KeyValueEntry(key: p.key, keyPosition: p.pos, raw: .list(p.items), valuePosition: p.pos))
            pendingListKey = nil
        }

        for (offset, rawLine) in lines.enumerated() {
            let lineNo = firstLine + offset
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            if trimmed.hasPrefix("- ") || trimmed == "-" {
                if pendingListKey != nil {
                    pendingListKey!.items.append(unquote(stripComment(String(trimmed.dropFirst(1)).trimmingCharacters(in: .whitespaces))))
                } else {
                    diagnostics.append(Diagnostic(SourcePosition(file: file, line: lineNo, column: indent + 1),
                        vi: "mục danh sách «\(trimmed)» không thuộc khóa nào (cần một dòng «khóa:» ở trên)",
                        en: "list item «\(trimmed)» does not follow a «key:» line"))
                }
                continue
            }
            flushList()
            guard let colon = line.firstIndex(of: ":") else {
                diagnostics.append(Diagnostic(SourcePosition(file: file, line: lineNo, column: indent + 1),
                    vi: "dòng không đúng dạng «khóa: giá trị»: «\(trimmed)»",
                    en: "line is not of the form «key: value»: «\(trimmed)»"))
                continue
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let keyPos = SourcePosition(file: file, line: lineNo, column: indent + 1)
            if key.isEmpty || key.contains(" ") {
                diagnostics.append(Diagnostic(keyPos,
                    vi: "khóa «\(key)» không hợp lệ (chỉ dùng chữ không dấu, số và dấu gạch dưới)",
                    en: "invalid key «\(key)» (use letters, digits and underscores)"))
                continue
            }
            if !seen.insert(key).inserted {
                diagnostics.append(Diagnostic(keyPos, vi: "khóa «\(key)» bị khai báo hai lần", en: "key «\(key)» is declared twice"))
                continue
            }
            let afterColon = line[line.index(after: colon)...]
            let valueText = stripComment(afterColon.trimmingCharacters(in: .whitespaces))
            let valueColumn = line.distance(from: line.startIndex, to: colon) + 2
                + afterColon.prefix { $0 == " " || $0 == "\t" }.count
            let valuePos = SourcePosition(file: file, line: lineNo, column: valueColumn)
            if valueText.isEmpty {
                pendingListKey = (key, keyPos, [])
            } else if valueText.hasPrefix("[") {
                guard valueText.hasSuffix("]") else {
                    diagnostics.append(Diagnostic(valuePos, vi: "danh sách thiếu dấu «]» đóng", en: "list is missing its closing «]»"))
                    continue
                }
                let inner = valueText.dropFirst().dropLast()
                let items = inner.split(separator: ",").map { unquote($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
                entries.append(KeyValueEntry(key: key, keyPosition: keyPos, raw: .list(items), valuePosition: valuePos))
            } else {
                entries.append(KeyValueEntry(key: key, keyPosition: keyPos, raw: .scalar(unquote(valueText)), valuePosition: valuePos))
            }
        }
        flushList()
        return (entries, diagnostics)
    }

    /// `Phường Sông Mây   # site title` → `Phường Sông Mây`. A `#` opens a comment only at the
    /// start of the value or after a space (so «C#» and URL fragments stay) and never inside
    /// double quotes, or single quotes that open the value: `"Tổ #1"` keeps its `#`.
    static func stripComment(_ s: String) -> String {
        var inQuote: Character?
        var previous: Character = " "
        var end = s.endIndex
        for i in s.indices {
            let c = s[i]
            if let q = inQuote {
                if c == q { inQuote = nil }
            } else if c == "\"" || (c == "'" && i == s.startIndex) {
                inQuote = c
            } else if c == "#" && (previous == " " || previous == "\t") {
                end = i
                break
            }
            previous = c
        }
        return s[..<end].trimmingCharacters(in: .whitespaces)
    }

    private static func unquote(_ s: String) -> String {
        if s.count >= 2, (s.hasPrefix("\"") && s.hasSuffix("\"")) || (s.hasPrefix("'") && s.hasSuffix("'")) {
            return String(s.dropFirst().dropLast())
        }
        return s
    }
}
