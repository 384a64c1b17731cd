import Foundation

/// Reads a whole non-negative count as staff type it: «1234», or with the Vietnamese thousands
/// dot «1.234». «1.5» and «1,5» are not counts (they were read as 15 before), nor is «-3»:
/// half a household is an error to fix, never a number to guess.
func parseCount(_ raw: String) -> Int? {
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
