import Foundation
import WardCSV
import WardLocale

/// Finds the input that produced a piece of output the audit refused, so the message points
/// staff at a file and line they can edit — a theme string, a sheet cell, a news post — instead
/// of a generated page they never wrote.
///
/// Every input text is folded the way the scanner folds an identifier's key (letters and digits
/// only, lower case, no diacritics, so «Nguyễn Văn Hùng» and «0912 345 678» become
/// «nguyenvanhung» and «0912345678»), remembering where each folded character came from. The
/// index is built once, and only when an output file was refused: a clean build never pays.
final class OutputAttribution: @unchecked Sendable {
    struct Text {
        let file: String
        let firstLine: Int
        let firstColumn: Int
        let text: String
    }

    private let texts: @Sendable () -> [Text]
    private let lock = AdaptiveLock()
    private var index: [(folded: [UInt8], positions: [SourcePosition], starts: [Bool])]?

    init(texts: @escaping @Sendable () -> [Text]) {
        self.texts = texts
    }

    /// The inputs of a build: content texts, sheet cells at their own positions, theme text
    /// files, and the names of content files (which become URL paths).
    static func inputs(_ sources: [SourceInput], theme: Theme) -> [Text] {
        var out: [Text] = []
        for s in sources {
            switch s {
            case .text(let t):
                out.append(Text(file: t.file, firstLine: t.firstLine, firstColumn: t.firstColumn, text: t.text))
                out.append(Text(file: t.file, firstLine: 1, firstColumn: 1, text: (t.file as NSString).lastPathComponent))
            case .table(let table):
                table.forEachValue { value, line, column in
                    out.append(Text(file: table.file, firstLine: line, firstColumn: column, text: value))
                }
            }
        }
        for (path, data) in theme.files where PublishedFileType(path: path) == .text || path.hasSuffix(".mustache") || path == "strings.txt" {
            guard let origin = theme.origins[path], origin.hasPrefix("theme/"), let text = String(data: data, encoding: .utf8) else { continue }
            out.append(Text(file: origin, firstLine: 1, firstColumn: 1, text: text))
        }
        return out
    }

    /// Where `key` (a finding's normalised value) occurs in the inputs, first match per file.
    func locate(_ key: String) -> [SourcePosition] {
        let needle = Self.fold(key).folded
        guard needle.count >= 2 else { return [] }
        lock.lock()
        if index == nil { index = texts().map { t in Self.fold(t.text, file: t.file, line: t.firstLine, column: t.firstColumn) } }
        let all = index!
        lock.unlock()
        var found: [SourcePosition] = []
        for entry in all {
            guard let at = Self.firstIndex(of: needle, in: entry.folded, wordStarts: entry.starts) else { continue }
            let p = entry.positions[at]
            if !found.contains(where: { $0.file == p.file }) { found.append(p) }
        }
        return found
    }

    /// `starts` marks the folded characters that begin a word of the input, so that a key is
    /// matched on whole words («nhu» is not found inside «những»).
    static func fold(_ s: String, file: String = "", line: Int = 1, column: Int = 1) -> (folded: [UInt8], positions: [SourcePosition], starts: [Bool]) {
        var folded: [UInt8] = []
        var positions: [SourcePosition] = []
        var starts: [Bool] = []
        var l = line, c = column
        var inWord = false, lastLower = false
        for ch in s {
            if ch == "\n" || ch == "\r\n" { l += 1; c = 1; inWord = false; continue }
            let plain = ch.isASCII ? String(ch).lowercased() : Vietnamese.fold(String(ch)).lowercased()
            // CamelCase starts a word too: "NguyenVanHung".
            var starting = !inWord || (ch.isUppercase && lastLower)
            var any = false
            for b in plain.utf8 where (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) {
                folded.append(b)
                positions.append(SourcePosition(file: file, line: l, column: c))
                starts.append(starting)
                starting = false
                any = true
            }
            inWord = any
            lastLower = ch.isLowercase
            c += 1
        }
        return (folded, positions, starts)
    }

    /// The first match of `needle` that starts a word and ends one (or is followed by digits).
    private static func firstIndex(of needle: [UInt8], in hay: [UInt8], wordStarts: [Bool]) -> Int? {
        guard needle.count <= hay.count else { return nil }
        let first = needle[0]
        var i = 0
        while i <= hay.count - needle.count {
            if wordStarts[i] && hay[i] == first && hay[i..<(i + needle.count)].elementsEqual(needle) {
                let end = i + needle.count
                if end == hay.count || wordStarts[end] || (hay[end] >= 0x30 && hay[end] <= 0x39) { return i }
            }
            i += 1
        }
        return nil
    }
}
