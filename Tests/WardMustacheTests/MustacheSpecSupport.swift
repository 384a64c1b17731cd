import Foundation
import WardMustache
import XCTest

/// Runs the official Mustache spec files (read at test time, never copied into the repo).
enum MustacheSpec {
    static let coreFiles = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]
    static let allFiles = coreFiles + ["~inheritance"]

    struct MissingConformanceSuite: Error, CustomStringConvertible {
        let description: String
    }

    struct Outcome {
        let file: String
        let passed: Int
        let total: Int
        let failures: [String]
    }

    /// `$WARDKIT_CONFORMANCE_DIR/mustache` when set, else `../shared/conformance/mustache` next to the package.
    static func directory() throws -> URL {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        // A configured folder is the only place looked at: falling back would hide a wrong setting.
        var candidates = [packageRoot.deletingLastPathComponent().appendingPathComponent("shared/conformance")]
        if let configured = ProcessInfo.processInfo.environment["WARDKIT_CONFORMANCE_DIR"], !configured.isEmpty {
            candidates = [URL(fileURLWithPath: configured)]
        }
        let directories = candidates.map { $0.appendingPathComponent("mustache") }
        guard let found = directories.first(where: {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("sections.json").path)
        }) else {
            let tried = directories.map(\.path).joined(separator: ", ")
            throw missingSuite("Mustache spec files not found (tried \(tried)); set WARDKIT_CONFORMANCE_DIR")
        }
        return found
    }

    /// CI always has the shared suites, so there a missing one is a failure; elsewhere (an
    /// outside clone) the test is skipped and scripts/test lists it, with this reason, in its
    /// closing summary. Never a silent pass.
    static func missingSuite(_ reason: String) -> Error {
        if let ci = ProcessInfo.processInfo.environment["CI"], !ci.isEmpty, ci != "0", ci.lowercased() != "false" {
            return MissingConformanceSuite(description: reason + " (CI is set: the shared conformance suites must be present)")
        }
        return XCTSkip(reason)
    }

    static func run(_ file: String) throws -> Outcome {
        let url = try directory().appendingPathComponent(file + ".json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        guard let root = json as? [String: Any], let cases = root["tests"] as? [[String: Any]] else {
            throw NSError(domain: "MustacheSpec", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(file): no tests"])
        }
        var failures: [String] = []
        for testCase in cases {
            if let failure = check(testCase, file: file) { failures.append(failure) }
        }
        return Outcome(file: file, passed: cases.count - failures.count, total: cases.count, failures: failures)
    }

    /// nil when the case passes, else a description of what went wrong.
    private static func check(_ testCase: [String: Any], file: String) -> String? {
        let name = testCase["name"] as? String ?? "?"
        let source = testCase["template"] as? String ?? ""
        let expected = testCase["expected"] as? String ?? ""
        do {
            var partials: [String: MustacheTemplate] = [:]
            for (partialName, partialSource) in testCase["partials"] as? [String: String] ?? [:] {
                partials[partialName] = try MustacheTemplate(source: partialSource, name: partialName)
            }
            let template = try MustacheTemplate(source: source, name: "\(file):\(name)")
            let actual = try template.render(value(testCase["data"] ?? NSNull()), partials: MustachePartials(partials))
            if actual == expected { return nil }
            return "\(file) «\(name)»: expected \(expected.debugDescription), got \(actual.debugDescription)"
        } catch {
            return "\(file) «\(name)»: threw \(error)"
        }
    }

    /// JSONSerialization gives NSNumber for numbers and booleans alike; the Objective-C type
    /// code tells them apart ("c" for booleans, "d"/"f" for floating point).
    static func value(_ json: Any) -> MustacheValue {
        switch json {
        case let text as String:
            return .string(text)
        case let number as NSNumber:
            switch String(cString: number.objCType) {
            case "c", "B": return .bool(number.boolValue)
            case "d", "f": return .double(number.doubleValue)
            default: return .int(number.intValue)
            }
        case let list as [Any]:
            return .array(list.map(value))
        case let object as [String: Any]:
            return .object(object.mapValues(value))
        default:
            return .null
        }
    }
}
