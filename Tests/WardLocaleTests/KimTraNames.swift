import Foundation

/// The groups (tổ dân phố / thôn) of phường Kim Trà, Huế, as listed in its ward plan, in the
/// order the plan lists them: real names with every Vietnamese letter feature the collation
/// and slugs must handle (đ, ư, ơ, â, ê, ô, all tones, numbers, a " - " joined name).
enum KimTra {
    static let planOrder = [
        "Quê Chũ", "La Chũ Thượng", "La Chũ Đông", "Phụ Ổ 1", "Dương Sơn", "Giáp Thượng",
        "Giáp Trung", "Vân Cù - Nam Thanh", "Trung Thôn", "Liễu Nam", "Xuân Tháp",
        "Thanh Lương 3", "Thanh Lương 4", "Giáp Đông", "Giáp Tây", "La Chũ Nam", "Giáp Kiên",
        "An Thuận", "Thượng Khê", "Thanh Tiên", "Thanh Lương 2",
    ]

    /// Worked out by hand, letter by letter over the whole name before any tone:
    /// - a < d < g < l < p < q < t < v < x on the first letter;
    /// - "Giáp Đông" < "Giáp Kiên" < "Giáp Tây" < "Giáp Thượng" < "Giáp Trung":
    ///   đ < k < t, then "tâ…" < "th…" (â < h) and "th…" < "tr…" (h < r);
    /// - "La Chũ …" before "Liễu Nam" (a < i), and among them Đông < Nam < Thượng (đ < n < t);
    /// - "Thanh Lương 2 < 3 < 4" by number, then "Thanh Tiên" (l < t in the second word),
    ///   then "Thượng Khê" ("tha…" < "thư…": a < ư), then "Trung Thôn" (h < r).
    static let vietnameseOrder = [
        "An Thuận",
        "Dương Sơn",
        "Giáp Đông", "Giáp Kiên", "Giáp Tây", "Giáp Thượng", "Giáp Trung",
        "La Chũ Đông", "La Chũ Nam", "La Chũ Thượng",
        "Liễu Nam",
        "Phụ Ổ 1",
        "Quê Chũ",
        "Thanh Lương 2", "Thanh Lương 3", "Thanh Lương 4", "Thanh Tiên",
        "Thượng Khê",
        "Trung Thôn",
        "Vân Cù - Nam Thanh",
        "Xuân Tháp",
    ]

    static let slugs: [String: String] = [
        "Quê Chũ": "que-chu", "La Chũ Thượng": "la-chu-thuong", "La Chũ Đông": "la-chu-dong",
        "Phụ Ổ 1": "phu-o-1", "Dương Sơn": "duong-son", "Giáp Thượng": "giap-thuong",
        "Giáp Trung": "giap-trung", "Vân Cù - Nam Thanh": "van-cu-nam-thanh",
        "Trung Thôn": "trung-thon", "Liễu Nam": "lieu-nam", "Xuân Tháp": "xuan-thap",
        "Thanh Lương 3": "thanh-luong-3", "Thanh Lương 4": "thanh-luong-4",
        "Giáp Đông": "giap-dong", "Giáp Tây": "giap-tay", "La Chũ Nam": "la-chu-nam",
        "Giáp Kiên": "giap-kien", "An Thuận": "an-thuan", "Thượng Khê": "thuong-khe",
        "Thanh Tiên": "thanh-tien", "Thanh Lương 2": "thanh-luong-2",
    ]
}

/// A fixed permutation (no randomness: a failing test must fail the same way every run).
func interleaved<T>(_ items: [T]) -> [T] {
    var out: [T] = []
    var low = 0, high = items.count - 1
    while low <= high {
        out.append(items[high])
        if low != high { out.append(items[low]) }
        low += 1
        high -= 1
    }
    return out
}

func nfd(_ s: String) -> String { s.decomposedStringWithCanonicalMapping }
