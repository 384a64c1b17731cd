import Foundation
import WardLocale
import XCTest
@testable import WardKit

/// A recognised group meets the criteria about people, so with one group of a commune left to
/// recognise, the commune's counts of people point at it: staff are warned, the build goes on.
final class RecognitionExposureTests: XCTestCase {
    func testTheLastGroupNotRecognisedIsNamedInAWarning() throws {
        let site = try PublicAttackTests.district()
        // Đông Hòa: Thôn Đông recognised in November, Thôn Tây not; the commune shows 7 people
        // with a file and 11 in rehabilitation. Cát Tiên has two groups left; An Lạc none recognised.
        let report = try build(site, date: PublicAttackTests.districtDate)
        let warnings = report.warnings.filter { $0.vi.contains("chưa được công nhận") }
        XCTAssertEqual(warnings.count, 1, "\(warnings.map(\.vi))")
        let w = try XCTUnwrap(warnings.first)
        XCTAssertEqual(w.kind, .warning)
        XCTAssertEqual(w.position?.file, "content/progress/2026-11.csv")
        XCTAssertEqual(w.position?.line, 11)
        XCTAssertTrue(w.vi.hasPrefix("Xã Đông Hòa: chỉ còn Thôn Tây chưa được công nhận"), w.vi)
        XCTAssertTrue(w.vi.contains("«HS»") && w.vi.contains("«NG»"), w.vi)
        XCTAssertTrue(w.en.contains("only Thôn Tây is not recognised"), w.en)

        // Once Thôn Tây is recognised too, nothing points anywhere.
        let sheet = try read("content/progress/2026-11.csv", in: site)
        try write(sheet.replacingOccurrences(of: "T42,chưa đạt,chưa đạt,đạt,đang thực hiện,chưa đạt,đang thực hiện,57,có,không,0,đăng ký năm nay,,",
                                             with: "T42,đạt,đạt,đạt,đạt,đạt,đạt,105,có,có,1,đã công nhận,2026-11-20,31/QĐ-UBND"),
                  to: "content/progress/2026-11.csv", in: site)
        XCTAssertFalse(try build(site, date: PublicAttackTests.districtDate).warnings.contains { $0.vi.contains("chưa được công nhận") })
    }
}
