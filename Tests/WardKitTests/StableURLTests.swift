import Foundation
import WardLocale
import XCTest
@testable import WardKit

/// A unit's URL is printed on QR codes: once published it never moves, and never opens another unit.
final class StableURLTests: XCTestCase {
    let date = CalendarDate(iso: "2026-06-20")!

    func kimTra() throws -> URL {
        let site = try copyFixture("kim-tra")
        _ = try build(site, date: date)
        return site
    }

    /// Adds a row to units.csv, with or without a slug column for every row.
    func setUnits(_ site: URL, adding extra: [String], slugs: [String: String] = [:], rename: [String: String] = [:]) throws {
        let original = try String(contentsOf: plansRoot.appendingPathComponent("kim-tra/content/units.csv"), encoding: .utf8)
        var lines = original.split(separator: "\n").map(String.init) + extra
        if !slugs.isEmpty {
            lines = lines.enumerated().map { i, l in
                if i == 0 { return l + ",slug" }
                let id = String(l.split(separator: ",")[0])
                return l + "," + (slugs[id] ?? "")
            }
        }
        for (old, new) in rename { lines = lines.map { $0.replacingOccurrences(of: ",\(old),", with: ",\(new),") } }
        try write(lines.joined(separator: "\n") + "\n", to: "content/units.csv", in: site)
    }

    func testASiblingWhoseSlugCollidesFailsNamingBothAndLeavesPublicUntouched() throws {
        let site = try kimTra()
        let before = snapshot(site.appendingPathComponent("public"))
        XCTAssertGreaterThan(before.count, 100)
        try setUnits(site, adding: ["KT28,Giáp Dong,Tổ dân phố,KT,120,"])
        let ds = failingBuild(site, date: date)
        let d = try XCTUnwrap(ds.first { $0.vi.contains("cùng có đường dẫn «giap-dong»") }, "\(ds)")
        XCTAssertEqual(d.position?.file, "content/units.csv")
        XCTAssertTrue(d.vi.contains("Tổ dân phố Giáp Dong (dòng 30)") && d.vi.contains("Tổ dân phố Giáp Đông (dòng 16)"), d.vi)
        XCTAssertTrue(d.vi.contains("cột slug"), "the fix is named")
        XCTAssertEqual(snapshot(site.appendingPathComponent("public")), before, "public/ is untouched")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("staging") }, [])
    }

    func testWithASlugColumnTheOldURLStillShowsTheOldGroup() throws {
        let site = try kimTra()
        try setUnits(site, adding: ["KT28,Giáp Dong,Tổ dân phố,KT,120,"], slugs: ["KT28": "giap-dong-2"])
        _ = try build(site, date: date)
        XCTAssertTrue(try read("public/tien-do/giap-dong/index.html", in: site).contains("<h1>Tổ dân phố Giáp Đông</h1>"))
        XCTAssertTrue(try read("public/tien-do/giap-dong-2/index.html", in: site).contains("<h1>Tổ dân phố Giáp Dong</h1>"))
        let form = try read("public/in-an/cam-ket/giap-dong/index.html", in: site).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        XCTAssertTrue(form.contains("https://kimtra.example.vn/khong-ma-tuy/tien-do/giap-dong/"), "the printed QR code still points at Giáp Đông's page")
        let record = try read("ban-ghi/duong-dan.tsv", in: site)
        XCTAssertTrue(record.contains("tien-do/giap-dong/\tKT14\t") && record.contains("tien-do/giap-dong-2/\tKT28\t"), record)
    }

    func testTheRecordRefusesToReassignOrMoveAPublishedURL() throws {
        let site = try kimTra()
        let before = snapshot(site.appendingPathComponent("public"))
        // Slugs that hand Giáp Đông's printed URL to the new group and move Giáp Đông elsewhere.
        try setUnits(site, adding: ["KT28,Giáp Dong,Tổ dân phố,KT,120,"], slugs: ["KT28": "giap-dong", "KT14": "giap-dong-cu"])
        let ds = failingBuild(site, date: date)
        let reassign = try XCTUnwrap(ds.first { $0.vi.contains("«tien-do/giap-dong/» đã đăng cho") }, "\(ds)")
        XCTAssertTrue(reassign.vi.contains("Tổ dân phố Giáp Đông (mã KT14)") && reassign.vi.contains("Tổ dân phố Giáp Dong (mã KT28)"), reassign.vi)
        let move = try XCTUnwrap(ds.first { $0.vi.contains("sẽ đổi thành «tien-do/giap-dong-cu/»") }, "\(ds)")
        XCTAssertTrue(move.vi.contains("ghi «giap-dong» vào cột slug"), move.vi)
        XCTAssertEqual(snapshot(site.appendingPathComponent("public")), before)
        XCTAssertTrue(try read("ban-ghi/duong-dan.tsv", in: site).contains("tien-do/giap-dong/\tKT14\t"), "the record is not rewritten by a failed build")
    }

    func testARenameMovesNothingSilently() throws {
        let site = try kimTra()
        try setUnits(site, adding: [], rename: ["Giáp Đông": "Giáp Đông 1"])
        let ds = failingBuild(site, date: date)
        XCTAssertTrue(ds.contains { $0.vi.contains("Tổ dân phố Giáp Đông 1 đã đăng là «tien-do/giap-dong/»") && $0.vi.contains("ghi «giap-dong»") }, "\(ds)")
        // The fix the message names works.
        try setUnits(site, adding: [], slugs: ["KT14": "giap-dong"], rename: ["Giáp Đông": "Giáp Đông 1"])
        _ = try build(site, date: date)
        XCTAssertTrue(try read("public/tien-do/giap-dong/index.html", in: site).contains("<h1>Tổ dân phố Giáp Đông 1</h1>"))
    }

    func testARemovedGroupsURLIsNotGivenToAnother() throws {
        let site = try kimTra()
        // Giáp Đông leaves the sheet; a new group whose name gives the same URL arrives.
        var units = try read("content/units.csv", in: site).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("KT14,") }
        units.append("KT29,Giáp-Đông,Tổ dân phố,KT,90,")
        try write(units.joined(separator: "\n") + "\n", to: "content/units.csv", in: site)
        for m in ["2026-04", "2026-05", "2026-06"] {
            let sheet = try read("content/progress/\(m).csv", in: site).split(separator: "\n").filter { !$0.hasPrefix("KT14,") }
            try write(sheet.joined(separator: "\n") + "\n", to: "content/progress/\(m).csv", in: site)
        }
        let targets = try read("content/targets.csv", in: site).split(separator: "\n").filter { !$0.contains(",KT14,") }
        try write(targets.joined(separator: "\n") + "\n", to: "content/targets.csv", in: site)
        let ds = failingBuild(site, date: date)
        XCTAssertTrue(ds.contains { $0.vi.contains("đã đăng cho Tổ dân phố Giáp Đông (mã KT14)") && $0.vi.contains("Tổ dân phố Giáp-Đông (mã KT29)") }, "\(ds)")
    }

    func testSameNamedSiblingsWarnAndMixedListsNameTheWard() throws {
        let site = try makeSite()
        try write("""
        id,name,kind,parent,households,mailbox,slug
        HX,Xuân,Huyện,,,,
        XA,Bãi Trành,Xã,HX,,,
        XB,Xuân Hòa,Xã,HX,,,
        A1,Thôn 1,Thôn,XA,80,,
        A2,Thôn 1,Thôn,XA,60,,thon-1-moi
        B1,Thôn 1,Thôn,XB,70,,

        """, to: "content/units.csv", in: site)
        for f in try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/progress").path) {
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/progress/\(f)"))
        }
        try write("year,group\n2026,A1\n2026,B1\n", to: "content/targets.csv", in: site)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/statistics"))
        try write(try read("content/settings.txt", in: site).replacingOccurrences(of: "unit: SM", with: "unit: HX"), to: "content/settings.txt", in: site)
        let report = try build(site)
        XCTAssertEqual(report.warnings.count, 1, "\(report.warnings)")
        XCTAssertTrue(report.warnings[0].formatted(.vi).contains("cảnh báo: Xã Bãi Trành có hai đơn vị cùng tên «Thôn 1» (dòng 5 và dòng 6)"), report.warnings[0].vi)
        let dash = visibleText(try read("public/tien-do/index.html", in: site))
        XCTAssertTrue(dash.contains("Thôn 1 (Xã Bãi Trành)") && dash.contains("Thôn 1 (Xã Xuân Hòa)"), "a list that mixes wards says which: \(dash)")
        XCTAssertFalse(visibleText(try read("public/tien-do/bai-tranh/index.html", in: site)).contains("(Xã Bãi Trành)"), "a ward's own list does not repeat it")
        let search = try read("public/tim-kiem/index.json", in: site)
        XCTAssertTrue(search.contains("\"Thôn 1 — Xã Xuân Hòa\""), search)
    }
}
