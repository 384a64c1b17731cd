import Foundation
import WardLocale

/// The plan a site publishes progress for, as its head and foot read («Số: 265/KH-UBND»,
/// «Long Biên, ngày 01 tháng 6 năm 2023», «TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH»).
/// Kept as structured settings, not Markdown, so the signer block never collapses into one line
/// and the forms can cite the plan by number and date.
public struct PlanDocument: Sendable {
    /// «265/KH-UBND»; a draft not yet numbered is written as the plan prints it, «/KH-UBND».
    public var number: String?
    /// The place of the date line: «Long Biên».
    public var place: String?
    public var date: PlanDate?
    /// The title under «KẾ HOẠCH».
    public var title: String?
    /// The issuing body of the head; defaults to the site unit's people's committee.
    public var issuer: String?
    /// The signer block above the name, one line each: «TM. ỦY BAN NHÂN DÂN», «CHỦ TỊCH».
    public var signerLines: [String]
    /// Must be a declared official (`public_names`): the privacy guard lets only those through.
    public var signerName: String?

    public init(number: String? = nil, place: String? = nil, date: PlanDate? = nil, title: String? = nil, issuer: String? = nil,
                signerLines: [String] = [], signerName: String? = nil) {
        self.number = number
        self.place = place
        self.date = date
        self.title = title
        self.issuer = issuer
        self.signerLines = signerLines
        self.signerName = signerName
    }
}

/// A plan's date as far as it was filled in: drafts are dated «ngày   tháng 10 năm 2024».
public enum PlanDate: Sendable, Equatable {
    case day(CalendarDate)
    case month(YearMonth)
    case year(Int)

    /// Accepts `2023-06-01`, `01/06/2023`, `10/2024` and `2025`.
    public init?(_ s: String) {
        let t = s.trimmingCharacters(in: .whitespaces)
        if let d = CalendarDate(iso: t) ?? parseDMY(t) { self = .day(d); return }
        let parts = t.split(separator: "/").map(String.init)
        if parts.count == 2, let m = Int(parts[0]), let y = Int(parts[1]), parts[1].count == 4, let ym = YearMonth(year: y, month: m) {
            self = .month(ym); return
        }
        if t.count == 4, let y = Int(t), (1900...2100).contains(y) { self = .year(y); return }
        return nil
    }

    /// «ngày 01 tháng 6 năm 2023»; the parts not filled in are left as dots to be written by hand.
    public var long: String {
        switch self {
        case .day(let d): return Vietnamese.longDate(d)
        case .month(let m): return "ngày … tháng \(m.month <= 2 ? "0\(m.month)" : String(m.month)) năm \(m.year)"
        case .year(let y): return "ngày … tháng … năm \(y)"
        }
    }

    /// The form a reference uses: «ngày 01/06/2023», «tháng 10/2024», «năm 2025».
    public var reference: String {
        switch self {
        case .day(let d): return "ngày \(Vietnamese.shortDate(d))"
        case .month(let m): return Vietnamese.monthYear(m)
        case .year(let y): return "năm \(y)"
        }
    }
}
