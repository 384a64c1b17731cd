/// A parsed template: built once, then walked for every render.
indirect enum Node: Sendable {
    case text(String)
    /// Where a source line begins; a partial rendered with indentation prints it here.
    case lineStart
    case variable(Path, escaped: Bool)
    case section(Path, [Node])
    case inverted(Path, [Node])
    /// `indent` is nil unless the tag stands alone on its line.
    case partial(String, indent: String?)
    case parent(String, indent: String?, blocks: [String: BlockDefinition])
    case block(String, BlockDefinition)
}

/// The content of a `{{$name}}…{{/name}}` block, both as a default in a parent template and as
/// an argument passed to one.
struct BlockDefinition: Sendable {
    let nodes: [Node]
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
