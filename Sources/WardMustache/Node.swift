/// A parsed template: built once, then walked for every render. Tags keep the UTF-8 offset where
/// they were written (`at`), so that a render that has to stop can say where.
indirect enum Node: Sendable {
    case text(String)
    /// Where a source line begins; a partial rendered with indentation prints it here.
    case lineStart
    case variable(Path, escaped: Bool, at: Int)
    case section(Path, [Node], at: Int)
    case inverted(Path, [Node], at: Int)
    /// `indent` is nil unless the tag stands alone on its line.
    case partial(String, indent: String?, at: Int)
    case parent(String, indent: String?, blocks: [String: BlockDefinition], at: Int)
    case block(String, BlockDefinition, at: Int)
}

/// A template's name and text, shared by its nodes' error positions: only turned into a line
/// and column when something is reported.
final class TemplateSource: Sendable {
    let name: String
    let bytes: [UInt8]

    init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    func error(at offset: Int, vi: String, en: String) -> MustacheError {
        let position = SourcePosition(offset: offset, in: bytes)
        return MustacheError(templateName: name, line: position.line, column: position.column, vi: vi, en: en)
    }
}

/// The content of a `{{$name}}…{{/name}}` block, both as a default in a parent template and as
/// an argument passed to one.
struct BlockDefinition: Sendable {
    let nodes: [Node]
    /// The template the content was written in, which is not the one it is expanded in.
    let source: TemplateSource
    /// The content begins at the start of a line (its opening tag stood alone), so it brings its
    /// own line-start indentation; otherwise the expansion site must indent its first line.
    let startsLine: Bool
    /// For a standalone block, the indentation its content gets where it is expanded; the
    /// content itself was stored with its common indentation removed.
    let siteIndent: String?
}

/// A variable or section name: `a.b.c`, or `.` for the current item (`first == nil`).
struct Path: Sendable {
    let first: String?
    let rest: [String]

    init(_ name: String) {
        if name == "." {
            first = nil
            rest = []
        } else {
            let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            first = parts[0]
            rest = Array(parts.dropFirst())
        }
    }
}
