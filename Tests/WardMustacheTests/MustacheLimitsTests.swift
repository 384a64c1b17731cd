import Dispatch
import Foundation
import WardMustache
import XCTest

/// Whatever a theme holds, a render ends: with its page or with an error at a tag.
final class MustacheLimitsTests: XCTestCase {
    private func renderError(
        _ source: String, _ context: MustacheValue = [:], partials: [String: String] = [:],
        limits: MustacheLimits = .standard, file: StaticString = #filePath, line: UInt = #line
    ) throws -> MustacheError? {
        let template = try MustacheTemplate(source: source, name: "page")
        do {
            let output = try template.render(context, partials: MustachePartials(sources: partials), limits: limits)
            XCTFail("rendered \(output.utf8.count) bytes without error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    /// Depth first, a partial that includes itself reaches the depth limit at once, whatever
    /// the number of copies (the old renderer stopped each copy there silently: 2^100 visits).
    func testPartialIncludedTwiceInItselfStopsAtTheDepthLimit() throws {
        let partials = ["twice": "<p>\n{{>twice}}{{>twice}}\n</p>"]
        let error = try XCTUnwrap(renderError("{{>twice}}", partials: partials))
        XCTAssertEqual([error.templateName, "\(error.line):\(error.column)"], ["twice", "2:1"])
        XCTAssertTrue(error.en.hasPrefix("templates nest too deeply: more than 200 levels"), error.en)
    }

    /// Ten partials each including the next ten times: 10^9 visits at depth ten. (A smaller
    /// budget than the standard one keeps the debug-build test short; the bound is the same code.)
    func testShallowButExplosiveExpansionStopsAtTheStepBudget() throws {
        var partials: [String: String] = ["p9": "x"]
        for level in 0..<9 { partials["p\(level)"] = String(repeating: "{{>p\(level + 1)}}", count: 10) }
        let start = Date()
        let error = try XCTUnwrap(renderError("{{>p0}}", partials: partials, limits: MustacheLimits(maxSteps: 200_000)))
        print(String(format: "benchmark: 10^9 expansions stopped by a budget of 200,000 steps after %.2f s", Date().timeIntervalSince(start)))
        XCTAssertTrue(error.templateName.hasPrefix("p"), "at a tag of one of the partials: \(error)")
        XCTAssertEqual(error.line, 1)
        XCTAssertTrue(error.en.hasPrefix("the template expands too much: more than 200000 steps"), error.en)
        XCTAssertTrue(error.vi.hasPrefix("mẫu mở rộng quá nhiều"), error.vi)
    }

    func testTheStandardLimitsAreTheDocumentedOnes() {
        XCTAssertEqual(MustacheLimits.standard, MustacheLimits(maxDepth: 200, maxSteps: 10_000_000, maxOutputBytes: 64 << 20))
    }

    func testStepBudgetCountsListItems() throws {
        let rows: MustacheValue = ["rows": .array((0..<1000).map { .int($0) })]
        let limits = MustacheLimits(maxSteps: 1500)
        let error = try XCTUnwrap(renderError("<table>\n  {{#rows}}<tr>{{.}}</tr>{{/rows}}", rows, limits: limits))
        XCTAssertEqual([error.templateName, "\(error.line):\(error.column)"], ["page", "2:3"])
        let fits = try MustacheTemplate(source: "{{#rows}}{{.}}{{/rows}}", name: "page")
        XCTAssertEqual(try fits.render(rows, limits: MustacheLimits(maxSteps: 2100)).count, (0..<1000).map(String.init).joined().count)
    }

    func testOutputBudgetNamesTheVariableThatOverflowsIt() throws {
        let context: MustacheValue = ["big": .string(String(repeating: "x", count: 10_000)), "n": .array(Array(repeating: true, count: 200))]
        let limits = MustacheLimits(maxOutputBytes: 1024 * 1024)
        let error = try XCTUnwrap(renderError("Phường\n{{#n}}ô {{{big}}}{{/n}}", context, limits: limits))
        XCTAssertEqual([error.templateName, "\(error.line):\(error.column)"], ["page", "2:9"])
        XCTAssertTrue(error.en.contains("exceeds 1 MiB"), error.en)
    }

    func testDataDrivenRecursionDeeperThanTheLimitIsAnError() throws {
        // A leaf needs its own `child: false`, or the lookup would find its parent's child.
        var tree: MustacheValue = ["name": "lá", "child": false]
        for level in 0..<150 { tree = ["name": .string("cấp \(level)"), "child": tree] }
        let partials = ["node": "{{name}}\n{{#child}}{{>node}}{{/child}}"]
        let error = try XCTUnwrap(renderError("{{>node}}", tree, partials: partials))
        XCTAssertEqual(error.templateName, "node")
        XCTAssertEqual(error.line, 2)
        // 75 levels of data are two levels each (section and partial): within the limit.
        var shallow: MustacheValue = ["name": "lá", "child": false]
        for _ in 0..<75 { shallow = ["name": "x", "child": shallow] }
        let output = try MustacheTemplate(source: "{{>node}}", name: "page")
            .render(shallow, partials: try MustachePartials(sources: partials))
        XCTAssertTrue(output.hasSuffix("lá\n"))
    }

    /// The deepest render the limits allow must fit in the stack of a secondary thread, where
    /// the pipeline renders: a limit that overflowed the stack first would protect nothing.
    func testTheDeepestAllowedRenderFitsInASmallThreadStack() throws {
        var source = ""
        for level in 0..<MustacheLimits.maxNesting { source += "{{#s\(level)}}\n" }
        source += "đáy"
        for level in (0..<MustacheLimits.maxNesting).reversed() { source += "{{/s\(level)}}" }
        let inner = try MustacheTemplate(source: source, name: "inner")
        var fields: [String: MustacheValue] = [:]
        for level in 0..<MustacheLimits.maxNesting { fields["s\(level)"] = true }
        let context = MustacheValue.object(fields)
        let partials = MustachePartials(["inner": inner])
        // Two templates of 100 nested sections: 200 levels, the render limit exactly.
        let outer = try MustacheTemplate(source: String(repeating: "{{#s0}}", count: 99) + "{{>inner}}" + String(repeating: "{{/s0}}", count: 99), name: "outer")
        let done = expectation(description: "rendered")
        let result = Locked<Result<String, MustacheError>?>(nil)
        let thread = Thread {
            result.set(Result { () throws(MustacheError) in try outer.render(context, partials: partials) })
            done.fulfill()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        wait(for: [done], timeout: 60)
        XCTAssertEqual(try result.get()?.get(), "đáy")
    }

    func testHundredThousandNestedSectionsAreAParseError() throws {
        let depth = 100_000
        let source = String(repeating: "{{#a}}", count: depth) + "x" + String(repeating: "{{/a}}", count: depth)
        // Also on a small stack: the parser must not recurse per level.
        let done = expectation(description: "parsed")
        let result = Locked<MustacheError?>(nil)
        let thread = Thread {
            do throws(MustacheError) {
                _ = try MustacheTemplate(source: source, name: "deep")
            } catch {
                result.set(error)
            }
            done.fulfill()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        wait(for: [done], timeout: 60)
        let error = try XCTUnwrap(result.get())
        XCTAssertEqual([error.templateName, "\(error.line):\(error.column)"], ["deep", "1:\(100 * 6 + 1)"])
        XCTAssertEqual(error.en, "{{#a}} is nested too deeply: a template may nest at most 100 sections, parents and blocks")
        XCTAssertTrue(error.vi.hasPrefix("thẻ {{#a}} lồng quá sâu"), error.vi)
        XCTAssertNoThrow(try MustacheTemplate(source: String(repeating: "{{#a}}", count: 100) + String(repeating: "{{/a}}", count: 100), name: "ok"))
    }

    func testLongDelimitersAreRefused() throws {
        let long = String(repeating: "<", count: 17)
        XCTAssertThrowsError(try MustacheTemplate(source: "{{=\(long) >=}}", name: "d"))
        XCTAssertNoThrow(try MustacheTemplate(source: "{{=<% %>=}}<%x%>", name: "d"))
    }
}

/// A value set on one thread and read on another after an expectation was met.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
    func get() -> Value { lock.withLock { value } }
}
