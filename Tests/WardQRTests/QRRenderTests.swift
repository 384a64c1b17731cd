import XCTest
@testable import WardQR

final class QRRenderTests: XCTestCase {
    /// An attribute of the root `<svg>` element, or of the whole document with `anywhere`.
    private func attribute(_ name: String, in svg: String, anywhere: Bool = false) -> String? {
        let scope = anywhere ? Substring(svg) : svg.prefix { $0 != ">" }
        guard let start = scope.range(of: " \(name)=\"") else { return nil }
        let rest = scope[start.upperBound...]
        return String(rest[..<rest.firstIndex(of: "\"")!])
    }

    /// Replays the path's M/m/h/v/z commands and fills each closed rectangle, so the test sees
    /// what a renderer would paint rather than trusting the string's shape.
    private func paintedModules(_ d: String, side: Int) throws -> [Bool] {
        var grid = [Bool](repeating: false, count: side * side)
        let scanner = Scanner(string: d)
        var start = (x: 0, y: 0), pen = (x: 0, y: 0), width = 0
        while !scanner.isAtEnd {
            let command = try XCTUnwrap(scanner.scanCharacter())
            switch command {
            case "M", "m":
                let dx = try XCTUnwrap(scanner.scanInt()), dy = try XCTUnwrap(scanner.scanInt())
                start = command == "M" ? (dx, dy) : (start.x + dx, start.y + dy)
                pen = start
            case "h":
                let n = try XCTUnwrap(scanner.scanInt())
                if n > 0 { width = n }
                pen.x += n
            case "v":
                XCTAssertEqual(try XCTUnwrap(scanner.scanInt()), 1)
                pen.y += 1
            case "z":
                // h n v1 h-n leaves the pen one row below the start: a one-module-high rectangle.
                XCTAssertTrue(pen == (start.x, start.y + 1), "each run is a closed 1-high rectangle")
                for x in start.x..<(start.x + width) {
                    XCTAssertFalse(grid[start.y * side + x], "runs must not overlap")
                    grid[start.y * side + x] = true
                }
                pen = start
            default:
                XCTFail("unexpected path command \(command)")
            }
        }
        return grid
    }

    func testSVGStructure() throws {
        let code = try QRCode(text: "https://ubnd.example.vn/")
        let svg = code.svg()
        let side = code.size + 8
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertTrue(svg.hasSuffix("</svg>"))
        XCTAssertEqual(attribute("viewBox", in: svg), "0 0 \(side) \(side)")
        XCTAssertEqual(attribute("shape-rendering", in: svg), "crispEdges")
        XCTAssertEqual(attribute("role", in: svg), "img")
        XCTAssertEqual(attribute("stroke", in: svg), "none")
        XCTAssertNil(attribute("width", in: svg))
        XCTAssertNil(attribute("height", in: svg))
        XCTAssertTrue(svg.contains("<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"))
        XCTAssertEqual(svg.components(separatedBy: "<path").count, 2, "exactly one path")
        XCTAssertFalse(svg.contains("<title"))
        XCTAssertFalse(svg.contains("href"), "no external references")
        XCTAssertEqual(svg.components(separatedBy: "http").count, 2, "only the namespace URI")
    }

    func testSVGSizeAndEscapedTitle() throws {
        let code = try QRCode(text: "https://ubnd.example.vn/")
        let svg = code.svg(title: "Tiến độ <phường> & \"xã\"", sizeCSS: "30mm")
        XCTAssertEqual(attribute("width", in: svg), "30mm")
        XCTAssertEqual(attribute("height", in: svg), "30mm")
        XCTAssertTrue(svg.contains("<title>Tiến độ &lt;phường&gt; &amp; &quot;xã&quot;</title>"), svg)
        XCTAssertEqual(attribute("width", in: code.svg(sizeCSS: "\"><script>")), "&quot;&gt;&lt;script&gt;")
    }

    func testSVGPathPaintsExactlyTheDarkModules() throws {
        for text in ["a", "https://ubnd.example.vn/khong-ma-tuy/tien-do/phu-o-1/?q=Phụ Ổ",
                     String(repeating: "https://x.vn/", count: 20)] {
            let code = try QRCode(text: text, correction: .high)
            let side = code.size + 8
            let svg = code.svg()
            let d = try XCTUnwrap(attribute("d", in: svg, anywhere: true))
            let painted = try paintedModules(d, side: side)
            for y in 0..<side {
                for x in 0..<side {
                    XCTAssertEqual(painted[y * side + x], code.isDark(x: x - 4, y: y - 4), "(\(x),\(y))")
                }
            }
            // One rectangle per horizontal run keeps the file small: about a dozen bytes a run.
            let runs = d.filter { $0 == "z" }.count
            XCTAssertLessThan(d.utf8.count, runs * 16)
        }
    }

    func testPGMLayout() throws {
        let code = try QRCode(text: "a")
        let pgm = code.pgm(scale: 3)
        let side = (code.size + 8) * 3
        let header = Data("P5\n\(side) \(side)\n255\n".utf8)
        XCTAssertEqual(pgm.prefix(header.count), header)
        XCTAssertEqual(pgm.count, header.count + side * side)
        let pixels = Array(pgm.dropFirst(header.count))
        func pixel(_ x: Int, _ y: Int) -> UInt8 { pixels[y * side + x] }
        XCTAssertEqual(pixel(0, 0), 255, "quiet zone")
        XCTAssertEqual(pixel(11, 11), 255, "quiet zone is four modules wide")
        XCTAssertEqual(pixel(12, 12), 0, "finder corner")
        XCTAssertEqual(pixel(12 + 3, 12 + 3), 255, "finder's light ring")
        for y in 0..<side {
            for x in 0..<side {
                let dark = code.isDark(x: x / 3 - 4, y: y / 3 - 4)
                XCTAssertEqual(pixel(x, y), dark ? 0 : 255)
            }
        }
    }
}
