import Foundation
import WardLocale
import XCTest
@testable import WardKit

/// Phường An Hải (Hải Phòng), 2025: the six criteria of the «Tổ dân phố không ma túy» model, and
/// a sheet that marks TC5 «đạt» beside 258 of 304 households — which must be said, not shown silently.
final class AnHaiPlanTests: XCTestCase {
    static let built = Result { try BuiltFixture("an-hai", date: "2025-12-20") }
    static let latestMonth = "2025-12"

    func fixture() throws -> BuiltFixture { try Self.built.get() }

    func testTheSixCriteriaAreThePlansVerbatim() throws {
        let f = try fixture()
        let plan = try planText("an-hai")
        let section = plan.components(separatedBy: "## **II. TIÊU CHÍ")[1].components(separatedBy: "## **III.")[0]
        let criteria = section.split(separator: "\n").compactMap { l -> String? in
            guard let first = l.first, first.isNumber, l.dropFirst().hasPrefix(". ") else { return nil }
            return String(l.dropFirst(3)).trimmingCharacters(in: .whitespaces)
        }
        XCTAssertEqual(criteria.count, 6)
        XCTAssertEqual(try f.csv("criteria.csv").map { $0["text"]! }, criteria)
        // Every criterion's wording is on the checklist form and the matrix; a group's page shows
        // only the community ones (TC5, TC6): TC1–TC4 are about people (issue 11).
        let checklist = try f.text("in-an/kiem-tra/to-dan-pho-3/index.html")
        let matrix = try f.text("tien-do/tieu-chi.html")
        for c in criteria { XCTAssertTrue(checklist.contains(c) && matrix.contains(c), c) }
        let page = try f.text("tien-do/to-dan-pho-3/index.html")
        for (i, c) in criteria.enumerated() { XCTAssertEqual(page.contains(c), i >= 4, c) }
    }

    func testAPledgeCriterionAgainstItsOwnFiguresIsAWarning() throws {
        let f = try fixture()
        let latest = try latestSheet(f, Self.latestMonth)
        let units = Dictionary(uniqueKeysWithValues: try f.csv("units.csv").map { ($0["id"]!, $0) })
        // Recomputed from the sheet: every row whose TC5 says «đạt» while some households have not pledged.
        let expected = latest.values.filter { $0["TC5"]!.lowercased() == "đạt" && Int($0["pledged"]!)! < Int(units[$0["group"]!]!["households"]!)! }
        XCTAssertEqual(expected.count, 1)
        let row = expected[0], h = Int(units[row["group"]!]!["households"]!)!, p = Int(row["pledged"]!)!
        XCTAssertEqual(f.report.warnings.count, 1, "\(f.report.warnings)")
        let w = try XCTUnwrap(f.report.warnings.first)
        XCTAssertEqual(w.kind, .warning)
        XCTAssertEqual(w.position?.file, "content/progress/\(Self.latestMonth).csv")
        XCTAssertTrue(w.formatted(.vi).contains("cảnh báo: Tổ dân phố 3: TC5 «đạt» nhưng mới \(p)/\(h) hộ (\(vnPercent(p, h))) ký cam kết"), w.formatted(.vi))
        XCTAssertEqual(vnPercent(p, h), "84,9\u{00A0}%", "the issue's figure")
        XCTAssertTrue(try f.text("tien-do/to-dan-pho-3/index.html").contains("\(vnPercent(p, h)) — \(p)/\(h) hộ"))
    }

    func testNamesWithTheKindInThemAndThePlanHead() throws {
        let f = try fixture()
        let plan = try planText("an-hai")
        for path in ["tien-do/index.html", "tien-do/to-dan-pho-3/index.html", "in-an/cam-ket/to-dan-pho-3/index.html"] {
            XCTAssertFalse(try f.html(path).contains("Tổ dân phố Tổ dân phố"), path)
            XCTAssertFalse(try f.html(path).contains("TỔ DÂN PHỐ TỔ DÂN PHỐ"), path)
        }
        XCTAssertTrue(plan.contains("Số: /KH-UBND") && plan.contains("An Hải, ngày tháng năm 2025"))
        let about = try f.text("gioi-thieu/index.html")
        XCTAssertTrue(about.contains("Số: /KH-UBND"))
        XCTAssertTrue(about.contains("An Hải, ngày … tháng … năm 2025"))
        XCTAssertEqual(plan.signerBlock, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lương Thế Quý"])
        XCTAssertTrue(about.contains(plan.signerBlock.joined(separator: " ")))
        let latest = try latestSheet(f, Self.latestMonth)
        let groups = try f.csv("units.csv").filter { $0["kind"] == "Tổ dân phố" }
        let drugFree = groups.filter { isDrugFree(latest[$0["id"]!]) }.count
        XCTAssertTrue(try f.text("tien-do/index.html").contains("\(drugFree)/\(groups.count) tổ dân phố đạt «không ma túy»"))
    }
}

/// Phường Cao Xanh (Hạ Long), 2024–2025: the 2024 result stays on the site in 2025, and last
/// December's «đăng ký năm nay» does not register anyone for January.
final class CaoXanhPlanTests: XCTestCase {
    static let built = Result { try BuiltFixture("cao-xanh", date: "2025-01-15") }

    func fixture() throws -> BuiltFixture { try Self.built.get() }

    func testLastYearsResultStaysVisible() throws {
        let f = try fixture()
        let december = try latestSheet(f, "2024-12")
        let t2024 = try f.csv("targets.csv").filter { $0["year"] == "2024" }.map { $0["group"]! }
        let done = t2024.filter { isDrugFree(december[$0]) }.count
        XCTAssertEqual("\(done)/\(t2024.count)", "5/6", "the issue's 2024 result")
        let dash = try f.text("tien-do/index.html")
        XCTAssertTrue(dash.contains("Kết quả các năm trước Năm 2024: đạt \(done)/\(t2024.count) khu phố theo chỉ tiêu (\(vnPercent(done, t2024.count)))."), dash)
        let t2025 = try f.csv("targets.csv").filter { $0["year"] == "2025" }
        let new = t2025.filter { $0["goal"] == "xây dựng" }.count, keep = t2025.filter { $0["goal"] == "giữ vững" }.count
        XCTAssertTrue(dash.contains("Xây dựng \(new)/6 (\(vnPercent(new, 6))) khu phố đạt «không ma túy» và giữ vững 0\(keep) khu phố đã đạt."))
    }

    func testDecembersRegistrationDoesNotCarryIntoJanuary() throws {
        let f = try fixture()
        let december = try latestSheet(f, "2024-12")
        let registered = december.values.filter { $0["recognition"] == "đăng ký năm nay" }.map { $0["group"]! }
        XCTAssertEqual(registered, ["KP6"])
        let dash = try f.html("tien-do/index.html")
        let table = dash.components(separatedBy: "<table class=\"groups\">")[1].components(separatedBy: "</table>")[0]
        XCTAssertFalse(table.contains("Đăng ký năm nay"), "no registration for 2025 yet")
        XCTAssertTrue(visibleText(table).contains("Khu phố 6 Chưa đăng ký"))
        let page = try f.text("tien-do/khu-pho-6/index.html")
        XCTAssertTrue(page.contains("Chưa đăng ký"))
        // December's TC5 «đang thực hiện», TC6 «đạt»: 1 of the 2 community criteria.
        XCTAssertTrue(page.contains("tháng 12/2024 1/2 92,8"), "the history still shows what December said")
    }

    func testWordingIsKhuPhoAndThePlanIsCited() throws {
        let f = try fixture()
        let plan = try planText("cao-xanh")
        let dash = try f.text("tien-do/index.html")
        XCTAssertTrue(dash.contains("khu phố đạt «không ma túy»"))
        XCTAssertTrue(dash.contains("Bảng tiêu chí theo khu phố"))
        XCTAssertFalse(dash.contains(" tổ đạt") || dash.contains("theo tổ "), "pages no longer always say «tổ»")
        XCTAssertFalse(try f.html("tien-do/khu-pho-1/index.html").contains("Khu phố Khu phố"))
        let title = plan.capture(#"\*\*(Xây dựng “phường sạch ma túy” giai đoạn 2024 - 2025)\*\*"#)!
        XCTAssertTrue(try f.text("gioi-thieu/index.html").contains("KẾ HOẠCH \(title)"))
        XCTAssertEqual(plan.signerBlock, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Triệu Văn Nghĩa"])
        XCTAssertTrue(try f.text("gioi-thieu/index.html").contains(plan.signerBlock.joined(separator: " ")))
        XCTAssertTrue(try f.text("in-an/cam-ket/khu-pho-1/index.html").contains("Thực hiện Kế hoạch «\(title)» của Ủy ban nhân dân phường Cao Xanh"))
        XCTAssertTrue(try f.text("in-an/kiem-tra/khu-pho-1/index.html").contains("TRƯỞNG KHU PHỐ"))
    }
}

/// All five build from the command line with exit 0.
final class PlanFixturesBuildTests: XCTestCase {
    func testAllFiveBuildWithExitZero() throws {
        for (name, date) in [("cao-xanh", "2025-01-15"), ("long-bien", "2023-06-01"), ("long-bien-wards", "2023-06-01"),
                             ("an-hai", "2025-12-20"), ("nhu-xuan", "2025-06-30"), ("kim-tra", "2026-06-20")] {
            let site = try copyFixture(name)
            let r = try runWardkit(["build", site.path, "--date", date], cwd: site)
            XCTAssertEqual(r.status, 0, "\(name): \(r.stderr)")
            let check = try runWardkit(["check", site.path, "--date", date], cwd: site)
            XCTAssertEqual(check.status, 0, "\(name): \(check.stderr)")
        }
    }
}
