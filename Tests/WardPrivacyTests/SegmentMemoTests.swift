import WardPrivacy
import XCTest

/// A scanner remembers the segments it found clean; what it reports must not depend on what it
/// scanned before. Each text is scanned by a scanner that has seen every other text first (in
/// both orders) and compared with a fresh scanner's findings.
final class SegmentMemoTests: XCTestCase {
    static let texts: [(String, TextFormat)] = [
        ("<nav><a href=\"/tien-do/\">Tiến độ</a> <a href=\"/tin-tuc/\">Tin tức</a></nav><p>Tổ 5 khu phố 2</p>", .markup),
        ("<nav><a href=\"/tien-do/\">Tiến độ</a> <a href=\"/tin-tuc/\">Tin tức</a></nav><p>Liên hệ 0912 345 678</p>", .markup),
        ("<p>sinh năm 1985</p>", .markup),
        ("<p>Ông Nguyễn Văn Hùng</p><p>sinh năm 1985</p>", .markup),
        ("<td>Nguyễn Văn Hùng</td><td>1985</td>", .markup),
        ("<td>Tổ trưởng</td><td>1985</td>", .markup),
        ("<p>Tiến độ</p><p>Tin tức</p><p>Tổ 5 khu phố 2</p>", .markup),
        ("<a href=\"/tin-tuc/nguyen-van-hung-so-45-ngo-8/\">Tin tức</a>", .markup),
        ("<a href=\"/tin-tuc/%6Eguyen-van-hung/\">Tin tức</a><a href=\"/tin-tuc/\">Tin tức</a>", .markup),
        ("<style>.a{color:red}</style><p>@media</p><script>var a = '@media';</script>", .markup),
        ("@media print { .a { color: red } }", .code),
        ("Tiến độ\nTin tức\nsinh năm 1985\nLiên hệ 0912 345 678", .plain),
        ("{\"title\":\"Tin tức\",\"body\":\"Nguyễn Văn Hùng sinh năm 1985\"}", .json),
    ]

    func testFindingsDoNotDependOnEarlierScans() {
        for order in [Self.texts, Self.texts.reversed()] {
            let warm = IdentifierScanner()
            for (text, format) in order { _ = warm.scan(text, format: format) }
            for (text, format) in order {
                XCTAssertEqual(warm.scan(text, format: format), IdentifierScanner().scan(text, format: format), text)
            }
        }
    }

    /// A text with findings stays found however often it is scanned: only clean segments are kept.
    func testRepeatedScansKeepTheirFindings() {
        let scanner = IdentifierScanner()
        let text = "<p>Liên hệ 0912 345 678</p><p>Tiến độ</p>"
        let first = scanner.scan(text, format: .markup)
        XCTAssertFalse(first.isEmpty)
        for _ in 0..<3 { XCTAssertEqual(scanner.scan(text, format: .markup), first) }
    }
}
