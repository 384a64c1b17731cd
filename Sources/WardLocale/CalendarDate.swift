import Foundation

/// A day on the proleptic Gregorian calendar, with no time and no zone.
///
/// Ward plans speak in whole days ("hạn chót 30/6/2026"); carrying a `Date` instant around would
/// let the machine's time zone shift a deadline by a day, so dates stay plain year/month/day.
/// Years are limited to 1...9999 so that `iso` is always the four-digit form that sorts as text.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Vietnam has kept UTC+7 without daylight saving since 1975; the fixed offset is the fallback
    /// so that a machine without tzdata still answers "today" as staff in the ward see it.
    public static let vietnamTimeZone: TimeZone =
        TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!

    /// `nil` unless the day exists (30 February, 31 April and 29 February of common years do not).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...GregorianDays.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Accepts exactly `YYYY-MM-DD`: staff data that says "2026-6-1" or "01/06/2026" is rejected
    /// rather than guessed, because a guessed date in a public plan is worse than an error.
    public init?(iso: String) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = ISODigits.value(bytes, 0..<4),
              let m = ISODigits.value(bytes, 5..<7),
              let d = ISODigits.value(bytes, 8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The calendar day that `instant` falls on for people living in `timeZone`.
    public init(_ instant: Date, in timeZone: TimeZone = CalendarDate.vietnamTimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        self.init(dayNumber: GregorianDays.dayNumber(year: parts.year!, month: parts.month!, day: parts.day!))
    }

    public static func today(in timeZone: TimeZone = CalendarDate.vietnamTimeZone) -> CalendarDate {
        CalendarDate(Date(), in: timeZone)
    }

    public var iso: String {
        ISODigits.padded(year, width: 4) + "-" + ISODigits.padded(month, width: 2) + "-" + ISODigits.padded(day, width: 2)
    }

    public var description: String { iso }

    public var daysInMonth: Int { GregorianDays.daysIn(month: month, year: year) }

    public var yearMonth: YearMonth { YearMonth(self) }

    /// Going through a day count keeps month and year rollover (and leap days) in one formula.
    /// Traps when the result leaves years 1...9999: no ward plan reaches that far, so it is a bug.
    public func addingDays(_ n: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + n)
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(to other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    var dayNumber: Int { GregorianDays.dayNumber(year: year, month: month, day: day) }

    init(dayNumber: Int) {
        let (y, m, d) = GregorianDays.civil(fromDayNumber: dayNumber)
        guard let date = CalendarDate(year: y, month: m, day: d) else {
            preconditionFailure("CalendarDate out of range 0001...9999: \(y)-\(m)-\(d)")
        }
        self = date
    }
}
