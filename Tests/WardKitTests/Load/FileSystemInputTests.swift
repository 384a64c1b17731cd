import Foundation
import Glibc
import XCTest
@testable import WardKit

/// Nothing the site folder holds is silently dropped: an unreadable file or folder is an error
/// naming it, and a link leading out of the site is refused by name.
final class FileSystemInputTests: XCTestCase {
    /// Runs `wardkit build` without root's power to override file permissions when the tests run
    /// as root (root reads everything, so a permission problem could not be shown otherwise).
    /// It stays uid 0 and drops the two capabilities instead of becoming `nobody`: a fresh
    /// chroot or a checkout under /root (0700) would keep `nobody` from reaching the binary.
    private func buildAsStaff(_ site: URL) throws -> RunResult {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let args = ["build", site.path, "--date", "2026-11-25", "--output", out.appendingPathComponent("public").path]
        guard getuid() == 0 else { return try runWardkit(args, cwd: site) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        let dropped = "-dac_override,-dac_read_search"
        p.arguments = ["--bounding-set", dropped, "--inh-caps", dropped, "--", wardkitBinary.path] + args
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return RunResult(status: p.terminationStatus, stdout: "", stderr: String(decoding: e, as: UTF8.self))
    }

    private func readableByAll(_ dir: URL) {
        let walker = FileManager.default.enumerator(atPath: dir.path)
        chmod(dir.path, 0o755)
        while let rel = walker?.nextObject() as? String { chmod(dir.appendingPathComponent(rel).path, 0o755) }
    }

    func testAnUnreadableNewsFolderIsAnErrorNamingIt() throws {
        let site = try makeSite()
        readableByAll(site)
        chmod(site.appendingPathComponent("content/news").path, 0o000)
        let r = try buildAsStaff(site)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("content/news") && r.stderr.contains("không đọc được thư mục"), r.stderr)
    }

    func testAnUnreadableThemeTemplateIsAnErrorNotTheDefault() throws {
        let site = try makeSite()
        try write("{{<base}}{{$main}}<h1>Riêng</h1>{{/main}}{{/base}}\n", to: "theme/templates/home.mustache", in: site)
        readableByAll(site)
        chmod(site.appendingPathComponent("theme/templates/home.mustache").path, 0o000)
        let r = try buildAsStaff(site)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("theme/templates/home.mustache"), r.stderr)
    }

    func testAnUnreadableSheetIsAnErrorNamingIt() throws {
        let site = try makeSite()
        readableByAll(site)
        chmod(site.appendingPathComponent("content/hotlines.csv").path, 0o000)
        let r = try buildAsStaff(site)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("content/hotlines.csv:1:1: lỗi: không đọc được tệp"), r.stderr)
    }

    func testLinksLeavingTheSiteAreRefusedByName() throws {
        let site = try makeSite()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).md")
        try Data("---\ntitle: Bí mật\n---\nNội dung ngoài trang.\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("content/pages/bi-mat.md").path, withDestinationPath: outside.path)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("theme/static"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("theme/static/passwd.txt").path, withDestinationPath: "/etc/passwd")
        let d = failingBuild(site)
        XCTAssertTrue(d.contains { $0.position?.file == "content/pages/bi-mat.md" && $0.vi.contains("liên kết trỏ ra ngoài") }, "\(d.map { $0.formatted(.vi) })")
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/pages/bi-mat.md"))
        let t = failingBuild(site)
        XCTAssertTrue(t.contains { $0.position?.file == "theme/static/passwd.txt" && $0.vi.contains("liên kết trỏ ra ngoài") }, "\(t.map { $0.formatted(.vi) })")
    }

    func testALinkInsideTheSiteIsFine() throws {
        let site = try makeSite()
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("content/pages/gioi-thieu-2.md").path,
                                                   withDestinationPath: site.appendingPathComponent("content/pages/gioi-thieu.md").path)
        XCTAssertNoThrow(try build(site))
    }

    func testATemplateThatIsNotUTF8IsAnErrorWithItsPosition() throws {
        let site = try makeSite()
        var bytes = Data("{{<base}}{{$main}}\n<h1>Ph".utf8)
        bytes.append(contentsOf: [0xC6, 0x28])      // a broken two-byte sequence
        bytes.append(Data("ờng</h1>{{/main}}{{/base}}\n".utf8))
        try bytes.write(to: site.appendingPathComponent("theme/templates/home.mustache").creatingParent())
        let d = failingBuild(site)
        XCTAssertEqual(d.first?.position, SourcePosition(file: "theme/templates/home.mustache", line: 2, column: 7), "\(d.map { $0.formatted(.vi) })")
        XCTAssertTrue(d.first?.vi.contains("UTF-8") == true)
    }

    func testAUnitTreeThatLoopsThroughTheSiteUnitIsAnErrorNotAHang() throws {
        let site = try makeSite()
        var units = try read("content/units.csv", in: site)
        // The ward's parent becomes one of its own groups.
        let lines = units.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let idCol = header.firstIndex(of: "id")!, parentCol = header.firstIndex(of: "parent")!
        var rows = lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let ward = rows.firstIndex { $0.count > parentCol && $0[parentCol].isEmpty && $0[idCol] != "id" }!
        let group = rows.firstIndex { $0.count > parentCol && $0[parentCol] == rows[ward][idCol] }!
        rows[ward][parentCol] = rows[group][idCol]
        units = rows.map { $0.joined(separator: ",") }.joined(separator: "\n")
        try write(units, to: "content/units.csv", in: site)
        let d = failingBuild(site)
        XCTAssertTrue(d.contains { $0.vi.contains("vòng lặp cấp trên") }, "\(d.map { $0.formatted(.vi) })")
    }

    func testBaseURLsThatAreNotPlainHTTPAreRefused() throws {
        let site = try makeSite()
        for bad in ["javascript://x/%0aalert(1)", "https://a.vn/\"onload=x", "ftp://a.vn/", "https:///khong-host", "https://a.vn/ x", "https://a.vn/?q=1"] {
            let r = try runWardkit(["build", site.path, "--base-url", bad], cwd: site)
            XCTAssertEqual(r.status, 2, bad)
            XCTAssertTrue(r.stderr.contains("--base-url"), r.stderr)
        }
        var settings = try read("content/settings.txt", in: site)
        settings = settings.split(separator: "\n").filter { !$0.hasPrefix("base_url") }.joined(separator: "\n") + "\nbase_url: javascript://ubnd.vn/\n"
        try write(settings, to: "content/settings.txt", in: site)
        let d = failingBuild(site)
        XCTAssertTrue(d.contains { $0.position?.file == "content/settings.txt" && $0.vi.contains("https://") }, "\(d.map { $0.formatted(.vi) })")
    }
}
