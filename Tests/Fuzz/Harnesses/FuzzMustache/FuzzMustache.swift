import WardMustache
import FuzzDriver

/// The input is up to four templates separated by NUL bytes: the page, then partials "a", "b"
/// and "c". Each is parsed from bytes (invalid UTF-8 must be an error), the set validated, and
/// the page rendered against data with lists, objects and markup, within small limits so that
/// each run is quick; exceeding them must be an error, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMustache(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let parts = fuzzInput(data, size).split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false)
    var templates: [String: MustacheTemplate] = [:]
    for (name, part) in zip(["page", "a", "b", "c"], parts) {
        guard let template = try? MustacheTemplate(utf8: part, name: name) else { continue }
        _ = template.references
        templates[name] = template
    }
    guard let page = templates["page"] else { return 0 }
    let partials = MustachePartials(templates)
    _ = partials.validate()
    let context = makeContext()
    let limits = MustacheLimits(maxDepth: 200, maxSteps: 100_000, maxOutputBytes: 1 << 20)
    let first = try? page.render(context, partials: partials, limits: limits)
    let second = try? page.render(context, partials: partials, limits: limits)
    precondition(first == second, "rendering is deterministic")
    return 0
}

/// Built for each input, not kept in a global: LeakSanitizer cannot follow the tagged pointers
/// of an indirect enum held in global storage and would report it as a leak.
private func makeContext() -> MustacheValue {
    [
        "a": ["b": "<b>&'\"", "c": 3, "list": [1, 2.5, "x"]],
        "b": .array([["c": true, "d": "Phường"], ["c": false], .null]),
        "c": "", "d": 0, "e": .array([]), "f": ["a": ["a": ["a": "sâu"]]],
    ]
}

@main
enum Harness {
    static func main() { fuzzMain(fuzzMustache) }
}
