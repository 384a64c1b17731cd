import Foundation
import XCTest

/// Finds a shared conformance suite: `$WARDKIT_CONFORMANCE_DIR/<suite>` when set, else
/// `../shared/conformance/<suite>` beside the package root.
enum ConformanceLocation {
    static func directory(_ suite: String, file: StaticString = #filePath) throws -> URL {
        let packageRoot = URL(fileURLWithPath: "\(file)")
            .deletingLastPathComponent()  // WardCSVTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        var candidates = [packageRoot.appendingPathComponent("../shared/conformance/\(suite)").standardizedFileURL]
        // A configured folder is the only place looked at: falling back would hide a wrong setting.
        if let configured = ProcessInfo.processInfo.environment["WARDKIT_CONFORMANCE_DIR"], !configured.isEmpty {
            candidates = [URL(fileURLWithPath: configured).appendingPathComponent(suite)]
        }
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
        }
        let reason = "conformance suite \(suite) not found at \(candidates.map(\.path)); set WARDKIT_CONFORMANCE_DIR"
        // CI always has the shared suites, so there a missing one is a failure; elsewhere (an
        // outside clone) the test is skipped and scripts/test lists it, with this reason, in
        // its closing summary. Never a silent pass.
        if let ci = ProcessInfo.processInfo.environment["CI"], !ci.isEmpty, ci != "0", ci.lowercased() != "false" {
            throw Missing(description: reason + " (CI is set: the shared conformance suites must be present)")
        }
        throw XCTSkip(reason)
    }

    struct Missing: Error, CustomStringConvertible {
        let description: String
    }
}
