import Foundation
import XCTest
@testable import WardKit

/// A finding made only on output (the input scan never saw the text in that form) still names
/// the file and line staff wrote, not the generated page they never opened.
final class OutputAttributionTests: XCTestCase {
    func testAThemeStringCaughtOnOutputNamesItsLine() throws {
        let site = try makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        // Theme strings are not content: the input scan does not read them, the output audit does.
        try write("# ghi chú\nmailbox_note: Mỗi tổ có hòm thư tố giác; tổ Cầu Tre đặt tại nhà ông Lý Văn Phúc, gọi 0912 876 543.\n",
                  to: "theme/strings.txt", in: site)
        let ds = failingBuild(site).filter { $0.kind == .privacy }
        XCTAssertFalse(ds.isEmpty)
        for d in ds {
            XCTAssertEqual(d.position?.file, "theme/strings.txt", d.formatted(.vi))
            XCTAssertEqual(d.position?.line, 2, d.formatted(.vi))
        }
        XCTAssertTrue(ds.contains { $0.vi.contains("số điện thoại") && $0.vi.contains("0912") && !$0.vi.contains("876") }, "\(ds.map { $0.formatted(.vi) })")
        XCTAssertTrue(ds.contains { $0.vi.contains("tên người") }, "\(ds.map { $0.formatted(.vi) })")
    }

    func testASheetCellCaughtOnOutputNamesItsRow() throws {
        let site = try makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        // A unit's name is declared a place, so the cell itself passes the input scan; the name
        // in it after «tổ trưởng» reaches the unit's URL and is refused there.
        var units = try read("content/units.csv", in: site)
        if !units.hasSuffix("\n") { units += "\n" }
        let line = units.split(separator: "\n").count + 1
        try write(units + "TDP99,BẾN ĐÒ - TỔ TRƯỞNG HOÀNG VĂN NAM,Tổ dân phố,SM,100,\n", to: "content/units.csv", in: site)
        let ds = failingBuild(site).filter { $0.kind == .privacy }
        XCTAssertFalse(ds.isEmpty)
        for d in ds {
            XCTAssertEqual(d.position?.file, "content/units.csv", d.formatted(.vi))
            XCTAssertEqual(d.position?.line, line, d.formatted(.vi))
        }
    }

    func testAKeyIsFoundOnWholeWordsOnly() {
        let index = OutputAttribution {
            [.init(file: "a.md", firstLine: 1, firstColumn: 1, text: "Những người dân"),
             .init(file: "b.md", firstLine: 3, firstColumn: 1, text: "Liên hệ Mẹ Nhu\nvà NguyenVanHung1990")]
        }
        XCTAssertEqual(index.locate("nhu").map(\.file), ["b.md"])
        XCTAssertEqual(index.locate("nhu").first?.line, 3)
        XCTAssertEqual(index.locate("nguyen van hung").first?.line, 4)
        XCTAssertEqual(index.locate("van hung").first?.column, 10)
    }
}
