import Foundation
import XCTest
@testable import WardKit

/// The page tree reader behind `wardkit print --pdf`'s check. Real Chromium PDFs go through it
/// in the print suite (Tests/Print), which measures the same files with poppler's pdfinfo.
final class PDFCheckTests: XCTestCase {
    /// A PDF laid out as Skia writes one, with byte offsets that need not be right (the reader
    /// does not trust the xref table): `pages` are (own MediaBox or nil, Rotate or nil).
    private func pdf(parentBox: String? = "[0 0 595.91998 842.88]", pages: [(String?, Int?)], count: Int? = nil,
                     streamBody: String = "BT /F1 12 Tf (2 0 obj << /Type /Page >> endobj) Tj ET") -> Data {
        var objects: [String] = []
        let kids = pages.indices.map { "\($0 + 3) 0 R" }.joined(separator: " ")
        objects.append("1 0 obj\n<</Type /Catalog\n/Pages 2 0 R>>\nendobj")
        objects.append("2 0 obj\n<</Type /Pages\n/Count \(count ?? pages.count)\n/Kids [\(kids)]\(parentBox.map { "\n/MediaBox \($0)" } ?? "")>>\nendobj")
        for (i, (box, rotate)) in pages.enumerated() {
            objects.append("\(i + 3) 0 obj\n<</Type /Page\n/Resources <</Font <</F1 99 0 R>>>>\(box.map { "\n/MediaBox \($0)" } ?? "")"
                           + "\(rotate.map { "\n/Rotate \($0)" } ?? "")\n/Contents 98 0 R\n/Parent 2 0 R>>\nendobj")
        }
        // A content stream whose bytes look like objects: skipped by its /Length.
        objects.append("98 0 obj\n<</Filter /FlateDecode\n/Length \(streamBody.utf8.count)>> stream\n\(streamBody)\nendstream\nendobj")
        objects.append("99 0 obj\n<</Type /Font /BaseFont /AAAAAA+LiberationSerif (a \\) paren) <FEFF00>>>\nendobj")
        let body = "%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n" + objects.joined(separator: "\n") + "\n"
        let tail = "xref\n0 100\n0000000000 65535 f \ntrailer\n<</Size 100\n/Root 1 0 R\n/Info 97 0 R>>\nstartxref\n\(body.utf8.count)\n%%EOF\n"
        return Data((body + tail).utf8)
    }

    func testPagesInheritTheirSizeAndRotateSwapsIt() throws {
        let pages = try PDFPageReader.pages(of: pdf(pages: [(nil, nil), ("[0 0 841.92 594.96]", nil), (nil, 90)]))
        XCTAssertEqual(pages, [.init(width: 595.91998, height: 842.88), .init(width: 841.92, height: 594.96),
                               .init(width: 842.88, height: 595.91998)])
    }

    func testAStreamThatLooksLikeAPageIsNotCounted() throws {
        let body = String(repeating: "3 0 obj <</Type /Page /MediaBox [0 0 1 1]>> endobj\n", count: 3)
        XCTAssertEqual(try PDFPageReader.pages(of: pdf(pages: [(nil, nil)], streamBody: body)).count, 1)
    }

    func testAPageTreeThatDisagreesWithItsCountOrHasNoSizeIsUnreadable() {
        XCTAssertThrowsError(try PDFPageReader.pages(of: pdf(pages: [(nil, nil)], count: 2)))
        XCTAssertThrowsError(try PDFPageReader.pages(of: pdf(parentBox: nil, pages: [(nil, nil)])))
        XCTAssertThrowsError(try PDFPageReader.pages(of: Data("not a pdf".utf8)))
    }

    func testTheFormSaysWhatItMustPrintAs() {
        let board = PDFExport.expectation(html: "<style>@page{size:A4 landscape;margin:12mm}</style><article class=\"sheet board\">")
        XCTAssertEqual(board.pages, 1)
        XCTAssertEqual(board.paper?.name(vi: true), "A4 ngang")
        XCTAssertEqual(board.paper?.name(vi: false), "A4 landscape")
        XCTAssertEqual(board.paper?.width ?? 0, 841.89, accuracy: 0.01)
        XCTAssertEqual(board.paper?.height ?? 0, 595.28, accuracy: 0.01)
        let bundle = PDFExport.expectation(html: "<style>@page{size:A4 portrait;margin:20mm}</style>"
                                           + String(repeating: "<article class=\"sheet doc\"></article>", count: 3) + "<div class=\"sheets\">")
        XCTAssertEqual(bundle.pages, 3)
        XCTAssertEqual(bundle.paper?.width ?? 0, 595.28, accuracy: 0.01)
        XCTAssertEqual(PDFExport.expectation(html: "<style>@page{size:A3}</style><article class=\"sheet\">").paper?.name(vi: false), "A3 portrait")
    }

    func testAnOverflowingOrMisSizedFormIsNamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-pdfcheck-\(UUID().uuidString)")
        let form = dir.appendingPathComponent("in-an/bang-niem-yet/an-phu")
        try FileManager.default.createDirectory(at: form, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = form.appendingPathComponent("index.html"), out = form.appendingPathComponent("ban-in.pdf")
        try Data("<style>@page{size:A4 landscape;margin:12mm}</style><article class=\"sheet board\"></article>".utf8).write(to: html)

        try pdf(parentBox: "[0 0 841.92 594.96]", pages: [(nil, nil)]).write(to: out)
        XCTAssertNil(PDFExport.check(pdf: out, html: html, output: dir, vi: true))

        try pdf(parentBox: "[0 0 841.92 594.96]", pages: [(nil, nil), (nil, nil)]).write(to: out)
        let spilled = try XCTUnwrap(PDFExport.check(pdf: out, html: html, output: dir, vi: true))
        XCTAssertTrue(spilled.hasPrefix("lỗi: in-an/bang-niem-yet/an-phu/ban-in.pdf có 2 trang, phải đúng 1"), spilled)
        let english = try XCTUnwrap(PDFExport.check(pdf: out, html: html, output: dir, vi: false))
        XCTAssertTrue(english.hasPrefix("error: in-an/bang-niem-yet/an-phu/ban-in.pdf has 2 pages, must be exactly 1"), english)

        try pdf(parentBox: "[0 0 612 792]", pages: [(nil, nil)]).write(to: out)
        let letter = try XCTUnwrap(PDFExport.check(pdf: out, html: html, output: dir, vi: true))
        XCTAssertTrue(letter.contains("trang 1 khổ 612×792 pt, phải là A4 ngang 842×595 pt"), letter)
    }
}

extension PDFCheckTests {
    /// A merged file must print one sheet per unit: a ward's own template that forgot to loop
    /// over `sheets` would otherwise pass as a good one-page PDF.
    func testAMergedFileMustHoldOneSheetPerUnit() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-pdfmerged-\(UUID().uuidString)")
        let folder = dir.appendingPathComponent("in-an/tat-ca")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = folder.appendingPathComponent("cam-ket.html"), out = folder.appendingPathComponent("cam-ket-phuong-song-may.pdf")
        let sheet = "<article class=\"sheet doc\"></article>"
        try Data(("<style>@page{size:A4 portrait;margin:20mm}</style>" + String(repeating: sheet, count: 3)).utf8).write(to: html)
        try PDFCheckTests.minimalPDF(pages: 3).write(to: out)
        XCTAssertNil(PDFExport.check(pdf: out, html: html, output: dir, vi: true, sheets: 3))
        let short = try XCTUnwrap(PDFExport.check(pdf: out, html: html, output: dir, vi: true, sheets: 24))
        XCTAssertTrue(short.hasPrefix("lỗi: in-an/tat-ca/cam-ket.html có 3 tờ (class=\"sheet\"), phải có 24"), short)
        try Data(("<style>@page{size:A4 portrait;margin:20mm}</style>" + String(repeating: sheet, count: 24)).utf8).write(to: html)
        let pages = try XCTUnwrap(PDFExport.check(pdf: out, html: html, output: dir, vi: false, sheets: 24))
        XCTAssertTrue(pages.hasPrefix("error: in-an/tat-ca/cam-ket-phuong-song-may.pdf has 3 pages"), pages)
    }

    /// An A4 portrait PDF of `pages` pages, as the page reader reads one.
    static func minimalPDF(pages: Int) -> Data {
        var objects = ["1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj",
                       "2 0 obj\n<</Type /Pages /Count \(pages) /Kids [\((0..<pages).map { "\($0 + 3) 0 R" }.joined(separator: " "))] /MediaBox [0 0 595.91998 842.88]>>\nendobj"]
        for i in 0..<pages { objects.append("\(i + 3) 0 obj\n<</Type /Page /Parent 2 0 R>>\nendobj") }
        return Data(("%PDF-1.4\n" + objects.joined(separator: "\n") + "\ntrailer\n<</Root 1 0 R>>\n%%EOF\n").utf8)
    }
}
