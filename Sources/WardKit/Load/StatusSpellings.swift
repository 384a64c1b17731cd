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
    static let commonStatuses = Spellings(
        ["đạt", "chưa đạt", "đang thực hiện", "Đạt", "Chưa đạt", "Đang thực hiện", "không đạt", "Không đạt", "x", "X", "có", "chưa", "không"],
        status(slug:))

    static let commonRecognitions = Spellings(
        ["đã công nhận", "Đã công nhận", "giữ vững", "Giữ vững", "đăng ký năm nay", "Đăng ký năm nay", "chưa đăng ký", "Chưa đăng ký", ""],
        recognition(slug:))

    /// Matched by their UTF-8 bytes, not as dictionary keys: hashing a Vietnamese String
    /// normalises it first, and that was most of the cost of reading a status. A cell in
    /// another normal form misses here and takes the general path, which means the same.
    struct Spellings<T: Sendable>: Sendable {
        private let entries: [(utf8: [UInt8], meaning: T?)]

        init(_ list: [String], _ meaning: (String) -> T?) {
            entries = list.map { (Array($0.utf8), meaning(Vietnamese.slug($0))) }
        }

        /// nil: not a common spelling; `.some(nil)`: one that means nothing valid.
        subscript(_ s: String) -> T?? {
            let n = s.utf8.count
            for e in entries where e.utf8.count == n && s.utf8.elementsEqual(e.utf8) { return .some(e.meaning) }
            return nil
        }
    }
}
