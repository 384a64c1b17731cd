/// Why a published cell reads as hidden.
public enum HiddenReason: String, Sendable {
    /// A sensitive count of 1…k−1.
    case small
    /// Hidden so that no total, difference or other month gives a small count away.
    case complementary
    /// Fixed as hidden by the caller (an earlier month, a smaller k's pattern): showing it now
    /// could pin what was hidden before. `CausalSuppressor` reports the original reason instead.
    case earlierBuild
}

/// What earlier months already published, which this step must respect: a cell once shown
/// is known to readers (they may have kept the page), a cell once hidden stays hidden.
public struct SuppressionConstraints: Sendable {
    public var mustShow: Set<Int>
    public var mustHide: Set<Int>

    public init(mustShow: Set<Int> = [], mustHide: Set<Int> = []) {
        self.mustShow = mustShow
        self.mustHide = mustHide
    }
}

/// Which published cells of a `CountTable` are printed and which read as hidden.
public struct SuppressionResult: Sendable {
    /// Per cell: nil when shown (and for implicit cells, which are never printed).
    public let reasons: [HiddenReason?]
    /// Cells still pinned because the cells that could protect them were already published by
    /// an earlier month; for `CausalSuppressor`, only when hiding all of a month is not enough.
    public let unprotectable: [Int]

    public init(reasons: [HiddenReason?], unprotectable: [Int] = []) {
        self.reasons = reasons
        self.unprotectable = unprotectable
    }

    public func isHidden(_ i: Int) -> Bool { reasons[i] != nil }
    public var hiddenCount: Int { reasons.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }
}

public enum SmallCountSuppressor {
    /// Hides every small sensitive count, then keeps hiding complementary cells until the audit
    /// finds no hidden cell, and no implicit small count, that a reader could pin.
    ///
    /// A pinned cell is repaired by hiding the smallest non-zero shown cell that shares an
    /// equation with it, or failing that with the nearest hidden cells linked to it (so the
    /// repair climbs to a total when no sibling is left). Zeros are never hidden — the page
    /// promises that a hidden cell is at least 1 — and hiding never needs to stop: with every
    /// non-zero cell of a component hidden, nothing has an upper bound and nothing is pinned.
    /// Only cells an earlier month showed can block that, and those are reported. Each round
    /// hides at least one more cell, so the loop ends.
    ///
    /// `protecting`: hidden cells that must not be pinned either, though not small (what an
    /// earlier month hid: a reader holds that page too, and a pinned cell there is a figure
    /// given away).
    public static func suppress(_ table: CountTable, policy: SuppressionPolicy,
                                constraints: SuppressionConstraints = SuppressionConstraints(),
                                protecting: Set<Int> = []) -> SuppressionResult {
        var reasons = [HiddenReason?](repeating: nil, count: table.cells.count)
        for (i, c) in table.cells.enumerated() where c.isPublished {
            if c.isSensitive && policy.isSmall(c.value) {
                reasons[i] = .small
            } else if constraints.mustHide.contains(i) && c.value >= 1 {
                reasons[i] = .earlierBuild
            }
        }
        localRepairs(table, policy: policy, constraints: constraints, reasons: &reasons)
        var unprotectable: [Int] = []
        for component in table.components() {
            while true {
                let exposed = DisclosureAudit.exposed(table, component: component, hidden: { reasons[$0] != nil }, policy: policy,
                                                      also: protecting)
                guard !exposed.isEmpty else { break }
                var touched = Set<Int>()
                var hidOne = false
                for x in exposed where touched.isDisjoint(with: table.equationsOf[x]) {
                    guard let c = cover(x, table: table, reasons: reasons, constraints: constraints) else { continue }
                    reasons[c] = .complementary
                    touched.formUnion(table.equationsOf[c])
                    touched.formUnion(table.equationsOf[x])
                    hidOne = true
                }
                if !hidOne {
                    unprotectable += exposed
                    break
                }
            }
        }
        return SuppressionResult(reasons: reasons, unprotectable: unprotectable.sorted())
    }

    /// The cheap part first, one equation at a time, to a fixpoint: an equation that alone
    /// pins a protected cell (it is the only unknown, or the unknown parts of a shown total can
    /// only be at their lower bounds) gets its smallest shown cell hidden. This is what most
    /// repairs are; the exact audit afterwards only has the few that need several equations,
    /// so a province sheet is audited a handful of times rather than once per repair.
    private static func localRepairs(_ table: CountTable, policy: SuppressionPolicy, constraints: SuppressionConstraints,
                                     reasons: inout [HiddenReason?]) {
        func unknown(_ i: Int) -> Bool { !table.cells[i].isPublished || reasons[i] != nil }
        func protected(_ i: Int) -> Bool {
            let c = table.cells[i]
            return c.isPublished ? reasons[i] != nil : c.isSensitive && policy.isSmall(c.value)
        }
        func lower(_ i: Int) -> Int { table.cells[i].isPublished ? 1 : 0 }
        var pending = Array(table.equations.indices.reversed())
        var queued = Set(pending)
        while let e = pending.popLast() {
            queued.remove(e)
            let eq = table.equations[e]
            let members = [eq.total] + eq.parts
            let open = members.filter(unknown)
            guard !open.isEmpty else { continue }
            var pinned: [Int] = []
            if open.count == 1 {
                pinned = open
            } else if !unknown(eq.total) {
                let slack = table.cells[eq.total].value - eq.parts.reduce(0) { $0 + (unknown($1) ? lower($1) : table.cells[$1].value) }
                if slack == 0 { pinned = open }
            }
            guard pinned.contains(where: protected) else { continue }
            let candidates = members.filter { m in
                !unknown(m) && table.cells[m].value >= 1 && !constraints.mustShow.contains(m)
            }
            guard let c = candidates.min(by: { (table.cells[$0].value, $0) < (table.cells[$1].value, $1) }) else { continue }
            reasons[c] = .complementary
            for other in table.equationsOf[c] where queued.insert(other).inserted { pending.append(other) }
            if queued.insert(e).inserted { pending.append(e) }
        }
    }

    /// The cheapest shown cell to hide for `x`: breadth-first through equations, so a sibling
    /// or total of `x` is preferred to a cell further away.
    private static func cover(_ x: Int, table: CountTable, reasons: [HiddenReason?], constraints: SuppressionConstraints) -> Int? {
        var frontier = [x]
        var visited: Set<Int> = [x]
        var usedEquations = Set<Int>()
        while !frontier.isEmpty {
            var best: Int?
            var next: [Int] = []
            for v in frontier {
                for e in table.equationsOf[v] where usedEquations.insert(e).inserted {
                    let eq = table.equations[e]
                    for m in [eq.total] + eq.parts where visited.insert(m).inserted {
                        let cell = table.cells[m]
                        if cell.isPublished && reasons[m] == nil {
                            guard cell.value >= 1, !constraints.mustShow.contains(m) else { continue }
                            if best.map({ (cell.value, m) < (table.cells[$0].value, $0) }) ?? true { best = m }
                        } else {
                            next.append(m)
                        }
                    }
                }
            }
            if let best { return best }
            frontier = next
        }
        return nil
    }
}
