import WardLocale
import XCTest

final class NumberFormatTests: XCTestCase {
    func testIntegerGroupsThousandsWithDots() {
        XCTAssertEqual(Vietnamese.integer(0), "0")
        XCTAssertEqual(Vietnamese.integer(5), "5")
        XCTAssertEqual(Vietnamese.integer(999), "999")
        XCTAssertEqual(Vietnamese.integer(1000), "1.000")
        XCTAssertEqual(Vietnamese.integer(1234), "1.234")
        XCTAssertEqual(Vietnamese.integer(100_000), "100.000")
        XCTAssertEqual(Vietnamese.integer(1_234_567), "1.234.567")
        XCTAssertEqual(Vietnamese.integer(-5), "-5")
        XCTAssertEqual(Vietnamese.integer(-1234), "-1.234")
        XCTAssertEqual(Vietnamese.integer(-1_234_567), "-1.234.567")
        XCTAssertEqual(Vietnamese.integer(Int.max), "9.223.372.036.854.775.807")
        XCTAssertEqual(Vietnamese.integer(Int.min), "-9.223.372.036.854.775.808")
    }

    func testDecimalUsesCommaAndRoundsTheWrittenValueHalfUp() {
        XCTAssertEqual(Vietnamese.decimal(55.56), "55,6")
        XCTAssertEqual(Vietnamese.decimal(0), "0,0")
        XCTAssertEqual(Vietnamese.decimal(1.45), "1,5", "binary 1.4499… must not round down")
        XCTAssertEqual(Vietnamese.decimal(0.05), "0,1")
        XCTAssertEqual(Vietnamese.decimal(0.04), "0,0")
        XCTAssertEqual(Vietnamese.decimal(2.675, fractionDigits: 2), "2,68")
        XCTAssertEqual(Vietnamese.decimal(9.96), "10,0")
        XCTAssertEqual(Vietnamese.decimal(999.95), "1.000,0")
        XCTAssertEqual(Vietnamese.decimal(1234.5, fractionDigits: 0), "1.235")
        XCTAssertEqual(Vietnamese.decimal(0.4, fractionDigits: 0), "0")
        XCTAssertEqual(Vietnamese.decimal(0.5, fractionDigits: 0), "1")
        XCTAssertEqual(Vietnamese.decimal(1.5, fractionDigits: 3), "1,500")
        XCTAssertEqual(Vietnamese.decimal(1234567.891, fractionDigits: 2), "1.234.567,89")
        XCTAssertEqual(Vietnamese.decimal(1e-7), "0,0")
        XCTAssertEqual(Vietnamese.decimal(0.00005, fractionDigits: 4), "0,0001")
        XCTAssertEqual(Vietnamese.decimal(1e20, fractionDigits: 0), "100.000.000.000.000.000.000")
        XCTAssertEqual(Vietnamese.decimal(12.3, fractionDigits: -2), "12")
    }

    func testDecimalSignsAndNonFiniteValues() {
        XCTAssertEqual(Vietnamese.decimal(-1.25), "-1,3", "half away from zero, symmetric")
        XCTAssertEqual(Vietnamese.decimal(-1234.56), "-1.234,6")
        XCTAssertEqual(Vietnamese.decimal(-0.04), "0,0", "no negative zero")
        XCTAssertEqual(Vietnamese.decimal(-0.0), "0,0")
        XCTAssertEqual(Vietnamese.decimal(.nan), "—")
        XCTAssertEqual(Vietnamese.decimal(.infinity), "—")
    }

    func testPercentHasOneDecimalAndNoBreakSpace() {
        XCTAssertEqual(Vietnamese.percent(15, of: 27), "55,6\u{00A0}%")
        XCTAssertEqual(Vietnamese.percent(0, of: 27), "0,0\u{00A0}%")
        XCTAssertEqual(Vietnamese.percent(27, of: 27), "100,0\u{00A0}%")
        XCTAssertEqual(Vietnamese.percent(1, of: 3), "33,3\u{00A0}%")
        XCTAssertEqual(Vietnamese.percent(2, of: 3), "66,7\u{00A0}%")
        XCTAssertEqual(Vietnamese.percent(1, of: 8), "12,5\u{00A0}%")
        XCTAssertEqual(Vietnamese.percent(1, of: 16), "6,3\u{00A0}%", "6.25 rounds half up, not to even")
        XCTAssertEqual(Vietnamese.percent(1, of: 2000), "0,1\u{00A0}%")
        XCTAssertEqual(Vietnamese.percent(1, of: 2001), "0,0\u{00A0}%")
        XCTAssertEqual(Vietnamese.percent(30, of: 27), "111,1\u{00A0}%")
        XCTAssertEqual(Vietnamese.percent(1_000_000, of: 1), "100.000.000,0\u{00A0}%")
        XCTAssertEqual(Vietnamese.percent(-1, of: 4), "-25,0\u{00A0}%")
        XCTAssertEqual(Vietnamese.percent(0, of: -4), "0,0\u{00A0}%")
    }

    func testPercentOfNothingIsADash() {
        XCTAssertEqual(Vietnamese.percent(0, of: 0), "—")
        XCTAssertEqual(Vietnamese.percent(5, of: 0), "—")
        XCTAssertEqual(Vietnamese.percentValue(0, of: 0), 0)
    }

    func testPercentBeyondIntegerRangeDoesNotTrap() {
        let huge = Vietnamese.percent(Int.max, of: 1)
        XCTAssertTrue(huge.hasPrefix("922.337.203.685.477."), huge)
        XCTAssertTrue(huge.hasSuffix(",0\u{00A0}%"), huge)
    }

    func testPercentValueMatchesThePrintedFigure() {
        XCTAssertEqual(Vietnamese.percentValue(15, of: 27), 55.6)
        XCTAssertEqual(Vietnamese.percentValue(2, of: 3), 66.7)
        XCTAssertEqual(Vietnamese.percentValue(27, of: 27), 100)
        XCTAssertEqual(Vietnamese.percentValue(1, of: 16), 6.3)
        XCTAssertEqual(Vietnamese.percentValue(-1, of: 4), -25)
        for whole in 1...60 {
            for part in 0...whole {
                let printed = Vietnamese.percent(part, of: whole)
                XCTAssertEqual(Vietnamese.decimal(Vietnamese.percentValue(part, of: whole)) + "\u{00A0}%", printed)
            }
        }
    }
}
