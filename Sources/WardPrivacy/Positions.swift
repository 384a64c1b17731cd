/// UTF-8 offsets to the line and column staff see in an editor, in one pass over the text
/// whatever the number of findings (a 3 MB single line with many findings stays linear).
enum Positions {
    static func resolve(_ raw: [RawFinding], in text: String) -> [PrivacyFinding] {
        guard !raw.isEmpty else { return [] }
        let sorted = raw.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }.map(\.element)
        var out: [PrivacyFinding] = []
        out.reserveCapacity(sorted.count)
        let utf8 = text.utf8
        var line = 1
        var column = 1
        var index = text.startIndex
        var offset = 0
        for f in sorted {
            // Walk Characters up to the finding; a Character never straddles a finding start
            // except inside a cluster (a combining mark), where the finding takes its Character.
            while offset < f.offset && index < text.endIndex {
                let ch = text[index]
                let next = text.index(after: index)
                let width = utf8.distance(from: index, to: next)
                if offset + width > f.offset { break }
                if ch == "\n" || ch == "\r" || ch == "\r\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                offset += width
                index = next
            }
            out.append(PrivacyFinding(kind: f.kind, line: line, column: column, masked: f.masked, utf8Offset: f.offset,
                                      key: f.key, declaration: f.declaredName.map { NameDeclaration(name: $0) }))
        }
        return out
    }
}
