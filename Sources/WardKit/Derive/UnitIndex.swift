import Foundation
import WardLocale

/// The unit tree below the site's root, built once in linear time: children in Vietnamese
/// order, and each unit's URL path ("phu-o-1/" on a ward site, "kim-tra/phu-o-1/" on a city
/// site) so pages never search the tree.
public struct UnitIndex: Sendable {
    public let root: AdministrativeUnit
    public let byID: [String: AdministrativeUnit]
    public let children: [String: [String]]
    /// Units below the root in pre-order (parents before children).
    public let descendants: [String]
    /// Path of each unit below `tien-do/` (and the print folders), ending in "/"; "" for the root.
    public let paths: [String: String]
    public let depth: [String: Int]

    init(units: [AdministrativeUnit], rootID: String) {
        var byID: [String: AdministrativeUnit] = [:]
        for u in units { byID[u.id] = u }
        var kids: [String: [String]] = [:]
        for u in units { if let p = u.parentID { kids[p, default: []].append(u.id) } }
        let keys = Dictionary(uniqueKeysWithValues: units.map { ($0.id, Vietnamese.collationKey($0.name)) })
        for (p, ids) in kids { kids[p] = ids.sorted { keys[$0]! < keys[$1]! || (keys[$0]! == keys[$1]! && $0 < $1) } }
        root = byID[rootID]!
        self.byID = byID
        children = kids

        var order: [String] = []
        var paths: [String: String] = [rootID: ""]
        var depth: [String: Int] = [rootID: 0]
        var stack: [String] = (kids[rootID] ?? []).reversed()
        // Siblings with the same slug (two "Tổ 1" under different names is fine; the same
        // name twice under one parent is not) get the unit id appended to stay unique.
        var usedSlugs: [String: Set<String>] = [:]
        func slug(for id: String) -> String {
            let u = byID[id]!
            let parent = u.parentID ?? ""
            var s = Vietnamese.slug(u.name)
            if s.isEmpty { s = Vietnamese.slug(id) }
            if usedSlugs[parent, default: []].contains(s) { s += "-" + Vietnamese.slug(id) }
            usedSlugs[parent, default: []].insert(s)
            return s
        }
        var slugs: [String: String] = [:]
        while let id = stack.popLast() {
            order.append(id)
            let parent = byID[id]!.parentID!
            // Slug a whole sibling list at once, in Vietnamese order, so which of two
            // same-named siblings gets the suffix does not depend on traversal.
            if slugs[id] == nil {
                for sibling in kids[parent] ?? [] { slugs[sibling] = slug(for: sibling) }
            }
            paths[id] = paths[parent]! + slugs[id]! + "/"
            depth[id] = depth[parent]! + 1
            stack.append(contentsOf: (kids[id] ?? []).reversed())
        }
        descendants = order
        self.paths = paths
        self.depth = depth
    }

    public var groups: [String] { descendants.filter { byID[$0]!.kind.isGroup } }

    /// Groups below a unit, in Vietnamese order of the tree.
    public func groups(under id: String) -> [String] {
        var out: [String] = []
        var stack = [id]
        while let c = stack.popLast() {
            if byID[c]!.kind.isGroup { out.append(c) }
            stack.append(contentsOf: (children[c] ?? []).reversed())
        }
        return out
    }
}
