import Foundation

/// Reads a whole non-negative count as staff type it: «1234», or with the Vietnamese thousands
/// dot «1.234». «1.5» and «1,5» are not counts (they were read as 15 before), nor is «-3»:
/// half a household is an error to fix, never a number to guess.
func parseCount(_ raw: String) -> Int? {
    // Nearly every cell is plain digits: read them on the bytes, skipping Foundation's trim
    // (4 % of a rebuild that renders nothing). 18 digits cannot overflow.
    var digits = 0, n = 0
    for b in raw.utf8 {
        guard b >= 0x30 && b <= 0x39, digits < 18 else { digits = -1; break }
        n = n * 10 + Int(b - 0x30); digits += 1
    }
    if digits > 0 { return n }
    return parseCountByRule(raw)
}

/// The rule itself, on characters: `parseCount`'s byte reading must agree with it (tested).
func parseCountByRule(_ raw: String) -> Int? {
    let s = raw.trimmingCharacters(in: .whitespaces)
    guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
    let groups = s.split(separator: ".", omittingEmptySubsequences: false)
    if groups.count > 1 {
        guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
    }
    return Int(groups.joined())
}

/// The largest figure each kind of count may hold. Beyond it a number is a typo (an extra
/// digit, a phone number in the wrong column), and summed over a province's units it would
/// overflow: so it is an error naming the limit, never a trap or a silently wrong total.
enum CountCeiling {
    /// Households of one unit, and households pledged: a ward has thousands, never millions.
    static let households = 1_000_000
    /// Models, statistics (people, cases, places; «khác» may be a sum of money in đồng).
    static let figure = 1_000_000_000

    /// «1.000.000» as staff write it, for the message.
    static func shown(_ n: Int, _ language: Language) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(language == .vi ? "." : ",") }
            out.append(d)
        }
        return out
    }
}

/// `parseCount` within `0...ceiling`, or nil.
func parseCount(_ raw: String, atMost ceiling: Int) -> Int? {
    guard let n = parseCount(raw), n <= ceiling else { return nil }
    return n
}
