import Foundation
import XCTest
import WardServer

/// A temporary site folder (`public/`) next to a secret file that must never be served, plus a
/// running server over it. Everything is removed in `tearDown`.
final class SiteFixture {
    static let secret = "TOP-SECRET-OUTSIDE-ROOT"
    static let bigFileSize = 300 * 1024 + 17

    let folder: URL
    let root: URL
    let running: RunningServer
    var port: Int { running.port }

    init(basePath: String = "/", withNotFoundPage: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("wardserver-\(UUID().uuidString)")
        root = folder.appendingPathComponent("public")
        try SiteFixture.write(Self.secret, to: folder.appendingPathComponent("secret.txt"))
        try SiteFixture.write("<h1>Trang chủ</h1>", to: root.appendingPathComponent("index.html"))
        if withNotFoundPage {
            try SiteFixture.write("<h1>Trang riêng 404: không có trang này</h1>", to: root.appendingPathComponent("404.html"))
        }
        try SiteFixture.write("<h1>Phường 1</h1>", to: root.appendingPathComponent("tiến-độ/phường-1/index.html"))
        try SiteFixture.write("body { color: #123; }", to: root.appendingPathComponent("css/site.css"))
        try SiteFixture.write("", to: root.appendingPathComponent("empty-folder/.keep"))
        let big = Data((0..<Self.bigFileSize).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) })
        try big.write(to: root.appendingPathComponent("big.bin"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("link-out.txt"),
                                                   withDestinationURL: folder.appendingPathComponent("secret.txt"))
        do {
            running = try PreviewServer(root: root, port: 0, basePath: basePath).start()
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func file(_ relative: String, _ text: String) throws {
        try SiteFixture.write(text, to: root.appendingPathComponent(relative))
    }

    func get(_ target: String, method: String = "GET") throws -> RawResponse {
        try RawHTTP.get(target, port: port, method: method)
    }

    func tearDown() {
        running.stop()
        running.wait()
        try? FileManager.default.removeItem(at: folder)
    }
}
