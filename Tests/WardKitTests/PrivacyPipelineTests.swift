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
        for file in ["units.csv", "criteria.csv", "hotlines.csv", "targets.csv", "statistics.csv", "progress/2026-11.csv"] {
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
        XCTAssertTrue(ds.contains { $0.kind == .privacy && $0.position?.file == "public/index.html" }, "\(ds)")
        XCTAssertEqual(snapshot(site.appendingPathComponent("public")), before)
    }

    func testAThirdPartyLoadAbortsTheSwap() throws {
        let site = try makeSite()
        try write("{{<base}}{{$main}}<h1>x</h1><script src=\"https://cdn.example.com/a.js\"></script>{{/main}}{{/base}}\n",
                  to: "theme/templates/home.mustache", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.position?.file == "public/index.html" && $0.vi.contains("cdn.example.com") }, "\(ds)")
    }

    /// sdcTable's attack() in spirit: for every hidden cell, the range it could take given all
    /// that was published must not be a single value.
    func testNoHiddenStatisticCanBeRecovered() throws {
        let site = try makeSite()
        try write("""
        id,name,kind,parent,households,mailbox
        Q,Mẫu,Quận,,,
        A,An,Phường,Q,,
        B,Bình,Phường,Q,,
        C,Châu,Phường,Q,,
        A1,Tổ 1,Tổ dân phố,A,50,
        B1,Tổ 1,Tổ dân phố,B,50,
        C1,Tổ 1,Tổ dân phố,C,50,

        """, to: "content/units.csv", in: site)
        for f in try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/progress").path) {
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/progress/\(f)"))
        }
        try write("year,group\n", to: "content/targets.csv", in: site)
        try write(try read("content/settings.txt", in: site).replacingOccurrences(of: "unit: SM", with: "unit: Q"), to: "content/settings.txt", in: site)
        try write("""
        unit,indicator,measure,target,actual
        A,Số người cai nghiện,người,,2
        B,Số người cai nghiện,người,,9
        C,Số người cai nghiện,người,,14
        A,Số người sử dụng được quản lý,người,,1
        B,Số người sử dụng được quản lý,người,,1
        C,Số người sử dụng được quản lý,người,,0
        A,Số vụ khởi tố,vụ,,1

        """, to: "content/statistics.csv", in: site)
        let report = try build(site)
        XCTAssertGreaterThan(report.suppressedCells, 1, "a primary cell and its complement")
        let dashboard = try read("public/tien-do/index.html", in: site)
        XCTAssertTrue(dashboard.contains("<td>An</td><td>— người</td><td>&lt; 5 người</td>"), "the small cell reads < 5")
        XCTAssertTrue(dashboard.contains("<td>Bình</td><td>— người</td><td>ẩn </td>"), "its smallest sibling is hidden too, and does not claim to be small")
        XCTAssertTrue(dashboard.contains("<td>Châu</td><td>— người</td><td>14 người</td>"))
        let content = try SiteLoader.load(site: site, buildDate: sampleDate)
        let published = StatisticsGuard.publish(content, index: UnitIndex(units: content.units, rootID: "Q"))
        let policy = try SuppressionPolicy(k: 5)
        XCTAssertEqual(published.decisions.count, 2)
        for (tree, result) in published.decisions {
            for (id, range) in SuppressionAttack.intervals(tree, result: result, policy: policy) {
                XCTAssertGreaterThan(range.count, 1, "\(id) is pinned to \(range)")
            }
        }
        // One case is below k, yet shown as is: cases are not people.
        XCTAssertTrue(dashboard.contains("<th scope=\"row\">Số vụ khởi tố</th><td>An</td><td>— vụ</td><td>1 vụ</td>"),
                      "cases are not people: shown as is")
    }

    func testTheSampleSitesHiddenCellsCannotBeRecovered() throws {
        let content = try SiteLoader.load(site: packageRoot, buildDate: sampleDate)
        let published = StatisticsGuard.publish(content, index: UnitIndex(units: content.units, rootID: content.settings.rootUnitID))
        let policy = try SuppressionPolicy(k: content.settings.smallCountThreshold)
        XCTAssertFalse(published.decisions.isEmpty)
        var hidden = 0
        for (tree, result) in published.decisions {
            for (id, range) in SuppressionAttack.intervals(tree, result: result, policy: policy) {
                hidden += 1
                XCTAssertGreaterThan(range.count, 1, "\(id) is pinned to \(range)")
            }
        }
        XCTAssertGreaterThan(hidden, 0, "the sample has a small count (3 people prosecuted)")
    }
}
