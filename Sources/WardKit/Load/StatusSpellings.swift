import WardLocale

/// What a status cell means, by its slug (case, marks and spacing do not matter).
extension ProgressLoader {
    static func status(slug: String) -> CriterionStatus? {
        switch slug {
        case "dat", "x", "co": return .met
        case "chua-dat", "chua", "khong-dat", "khong": return .notMet
        case "dang-thuc-hien", "dang-lam", "dang": return .inProgress
        default: return nil
        }
    }

    static func recognition(slug: String) -> RecognitionStatus? {
        switch slug {
        case "da-cong-nhan", "cong-nhan": return .recognised
        case "giu-vung": return .maintained
        case "dang-ky-nam-nay", "dang-ky", "da-dang-ky": return .registered
        case "chua-dang-ky", "": return .notRegistered
        default: return nil
        }
    }

    /// The spellings the sheets hold in nearly every cell, read through the same rule once:
    /// slugging each status cell of each row of each month (lower-casing, decomposing and
    /// recomposing Vietnamese) was two percent of a build. A cell spelled otherwise takes the
    /// general path, so both give the same answer by construction.
    static let commonStatuses: [String: CriterionStatus?] = spellings(
        ["đạt", "chưa đạt", "đang thực hiện", "Đạt", "Chưa đạt", "Đang thực hiện", "không đạt", "Không đạt", "x", "X", "có", "chưa", "không"],
        status(slug:))

    static let commonRecognitions: [String: RecognitionStatus?] = spellings(
        ["đã công nhận", "Đã công nhận", "giữ vững", "Giữ vững", "đăng ký năm nay", "Đăng ký năm nay", "chưa đăng ký", "Chưa đăng ký", ""],
        recognition(slug:))

    private static func spellings<T>(_ list: [String], _ meaning: (String) -> T?) -> [String: T?] {
        var table: [String: T?] = [:]
        for s in list { table[s] = .some(meaning(Vietnamese.slug(s))) }
        return table
    }
}
