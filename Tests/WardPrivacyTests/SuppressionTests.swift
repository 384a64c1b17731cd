import TestSupport
import WardPrivacy
import XCTest

final class SuppressionTests: XCTestCase {
    /// A table from (id, value, published) rows and (total, parts) equations by id.
    private func table(_ cells: [(String, Int, Bool)], _ equations: [(String, [String])], sensitive: Bool = true) throws -> CountTable {
        let index = Dictionary(uniqueKeysWithValues: cells.enumerated().map { ($0.element.0, $0.offset) })
        return try CountTable(cells: cells.map { .init(id: $0.0, value: $0.1, isPublished: $0.2, isSensitive: sensitive) },
                              equations: equations.map { .init(total: index[$0.0]!, parts: $0.1.map { index[$0]! }) })
    }

    private func ids(_ t: CountTable, _ set: some Sequence<Int>) -> Set<String> { Set(set.map { t.cells[$0].id }) }
    private func hidden(_ t: CountTable, _ r: SuppressionResult) -> Set<String> { ids(t, t.cells.indices.filter(r.isHidden)) }

    /// The guarantees every published table must meet, checked against the exact audit.
    private func assertProtected(_ t: CountTable, _ policy: SuppressionPolicy, _ r: SuppressionResult, _ context: String,
                                 file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(r.unprotectable, [], context, file: file, line: line)
        XCTAssertEqual(DisclosureAudit.exposed(t, result: r, policy: policy), [], "\(context): a protected cell can be pinned", file: file, line: line)
        for (i, c) in t.cells.enumerated() {
            if c.isPublished && c.isSensitive && policy.isSmall(c.value) {
                XCTAssertEqual(r.reasons[i], .small, "\(context): small count \(c.id)=\(c.value) shown", file: file, line: line)
            }
            if r.isHidden(i) {
                XCTAssertTrue(c.isPublished, context, file: file, line: line)
                XCTAssertGreaterThan(c.value, 0, "\(context): zero cell \(c.id) hidden", file: file, line: line)
            }
        }
    }

    func testPolicyRefusesThresholdsBelowThree() throws {
        XCTAssertEqual(try SuppressionPolicy().k, 5)
        XCTAssertEqual(try SuppressionPolicy(k: 3).k, 3)
        XCTAssertThrowsError(try SuppressionPolicy(k: 2)) { error in
            XCTAssertEqual(error as? PrivacyPolicyError, .thresholdTooSmall(2))
            XCTAssertTrue((error as? PrivacyPolicyError)?.vi.contains("k = 2") ?? false)
            XCTAssertTrue((error as? PrivacyPolicyError)?.en.contains("at least 3") ?? false)
        }
    }

    func testMalformedTablesAreRefusedWithAMessage() {
        func problem(_ cells: [(String, Int)], _ eqs: [(Int, [Int])]) -> CountTableProblem? {
            do {
                _ = try CountTable(cells: cells.map { .init(id: $0.0, value: $0.1) }, equations: eqs.map { .init(total: $0.0, parts: $0.1) })
                return nil
            } catch {
                return error
            }
        }
        XCTAssertNil(problem([("ward", 3), ("g1", 1), ("g2", 2)], [(0, [1, 2])]))
        XCTAssertEqual(problem([("ward", 4), ("g1", 1), ("g2", 2)], [(0, [1, 2])]), .sumMismatch(total: "ward", value: 4, sum: 3))
        XCTAssertEqual(problem([("ward", 2), ("g1", 1)], [(0, [1, 1])]), .repeatedInEquation(cell: "g1"))
        XCTAssertEqual(problem([("g", 1), ("g", 1)], []), .duplicateID("g"))
        XCTAssertEqual(problem([("ward", 1)], [(0, [3])]), .badIndex(3))
        XCTAssertEqual(problem([("ward", -1)], []), .negative(cell: "ward", value: -1))
        let message = CountTableProblem.sumMismatch(total: "ward", value: 4, sum: 3)
        XCTAssertTrue(message.vi.contains("«ward»") && message.en.contains("«ward»"))
    }

    /// One label for every hidden cell: with «< 5» and «ẩn», 6 = ẩn + «< 5» pinned both
    /// (ẩn was never 1–4). With one label both are "at least 1" and 6 splits many ways.
    func testOneLabelLeavesNothingToTellHiddenCellsApart() throws {
        let policy = try SuppressionPolicy()
        let t = try table([("ward", 6, true), ("a", 1, true), ("b", 5, true)], [("ward", ["a", "b"])])
        let r = SmallCountSuppressor.suppress(t, policy: policy)
        XCTAssertEqual(hidden(t, r), ["a", "b"])
        XCTAssertEqual(r.reasons[1], .small)
        XCTAssertEqual(r.reasons[2], .complementary)
        let brute = try XCTUnwrap(BruteForceAudit.intervals(t, hidden: r.isHidden, cap: 20))
        XCTAssertEqual(brute[1], 1...5)
        XCTAssertEqual(brute[2], 1...5)
        assertProtected(t, policy, r, "labels")
    }

    func testTwoOnesUnderAShownTotalNeedAThirdCell() throws {
        let policy = try SuppressionPolicy()
        let t = try table([("ward", 12, true), ("g1", 1, true), ("g2", 1, true), ("g3", 10, true)], [("ward", ["g1", "g2", "g3"])])
        // Hiding only the two 1s: each is at least 1 and together they are 12 − 10.
        XCTAssertEqual(ids(t, DisclosureAudit.pinned(t, hidden: { $0 == 1 || $0 == 2 })), ["g1", "g2"])
        let r = SmallCountSuppressor.suppress(t, policy: policy)
        XCTAssertEqual(hidden(t, r), ["g1", "g2", "g3"])
        assertProtected(t, policy, r, "two ones")
    }

    func testASmallTotalOfOnesIsHiddenWithItsParts() throws {
        let policy = try SuppressionPolicy()
        let t = try table([("ward", 2, true), ("g1", 1, true), ("g2", 1, true)], [("ward", ["g1", "g2"])])
        let r = SmallCountSuppressor.suppress(t, policy: policy)
        XCTAssertEqual(hidden(t, r), ["ward", "g1", "g2"])
        assertProtected(t, policy, r, "small total")
    }

    func testZeroCellsStayShown() throws {
        let policy = try SuppressionPolicy()
        let t = try table([("ward", 9, true), ("g1", 0, true), ("g2", 2, true), ("g3", 7, true)], [("ward", ["g1", "g2", "g3"])])
        let r = SmallCountSuppressor.suppress(t, policy: policy)
        XCTAssertFalse(r.isHidden(1))
        XCTAssertEqual(hidden(t, r), ["g2", "g3"])
        assertProtected(t, policy, r, "zero sibling")
    }

    /// Last month's year-to-date figure is on a page a reader may have kept: this month's must
    /// not turn this month's small figure into a subtraction.
    func testAYearToDateFigureIsNotASubtraction() throws {
        let policy = try SuppressionPolicy()
        let t = try table([("oct", 6, true), ("ytd-oct", 6, true), ("nov", 2, true), ("ytd-nov", 8, true)],
                          [("ytd-oct", ["oct"]), ("ytd-nov", ["ytd-oct", "nov"])])
        assertProtected(t, policy, SmallCountSuppressor.suppress(t, policy: policy), "cumulative, first build")
        // October's two figures were published last month (the site record): they stay.
        let r = SmallCountSuppressor.suppress(t, policy: policy, constraints: .init(mustShow: [0, 1]))
        XCTAssertEqual(hidden(t, r), ["nov", "ytd-nov"])
        assertProtected(t, policy, r, "cumulative")
    }

    /// «có hồ sơ» 7 and «đang cai» 6, its part, leave 1 person with a file outside
    /// rehabilitation: an implicit cell, protected like a printed one.
    func testTheRestOfAPartIsProtectedThoughNeverPrinted() throws {
        let policy = try SuppressionPolicy()
        let t = try table([("with-file", 7, true), ("in-rehab", 6, true), ("rest", 1, false)], [("with-file", ["in-rehab", "rest"])])
        XCTAssertEqual(ids(t, DisclosureAudit.pinned(t, hidden: { _ in false })), ["rest"])
        let r = SmallCountSuppressor.suppress(t, policy: policy)
        XCTAssertEqual(hidden(t, r), ["in-rehab"])
        assertProtected(t, policy, r, "part of")
    }

    /// A district and its wards from one sheet, and a ward whose own site shows only itself:
    /// the pattern is the sheet's, so what the district hides the ward's site hides too.
    func testTwoDimensionsLinkedByMonthsAndUnits() throws {
        let policy = try SuppressionPolicy()
        let t = try table([("D.oct", 10, true), ("A.oct", 6, true), ("B.oct", 4, true),
                           ("D.nov", 12, true), ("A.nov", 7, true), ("B.nov", 5, true),
                           ("D.ytd", 22, true), ("A.ytd", 13, true), ("B.ytd", 9, true)],
                          [("D.oct", ["A.oct", "B.oct"]), ("D.nov", ["A.nov", "B.nov"]), ("D.ytd", ["A.ytd", "B.ytd"]),
                           ("D.ytd", ["D.oct", "D.nov"]), ("A.ytd", ["A.oct", "A.nov"]), ("B.ytd", ["B.oct", "B.nov"])])
        let r = SmallCountSuppressor.suppress(t, policy: policy)
        XCTAssertEqual(r.reasons[2], .small)
        assertProtected(t, policy, r, "2-D")
        let brute = try XCTUnwrap(BruteForceAudit.intervals(t, hidden: r.isHidden, cap: 40))
        for (i, range) in brute where t.cells[i].isPublished { XCTAssertGreaterThan(range.count, 1, t.cells[i].id) }
    }

    /// A cell an earlier build showed stays known; when it is the only possible cover, the
    /// exposure is reported rather than published silently.
    func testCellsAnEarlierBuildShowedCannotBeTakenBack() throws {
        let policy = try SuppressionPolicy()
        let t = try table([("ward", 9, true), ("a", 3, true), ("b", 6, true)], [("ward", ["a", "b"])])
        let free = SmallCountSuppressor.suppress(t, policy: policy)
        XCTAssertEqual(hidden(t, free), ["a", "b"])
        let blocked = SmallCountSuppressor.suppress(t, policy: policy, constraints: .init(mustShow: [0, 2]))
        XCTAssertEqual(ids(t, blocked.unprotectable), ["a"])
        let kept = SmallCountSuppressor.suppress(t, policy: policy, constraints: .init(mustShow: [2], mustHide: [0]))
        XCTAssertEqual(kept.reasons[0], .earlierBuild)
        XCTAssertEqual(hidden(t, kept), ["ward", "a"])
        assertProtected(t, policy, kept, "record")
    }

    /// The audit claims exactness for what a reader can pin; enumerate every integer
    /// completion of small tables and compare, for suppressor-made and arbitrary patterns.
    func testAuditMatchesIntegerEnumeration() throws {
        var rng = SeededRandom(seed: 0xB2B7_E0F5)
        var checked = 0, pinnedSeen = 0
        let shape = TableGenerator.Shape(maxDepth: 2, maxFanOut: 3, months: 2, maxValue: 6)
        for round in 0..<3000 where checked < 150 {
            let t = TableGenerator.table(&rng, shape: shape)
            guard t.cells.count <= 30 else { continue }
            let k = Int.random(in: 3...5, using: &rng)
            let policy = try SuppressionPolicy(k: k)
            let hiddenSet: Set<Int>
            if round % 2 == 0 {
                let r = SmallCountSuppressor.suppress(t, policy: policy)
                hiddenSet = Set(t.cells.indices.filter(r.isHidden))
            } else {
                hiddenSet = Set(t.cells.indices.filter { t.cells[$0].value > 0 && Int.random(in: 0..<3, using: &rng) == 0 })
            }
            let cap = t.cells.map(\.value).max()! + 6
            guard let brute = BruteForceAudit.intervals(t, hidden: hiddenSet.contains, cap: cap, budget: 40_000),
                  let wider = BruteForceAudit.intervals(t, hidden: hiddenSet.contains, cap: cap + 4, budget: 80_000) else { continue }
            let audit = DisclosureAudit.pinned(t, hidden: hiddenSet.contains)
            for (i, range) in brute {
                let integerPinned = range.count == 1 && wider[i]!.count == 1
                XCTAssertEqual(audit.contains(i), integerPinned, "round \(round) \(t.cells[i].id)=\(t.cells[i].value): audit \(audit.contains(i)), enumeration \(range)/\(wider[i]!)")
                if integerPinned { pinnedSeen += 1 }
            }
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 150)
        XCTAssertGreaterThan(pinnedSeen, 50, "the arbitrary patterns must exercise pinned cells too")
        print("Audit vs enumeration: \(checked) random linked tables, \(pinnedSeen) pinned cells, all agree")
    }

    /// The property test: random sheets (units × indicators × months, linked by totals, parts
    /// and year-to-date figures) × k; no protected cell may be pinned, by the audit and, where
    /// the table is small enough, by enumeration.
    func testRandomSheetsAcrossMonthsAreProtected() throws {
        var rng = SeededRandom(seed: 0x5EED_0011)
        var tables = 0, cells = 0, small = 0, complementary = 0, enumerated = 0
        for round in 0..<120 {
            let t = TableGenerator.table(&rng, shape: TableGenerator.Shape(maxDepth: 3, maxFanOut: 4, months: 4, maxValue: 30))
            for k in [3, 5, 7] {
                let policy = try SuppressionPolicy(k: k)
                let r = SmallCountSuppressor.suppress(t, policy: policy)
                assertProtected(t, policy, r, "sheet \(round) k=\(k)")
                cells += t.cells.count
                small += r.reasons.filter { $0 == .small }.count
                complementary += r.reasons.filter { $0 == .complementary }.count
                if t.cells.count <= 24, let brute = BruteForceAudit.intervals(t, hidden: r.isHidden, cap: t.cells.map(\.value).max()! + 6, budget: 30_000) {
                    for (i, range) in brute where policy.isSmall(t.cells[i].value) && t.cells[i].isSensitive {
                        XCTAssertGreaterThan(range.count, 1, "sheet \(round) k=\(k): \(t.cells[i].id) pinned by enumeration")
                    }
                    enumerated += 1
                }
            }
            tables += 1
        }
        print("Suppression property test: \(tables) random sheets × k ∈ {3, 5, 7}, \(cells) cells: \(small) small, \(complementary) complementary; \(enumerated) also enumerated; no protected cell pinned")
    }
}
