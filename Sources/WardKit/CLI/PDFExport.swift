import Foundation

/// `wardkit print --pdf`: each printable's HTML is printed to a PDF beside it by headless
/// Chromium (no header or footer; the page size comes from the print CSS `@page`).
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

    /// Every printable page under `in-an/` (all paper variants), except the print index itself
    /// and the numbered bundles, which are printed only when asked for.
    static func printables(in output: URL, bundles: Bool) -> [URL] {
        let root = output.appendingPathComponent("in-an")
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "html" && $0.deletingLastPathComponent().standardizedFileURL.path != root.standardizedFileURL.path }
            .filter { bundles || $0.lastPathComponent != "bo-ban-in.html" }
            .sorted { $0.path < $1.path }
    }

    /// `…/index.html` → `…/ban-in.pdf`, `…/a3.html` → `…/a3.pdf`.
    static func pdfPath(for html: URL) -> URL {
        html.lastPathComponent == "index.html" ? html.deletingLastPathComponent().appendingPathComponent("ban-in.pdf")
            : html.deletingPathExtension().appendingPathExtension("pdf")
    }

    static func run(output: URL, bundle: Bool, language: Language) -> Bool {
        let vi = language == .vi
        guard let browser = findBrowser() else {
            FileHandle.standardError.write(Data((vi
                ? "lỗi: không tìm thấy Chromium để xuất PDF. Cài bằng: sudo apt-get install chromium (Debian/Ubuntu), hoặc đặt WARDKIT_CHROMIUM=/đường/dẫn/chrome\n"
                : "error: no Chromium found to export PDFs. Install it: sudo apt-get install chromium (Debian/Ubuntu), or set WARDKIT_CHROMIUM=/path/to/chrome\n").utf8))
            return false
        }
        let files = printables(in: output, bundles: bundle)
        // Two Chromium processes at a time: one per core on the machines wards actually have.
        let failures = ResultSlots([String?](repeating: nil, count: files.count))
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 2
        for (i, html) in files.enumerated() {
            queue.addOperation {
                if !printOne(browser: browser, html: html, pdf: pdfPath(for: html)) { failures.set(i, html.path) }
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        let failed = failures.values.compactMap { $0 }
        for f in failed { FileHandle.standardError.write(Data(((vi ? "lỗi: không in được " : "error: could not print ") + f + "\n").utf8)) }
        print(vi ? "Đã xuất \(files.count - failed.count)/\(files.count) tệp PDF trong \(output.path)/in-an/"
                 : "Exported \(files.count - failed.count)/\(files.count) PDFs under \(output.path)/in-an/")
        return failed.isEmpty
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
