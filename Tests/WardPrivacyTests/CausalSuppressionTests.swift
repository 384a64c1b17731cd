import TestSupport
import WardPrivacy
import XCTest

/// The month-by-month pattern: a function of the sheet, the same whether it is decided over
/// the whole sheet or over the months published so far, and safe at every month.
final class CausalSuppressionTests: XCTestCase {
    /// The generator names cells «u3.A2»: the trailing digits are the month.
    private func steps(_ t: CountTable) -> [Int] {
        t.cells.map { c in Int(String(c.id.reversed().prefix { $0.isNumber }.reversed()))! }
    }

    /// The cells of months ≤ s and the equations among them: what a build through month s sees.
    private func prefix(_ t: CountTable, _ steps: [Int], through s: Int) throws -> (CountTable, [Int]) {
        let keep = t.cells.indices.filter { steps[$0] <= s }
        let local = Dictionary(uniqueKeysWithValues: keep.enumerated().map { ($0.element, $0.offset) })
        let equations = t.equations.filter { eq in ([eq.total] + eq.parts).allSatisfy { local[$0] != nil } }
            .map { CountTable.Equation(total: local[$0.total]!, parts: $0.parts.map { local[$0]! }) }
        return (try CountTable(cells: keep.map { t.cells[$0] }, equations: equations), keep)
    }

    func testEveryMonthIsDecidedAsABuildThroughThatMonthDecidedIt() throws {
        var rng = SeededRandom(seed: 0xCA05_A1)
        var tables = 0, hidden = 0, months = 0
        for round in 0..<60 {
            let t = TableGenerator.table(&rng, shape: TableGenerator.Shape(maxDepth: 3, maxFanOut: 3, months: 4, maxValue: 30))
            let st = steps(t)
            for k in [3, 5] {
                let policy = try SuppressionPolicy(k: k)
                let whole = CausalSuppressor.suppress(t, steps: st, policy: policy)
                XCTAssertEqual(whole.unprotectable, [], "sheet \(round) k=\(k)")
                XCTAssertEqual(DisclosureAudit.exposed(t, result: whole, policy: policy), [], "sheet \(round) k=\(k): a small count pinned")
                hidden += whole.hiddenCount
                for s in Set(st).sorted() {
                    let (p, keep) = try prefix(t, st, through: s)
                    let early = CausalSuppressor.suppress(p, steps: keep.map { st[$0] }, policy: policy)
                    for (j, i) in keep.enumerated() {
                        XCTAssertEqual(early.isHidden(j), whole.isHidden(i), "sheet \(round) k=\(k): \(t.cells[i].id) through month \(s)")
                    }
                    // What an earlier month hid, this month's figures do not give away.
                    let pinned = DisclosureAudit.pinned(p, hidden: { early.isHidden($0) })
                    for (j, i) in keep.enumerated() where st[i] < s && early.isHidden(j) {
                        XCTAssertFalse(pinned.contains(j), "sheet \(round) k=\(k): \(t.cells[i].id) hidden before month \(s), pinned by it")
                    }
                    months += 1
                }
            }
            tables += 1
        }
        XCTAssertGreaterThan(hidden, 100)
        print("Causal suppression property test: \(tables) random sheets × k ∈ {3, 5}, \(months) month prefixes rebuilt and compared, \(hidden) hidden cells")
    }

    /// A site with a larger k than its sheet hides the sheet's pattern and more.
    func testALargerKHidesASupersetOfTheSheetsPattern() throws {
        var rng = SeededRandom(seed: 0xCA05_A2)
        for round in 0..<40 {
            let t = TableGenerator.table(&rng, shape: TableGenerator.Shape(maxDepth: 3, maxFanOut: 3, months: 3, maxValue: 30))
            let st = steps(t)
            let sheet = CausalSuppressor.suppress(t, steps: st, policy: try SuppressionPolicy(k: 3))
            let site = CausalSuppressor.suppress(t, steps: st, policy: try SuppressionPolicy(k: 7), floor: sheet.reasons)
            XCTAssertEqual(site.unprotectable, [])
            XCTAssertEqual(DisclosureAudit.exposed(t, result: site, policy: try SuppressionPolicy(k: 7)), [], "sheet \(round)")
            for i in t.cells.indices where sheet.isHidden(i) {
                XCTAssertTrue(site.isHidden(i), "sheet \(round): \(t.cells[i].id) hidden at k = 3 but not at k = 7")
            }
        }
    }
}
