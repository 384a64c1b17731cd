import Foundation
import WardLocale
import WardPrivacy

extension CommandLineInterface {
    /// `build`, `check` (no write) and `print` (build, then PDFs) share one path.
    func build(_ args: [String], dryRun: Bool, pdf: Bool) -> Int32 {
        guard let p = parse(args, flags: ["--pdf", "--bundle"], options: ["--output", "--base-url", "--date"]), p.positional.count <= 1,
              let date = buildDate(p) else { return 2 }
        let site = URL(fileURLWithPath: p.positional.first ?? ".").standardizedFileURL
        if let base = p.options["--base-url"], let problem = BaseURL.problem(base) {
            err(say("lỗi: --base-url: \(problem.vi)", "error: --base-url: \(problem.en)"))
            return 2
        }
        if let problem = usageProblem(site: site, output: p.options["--output"]) { err(problem); return 2 }
        var options = BuildOptions(site: site, output: p.options["--output"].map { URL(fileURLWithPath: $0).standardizedFileURL },
                                   baseURL: p.options["--base-url"], buildDate: date, dryRun: dryRun)
        options.bundles = pdf && p.flags.contains("--bundle")
        // PDFs are what gets printed and pinned up: their QR codes must open a real address.
        options.pdfs = pdf
        options.requiresPublicAddress = pdf
        let report: BuildReport
        do { report = try SiteBuilder.build(options) } catch {
            self.report(error)
            return 1
        }
        // Warnings go where errors go, with positions, so staff find them the same way.
        // A province can have thousands; the first hundred show the pattern, the count says the rest.
        for w in report.warnings.prefix(100) { err(w.formatted(language)) }
        if report.warnings.count > 100 {
            err(say("… và \(report.warnings.count - 100) cảnh báo khác (xem bằng «wardkit check» sau khi sửa những cảnh báo trên)",
                    "… and \(report.warnings.count - 100) more warnings (run «wardkit check» again after fixing these)"))
        }
        if !report.warnings.isEmpty {
            err(say("\(report.warnings.count) cảnh báo (không phải lỗi; trang vẫn được dựng).", "\(report.warnings.count) warning(s) (not errors; the site was built)."))
        }
        if dryRun {
            print(PrivacyReport.text(report, language: language))
            if report.unitsOutside > 0 {
                print(say("Ghi chú: \(report.unitsOutside) đơn vị trong units.csv không thuộc đơn vị của trang nên không được đăng.",
                          "Note: \(report.unitsOutside) units in units.csv are outside the site's unit and are not published."))
            }
            let legacyTables = report.legacyDecodedFiles.filter { $0.hasSuffix(".csv") }
            let legacyTexts = report.legacyDecodedFiles.filter { !$0.hasSuffix(".csv") }
            if !legacyTables.isEmpty {
                let files = legacyTables.joined(separator: ", ")
                print(say("Ghi chú: đã đọc từ bảng mã Windows-1258 (CSV mặc định của Excel) và chuyển sang Unicode: \(files). Nên lưu lại dạng «CSV UTF-8 (Comma delimited)».",
                          "Note: decoded from Windows-1258 (Excel's default CSV) into Unicode: \(files). Saving as “CSV UTF-8 (Comma delimited)” is better."))
            }
            if !legacyTexts.isEmpty {
                let files = legacyTexts.joined(separator: ", ")
                print(say("Ghi chú: đã đọc từ bảng mã Windows-1258 («ANSI» của Notepad) và chuyển sang Unicode: \(files). Nên lưu lại với mã hóa UTF-8.",
                          "Note: decoded from Windows-1258 (Notepad's “ANSI”) into Unicode: \(files). Saving as UTF-8 is better."))
            }
            print(say("Kiểm tra xong: không có lỗi.", "Check passed: no problems found."))
            return 0
        }
        let bytes = report.files.values.reduce(0, +)
        print(say("Đã tạo \(report.files.count) tệp (\(report.pages) trang, \(Vietnamese.integer(bytes / 1024)) KB) trong \(report.output.path)",
                  "Wrote \(report.files.count) files (\(report.pages) pages, \(bytes / 1024) KB) to \(report.output.path)"))
        if report.filesReused > 0 {
            print(say("\(Vietnamese.integer(report.filesRendered)) tệp dựng mới, \(Vietnamese.integer(report.filesReused)) tệp không đổi lấy lại từ lần dựng trước.",
                      "\(report.filesRendered) files rendered, \(report.filesReused) unchanged files reused from the previous build."))
        }
        if pdf { return PDFExport.run(output: report.output, targets: report.printTargets, language: language) ? 0 : 1 }
        print(say("Mở: \(report.output.appendingPathComponent("index.html").path)  — hoặc xem thử: wardkit serve \(site.path)",
                  "Open: \(report.output.appendingPathComponent("index.html").path)  — or preview: wardkit serve \(site.path)"))
        return 0
    }
}

extension CommandLineInterface {
    /// A folder that is not a site, or an output path that is an existing file: the command is
    /// wrong, not the content, so these are usage errors (exit 2) and nothing is touched.
    func usageProblem(site: URL, output: String?) -> String? {
        var isDir: ObjCBool = false
        let content = site.appendingPathComponent("content").path
        if !FileManager.default.fileExists(atPath: content, isDirectory: &isDir) || !isDir.boolValue {
            return say("lỗi: «\(site.path)» không phải thư mục trang WardKit (không có thư mục content/); hãy chỉ đúng thư mục, hoặc tạo trang bằng «wardkit init»",
                       "error: «\(site.path)» is not a WardKit site (no content/ folder); point at the right folder, or create one with «wardkit init»")
        }
        if let output, FileManager.default.fileExists(atPath: output, isDirectory: &isDir), !isDir.boolValue {
            return say("lỗi: --output «\(output)» là một tệp có sẵn, không phải thư mục; WardKit không ghi đè tệp đó — hãy chọn một thư mục",
                       "error: --output «\(output)» is an existing file, not a folder; WardKit will not overwrite it — choose a folder")
        }
        return nil
    }
}

/// What `wardkit check` tells staff and never publishes: every hidden cell with its real value
/// and why it is hidden, and what was declared public.
enum PrivacyReport {
    static func reason(_ r: HiddenReason, k: Int, _ language: Language) -> String {
        switch (r, language) {
        case (.small, .vi): "số nhỏ (1–\(k - 1))"
        case (.small, .en): "small count (1–\(k - 1))"
        case (.complementary, .vi): "ẩn thêm để không suy ra được một số nhỏ"
        case (.complementary, .en): "hidden so no small count can be worked out"
        case (.earlierBuild, .vi): "đã ẩn ở lần dựng trước (ban-ghi/)"
        case (.earlierBuild, .en): "hidden by an earlier build (ban-ghi/)"
        }
    }

    static func text(_ r: BuildReport, language: Language) -> String {
        let cells = r.hidden.map { h in
            let field = h.field == .target ? (language == .en ? "target" : "kế hoạch") : (language == .en ? "actual" : "thực hiện")
            return "    \(h.indicator) — \(h.unit), \(h.period), \(field): \(h.value) → «ẩn» (\(reason(h.reason, k: r.statisticsThreshold, language)))"
        }.joined(separator: "\n")
        if language == .en {
            return """
            Privacy report (not published):
              statistics cells hidden (all read «ẩn»; small = 1–\(r.statisticsThreshold - 1)), incl. complementary: \(r.suppressedCells)
            \(cells)
              declared public numbers: \(r.publicPhones.joined(separator: ", "))
              declared public names: \(r.publicNames.isEmpty ? "—" : r.publicNames.joined(separator: ", "))
            """
        }
        return """
        Báo cáo riêng tư (không đăng lên trang):
          số ô số liệu bị ẩn (đều hiện là «ẩn»; số nhỏ = 1–\(r.statisticsThreshold - 1)), kể cả ô ẩn bổ sung: \(r.suppressedCells)
        \(cells)
          số điện thoại khai báo công khai: \(r.publicPhones.joined(separator: ", "))
          tên khai báo công khai: \(r.publicNames.isEmpty ? "—" : r.publicNames.joined(separator: ", "))
        """
    }
}
