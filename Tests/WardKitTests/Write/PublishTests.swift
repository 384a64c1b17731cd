import Foundation
import Glibc
import XCTest
@testable import WardKit

/// `wardkit publish` into a web root that a real web server (nginx) is serving while a client
/// polls it: no request fails during 20 publishes and a rollback.
final class PublishTests: XCTestCase {
    func testPublishingUnderARealWebServerNeverFailsARequest() throws {
        let nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let nginx else {
            // The test command installs nginx; only an outside run without it gets here.
            if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail("nginx is missing: scripts/test installs it") }
            throw XCTSkip("nginx is not installed (scripts/test installs it)")
        }
        let site = try makeSite()
        let work = site.appendingPathComponent("nginx")
        let webroot = site.appendingPathComponent("www/khong-ma-tuy")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        chmod(site.path, 0o755)
        let r0 = try runWardkit(["publish", site.path, "--to", webroot.path, "--date", "2026-11-25"], cwd: site)
        XCTAssertEqual(r0.status, 0, r0.stderr)
        let port = try freePort()
        let conf = """
            daemon off; worker_processes 1; pid \(work.path)/nginx.pid; error_log \(work.path)/error.log;
            user root;
            events { worker_connections 256; }
            http {
              access_log off;
              client_body_temp_path \(work.path)/body; proxy_temp_path \(work.path)/proxy; fastcgi_temp_path \(work.path)/fcgi;
              uwsgi_temp_path \(work.path)/uwsgi; scgi_temp_path \(work.path)/scgi;
              server { listen 127.0.0.1:\(port); root \(webroot.path); }
            }
            """
        try Data(conf.utf8).write(to: work.appendingPathComponent("nginx.conf"))
        let server = Process()
        server.executableURL = URL(fileURLWithPath: nginx)
        server.arguments = ["-p", work.path, "-c", work.appendingPathComponent("nginx.conf").path]
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        try waitUntil { (try? get(port: port, path: "/")) == 200 }

        let paths = ["/", "/tien-do/", "/tien-do/phu-o-1/", "/style.css", "/tin-tuc/", "/duong-day-nong/", "/sitemap.xml"]
        let done = Atomic(false), ok = Atomic(0), failed = Atomic(0)
        let client = Thread {
            while !done.value {
                for p in paths { if (try? get(port: port, path: p)) == 200 { ok.add(1) } else { failed.add(1) } }
            }
        }
        client.start()
        for i in 0..<20 {
            try write("---\ntitle: Bản tin \(i)\ndate: 2026-11-20\n---\nLần đăng \(i).\n", to: "content/news/2026-11-20-ban-tin.md", in: site)
            let r = try runWardkit(["publish", site.path, "--to", webroot.path, "--date", "2026-11-25"], cwd: site)
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        let rollback = try runWardkit(["publish", site.path, "--to", webroot.path, "--rollback"], cwd: site)
        XCTAssertEqual(rollback.status, 0, rollback.stderr)
        done.set(true)
        while !client.isFinished { usleep(1000) }
        print("publish: nginx served \(ok.value) requests during 20 publishes and a rollback, \(failed.value) failed")
        XCTAssertGreaterThan(ok.value, 100)
        XCTAssertEqual(failed.value, 0)
        XCTAssertTrue(try read("tin-tuc/2026-11-20-ban-tin/index.html", in: webroot).contains("Lần đăng 18."), "the rollback restored the 19th publish")
    }

    func testRollbackGoesBackOneVersionAtATime() throws {
        let site = try makeSite()
        let webroot = site.appendingPathComponent("www/kmt")
        for i in 0..<3 {
            try write("---\ntitle: Bản tin\ndate: 2026-11-20\n---\nBản \(i).\n", to: "content/news/2026-11-20-ban-tin.md", in: site)
            XCTAssertEqual(try runWardkit(["publish", site.path, "--to", webroot.path, "--date", "2026-11-25"], cwd: site).status, 0)
        }
        let page = "tin-tuc/2026-11-20-ban-tin/index.html"
        XCTAssertTrue(try read(page, in: webroot).contains("Bản 2."))
        XCTAssertEqual(try runWardkit(["publish", site.path, "--to", webroot.path, "--rollback"], cwd: site).status, 0)
        XCTAssertTrue(try read(page, in: webroot).contains("Bản 1."))
        XCTAssertEqual(try runWardkit(["publish", site.path, "--to", webroot.path, "--rollback"], cwd: site).status, 0)
        XCTAssertTrue(try read(page, in: webroot).contains("Bản 0."))
        let none = try runWardkit(["publish", site.path, "--to", webroot.path, "--rollback"], cwd: site)
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("không có bản trước nào"), none.stderr)
        XCTAssertTrue(try read(page, in: webroot).contains("Bản 0."), "a refused rollback changes nothing")
    }

    func testPublishingRefusesAPlaceholderAddress() throws {
        let site = try makeSite()
        let r = try runWardkit(["publish", site.path, "--to", site.appendingPathComponent("www").path, "--base-url", "https://phuong.example.invalid/"], cwd: site)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("chỉ là địa chỉ mẫu"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("www").path))
    }

    func testAZipForPortalsHoldsTheWholeSiteAndReadsInAnotherTool() throws {
        let site = try makeSite()
        let zip = site.appendingPathComponent("trang.zip").path
        let r = try runWardkit(["publish", site.path, "--zip", zip, "--date", "2026-11-25"], cwd: site)
        XCTAssertEqual(r.status, 0, r.stderr)
        _ = try build(site, output: site.appendingPathComponent("expected"))
        let expected = snapshot(site.appendingPathComponent("expected"))
        let listing = try python("import zipfile,sys,hashlib\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nfor n in sorted(z.namelist()): print(n, hashlib.sha256(z.read(n)).hexdigest())", zip)
        let lines = listing.split(separator: "\n")
        XCTAssertEqual(lines.count, expected.count)
        XCTAssertTrue(lines.contains { $0.hasPrefix("tien-do/phu-o-1/index.html ") })
    }

    func testZip64PastSixtyFiveThousandEntries() throws {
        let zip = FileManager.default.temporaryDirectory.appendingPathComponent("zip64-\(UUID().uuidString).zip").path
        var writer = try ZipWriter(path: zip)
        for i in 0..<70_000 { try writer.add("d\(i / 1000)/t\(i).txt", Data("tệp \(i)\n".utf8)) }
        try writer.finish()
        let out = try python("import zipfile,sys\nz=zipfile.ZipFile(sys.argv[1])\nprint(len(z.namelist()), z.read('d69/t69999.txt').decode())", zip)
        XCTAssertEqual(out, "70000 tệp 69999\n\n")
    }

    private func python(_ code: String, _ arg: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", code, arg]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let d = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        return String(decoding: d, as: UTF8.self)
    }
}

/// One HTTP/1.0 GET on a fresh connection; returns the status code.
func get(port: Int, path: String) throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(.EMFILE) }
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_port = in_port_t(UInt16(port).bigEndian)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    let c = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    guard c == 0 else { throw POSIXError(.ECONNREFUSED) }
    let request = "GET \(path) HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"
    _ = request.withCString { send(fd, $0, strlen($0), 0) }
    var response = [UInt8]()
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = recv(fd, &buf, buf.count, 0)
        if n <= 0 { break }
        response += buf[0..<n]
    }
    let head = String(decoding: response.prefix(32), as: UTF8.self)
    let parts = head.split(separator: " ")
    guard parts.count > 1, let status = Int(parts[1]) else { throw POSIXError(.EPROTO) }
    return status
}

func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
    return Int(UInt16(bigEndian: addr.sin_port))
}

/// Polls a condition instead of sleeping a fixed time; fails after ten seconds.
func waitUntil(_ condition: () -> Bool, file: StaticString = #filePath, line: UInt = #line) throws {
    let deadline = Date().addingTimeInterval(10)
    while !condition() {
        if Date() > deadline { XCTFail("condition not met within 10 s", file: file, line: line); return }
        usleep(20_000)
    }
}
