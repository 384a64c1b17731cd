/// What a reader can deduce from a published `CountTable`, modelled on exactly what the pages
/// say: a shown cell is its number; a hidden cell (one label for all) is some count of at least
/// 1, because zeros are always printed; an implicit cell is some count of at least 0. Nothing
/// has an upper bound. The reader also knows every equation.
///
/// A cell is *pinned* when it takes one value in every table consistent with that. This is the
/// linear-programming attack of sdcTable's `attack()` and τ-Argus's audit, computed without
/// one LP per cell: over the feasible set P = { y : A y = b, y ≥ lo }, a cell is constant
/// exactly when it is constant on P's affine hull, which is A y = b plus the bounds that hold
/// with equality everywhere on P. A bound can only be such an implicit equality where the true
/// table sits on it (a hidden 1, an implicit 0), and it is one exactly when no direction in the
/// cone { d : A d = 0, d ≥ 0 where the truth is at its bound } raises that cell (`ConeProbe`).
/// Then a cell is pinned when its unit vector lies in the row space of that affine system.
public enum DisclosureAudit {
    /// The cells a reader can pin, among those not shown.
    public static func pinned(_ table: CountTable, hidden: (Int) -> Bool) -> Set<Int> {
        var out = Set<Int>()
        for component in table.components() {
            out.formUnion(pinned(table, component: component, hidden: hidden))
        }
        return out
    }

    /// The cells whose protection fails: a sensitive count of 1…k−1, hidden or implicit, that
    /// can be pinned. A cell hidden only to protect others may itself be pinned — the shown cells
    /// around it may fix it (a year-to-date figure whose last month was shown and whose month
    /// is 0) — and that tells a reader nothing the audit of the small ones has not allowed for:
    /// every pinned value is implied by the equations the audit solves. (`CausalSuppressor`
    /// prints such a cell, and protects what earlier months hid through `also`.)
    public static func exposed(_ table: CountTable, result: SuppressionResult, policy: SuppressionPolicy) -> [Int] {
        exposed(table, component: Array(table.cells.indices), hidden: { result.isHidden($0) }, policy: policy)
    }

    static func exposed(_ table: CountTable, component: [Int], hidden: (Int) -> Bool, policy: SuppressionPolicy,
                        also: Set<Int> = []) -> [Int] {
        pinned(table, component: component, hidden: hidden).filter { i in
            let c = table.cells[i]
            return c.isSensitive && policy.isSmall(c.value) || also.contains(i)
        }.sorted()
    }

    static func pinned(_ table: CountTable, component: [Int], hidden: (Int) -> Bool) -> Set<Int> {
        // Unknowns: hidden published cells and every implicit cell of the component.
        var local: [Int: Int] = [:]
        var unknowns: [Int] = []
        for c in component where !table.cells[c].isPublished || hidden(c) {
            local[c] = unknowns.count
            unknowns.append(c)
        }
        guard !unknowns.isEmpty else { return [] }
        let n = unknowns.count
        var seen = Set<Int>()
        var equations: [Int] = []
        for c in unknowns { for e in table.equationsOf[c] where seen.insert(e).inserted { equations.append(e) } }
        var m = Matrix(rows: equations.count, columns: n)
        for (r, e) in equations.enumerated() {
            let eq = table.equations[e]
            if let t = local[eq.total] { m[r, t] += 1 }
            for p in eq.parts { if let v = local[p] { m[r, v] -= 1 } }
        }
        let lower = unknowns.map { table.cells[$0].isPublished && table.cells[$0].value >= 1 ? 1 : 0 }
        let atBound = unknowns.indices.map { table.cells[unknowns[$0]].value == lower[$0] }
        let pivots = LinearAlgebra.reduce(&m)

        var fixed = [Bool](repeating: false, count: n)
        if atBound.contains(true) {
            var probe = ConeProbe(reduced: m, pivots: pivots, atBound: atBound)
            let movable = probe.movable()
            for j in 0..<n where atBound[j] && !movable[j] { fixed[j] = true }
        }
        // Fixed cells are constants of the affine hull: drop their columns and reduce again.
        var remaining = m
        if fixed.contains(true) {
            for i in 0..<remaining.rows { for j in 0..<n where fixed[j] { remaining[i, j] = 0 } }
            _ = LinearAlgebra.reduce(&remaining)
        }
        var out = Set<Int>()
        for j in 0..<n where fixed[j] { out.insert(unknowns[j]) }
        for i in 0..<remaining.rows {
            var nonzero = -1, count = 0
            for j in 0..<n where remaining[i, j] != 0 { nonzero = j; count += 1; if count > 1 { break } }
            if count == 1 { out.insert(unknowns[nonzero]) }
        }
        return out
    }
}
