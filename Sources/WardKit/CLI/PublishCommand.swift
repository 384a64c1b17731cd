import Foundation
import WardLocale

extension CommandLineInterface {
    /// `wardkit publish [SITE] --to DIR`: builds the site straight into a web root, swapped in
    /// atomically with the previous versions kept beside it; `--rollback` returns to the one
    /// before; `--zip FILE` makes an archive for portals that take uploads.
    func publish(_ args: [String]) -> Int32 {
        guard let p = parse(args, flags: ["--rollback"], options: ["--to", "--zip", "--keep", "--base-url", "--date"]), p.positional.count <= 1,
              let date = buildDate(p) else { return 2 }
        let site = URL(fileURLWithPath: p.positional.first ?? ".").standardizedFileURL
        guard let keep = Int(p.options["--keep"] ?? "3"), (1...50).contains(keep) else {
            err(say("lỗi: --keep cần một số từ 1 đến 50", "error: --keep takes a number from 1 to 50")); return 2
        }
        let to = p.options["--to"].map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if p.flags.contains("--rollback") {
            guard let to else { err(say("lỗi: --rollback cần --to THƯ_MỤC", "error: --rollback needs --to DIR")); return 2 }
            do {
                let swap = try SiteSwap(destination: to, keep: keep)
                let lock = try BuildLock(beside: swap.resolved)
                _ = try swap.rollback()
                withExtendedLifetime(lock) {}
                print(say("Đã quay lại bản đăng trước trong \(to). Còn \(swap.keptVersions().count) bản trước nữa.",
                          "Restored the previous version in \(to). \(swap.keptVersions().count) earlier version(s) remain."))
                return 0
            } catch { report(error); return 1 }
        }
        guard (to == nil) != (p.options["--zip"] == nil) else {
            err(say("lỗi: cần đúng một trong --to THƯ_MỤC_WEB hoặc --zip TỆP.zip", "error: give exactly one of --to WEB_DIR or --zip FILE.zip")); return 2
        }
        if let base = p.options["--base-url"], let problem = BaseURL.problem(base) {
            err(say("lỗi: --base-url: \(problem.vi)", "error: --base-url: \(problem.en)")); return 2
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-publish-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = to.map { URL(fileURLWithPath: $0) } ?? scratch.appendingPathComponent("site")
        var options = BuildOptions(site: site, output: output, baseURL: p.options["--base-url"], buildDate: date)
        options.versionsKept = keep
        options.requiresPublicAddress = true
        let built: BuildReport
        do { built = try SiteBuilder.build(options) } catch { report(error); return 1 }
        if let zip = p.options["--zip"] {
            let path = URL(fileURLWithPath: zip).standardizedFileURL.path
            do { _ = try ZipWriter.archive(folder: output.path, to: path) } catch {
                err((error as? Diagnostic)?.formatted(language) ?? say("lỗi: không ghi được \(path)", "error: cannot write \(path)")); return 1
            }
            print(say("Đã nén \(built.files.count) tệp vào \(path) để tải lên cổng thông tin.",
                      "Archived \(built.files.count) files into \(path) for upload to the portal."))
            return 0
        }
        print(say("Đã đăng \(built.files.count) tệp lên \(output.path) (giữ \(keep) bản trước; quay lại: wardkit publish \(site.path) --to \(output.path) --rollback)",
                  "Published \(built.files.count) files to \(output.path) (\(keep) earlier versions kept; undo: wardkit publish \(site.path) --to \(output.path) --rollback)"))
        return 0
    }
}
