import Foundation
import WardServer
import WardWatch

extension CommandLineInterface {
    /// Builds (as `wardkit build` with the same options would), serves the output with the live
    /// preview, and rebuilds whenever content/ or theme/ changes. Runs until interrupted.
    func serve(_ args: [String]) -> Int32 {
        guard let p = parse(args, flags: ["--no-watch"], options: ["--port", "--output", "--base-path", "--base-url", "--date"]),
              p.positional.count <= 1, let date = buildDate(p) else { return 2 }
        let site = URL(fileURLWithPath: p.positional.first ?? ".").standardizedFileURL
        if let problem = usageProblem(site: site, output: p.options["--output"]) { err(problem); return 2 }
        if let base = p.options["--base-url"], let problem = BaseURL.problem(base) {
            err(say("lỗi: --base-url: \(problem.vi)", "error: --base-url: \(problem.en)"))
            return 2
        }
        guard let port = Int(p.options["--port"] ?? "8000"), (0...65535).contains(port) else {
            err(say("lỗi: cổng không hợp lệ", "error: invalid port")); return 2
        }
        let root = p.options["--output"].map { URL(fileURLWithPath: $0).standardizedFileURL } ?? site.appendingPathComponent("public")
        let events = PreviewEvents()
        let rebuilds = PreviewRebuilds(options: BuildOptions(site: site, output: root, baseURL: p.options["--base-url"], buildDate: date),
                                       events: events, language: language) { TerminalLine.write($0) }
        if !rebuilds.build(), !FileManager.default.fileExists(atPath: root.path) {
            // Nothing good to show yet: an empty folder, whose every URL is a page that shows the
            // errors and reloads once a build succeeds.
            try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }
        var base = p.options["--base-path"] ?? "/"
        if !base.hasPrefix("/") { base = "/" + base }
        if !base.hasSuffix("/") { base += "/" }
        let running: RunningServer
        do {
            running = try PreviewServer(root: root, port: port, basePath: base, log: true, preview: events).start()
        } catch {
            err(say("lỗi: \(error.vi)", "error: \(error.en)"))
            return 1
        }
        var watch: PreviewWatch?
        if !p.flags.contains("--no-watch") {
            do {
                watch = try PreviewWatch(rebuilds)
                if let reason = watch?.watcher.fallbackReason {
                    TerminalLine.write(say("inotify không dùng được (\(reason.vi)); xem thay đổi bằng cách quét thư mục mỗi giây",
                                           "inotify is unavailable (\(reason.en)); looking for changes every second"))
                }
            } catch {
                err(say("lỗi: \(error.vi); trang vẫn được phục vụ nhưng không tự dựng lại", "error: \(error.en); serving without rebuilding"))
            }
        }
        let watched = watch == nil ? "" : say(" — đang theo dõi content/ và theme/", " — watching content/ and theme/")
        TerminalLine.write(say("Xem thử tại http://127.0.0.1:\(running.port)\(base) (Ctrl+C để dừng)\(watched)",
                               "Preview at http://127.0.0.1:\(running.port)\(base) (Ctrl+C to stop)\(watched)"), fd: 1)
        running.wait()
        watch?.stop()
        return 0
    }
}
