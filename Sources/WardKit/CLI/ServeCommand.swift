import Foundation
import WardServer

extension CommandLineInterface {
    func serve(_ args: [String]) -> Int32 {
        guard let p = parse(args, flags: [], options: ["--port", "--output", "--base-path"]), p.positional.count <= 1 else { return 2 }
        let site = URL(fileURLWithPath: p.positional.first ?? ".").standardizedFileURL
        let root = p.options["--output"].map { URL(fileURLWithPath: $0) } ?? site.appendingPathComponent("public")
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("index.html").path) else {
            err(say("lỗi: chưa có \(root.path)/index.html — chạy «wardkit build \(site.path)» trước",
                    "error: no \(root.path)/index.html — run «wardkit build \(site.path)» first"))
            return 1
        }
        guard let port = Int(p.options["--port"] ?? "8000"), (0...65535).contains(port) else {
            err(say("lỗi: cổng không hợp lệ", "error: invalid port")); return 2
        }
        do {
            var base = p.options["--base-path"] ?? "/"
            if !base.hasPrefix("/") { base = "/" + base }
            if !base.hasSuffix("/") { base += "/" }
            let running = try PreviewServer(root: root, port: port, basePath: base).start()
            print(say("Xem thử tại http://127.0.0.1:\(running.port)\(base) (Ctrl+C để dừng)", "Preview at http://127.0.0.1:\(running.port)\(base) (Ctrl+C to stop)"))
            running.wait()
            return 0
        } catch {
            err(say("lỗi: \(error.vi)", "error: \(error.en)"))
            return 1
        }
    }
}
