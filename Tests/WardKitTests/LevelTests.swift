import Foundation
import WardLocale
import XCTest
@testable import WardKit

/// Recognition at the level the criteria set names, reporting units that are not places,
/// consistency warnings and `init`'s level.
final class LevelTests: XCTestCase {
    func testARowAtTheWrongLevelSaysWhichLevelTheSetIsFor() throws {
        let site = try makeSite()
        try write(try read("content/progress/2026-11.csv", in: site) + "SM,đạt,đạt,đạt,đạt,đạt,đạt,10,có,có,1,chưa đăng ký,,\n",
                  to: "content/progress/2026-11.csv", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.vi.contains("«SM» là Phường Sông Mây, không phải tổ dân phố, thôn") && $0.vi.contains("bộ tiêu chí «TDP6»") }, "\(ds)")
    }

    func testAPoliceTeamIsAReportingUnitNotAPlace() throws {
        let site = try makeSite()
        try write(try read("content/units.csv", in: site) + "DOI,Đội Cảnh sát điều tra tội phạm về ma túy,Đội,SM,,\n", to: "content/units.csv", in: site)
        try write(try read("content/statistics/2026-11.csv", in: site) + "DOI,VU,2,1\n", to: "content/statistics/2026-11.csv", in: site)
        let report = try build(site)
        XCTAssertEqual(report.unitsOutside, 0, "a team below the site's unit is not «outside»")
        let dash = try read("public/tien-do/index.html", in: site)
        let places = dash.components(separatedBy: "<table class=\"groups\">")[1].components(separatedBy: "</table>")[0]
        XCTAssertFalse(places.contains("Đội"))
        XCTAssertFalse(dash.contains("Phường Đội") || dash.contains("Đội Đội"))
        XCTAssertTrue(dash.components(separatedBy: "aria-labelledby=\"stat-h\"")[1].contains("Đội Cảnh sát điều tra tội phạm về ma túy"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/tien-do/doi-canh-sat-dieu-tra-toi-pham-ve-ma-tuy").path))
        XCTAssertFalse(try read("public/in-an/index.html", in: site).contains("Đội"))
    }

    func testACriteriaSetForCommunesMeasuresCommunes() throws {
        let site = try makeSite()
        try write("""
        id,name,kind,parent,households,mailbox
        H,Mẫu,Huyện,,,
        X1,Hòa,Xã,H,500,
        X2,Bình,Thị trấn,H,,
        T1,Thôn 1,Thôn,X2,300,
        T2,Thôn 2,Thôn,X2,200,

        """, to: "content/units.csv", in: site)
        for f in try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/progress").path) {
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/progress/\(f)"))
        }
        try write("set,code,text,level\nX,K1,Không có điểm tổ chức sử dụng trái phép chất ma túy,cấp xã\n", to: "content/criteria.csv", in: site)
        try write("group,K1,pledged,board,mailbox,models,recognition,decision_date\nX1,đạt,500,có,có,1,đã công nhận,2026-10-01\nX2,đang thực hiện,450,có,có,0,đăng ký năm nay,\n",
                  to: "content/progress/2026-11.csv", in: site)
        try write("year,group\n2026,X2\n", to: "content/targets.csv", in: site)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/statistics"))
        try write(try read("content/settings.txt", in: site).replacingOccurrences(of: "unit: SM", with: "unit: H")
                    .replacingOccurrences(of: "criteria_set: TDP6", with: "criteria_set: X"), to: "content/settings.txt", in: site)
        _ = try build(site)
        let dash = visibleText(try read("public/tien-do/index.html", in: site))
        XCTAssertTrue(dash.contains("1/2 xã, thị trấn đạt «không ma túy»"), dash)
        XCTAssertTrue(dash.contains("95,0\u{00A0}% hộ gia đình đã ký cam kết (950/1.000 hộ)"), "a commune's households are its own, or its thôn's sum")
        XCTAssertTrue(dash.contains("Xây dựng 1/2 (50,0\u{00A0}%) xã, thị trấn"))
        let town = visibleText(try read("public/tien-do/binh/index.html", in: site))
        XCTAssertTrue(town.contains("Thị trấn Bình") && town.contains("90,0\u{00A0}% — 450/500 hộ"))
        XCTAssertTrue(town.contains("Các địa bàn thuộc thị trấn Thôn 1 Thôn 2"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/tien-do/binh/thon-1").path), "no page below the level measured")
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/in-an/kiem-tra/binh/index.html").path))
    }

    func testFiguresThatContradictACriterionAreWarnedAboutNotRefused() throws {
        let site = try makeSite()
        // TDP03 meets everything; now the sheet says it has no model and no mailbox.
        try write(try read("content/progress/2026-11.csv", in: site).replacingOccurrences(
            of: "TDP03,đạt,đạt,đạt,đạt,đạt,đạt,208,có,có,1,", with: "TDP03,đạt,đạt,đạt,đạt,đạt,đạt,208,có,không,0,"), to: "content/progress/2026-11.csv", in: site)
        let report = try build(site)
        let mine = report.warnings.filter { $0.vi.contains("Bến Đò") }.map { $0.formatted(.vi) }
        XCTAssertEqual(mine.count, 2, "\(mine)")
        XCTAssertTrue(mine.contains { $0.hasPrefix("content/progress/2026-11.csv:4:") && $0.contains("TC6 «đạt» nhưng số mô hình là 0") }, "\(mine)")
        XCTAssertTrue(mine.contains { $0.contains("TC5 «đạt» nhưng hòm thư ghi «không»") }, "\(mine)")
        let r = try runWardkit(["check", site.path, "--date", "2026-11-25"], cwd: site)
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("cảnh báo: Tổ dân phố Bến Đò: TC6 «đạt» nhưng số mô hình là 0"), r.stderr)
        let b = try runWardkit(["build", site.path, "--date", "2026-11-25", "--lang", "en"], cwd: site)
        XCTAssertEqual(b.status, 0)
        XCTAssertTrue(b.stderr.contains("warning: Tổ dân phố Bến Đò: TC6 is «đạt» but the number of models is 0"), b.stderr)
    }

    func testInitTakesTheLevelFromTheName() throws {
        for (name, root, child) in [("Quận Long Biên", "Long Biên,Quận", "Phường"), ("Xã Bãi Trành", "Bãi Trành,Xã", "Thôn"),
                                    ("Phường Hòa Bình", "Hòa Bình,Phường", "Tổ dân phố"), ("Huyện Như Xuân", "Như Xuân,Huyện", "Xã")] {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString)")
            XCTAssertEqual(try runWardkit(["init", dir.path, "--name", name], cwd: FileManager.default.temporaryDirectory).status, 0)
            let units = try read("content/units.csv", in: dir)
            XCTAssertTrue(units.contains(",\(root),,,"), units)
            XCTAssertTrue(units.contains(",\(child),"), units)
            let b = try runWardkit(["build", dir.path], cwd: dir)
            XCTAssertEqual(b.status, 0, b.stderr)
            for page in ["index.html", "tien-do/index.html", "in-an/index.html"] {
                let html = try read("public/\(page)", in: dir)
                for doubled in ["Phường Quận", "Phường Xã", "Phường Huyện", "Tổ dân phố Tổ dân phố", "Thôn Thôn", "Xã Xã", "Phường Phường"] {
                    XCTAssertFalse(html.contains(doubled), "\(name) \(page): \(doubled)")
                }
            }
            XCTAssertTrue(try read("public/index.html", in: dir).contains(name))
        }
    }
}
