/// Vietnamese date conventions: day before month, "/" between numbers, and the administrative
/// long form of Nghị định 30/2020/NĐ-CP used at the head of every ward document.
extension Vietnamese {
    /// "ngày 01 tháng 6 năm 2026". Nghị định 30/2020 (Phụ lục I) pads days below 10 and the
    /// months 1 and 2 with a zero, and only those: "tháng 01" cannot later be turned into
    /// "tháng 11" or "tháng 12" by adding a digit, while "tháng 3"…"tháng 12" cannot be forged
    /// that way and are written plain.
    public static func longDate(_ d: CalendarDate) -> String {
        let month = d.month <= 2 ? ISODigits.padded(d.month, width: 2) : String(d.month)
        return "ngày \(ISODigits.padded(d.day, width: 2)) tháng \(month) năm \(d.year)"
    }

    /// "01/06/2026": the fixed-width form of tables and forms, where columns must align.
    public static func shortDate(_ d: CalendarDate) -> String {
        dayMonthPadded(d) + "/" + String(d.year)
    }

    /// "26/6": the compact label of chart axes and timelines, unpadded as people write it.
    public static func dayMonth(_ d: CalendarDate) -> String {
        "\(d.day)/\(d.month)"
    }

    /// "tháng 3/2026".
    public static func monthYear(_ m: YearMonth) -> String {
        "tháng \(m.month)/\(m.year)"
    }

    /// "01/06 – 30/06/2026" when both ends share a year (the year is said once, at the end),
    /// else "15/12/2025 – 15/01/2026"; a single day is just that day. En dash with spaces, as
    /// for ranges of compound terms. The ends are printed as given, not reordered, so a
    /// reversed period in the data stays visible to the reader.
    public static func period(_ from: CalendarDate, _ to: CalendarDate) -> String {
        if from == to { return shortDate(from) }
        let start = from.year == to.year ? dayMonthPadded(from) : shortDate(from)
        return start + " \u{2013} " + shortDate(to)
    }

    private static func dayMonthPadded(_ d: CalendarDate) -> String {
        ISODigits.padded(d.day, width: 2) + "/" + ISODigits.padded(d.month, width: 2)
    }
}
