/// A calendar month, the unit of ward monthly reports ("báo cáo tháng 3/2026").
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Accepts exactly `YYYY-MM`, for the same reason `CalendarDate(iso:)` refuses to guess.
    public init?(iso: String) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              let y = ISODigits.value(bytes, 0..<4),
              let m = ISODigits.value(bytes, 5..<7) else { return nil }
        self.init(year: y, month: m)
    }

    public init(_ date: CalendarDate) {
        year = date.year
        month = date.month
    }

    public var iso: String { ISODigits.padded(year, width: 4) + "-" + ISODigits.padded(month, width: 2) }

    public var description: String { iso }

    public var firstDay: CalendarDate { CalendarDate(year: year, month: month, day: 1)! }

    public var lastDay: CalendarDate {
        CalendarDate(year: year, month: month, day: GregorianDays.daysIn(month: month, year: year))!
    }

    /// Counting in months since year 0 keeps the December→January carry in one division.
    /// Traps outside years 1...9999, like `CalendarDate.addingDays`.
    public func addingMonths(_ n: Int) -> YearMonth {
        let total = year * 12 + (month - 1) + n
        let (y, m0) = total.quotientAndRemainder(dividingBy: 12)
        let (carry, m) = m0 < 0 ? (-1, m0 + 12) : (0, m0)
        guard let result = YearMonth(year: y + carry, month: m + 1) else {
            preconditionFailure("YearMonth out of range 0001...9999: \(y + carry)-\(m + 1)")
        }
        return result
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool {
        (a.year, a.month) < (b.year, b.month)
    }
}
