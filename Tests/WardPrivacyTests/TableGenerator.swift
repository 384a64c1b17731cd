import TestSupport
import WardPrivacy

/// Random sheets shaped like ward reports: a unit tree (province → district → ward) crossed
/// with indicator columns that may be linked — an indicator that totals two others, one that is
/// part of another (its rest is implicit), and a year-to-date figure over months. Leaves are
/// skewed small, so many cells are sensitive counts of 1…k−1.
enum TableGenerator {
    struct Shape {
        var maxDepth = 2
        var maxFanOut = 4
        var months = 3
        var maxValue = 20
        var linkedIndicators = true
    }

    static func table(_ rng: inout SeededRandom, shape: Shape = Shape()) -> CountTable {
        // Unit tree: parent index per unit, children lists.
        var unitChildren: [[Int]] = [[]]
        var unitDepth = [0]
        var stack = [0]
        let depth = Int.random(in: 1...shape.maxDepth, using: &rng)
        while let u = stack.popLast() {
            guard unitDepth[u] < depth, unitDepth[u] == 0 || Int.random(in: 0..<10, using: &rng) < 7 else { continue }
            for _ in 0..<Int.random(in: 1...shape.maxFanOut, using: &rng) {
                unitChildren.append([])
                unitDepth.append(unitDepth[u] + 1)
                unitChildren[u].append(unitChildren.count - 1)
                stack.append(unitChildren.count - 1)
            }
        }
        // Columns: per month m, leaf indicator A_m, B_m; optionally T_m = A_m + B_m, P_m part of
        // A_m (rest implicit), and a year-to-date Y_m = Y_{m-1} + A_m.
        enum Kind { case leaf, total([Int]), cumulative(previous: Int?, month: Int) }
        var columns: [(name: String, kind: Kind)] = []
        var restOf: [Int: Int] = [:]   // column of an implicit rest → the column it completes
        let months = Int.random(in: 1...shape.months, using: &rng)
        let linked = shape.linkedIndicators
        var previousY: Int?
        for m in 0..<months {
            let a = columns.count; columns.append(("A\(m)", .leaf))
            let b = columns.count; columns.append(("B\(m)", .leaf))
            if linked && Bool.random(using: &rng) { columns.append(("T\(m)", .total([a, b]))) }
            if linked && Bool.random(using: &rng) {
                let p = columns.count; columns.append(("P\(m)", .leaf))
                let r = columns.count; columns.append(("R\(m)", .leaf))
                restOf[r] = a
                columns[a] = ("A\(m)", .total([p, r]))
            }
            if linked && Int.random(in: 0..<3, using: &rng) > 0 {
                let y = columns.count; columns.append(("Y\(m)", .cumulative(previous: previousY, month: a)))
                previousY = y
            }
        }
        // Values: leaf units × leaf columns random; everything else summed.
        let nu = unitChildren.count, nc = columns.count
        var v = [[Int]](repeating: [Int](repeating: 0, count: nc), count: nu)
        func leafValue() -> Int {
            switch Int.random(in: 0..<20, using: &rng) {
            case 0..<4: 0
            case 4..<10: 1
            case 10..<14: Int.random(in: 2...4, using: &rng)
            default: Int.random(in: 0...shape.maxValue, using: &rng)
            }
        }
        func colParts(_ c: Int) -> [Int] {
            switch columns[c].kind {
            case .leaf: []
            case .total(let parts): parts
            case .cumulative(let prev, let month): (prev.map { [$0] } ?? []) + [month]
            }
        }
        let unitOrder = postOrder(unitChildren)
        // Parts before totals: a column's parts may come after it (A is completed by P and R).
        var columnOrder: [Int] = []
        var placed = [Bool](repeating: false, count: nc)
        func place(_ c: Int) {
            guard !placed[c] else { return }
            placed[c] = true
            for p in colParts(c) { place(p) }
            columnOrder.append(c)
        }
        for c in 0..<nc { place(c) }
        for u in unitOrder {
            for c in columnOrder {
                if unitChildren[u].isEmpty {
                    let parts = colParts(c)
                    v[u][c] = parts.isEmpty ? leafValue() : parts.reduce(0) { $0 + v[u][$1] }
                } else {
                    v[u][c] = unitChildren[u].reduce(0) { $0 + v[$1][c] }
                }
            }
        }
        var cells: [CountTable.Cell] = []
        var index = [[Int]](repeating: [], count: nu)
        for u in 0..<nu {
            for c in 0..<nc {
                index[u].append(cells.count)
                let implicit = restOf[c] != nil
                cells.append(.init(id: "u\(u).\(columns[c].name)", value: v[u][c], isPublished: !implicit,
                                   isSensitive: implicit || Int.random(in: 0..<5, using: &rng) > 0))
            }
        }
        var equations: [CountTable.Equation] = []
        for u in 0..<nu {
            if !unitChildren[u].isEmpty {
                for c in 0..<nc { equations.append(.init(total: index[u][c], parts: unitChildren[u].map { index[$0][c] })) }
            }
            for c in 0..<nc where !colParts(c).isEmpty {
                equations.append(.init(total: index[u][c], parts: colParts(c).map { index[u][$0] }))
            }
        }
        return try! CountTable(cells: cells, equations: equations)
    }

    private static func postOrder(_ children: [[Int]]) -> [Int] {
        var out: [Int] = []
        var stack: [(Int, Bool)] = [(0, false)]
        while let (u, done) = stack.popLast() {
            if done { out.append(u); continue }
            stack.append((u, true))
            for c in children[u] { stack.append((c, false)) }
        }
        return out
    }
}
