import XCTest
import WardQR

/// End-to-end: symbols are decoded by an independent reader (ZBar) and must give back the exact
/// UTF-8 bytes, across versions 1–40, all four EC levels, and Vietnamese paths.
final class QRZbarTests: XCTestCase {
    private func zbarimg() throws -> URL {
        // A missing decoder fails the test loudly: skipping would hide that nothing was checked.
        guard let tool = ExternalTools.find("zbarimg") else {
            throw ExternalTools.Missing(description: "zbarimg not found: install it with `apt-get install zbar-tools` "
                                        + "(the project's test script installs it; CI has it)")
        }
        return tool
    }

    /// `-Sbinary` stops ZBar from guessing a charset, so stdout is exactly the encoded bytes.
    private func decode(_ image: URL, with zbar: URL) throws -> Data {
        try ExternalTools.run(zbar, ["--raw", "-q", "--nodbus", "-Sbinary", image.path]).stdout
    }

    private static let bases = [
        "https://ubnd.example.vn/khong-ma-tuy/tien-do/phu-o-1/?q=Phụ Ổ",
        "https://xa-an-binh.example.vn/tin-tuc/",
        "https://phuong-ben-nghe.example.vn/tuyên-truyền/phòng-chống-ma-túy/",
        "https://ubnd.example.vn/khong-ma-tuy/",
        "https://huyện-đảo.example.vn/bản-tin?số=12&năm=2025",
        "https://a.vn/",
    ]

    /// A URL of exactly `byteCount` UTF-8 bytes: a real-looking base (Vietnamese where it fits)
    /// padded with varied ASCII path characters, or a truncated ASCII URL when too short.
    private static func url(byteCount: Int, variant: Int) -> String {
        let filler = Array("abcdefghijklmnopqrstuvwxyz0123456789-_/.~%=&ABCXYZ")
        func fill(_ count: Int) -> String {
            String((0..<max(0, count)).map { filler[($0 * 7 + variant * 13) % filler.count] })
        }
        let base = bases[variant % bases.count]
        if base.utf8.count <= byteCount { return base + fill(byteCount - base.utf8.count) }
        return String(("https://a.vn/" + fill(byteCount)).prefix(byteCount))
    }

    private struct Case {
        let text: String
        let correction: QRErrorCorrection
        let version: Int?
    }

    private static func cases() -> [Case] {
        var cases: [Case] = []
        let levels: [(QRErrorCorrection, [Int])] = [
            // Byte capacities at the top of each version (ISO 18004 Table 7), so every symbol is
            // completely full: M for all 40 versions, the other levels for a spread of them.
            (.medium, [14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450,
                       504, 560, 624, 666, 711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370,
                       1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331]),
            (.low, [17, 32, 53, 78, 106, 134, 154, 192, 230, 271]),
            (.quartile, [11, 20, 32, 46, 60, 74, 86, 108, 130, 151]),
            (.high, [7, 14, 24, 34, 44, 58, 64, 84, 98, 119]),
        ]
        for (level, capacities) in levels {
            for (index, bytes) in capacities.enumerated() {
                cases.append(Case(text: url(byteCount: bytes, variant: index), correction: level, version: index + 1))
            }
        }
        let vietnamese = [
            "https://ubnd.example.vn/khong-ma-tuy/tien-do/phu-o-1/?q=Phụ Ổ",
            "https://ubnd.example.vn/Phường Bến Nghé/",
            "https://xã-đông-hòa.example.vn/tiến-độ/2025?đợt=3",
            "https://ubnd.example.vn/khong-ma-tuy/tien-do/phu-o-1/?q=Phu\u{0323} O\u{0302}\u{0309}",  // NFD
            "https://ubnd.example.vn/tài-liệu/biểu-mẫu/mẫu-01-đăng-ký-cai-nghiện-tự-nguyện.pdf",
            "Ủy ban nhân dân phường — điện thoại đường dây nóng: 0123 456 789",
        ]
        for (index, text) in vietnamese.enumerated() {
            let level = QRErrorCorrection.allCases[index % 4]
            cases.append(Case(text: text, correction: level, version: nil))
        }
        return cases
    }

    func testZbarDecodesExactBytes() throws {
        let zbar = try zbarimg()
        let dir = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }

        let cases = Self.cases()
        var decoded = 0, versions = Set<Int>(), failures: [String] = []
        for (index, test) in cases.enumerated() {
            let code = try QRCode(text: test.text, correction: test.correction)
            if let expected = test.version {
                XCTAssertEqual(code.version, expected, "\(test.text.utf8.count) bytes at \(test.correction)")
            }
            let file = dir.appendingPathComponent("\(index).pgm")
            try code.pgm(scale: 4).write(to: file)
            let output = try decode(file, with: zbar)
            if output == Data(test.text.utf8) {
                decoded += 1
                versions.insert(code.version)
            } else {
                failures.append("\(code.version)-\(test.correction) mask \(code.mask) \(test.text.utf8.count) bytes: "
                                + "got \(String(decoding: output, as: UTF8.self).debugDescription)")
            }
        }
        print("QR zbar: \(decoded)/\(cases.count) decoded exactly (versions \(versions.min() ?? 0)–\(versions.max() ?? 0))")
        XCTAssertGreaterThanOrEqual(cases.count, 40)
        XCTAssertEqual(versions.count, 40, "every version 1–40 decoded")
        XCTAssertTrue(failures.isEmpty, failures.joined(separator: "\n"))
    }

    /// The SVG is what gets printed, so it must decode too once rasterised. librsvg follows the
    /// SVG spec closely; Chromium, the other renderer staff meet, rasterises the same markup in
    /// the print suite (every printed page's QR is decoded by zbar there).
    func testSVGRasterisesToTheSameDecode() throws {
        let zbar = try zbarimg()
        // Only a tool that says it is librsvg's: a stand-in of the same name (this project's
        // machines have had a fake `convert` that only copies PNGs) would prove nothing.
        guard let rsvg = ExternalTools.find("rsvg-convert") else {
            throw ExternalTools.Missing(description: "rsvg-convert not found: install it with `apt-get install librsvg2-bin` "
                                        + "(the project's test script installs it; CI has it)")
        }
        let version = try ExternalTools.run(rsvg, ["--version"])
        let banner = String(decoding: version.stdout, as: UTF8.self) + version.stderr
        guard version.status == 0, banner.hasPrefix("rsvg-convert version ") else {
            throw ExternalTools.Missing(description: "\(rsvg.path) is not librsvg's rsvg-convert (it printed "
                                        + "\(banner.prefix(120).debugDescription)): install librsvg2-bin")
        }
        let dir = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }

        let samples: [(String, QRErrorCorrection, String?)] = [
            ("https://a.vn/", .medium, nil),
            ("https://ubnd.example.vn/khong-ma-tuy/tien-do/phu-o-1/?q=Phụ Ổ", .medium, "40mm"),
            ("https://ubnd.example.vn/tài-liệu/biểu-mẫu/" + String(repeating: "mau-so-01/", count: 15), .high, nil),
            (Self.url(byteCount: 400, variant: 2), .quartile, nil),
        ]
        var decoded = 0
        for (index, (text, level, sizeCSS)) in samples.enumerated() {
            let code = try QRCode(text: text, correction: level)
            let svgFile = dir.appendingPathComponent("\(index).svg")
            let pngFile = dir.appendingPathComponent("\(index).png")
            try Data(code.svg(title: "Mã QR \(index)", sizeCSS: sizeCSS).utf8).write(to: svgFile)
            // Without a CSS size the viewBox would render at one pixel per module.
            let width = sizeCSS == nil ? ["-w", "\((code.size + 8) * 4)"] : []
            let result = try ExternalTools.run(rsvg, width + ["-o", pngFile.path, svgFile.path])
            XCTAssertEqual(result.status, 0, "rsvg-convert: \(result.stderr)")
            let output = try decode(pngFile, with: zbar)
            XCTAssertEqual(String(decoding: output, as: UTF8.self), text, "SVG sample \(index), version \(code.version)")
            if output == Data(text.utf8) { decoded += 1 }
        }
        print("QR zbar (SVG via \(banner.trimmingCharacters(in: .whitespacesAndNewlines))): "
              + "\(decoded)/\(samples.count) decoded exactly")
        XCTAssertEqual(decoded, samples.count)
    }
}
