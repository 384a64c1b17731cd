/// A cell's place in a sheet, 1-based, written the way Excel shows it: column letters then row
/// number ("D7"), so a message can send staff straight to the cell.
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let row: Int
    public let column: Int

    /// Excel's grid: 1,048,576 rows × 16,384 columns (XFD).
    public static let maxRow = 1_048_576
    public static let maxColumn = 16_384

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses "D7" (letters are case-insensitive, `$` anchors are ignored); nil if malformed or
    /// outside Excel's grid.
    public init?(_ text: some StringProtocol) {
        var column = 0, row = 0
        var seenDigit = false
        for scalar in text.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A:
                guard !seenDigit, column <= Self.maxColumn else { return nil }
                column = column * 26 + Int(scalar.value & 0x1F)
            case 0x30...0x39:
                guard row <= Self.maxRow else { return nil }
                seenDigit = true
                row = row * 10 + Int(scalar.value - 0x30)
            default:
                return nil
            }
        }
        guard (1...Self.maxColumn).contains(column), (1...Self.maxRow).contains(row) else { return nil }
        self.init(row: row, column: column)
    }

    public static func letters(_ column: Int) -> String {
        var n = column, out: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            out.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }

    public var description: String { Self.letters(column) + String(row) }

    public static func < (a: CellReference, b: CellReference) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }
}

/// A rectangle of cells, as `mergeCell ref="A1:C2"` gives it.
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    public let first: CellReference
    public let last: CellReference

    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":")
        guard let a = parts.first.flatMap({ CellReference($0) }) else { return nil }
        let b = parts.count == 2 ? CellReference(parts[1]) : parts.count == 1 ? a : nil
        guard let b else { return nil }
        first = CellReference(row: min(a.row, b.row), column: min(a.column, b.column))
        last = CellReference(row: max(a.row, b.row), column: max(a.column, b.column))
    }

    public func contains(_ cell: CellReference) -> Bool {
        (first.row...last.row).contains(cell.row) && (first.column...last.column).contains(cell.column)
    }

    public var description: String { first == last ? first.description : "\(first):\(last)" }
}
