import WardPrivacy

/// Reference attacker for the audit tests: every integer table consistent with what was
/// published, found by depth-first search with propagation (an equation with one unknown left
/// fixes it). Hidden published cells range over 1…cap, implicit ones over 0…cap.
enum BruteForceAudit {
    /// Each unknown cell's [min, max] over all solutions within the cap; nil when the search
    /// would visit more than `budget` nodes.
    static func intervals(_ table: CountTable, hidden: (Int) -> Bool, cap: Int, budget: Int = 400_000) -> [Int: ClosedRange<Int>]? {
        let cells = table.cells
        let unknown = cells.indices.filter { !cells[$0].isPublished || hidden($0) }
        var value = [Int?](repeating: nil, count: cells.count)
        for i in cells.indices where !unknown.contains(i) { value[i] = cells[i].value }
        func lower(_ i: Int) -> Int { cells[i].isPublished ? 1 : 0 }
        var lo = [Int: Int](), hi = [Int: Int]()
        var nodes = 0
        var aborted = false

        func consistent() -> Bool {
            for eq in table.equations {
                let members = [eq.total] + eq.parts
                if members.allSatisfy({ value[$0] != nil }) {
                    if value[eq.total]! != eq.parts.reduce(0, { $0 + value[$1]! }) { return false }
                }
            }
            return true
        }
        /// Fills every unknown an equation determines; returns the cells it set, or nil on a
        /// contradiction (after undoing them).
        func propagate() -> [Int]? {
            var set: [Int] = []
            var changed = true
            while changed {
                changed = false
                for eq in table.equations {
                    let members = [eq.total] + eq.parts
                    let open = members.filter { value[$0] == nil }
                    guard open.count == 1 else { continue }
                    let m = open[0]
                    let known = eq.parts.filter { $0 != m }.reduce(0) { $0 + value[$1]! }
                    let v = m == eq.total ? known : value[eq.total]! - known
                    guard v >= lower(m), v <= cap else {
                        for s in set { value[s] = nil }
                        return nil
                    }
                    value[m] = v
                    set.append(m)
                    changed = true
                }
            }
            return set
        }
        func visit() {
            nodes += 1
            if nodes > budget { aborted = true; return }
            guard let set = propagate() else { return }
            defer { for s in set { value[s] = nil } }
            guard consistent() else { return }
            guard let next = unknown.first(where: { value[$0] == nil }) else {
                for u in unknown {
                    lo[u] = min(lo[u] ?? Int.max, value[u]!)
                    hi[u] = max(hi[u] ?? Int.min, value[u]!)
                }
                return
            }
            for v in lower(next)...cap {
                value[next] = v
                visit()
                value[next] = nil
                if aborted { return }
            }
        }
        visit()
        if aborted { return nil }
        var out: [Int: ClosedRange<Int>] = [:]
        for u in unknown {
            guard let l = lo[u], let h = hi[u] else { return nil }
            out[u] = l...h
        }
        return out
    }
}
