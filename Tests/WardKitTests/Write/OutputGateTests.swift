import Foundation
import XCTest
@testable import WardKit

final class OutputGateTests: XCTestCase {
    /// A theme file of any type carrying a name and a phone never reaches public/: readable
    /// types are audited, images must be images, anything else is refused by name.
    func testAPlantedThemeStaticFileOfAnyTypeFailsTheBuildNamingIt() throws {
        let leak = "Danh sách: Nguyễn Văn Hùng, 0912 345 678\n"
        let extensions = ["html", "htm", "txt", "css", "js", "json", "xml", "svg", "csv", "md", "pdf", "docx", "xlsx",
                          "woff2", "ttf", "bin", "php", "png", "jpg", "gif", "webp", "ico", ""]
        let base = try makeSite()
        _ = try build(base)
        let before = snapshot(base.appendingPathComponent("public"))
        for ext in extensions {
            let site = FileManager.default.temporaryDirectory.appendingPathComponent("gate-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: base, to: site)
            let name = ext.isEmpty ? "danh-sach" : "danh-sach.\(ext)"
            try write(leak, to: "theme/static/\(name)", in: site)
            let d = failingBuild(site)
            XCTAssertTrue(d.contains { $0.kind == .privacy && $0.position?.file == "theme/static/\(name)" }, "\(name): \(d.map { $0.formatted(.vi) })")
            XCTAssertEqual(snapshot(site.appendingPathComponent("public")), before, "\(name): the previous site is untouched")
        }
    }

    func testARealImageIsPublishedAndItsMetadataIsAudited() throws {
        let site = try makeSite()
        let clean = try XCTUnwrap(DefaultTheme.files["static/og-image.png"])
        try Data(clean).write(to: site.appendingPathComponent("theme/static/anh.png").creatingParent())
        _ = try build(site)
        XCTAssertEqual(FileManager.default.contents(atPath: site.appendingPathComponent("public/anh.png").path), clean)

        // The same picture with a PNG text chunk naming a person and a phone is refused.
        var tagged = Data(clean.prefix(33))                      // signature + IHDR
        tagged.append(Self.pngChunk("tEXt", Data("Author\u{0}Nguyen Van Hung 0912345678".utf8)))
        tagged.append(clean.dropFirst(33))
        try tagged.write(to: site.appendingPathComponent("theme/static/anh.png"))
        let d = failingBuild(site)
        XCTAssertTrue(d.contains { $0.position?.file == "theme/static/anh.png" && $0.vi.contains("siêu dữ liệu") }, "\(d.map(\.vi))")
    }

    func testGeneratedPathsAreAuditedToo() throws {
        let site = try makeSite()
        try write("---\ntitle: Tin tức tổ dân phố\ndate: 2026-11-20\n---\nNội dung.\n", to: "content/news/sdt-0912345678.md", in: site)
        let d = failingBuild(site)
        XCTAssertTrue(d.contains { $0.kind == .privacy && $0.vi.contains("đường dẫn") }, "\(d.map(\.vi))")
    }

    static func pngChunk(_ type: String, _ data: Data) -> Data {
        var out = Data()
        let n = UInt32(data.count)
        out.append(contentsOf: [UInt8(n >> 24), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)])
        let body = Data(type.utf8) + data
        out.append(body)
        let crc = crc32(body)
        out.append(contentsOf: [UInt8(crc >> 24), UInt8(crc >> 16 & 0xFF), UInt8(crc >> 8 & 0xFF), UInt8(crc & 0xFF)])
        return out
    }

    static func crc32(_ d: Data) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in d {
            c ^= UInt32(b)
            for _ in 0..<8 { c = (c >> 1) ^ (0xEDB8_8320 & (0 &- (c & 1))) }
        }
        return ~c
    }
}

extension URL {
    func creatingParent() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
