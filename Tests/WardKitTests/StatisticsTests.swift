import Foundation
import WardLocale
import WardPrivacy
import XCTest
@testable import WardKit

/// Statistics through the whole pipeline: declared indicators, monthly sheets, the whole-sheet
/// pattern, the site record, prose, and what the pages let a reader compute.
final class StatisticsTests: XCTestCase {
    static let districtUnits = """
    id,name,kind,parent,households,mailbox
    Q,Mẫu,Quận,,,
    A,An,Phường,Q,,
    B,Bình,Phường,Q,,
    C,Châu,Phường,Q,,
    A1,Tổ 1,Tổ dân phố,A,50,
    B1,Tổ 1,Tổ dân phố,B,50,
    C1,Tổ 1,Tổ dân phố,C,50,

    """
    static let indicators = """
    code,text,counts,sensitive,part_of,total_of,cumulative_of
    CN,Số người được đưa đi cai nghiện trong tháng,người,có,,,
    CN-LK,Số người được đưa đi cai nghiện (lũy kế từ đầu năm),người,có,,,CN
    HS,Số người nghiện có hồ sơ quản lý,người,có,,,
    DC,Trong đó: đang cai nghiện,người,có,HS,,
    VU,Số vụ phạm tội về ma túy,vụ,không,,,

    """

    /// The sample's content with the district's units and sheets instead of the ward's.
    func districtSite(unit: String = "Q", sheets: [String: String], indicators: String = StatisticsTests.indicators) throws -> URL {
        let site = try makeSite()
        try write(Self.districtUnits, to: "content/units.csv", in: site)
        for f in try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/progress").path) {
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/progress/\(f)"))
        }
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/statistics"))
        try write("year,group\n", to: "content/targets.csv", in: site)
        try write(try read("content/settings.txt", in: site).replacingOccurrences(of: "unit: SM", with: "unit: \(unit)"), to: "content/settings.txt", in: site)
        try write(indicators, to: "content/indicators.csv", in: site)
        for (name, text) in sheets { try write(text, to: "content/\(name)", in: site) }
        return site
    }

    static let october = """
    unit,indicator,target,actual
    A,CN,,2
    B,CN,,7
    C,CN,,9
    A,CN-LK,,11
    B,CN-LK,,20
    C,CN-LK,,31
    Q,HS,,40
    A,HS,,8
    B,HS,,14
    C,HS,,18
    A,DC,,7
    B,DC,,12
    C,DC,,18
    A,VU,1,1
    B,VU,1,0
    C,VU,2,3

    """
    static let november = """
    unit,indicator,target,actual
    A,CN,,6
    B,CN,,1
    C,CN,,8
    A,CN-LK,,17
    B,CN-LK,,21
    C,CN-LK,,39
    A,HS,,8
    B,HS,,15
    C,HS,,20

    """

    func cellsOf(_ html: String) -> [String: String] {
        var out: [String: String] = [:]
        for m in ReaderAudit.matches(#"<td data-unit="([^"]+)" data-indicator="([^"]+)" data-field="([^"]+)"([^>]*)>([^<]*)</td>"#, html) {
            out["\(m[2])/\(m[1])/\(m[3])"] = m[5]
        }
        return out
    }

    // MARK: declarations and sheets

    func testIndicatorsMustSayWhatTheyCountAndWhetherTheyAreSensitive() throws {
        let site = try districtSite(sheets: ["statistics/2026-10.csv": Self.october], indicators: """
        code,text,counts,sensitive,part_of,total_of,cumulative_of
        CN,Số người được đưa đi cai nghiện trong tháng,,có,,,
        CN-LK,Số người cai nghiện lũy kế,người,,,,CN
        HS,Tỷ lệ người nghiện có hồ sơ,người,có,,,
        DC,Trong đó: đang cai nghiện,người,có,XX,,
        VU,Số vụ,vụ,không,,,

        """)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.position == SourcePosition(file: "content/indicators.csv", line: 2, column: 48) && $0.vi.contains("người, vụ, điểm, khác") }, "\(ds)")
        XCTAssertTrue(ds.contains { $0.position?.line == 3 && $0.vi.contains("«có» hoặc «không»") }, "a blank cannot switch suppression off: \(ds)")
        XCTAssertTrue(ds.contains { $0.position?.line == 4 && $0.kind == .privacy && $0.vi.contains("tỷ lệ") }, "\(ds)")
        XCTAssertTrue(ds.contains { $0.position?.line == 5 && $0.vi.contains("«XX»") }, "\(ds)")
    }

    /// «khác» is what the figure counts; whether it is hidden depends on `sensitive` alone.
    func testAFigureOfKindOtherThatIsSensitiveIsStillHidden() throws {
        let site = try districtSite(sheets: ["statistics/2026-10.csv": "unit,indicator,actual\nA,X,2\nB,X,9\nC,X,12\n"], indicators: """
        code,text,counts,sensitive
        X,Số trường hợp khác,khác,có

        """)
        _ = try build(site, date: CalendarDate(iso: "2026-10-31")!)
        let cells = cellsOf(try read("public/tien-do/index.html", in: site))
        XCTAssertEqual(cells["X/A/actual"], "ẩn")
        XCTAssertEqual(cells["X/B/actual"], "ẩn")
        XCTAssertEqual(cells["X/C/actual"], "12")
        XCTAssertEqual(cells["X/Q/actual"], "23", "the district's total, summed from its wards")
    }

    func testStatisticsRowsAreCheckedWithFileAndLine() throws {
        let site = try districtSite(sheets: [
            "statistics/2026-10.csv": """
            unit,indicator,target,actual
            A,CN,,2
            A1,HS,,8
            A,ZZ,,1
            B,CN,,1.5
            C,CN,,
            A,CN,,3

            """,
            "statistics/thang-10.csv": "unit,indicator,actual\n",
            "statistics.csv": "unit,indicator,measure,actual\nA,CN,người,2\n",
        ])
        let ds = failingBuild(site)
        let file = "content/statistics/2026-10.csv"
        XCTAssertTrue(ds.contains { $0.position == SourcePosition(file: file, line: 3, column: 1) && $0.kind == .privacy && $0.vi.contains("theo tổ dân phố") }, "people below ward level: \(ds)")
        XCTAssertTrue(ds.contains { $0.position == SourcePosition(file: file, line: 4, column: 3) && $0.vi.contains("«ZZ» chưa khai báo") }, "\(ds)")
        XCTAssertTrue(ds.contains { $0.position?.file == file && $0.position?.line == 5 && $0.vi.contains("«1.5»") }, "\(ds)")
        XCTAssertTrue(ds.contains { $0.position?.file == file && $0.position?.line == 6 && $0.vi.contains("không có số") }, "\(ds)")
        XCTAssertTrue(ds.contains { $0.position == SourcePosition(file: file, line: 7, column: 1) && $0.vi.contains("trùng dòng") && $0.vi.contains("\(file):2") },
                      "a duplicate is an error naming the first row, not a crash: \(ds)")
        XCTAssertTrue(ds.contains { $0.position?.file == "content/statistics/thang-10.csv" && $0.vi.contains("NNNN-TT") }, "\(ds)")
        XCTAssertTrue(ds.contains { $0.position?.file == "content/statistics.csv" && $0.vi.contains("indicators.csv") }, "the old measure column explains itself: \(ds)")
    }

    func testAnInconsistentTotalIsAnErrorNotACrash() throws {
        let site = try districtSite(sheets: ["statistics/2026-10.csv": """
            unit,indicator,target,actual
            Q,CN,,20
            A,CN,,2
            B,CN,,7
            C,CN,,9
            Q,VU,,1
            A,VU,,3

            """])
        let ds = failingBuild(site, date: CalendarDate(iso: "2026-10-31")!)
        let file = "content/statistics/2026-10.csv"
        XCTAssertTrue(ds.contains { $0.position == SourcePosition(file: file, line: 2, column: 7) && $0.vi.contains("là 20") && $0.vi.contains("18") }, "\(ds)")
        XCTAssertTrue(ds.contains { $0.position == SourcePosition(file: file, line: 6, column: 7) && $0.vi.contains("nhỏ hơn") }, "a total below its parts entered: \(ds)")
    }

    // MARK: what a reader can compute

    /// One sheet, two months, a year-to-date figure and a part: built as the district's site
    /// and as one ward's site. The ward hides what the district hides; a reader of either, who
    /// kept October's pages, pins nothing.
    func testDistrictAndWardSitesFromOneSheetHideTheSameAndPinNothing() throws {
        let sheets = ["statistics/2026-10.csv": Self.october, "statistics/2026-11.csv": Self.november]
        let district = try districtSite(sheets: sheets)
        _ = try build(district)
        let ward = try districtSite(unit: "B", sheets: sheets)
        _ = try build(ward)
        let (d, dPinned) = try ReaderAudit.attack(site: district)
        let (w, wPinned) = try ReaderAudit.attack(site: ward)
        XCTAssertEqual(dPinned, [])
        XCTAssertEqual(wPinned, [])
        XCTAssertFalse(d.hiddenKeys.isEmpty)
        for key in w.cells.keys {
            XCTAssertEqual(w.cells[key]!, d.cells[key] ?? nil, "\(key): the ward's site and the district's agree")
        }
        // B's November 1 is small; its year-to-date 21 minus October's 20 would give it back.
        let nov = cellsOf(try read("public/tien-do/index.html", in: district))
        XCTAssertEqual(nov["CN/B/actual"], "ẩn")
        let octPage = cellsOf(try read("public/tien-do/so-lieu-2026-10.html", in: district))
        XCTAssertTrue(nov["CN-LK/B/actual"] == "ẩn" || octPage["CN-LK/B/actual"] == "ẩn")
        // Part of: 14 with a file, 12 in rehabilitation leaves 2 — so one of the two is hidden.
        let oct = cellsOf(try read("public/tien-do/so-lieu-2026-10.html", in: district))
        XCTAssertTrue(oct["HS/B/actual"] == "ẩn" || oct["DC/B/actual"] == "ẩn", "\(oct)")
        XCTAssertFalse(try read("public/tien-do/index.html", in: district).contains("&lt; 5"), "one label")
    }

    func testTheSampleSitePinsNothing() throws {
        let site = try makeSite()
        _ = try build(site)
        let (reader, pinned) = try ReaderAudit.attack(site: site)
        XCTAssertEqual(pinned, [])
        XCTAssertTrue(reader.hiddenKeys.contains(.init(indicator: "KT", unit: "SM", period: "2026-11", field: "actual")))
        XCTAssertTrue(reader.hiddenKeys.contains(.init(indicator: "QL-MET", unit: "SM", period: "2026-10", field: "actual")) ||
                      reader.hiddenKeys.contains(.init(indicator: "QL", unit: "SM", period: "2026-10", field: "actual")),
                      "14 users managed, 11 of them on methadone: 3 would be pinned")
    }

    /// The Long Biên annex: per-ward targets with a totals row, targets only. People's targets
    /// are counts of people too; the cases column is not sensitive.
    func testAPlansAnnexOfTargetsIsAWardByIndicatorTable() throws {
        let wards = ["Ngọc Lâm", "Đức Giang", "Bồ Đề", "Ngọc Thụy", "Gia Thụy", "Thượng Thanh", "Long Biên", "Việt Hưng",
                     "Phúc Đồng", "Sài Đồng", "Thạch Bàn", "Phúc Lợi", "Giang Biên", "Cự Khối"]
        let cases = [3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 0], rehab = [1, 2, 1, 1, 1, 3, 1, 2, 1, 1, 1, 1, 0, 1]
        var units = "id,name,kind,parent,households,mailbox\nLB,Long Biên,Quận,,,\n"
        var sheet = "unit,indicator,month,target\nLB,VU,2023-06,31\nLB,CN,2023-06,17\n"
        for (i, w) in wards.enumerated() {
            units += "P\(i),\(w),Phường,LB,,\nG\(i),Tổ 1,Tổ dân phố,P\(i),40,\n"
            sheet += "P\(i),VU,2023-06,\(cases[i])\nP\(i),CN,2023-06,\(rehab[i])\n"
        }
        // Until reporting units that are not places have their own kind, the team is typed as
        // a ward with one group, so the print index has a page to link to.
        units += "DOI,Đội CS ĐTTP về ma túy,Phường,LB,,\nGD,Tổ 1,Tổ dân phố,DOI,40,\n"
        sheet += "DOI,VU,2023-06,5\nDOI,CN,2023-06,0\n"
        let site = try districtSite(unit: "LB", sheets: ["statistics.csv": sheet], indicators: """
        code,text,counts,sensitive
        VU,Vụ xử lý hình sự,vụ,không
        CN,Đưa người nghiện đi cai nghiện bắt buộc,người,có

        """)
        try write(units, to: "content/units.csv", in: site)
        _ = try build(site, date: CalendarDate(iso: "2023-06-15")!)
        let html = try read("public/tien-do/index.html", in: site)
        let table = try XCTUnwrap(ReaderAudit.matches(#"<table class="stat-table stat-units".*?</table>"#, html).first?[0])
        XCTAssertEqual(ReaderAudit.matches(#"<tbody>.*?</tbody>"#, table).first.map { ReaderAudit.matches("<tr ", $0[0]).count }, 15, "one row a ward, plus the team")
        XCTAssertFalse(table.contains(#"data-field="actual""#), "targets only: no result columns")
        let cells = cellsOf(table)
        XCTAssertEqual(cells["VU/LB/target"], "31")
        XCTAssertEqual(cells["CN/LB/target"], "17")
        XCTAssertEqual(cells["VU/P0/target"], "3", "cases are not sensitive")
        XCTAssertEqual(cells["CN/P5/target"], "ẩn", "a plan value of 3 people is a small count")
        XCTAssertEqual(cells["CN/P12/target"], "0")
        XCTAssertTrue(table.contains(#"<tfoot><tr data-unit="LB" data-total=""><th scope="row">Tổng</th>"#))
        let wardPage = try read("public/tien-do/duc-giang/index.html", in: site)
        XCTAssertTrue(wardPage.contains(#"<table class="stat-table stat-own" data-period="2023-06" data-unit="P1">"#), "each ward's page shows its own targets")
        XCTAssertEqual(try ReaderAudit.attack(site: site, date: CalendarDate(iso: "2023-06-15")!).1, [])
    }

    /// The real annex, typed in as the Long Biên fixture has it (one sheet, and the wards' own
    /// folders): the small plan values of people are hidden, and nothing hidden can be pinned.
    func testTheLongBienAnnexPinsNothing() throws {
        let date = CalendarDate(iso: "2023-06-01")!
        for name in ["long-bien", "long-bien-wards"] {
            let site = try copyFixture(name)
            let report = try build(site, date: date)
            XCTAssertTrue(report.hidden.contains { $0.field == .target && $0.reason == .small }, name)
            let (reader, pinned) = try ReaderAudit.attack(site: site, date: date)
            XCTAssertEqual(pinned, [], name)
            XCTAssertFalse(reader.hiddenKeys.isEmpty, name)
        }
    }

    // MARK: across builds

    /// What October's build published is what November's build publishes for October.
    func testThePatternOfAMonthStaysAsAnEarlierBuildPublishedIt() throws {
        let site = try districtSite(sheets: ["statistics/2026-10.csv": Self.october])
        _ = try build(site, date: CalendarDate(iso: "2026-10-31")!)
        let octoberBuild = cellsOf(try read("public/tien-do/index.html", in: site))
        let record = try read("ban-ghi/so-lieu.tsv", in: site)
        XCTAssertTrue(record.contains("CN\tA\t2026-10\tactual\tẩn"), record)
        try write(Self.november, to: "content/statistics/2026-11.csv", in: site)
        _ = try build(site)
        let octoberLater = cellsOf(try read("public/tien-do/so-lieu-2026-10.html", in: site))
        XCTAssertEqual(octoberLater, octoberBuild)
        XCTAssertEqual(try ReaderAudit.attack(site: site).1, [])
        let again = try read("ban-ghi/so-lieu.tsv", in: site)
        for line in record.split(separator: "\n") where !line.hasPrefix("#") { XCTAssertTrue(again.contains(line), "\(line) kept") }
    }

    /// The record is a check, not an input: a cell it says an earlier build hid that the sheet
    /// would now show means a published month changed, and the build stops at the sheet's cell
    /// rather than print what the earlier page hid. A record line WardKit did not write stops
    /// the build too.
    func testARecordThatDisagreesWithTheSheetStopsTheBuild() throws {
        let site = try districtSite(sheets: ["statistics/2026-10.csv": Self.october])
        try write("# record\nVU\tC\t2026-10\tactual\tẩn\n", to: "ban-ghi/so-lieu.tsv", in: site)
        let ds = failingBuild(site, date: CalendarDate(iso: "2026-10-31")!)
        XCTAssertTrue(ds.contains { $0.position == SourcePosition(file: "content/statistics/2026-10.csv", line: 17, column: 8)
            && $0.vi.contains("«VU» của Phường Châu, tháng 10/2026 đã đăng là «ẩn», nay sẽ hiện số") }, "\(ds)")
        // That record's header is not WardKit's current one: the old pattern may be the cause.
        XCTAssertTrue(ds.contains { $0.position?.file == "ban-ghi/so-lieu.tsv" && $0.vi.contains("phiên bản WardKit trước") }, "\(ds)")
        try write("VU\tC\toctober\tactual\t3\n", to: "ban-ghi/so-lieu.tsv", in: site)
        XCTAssertTrue(failingBuild(site, date: CalendarDate(iso: "2026-10-31")!).contains { $0.position?.file == "ban-ghi/so-lieu.tsv" })
    }

    // MARK: prose and criteria

    func testCountsOfPeopleInProseFollowTheTableRules() throws {
        let site = try makeSite()
        try write("""
        ---
        title: Kết quả tháng 11
        date: 2026-11-20
        ---
        Hiện có 6 người nghiện ở tổ Bến Đò đã được lập hồ sơ.
        Theo rà soát, tổ Cầu Tre 0 người, Bến Đò
        7 người sử dụng trái phép chất ma túy.
        Phường đã đưa 3 người nghiện đi cai nghiện và ba đối tượng bị khởi tố.
        Đã có 50 % người nghiện được điều trị methadone; 100 % người nghiện được quản lý.
        Cả phường có 20 người nghiện được đưa đi cai nghiện từ đầu năm.
        150 người dân tham gia lễ ra quân tại 24 tổ dân phố.

        """, to: "content/news/2026-11-20-so-lieu.md", in: site)
        let ds = failingBuild(site).filter { $0.position?.file == "content/news/2026-11-20-so-lieu.md" }
        func at(_ line: Int, _ column: Int) -> Diagnostic? { ds.first { $0.position?.line == line && $0.position?.column == column } }
        XCTAssertTrue(at(5, 9)?.vi.contains("«Bến Đò»") == true, "\(ds)")
        XCTAssertTrue(at(7, 1)?.vi.contains("Bến Đò") == true, "a group named from units.csv, across a line break: \(ds)")
        XCTAssertTrue(at(8, 15)?.vi.contains("nhỏ") == true, "\(ds)")
        XCTAssertTrue(at(8, 47)?.vi.contains("ba đối tượng") == true, "\(ds)")
        XCTAssertTrue(at(9, 7)?.vi.contains("tỷ lệ") == true, "\(ds)")
        XCTAssertTrue(ds.allSatisfy { $0.kind == .privacy })
        XCTAssertEqual(ds.count, 5, "0 people, 100 %, 20 for the whole ward and 150 residents are fine: \(ds)")
    }

    func testAProseFigureMayNotRepeatAHiddenCell() throws {
        let site = try makeSite()
        // November's year-to-date of 7 people prosecuted is hidden (October's 6, shown, would
        // give November's 1 away).
        try write("---\ntitle: Tin\ndate: 2026-11-20\n---\nĐến tháng 11 đã khởi tố 7 người.\n", to: "content/news/2026-11-20-kt.md", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.position == SourcePosition(file: "content/news/2026-11-20-kt.md", line: 5, column: 25) && $0.vi.contains("đang được ẩn") }, "\(ds)")
    }

    func testGroupPagesShowOnlyTheCommunityCriteria() throws {
        let site = try makeSite()
        _ = try build(site)
        let group = try read("public/tien-do/phu-o-1/index.html", in: site)
        for code in ["TC1", "TC2", "TC3", "TC4"] {
            XCTAssertFalse(group.contains("<strong>\(code)</strong>"), "\(code) is about people")
        }
        XCTAssertTrue(group.contains("<strong>TC5</strong>") && group.contains("<strong>TC6</strong>"))
        XCTAssertTrue(group.contains("tiêu chí về cộng đồng đạt"))
        XCTAssertTrue(ReaderAudit.matches(#"<span class="big">(\d)/2</span>"#, group).count == 1, "k/n counts the criteria shown")
        let matrix = try read("public/tien-do/tieu-chi.html", in: site)
        XCTAssertFalse(matrix.contains(">TC3</abbr>"))
        XCTAssertTrue(matrix.contains(">TC5</abbr>"))
        let dashboard = try read("public/tien-do/index.html", in: site)
        XCTAssertNil(dashboard.range(of: #"<td>\d/6</td>"#, options: .regularExpression), "group rows count community criteria only")

        try write(try read("content/criteria.csv", in: site).replacingOccurrences(of: ",không\n", with: ",hơi\n"), to: "content/criteria.csv", in: site)
        XCTAssertTrue(failingBuild(site).contains { $0.position?.file == "content/criteria.csv" && $0.vi.contains("«hơi»") })
    }

    func testABlankAboutPeopleCellCountsAsAboutPeople() throws {
        var cell = CSVTable.Cell(value: "", position: SourcePosition(file: "c", line: 1))
        let log = DiagnosticLog()
        XCTAssertEqual(CriteriaDisclosure.aboutPeople(cell, text: "Không có người sử dụng trái phép chất ma túy ngoài xã hội", log: log), true)
        XCTAssertEqual(CriteriaDisclosure.aboutPeople(cell, text: "Có ít nhất một mô hình phòng, chống ma túy", log: log), false)
        cell = CSVTable.Cell(value: "không", position: SourcePosition(file: "c", line: 1))
        XCTAssertEqual(CriteriaDisclosure.aboutPeople(cell, text: "Không có người nghiện", log: log), false)
    }
}
