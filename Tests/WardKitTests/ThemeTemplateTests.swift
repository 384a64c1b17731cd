import Foundation
import XCTest
@testable import WardKit

/// A theme template that would drop part of a page, never finish, or print U+FFFD stops the
/// build at its tag instead.
final class ThemeTemplateTests: XCTestCase {
    private func firstError(afterWriting bytes: Data, to relative: String) throws -> String {
        let site = try makeSite(withTheme: true)
        let url = site.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
        return try XCTUnwrap(failingBuild(site).first).formatted(.vi)
    }

    func testMissingPartialIsAnErrorAtItsTag() throws {
        let message = try firstError(afterWriting: Data("<footer>\n  {{> chan-trang}}\n</footer>\n".utf8),
                                     to: "theme/templates/hotline-strip.mustache")
        XCTAssertTrue(message.hasPrefix("theme/templates/hotline-strip.mustache:2:3: lỗi: không có mẫu con «chan-trang»"), message)
    }

    func testSelfIncludingPartialIsAnErrorAtItsTag() throws {
        let message = try firstError(afterWriting: Data("<p>113</p>\n{{#hotlines}}{{>hotline-strip}}{{/hotlines}}\n".utf8),
                                     to: "theme/templates/hotline-strip.mustache")
        XCTAssertTrue(message.hasPrefix("theme/templates/hotline-strip.mustache:2:14: lỗi: mẫu «hotline-strip» gọi lại chính nó"), message)
    }

    func testTemplateThatIsNotUTF8IsAnErrorAtTheBadByte() throws {
        var bytes = Array("<p>\nĐường dây nóng ".utf8)
        bytes.append(0xD0)  // Windows-1258 "Đ"
        let message = try firstError(afterWriting: Data(bytes), to: "theme/templates/hotline-strip.mustache")
        XCTAssertTrue(message.hasPrefix("theme/templates/hotline-strip.mustache:2:16: lỗi: tệp mẫu không phải văn bản UTF-8 (byte 0xD0"), message)
    }
}
