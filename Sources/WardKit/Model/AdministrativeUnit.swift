import Foundation

/// The levels of Vietnamese administration a campaign site can show. Groups (tổ dân phố, thôn,
/// khu phố, bản) are the leaves measured against the criteria; everything above aggregates.
public enum UnitKind: String, Sendable, CaseIterable {
    case province = "tinh", centralCity = "thanh-pho", district = "huyen", urbanDistrict = "quan"
    case townCity = "thi-xa", ward = "phuong", commune = "xa", town = "thi-tran"
    case residentialGroup = "to-dan-pho", village = "thon", quarter = "khu-pho", hamlet = "ban", subquarter = "ap"

    public var isGroup: Bool {
        switch self {
        case .residentialGroup, .village, .quarter, .hamlet, .subquarter: return true
        default: return false
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
        }
    }
}

public struct AdministrativeUnit: Sendable, Identifiable {
    public let id: String
    public let name: String
    public let kind: UnitKind
    public let parentID: String?
    /// Only groups have households; it is the denominator of the pledge rate.
    public let households: Int?
    /// Where the whistle-blower box hangs, printed on the hotline board ("Nhà văn hóa tổ").
    public let mailboxLocation: String?
    public let position: SourcePosition

    public var fullName: String { "\(kind.vi) \(name)" }
}

public typealias ResidentialGroup = AdministrativeUnit
