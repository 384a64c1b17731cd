import Foundation
import WardLocale
import XCTest
@testable import WardKit

/// Phường Kim Trà (Huế), plan for 2026: 15 of 27 groups to recognise and 6 to keep, under
/// Art. 5 of Decision 28/QĐ-TTg as the plan's footnote quotes it.
final class KimTraPlanTests: XCTestCase {
    static let built = Result { try BuiltFixture("kim-tra", date: "2026-06-20") }
    static let latestMonth = "2026-06"

    func fixture() throws -> BuiltFixture { try Self.built.get() }

    /// «Xây dựng thành công 15/27 (đạt 55,6%) tổ dân phố … gồm: …, Giáp Tây và giữ vững 06 tổ dân phố đã đạt được gồm: …».
    func goal() throws -> (new: Int, total: Int, percent: String, newNames: [String], keep: String, keepNames: [String]) {
        let plan = try planText("kim-tra")
        let pattern = #"Xây dựng thành công (\d+)/(\d+) \(đạt ([\d,]+)%\) tổ dân phố.*?gồm: (.*?) và giữ vững (\d+) tổ dân phố đã đạt được gồm: (.*?)\.\n"#
        let names = { (s: String) in s.replacingOccurrences(of: " và ", with: ", ").components(separatedBy: ", ").map { $0.trimmingCharacters(in: .whitespaces) } }
        return (Int(plan.capture(pattern, 1)!)!, Int(plan.capture(pattern, 2)!)!, plan.capture(pattern, 3)!,
                names(plan.capture(pattern, 4)!), plan.capture(pattern, 5)!, names(plan.capture(pattern, 6)!))
    }

    func testTheFixtureHoldsThePlansGroupsAndTargets() throws {
        let f = try fixture(), g = try goal()
        let units = try f.csv("units.csv").filter { $0["kind"] == "Tổ dân phố" }
        XCTAssertEqual(units.count, g.total, "the plan's 27 groups")
        XCTAssertEqual(g.newNames.count, g.new)
        XCTAssertEqual(g.keepNames.count, Int(g.keep))
        let nameOf = Dictionary(uniqueKeysWithValues: units.map { ($0["id"]!, $0["name"]!) })
        let targets = try f.csv("targets.csv")
        XCTAssertEqual(Set(targets.filter { $0["goal"] == "xây dựng" }.map { nameOf[$0["group"]!]! }), Set(g.newNames))
        XCTAssertEqual(Set(targets.filter { $0["goal"] == "giữ vững" }.map { nameOf[$0["group"]!]! }), Set(g.keepNames))
    }

    func testTheTargetIsPhrasedLikeThePlan() throws {
        let f = try fixture(), g = try goal()
        XCTAssertEqual(vnPercent(g.new, g.total), g.percent + "\u{00A0}%", "the plan's own percentage")
        let latest = try latestSheet(f, Self.latestMonth)
        let units = try f.csv("units.csv")
        let idOf = Dictionary(uniqueKeysWithValues: units.map { ($0["name"]!, $0["id"]!) })
        let achieved = g.newNames.filter { isDrugFree(latest[idOf[$0]!]) }.count
        let kept = g.keepNames.filter { isDrugFree(latest[idOf[$0]!]) }.count
        for page in ["tien-do/index.html", "index.html"] {
            let text = try f.text(page)
            XCTAssertTrue(text.contains("Xây dựng \(g.new)/\(g.total) (\(g.percent)\u{00A0}%) tổ dân phố đạt «không ma túy» và giữ vững \(g.keep) tổ dân phố đã đạt."), page)
            XCTAssertTrue(text.contains("Đến nay đã đạt \(achieved)/\(g.new); giữ vững \(kept)/\(g.keepNames.count)."), page)
        }
        let html = try f.html("tien-do/index.html")
        let target = html.components(separatedBy: "<section class=\"target\"")[1].components(separatedBy: "</section>")[0]
        let keepList = target.components(separatedBy: "<ul class=\"chips keep\">")[1]
        let newList = target.components(separatedBy: "<ul class=\"chips keep\">")[0]
        for n in g.newNames { XCTAssertTrue(newList.contains(">\(n)</a>"), n); XCTAssertFalse(keepList.contains(">\(n)</a>"), n) }
        for n in g.keepNames { XCTAssertTrue(keepList.contains(">\(n)</a>"), n) }
    }

    func testHeadlineAndGroupPagesAreRecomputedFromTheSheets() throws {
        let f = try fixture()
        let units = try f.csv("units.csv").filter { $0["kind"] == "Tổ dân phố" }
        let latest = try latestSheet(f, Self.latestMonth)
        let drugFree = units.filter { isDrugFree(latest[$0["id"]!]) }.count
        let households = units.reduce(0) { $0 + Int($1["households"]!)! }
        let pledged = units.reduce(0) { $0 + Int(latest[$1["id"]!]!["pledged"]!)! }
        let dash = try f.text("tien-do/index.html")
        XCTAssertTrue(dash.contains("\(drugFree)/\(units.count) tổ dân phố đạt «không ma túy»"), dash)
        XCTAssertTrue(dash.contains("\(vnPercent(pledged, households)) hộ gia đình đã ký cam kết (\(vnInt(pledged))/\(vnInt(households)) hộ)"))
        for u in units {
            let row = latest[u["id"]!]!
            let h = Int(u["households"]!)!, p = Int(row["pledged"]!)!
            let name = u["name"]!
            let page = try f.text("tien-do/\(Vietnamese.slug(name.contains(where: \.isLetter) ? name : "Tổ dân phố \(name)"))/index.html")
            // D1–D3 are all about people: a group's page counts none of them (issue 11).
            XCTAssertFalse(page.contains("Số tiêu chí đạt"), name)
            XCTAssertTrue(page.contains("D1 D2 D3"), "the page says which criteria it does not show: \(name)")
            XCTAssertTrue(page.contains("\(vnPercent(p, h)) — \(vnInt(p))/\(vnInt(h)) hộ"), name)
            XCTAssertFalse(page.contains("Tổ dân phố Tổ dân phố"), name)
        }
    }

    /// The footnote of the plan: the three criteria of Art. 5, worded on the matrix and the checklist
    /// form; a group's page does not show them, for they are about people (issue 11).
    func testCriteriaAreArticle5AsThePlanQuotesIt() throws {
        let f = try fixture()
        let plan = try planText("kim-tra")
        let note = plan.components(separatedBy: "¹-")[1].components(separatedBy: "định cụ thể phương hướng")[0]
        let criteria = note.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }
        XCTAssertEqual(criteria.count, 3)
        let matrix = try f.text("tien-do/tieu-chi.html")
        let group = try f.text("tien-do/giap-dong/index.html")
        let checklist = try f.text("in-an/kiem-tra/giap-dong/index.html")
        for c in criteria {
            XCTAssertTrue(matrix.contains(c), c)
            XCTAssertFalse(group.contains(c), "a status about people is not shown for one group: \(c)")
            XCTAssertTrue(checklist.contains(c), c)
        }
        XCTAssertTrue(plan.contains("Điều 5 Quyết định số 28/QĐ-TTg"))
        XCTAssertTrue(group.contains("Căn cứ: Điều 5 Quyết định số 28/QĐ-TTg ngày 24/8/2025 của Thủ tướng Chính phủ"), "each criterion has its source")
    }

    func testPlanTitleSloganAndSignerAreThePlans() throws {
        let f = try fixture()
        let plan = try planText("kim-tra")
        let title = plan.capture(#"\*\*KẾ HOẠCH\s*\n(.*?)\*\*"#)!.trimmingCharacters(in: .whitespaces)
        let signer = plan.signerBlock
        XCTAssertEqual(signer, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hồ Lê Hoàng Thịnh"])
        let about = try f.html("gioi-thieu/index.html")
        XCTAssertTrue(visibleText(about).contains("KẾ HOẠCH \(title)"), title)
        let block = about.components(separatedBy: "<div class=\"signer-block\">")[1].components(separatedBy: "</div>")[0]
        XCTAssertEqual(visibleText(block), signer.joined(separator: " "), "one line each, in the plan's order")
        XCTAssertTrue(block.contains("<p class=\"role\">TM. ỦY BAN NHÂN DÂN</p><p class=\"role\">CHỦ TỊCH</p>"), "never collapsed into one line")
        let checklist = try f.text("in-an/kiem-tra/giap-dong/index.html")
        XCTAssertTrue(checklist.contains("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Ký, đóng dấu) Hồ Lê Hoàng Thịnh"), "the printed form carries the signer")
        XCTAssertTrue(checklist.contains("Kim Trà, ngày …… tháng …… năm 20……"), "the plan's place on the form's date line")
        let slogan = plan.capture(#"nguyên tắc “\*(.*?)\*”"#)!
        XCTAssertTrue(try f.text("index.html").lowercased().contains(slogan.lowercased()), slogan)
    }

    func testGiapDongKeepsItsURLAndTheRecordSaysSo() throws {
        let f = try fixture()
        XCTAssertTrue(f.exists("tien-do/giap-dong/index.html"))
        let record = try read("ban-ghi/duong-dan.tsv", in: f.site)
        XCTAssertTrue(record.contains("tien-do/giap-dong/\tKT14\tTổ dân phố Giáp Đông"), record)
        XCTAssertEqual(f.report.warnings, [], "a clean fixture builds without warnings")
    }
}
