import WardPrivacy
import XCTest

/// Shared helpers: what the scanner reports for a text, as kinds or as (kind, line, column).
protocol ScannerChecks {}

extension ScannerChecks {
    var plain: IdentifierScanner { Self.defaultScanner }

    static var defaultScanner: IdentifierScanner { SharedScanners.plain }

    func kinds(_ text: String, _ format: TextFormat = .plain, _ scanner: IdentifierScanner? = nil) -> [IdentifierKind] {
        (scanner ?? SharedScanners.plain).scan(text, format: format).map(\.kind)
    }

    func positions(_ text: String, _ format: TextFormat = .plain, _ scanner: IdentifierScanner? = nil) -> [[Int]] {
        (scanner ?? SharedScanners.plain).scan(text, format: format).map { [$0.line, $0.column] }
    }

    /// Each text must produce exactly one finding of `kind`.
    func assertEach(_ texts: [String], are kind: IdentifierKind, _ format: TextFormat = .plain,
                    _ scanner: IdentifierScanner? = nil, file: StaticString = #filePath, line: UInt = #line) {
        for t in texts {
            XCTAssertEqual(kinds(t, format, scanner), [kind], t, file: file, line: line)
        }
    }

    func assertClean(_ texts: [String], _ format: TextFormat = .plain, _ scanner: IdentifierScanner? = nil,
                     file: StaticString = #filePath, line: UInt = #line) {
        for t in texts {
            let found = (scanner ?? SharedScanners.plain).scan(t, format: format)
            XCTAssertEqual(found.map(\.kind), [], "\(t) → \(found.map(\.masked))", file: file, line: line)
        }
    }
}

enum SharedScanners {
    static let plain = IdentifierScanner()
    /// A ward as settings and units.csv describe it.
    static let ward = IdentifierScanner(allowlist: PublicAllowlist(
        phones: ["113", "0234 3822 123", "+84 234 3823 456"],
        names: ["Trần Văn Minh", "Lê Thị Hồng", "Nguyễn Thị Thúy", "Phạm Văn Hòa", "Đỗ Thị Quỳ"],
        emails: ["ubnd.songmay@hue.gov.vn"],
        places: ["La Chũ Thượng", "La Chũ Đông", "Phạm Ngũ Lão", "Lê Đại Hành", "Tổ dân phố Giáp Dương", "Dương Sơn"],
        officeAddresses: ["Số 12 đường Lê Lợi, phường Sông Mây"],
        profiles: ["https://www.facebook.com/songmay2026", "@songmaytv"]
    ))
}
