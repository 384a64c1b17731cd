import WardPrivacy

/// Reference attacker for the audit test: tries every value of every hidden leaf.
enum BruteForceAudit {
    /// nil when the search would be too large. Hidden non-primary leaves range over 0…cap.
    static func intervals(_ tree: CountTree, result: SuppressionResult, k: Int, cap: Int) -> [String: ClosedRange<Int>]? {
        let nodes = tree.nodes
        var parent = [Int](repeating: -1, count: nodes.count)
        for (i, node) in nodes.enumerated() { for c in node.children { parent[c] = i } }
        // Published structure: a node whose breakdown has a withheld row acts as a leaf.
        func isLeaf(_ v: Int) -> Bool {
            nodes[v].children.isEmpty || nodes[v].children.contains { result.withheld.contains(nodes[$0].id) }
        }
        var published: [Int] = []
        var stack = [tree.root]
        while let v = stack.popLast() {
            published.append(v)
            if !isLeaf(v) { stack.append(contentsOf: nodes[v].children) }
        }
        func domain(_ v: Int) -> ClosedRange<Int> {
            let id = nodes[v].id
            if result.primary.contains(id) { return 1...(k - 1) }
            if result.suppressed.contains(id) { return 0...cap }
            return nodes[v].value...nodes[v].value
        }
        let leaves = published.filter(isLeaf)
        let size = leaves.reduce(1.0) { $0 * Double(domain($1).count) }
        guard size <= 200_000 else { return nil }

        var value = [Int](repeating: 0, count: nodes.count)
        var lo = [Int](repeating: Int.max, count: nodes.count)
        var hi = [Int](repeating: Int.min, count: nodes.count)
        let inner = published.reversed().filter { !isLeaf($0) }
        func visit(_ i: Int) {
            if i == leaves.count {
                for v in inner {
                    value[v] = nodes[v].children.reduce(0) { $0 + value[$1] }
                    if !domain(v).contains(value[v]) { return }
                }
                for v in published {
                    lo[v] = min(lo[v], value[v])
                    hi[v] = max(hi[v], value[v])
                }
                return
            }
            for x in domain(leaves[i]) {
                value[leaves[i]] = x
                visit(i + 1)
            }
        }
        visit(0)
        var out: [String: ClosedRange<Int>] = [:]
        for v in published where result.suppressed.contains(nodes[v].id) {
            guard lo[v] <= hi[v] else { return nil }
            out[nodes[v].id] = lo[v]...hi[v]
        }
        return out
    }
}
