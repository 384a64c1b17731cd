import WardPrivacy
import XCTest

/// Each format read as a reader sees it, with findings at their place in the raw text.
final class FormatTests: XCTestCase, ScannerChecks {
    func testMarkdownSyntaxDoesNotSplitAToken() {
        for text in ["Gọi 0912**345**678", "Gọi 0912*345*678", "Gọi `0912345678`", "Gọi 0912\\.345\\.678",
                     "Gọi ~~0912~~345678", "Gọi 0912&#8203;345678", "Gọi 0912&#x33;45678", "Gọi _0912345678_"] {
            XCTAssertEqual(kinds(text, .markdown), [.mobilePhone], text)
        }
        XCTAssertEqual(kinds("Đối tượng **Nguyễn** _Văn_ Hùng", .markdown), [.personName])
        XCTAssertEqual(kinds("Đối tượng Nguyễn Văn  \nHùng bị bắt", .markdown), [.personName])
        XCTAssertEqual(kinds("Đối tượng Nguyễn Văn\\\nHùng bị bắt", .markdown), [.personName])
        XCTAssertEqual(kinds("Đối tượng Nguyễn\nVăn Hùng bị bắt", .markdown), [.personName], "a soft break is a space")
    }

    func testMarkdownLinksImagesHeadingsTablesAndFrontMatter() {
        XCTAssertEqual(kinds("[Liên hệ](https://zalo.me/0912345678)", .markdown), [.mobilePhone])
        XCTAssertEqual(kinds("[bài](tin/nguyen-van-hung.html \"Xem\")", .markdown), [.personName])
        XCTAssertEqual(kinds("![Nguyễn Văn Hùng nhận quà](anh.jpg)", .markdown), [.personName])
        XCTAssertEqual(kinds("[tại đây][1]\n\n[1]: https://fb.com/nguyen.van.hung", .markdown), [.socialProfile])
        XCTAssertEqual(kinds("<https://zalo.me/0912345678>", .markdown), [.mobilePhone])
        XCTAssertEqual(kinds("# Đối tượng Trần Văn Tú\nbị bắt", .markdown), [.personName])
        XCTAssertEqual(kinds("| Họ tên | Năm sinh |\n|---|---|\n| Trần Văn Long | 1978 |", .markdown), [.personName])
        XCTAssertEqual(kinds("---\ntitle: Gặp anh Tuấn\ndate: 2026-06-02\nsummary: Liên hệ 0912345678\n---\nNội dung", .markdown),
                       [.personName, .mobilePhone])
        XCTAssertEqual(kinds("Tổ 12\n345 hộ đã ký cam kết", .markdown), [], "a number does not run on across lines")
        XCTAssertEqual(kinds("```\n0912345678\n```", .markdown), [.mobilePhone])
        assertClean(["# Các tuyến Lê Văn Lương, Trần Khát Chân", "- Đường Lê Lợi\n- Phố Huế",
                     "Xem [Quyết định 28/QĐ-TTg](https://vbpl.vn/28-qd-ttg)"], .markdown)
    }

    func testMarkdownPositionsAreThoseOfTheRawText() {
        let text = "---\ntitle: Tin\n---\nĐối tượng **Nguyễn Văn Hùng**, SĐT 0912&#8203;345678.\n"
        XCTAssertEqual(positions(text, .markdown), [[4, 13], [4, 36]])
    }

    func testMarkupTextAttributesAndEntities() {
        let page = """
        <html><head><title>Tin</title><meta name="description" content="Liên hệ 0912 345 678">
        <meta property="og:url" content="https://example.vn/tin/nguyen-van-hung/"></head>
        <body><p>Gọi 0912<b>345</b>678</p><p>Đối tượng Nguy&#7877;n V&#259;n H&ugrave;ng</p>
        <img src="/anh/tran-thi-mai.jpg" alt="Chị Lê Thị Hoa nhận quà"><a href="tel:0987654321" title="Gọi">Gọi</a>
        <a href="https://zalo.me/0977123456">Zalo</a><span aria-label="Số 0966.123.456"></span>
        <svg viewBox="0 0 900 600"><path d="M 0912345678 L 10 10"/><text x="1234567890" y="10">Tổ 3</text></svg>
        <script>var phone = "\\u0030912111222";</script><style>.a{content:"0933444555"}</style>
        <!-- tác giả 0944555666 --></body></html>
        """
        XCTAssertEqual(kinds(page, .markup), [.mobilePhone, .personName, .mobilePhone, .personName, .personName, .personName,
                                              .mobilePhone, .mobilePhone, .mobilePhone, .mobilePhone, .mobilePhone, .mobilePhone])
        let found = plain.scan(page, format: .markup)
        XCTAssertEqual([found[0].line, found[0].column], [1, 73], "the position is the attribute value's")
        XCTAssertEqual([found[2].line, found[2].column], [3, 14])
        XCTAssertEqual([found[3].line, found[3].column], [3, 48], "entities count as written")
    }

    func testMarkupBlocksSplitAndInlineTagsJoin() {
        XCTAssertEqual(kinds("<td>0912</td><td>345678</td>", .markup), [])
        XCTAssertEqual(kinds("<li>Nguyễn Văn</li><li>Hùng</li>", .markup), [])
        XCTAssertEqual(kinds("Nguyễn <em>Văn</em> Hùng", .markup), [.personName])
        XCTAssertEqual(kinds("<p>SĐT:<br>0912345678</p>", .markup), [.mobilePhone])
        assertClean(["<a class=\"0912345678\" id=\"x0912345678\" href=\"/tien-do/\">Tiến độ</a>",
                     "<polyline points=\"0,912 345,678\"/>", "<p>Đường Lê Văn Lương</p>", "<p>a &lt; b &amp; c</p>",
                     "<p>1 < 2</p>"], .markup)
    }

    func testJSONCodeAndPlainEscapes() {
        XCTAssertEqual(kinds("{\"title\":\"G\\u1ecdi 0912345678\",\"url\":\"https:\\/\\/zalo.me\\/0987654321\"}", .json),
                       [.mobilePhone, .mobilePhone])
        XCTAssertEqual(kinds("{\"a\":\"Nguy\\u1ec5n V\\u0103n H\\u00f9ng\"}", .json), [.personName])
        XCTAssertEqual(kinds("{\"n\": 912345678, \"m\": 123}", .json), [])
        XCTAssertEqual(kinds("const tel = '\\x30912345678'", .code), [.mobilePhone])
        XCTAssertEqual(kinds("@import url(x.css); .a { margin: 0 } @media print {}", .code), [])
    }

    func testPositionsCountCharactersAcrossLinesAndScripts() {
        // 👍🏽 is one Character of two scalars; "ệ" typed as e + two combining marks is one.
        let text = "Tin nhắn\r\n\n👍🏽 Liên he\u{323}\u{302} 0912345678\nSN 1990"
        XCTAssertEqual(positions(text), [[3, 11], [4, 1]])
        XCTAssertEqual(kinds(text), [.mobilePhone, .birthDate])
        XCTAssertEqual(positions("a\rb 0912345678"), [[2, 3]])
    }

    func testFormatFromFileName() {
        XCTAssertEqual(TextFormat.of(fileName: "content/news/a.md"), .markdown)
        XCTAssertEqual(TextFormat.of(fileName: "public/index.html"), .markup)
        XCTAssertEqual(TextFormat.of(fileName: "favicon.svg"), .markup)
        XCTAssertEqual(TextFormat.of(fileName: "tin-tuc/atom.xml"), .markup)
        XCTAssertEqual(TextFormat.of(fileName: "tim-kiem/index.json"), .json)
        XCTAssertEqual(TextFormat.of(fileName: "style.css"), .code)
        XCTAssertEqual(TextFormat.of(fileName: "search.js"), .code)
        XCTAssertEqual(TextFormat.of(fileName: "robots.txt"), .plain)
    }
}
