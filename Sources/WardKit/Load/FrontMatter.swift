import Foundation

/// A Markdown file split into its `---` front matter and its body; the body keeps the line
/// number it starts on so later findings (privacy scan) point at the right line of the file.
struct FrontMatterDocument: Sendable {
    let entries: [KeyValueEntry]
    let body: String
    let bodyFirstLine: Int
}

enum FrontMatter {
    static func split(_ text: String, file: String) -> (FrontMatterDocument, [Diagnostic]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespacesAndNewlines) == "---" else {
            return (FrontMatterDocument(entries: [], body: text, bodyFirstLine: 1), [])
        }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespacesAndNewlines) == "---" }) else {
            return (FrontMatterDocument(entries: [], body: "", bodyFirstLine: 1),
                    [Diagnostic(SourcePosition(file: file, line: 1, column: 1),
                                vi: "phần đầu (front matter) mở bằng «---» nhưng không có dòng «---» đóng",
                                en: "front matter opened with «---» is never closed by a «---» line")])
        }
        let (entries, diagnostics) = KeyValueParser.parse(Array(lines[1..<close]), file: file, firstLine: 2)
        let body = lines[(close + 1)...].joined(separator: "\n")
        return (FrontMatterDocument(entries: entries, body: body, bodyFirstLine: close + 2), diagnostics)
    }
}
