import Foundation
import WardLocale

/// The unit tree below the site's root, built once in linear time: children in Vietnamese
/// order, each unit's URL path ("phu-o-1/" on a ward site, "kim-tra/phu-o-1/" on a city site)
/// so pages never search the tree, and which units the criteria recognise.
///
/// Only places form the tree. A reporting unit that is not a place (a police team, an agency)
/// is kept in `byID` and `reporting` for the statistics it reports, and in no list of places.
public struct UnitIndex: Sendable {
    public let root: AdministrativeUnit
    public let byID: KeyedTable<AdministrativeUnit>
    /// Places only.
    public let children: [String: [String]]
    /// Places below the root in pre-order (parents before children).
    public let descendants: [String]
    /// Path of each place below `tien-do/` (and the print folders), ending in "/"; "" for the root.
    public let paths: [String: String]
    public let depth: [String: Int]
    /// Teams and agencies below the root: they report statistics but are not places.
    public let reporting: [String]
    /// The level the criteria set recognises; units of that level are measured against it.
    public let level: UnitLevel
    /// Measured units in pre-order (the root itself when it is of that level).
    public let measured: [String]
    /// Households of each measured unit (its own figure, or its groups' sum).
    public let households: [String: Int]
    /// Slug collisions: errors, because a silent suffix would move a printed URL.
    public let diagnostics: [Diagnostic]
    /// Same-named siblings: allowed (with a `slug`), but worth a second look.
    public let warnings: [Diagnostic]
    private let measuredSet: Set<String>
    private let levels: [String: UnitLevel]

    init(units: [AdministrativeUnit], rootID: String, level: UnitLevel = .group) {
        var byID = KeyedTable<AdministrativeUnit>(minimumCapacity: units.count)
        for u in units { byID[u.id] = u }
        let root = byID[rootID]!
        var levels: [String: UnitLevel] = [:]
        for u in units {
            if u.kind == .centralCity, let p = u.parentID.flatMap({ byID[$0] }), p.kind == .province { levels[u.id] = .district }
            else if let l = u.kind.level { levels[u.id] = l }
        }
        var kids: [String: [String]] = [:]
        var reportingKids: [String: [String]] = [:]
        for u in units {
            guard let p = u.parentID else { continue }
            if u.kind.isPlace { kids[p, default: []].append(u.id) } else { reportingKids[p, default: []].append(u.id) }
        }
        let keys = Dictionary(uniqueKeysWithValues: units.map { ($0.id, Vietnamese.collationKey($0.shortName)) })
        for (p, ids) in kids { kids[p] = ids.sorted { keys[$0]! < keys[$1]! || (keys[$0]! == keys[$1]! && $0 < $1) } }
        self.root = root
        self.byID = byID
        self.level = level
        self.levels = levels
        children = kids

        var order: [String] = []
        var paths: [String: String] = [rootID: ""]
        var depth: [String: Int] = [rootID: 0]
        var diagnostics: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var reporting: [String] = reportingKids[rootID] ?? []
        var stack: [String] = (kids[rootID] ?? []).reversed()
        var slugs: [String: String] = [:]
        while let id = stack.popLast() {
            order.append(id)
            let parent = byID[id]!.parentID!
            // A whole sibling list is slugged at once, so every collision is found and named.
            if slugs[id] == nil {
                let (s, errors, notes) = Self.slugSiblings(kids[parent] ?? [], byID: byID, parent: byID[parent]!)
                slugs.merge(s) { a, _ in a }
                diagnostics += errors
                warnings += notes
            }
            paths[id] = paths[parent]! + slugs[id]! + "/"
            depth[id] = depth[parent]! + 1
            reporting += reportingKids[id] ?? []
            stack.append(contentsOf: (kids[id] ?? []).reversed())
        }
        descendants = order
        self.paths = paths
        self.depth = depth
        self.reporting = reporting
        self.diagnostics = diagnostics
        self.warnings = warnings
        let measured = ([rootID] + order).filter { levels[$0] == level }
        self.measured = measured
        measuredSet = Set(measured)
        households = Self.households(units, byID: byID, levels: levels, level: level, measured: measured)
    }

    /// Each sibling's URL segment: its `slug` column, else its name. Two siblings that would
    /// share one are refused, naming both, with the fix; no suffix is ever added silently,
    /// because a suffix decided by sort order moves when a sibling is added.
    static func slugSiblings(_ ids: [String], byID: KeyedTable<AdministrativeUnit>, parent: AdministrativeUnit)
        -> ([String: String], [Diagnostic], [Diagnostic]) {
        var out: [String: String] = [:]
        var taken: [String: String] = [:]
        var named: [String: String] = [:]
        var errors: [Diagnostic] = [], notes: [Diagnostic] = []
        for id in ids {
            let u = byID[id]!
            var s = u.slug ?? Vietnamese.slug(u.shortName)
            if s.isEmpty { s = Vietnamese.slug(id) }
            let nameKey = u.name.lowercased().precomposedStringWithCanonicalMapping
            if let other = named[nameKey].flatMap({ byID[$0] }) {
                notes.append(Diagnostic(u.position, kind: .warning,
                    vi: "\(parent.fullName) có hai đơn vị cùng tên «\(u.name)» (dòng \(other.position.line) và dòng \(u.position.line)); kiểm tra có đúng là hai đơn vị khác nhau không",
                    en: "\(parent.fullName) has two units named «\(u.name)» (lines \(other.position.line) and \(u.position.line)); check they really are two units"))
            } else {
                named[nameKey] = id
            }
            if let other = taken[s].flatMap({ byID[$0] }) {
                errors.append(Diagnostic(u.position,
                    vi: "\(u.fullName) (dòng \(u.position.line)) và \(other.fullName) (dòng \(other.position.line)) trong \(parent.fullName) cùng có đường dẫn «\(s)»; thêm cột slug (duong_dan) vào units.csv và ghi cho \(u.fullName) một đường dẫn khác, ví dụ «\(s)-2» — đừng đổi đường dẫn của đơn vị đã in mã QR",
                    en: "\(u.fullName) (line \(u.position.line)) and \(other.fullName) (line \(other.position.line)) in \(parent.fullName) would share the URL «\(s)»; add a slug column to units.csv and give \(u.fullName) another one, e.g. «\(s)-2» — keep the URL of the unit whose QR codes are printed"))
                s += "-" + Vietnamese.slug(id)
            }
            taken[s] = id
            out[id] = s
        }
        return (out, errors, notes)
    }

    /// Shared with the loader's check: a measured unit's own households, or its groups' sum.
    static func households(_ units: [AdministrativeUnit], byID: KeyedTable<AdministrativeUnit>, levels: [String: UnitLevel],
                           level: UnitLevel, measured: [String]) -> [String: Int] {
        households(units, unit: { byID[$0] }, levels: levels, level: level, measured: measured)
    }

    static func households(_ units: [AdministrativeUnit], byID: [String: AdministrativeUnit], levels: [String: UnitLevel],
                           level: UnitLevel, measured: [String]) -> [String: Int] {
        households(units, unit: { byID[$0] }, levels: levels, level: level, measured: measured)
    }

    private static func households(_ units: [AdministrativeUnit], unit byID: (String) -> AdministrativeUnit?, levels: [String: UnitLevel],
                                   level: UnitLevel, measured: [String]) -> [String: Int] {
        var sums: [String: Int] = [:]
        if level > .group {
            for u in units where u.kind.isGroup {
                var cursor = u.parentID
                while let c = cursor {
                    if levels[c] == level { sums[c, default: 0] += u.households ?? 0; break }
                    cursor = byID(c)?.parentID
                }
            }
        }
        var out: [String: Int] = [:]
        for id in measured { out[id] = byID(id)!.households ?? sums[id] ?? 0 }
        return out
    }

    public func isMeasured(_ id: String) -> Bool { measuredSet.contains(id) }

    public func level(of id: String) -> UnitLevel? { levels[id] }

    /// Units that get a progress page: places down to the measured level, not the villages
    /// below a commune that is recognised as a whole.
    public func hasPage(_ id: String) -> Bool { (levels[id] ?? .group) >= level }

    /// Kept for callers written when only groups were measured.
    public var groups: [String] { measured }

    /// Measured units at or below a unit, in Vietnamese order of the tree.
    public func measured(under id: String) -> [String] {
        var out: [String] = []
        var stack = [id]
        while let c = stack.popLast() {
            if measuredSet.contains(c) { out.append(c); continue }
            stack.append(contentsOf: (children[c] ?? []).reversed())
        }
        return out
    }

    public func groups(under id: String) -> [String] { measured(under: id) }
}
