import WardLocale
import XCTest

final class DateFormatTests: XCTestCase {
    private func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    func testLongDateFollowsDecree30() {
        XCTAssertEqual(Vietnamese.longDate(date("2026-06-01")), "ngày 01 tháng 6 năm 2026")
        XCTAssertEqual(Vietnamese.longDate(date("2026-12-31")), "ngày 31 tháng 12 năm 2026")
        XCTAssertEqual(Vietnamese.longDate(date("2026-10-05")), "ngày 05 tháng 10 năm 2026")
        // Months 1 and 2 take a zero so that they cannot be altered into 11 or 12.
        XCTAssertEqual(Vietnamese.longDate(date("2026-01-15")), "ngày 15 tháng 01 năm 2026")
        XCTAssertEqual(Vietnamese.longDate(date("2026-02-09")), "ngày 09 tháng 02 năm 2026")
        XCTAssertEqual(Vietnamese.longDate(date("2026-03-09")), "ngày 09 tháng 3 năm 2026")
    }

    func testShortForms() {
        XCTAssertEqual(Vietnamese.shortDate(date("2026-06-01")), "01/06/2026")
        XCTAssertEqual(Vietnamese.shortDate(date("2025-12-15")), "15/12/2025")
        XCTAssertEqual(Vietnamese.dayMonth(date("2026-06-26")), "26/6")
        XCTAssertEqual(Vietnamese.dayMonth(date("2026-06-01")), "1/6")
        XCTAssertEqual(Vietnamese.monthYear(YearMonth(iso: "2026-03")!), "tháng 3/2026")
        XCTAssertEqual(Vietnamese.monthYear(YearMonth(iso: "2026-11")!), "tháng 11/2026")
    }

    func testPeriod() {
        XCTAssertEqual(Vietnamese.period(date("2026-06-01"), date("2026-06-30")), "01/06 \u{2013} 30/06/2026")
        XCTAssertEqual(Vietnamese.period(date("2026-01-05"), date("2026-12-31")), "05/01 \u{2013} 31/12/2026")
        XCTAssertEqual(Vietnamese.period(date("2025-12-15"), date("2026-01-15")), "15/12/2025 \u{2013} 15/01/2026")
        XCTAssertEqual(Vietnamese.period(date("2026-06-01"), date("2026-06-01")), "01/06/2026")
    }
}
