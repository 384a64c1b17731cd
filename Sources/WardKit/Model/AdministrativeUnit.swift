import Foundation

/// The tiers at which a plan can recognise a unit as drug-free: a group (tổ dân phố, thôn …),
/// a commune-level unit (xã, phường, thị trấn), a district or a province.
public enum UnitLevel: Int, Sendable, Comparable, CaseIterable {
    case group, commune, district, province

    public static func < (a: UnitLevel, b: UnitLevel) -> Bool { a.rawValue < b.rawValue }
}

/// The kinds of unit a campaign site can hold: the places of Vietnamese administration, and
/// reporting units that are not places (a police team, an agency), which report figures but
/// are never part of the tree of places.
public enum UnitKind: String, Sendable, CaseIterable {
    case province = "tinh", centralCity = "thanh-pho", district = "huyen", urbanDistrict = "quan"
    case townCity = "thi-xa", ward = "phuong", commune = "xa", town = "thi-tran"
    case residentialGroup = "to-dan-pho", village = "thon", quarter = "khu-pho", hamlet = "ban", subquarter = "ap"
    case team = "doi", agency = "co-quan"

    public var isGroup: Bool { level == .group }

    /// A police team or an agency reports statistics but has no households, no progress page and
    /// no place in the unit tree's lists.
    public var isPlace: Bool { self != .team && self != .agency }

    /// The tier of a place. A «Thành phố» is a province-level city or a city within a province;
    /// `UnitIndex` tells them apart by the tree, this is the province-level reading.
    public var level: UnitLevel? {
        switch self {
        case .province, .centralCity: return .province
        case .district, .urbanDistrict, .townCity: return .district
        case .ward, .commune, .town: return .commune
        case .residentialGroup, .village, .quarter, .hamlet, .subquarter: return .group
        case .team, .agency: return nil
        }
    }

    /// The label printed before a name ("Tổ dân phố Phụ Ổ 1").
    public var vi: String {
        switch self {
        case .province: return "Tỉnh"
        case .centralCity: return "Thành phố"
        case .district: return "Huyện"
        case .urbanDistrict: return "Quận"
        case .townCity: return "Thị xã"
        case .ward: return "Phường"
        case .commune: return "Xã"
        case .town: return "Thị trấn"
        case .residentialGroup: return "Tổ dân phố"
        case .village: return "Thôn"
        case .quarter: return "Khu phố"
        case .hamlet: return "Bản"
        case .subquarter: return "Ấp"
        case .team: return "Đội"
        case .agency: return "Cơ quan"
        }
    }

    /// How a name may already start with its kind: «Tổ 5» and «TDP 5» are tổ dân phố.
    var prefixes: [String] {
        let label = vi.lowercased()
        switch self {
        case .residentialGroup: return [label, "tổ", "tdp"]
        case .quarter: return [label, "khu"]
        default: return [label]
        }
    }

    /// Bit for sets of kinds (`UnitAggregate.kinds`).
    var bit: UInt32 { 1 << UInt32(Self.allCases.firstIndex(of: self)!) }
}

public struct AdministrativeUnit: Sendable, Identifiable {
    public let id: String
    public let name: String
    public let kind: UnitKind
    public let parentID: String?
    /// Households of a group (or of a commune measured as a whole): the pledge rate's denominator.
    public let households: Int?
    /// Where the whistle-blower box hangs, printed on the hotline board ("Nhà văn hóa tổ").
    public let mailboxLocation: String?
    /// The URL segment staff chose (`slug` column) to keep a published URL when names collide.
    public let slug: String?
    public let position: SourcePosition
    /// Case-insensitive but with diacritics: «Bàn Cờ» is not a «Bản». Decided once: every page
    /// that names the unit asks.
    let namesItsKind: Bool

    public init(id: String, name: String, kind: UnitKind, parentID: String?, households: Int?, mailboxLocation: String?,
                slug: String? = nil, position: SourcePosition) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.households = households
        self.mailboxLocation = mailboxLocation
        self.slug = slug
        self.position = position
        let lower = name.lowercased().precomposedStringWithCanonicalMapping
        namesItsKind = kind.prefixes.contains { lower == $0 || lower.hasPrefix($0 + " ") }
    }

    /// "Tổ dân phố Phụ Ổ 1", but "Thôn 1" and "Đội Cảnh sát …" when staff already wrote the kind
    /// into the name, as Excel sheets often do: never «Thôn Thôn 1».
    public var fullName: String { namesItsKind ? name : "\(kind.vi) \(name)" }

    /// The name in a list of siblings: "Phụ Ổ 1", "Thôn 1"; a bare number reads as its full name.
    public var shortName: String { name.contains(where: \.isLetter) ? name : fullName }
}

public typealias ResidentialGroup = AdministrativeUnit
