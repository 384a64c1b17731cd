import Foundation
import WardPrivacy
import XCTest
@testable import WardKit

/// The guard as part of the pipeline: nothing personal reaches public/, from input or template.
final class PrivacyPipelineTests: XCTestCase {
    func testAPersonalColumnIsRefusedAtItsHeader() throws {
        let site = try makeSite()
        let units = try read("content/units.csv", in: site)
            .replacingOccurrences(of: "id,name,kind,parent,households,mailbox", with: "id,name,kind,parent,households,mailbox,ho_ten")
        try write(units, to: "content/units.csv", in: site)
        let ds = failingBuild(site)
        let d = try XCTUnwrap(ds.first { $0.vi.contains("ho_ten") })
        XCTAssertEqual(d.position, SourcePosition(file: "content/units.csv", line: 1, column: 40))
        XCTAssertEqual(d.kind, .privacy)
        XCTAssertTrue(d.formatted(.vi).contains("lỗi riêng tư: cột «ho_ten» không được khai báo"), d.formatted(.vi))
    }

    func testEveryDeclaredSheetRefusesAnUnknownColumn() throws {
        for file in ["units.csv", "criteria.csv", "hotlines.csv", "targets.csv", "indicators.csv", "statistics/2026-11.csv", "progress/2026-11.csv"] {
            let site = try makeSite()
            var lines = try read("content/\(file)", in: site).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines[0] += ",so_dien_thoai"
            try write(lines.joined(separator: "\n"), to: "content/\(file)", in: site)
            let ds = failingBuild(site)
            XCTAssertTrue(ds.contains { $0.position?.file == "content/\(file)" && $0.position?.line == 1 && $0.vi.contains("so_dien_thoai") && $0.kind == .privacy },
                          "\(file): \(ds)")
        }
    }

    func testIdentifiersInInputsFailTheBuildWithMaskedValues() throws {
        let site = try makeSite()
        _ = try build(site)
        let before = snapshot(site.appendingPathComponent("public"))
        try write("""
        ---
        title: Bắt quả tang
        date: 2026-11-02
        ---
        Đối tượng Nguyễn Văn Hùng, SN 1990, trú tại số nhà 12 ngõ 34, điều khiển xe 29A-123.45.
        """, to: "content/news/bat.md", in: site)
        let ds = failingBuild(site)
        XCTAssertGreaterThanOrEqual(ds.filter { $0.kind == .privacy && $0.position?.file == "content/news/bat.md" && $0.position?.line == 5 }.count, 4, "\(ds)")
        for d in ds { XCTAssertFalse(d.vi.contains("29A-123.45") || d.vi.contains("Nguyễn Văn Hùng"), "masked: \(d.vi)") }
        XCTAssertEqual(snapshot(site.appendingPathComponent("public")), before)
    }

    func testDeclaredPublicNumbersAndOfficialsPass() throws {
        let site = try makeSite()
        try write("""
        ---
        title: Thông báo
        date: 2026-11-03
        ---
        Ông Trần Văn Minh, Chủ tịch UBND phường, đề nghị người dân gọi 0234 3822 123 (Công an phường) hoặc 113.
        Theo Quyết định số 28/QĐ-TTg, kinh phí 15.000.000 đồng; tỉ lệ đạt 55,6 %; ngày 26/6 hằng năm; đường Nguyễn Văn Cừ.
        """, to: "content/news/ok.md", in: site)
        XCTAssertNoThrow(try build(site))
    }

    func testATemplateThatLeaksAnIdentifierAbortsTheSwap() throws {
        let site = try makeSite()
        _ = try build(site)
        let before = snapshot(site.appendingPathComponent("public"))
        try write("{{<base}}{{$main}}<h1>{{site.name}}</h1><p>Liên hệ: 0912 345 678</p>{{/main}}{{/base}}\n", to: "theme/templates/home.mustache", in: site)
        let ds = failingBuild(site)
        // Caught on output, named at the template that wrote it.
        XCTAssertTrue(ds.contains { $0.kind == .privacy && $0.position?.file == "theme/templates/home.mustache" }, "\(ds)")
        XCTAssertEqual(snapshot(site.appendingPathComponent("public")), before)
    }

    func testAThirdPartyLoadAbortsTheSwap() throws {
        let site = try makeSite()
        try write("{{<base}}{{$main}}<h1>x</h1><script src=\"https://cdn.example.com/a.js\"></script>{{/main}}{{/base}}\n",
                  to: "theme/templates/home.mustache", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.position?.file == "public/index.html" && $0.vi.contains("cdn.example.com") }, "\(ds)")
    }
}
