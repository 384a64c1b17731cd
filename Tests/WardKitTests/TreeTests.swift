import Foundation
import XCTest
@testable import WardKit

/// A city site with two wards: pages nest down the tree and totals roll up.
final class TreeTests: XCTestCase {
    func testCitySiteAggregatesWardsAndNestsPaths() throws {
        let site = try makeSite()
        try write("""
        id,name,kind,parent,households,mailbox
        HUE,Huế,Thành phố,,,
        KT,Kim Trà,Phường,HUE,,
        SM,Sông Mây,Phường,HUE,,
        KT1,Phụ Ổ 1,Tổ dân phố,KT,100,
        KT2,Giáp Đông,Tổ dân phố,KT,50,
        SM1,Phụ Ổ 1,Tổ dân phố,SM,80,

        """, to: "content/units.csv", in: site)
        for f in try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/progress").path) {
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/progress/\(f)"))
        }
        try write("""
        group,TC1,TC2,TC3,TC4,TC5,TC6,pledged,board,mailbox,models,recognition,decision_date,decision_number
        KT1,đạt,đạt,đạt,đạt,đạt,đạt,100,có,có,1,đã công nhận,2026-10-01,12/QĐ-UBND
        KT2,đạt,chưa đạt,đạt,đạt,đạt,đạt,25,có,có,1,đăng ký năm nay,,
        SM1,đạt,đạt,đạt,đạt,đạt,đạt,80,có,có,2,giữ vững,,

        """, to: "content/progress/2026-11.csv", in: site)
        try write("year,group\n2026,KT2\n", to: "content/targets.csv", in: site)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/statistics"))
        let settings = try read("content/settings.txt", in: site).replacingOccurrences(of: "unit: SM", with: "unit: HUE")
        try write(settings, to: "content/settings.txt", in: site)
        _ = try build(site)
        let city = try read("public/tien-do/index.html", in: site)
        XCTAssertTrue(city.contains("2/3"), "two of three groups are drug-free")
        XCTAssertTrue(city.contains("89,1\u{00A0}%"), "205 of 230 households pledged")
        XCTAssertTrue(try read("public/tien-do/kim-tra/index.html", in: site).contains("1/2"))
        XCTAssertTrue(try read("public/tien-do/kim-tra/phu-o-1/index.html", in: site).contains("Tổ dân phố Phụ Ổ 1"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/tien-do/song-may/phu-o-1/index.html").path),
                      "same group name in two wards gets two paths")
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/in-an/cam-ket/kim-tra/giap-dong/index.html").path))
        let printIndex = try read("public/in-an/index.html", in: site)
        XCTAssertTrue(printIndex.contains("href=\"../in-an/don-vi/kim-tra/\""), "the city's print index links ward by ward")
        XCTAssertFalse(printIndex.contains("Giáp Đông"), "groups are listed on their ward's print index, not the city's")
        let wardPrint = try read("public/in-an/don-vi/kim-tra/index.html", in: site)
        XCTAssertTrue(wardPrint.contains("href=\"../../../in-an/cam-ket/kim-tra/giap-dong/\""), wardPrint)
    }

    func testAWardSiteIgnoresOtherWardsOfADistrictWideSheet() throws {
        let site = try makeSite()
        let units = try read("content/units.csv", in: site)
        try write(units.replacingOccurrences(of: "SM,Sông Mây,Phường,,,", with: "SM,Sông Mây,Phường,Q,,")
                  + "Q,Mẫu,Quận,,,\nKT,Kim Trà,Phường,Q,,\nKT1,Phụ Ổ 1,Tổ dân phố,KT,90,\n", to: "content/units.csv", in: site)
        let report = try build(site)
        XCTAssertEqual(report.unitsOutside, 3)
        XCTAssertFalse(try read("public/tien-do/index.html", in: site).contains("Kim Trà"))
        XCTAssertTrue(try read("public/tien-do/index.html", in: site).contains("9/24"))
    }
}
