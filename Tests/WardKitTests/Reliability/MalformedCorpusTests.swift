import Foundation
import Glibc
import XCTest
@testable import WardKit

/// The independent malformed-input corpus (Tests/Corpus/malformed, written without reading the
/// code): each broken site exits 1 or 2, the first line of the message names the real cause's
/// file and line in Vietnamese, nothing hangs or crashes, and the previous public/ is untouched.
final class MalformedCorpusTests: XCTestCase {
    struct Case: Decodable {
        let exit: Int32
        let file: String?
        let line: Int?
        let column: Int?
        let cause: String
        let args: [String]?
        let needs_non_root: Bool?
        let fs: FS?
        struct FS: Decodable {
            let delete: [String]?
            let regular_file: [String: String]?
            let mkfifo: [String]?
            let symlink: [String: String]?
            let raw_name: RawName?
            let chmod: [String: String]?
        }
        struct RawName: Decodable { let dir: String; let name_hex: String; let copy_of: String }
    }

    func testEveryMalformedInputIsAClearErrorAndThePreviousSiteStays() throws {
        let corpus = packageRoot.appendingPathComponent("Tests/Corpus/malformed")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.first?.isNumber == true }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 60)
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("malformed-base-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        for d in ["content", "theme"] { try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(d), to: base.appendingPathComponent(d)) }
        let env = ["WARDKIT_DATE": "2026-12-01"]
        let first = try runWardkit(["build", base.path], cwd: base, env: env)
        XCTAssertEqual(first.status, 0, first.stderr)
        let before = snapshot(base.appendingPathComponent("public"))

        var failures: [String] = []
        for name in names {
            let dir = corpus.appendingPathComponent(name)
            let c = try JSONDecoder().decode(Case.self, from: Data(contentsOf: dir.appendingPathComponent("case.json")))
            let site = FileManager.default.temporaryDirectory.appendingPathComponent("malformed-\(name)-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: base, to: site)
            defer { Self.unlock(site); try? FileManager.default.removeItem(at: site) }
            try overlay(dir, onto: site)
            try apply(c.fs, in: site, from: corpus.appendingPathComponent(name))
            let args = ["build", site.path] + (c.args ?? []).map { $0.replacingOccurrences(of: "{site}", with: site.path) }
            let r = try run(args, site: site, env: env, asStaff: c.needs_non_root == true)
            var problems: [String] = []
            if c.exit == 0 {
                // Superseded cases (see the corpus README): the sample's own files in an encoding
                // WardKit now reads, so the build must succeed with the sample's site, byte for byte.
                if r.status != 0 || r.timedOut { problems.append("exit \(r.status), expected a build: \(r.stderr.prefix(200))") }
                else if snapshot(site.appendingPathComponent("public")) != before { problems.append("public/ differs from the sample's build") }
            } else {
                let firstLine = r.stderr.split(separator: "\n").first.map(String.init) ?? ""
                if r.status != c.exit { problems.append("exit \(r.status) (expected \(c.exit))") }
                if r.status > 2 || r.timedOut { problems.append(r.timedOut ? "hung (killed after 60 s)" : "crashed") }
                if let file = c.file {
                    var prefix = file + ":"
                    if let line = c.line { prefix += "\(line):" }
                    if let col = c.column { prefix += "\(col):" }
                    if !firstLine.hasPrefix(prefix) && !(c.line == nil && firstLine.contains(file)) {
                        problems.append("first line «\(firstLine.prefix(160))» does not start with «\(prefix)»")
                    }
                }
                if !firstLine.contains("lỗi") { problems.append("first line not in Vietnamese: «\(firstLine.prefix(120))»") }
                if name != "138-fs-public-is-a-file" && name != "147-usage-output-is-a-file" {
                    Self.unlock(site)
                    if snapshot(site.appendingPathComponent("public")) != before { problems.append("public/ changed") }
                }
            }
            if !problems.isEmpty { failures.append("\(name): " + problems.joined(separator: "; ") + "\n      cause: \(c.cause)") }
        }
        print("malformed corpus: \(names.count - failures.count)/\(names.count) cases handled as expected")
        for f in failures { print("  ✗ \(f)") }
        XCTAssertEqual(failures, [])
    }

    private func overlay(_ dir: URL, onto site: URL) throws {
        let walker = FileManager.default.enumerator(atPath: dir.path)
        while let rel = walker?.nextObject() as? String {
            guard rel != "case.json" else { continue }
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: dir.appendingPathComponent(rel).path, isDirectory: &isDir)
            if isDir.boolValue { continue }
            let target = site.appendingPathComponent(rel)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: dir.appendingPathComponent(rel), to: target)
        }
    }

    private func apply(_ fs: Case.FS?, in site: URL, from dir: URL) throws {
        guard let fs else { return }
        for p in fs.delete ?? [] { try? FileManager.default.removeItem(at: site.appendingPathComponent(p)) }
        for (p, text) in fs.regular_file ?? [:] {
            try? FileManager.default.removeItem(at: site.appendingPathComponent(p))
            try Data(text.utf8).write(to: site.appendingPathComponent(p))
        }
        for p in fs.mkfifo ?? [] { mkfifo(site.appendingPathComponent(p).path, 0o644) }
        for (p, target) in fs.symlink ?? [:] {
            try? FileManager.default.removeItem(at: site.appendingPathComponent(p))
            try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent(p).path, withDestinationPath: target)
        }
        if let raw = fs.raw_name {
            var bytes = [UInt8]()
            var hex = Substring(raw.name_hex)
            while hex.count >= 2 { bytes.append(UInt8(hex.prefix(2), radix: 16)!); hex = hex.dropFirst(2) }
            let data = try Data(contentsOf: site.appendingPathComponent(raw.copy_of))
            let path = Array(site.appendingPathComponent(raw.dir).path.utf8) + [UInt8(ascii: "/")] + bytes + [0]
            let fd = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
            _ = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, data.count) }
            close(fd)
        }
        for (p, mode) in fs.chmod ?? [:] { chmod(p == "." ? site.path : site.appendingPathComponent(p).path, mode_t(mode, radix: 8)!) }
    }

    /// Gives everything back its permissions, so the folder can be compared and removed.
    static func unlock(_ site: URL) {
        chmod(site.path, 0o755)
        let walker = FileManager.default.enumerator(atPath: site.path)
        while let rel = walker?.nextObject() as? String {
            let p = site.appendingPathComponent(rel).path
            var st = stat()
            if lstat(p, &st) == 0 && (st.st_mode & S_IFMT) != S_IFLNK { chmod(p, (st.st_mode & S_IFMT) == S_IFDIR ? 0o755 : 0o644) }
        }
    }

    struct Result { let status: Int32; let stderr: String; let timedOut: Bool }

    /// Runs wardkit under a 60 s watchdog; for permission cases when the tests run as root
    /// (root reads everything), without root's power to override file permissions. It stays
    /// uid 0 and drops the two capabilities rather than becoming `nobody`, who could not reach
    /// the binary in a checkout under /root or a fresh chroot (as FileSystemInputTests does).
    private func run(_ args: [String], site: URL, env: [String: String], asStaff: Bool) throws -> Result {
        let p = Process()
        if asStaff && getuid() == 0 {
            let dropped = "-dac_override,-dac_read_search"
            p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            p.arguments = ["--bounding-set", dropped, "--inh-caps", dropped, "--", wardkitBinary.path] + args
        } else {
            p.executableURL = wardkitBinary
            p.arguments = args
        }
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        p.currentDirectoryURL = site
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let timedOut = Atomic(false)
        let watchdog = DispatchWorkItem { if p.isRunning { timedOut.set(true); p.terminate(); kill(p.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        watchdog.cancel()
        return Result(status: p.terminationStatus, stderr: String(decoding: e, as: UTF8.self), timedOut: timedOut.value)
    }
}
