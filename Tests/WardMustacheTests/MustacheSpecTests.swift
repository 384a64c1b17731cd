import XCTest

/// One test per spec file, each running every case in it, plus the grand total.
final class MustacheSpecTests: XCTestCase {
    func testComments() throws { try checkFile("comments") }
    func testDelimiters() throws { try checkFile("delimiters") }
    func testInterpolation() throws { try checkFile("interpolation") }
    func testInverted() throws { try checkFile("inverted") }
    func testPartials() throws { try checkFile("partials") }
    func testSections() throws { try checkFile("sections") }
    func testInheritance() throws { try checkFile("~inheritance") }

    func testGrandTotal() throws {
        var passed = 0
        var total = 0
        var failures: [String] = []
        for file in MustacheSpec.allFiles {
            let outcome = try MustacheSpec.run(file)
            passed += outcome.passed
            total += outcome.total
            failures += outcome.failures
        }
        print("Mustache spec: \(passed)/\(total) tests passed")
        XCTAssertEqual(total, 163, "the seven spec files should hold 163 cases")
        XCTAssertEqual(passed, 163, failures.joined(separator: "\n"))
    }

    private func checkFile(_ file: String) throws {
        let outcome = try MustacheSpec.run(file)
        print("Mustache spec \(file).json: \(outcome.passed)/\(outcome.total) passed")
        XCTAssertGreaterThan(outcome.total, 0)
        XCTAssertEqual(outcome.passed, outcome.total, outcome.failures.joined(separator: "\n"))
    }
}
