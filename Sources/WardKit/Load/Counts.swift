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
