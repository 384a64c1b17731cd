import Foundation
import WardLocale
import XCTest
@testable import WardKit

/// A district built from its wards' own folders shows the same figures as one built from one
/// district-wide sheet: here the sample's 24 groups, split between two wards with progress.
final class WardFolderTests: XCTestCase {
    let sheets = ["2026-08", "2026-09", "2026-10", "2026-11"]

    /// The sample's lines, split by whether a group falls in ward A (TDP01–TDP12) or B.
    func split(_ text: String) -> (header: String, a: [String], b: [String]) {
        let lines = text.split(separator: "\n").map(String.init)
        let rows = lines.dropFirst().filter { $0.hasPrefix("TDP") || $0.hasPrefix("2026,TDP") }
        let inA = { (l: String) in (Int(l.components(separatedBy: "TDP")[1].prefix(2)) ?? 99) <= 12 }
        return (lines[0], rows.filter(inA), rows.filter { !inA($0) })
    }

    func districtBase() throws -> URL {
        let site = try makeSite()
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/statistics"))
        try write(try read("content/settings.txt", in: site).replacingOccurrences(of: "unit: SM", with: "unit: Q")
                    .replacingOccurrences(of: "name: Phường Sông Mây", with: "name: Quận Mẫu"), to: "content/settings.txt", in: site)
        return site
    }

    func oneSheet() throws -> URL {
        let site = try districtBase()
        let units = split(try read("content/units.csv", in: site))
        try write(([units.header, "Q,Mẫu,Quận,,,", "A,An,Phường,Q,,", "B,Bình,Phường,Q,,"] + units.a.map { $0.replacingOccurrences(of: ",SM,", with: ",A,") }
                   + units.b.map { $0.replacingOccurrences(of: ",SM,", with: ",B,") }).joined(separator: "\n") + "\n", to: "content/units.csv", in: site)
        return site
    }

    func wardFolders() throws -> URL {
        let site = try districtBase()
        let units = split(try read("content/units.csv", in: site))
        let targets = split(try read("content/targets.csv", in: site))
        for (ward, name, rows, tRows) in [("A", "An", units.a, targets.a), ("B", "Bình", units.b, targets.b)] {
            let dir = "phuong/\(ward.lowercased())/content/"
            try write("name: Phường \(name)\nunit: \(ward)\ncriteria_set: TDP6\n", to: dir + "settings.txt", in: site)
            try write(([units.header, "Q,Mẫu,Quận,,,", "\(ward),\(name),Phường,Q,,"] + rows.map { $0.replacingOccurrences(of: ",SM,", with: ",\(ward),") })
                .joined(separator: "\n") + "\n", to: dir + "units.csv", in: site)
            try write(([targets.header] + tRows).joined(separator: "\n") + "\n", to: dir + "targets.csv", in: site)
            for m in sheets {
                let sheet = split(try read("content/progress/\(m).csv", in: site))
                try write(([sheet.header] + (ward == "A" ? sheet.a : sheet.b)).joined(separator: "\n") + "\n", to: dir + "progress/\(m).csv", in: site)
            }
        }
        for m in sheets { try FileManager.default.removeItem(at: site.appendingPathComponent("content/progress/\(m).csv")) }
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/targets.csv"))
        try write("id,name,kind,parent,households,mailbox\nQ,Mẫu,Quận,,,\n", to: "content/units.csv", in: site)
        try write(try read("content/settings.txt", in: site) + "ward_folders: [phuong/a, phuong/b]   # thư mục của các phường\n", to: "content/settings.txt", in: site)
        return site
    }

    func testTheSameFiguresEitherWay() throws {
        let one = try oneSheet(), many = try wardFolders()
        _ = try build(one)
        _ = try build(many)
        let a = snapshot(one.appendingPathComponent("public")), b = snapshot(many.appendingPathComponent("public"))
        XCTAssertGreaterThan(a.count, 100)
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        for (path, data) in a where b[path] != data { XCTFail("\(path) differs") }
        let dash = visibleText(try read("public/tien-do/index.html", in: many))
        XCTAssertTrue(dash.contains("9/24 tổ dân phố đạt «không ma túy»"), "the sample's figures, summed over two wards")
        XCTAssertTrue(dash.contains("Xây dựng 15/24 (62,5\u{00A0}%) tổ dân phố"))
    }

    func testAWardReportsOnlyItsOwnUnitsAndItsSheetsAreChecked() throws {
        let site = try wardFolders()
        // Ward A's sheet names one of ward B's groups, and its units sheet has a personal column.
        let path = "phuong/a/content/progress/2026-11.csv"
        try write(try read(path, in: site) + "TDP20,đạt,đạt,đạt,đạt,đạt,đạt,90,có,có,1,chưa đăng ký,,\n", to: path, in: site)
        let units = "phuong/b/content/units.csv"
        try write(try read(units, in: site).replacingOccurrences(of: "id,name,kind,parent,households,mailbox", with: "id,name,kind,parent,households,mailbox,so_dien_thoai"), to: units, in: site)
        let ds = failingBuild(site)
        XCTAssertEqual(ds.count, 1, "sheets are not checked against a unit list that did not load: \(ds)")
        XCTAssertTrue(ds.contains { $0.position?.file == units && $0.kind == .privacy && $0.vi.contains("so_dien_thoai") }, "\(ds)")
        try write(try read(units, in: site).replacingOccurrences(of: ",so_dien_thoai", with: ""), to: units, in: site)
        let next = failingBuild(site)
        XCTAssertTrue(next.contains { $0.position?.file == path && $0.vi.contains("không thuộc Phường An") }, "\(next)")
    }

    func testAMissingWardFolderIsNamed() throws {
        let site = try wardFolders()
        try write(try read("content/settings.txt", in: site).replacingOccurrences(of: "phuong/b]", with: "phuong/c]"), to: "content/settings.txt", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.position?.file == "content/settings.txt" && $0.vi.contains("phuong/c/content") }, "\(ds)")
    }
}
