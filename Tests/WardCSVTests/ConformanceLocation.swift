import Foundation
import XCTest

/// Finds a shared conformance suite: `$WARDKIT_CONFORMANCE_DIR/<suite>`, else
/// `../shared/conformance/<suite>` beside the package root.
enum ConformanceLocation {
    static func directory(_ suite: String, file: StaticString = #filePath) throws -> URL {
        var candidates: [URL] = []
        if let configured = ProcessInfo.processInfo.environment["WARDKIT_CONFORMANCE_DIR"], !configured.isEmpty {
            candidates.append(URL(fileURLWithPath: configured).appendingPathComponent(suite))
        }
        let packageRoot = URL(fileURLWithPath: "\(file)")
            .deletingLastPathComponent()  // WardCSVTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent("../shared/conformance/\(suite)").standardizedFileURL)
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
        }
        throw XCTSkip("conformance suite \(suite) not found at \(candidates.map(\.path)); set WARDKIT_CONFORMANCE_DIR")
    }
}
