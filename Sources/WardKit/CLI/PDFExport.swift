import Foundation

/// `wardkit print --pdf`: each printable's HTML is printed to a PDF beside it by headless
/// Chromium (no header or footer; the page size comes from the print CSS `@page`), then each
/// PDF is read back: a form that spilled onto a second page, or printed on the wrong paper,
/// fails the command by name instead of being counted as exported.
enum PDFExport {
    static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    static func findBrowser(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["WARDKIT_CHROMIUM"], FileManager.default.isExecutableFile(atPath: explicit) { return explicit }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in browsers {
            for dir in path where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") { return "\(dir)/\(name)" }
        }
        return nil
    }

    /// Prints every target the build listed (its PDF named for the form and the unit, see
    /// PrintFiles) and checks each one; the merged files (`in-an/tat-ca/`) are named at the end,
    /// since they are what the ward prints.
    static func run(output: URL, targets: [PrintTarget], language: Language) -> Bool {
        let vi = language == .vi
        guard let browser = findBrowser() else {
            FileHandle.standardError.write(Data((vi
                ? "lỗi: không tìm thấy Chromium để xuất PDF. Cài bằng: sudo apt-get install chromium (Debian/Ubuntu), hoặc đặt WARDKIT_CHROMIUM=/đường/dẫn/chrome\n"
                : "error: no Chromium found to export PDFs. Install it: sudo apt-get install chromium (Debian/Ubuntu), or set WARDKIT_CHROMIUM=/path/to/chrome\n").utf8))
            return false
        }
        // Two Chromium processes at a time: one per core on the machines wards actually have.
        // The merged files go first: each is the longest job, so none is left alone at the end.
        let files = targets.sorted { ($0.sheets > 1 ? 0 : 1, $0.page) < ($1.sheets > 1 ? 0 : 1, $1.page) }
        let failures = ResultSlots([String?](repeating: nil, count: files.count))
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 2
        for (i, target) in files.enumerated() {
            queue.addOperation {
                let html = output.appendingPathComponent(target.page), pdf = output.appendingPathComponent(target.pdf)
                if !printOne(browser: browser, html: html, pdf: pdf) {
                    failures.set(i, (vi ? "lỗi: không in được " : "error: could not print ") + target.page)
                } else if let problem = check(pdf: pdf, html: html, output: output, vi: vi, sheets: target.sheets) {
                    failures.set(i, problem)
                }
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        let failed = failures.values.compactMap { $0 }
        for f in failed { FileHandle.standardError.write(Data((f + "\n").utf8)) }
        print(vi ? "Đã xuất \(files.count - failed.count)/\(files.count) tệp PDF đúng khổ và số trang trong \(output.path)/in-an/"
                 : "Exported \(files.count - failed.count)/\(files.count) PDFs of the right size and page count under \(output.path)/in-an/")
        let merged = targets.filter { $0.page.hasPrefix("in-an/tat-ca/") }.sorted { $0.pdf < $1.pdf }
        if !merged.isEmpty {
            print(vi ? "In cả tháng, mỗi mẫu một tệp:" : "The month's printing, one file per form:")
            for t in merged { print("  \(t.pdf) (\(t.sheets) \(vi ? "trang" : "pages"))") }
        }
        if !failed.isEmpty {
            FileHandle.standardError.write(Data((vi
                ? "lỗi: \(failed.count) mẫu in không đạt (xem các dòng trên); các tệp PDF đó vẫn được giữ để xem lại\n"
                : "error: \(failed.count) printables failed (see above); their PDFs are kept for inspection\n").utf8))
        }
        return failed.isEmpty
    }

    /// What the printable asks for: its `@page` size (written into each page's head by
    /// print-base) and one sheet per `class="sheet"` element (a bundle has one per household).
    struct Expectation: Equatable {
        struct Paper: Equatable {
            let size: String  // "A4"
            let landscape: Bool
            let width: Double, height: Double  // points
            func name(vi: Bool) -> String { "\(size) " + (landscape ? (vi ? "ngang" : "landscape") : (vi ? "dọc" : "portrait")) }
        }
        var pages: Int
        var paper: Paper?
    }

    static func expectation(html: String) -> Expectation {
        let sheets = html.matches(of: /class="sheet(?:\s[^"]*)?"/).count
        var paper: Expectation.Paper?
        if let m = html.firstMatch(of: /@page\s*\{[^}]*?size\s*:\s*([A-Za-z0-9]+)\s*(portrait|landscape)?/) {
            let mm: [String: (Double, Double)] = ["a3": (297, 420), "a4": (210, 297), "a5": (148, 210)]
            if let (w, h) = mm[m.1.lowercased()] {
                let landscape = m.2 == "landscape"
                let pt = { (x: Double) in x * 72 / 25.4 }
                paper = .init(size: m.1.uppercased(), landscape: landscape, width: pt(landscape ? h : w), height: pt(landscape ? w : h))
            }
        }
        return Expectation(pages: max(sheets, 1), paper: paper)
    }

    /// nil when the PDF has exactly the expected pages, each of the expected size (±1.5 pt:
    /// Chromium rounds to its own units); else the message naming the form. `sheets`: what
    /// the build says the page holds (one per unit of a merged file); the page itself must
    /// render that many sheets — a ward's template that prints one sheet where 24 are due is
    /// named, not counted as a good one-page file.
    static func check(pdf: URL, html: URL, output: URL, vi: Bool, sheets: Int? = nil) -> String? {
        let name = relative(pdf, to: output)
        let source = relative(html, to: output)
        guard let text = try? String(contentsOf: html, encoding: .utf8), let data = FileManager.default.contents(atPath: pdf.path) else {
            return vi ? "lỗi: không đọc được \(name)" : "error: cannot read \(name)"
        }
        var want = expectation(html: text)
        if let sheets, sheets != want.pages {
            return vi ? "lỗi: \(source) có \(want.pages) tờ (class=\"sheet\"), phải có \(sheets): mỗi đơn vị một tờ — mẫu giao diện cần lặp {{#sheets}} (in ra \(name))"
                      : "error: \(source) has \(want.pages) sheets (class=\"sheet\"), must have \(sheets): one per unit — the template must loop over {{#sheets}} (printed to \(name))"
        }
        if let sheets { want.pages = sheets }
        let pages: [PDFPageReader.Page]
        do { pages = try PDFPageReader.pages(of: data) } catch {
            return vi ? "lỗi: không đọc được số trang của \(name) (\(error))" : "error: cannot read the pages of \(name) (\(error))"
        }
        if pages.count != want.pages {
            return vi ? "lỗi: \(name) có \(pages.count) trang, phải đúng \(want.pages): nội dung mẫu in bị tràn trang (in từ \(source))"
                      : "error: \(name) has \(pages.count) pages, must be exactly \(want.pages): the form overflowed its page (printed from \(source))"
        }
        if let paper = want.paper, let (i, off) = pages.enumerated().first(where: { abs($0.1.width - paper.width) > 1.5 || abs($0.1.height - paper.height) > 1.5 }) {
            let size = "\(Int(off.width.rounded()))×\(Int(off.height.rounded())) pt"
            let wanted = "\(paper.name(vi: vi)) \(Int(paper.width.rounded()))×\(Int(paper.height.rounded())) pt"
            return vi ? "lỗi: \(name) trang \(i + 1) khổ \(size), phải là \(wanted) (in từ \(source))"
                      : "error: \(name) page \(i + 1) is \(size), must be \(wanted) (printed from \(source))"
        }
        return nil
    }

    static func relative(_ url: URL, to output: URL) -> String {
        let base = output.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    static func printOne(browser: String, html: URL, pdf: URL) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: browser)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
                       "--no-pdf-header-footer", "--print-to-pdf-no-header", "--run-all-compositor-stages-before-draw",
                       "--print-to-pdf=\(pdf.path)", html.absoluteString]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0 && FileManager.default.fileExists(atPath: pdf.path)
    }
}
