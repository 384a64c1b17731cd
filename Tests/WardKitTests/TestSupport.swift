import Foundation
import WardLocale
import XCTest
@testable import WardKit

/// The repository root is the sample site.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let sampleDate = CalendarDate(iso: "2026-11-25")!

/// A scratch copy of the sample site (content only, or content + theme) that a test may break.
func makeSite(withTheme: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("content"), to: dir.appendingPathComponent("content"))
    if withTheme {
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("theme"), to: dir.appendingPathComponent("theme"))
    }
    return dir
}

func write(_ text: String, to relative: String, in site: URL) throws {
    let url = site.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

func read(_ relative: String, in dir: URL) throws -> String {
    try String(contentsOf: dir.appendingPathComponent(relative), encoding: .utf8)
}

func build(_ site: URL, output: URL? = nil, baseURL: String? = nil, date: CalendarDate = sampleDate) throws(BuildFailure) -> BuildReport {
    try SiteBuilder.build(BuildOptions(site: site, output: output, baseURL: baseURL, buildDate: date))
}

/// Runs a build that must fail, returning its diagnostics.
func failingBuild(_ site: URL, date: CalendarDate = sampleDate, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
    do {
        _ = try build(site, date: date)
        XCTFail("build should have failed", file: file, line: line)
        return []
    } catch {
        return error.diagnostics
    }
}

/// Every file under a folder with its bytes, to prove a failed build left it untouched.
func snapshot(_ dir: URL) -> [String: Data] {
    var out: [String: Data] = [:]
    let base = dir.standardizedFileURL.path + "/"
    guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return out }
    for case let url as URL in walker {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
            out[String(url.standardizedFileURL.path.dropFirst(base.count))] = FileManager.default.contents(atPath: url.path)
        }
    }
    return out
}

/// The built `wardkit` executable next to the test bundle.
var wardkitBinary: URL {
    var dir = Bundle.main.bundleURL
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("wardkit")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/wardkit")
}

struct RunResult { let status: Int32; let stdout: String; let stderr: String }

func runWardkit(_ args: [String], cwd: URL, env: [String: String] = [:]) throws -> RunResult {
    let p = Process()
    p.executableURL = wardkitBinary
    p.arguments = args
    p.currentDirectoryURL = cwd
    var environment = ProcessInfo.processInfo.environment
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return RunResult(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
}
