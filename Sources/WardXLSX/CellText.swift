import Foundation

/// Turns a cell's stored value into the text a CSV export of it would hold, so the loaders read
/// a workbook exactly as they read a CSV: dates as ISO `2026-06-01` (which they accept), whole
/// numbers without a decimal point, other numbers to Excel's 15 significant digits.
enum CellText {
    static func number(_ raw: String, format: NumberFormat, uses1904Dates: Bool) -> String {
        guard let value = Double(raw.trimmedSpaces), value.isFinite else { return raw }
        switch format {
        case .dateTime(let date, let time, let seconds):
            return dateTime(value, date: date, time: time, seconds: seconds, uses1904Dates: uses1904Dates) ?? plain(value)
        case .zeroPadded(let width):
            let digits = plain(value)
            guard value >= 0, value == value.rounded(), digits.count < width else { return digits }
            return String(repeating: "0", count: width - digits.count) + digits
        case .number:
            return plain(value)
        }
    }

    static func plain(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.15g", value)
        if text.contains("e") { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// Excel's serial dates: day 1 is 1900-01-01 and day 60 the 29 February 1900 that Lotus
    /// invented (so from day 61 on, days count from 1899-12-30); in the 1904 system day 0 is
    /// 1904-01-01. Time is the fraction of a day, rounded to the second.
    static func dateTime(_ serial: Double, date: Bool, time: Bool, seconds: Bool, uses1904Dates: Bool) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }  // up to 9999-12-31
        var day = Int(serial.rounded(.down))
        var second = Int(((serial - Double(day)) * 86_400).rounded())
        if second == 86_400 { day += 1; second = 0 }
        var parts: [String] = []
        if date {
            let fromUnixEpoch: Int
            if uses1904Dates {
                fromUnixEpoch = day - 24_107
            } else {
                guard day >= 1, day != 60 else { return nil }
                fromUnixEpoch = day < 60 ? day - 25_568 : day - 25_569
            }
            let (y, m, d) = civil(fromUnixDays: fromUnixEpoch)
            parts.append(pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2))
        }
        if time {
            let hours = second / 3600
            var clock = pad(hours, 2) + ":" + pad(second / 60 % 60, 2)
            if seconds { clock += ":" + pad(second % 60, 2) }
            parts.append(clock)
        }
        return parts.joined(separator: " ")
    }

    /// A cell of type `d`: ISO 8601 text as Strict OOXML writes it.
    static func isoDate(_ raw: String) -> String {
        let trimmed = raw.hasSuffix("Z") ? String(raw.dropLast()) : raw
        for midnight in ["T00:00:00.000", "T00:00:00", "T00:00"] where trimmed.hasSuffix(midnight) {
            return String(trimmed.dropLast(midnight.count))
        }
        return trimmed.replacingOccurrences(of: "T", with: " ")
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
    private static func civil(fromUnixDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

extension String {
    /// Without surrounding ASCII spaces, tabs and line breaks: what writers may put around a
    /// `<v>` value. Foundation's trimming was a tenth of a sheet's parse time.
    var trimmedSpaces: Substring {
        let space: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !space($0) }), let last = lastIndex(where: { !space($0) }) else { return self[endIndex...] }
        return self[first...last]
    }
}
