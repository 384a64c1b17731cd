/// Cells linked by a shared equation, grouped with path compression: the disclosure audit
/// groups a whole sheet this way, so it must stay linear in the sheet's size.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
        return r
    }

    /// Puts every member in the set of `anchor`.
    mutating func join(_ anchor: Int, _ members: [Int]) {
        let root = find(anchor)
        for m in members { let q = find(m); if q != root { parent[q] = root } }
    }
}
