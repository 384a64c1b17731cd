import Foundation
import WardLocale
import WardPrivacy
import XCTest
@testable import WardKit

/// The suppression pattern is a function of the sheet alone: built once or month by month,
/// with or without `ban-ghi/`, as the district's site or a ward's, the same cells are hidden.
/// (An extension of `StatisticsTests`, whose sheets and helpers it uses.)
extension StatisticsTests {
    var oct31: CalendarDate { CalendarDate(iso: "2026-10-31")! }
    var nov30: CalendarDate { CalendarDate(iso: "2026-11-30")! }
    var dec31: CalendarDate { CalendarDate(iso: "2026-12-31")! }

    /// December: C's year-to-date shown in November plus a small December count — the case that
    /// was refused when last month's figures were fixed as constraints.
    static let december3 = """
    unit,indicator,target,actual
    A,CN,,6
    B,CN,,5
    C,CN,,3
    A,CN-LK,,23
    B,CN-LK,,26
    C,CN-LK,,42
    A,HS,,9
    B,HS,,15
    C,HS,,21

    """

    var threeMonths: [String: String] {
        ["statistics/2026-10.csv": Self.october, "statistics/2026-11.csv": Self.november,
         "statistics/2026-12.csv": Self.december3]
    }

    /// The record lines of a built site, without the header.
    func recordLines(_ site: URL) throws -> Set<String> {
        Set(try read("ban-ghi/so-lieu.tsv", in: site).split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    }

    func testAFreshBuildHidesWhatTheMonthByMonthBuildsHid() throws {
        let monthly = try districtSite(sheets: ["statistics/2026-10.csv": Self.october])
        _ = try build(monthly, date: oct31)
        let october = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-kept-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: monthly.appendingPathComponent("public"), to: october)
        try write(Self.november, to: "content/statistics/2026-11.csv", in: monthly)
        _ = try build(monthly, date: nov30)
        try write(Self.december3, to: "content/statistics/2026-12.csv", in: monthly)
        _ = try build(monthly, date: dec31)

        let fresh = try districtSite(sheets: threeMonths)
        _ = try build(fresh, date: dec31)
        XCTAssertEqual(try recordLines(fresh), try recordLines(monthly))
        XCTAssertTrue(try recordLines(fresh).contains { $0.hasSuffix("\tẩn") }, "the sheet hides something, or the test proves nothing")
        for page in ["index", "so-lieu-2026-10", "so-lieu-2026-11"] {
            let path = page == "index" ? "public/tien-do/index.html" : "public/tien-do/\(page).html"
            XCTAssertEqual(cellsOf(try read(path, in: fresh)), cellsOf(try read(path, in: monthly)), page)
        }
        // October as October's build printed it, whatever came later.
        XCTAssertEqual(cellsOf(try read("public/tien-do/so-lieu-2026-10.html", in: fresh)),
                       cellsOf(try read("tien-do/index.html", in: october)))
        // Deleting the record changes nothing: it is a check, not an input.
        try FileManager.default.removeItem(at: monthly.appendingPathComponent("ban-ghi"))
        _ = try build(monthly, date: dec31)
        XCTAssertEqual(try recordLines(monthly), try recordLines(fresh))
        XCTAssertEqual(try ReaderAudit.attack(site: monthly, date: dec31, kept: [october]).1, [])
    }

    func testAWardSiteFromTheDistrictSheetHidesAtLeastWhatTheDistrictHides() throws {
        let district = try districtSite(sheets: threeMonths)
        _ = try build(district, date: dec31)
        let districtRecord = try recordLines(district)
        var compared = 0
        for (ward, k) in [("B", nil), ("A", 10), ("C", 5)] as [(String, Int?)] {
            let site = try districtSite(unit: ward, sheets: threeMonths)
            if let k {
                try write(try read("content/settings.txt", in: site).replacingOccurrences(of: "small_count_threshold: 5", with: "small_count_threshold: \(k)"),
                          to: "content/settings.txt", in: site)
            }
            _ = try build(site, date: dec31)
            for line in try recordLines(site) {
                let f = line.split(separator: "\t").map(String.init)
                let same = districtRecord.first { $0.hasPrefix(f[0..<4].joined(separator: "\t") + "\t") }
                XCTAssertNotNil(same, line)
                compared += 1
                if k == nil || k == 5 {
                    XCTAssertEqual(same, line, "ward \(ward), same k: the same pattern")
                } else if same?.hasSuffix("\tẩn") == true {
                    XCTAssertTrue(line.hasSuffix("\tẩn"), "ward \(ward), k = \(k!): what the district hides stays hidden — \(line)")
                }
            }
            XCTAssertEqual(try ReaderAudit.attack(site: site, date: dec31).1, [], ward)
        }
        XCTAssertGreaterThan(compared, 30)
    }

    /// A ward cannot lower the k its sheet was produced with: the build names settings.txt's
    /// line, and the sheet's producer can declare a smaller k for every site in indicators.csv.
    func testASiteCannotUseASmallerKThanItsSheet() throws {
        let ward = try districtSite(unit: "B", sheets: threeMonths)
        let settings = try read("content/settings.txt", in: ward)
        let line = settings.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("small_count_threshold") }! + 1
        try write(settings.replacingOccurrences(of: "small_count_threshold: 5", with: "small_count_threshold: 3"), to: "content/settings.txt", in: ward)
        let ds = failingBuild(ward, date: dec31)
        XCTAssertTrue(ds.contains { $0.position?.file == "content/settings.txt" && $0.position?.line == line
            && $0.vi.hasPrefix("ngưỡng che số nhỏ k = 3 nhỏ hơn k = 5") }, "\(ds)")
        let declared = Self.indicators.replacingOccurrences(of: "cumulative_of\n", with: "cumulative_of,k\n")
            .replacingOccurrences(of: "trong tháng,người,có,,,\n", with: "trong tháng,người,có,,,,3\n")
        XCTAssertTrue(declared.contains(",,,,3\n"))
        try write(declared, to: "content/indicators.csv", in: ward)
        _ = try build(ward, date: dec31)
        XCTAssertEqual(try ReaderAudit.attack(site: ward, date: dec31).1, [])
        try write(declared.replacingOccurrences(of: ",,,,3\n", with: ",,,,2\n"), to: "content/indicators.csv", in: ward)
        XCTAssertTrue(failingBuild(ward, date: dec31).contains { $0.position?.file == "content/indicators.csv" && $0.position?.line == 2 })
    }

    /// November showed C's year-to-date; December's small count for C cannot be hidden by
    /// hiding November again — December hides more of December instead, and publishes.
    func testANextMonthWhoseEarlierProtectionIsSpentPublishesWithoutLeaking() throws {
        let site = try districtSite(sheets: ["statistics/2026-10.csv": Self.october, "statistics/2026-11.csv": Self.november])
        _ = try build(site, date: nov30)
        let november = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-kept-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: site.appendingPathComponent("public"), to: november)
        let novCells = cellsOf(try read("public/tien-do/index.html", in: site))
        XCTAssertEqual(novCells["CN-LK/C/actual"], "39", "the protection December would want was spent in November")
        try write(Self.december3, to: "content/statistics/2026-12.csv", in: site)
        let report = try build(site, date: dec31)
        let dec = cellsOf(try read("public/tien-do/index.html", in: site))
        XCTAssertEqual(dec["CN/C/actual"], "ẩn")
        XCTAssertEqual(dec["CN-LK/C/actual"], "ẩn", "39 + 3 would give the 3 back")
        XCTAssertEqual(cellsOf(try read("public/tien-do/so-lieu-2026-11.html", in: site)), novCells, "November unchanged")
        let small = report.hidden.filter { $0.reason == .small && $0.value == 3 }
        XCTAssertTrue(small.contains { $0.unit == "Phường Châu" }, "\(small)")
        XCTAssertEqual(try ReaderAudit.attack(site: site, date: dec31, kept: [november]).1, [])
    }

    /// An edit to a published month that changes its pattern stops the build, naming the
    /// sheet's cell, instead of quietly publishing what the earlier page hid.
    func testAPublishedMonthEditedSoItsPatternChangesIsReported() throws {
        let site = try districtSite(sheets: ["statistics/2026-10.csv": Self.october])
        _ = try build(site, date: oct31)
        XCTAssertEqual(cellsOf(try read("public/tien-do/index.html", in: site))["CN/A/actual"], "ẩn")
        try write(Self.october.replacingOccurrences(of: "A,CN,,2\n", with: "A,CN,,8\n")
            .replacingOccurrences(of: "A,CN-LK,,11\n", with: "A,CN-LK,,17\n"), to: "content/statistics/2026-10.csv", in: site)
        try write(Self.november.replacingOccurrences(of: "A,CN-LK,,17\n", with: "A,CN-LK,,23\n"), to: "content/statistics/2026-11.csv", in: site)
        let ds = failingBuild(site, date: nov30)
        XCTAssertTrue(ds.contains { $0.position == SourcePosition(file: "content/statistics/2026-10.csv", line: 2, column: 7)
            && $0.vi.contains("«CN» của Phường An, tháng 10/2026 đã đăng là «ẩn», nay sẽ hiện số") }, "\(ds)")
        XCTAssertFalse(ds.contains { $0.vi.contains("phiên bản WardKit trước") }, "this build's own record: \(ds)")
    }
}
