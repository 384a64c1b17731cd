/// The suppression pattern of a sheet published step by step (the plan period, then month after
/// month), as a function of the sheet alone.
///
/// Step s is decided over the cells of steps ≤ s, with every earlier step's pattern fixed as it
/// was decided — computed the same way, so it is what a build of that month published. Only
/// step s's cells may be hidden further. Then a site built once from the whole sheet, a site
/// built month by month, and a ward's site built from the district's sheet all hide the same
/// cells, whatever record they kept; and a new month never needs an earlier month changed: with
/// every non-zero cell of the new month hidden, its figures add no upper bound to anything.
public enum CausalSuppressor {
    /// `steps[i]`: the step in which cell i is first published (an implicit cell: its total's).
    /// `floor`: cells hidden whatever this policy says (the sheet's own pattern, when a site
    /// uses a larger k than the sheet declares): the result hides a superset of them.
    public static func suppress(_ table: CountTable, steps: [Int], policy: SuppressionPolicy,
                                floor: [HiddenReason?]? = nil) -> SuppressionResult {
        let n = table.cells.count
        var reasons = [HiddenReason?](repeating: nil, count: n)
        var unprotectable: [Int] = []
        // An equation is read from the step of its latest member on.
        let equationStep = table.equations.map { eq in eq.parts.reduce(steps[eq.total]) { max($0, steps[$1]) } }
        var equationsAt: [Int: [Int]] = [:]
        for (e, s) in equationStep.enumerated() { equationsAt[s, default: []].append(e) }
        var cellsAt: [Int: [Int]] = [:]
        for i in 0..<n { cellsAt[steps[i], default: []].append(i) }
        var sets = DisjointSets(count: n)
        var prefix: [Int] = []
        for step in cellsAt.keys.sorted() {
            let now = cellsAt[step]!
            prefix += now
            for e in equationsAt[step] ?? [] {
                sets.join(table.equations[e].total, table.equations[e].parts)
            }
            // Only the components this step touches can change; the rest were settled before.
            let touched = Set(now.map { sets.find($0) })
            let cells = prefix.filter { touched.contains(sets.find($0)) }.sorted()
            var local = [Int: Int](minimumCapacity: cells.count)
            for (j, i) in cells.enumerated() { local[i] = j }
            // In the sheet's own order, so a build through an earlier month sees this step's
            // table exactly as this one does.
            var equations: [CountTable.Equation] = []
            for (e, eq) in table.equations.enumerated() where equationStep[e] <= step {
                guard let t = local[eq.total] else { continue }
                equations.append(.init(total: t, parts: eq.parts.map { local[$0]! }))
            }
            let sub = CountTable(validated: cells.map { table.cells[$0] }, equations: equations)
            var constraints = SuppressionConstraints()
            for (j, i) in cells.enumerated() {
                if steps[i] < step {
                    if reasons[i] == nil { constraints.mustShow.insert(j) } else { constraints.mustHide.insert(j) }
                } else if floor?[i] != nil {
                    constraints.mustHide.insert(j)
                }
            }
            let result = SmallCountSuppressor.suppress(sub, policy: policy, constraints: constraints, protecting: constraints.mustHide)
            // A cell hidden to protect others that the reader can still pin protects nothing
            // and only tells the reader it was worked out: it is shown, which changes nothing
            // a reader can compute.
            let pinned = DisclosureAudit.pinned(sub, hidden: { result.isHidden($0) })
            for (j, i) in cells.enumerated() where steps[i] == step {
                let r = result.reasons[j]
                reasons[i] = r == .complementary && pinned.contains(j) ? nil
                    : r.map { $0 == .earlierBuild ? (floor?[i] ?? .complementary) : $0 }
            }
            // Only a small count left pinned is a failure; a figure hidden for its neighbours'
            // sake that the reader can work out is no small count.
            unprotectable += result.unprotectable.filter { j in
                let c = sub.cells[j]
                return c.isSensitive && policy.isSmall(c.value)
            }.map { cells[$0] }
        }
        return SuppressionResult(reasons: reasons, unprotectable: Array(Set(unprotectable)).sorted())
    }
}
