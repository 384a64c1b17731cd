import Foundation
import WardLocale
import XCTest

final class CalendarDateTests: XCTestCase {
    func testIsoRoundTrip() throws {
        let date = try XCTUnwrap(CalendarDate(iso: "2026-06-01"))
        XCTAssertEqual([date.year, date.month, date.day], [2026, 6, 1])
        XCTAssertEqual(date.iso, "2026-06-01")
        XCTAssertEqual(date.description, "2026-06-01")
        XCTAssertEqual(CalendarDate(year: 33, month: 1, day: 2)?.iso, "0033-01-02")
    }

    func testInvalidIsoStringsAreRejected() {
        let invalid = ["2026-13-01", "2026-6-1", "2026-02-30", "2026-00-10", "2026-01-00", "2026-04-31",
                       "0000-01-01", "2026/06/01", "01/06/2026", "2026-06-01 ", " 2026-06-01", "2026-06-0x",
                       "+026-06-01", "2026-06", "", "２０２６-06-01", "2026-06-01T00:00"]
        for text in invalid {
            XCTAssertNil(CalendarDate(iso: text), text)
        }
    }

    func testLeapDays() {
        XCTAssertNotNil(CalendarDate(iso: "2024-02-29"))
        XCTAssertNotNil(CalendarDate(iso: "2000-02-29"))
        XCTAssertNil(CalendarDate(iso: "2026-02-29"))
        XCTAssertNil(CalendarDate(iso: "1900-02-29"))
        XCTAssertNil(CalendarDate(year: 2100, month: 2, day: 29))
        XCTAssertEqual(CalendarDate(iso: "2024-02-01")?.daysInMonth, 29)
        XCTAssertEqual(CalendarDate(iso: "2026-02-01")?.daysInMonth, 28)
        XCTAssertEqual(CalendarDate(iso: "2026-04-10")?.daysInMonth, 30)
        XCTAssertEqual(CalendarDate(iso: "2026-12-10")?.daysInMonth, 31)
    }

    func testAddingDaysCrossesMonthsYearsAndLeapDays() {
        func add(_ iso: String, _ n: Int) -> String? { CalendarDate(iso: iso)?.addingDays(n).iso }
        XCTAssertEqual(add("2026-06-30", 1), "2026-07-01")
        XCTAssertEqual(add("2024-02-28", 1), "2024-02-29")
        XCTAssertEqual(add("2026-02-28", 1), "2026-03-01")
        XCTAssertEqual(add("2025-12-31", 1), "2026-01-01")
        XCTAssertEqual(add("2026-03-01", -1), "2026-02-28")
        XCTAssertEqual(add("2026-06-01", 0), "2026-06-01")
        XCTAssertEqual(add("2026-01-01", 365), "2027-01-01")
        XCTAssertEqual(add("2024-01-01", 366), "2025-01-01")
    }

    /// Checks the day-count formulas against plain month stepping over 1896–2104, which spans
    /// the non-leap centuries 1900 and 2100 and the leap century 2000.
    func testAddingOneDayMatchesCalendarStepping() throws {
        var date = try XCTUnwrap(CalendarDate(iso: "1896-01-01"))
        let origin = date
        var count = 0
        while date.year < 2105 {
            let next = date.day < date.daysInMonth
                ? CalendarDate(year: date.year, month: date.month, day: date.day + 1)
                : date.month < 12 ? CalendarDate(year: date.year, month: date.month + 1, day: 1)
                : CalendarDate(year: date.year + 1, month: 1, day: 1)
            XCTAssertEqual(date.addingDays(1), next)
            XCTAssertEqual(next?.addingDays(-1), date)
            date = try XCTUnwrap(next)
            count += 1
            XCTAssertLessThan(origin, date)
        }
        XCTAssertEqual(origin.days(to: date), count)
        XCTAssertEqual(origin.addingDays(count), date)
    }

    func testDaysBetweenAgreesWithFoundation() throws {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        for (a, b) in [("1970-01-01", "2026-06-01"), ("2026-06-30", "2025-12-15"), ("2000-02-28", "2000-03-01")] {
            let from = try XCTUnwrap(CalendarDate(iso: a)), to = try XCTUnwrap(CalendarDate(iso: b))
            let start = utc.date(from: DateComponents(year: from.year, month: from.month, day: from.day))!
            let end = utc.date(from: DateComponents(year: to.year, month: to.month, day: to.day))!
            XCTAssertEqual(from.days(to: to), utc.dateComponents([.day], from: start, to: end).day)
        }
    }

    func testInstantIsReadInVietnamTime() throws {
        // 20:00 UTC on 31 May is 03:00 on 1 June in Huế.
        let instant = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-05-31T20:00:00Z"))
        XCTAssertEqual(CalendarDate(instant).iso, "2026-06-01")
        XCTAssertEqual(CalendarDate(instant, in: TimeZone(identifier: "UTC")!).iso, "2026-05-31")
        XCTAssertEqual(CalendarDate.vietnamTimeZone.secondsFromGMT(for: instant), 7 * 3600)
    }

    /// today(in:) against plain arithmetic on the clock (days since 1970 at the zone's offset),
    /// not against CalendarDate itself. UTC−12 and UTC+14 are never on the same day, so a
    /// today() that ignored its zone fails here at any hour.
    func testTodayIsTheDayTheClockShowsInTheZone() throws {
        let epoch = try XCTUnwrap(CalendarDate(iso: "1970-01-01"))
        for hours in [-12, 0, 7, 14] {
            let zone = try XCTUnwrap(TimeZone(secondsFromGMT: hours * 3600))
            let before = Date().timeIntervalSince1970
            let today = CalendarDate.today(in: zone)
            let after = Date().timeIntervalSince1970
            // Read the clock on both sides: a midnight between them allows either day.
            let days = Set([before, after].map { Int((($0 + Double(hours * 3600)) / 86_400).rounded(.down)) })
            XCTAssertTrue(days.contains(epoch.days(to: today)), "UTC\(hours >= 0 ? "+" : "")\(hours): \(today) is day \(epoch.days(to: today)), clock says \(days)")
        }
        // The default zone is Vietnam's: UTC+7, whatever the machine's own zone is.
        let before = Date().timeIntervalSince1970
        let today = CalendarDate.today()
        let after = Date().timeIntervalSince1970
        let days = Set([before, after].map { Int((($0 + 7 * 3600) / 86_400).rounded(.down)) })
        XCTAssertTrue(days.contains(epoch.days(to: today)), "today() is \(today)")
    }

    func testOrdering() throws {
        let isos = ["2026-06-01", "2025-12-31", "2026-01-15", "2026-06-02", "2026-05-31"]
        let dates = try isos.map { try XCTUnwrap(CalendarDate(iso: $0)) }
        XCTAssertEqual(dates.sorted().map(\.iso), isos.sorted())
    }

    func testYearMonth() throws {
        let march = try XCTUnwrap(YearMonth(iso: "2026-03"))
        XCTAssertEqual(march.iso, "2026-03")
        XCTAssertEqual(march.firstDay.iso, "2026-03-01")
        XCTAssertEqual(march.lastDay.iso, "2026-03-31")
        XCTAssertEqual(YearMonth(iso: "2024-02")?.lastDay.iso, "2024-02-29")
        XCTAssertEqual(YearMonth(iso: "2026-02")?.lastDay.iso, "2026-02-28")
        XCTAssertEqual(CalendarDate(iso: "2026-03-17")?.yearMonth, march)
        for text in ["2026-3", "2026-13", "2026-00", "2026-03-01", "202603", ""] {
            XCTAssertNil(YearMonth(iso: text), text)
        }
        XCTAssertEqual(YearMonth(iso: "2026-02")?.addingMonths(-3).iso, "2025-11")
        XCTAssertEqual(YearMonth(iso: "2026-02")?.addingMonths(11).iso, "2027-01")
        XCTAssertEqual(YearMonth(iso: "2026-02")?.addingMonths(-26).iso, "2023-12")
        XCTAssertLessThan(try XCTUnwrap(YearMonth(iso: "2025-12")), march)
    }
}
