import Foundation
import XCTest
@testable import WardKit

/// The `wardkit` executable as staff run it: exit codes, other working directories, init.
final class CommandLineTests: XCTestCase {
    func testBuildsASiteWithOnlyContentFromAnotherDirectory() throws {
        let site = try makeSite(withTheme: false)
        let elsewhere = FileManager.default.temporaryDirectory
        let r = try runWardkit(["build", site.path, "--date", "2026-11-25"], cwd: elsewhere)
        XCTAssertEqual(r.status, 0, r.stderr)
        let html = try read("public/index.html", in: site)
        XCTAssertTrue(html.contains("Phường Sông Mây"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/style.css").path), "default theme is embedded")
    }

    func testExitCodes() throws {
        let cwd = FileManager.default.temporaryDirectory
        XCTAssertEqual(try runWardkit(["frobnicate"], cwd: cwd).status, 2)
        XCTAssertEqual(try runWardkit(["build", "--nope"], cwd: cwd).status, 2)
        XCTAssertEqual(try runWardkit(["build", "--date", "2026-02-30"], cwd: cwd).status, 2)
        let help = try runWardkit(["--help"], cwd: cwd)
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("wardkit <lệnh>") && help.stdout.contains("build"), help.stdout)
        XCTAssertTrue(try runWardkit(["build", "--help"], cwd: cwd).stdout.contains("--base-url"))
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        // A folder without content/ is not a site: the command is wrong, so a usage error.
        let r = try runWardkit(["build", empty.path], cwd: cwd)
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("lỗi: ") && r.stderr.contains("content/"), r.stderr)
    }

    func testContentErrorsExitOneAndPrintPositionsInVietnameseOrEnglish() throws {
        let site = try makeSite()
        try write("---\ntitle: x\nbogus: 1\n---\n", to: "content/pages/x.md", in: site)
        let vi = try runWardkit(["build", site.path, "--date", "2026-11-25"], cwd: site, env: ["LANG": "vi_VN.UTF-8"])
        XCTAssertEqual(vi.status, 1)
        XCTAssertTrue(vi.stderr.contains("content/pages/x.md:3:1: lỗi: khóa «bogus»"), vi.stderr)
        let en = try runWardkit(["build", site.path, "--date", "2026-11-25", "--lang", "en"], cwd: site)
        XCTAssertTrue(en.stderr.contains("content/pages/x.md:3:1: error: key «bogus»"), en.stderr)
        let envEn = try runWardkit(["build", site.path, "--date", "2026-11-25"], cwd: site, env: ["LANG": "en_US.UTF-8"])
        XCTAssertTrue(envEn.stderr.contains(": error: "), envEn.stderr)
    }

    func testInitCreatesASiteThatBuildsAndShowsItsName() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString)")
        let r = try runWardkit(["init", dir.path, "--name", "Phường Hòa Bình"], cwd: FileManager.default.temporaryDirectory)
        XCTAssertEqual(r.status, 0, r.stderr)
        let b = try runWardkit(["build", dir.path], cwd: dir)
        XCTAssertEqual(b.status, 0, b.stderr)
        XCTAssertTrue(try read("public/index.html", in: dir).contains("Phường Hòa Bình"))
        XCTAssertTrue(try read("public/duong-day-nong/index.html", in: dir).contains("tel:113"))
        XCTAssertTrue(try read("public/duong-day-nong/index.html", in: dir).contains("tel:111"))
        let again = try runWardkit(["init", dir.path, "--name", "X"], cwd: dir)
        XCTAssertEqual(again.status, 1, "existing content is never overwritten")
    }

    func testCheckWritesNothingAndPrintsThePrivacyReport() throws {
        let site = try makeSite()
        let r = try runWardkit(["check", site.path, "--date", "2026-11-25"], cwd: site)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Báo cáo riêng tư"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Số người bị khởi tố về tội phạm ma túy trong tháng — Phường Sông Mây, tháng 11/2026, thực hiện: 1 → «ẩn» (số nhỏ (1–4))"), "staff see what was hidden: \(r.stdout)")
        XCTAssertTrue(r.stdout.contains("(lũy kế từ đầu năm) — Phường Sông Mây, tháng 11/2026, thực hiện: 7 → «ẩn» (ẩn thêm để không suy ra được một số nhỏ)"),
                      "and why a cell that is not small is hidden: \(r.stdout)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("ban-ghi").path), "check records nothing")
    }

    func testCheckFailsOnAPlantedPhoneNumber() throws {
        let site = try makeSite()
        try write("---\ntitle: Tin\ndate: 2026-11-01\n---\nLiên hệ anh Tuấn qua số 0912 345 678 để biết thêm.\n", to: "content/news/sdt.md", in: site)
        let r = try runWardkit(["check", site.path, "--date", "2026-11-25"], cwd: site)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("content/news/sdt.md:5:"), r.stderr)
        XCTAssertTrue(r.stderr.contains("lỗi riêng tư"), r.stderr)
        XCTAssertFalse(r.stderr.contains("0912 345 678"), "the value is masked in the message")
    }
}
