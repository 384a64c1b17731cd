/// Counts linked by "total = sum of parts" equations: a ward's figure and its groups', a
/// district's and its wards', an indicator and the indicators it totals, a year-to-date figure
/// and last month's plus this month's. Every link is something a reader may use to subtract
/// shown cells from a total, so the audit works on exactly these equations.
public struct CountTable: Sendable {
    public struct Cell: Sendable {
        public let id: String
        public let value: Int
        /// Printed on some page (as a number or as the hidden label). An implicit cell is never
        /// printed, but a reader can still reason about it: the rest of a total whose parts are
        /// not all listed, or the people counted by one indicator and not by its part.
        public let isPublished: Bool
        /// Values 1…k−1 must never be printed nor be recoverable.
        public let isSensitive: Bool

        public init(id: String, value: Int, isPublished: Bool = true, isSensitive: Bool = true) {
            self.id = id
            self.value = value
            self.isPublished = isPublished
            self.isSensitive = isSensitive
        }
    }

    public struct Equation: Sendable, Equatable {
        public let total: Int
        public let parts: [Int]

        public init(total: Int, parts: [Int]) {
            self.total = total
            self.parts = parts
        }
    }

    public let cells: [Cell]
    public let equations: [Equation]
    /// For each cell, the equations it takes part in (as total or part).
    let equationsOf: [[Int]]

    /// Refuses a table that does not add up, instead of trapping: the figures came from staff.
    public init(cells: [Cell], equations: [Equation]) throws(CountTableProblem) {
        var ids = Set<String>()
        for c in cells {
            guard c.value >= 0 else { throw .negative(cell: c.id, value: c.value) }
            guard ids.insert(c.id).inserted else { throw .duplicateID(c.id) }
        }
        var of = [[Int]](repeating: [], count: cells.count)
        for (e, eq) in equations.enumerated() {
            var members = Set<Int>()
            for m in [eq.total] + eq.parts {
                guard cells.indices.contains(m) else { throw .badIndex(m) }
                guard members.insert(m).inserted else { throw .repeatedInEquation(cell: cells[m].id) }
                of[m].append(e)
            }
            let sum = eq.parts.reduce(0) { $0 + cells[$1].value }
            guard sum == cells[eq.total].value else {
                throw .sumMismatch(total: cells[eq.total].id, value: cells[eq.total].value, sum: sum)
            }
        }
        self.cells = cells
        self.equations = equations
        equationsOf = of
    }

    /// A part of a table already checked by the throwing initializer.
    init(validated cells: [Cell], equations: [Equation]) {
        var of = [[Int]](repeating: [], count: cells.count)
        for (e, eq) in equations.enumerated() { for m in [eq.total] + eq.parts { of[m].append(e) } }
        self.cells = cells
        self.equations = equations
        equationsOf = of
    }

    /// Cells that share no equation never inform each other: the audit works component by
    /// component, which keeps each linear system as small as the table's real links.
    func components() -> [[Int]] {
        var sets = DisjointSets(count: cells.count)
        for eq in equations { sets.join(eq.total, eq.parts) }
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for c in cells.indices {
            let r = sets.find(c)
            if groups[r] == nil { order.append(r) }
            groups[r, default: []].append(c)
        }
        return order.map { groups[$0]! }
    }
}

/// A count table that cannot be published as sums; staff read `vi` first.
public enum CountTableProblem: Error, Sendable, Equatable {
    case badIndex(Int)
    case negative(cell: String, value: Int)
    case duplicateID(String)
    case repeatedInEquation(cell: String)
    case sumMismatch(total: String, value: Int, sum: Int)

    public var vi: String {
        switch self {
        case .badIndex(let i): "Bảng số liệu lỗi: phương trình trỏ tới ô không tồn tại (\(i))."
        case .negative(let cell, let value): "Bảng số liệu lỗi: ô «\(cell)» có số âm (\(value))."
        case .duplicateID(let cell): "Bảng số liệu lỗi: mã ô «\(cell)» bị trùng."
        case .repeatedInEquation(let cell): "Bảng số liệu lỗi: ô «\(cell)» xuất hiện hai lần trong một tổng."
        case .sumMismatch(let total, let value, let sum): "Bảng số liệu lỗi: tổng «\(total)» là \(value) nhưng cộng các phần được \(sum)."
        }
    }

    public var en: String {
        switch self {
        case .badIndex(let i): "Count table error: an equation names a cell that does not exist (\(i))."
        case .negative(let cell, let value): "Count table error: «\(cell)» has a negative count (\(value))."
        case .duplicateID(let cell): "Count table error: the cell id «\(cell)» is used twice."
        case .repeatedInEquation(let cell): "Count table error: «\(cell)» appears twice in one total."
        case .sumMismatch(let total, let value, let sum): "Count table error: «\(total)» is \(value) but its parts add up to \(sum)."
        }
    }
}
