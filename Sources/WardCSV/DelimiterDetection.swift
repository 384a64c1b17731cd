/// Chooses the delimiter from the header line, because Excel writes `;` instead of `,` wherever
/// the system's list separator is `;` (and tab for "Text (Tab delimited)"), and staff cannot be
/// expected to know which one their machine used.
enum DelimiterDetection {
    struct Result {
        let delimiter: Character
        /// The file starts with Excel's `sep=X` hint line, which is not the header.
        let hasSeparatorLine: Bool
    }

    /// Earlier entries win ties, so a header with no delimiter at all (one column) reads as `,`.
    private static let candidates: [Unicode.Scalar] = [",", ";", "\t"]

    static func detect(in text: String) -> Result {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first == "\u{FEFF}" || first == "\r" || first == "\n" {
            scalars.removeFirst()
        }
        if let hint = separatorHint(scalars) { return Result(delimiter: hint, hasSeparatorLine: true) }
        var counts = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        for scalar in scalars {
            if scalar == "\"" {
                inQuotes.toggle()  // a doubled quote toggles twice: still inside, as it should be
            } else if !inQuotes {
                if scalar == "\r" || scalar == "\n" { break }
                if let slot = candidates.firstIndex(of: scalar) { counts[slot] += 1 }
            }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }!
        return Result(delimiter: Character(candidates[best]), hasSeparatorLine: false)
    }

    /// Excel honours a first line `sep=;` and some exports write one.
    private static func separatorHint(_ scalars: Substring.UnicodeScalarView) -> Character? {
        let line = scalars.prefix { $0 != "\r" && $0 != "\n" }
        guard line.count == 5, String(line.prefix(4)).lowercased() == "sep=", let hint = line.last,
              candidates.contains(hint) else { return nil }
        return Character(hint)
    }
}
