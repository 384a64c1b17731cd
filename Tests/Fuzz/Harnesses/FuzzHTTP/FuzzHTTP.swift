import Foundation
import WardServer
import FuzzDriver

/// Any bytes as what a client sends: framed, parsed and answered against a real folder (with a
/// symlink and a secret outside it), exactly as on a socket.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTP(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let request = Array(fuzzInput(data, size))
    guard let status = try! server.status(forRequest: request) else { return 0 }
    precondition([200, 301, 302, 400, 403, 404, 405, 431, 505].contains(status), "status \(status)")
    return 0
}

private let server: PreviewServer = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-fuzz-http-\(getpid())")
    let root = folder.appendingPathComponent("public")
    let files = ["index.html": "<h1>Trang chủ</h1>", "404.html": "404", "css/site.css": "body{}",
                 "tiến-độ/phường-1/index.html": "<h1>1</h1>", "a b/c.txt": "c"]
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: url)
    }
    try! Data("secret".utf8).write(to: folder.appendingPathComponent("secret.txt"))
    try? FileManager.default.createSymbolicLink(at: root.appendingPathComponent("out"), withDestinationURL: folder)
    return PreviewServer(root: root, basePath: "/")
}()

@main
enum Harness {
    static func main() { fuzzMain(fuzzHTTP) }
}
