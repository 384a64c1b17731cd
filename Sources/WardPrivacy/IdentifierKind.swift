/// The kinds of personal identifier the publisher refuses to print (Decree 13/2023/NĐ-CP), each
/// with the wording staff read and its own one-line fix.
public enum IdentifierKind: String, Sendable, CaseIterable {
    case mobilePhone, landline, citizenID, oldID, taxCode, bankAccount, cardNumber, socialInsurance, healthInsurance,
         passport, drivingLicence, email, socialProfile, vehiclePlate, birthDate, age, houseAddress, personName

    public var vi: String {
        switch self {
        case .mobilePhone: "số điện thoại di động"
        case .landline: "số điện thoại cố định"
        case .citizenID: "số căn cước công dân (CCCD)"
        case .oldID: "số chứng minh nhân dân (CMND)"
        case .taxCode: "mã số thuế"
        case .bankAccount: "số tài khoản ngân hàng"
        case .cardNumber: "số thẻ ngân hàng"
        case .socialInsurance: "mã số bảo hiểm xã hội (BHXH)"
        case .healthInsurance: "mã thẻ bảo hiểm y tế (BHYT)"
        case .passport: "số hộ chiếu"
        case .drivingLicence: "số giấy phép lái xe"
        case .email: "địa chỉ email"
        case .socialProfile: "tài khoản mạng xã hội"
        case .vehiclePlate: "biển số xe"
        case .birthDate: "ngày/năm sinh"
        case .age: "tuổi của một người"
        case .houseAddress: "số nhà/số phòng"
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
        case .bankAccount: "bank account number"
        case .cardNumber: "bank card number"
        case .socialInsurance: "social insurance number (BHXH)"
        case .healthInsurance: "health insurance card code (BHYT)"
        case .passport: "passport number"
        case .drivingLicence: "driving licence number"
        case .email: "e-mail address"
        case .socialProfile: "social network account"
        case .vehiclePlate: "vehicle plate"
        case .birthDate: "date or year of birth"
        case .age: "a person's age"
        case .houseAddress: "house or room number"
        case .personName: "person's name"
        }
    }

    /// What to do about it, in one line.
    public var fixVi: String {
        switch self {
        case .mobilePhone, .landline:
            "Hãy xóa số này; nếu là số công khai (đường dây nóng, số trực của cơ quan), khai báo trong public_phones của settings.txt."
        case .citizenID, .oldID, .passport, .drivingLicence, .socialInsurance, .healthInsurance, .cardNumber:
            "Hãy xóa số này: số giấy tờ của một người không bao giờ được đăng."
        case .taxCode, .bankAccount:
            "Hãy xóa số này; nếu là số công khai của cơ quan (tài khoản quỹ, mã số thuế đơn vị), khai báo trong public_numbers của settings.txt."
        case .email:
            "Hãy xóa địa chỉ này; nếu là hộp thư công khai của cơ quan, khai báo trong public_emails của settings.txt."
        case .socialProfile:
            "Hãy xóa liên kết hoặc tên tài khoản này; nếu là trang chính thức của cơ quan, khai báo trong public_profiles của settings.txt."
        case .vehiclePlate:
            "Hãy xóa biển số xe."
        case .birthDate:
            "Hãy xóa năm sinh; nếu nói về một nhóm, viết cả nhóm (ví dụ «thanh niên sinh năm 2005–2007»)."
        case .age:
            "Hãy xóa tuổi của người này; nếu nói về một nhóm, viết nhóm tuổi (ví dụ «dưới 18 tuổi»)."
        case .houseAddress:
            "Hãy xóa số nhà, số phòng; chỉ ghi tên đường, tổ; nếu là trụ sở cơ quan, khai báo trong office_address của settings.txt."
        case .personName:
            "Hãy xóa tên hoặc thay bằng vai trò («một đối tượng», «chủ hộ»); nếu là cán bộ được công khai, khai báo trong public_names; nếu là tên đường, trường, viết «đường …», «trường …» trước tên."
        }
    }

    public var fixEn: String {
        switch self {
        case .mobilePhone, .landline:
            "Remove it; if it is a public number (hotline, office duty line), declare it under public_phones in settings.txt."
        case .citizenID, .oldID, .passport, .drivingLicence, .socialInsurance, .healthInsurance, .cardNumber:
            "Remove it: a person's document number is never published."
        case .taxCode, .bankAccount:
            "Remove it; if it is the office's public number (a fund's account, the unit's tax code), declare it under public_numbers in settings.txt."
        case .email:
            "Remove it; if it is the office's public mailbox, declare it under public_emails in settings.txt."
        case .socialProfile:
            "Remove the link or handle; if it is the office's official page, declare it under public_profiles in settings.txt."
        case .vehiclePlate:
            "Remove the plate."
        case .birthDate:
            "Remove the birth year; for a group, write the whole group (e.g. «thanh niên sinh năm 2005–2007»)."
        case .age:
            "Remove the person's age; for a group, write an age range (e.g. «dưới 18 tuổi»)."
        case .houseAddress:
            "Remove the house or room number; name only the street or group; if it is the office, declare it as office_address in settings.txt."
        case .personName:
            "Remove the name or write the role instead («một đối tượng», «chủ hộ»); if it is an official allowed to be named, declare them under public_names; if it is a street or a school, write «đường …», «trường …» before the name."
        }
    }
}
