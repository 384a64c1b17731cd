import Foundation

/// The `key: value` parser of front matter, settings and strings files as one public call, so
/// that code outside this module (the fuzz harness in Tests/Fuzz) drives exactly the parser the
/// loaders use, without `@testable`.
public enum KeyValueSyntax {
    /// Parses `text` as a whole file: every line, numbered from 1.
    public static func parse(_ text: String, file: String) -> (entries: [KeyValueEntry], diagnostics: [Diagnostic]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let (entries, diagnostics) = KeyValueParser.parse(lines, file: file, firstLine: 1)
        return (entries, diagnostics)
    }
}
