import Foundation
import XCTest
@testable import WardKit

/// The sample site's tables as workbooks and as Excel's Windows-1258 CSV must publish exactly
/// the bytes the UTF-8 CSVs publish; damaged workbooks must be refused, each with a message
/// that names the file (and the sheet and cell where there is one).
///
/// The fixtures are committed, made by Fixtures/Workbooks/make_fixtures.sh: LibreOffice's
/// `soffice --convert-to xlsx` of every sample CSV, one workbook written by openpyxl (typed
/// cells, 1904 dates, rich text, merged title and header cells), Python's cp1258 codec.
final class WorkbookPipelineTests: XCTestCase {
    private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Workbooks")

    private static let tables = ["units", "criteria", "hotlines", "targets", "indicators", "statistics/2026-10", "statistics/2026-11",
                                 "progress/2026-08", "progress/2026-09", "progress/2026-10", "progress/2026-11"]

    static func isASCII(_ table: String) -> Bool { table == "targets" || table.hasPrefix("statistics/") }

    /// The sample site with its tables as they were when the fixtures were made (source/).
    private func makeFixtureSite() throws -> URL {
        let site = try makeSite()
        for table in Self.tables {
            let target = site.appendingPathComponent("content/\(table).csv")
            try FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent("source/\(table).csv"), to: target)
        }
        return site
    }

    private func csvBuild() throws -> [String: Data] {
        let site = try makeFixtureSite()
        _ = try build(site)
        return snapshot(site.appendingPathComponent("public"))
    }

    private func assertSameSite(_ site: URL, _ reference: [String: Data], file: StaticString = #filePath, line: UInt = #line) throws {
        _ = try build(site)
        let built = snapshot(site.appendingPathComponent("public"))
        XCTAssertEqual(built.keys.sorted(), reference.keys.sorted(), "the same files", file: file, line: line)
        let differing = reference.keys.filter { built[$0] != reference[$0] }.sorted()
        XCTAssertEqual(differing, [], "files whose bytes differ from the CSV build", file: file, line: line)
        XCTAssertGreaterThan(reference.count, 100, file: file, line: line)
    }

    func testLibreOfficeWorkbooksBuildTheSameSite() throws {
        let reference = try csvBuild()
        let site = try makeFixtureSite()
        for table in Self.tables {
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/\(table).csv"))
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent("libreoffice/\(table).xlsx"),
                                             to: site.appendingPathComponent("content/\(table).xlsx"))
        }
        try assertSameSite(site, reference)
    }

    func testOneOpenpyxlWorkbookWithEverySheetBuildsTheSameSite() throws {
        let reference = try csvBuild()
        let site = try makeFixtureSite()
        for table in Self.tables { try FileManager.default.removeItem(at: site.appendingPathComponent("content/\(table).csv")) }
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("openpyxl/du-lieu.xlsx"),
                                         to: site.appendingPathComponent("content/du-lieu.xlsx"))
        try assertSameSite(site, reference)
    }

    func testWindows1258CopiesBuildTheSameSiteAndAreReported() throws {
        let reference = try csvBuild()
        let site = try makeFixtureSite()
        for table in Self.tables {
            let target = site.appendingPathComponent("content/\(table).csv")
            try FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent("cp1258/\(table).csv"), to: target)
        }
        let report = try build(site)
        XCTAssertEqual(snapshot(site.appendingPathComponent("public")), reference)
        // targets.csv and the statistics sheets are pure ASCII, so they are UTF-8 and nothing was decoded.
        XCTAssertEqual(report.legacyDecodedFiles, Self.tables.filter { !Self.isASCII($0) }.map { "content/\($0).csv" }.sorted())
        let check = try runWardkit(["check", site.path, "--date", "2026-11-25"], cwd: site)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.contains("Ghi chú: đã đọc từ bảng mã Windows-1258 (CSV mặc định của Excel) và chuyển sang Unicode: content/criteria.csv, "),
                      check.stdout)
    }

    func testDamagedWorkbooksAreRefusedWithClearMessages() throws {
        struct Case: Decodable { let fixture: String; let place: String; let remove: [String]; let expect: [String] }
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: fixtures.appendingPathComponent("damaged/manifest.json")))
        XCTAssertGreaterThanOrEqual(cases.count, 25)
        for c in cases {
            let site = try makeFixtureSite()
            for r in c.remove { try FileManager.default.removeItem(at: site.appendingPathComponent("content/\(r)")) }
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent("damaged/\(c.fixture)"),
                                             to: site.appendingPathComponent("content/\(c.place)"))
            let diagnostics = failingBuild(site)
            let vi = diagnostics.map { $0.formatted(.vi) }
            for expected in c.expect {
                XCTAssertTrue(vi.contains { $0.contains(expected) }, "\(c.fixture): no message contains «\(expected)»:\n\(vi.prefix(5).joined(separator: "\n"))")
            }
            let place = "content/\(c.place)"
            let named = diagnostics.filter { $0.formatted(.vi).contains(place) }
            XCTAssertFalse(named.isEmpty, "\(c.fixture): a message names \(place)")
            for d in named { XCTAssertFalse(d.en.isEmpty || d.en == d.vi, "\(c.fixture): an English message too") }
        }
    }

    func testCellPositionsReadAsSheetAndCellInBothLanguages() throws {
        let site = try makeFixtureSite()
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/progress/2026-11.csv"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("damaged/bad-status.xlsx"),
                                         to: site.appendingPathComponent("content/progress/2026-11.xlsx"))
        let vi = try runWardkit(["build", site.path, "--date", "2026-11-25"], cwd: site, env: ["LANG": "vi_VN.UTF-8"])
        XCTAssertEqual(vi.status, 1)
        XCTAssertTrue(vi.stderr.contains("content/progress/2026-11.xlsx, trang «2026-11», ô D7: lỗi: trạng thái «đạtt» không hợp lệ"), vi.stderr)
        let en = try runWardkit(["build", site.path, "--date", "2026-11-25", "--lang", "en"], cwd: site)
        XCTAssertTrue(en.stderr.contains("content/progress/2026-11.xlsx, sheet «2026-11», cell D7: error: status «đạtt» is not valid"), en.stderr)
    }

    func testAProgressMonthMayComeFromAnyOfTheThreePlaces() throws {
        let site = try makeFixtureSite()
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/progress/2026-11.csv"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("libreoffice/progress/2026-11.xlsx"),
                                         to: site.appendingPathComponent("content/du-lieu.xlsx"))
        // The sheet is named «2026-11», which the shared workbook reads as progress for that month.
        let reader = SourceReader(contentDir: site.appendingPathComponent("content"), sources: SourceLog(), log: DiagnosticLog())
        XCTAssertEqual(reader.files(in: "progress", ext: "csv").map(\.lastPathComponent),
                       ["2026-08.csv", "2026-09.csv", "2026-10.csv", "2026-11.csv"])
        XCTAssertEqual(reader.position(of: site.appendingPathComponent("content/progress/2026-11.csv")).formatted(.vi),
                       "content/du-lieu.xlsx, trang «2026-11»")
        XCTAssertTrue(reader.exists("progress/2026-11.csv"))
        XCTAssertFalse(reader.exists("progress/2026-12.csv"))
        _ = try build(site)
    }
}
