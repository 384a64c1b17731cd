/// The kinds of personal identifier the publisher refuses to print (Decree 13/2023/NĐ-CP lists
/// phone, ID numbers and plates as personal data); `vi` is the wording staff read.
public enum IdentifierKind: String, Sendable, CaseIterable {
    case mobilePhone, landline, citizenID, oldID, taxCode, email, vehiclePlate, birthDate, houseAddress, personName

    public var vi: String {
        switch self {
        case .mobilePhone: "số điện thoại di động"
        case .landline: "số điện thoại cố định"
        case .citizenID: "số CCCD"
        case .oldID: "số CMND"
        case .taxCode: "mã số thuế"
        case .email: "địa chỉ email"
        case .vehiclePlate: "biển số xe"
        case .birthDate: "ngày/năm sinh"
        case .houseAddress: "địa chỉ nhà"
        case .personName: "tên người"
        }
    }

    public var en: String {
        switch self {
        case .mobilePhone: "mobile phone number"
        case .landline: "landline phone number"
        case .citizenID: "citizen ID number (CCCD)"
        case .oldID: "old ID card number (CMND)"
        case .taxCode: "tax code"
        case .email: "e-mail address"
        case .vehiclePlate: "vehicle plate"
        case .birthDate: "date or year of birth"
        case .houseAddress: "house address"
        case .personName: "person's name"
        }
    }
}

/// One refused identifier. The full value is deliberately not kept: findings end up in build
/// logs and error pages, which must not leak what the guard stopped from being published.
public struct PrivacyFinding: Sendable, Equatable {
    public let kind: IdentifierKind
    /// 1-based; `column` counts Characters from the start of the line, so it matches what an
    /// editor shows whether the text was NFC or NFD.
    public let line: Int, column: Int
    public let masked: String

    public init(kind: IdentifierKind, line: Int, column: Int, masked: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.masked = masked
    }

    public var vi: String {
        "\(kind.vi) «\(masked)». Hãy xóa thông tin này, hoặc nếu đây là số/tên công khai, khai báo trong tệp cài đặt (public_phones / public_names)."
    }

    public var en: String {
        "\(kind.en) «\(masked)». Remove it, or if this is a public number or name, declare it in the settings file (public_phones / public_names)."
    }
}
