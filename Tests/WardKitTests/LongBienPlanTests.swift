import Foundation
import XCTest
@testable import WardKit

/// Quận Long Biên (Hà Nội), the 2023 action month: fourteen wards with no groups on the site yet,
/// the district's drug police team as a reporting unit, and the annex of targets per unit.
/// The annex's figures in the statistics table are checked by the statistics work (13.3); here:
/// the units, theme, plan head and signer, and that the ward folders give the same site.
final class LongBienPlanTests: XCTestCase {
    static let built = Result { try BuiltFixture("long-bien", date: "2023-06-01") }

    func fixture() throws -> BuiltFixture { try Self.built.get() }

    /// The annex table: «1	Ngọc Lâm	3	1», …, «15	Đội CS ĐTTP về ma tuý, CAQ	5	0	1	1», «Tổng		31	17	1	1».
    /// A blank annex cell (no target for that unit) is nil.
    func annex() throws -> (rows: [(name: String, figures: [Int?])], total: [Int]) {
        let plan = try planText("long-bien")
        let table = plan.components(separatedBy: "TT\tĐơn vị")[1]
        var rows: [(String, [Int?])] = []
        var total: [Int] = []
        for line in table.split(separator: "\n") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            let figures = (cells[2...].map { Int($0) } + [nil, nil, nil, nil]).prefix(4)
            if cells[0] == "Tổng" { total = figures.map { $0 ?? 0 } } else if Int(cells[0]) != nil { rows.append((cells[1], Array(figures))) }
        }
        return (rows, total)
    }

    func testTheAnnexAddsUpAndEveryUnitIsInTheFixture() throws {
        let f = try fixture()
        let (rows, total) = try annex()
        XCTAssertEqual(rows.count, 15)
        for col in 0..<4 { XCTAssertEqual(rows.reduce(0) { $0 + ($1.figures[col] ?? 0) }, total[col], "column \(col) of the annex") }
        let units = try f.csv("units.csv")
        let wards = units.filter { $0["kind"] == "Phường" }
        XCTAssertEqual(Set(wards.map { folded($0["name"]!) }), Set(rows.dropLast().map { folded($0.name) }), "the annex's fourteen wards")
        XCTAssertTrue(rows.last!.name.hasPrefix("Đội"), "the annex's last unit is a police team")
        XCTAssertEqual(units.filter { $0["kind"] == "Đội" }.count, 1, "loaded as a team, not typed as a «Phường»")
        // The figures the table will show come from the fixture's sheet: each unit's targets are the annex's.
        let stats = try f.csv("statistics.csv")
        for (name, figures) in rows {
            let unit = name.hasPrefix("Đội") ? units.first { $0["kind"] == "Đội" }! : wards.first { folded($0["name"]!) == folded(name) }!
            let mine = stats.filter { $0["unit"] == unit["id"] }.map { Int($0["target"]!) }
            XCTAssertEqual(mine, figures.filter { $0 != nil }, "\(name): the annex's targets, in its column order")
        }
    }

    func testWardsWithNoGroupsBuildAndTheTeamIsNoPlace() throws {
        let f = try fixture()
        let (rows, _) = try annex()
        let html = try f.html("tien-do/index.html")
        let places = html.components(separatedBy: "<ul class=\"places\">")[1].components(separatedBy: "</ul>")[0]
        XCTAssertEqual(places.components(separatedBy: "<li>").count - 1, 14)
        for (name, _) in rows.dropLast() {
            XCTAssertTrue(folded(visibleText(places)).contains(folded("Phường " + name)), name)
        }
        XCTAssertFalse(places.contains("Đội"), "the team is not a place")
        XCTAssertFalse(html.contains("Phường Đội"))
        let stats = html.components(separatedBy: "aria-labelledby=\"stat-h\"")[1]
        XCTAssertTrue(stats.contains("Đội Cảnh sát điều tra tội phạm về ma túy, Công an quận"), "the team reports in the statistics")
        XCTAssertTrue(try f.text("tien-do/ngoc-lam/index.html").contains("Chưa có tổ dân phố."), "a ward page shows what it has")
        XCTAssertFalse(f.exists("in-an/don-vi/ngoc-lam/index.html"), "no print index for a ward with nothing to print…")
        XCTAssertFalse(try f.html("in-an/index.html").contains("in-an/don-vi/"), "…and no link to one")
        XCTAssertFalse(try f.html("tim-kiem/index.json").contains("Đội Cảnh sát"), "search lists places")
        XCTAssertEqual(f.report.unitsOutside, 0)
    }

    func testThemeNewsAndPlanHeadAreThePlans() throws {
        let f = try fixture()
        let plan = try planText("long-bien")
        let slogan = plan.capture(#"1\. Chủ đề Tháng hành động\s*\n\s*“(.*?)”"#)!
        let period = plan.capture(#"Thời gian: từ ngày (\d+)/(\d+)/(\d{4}) đến ngày (\d+)/(\d+)/(\d{4})"#, 0)!
        XCTAssertTrue(period.contains("01/6/2023") && period.contains("30/6/2023"))
        let home = try f.text("index.html")
        XCTAssertTrue(home.contains(slogan), "the plan's theme is featured on 1 June")
        XCTAssertTrue(home.contains("01/06 – 30/06/2023 · "), "the theme card gives its period")
        let number = plan.capture(#"Số: \*\*(\d+)\*\*/KH-UBND"#)!
        let day = plan.capture(#"Long Biên, ngày \*\*(\d+)\*\* tháng \*\*(\d+)\*\* năm (\d{4})"#, 1)!
        let month = plan.capture(#"Long Biên, ngày \*\*(\d+)\*\* tháng \*\*(\d+)\*\* năm (\d{4})"#, 2)!
        let about = try f.text("gioi-thieu/index.html")
        XCTAssertTrue(about.contains("Số: \(number)/KH-UBND"))
        XCTAssertTrue(about.contains("Long Biên, ngày \(day) tháng \(month) năm 2023"))
        XCTAssertTrue(about.contains("ỦY BAN NHÂN DÂN QUẬN LONG BIÊN"))
        let title = plan.capture(#"KẾ HOẠCH\n(Triển khai .*?)\n(trên địa bàn .*?)\n"#, 1)! + " " + plan.capture(#"KẾ HOẠCH\n(Triển khai .*?)\n(trên địa bàn .*?)\n"#, 2)!
        XCTAssertTrue(about.contains("KẾ HOẠCH \(title)"), title)
        XCTAssertEqual(plan.signerBlock, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Thị Thu Hương"])
        XCTAssertTrue(about.contains(plan.signerBlock.joined(separator: " ")))
        XCTAssertTrue(home.contains("Thực hiện Kế hoạch số \(number)/KH-UBND ngày 01/06/2023 của Ủy ban nhân dân quận Long Biên"), "the plan in every page's footer")
        // The plan's own targets, in the news post that announces them.
        let news = try f.text("tin-tuc/2023-06-01-ke-hoach-thang-hanh-dong/index.html")
        let cases = plan.capture(#"xử lý hình sự (\d+) vụ phạm tội về ma túy"#)!
        let rehab = plan.capture(#"cai nghiện bắt buộc cho (\d+) người nghiện ma túy"#)!
        XCTAssertTrue(news.contains("xử lý hình sự \(cases) vụ") && news.contains("cho \(rehab) người nghiện"))
        XCTAssertEqual(Int(cases), try annex().total[0])
        XCTAssertEqual(Int(rehab), try annex().total[1])
    }

    /// Wards keep their own folders and report upward: the district built from them is the same
    /// site, byte for byte, as the district built from one district-wide sheet.
    func testTheWardFoldersGiveTheSameSiteAsOneDistrictWideSheet() throws {
        let f = try fixture()
        let wards = try BuiltFixture("long-bien-wards", date: "2023-06-01")
        let one = snapshot(f.site.appendingPathComponent("public"))
        let many = snapshot(wards.site.appendingPathComponent("public"))
        XCTAssertEqual(Set(one.keys), Set(many.keys))
        for (path, data) in one where many[path] != data { XCTFail("\(path) differs") }
        XCTAssertEqual(wards.report.unitsOutside, 0)
        // Each ward folder is a site of its own, too.
        let ward = try copyFixture("long-bien-wards").appendingPathComponent("phuong/ngoc-lam")
        XCTAssertNoThrow(try build(ward, date: sampleDate))
    }
}
