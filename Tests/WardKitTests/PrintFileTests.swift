import Foundation
import WardLocale
import XCTest
@testable import WardKit

/// Issue 14.5: print files named for the form and the unit, and one merged file per form for
/// each ward. Chromium's PDFs of these pages are measured in the print suite (Tests/Print).
final class PrintFileTests: XCTestCase {
    private func pdfBuild(_ site: URL, output: URL) throws -> BuildReport {
        var options = BuildOptions(site: site, output: output, buildDate: sampleDate)
        options.pdfs = true
        options.requiresPublicAddress = true
        return try SiteBuilder.build(options)
    }

    private func sheets(_ html: String) -> Int { html.components(separatedBy: "<article class=\"sheet").count - 1 }

    /// PDF names use the kind's raw value in place of slugging its label on every page job:
    /// the two must be the same for every kind, or names would change.
    func testEveryKindsRawValueIsTheSlugOfItsLabel() {
        for kind in UnitKind.allCases { XCTAssertEqual(kind.rawValue, Vietnamese.slug(kind.vi), "\(kind)") }
    }

    func testLastSegmentIsTheLastNonEmptyPartLikeSplit() {
        for path in ["", "/", "//", "a", "a/", "a/b/", "a/b", "a//", "/a/b//", "phường-ổ/tổ-1/", "x/ổ"] {
            XCTAssertEqual(PrintFiles.lastSegment(path), path.split(separator: "/").last.map(String.init), "«\(path)»")
        }
    }

    func testEveryPDFIsNamedForItsFormAndUnitAndNoTwoShareAName() throws {
        let site = try makeSite()
        let out = site.appendingPathComponent("public")
        let report = try pdfBuild(site, output: out)
        let pdfs = Set(report.printTargets.map(\.pdf))
        for expected in ["in-an/cam-ket/phu-o-1/cam-ket-to-dan-pho-phu-o-1.pdf",
                         "in-an/bang-niem-yet/phu-o-1/bang-niem-yet-to-dan-pho-phu-o-1-a4.pdf",
                         "in-an/bang-niem-yet/phu-o-1/bang-niem-yet-to-dan-pho-phu-o-1-a3.pdf",
                         "in-an/kiem-tra/phu-o-1/phieu-kiem-tra-to-dan-pho-phu-o-1.pdf",
                         "in-an/ap-phich/cao-diem-cuoi-nam-2026/ap-phich-cao-diem-cuoi-nam-2026-a3.pdf",
                         "in-an/tat-ca/cam-ket-phuong-song-may.pdf", "in-an/tat-ca/bang-niem-yet-phuong-song-may-a3.pdf"] {
            XCTAssertTrue(pdfs.contains(expected), "\(expected) missing from \(pdfs.sorted().prefix(8))")
        }
        // One Downloads folder holds the month's files: no two may be called the same.
        let names = report.printTargets.map { $0.pdf.split(separator: "/").last! }
        XCTAssertEqual(Set(names).count, names.count, "duplicate file names")
        XCTAssertFalse(names.contains { $0 == "ban-in.pdf" || $0 == "a3.pdf" || $0 == "a4.pdf" })
        // 24 groups × 4 forms, 4 themes × 2 posters, 4 merged files.
        XCTAssertEqual(report.printTargets.count, 24 * 4 + 4 * 2 + 4)
        // The pages link the PDFs the export will write beside them.
        let form = try read("in-an/cam-ket/phu-o-1/index.html", in: out)
        XCTAssertTrue(form.contains("href=\"cam-ket-to-dan-pho-phu-o-1.pdf\" download"), form)
        let index = try read("in-an/index.html", in: out)
        XCTAssertTrue(index.contains("href=\"../in-an/tat-ca/cam-ket-phuong-song-may.pdf\" download"))
        XCTAssertTrue(index.contains("href=\"../in-an/bang-niem-yet/phu-o-1/bang-niem-yet-to-dan-pho-phu-o-1-a3.pdf\" download"))
    }

    func testTheMergedPageHoldsOneSheetPerGroupInTheIndexOrder() throws {
        let site = try makeSite()
        let out = site.appendingPathComponent("public")
        let report = try pdfBuild(site, output: out)
        let merged = report.printTargets.filter { $0.page.hasPrefix("in-an/tat-ca/") }
        XCTAssertEqual(merged.map(\.page).sorted(), ["in-an/tat-ca/bang-niem-yet-a3.html", "in-an/tat-ca/bang-niem-yet-a4.html",
                                                    "in-an/tat-ca/cam-ket.html", "in-an/tat-ca/phieu-kiem-tra.html"])
        let groups = try String(contentsOf: site.appendingPathComponent("content/units.csv"), encoding: .utf8)
            .split(separator: "\n").filter { $0.contains(",Tổ dân phố,") }.map { String($0.split(separator: ",")[1]) }
        XCTAssertEqual(groups.count, 24)
        for target in merged {
            XCTAssertEqual(target.sheets, 24)
            let html = try read(target.page, in: out)
            XCTAssertEqual(sheets(html), 24, target.page)
            // Each group's own sheet, with its own QR code to its own progress page.
            for name in groups { XCTAssertTrue(html.contains("Tổ dân phố \(name)"), "\(target.page): \(name)") }
            XCTAssertEqual(html.components(separatedBy: "<span class=\"nw\">phu-o-1</span>").count - 1, 1, "Phụ Ổ 1's QR address")
        }
        let pledge = try read("in-an/tat-ca/cam-ket.html", in: out)
        let single = try read("in-an/cam-ket/phu-o-1/index.html", in: out)
        XCTAssertEqual(sheets(single), 1)
        // The merged file's sheet for a group is the group's own form, sheet for sheet.
        let sheet = { (html: String) -> String in
            let start = html.range(of: "<article class=\"sheet")!.lowerBound
            return String(html[start..<html.range(of: "</article>", range: start..<html.endIndex)!.upperBound])
        }
        XCTAssertTrue(pledge.contains(sheet(single)), "Phụ Ổ 1's sheet in the merged pledge file")
    }

    func testAPlainBuildWritesNoMergedPagesAndLinksNoPDFs() throws {
        let site = try makeSite()
        let out = site.appendingPathComponent("public")
        let report = try build(site, output: out)
        XCTAssertFalse(report.files.keys.contains { $0.hasPrefix("in-an/tat-ca/") })
        XCTAssertFalse(try read("in-an/index.html", in: out).contains(".pdf"))
        XCTAssertFalse(try read("in-an/cam-ket/phu-o-1/index.html", in: out).contains(".pdf"))
    }

    func testADistrictNamesGroupsWithTheirWardAndMergesWardByWard() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-district-\(UUID().uuidString)")
        let r = try runWardkit(["init", dir.path, "--name", "Quận Long Biên", "--base-url", "https://longbien.hanoi.gov.vn/khong-ma-tuy/"],
                               cwd: FileManager.default.temporaryDirectory)
        XCTAssertEqual(r.status, 0, r.stderr)
        let hotlines = try read("content/hotlines.csv", in: dir).replacingOccurrences(of: StarterSite.blankNumber, with: "024 3827 1234")
        try write(hotlines, to: "content/hotlines.csv", in: dir)
        let report = try pdfBuild(dir, output: dir.appendingPathComponent("public"))
        let pdfs = Set(report.printTargets.map(\.pdf))
        // Every ward of a district has a «Tổ dân phố 1»: the ward's name keeps the files apart.
        XCTAssertTrue(pdfs.contains("in-an/cam-ket/phuong-1/to-dan-pho-1/cam-ket-to-dan-pho-1-phuong-1.pdf"), "\(pdfs.sorted())")
        let merged = report.printTargets.filter { $0.page.hasPrefix("in-an/tat-ca/") }
        XCTAssertEqual(merged.count, 4, "one ward with groups: one merged file per form")
        XCTAssertTrue(merged.allSatisfy { $0.sheets == 3 && $0.pdf.hasPrefix("in-an/tat-ca/phuong-1/") }, "\(merged)")
        XCTAssertTrue(pdfs.contains("in-an/tat-ca/phuong-1/cam-ket-phuong-1.pdf"), "\(merged.map(\.pdf))")
        let wardIndex = try read("in-an/don-vi/phuong-1/index.html", in: dir.appendingPathComponent("public"))
        XCTAssertTrue(wardIndex.contains("href=\"../../../in-an/tat-ca/phuong-1/cam-ket-phuong-1.pdf\" download"), wardIndex)
    }
}
