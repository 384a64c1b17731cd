import WardMustache
import XCTest

/// Parse errors must point staff at the tag to fix, by file, line and column.
final class MustacheErrorTests: XCTestCase {
    private struct ParsedWithoutError: Error {}

    /// Parses `source`, expecting an error at `line`:`column` with the given messages (those
    /// passed as nil are not checked).
    @discardableResult
    private func expectError(
        _ source: String, line: Int, column: Int, en: String?, vi: String? = nil,
        file: StaticString = #filePath, testLine: UInt = #line
    ) throws -> MustacheError {
        do {
            _ = try MustacheTemplate(source: source, name: "trang/phuong.mustache")
        } catch {
            XCTAssertEqual(error.templateName, "trang/phuong.mustache", file: file, line: testLine)
            XCTAssertEqual([error.line, error.column], [line, column], "line, column", file: file, line: testLine)
            if let en { XCTAssertEqual(error.en, en, file: file, line: testLine) }
            if let vi { XCTAssertEqual(error.vi, vi, file: file, line: testLine) }
            return error
        }
        XCTFail("\(source.debugDescription) parsed without error", file: file, line: testLine)
        throw ParsedWithoutError()
    }

    func testUnclosedSectionReportsTheOpeningTag() throws {
        let error = try expectError(
            "<ul>\n  {{#items}}\n  <li>{{name}}</li>\n</ul>\n", line: 2, column: 3,
            en: "unclosed section {{#items}}", vi: "thẻ mở khối {{#items}} chưa được đóng")
        XCTAssertEqual(
            error.description,
            "trang/phuong.mustache:2:3: thẻ mở khối {{#items}} chưa được đóng (unclosed section {{#items}})")
    }

    func testColumnsCountCharactersNotBytes() throws {
        try expectError("Phường Hòa Bình {{^empty}}", line: 1, column: 17, en: "unclosed inverted section {{^empty}}")
    }

    func testInnermostUnclosedTagIsReported() throws {
        try expectError(
            "{{#a}}\n x {{<layout}}\n{{$b}}{{/b}}\n", line: 2, column: 4,
            en: "unclosed parent {{<layout}}", vi: "thẻ kế thừa {{<layout}} chưa được đóng")
    }

    func testMismatchNamesTheInnermostOpenTag() throws {
        try expectError(
            "{{#a}}\n{{#b}}\n{{/b}}\n  {{$c}}\n{{/a}}", line: 5, column: 1,
            en: "closing tag {{/a}} does not match {{$c}} opened on line 4")
    }

    func testMismatchedClosingTagReportsTheClosingTag() throws {
        try expectError(
            "{{#ward}}\n  {{name}}\n  {{/wards}}\n", line: 3, column: 3,
            en: "closing tag {{/wards}} does not match {{#ward}} opened on line 1",
            vi: "thẻ đóng {{/wards}} không khớp với thẻ mở {{#ward}} ở dòng 1")
    }

    func testClosingTagWithoutOpeningTag() throws {
        try expectError("a\nb {{/ward}}", line: 2, column: 3, en: "closing tag {{/ward}} has no matching opening tag")
    }

    func testUnclosedTag() throws {
        try expectError(
            "<p>\nXin chào {{name\n</p>", line: 2, column: 10,
            en: "tag {{name is not closed with }}", vi: "thẻ {{name chưa được đóng bằng }}")
    }

    func testUnclosedTagIsNotClosedByALaterTag() throws {
        try expectError(
            "{{<base}}\n<h1>{{t.title</h1>\n<p>{{t.text}}</p>", line: 2, column: 5,
            en: "tag {{t.title</h1> is not closed with }}")
        try expectError("<p>{{a {{b}}</p>", line: 1, column: 4, en: "tag {{a {{b}}</p> is not closed with }}")
        XCTAssertNoThrow(try MustacheTemplate(source: "{{! a\ncomment {{ }}{{=<% %>=}}<%\nx\n%>", name: "ok"))
    }

    func testUnclosedTripleMustacheNeedsItsThirdBrace() throws {
        try expectError("{{{html}}", line: 1, column: 1, en: "tag {{{html}} is not closed with }}}")
    }

    func testBadDelimiters() throws {
        for source in ["x\n {{=<% =}}", "x\n {{=<% %> [ ]=}}", "x\n {{=a=b c=}}"] {
            let error = try expectError(source, line: 2, column: 2, en: nil)
            XCTAssertTrue(error.en.hasPrefix("invalid set-delimiter tag {{="), error.en)
        }
    }

    func testErrorsAfterDelimiterChangeUseTheNewDelimiters() throws {
        try expectError("{{=<% %>=}}\n<%#list%>\n{{/list}}", line: 2, column: 1, en: "unclosed section <%#list%>")
    }

    func testEmptyTagName() throws {
        try expectError("ab{{ }}", line: 1, column: 3, en: "tag {{ }} has no name")
    }
}
