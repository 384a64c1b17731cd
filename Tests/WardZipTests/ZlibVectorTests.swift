import Foundation
import XCTest
import WardZip

/// WardZip's decoder against zlib itself: streams zlib wrote at every level and strategy, with
/// flushes, with small windows, and damaged streams on which zlib's verdict must be ours.
final class ZlibVectorTests: XCTestCase {
    /// The full set, made at test time by Debian's python3 and its zlib module.
    func testEveryLevelAndStrategyFromZlibAtTestTime() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wardzip-vectors-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try runPython([vectorsDir.appendingPathComponent("make_vectors.py").path, dir.path])
        let figures = try check(dir)
        XCTAssertGreaterThanOrEqual(figures.accepted, 400, "every level × strategy × input kind")
        XCTAssertGreaterThanOrEqual(figures.refused, 100, "damaged streams zlib refuses")
        print("zlib vectors: \(figures.accepted) accepted as zlib does, \(figures.refused) refused as zlib does, \(figures.bytes) bytes")
    }

    /// The small committed set (same script, `--small`), so the decoder is checked even before
    /// python3 is installed.
    func testCommittedVectors() throws {
        let figures = try check(vectorsDir.appendingPathComponent("small"))
        XCTAssertGreaterThanOrEqual(figures.accepted, 40)
        XCTAssertGreaterThanOrEqual(figures.refused, 5)
    }

    private var vectorsDir: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Vectors")
    }

    private struct Figures { var accepted = 0, refused = 0, bytes = 0 }

    private func check(_ dir: URL) throws -> Figures {
        struct Vector: Decodable { let stream: String; let expect: String? }
        let manifest = try JSONDecoder().decode([Vector].self, from: Data(contentsOf: dir.appendingPathComponent("manifest.json")))
        var figures = Figures()
        for vector in manifest {
            let stream = [UInt8](try Data(contentsOf: dir.appendingPathComponent(vector.stream)))
            if let expected = vector.expect {
                let want = [UInt8](try Data(contentsOf: dir.appendingPathComponent(expected)))
                do {
                    let got = try Inflate.decompress(stream, limit: want.count, expectedSize: want.count)
                    XCTAssert(got == want, "\(vector.stream): \(got.count) bytes differ from zlib's \(want.count)")
                    figures.accepted += 1
                    figures.bytes += got.count
                } catch {
                    XCTFail("\(vector.stream): zlib decodes it, WardZip says \(error)")
                }
            } else {
                do {
                    let got = try Inflate.decompress(stream, limit: 1 << 24)
                    XCTFail("\(vector.stream): zlib refuses it, WardZip returned \(got.count) bytes")
                } catch {
                    figures.refused += 1
                }
            }
        }
        return figures
    }
}

/// Runs Debian's python3 (the test command installs it); a missing interpreter fails the test.
func runPython(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw NSError(domain: "python3", code: Int(process.terminationStatus),
                      userInfo: [NSLocalizedDescriptionKey: String(decoding: message, as: UTF8.self)])
    }
}
