import Foundation
import XCTest
@testable import WardKit

/// Issue 14.6: no dead QR codes. A placeholder address and init's unfilled police line are
/// warnings for build and check, and refusals for print --pdf and publish.
final class PublicReadinessTests: XCTestCase {
    private func placeholderSite() throws -> URL {
        let site = try makeSite()
        let settings = try read("content/settings.txt", in: site)
            .replacingOccurrences(of: "base_url: https://ubnd.example.vn/khong-ma-tuy/", with: "base_url: https://example.invalid/")
        try write(settings, to: "content/settings.txt", in: site)
        return site
    }

    func testBuildAndCheckWarnAtTheBaseURLLine() throws {
        let site = try placeholderSite()
        let report = try build(site)
        let warning = try XCTUnwrap(report.warnings.first { $0.position?.file == "content/settings.txt" })
        XCTAssertEqual(warning.kind, .warning)
        XCTAssertEqual(warning.position?.line, 6)
        for command in ["build", "check"] {
            let r = try runWardkit([command, site.path, "--date", "2026-11-25"], cwd: site, env: ["LANG": "vi_VN.UTF-8"])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stderr.contains("content/settings.txt:6:11: cảnh báo: địa chỉ trang «https://example.invalid/» chỉ là địa chỉ mẫu"), r.stderr)
            XCTAssertTrue(r.stderr.contains("«wardkit print --pdf» và «wardkit publish» từ chối chạy"), r.stderr)
        }
        // A real address says nothing.
        XCTAssertFalse(try build(try makeSite()).warnings.contains { $0.position?.file == "content/settings.txt" })
    }

    func testPrintPDFRefusesAPlaceholderBeforeAnyBrowserRuns() throws {
        let site = try placeholderSite()
        let out = site.appendingPathComponent("out")
        // WARDKIT_CHROMIUM points nowhere: had the build gone on to the export, the error would
        // be «no Chromium found»; the refusal comes first, before anything is written.
        let env = ["LANG": "vi_VN.UTF-8", "WARDKIT_CHROMIUM": "/nonexistent/chromium"]
        let r = try runWardkit(["print", site.path, "--pdf", "--output", out.path, "--date", "2026-11-25"], cwd: site, env: env)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("content/settings.txt:6:11: lỗi: địa chỉ trang «https://example.invalid/» chỉ là địa chỉ mẫu"), r.stderr)
        XCTAssertFalse(r.stderr.contains("Chromium"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "nothing is written")
        // A placeholder given on the command line is named as such.
        let cli = try runWardkit(["print", try makeSite().path, "--pdf", "--output", out.path, "--date", "2026-11-25",
                                  "--base-url", "https://ward.example.com/", "--lang", "en"], cwd: site, env: env)
        XCTAssertEqual(cli.status, 1)
        XCTAssertTrue(cli.stderr.contains("error: --base-url: the site address «https://ward.example.com/» is a placeholder"), cli.stderr)
        // A plain print (HTML only) is a preview: it warns and builds.
        let preview = try runWardkit(["print", site.path, "--output", out.path, "--date", "2026-11-25"], cwd: site)
        XCTAssertEqual(preview.status, 0, preview.stderr)
    }

    func testInitTakesTheAddressAndSaysItMustBeSet() throws {
        let tmp = FileManager.default.temporaryDirectory
        let without = tmp.appendingPathComponent("init-\(UUID().uuidString)")
        let r = try runWardkit(["init", without.path, "--name", "Phường Hòa Bình"], cwd: tmp, env: ["LANG": "vi_VN.UTF-8"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Cần làm trước khi in hoặc đăng trang: ghi địa chỉ thật của trang vào dòng base_url"), r.stdout)
        XCTAssertTrue(try read("content/settings.txt", in: without).contains("base_url: https://example.invalid/"))

        let with = tmp.appendingPathComponent("init-\(UUID().uuidString)")
        let w = try runWardkit(["init", with.path, "--name", "Phường Hòa Bình", "--base-url", "https://hoabinh.gov.vn/khong-ma-tuy/", "--lang", "en"], cwd: tmp)
        XCTAssertEqual(w.status, 0, w.stderr)
        XCTAssertFalse(w.stdout.contains("base_url"), w.stdout)
        XCTAssertTrue(w.stdout.contains("Fill in the duty number of «Công an phường Hòa Bình»"), w.stdout)
        XCTAssertTrue(try read("content/settings.txt", in: with).contains("base_url: https://hoabinh.gov.vn/khong-ma-tuy/"))

        let bad = try runWardkit(["init", tmp.appendingPathComponent("init-\(UUID().uuidString)").path, "--name", "X", "--base-url", "javascript:alert(1)"], cwd: tmp)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--base-url"), bad.stderr)
    }

    func testTheWardPoliceLineIsABlankWarnedAboutNeverPublished() throws {
        let tmp = FileManager.default.temporaryDirectory
        let site = tmp.appendingPathComponent("init-\(UUID().uuidString)")
        XCTAssertEqual(try runWardkit(["init", site.path, "--name", "Xã Bãi Trành", "--base-url", "https://baitranh.gov.vn/"], cwd: tmp).status, 0)
        let csv = try read("content/hotlines.csv", in: site)
        XCTAssertTrue(csv.contains("Công an xã Bãi Trành,0xxx xxx xxx,24/7,Gọi,phường"), csv)

        // build: a warning at the cell, and the line is on no page (the privacy guard passes).
        let b = try runWardkit(["build", site.path, "--date", "2026-11-25"], cwd: site, env: ["LANG": "vi_VN.UTF-8"])
        XCTAssertEqual(b.status, 0, b.stderr)
        XCTAssertTrue(b.stderr.contains("content/hotlines.csv:4:22: cảnh báo: số của đường dây «Công an xã Bãi Trành» còn là số mẫu «0xxx xxx xxx»"), b.stderr)
        for (path, _) in snapshot(site.appendingPathComponent("public")) where path.hasSuffix(".html") {
            let html = try read("public/" + path, in: site)
            XCTAssertFalse(html.contains("xxx"), path)
            XCTAssertFalse(html.contains("Công an xã Bãi Trành"), path)
        }
        XCTAssertTrue(try read("public/duong-day-nong/index.html", in: site).contains("tel:113"))

        // print --pdf and publish refuse, naming the cell.
        let p = try runWardkit(["print", site.path, "--pdf", "--date", "2026-11-25", "--output", tmp.appendingPathComponent("o-\(UUID().uuidString)").path],
                               cwd: site, env: ["LANG": "vi_VN.UTF-8", "WARDKIT_CHROMIUM": "/nonexistent"])
        XCTAssertEqual(p.status, 1)
        XCTAssertTrue(p.stderr.contains("content/hotlines.csv:4:22: lỗi: số của đường dây «Công an xã Bãi Trành»"), p.stderr)
        let web = tmp.appendingPathComponent("web-\(UUID().uuidString)")
        let pub = try runWardkit(["publish", site.path, "--to", web.path, "--date", "2026-11-25"], cwd: site, env: ["LANG": "vi_VN.UTF-8"])
        XCTAssertEqual(pub.status, 1)
        XCTAssertTrue(pub.stderr.contains("content/hotlines.csv:4:22: lỗi:"), pub.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: web.path))

        // Filled in, it is published like any line.
        try write(csv.replacingOccurrences(of: "0xxx xxx xxx", with: "0235 3881 113"), to: "content/hotlines.csv", in: site)
        let report = try build(site, output: site.appendingPathComponent("public"))
        XCTAssertFalse(report.warnings.contains { $0.position?.file == "content/hotlines.csv" })
        XCTAssertTrue(try read("public/duong-day-nong/index.html", in: site).contains("Công an xã Bãi Trành"))
    }

    func testBlanksAreToldFromRealNumbers() {
        for blank in ["0xxx xxx xxx", "xxx.xxx.xxx", "0236 xxx xxx", "(0xx) xxxx xxxx", "0XXX XXX XXX"] {
            XCTAssertTrue(TablesLoader.isBlankToFill(blank), blank)
        }
        for real in ["113", "0234 3822 123", "1900 1234 máy lẻ 12", "024.3827.1234 ext 5", "0912-345-678", "x"] {
            XCTAssertFalse(TablesLoader.isBlankToFill(real), real)
        }
    }
}
