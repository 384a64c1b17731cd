import Foundation

/// What the sheets that name units (progress, targets) check their rows against: the loaded
/// units, the level the criteria set recognises, and the units refused earlier, whose rows are
/// skipped without a word because the refusal already said what is wrong.
struct UnitLookup: Sendable {
    let byID: [String: AdministrativeUnit]
    let rejected: Set<String>
    let level: UnitLevel
    /// Households of each unit at the recognised level: its own figure, or its groups' sum.
    let households: [String: Int]
    let setID: String

    enum Answer {
        case measured(AdministrativeUnit)
        /// Follows from an earlier error: say nothing.
        case skip
        case wrong(Diagnostic)
    }

    /// A «Thành phố» inside a province is a district-level city (Hạ Long in Quảng Ninh).
    func level(of u: AdministrativeUnit) -> UnitLevel? {
        if u.kind == .centralCity, let p = u.parentID.flatMap({ byID[$0] }), p.kind == .province { return .district }
        return u.kind.level
    }

    func isAncestor(_ ancestor: String, of id: String) -> Bool {
        var cursor = byID[id]?.parentID
        var steps = 0
        while let c = cursor, steps < 64 {
            if c == ancestor { return true }
            cursor = byID[c]?.parentID
            steps += 1
        }
        return false
    }

    /// A sheet's row names a unit: it must exist and be of the level the criteria are for.
    func check(_ id: String, at position: SourcePosition, within scope: String? = nil) -> Answer {
        if rejected.contains(id) { return .skip }
        guard let u = byID[id] else {
            return .wrong(Diagnostic(position, vi: "«\(id)» không có trong units.csv", en: "«\(id)» is not in units.csv"))
        }
        guard level(of: u) == level, u.kind.isPlace else {
            return .wrong(Diagnostic(position,
                vi: "«\(id)» là \(u.fullName), không phải \(Self.levelWords(level).vi): bộ tiêu chí «\(setID)» dùng cho cấp đó (cột level trong criteria.csv)",
                en: "«\(id)» is \(u.fullName), not a unit of level \(Self.levelWords(level).en): criteria set «\(setID)» is for that level (level column in criteria.csv)"))
        }
        if let scope, scope != id, !isAncestor(scope, of: id) {
            let owner = byID[scope]?.fullName ?? scope
            return .wrong(Diagnostic(position, vi: "\(u.fullName) không thuộc \(owner): mỗi đơn vị chỉ báo cáo số liệu của mình",
                                     en: "\(u.fullName) is not part of \(owner): each unit reports only its own figures"))
        }
        return .measured(u)
    }

    static func levelWords(_ l: UnitLevel) -> (vi: String, en: String) {
        switch l {
        case .group: return ("tổ dân phố, thôn, khu phố, bản, ấp", "group (tổ dân phố, thôn …)")
        case .commune: return ("xã, phường, thị trấn", "commune (xã, phường, thị trấn)")
        case .district: return ("quận, huyện, thị xã, thành phố thuộc tỉnh", "district (quận, huyện …)")
        case .province: return ("tỉnh, thành phố trực thuộc trung ương", "province (tỉnh, thành phố)")
        }
    }
}
