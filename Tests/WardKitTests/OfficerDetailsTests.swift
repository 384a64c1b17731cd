import Foundation
import XCTest
@testable import WardKit

/// Issue 14.7: the small things a ward notices. The menu's layout at 360–390 px is measured
/// in a browser by the browser suite (Tests/Browser/menu_check.py); here, what the HTML says.
final class OfficerDetailsTests: XCTestCase {
    func testDateTakesDayMonthYearAsFrontMatterDoes() throws {
        let site = try makeSite()
        let iso = site.appendingPathComponent("iso"), dmy = site.appendingPathComponent("dmy")
        XCTAssertEqual(try runWardkit(["build", site.path, "--date", "2026-11-25", "--output", iso.path], cwd: site).status, 0)
        let r = try runWardkit(["build", site.path, "--date", "25/11/2026", "--output", dmy.path], cwd: site)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(snapshot(iso), snapshot(dmy), "the same day, the same site")
        for wrong in ["31/02/2026", "25/11/26", "25-11-2026", "2026/11/25"] {
            let w = try runWardkit(["build", site.path, "--date", wrong, "--output", dmy.path], cwd: site, env: ["LANG": "vi_VN.UTF-8"])
            XCTAssertEqual(w.status, 2, wrong)
            XCTAssertTrue(w.stderr.contains("lỗi: ngày «\(wrong)» không hợp lệ (dạng 2026-06-01 hoặc 01/06/2026)"), w.stderr)
        }
    }

    func testInitWritesVietnameseHeadersAndEnglishOnesStillRead() throws {
        let tmp = FileManager.default.temporaryDirectory
        let site = tmp.appendingPathComponent("init-\(UUID().uuidString)")
        XCTAssertEqual(try runWardkit(["init", site.path, "--name", "Phường Hòa Bình", "--base-url", "https://hoabinh.gov.vn/"], cwd: tmp).status, 0)
        let headers = ["units.csv": ("Mã,Tên,Loại,Cấp trên,Số hộ,Vị trí hòm thư", "id,name,kind,parent,households,mailbox"),
                       "criteria.csv": ("Bộ tiêu chí,Mã tiêu chí,Nội dung,Căn cứ,Áp dụng cho", "set,code,text,source,level"),
                       "hotlines.csv": ("Tên đường dây,Số đường dây,Thời gian,Kênh,Phạm vi", "name,number,hours,channels,scope"),
                       "targets.csv": ("Năm,Mã tổ", "year,group")]
        for (file, (vi, _)) in headers {
            XCTAssertEqual(try read("content/\(file)", in: site).split(separator: "\n").first.map(String.init), vi, file)
        }
        let vietnamese = site.appendingPathComponent("vi"), english = site.appendingPathComponent("en")
        XCTAssertEqual(try runWardkit(["build", site.path, "--date", "2026-11-25", "--output", vietnamese.path], cwd: site).status, 0)
        for (file, (vi, en)) in headers {
            try write(try read("content/\(file)", in: site).replacingOccurrences(of: vi, with: en), to: "content/\(file)", in: site)
        }
        let b = try runWardkit(["build", site.path, "--date", "2026-11-25", "--output", english.path], cwd: site)
        XCTAssertEqual(b.status, 0, b.stderr)
        XCTAssertEqual(snapshot(vietnamese), snapshot(english), "the headers' language changes nothing built")
        XCTAssertTrue(try read("vi/tien-do/index.html", in: site).contains("Tổ dân phố 3"))
    }

    func testTheHomePageShowsTheCurrentThemeOnce() throws {
        let site = try makeSite()
        let out = site.appendingPathComponent("public")
        _ = try build(site, output: out)
        let home = try read("index.html", in: out)
        let body = String(home[home.range(of: "<body")!.lowerBound...])
        XCTAssertEqual(body.components(separatedBy: "Vì một phường Sông Mây không ma túy").count - 1, 1, "slogan once on the home page")
        XCTAssertFalse(body.contains("class=\"featured\""))
        XCTAssertTrue(body.contains("class=\"theme-card\""))
        // Other pages keep the banner: it is their only sign of the theme.
        XCTAssertTrue(try read("tien-do/index.html", in: out).contains("class=\"featured\""))
    }

    func testAGroupPageSaysOnceWhatIsMissing() throws {
        let site = try makeSite()
        let out = site.appendingPathComponent("public")
        _ = try build(site, output: out)
        let criteria = try String(contentsOf: site.appendingPathComponent("content/criteria.csv"), encoding: .utf8)
        // The community criteria (TC5, TC6) are the ones a group page shows; the people criteria
        // (TC1–TC4) are only named as withheld, never worded or rated per group.
        let texts = ["100% đại diện hộ gia đình trên địa bàn cam kết", "Xây dựng và duy trì hiệu quả ít nhất 01 mô hình"]
        for t in texts { XCTAssertTrue(criteria.contains(t), t) }
        let page = try read("tien-do/an-phu/index.html", in: out)
        for t in texts { XCTAssertEqual(page.components(separatedBy: t).count - 1, 1, "«\(t)…» once on the page") }
        XCTAssertFalse(page.contains("Không có tụ điểm, điểm phức tạp về ma túy"), "a people criterion is not worded per group")
        let missing = String(page[page.range(of: "id=\"mi-h\"")!.lowerBound...].prefix(900))
        XCTAssertTrue(missing.contains("Số tiêu chí chưa đạt 2/2: <a href=\"#tc-tc5\"><strong>TC5</strong></a>, "), missing)
        XCTAssertEqual(page.components(separatedBy: "Số tiêu chí chưa đạt").count - 1, 1, "what is missing is said once")
        XCTAssertTrue(page.contains("id=\"tc-tc5\""), "the link has a target")
        XCTAssertTrue(try read("tien-do/ben-do/index.html", in: out).contains("đã đạt các tiêu chí"))
    }

    func testTheMenuWrapsInsteadOfScrollingAndNeedsNoScript() throws {
        let site = try makeSite()
        let out = site.appendingPathComponent("public")
        _ = try build(site, output: out)
        let css = try read("style.css", in: out)
        // The phone rule (outside any media query) is the one a 360 px screen gets.
        let rule = try XCTUnwrap(css.split(separator: "\n").first { $0.hasPrefix(".top ul{") })
        XCTAssertTrue(rule.contains("flex-wrap:wrap"), String(rule))
        XCTAssertFalse(rule.contains("overflow") || rule.contains("nowrap"), String(rule))
        XCTAssertFalse(try read("index.html", in: out).contains("<script"))
    }
}
