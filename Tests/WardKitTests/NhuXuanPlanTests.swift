import Foundation
import WardLocale
import XCTest
@testable import WardKit

/// Huyện Như Xuân (Thanh Hóa), 2024–2025: sixteen communes recognised as a whole against the
/// plan's ten criteria, in two phases, with the goal of 100 % in 2025.
final class NhuXuanPlanTests: XCTestCase {
    static let built = Result { try BuiltFixture("nhu-xuan", date: "2025-06-30") }
    static let latestMonth = "2025-06"

    func fixture() throws -> BuiltFixture { try Self.built.get() }

    /// Section II of the plan: the «+ …» lines are the ten criteria.
    func planCriteria() throws -> [String] {
        let plan = try planText("nhu-xuan")
        let section = plan.components(separatedBy: "II. TIÊU CHÍ ĐÁNH GIÁ")[1].components(separatedBy: "III. NHIỆM VỤ")[0]
        return section.split(separator: "\n").filter { $0.hasPrefix("+ ") }.map { String($0.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
    }

    func testTheTenCriteriaAreThePlansForCommunes() throws {
        let f = try fixture()
        let criteria = try planCriteria()
        XCTAssertEqual(criteria.count, 10)
        let sheet = try f.csv("criteria.csv")
        XCTAssertEqual(sheet.map { $0["text"]! }, criteria, "verbatim, in the plan's order")
        XCTAssertTrue(sheet.allSatisfy { $0["level"] == "xã" }, "a set for communes")
        let commune = try f.text("tien-do/bai-tranh/index.html")
        for c in criteria { XCTAssertTrue(commune.contains(c), c) }
        XCTAssertTrue(commune.contains("Căn cứ: Mục II Kế hoạch của Ban Chỉ đạo 138 huyện Như Xuân"))
    }

    func testCommunesAreWhatIsRecognisedAndCounted() throws {
        let f = try fixture()
        let plan = try planText("nhu-xuan")
        let count = Int(plan.capture(#"100% người nghiện tại (\d+) xã, thị trấn"#)!)!
        let communes = try f.csv("units.csv").filter { ["Xã", "Thị trấn"].contains($0["kind"]!) }
        XCTAssertEqual(communes.count, count, "the plan's sixteen communes")
        let latest = try latestSheet(f, Self.latestMonth)
        let drugFree = communes.filter { isDrugFree(latest[$0["id"]!]) }.count
        let dash = try f.text("tien-do/index.html")
        XCTAssertTrue(dash.contains("\(drugFree)/\(count) xã, thị trấn đạt «không ma túy»"), "the headline speaks of communes: \(dash.prefix(900))")
        XCTAssertFalse(dash.contains(" tổ đạt"), "never «tổ» on a commune-level site")
        // The plan's goal: 100 % of communes in 2025.
        XCTAssertTrue(plan.contains("hoàn thành việc xây dựng 100% xã, thị trấn, huyện không ma túy trong năm 2025"))
        let targets = try f.csv("targets.csv").filter { $0["year"] == "2025" }
        XCTAssertEqual(targets.count, count)
        XCTAssertTrue(dash.contains("Xây dựng \(count)/\(count) (\(vnPercent(count, count))) xã, thị trấn đạt «không ma túy»."))
        XCTAssertTrue(dash.contains("Đến nay đã đạt \(drugFree)/\(count)."))
        let households = communes.reduce(0) { $0 + Int($1["households"]!)! }
        let pledged = communes.reduce(0) { $0 + Int(latest[$1["id"]!]!["pledged"]!)! }
        XCTAssertTrue(dash.contains("\(vnPercent(pledged, households)) hộ gia đình đã ký cam kết (\(vnInt(pledged))/\(vnInt(households)) hộ)"))
        for c in communes {
            let row = latest[c["id"]!]!
            let met = (1...10).filter { row["TC\($0)"] == "đạt" }.count
            let page = try f.text("tien-do/\(Vietnamese.slug(c["name"]!))/index.html")
            XCTAssertTrue(page.contains("\(met)/10 Số tiêu chí đạt"), c["name"]!)
            XCTAssertTrue(page.contains("\(vnPercent(Int(row["pledged"]!)!, Int(c["households"]!)!))"), c["name"]!)
            XCTAssertTrue(page.contains("Tài liệu in của \(c["kind"]!.lowercased())"), "wording follows the kind: \(c["name"]!)")
        }
    }

    func testVillagesWrittenTheExcelWayAreNotDoubled() throws {
        let f = try fixture()
        for path in ["tien-do/bai-tranh/index.html", "tien-do/index.html", "tim-kiem/index.json", "in-an/index.html"] {
            let html = try f.html(path)
            for doubled in ["Thôn Thôn", "Bản Bản", "Xã Xã", "Thị trấn Thị trấn"] { XCTAssertFalse(html.contains(doubled), "\(path): \(doubled)") }
        }
        XCTAssertTrue(try f.text("tien-do/bai-tranh/index.html").contains("Các địa bàn thuộc xã Thôn 1"), "places below a commune are listed on its page")
        XCTAssertTrue(try f.text("tien-do/xuan-binh/index.html").contains("Bản Cốc"))
    }

    func testPhasesDatesAndSignerAreThePlans() throws {
        let f = try fixture()
        let plan = try planText("nhu-xuan")
        let p1 = plan.capture(#"Giai đoạn 01: Triển khai thực hiện từ tháng (\d+)/(\d{4}) đến hết ngày (\d+)/(\d+)/(\d{4})"#, 3)!
        XCTAssertEqual(p1, "14")
        let p2start = plan.capture(#"Giai đoạn 02: Từ ngày (\d+/\d+/\d{4}) đến hết ngày (\d+/\d+/\d{4})"#, 1)!
        let p2end = plan.capture(#"Giai đoạn 02: Từ ngày (\d+/\d+/\d{4}) đến hết ngày (\d+/\d+/\d{4})"#, 2)!
        XCTAssertEqual([p2start, p2end], ["15/12/2024", "31/12/2025"])
        let themes = try f.text("chu-de/index.html")
        XCTAssertTrue(themes.contains("01/10 – 14/12/2024"), "phase 1")
        XCTAssertTrue(themes.contains("15/12/2024 – 31/12/2025"), "phase 2")
        let slogan = plan.capture(#"(quyết tâm hoàn thành việc xây dựng 100% xã, thị trấn, huyện không ma túy trong năm 2025)"#)!
        XCTAssertTrue(try f.text("index.html").lowercased().contains(slogan.lowercased()), "phase 2 is featured on 30/6/2025")
        let head = plan.capture(#"Như Xuân, ngày\s+tháng (\d+) năm (\d{4})"#, 1)! + "/" + plan.capture(#"Như Xuân, ngày\s+tháng (\d+) năm (\d{4})"#, 2)!
        XCTAssertEqual(head, "10/2024")
        let about = try f.text("gioi-thieu/index.html")
        XCTAssertTrue(about.contains("Như Xuân, ngày … tháng 10 năm 2024"), "the plan's undated day stays to be filled in")
        XCTAssertTrue(about.contains("Số: /KH-UBND"), "as the plan prints its number")
        XCTAssertTrue(about.contains("BAN CHỈ ĐẠO 138 HUYỆN NHƯ XUÂN"))
        XCTAssertEqual(plan.signerBlock, ["TRƯỞNG BAN", "CHỦ TỊCH UBND HUYỆN", "Nguyễn Đức Đồng"])
        XCTAssertTrue(about.contains(plan.signerBlock.joined(separator: " ")))
        XCTAssertTrue(try f.text("in-an/kiem-tra/bai-tranh/index.html").contains("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ"), "the commune's checklist is signed by its chairman")
        XCTAssertEqual(f.report.warnings, [])
    }
}
