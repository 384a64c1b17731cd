import WardPrivacy
import XCTest

final class SuppressionTests: XCTestCase {
    private func tree(_ rows: [(String, Int, [Int])]) -> CountTree {
        CountTree(nodes: rows.map { CountTree.Node(id: $0.0, value: $0.1, children: $0.2) }, root: 0)
    }

    /// The guarantees every published table must meet, checked against the exact audit.
    private func assertProtected(_ tree: CountTree, _ policy: SuppressionPolicy, _ result: SuppressionResult,
                                 _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        let intervals = SuppressionAttack.intervals(tree, result: result, policy: policy)
        XCTAssertEqual(Set(intervals.keys), result.suppressed, context, file: file, line: line)
        XCTAssertTrue(result.primary.isSubset(of: result.suppressed), context, file: file, line: line)
        XCTAssertTrue(result.withheld.isDisjoint(with: result.suppressed), context, file: file, line: line)
        for node in tree.nodes {
            if node.value >= 1 && node.value < policy.k {
                XCTAssertFalse(result.isShown(node.id), "\(context): small count \(node.id)=\(node.value) shown", file: file, line: line)
            }
            if result.isShown(node.id) {
                XCTAssertTrue(node.value == 0 || node.value >= policy.k, context, file: file, line: line)
            }
            if result.suppressed.contains(node.id) {
                XCTAssertGreaterThan(node.value, 0, "\(context): zero cell \(node.id) hidden", file: file, line: line)
            }
            guard let range = intervals[node.id] else { continue }
            XCTAssertTrue(range.contains(node.value), "\(context): \(node.id)=\(node.value) outside \(range)", file: file, line: line)
            XCTAssertLessThan(range.lowerBound, range.upperBound,
                              "\(context): \(node.id)=\(node.value) pinned to \(range)", file: file, line: line)
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
        func problem(_ rows: [(String, Int, [Int])]) -> CountTreeProblem? {
            do {
                _ = try CountTree(validating: rows.map { CountTree.Node(id: $0.0, value: $0.1, children: $0.2) }, root: 0)
                return nil
            } catch {
                return error
            }
        }
        XCTAssertNil(problem([("ward", 3, [1, 2]), ("g1", 1, []), ("g2", 2, [])]))
        XCTAssertEqual(problem([("ward", 4, [1, 2]), ("g1", 1, []), ("g2", 2, [])]), .sumMismatch(node: "ward", value: 4, sum: 3))
        XCTAssertEqual(problem([("ward", 2, [1, 1]), ("g1", 1, [])]), .notATree(node: "g1"))
        XCTAssertEqual(problem([("ward", 2, [1, 2]), ("g", 1, []), ("g", 1, [])]), .duplicateID("g"))
        XCTAssertEqual(problem([("ward", 1, [3])]), .badIndex(node: "ward", index: 3))
        XCTAssertEqual(problem([("ward", 1, []), ("stray", 1, [])]), .notATree(node: "stray"))
        XCTAssertEqual(problem([("ward", -1, [])]), .negative(node: "ward", value: -1))
        let message = CountTreeProblem.sumMismatch(node: "ward", value: 4, sum: 3)
        XCTAssertTrue(message.vi.contains("«ward»") && message.en.contains("«ward»"))
    }

    func testSingleChildFollowsItsParent() throws {
        let policy = try SuppressionPolicy()
        // A ward of 3 with one group of 3: both "< 5"; neither pins the other.
        let small = tree([("ward", 3, [1]), ("group", 3, [])])
        let r1 = SmallCountSuppressor.suppress(small, policy: policy)
        XCTAssertEqual(r1.suppressed, ["ward", "group"])
        XCTAssertEqual(SuppressionAttack.intervals(small, result: r1, policy: policy), ["ward": 1...4, "group": 1...4])
        // A shown subtotal over a single small group and one other: the other must go too.
        let shownParent = tree([("ward", 10, [1]), ("area", 10, [2, 3]), ("g1", 3, []), ("g2", 7, [])])
        let r2 = SmallCountSuppressor.suppress(shownParent, policy: policy)
        XCTAssertEqual(r2.suppressed, ["g1", "g2"])
        XCTAssertEqual(r2.primary, ["g1"])
        XCTAssertEqual(SuppressionAttack.intervals(shownParent, result: r2, policy: policy), ["g1": 1...4, "g2": 6...9])
        assertProtected(shownParent, policy, r2, "single child")
    }

    func testTwoOnesUnderAShownTotalNeedAThirdCell() throws {
        let policy = try SuppressionPolicy()
        let t = tree([("ward", 12, [1, 2, 3]), ("g1", 1, []), ("g2", 1, []), ("g3", 10, [])])
        // Hiding only the two 1s would leave 1 + 1 = 12 - 10: both pinned to 1.
        let naive = SuppressionResult(suppressed: ["g1", "g2"], primary: ["g1", "g2"])
        XCTAssertEqual(SuppressionAttack.intervals(t, result: naive, policy: policy), ["g1": 1...1, "g2": 1...1])
        let r = SmallCountSuppressor.suppress(t, policy: policy)
        XCTAssertEqual(r.suppressed, ["g1", "g2", "g3"])
        XCTAssertTrue(r.isShown("ward"))
        XCTAssertEqual(SuppressionAttack.intervals(t, result: r, policy: policy), ["g1": 1...4, "g2": 1...4, "g3": 4...10])
        assertProtected(t, policy, r, "two ones")
    }

    func testTwoOnesUnderASmallTotalProtectEachOther() throws {
        let policy = try SuppressionPolicy()
        let t = tree([("ward", 2, [1, 2]), ("g1", 1, []), ("g2", 1, [])])
        let r = SmallCountSuppressor.suppress(t, policy: policy)
        XCTAssertEqual(r.suppressed, ["ward", "g1", "g2"])
        XCTAssertEqual(SuppressionAttack.intervals(t, result: r, policy: policy), ["ward": 2...4, "g1": 1...3, "g2": 1...3])
    }

    func testZeroCellsStayShownAndProtectNothing() throws {
        let policy = try SuppressionPolicy()
        let t = tree([("ward", 9, [1, 2, 3]), ("g1", 0, []), ("g2", 2, []), ("g3", 7, [])])
        let r = SmallCountSuppressor.suppress(t, policy: policy)
        XCTAssertTrue(r.isShown("g1"))
        XCTAssertEqual(r.suppressed, ["g2", "g3"])
        assertProtected(t, policy, r, "zero sibling")
        // Only zeros beside the small cell: the total itself is small and hides.
        let onlyZeros = tree([("city", 20, [1, 2]), ("ward", 3, [3, 4]), ("other", 17, []), ("g1", 0, []), ("g2", 3, [])])
        let r2 = SmallCountSuppressor.suppress(onlyZeros, policy: policy)
        XCTAssertTrue(r2.isShown("g1"))
        XCTAssertEqual(r2.suppressed, ["ward", "g2", "other"])
        assertProtected(onlyZeros, policy, r2, "only zeros")
    }

    /// "< 5" split into four "< 5" groups tells the reader every group is 1: no hiding helps,
    /// so the breakdown is withheld and the ward row stays.
    func testABreakdownThatGivesItselfAwayIsWithheld() throws {
        let policy = try SuppressionPolicy()
        let t = tree([("city", 20, [1, 6]), ("ward", 4, [2, 3, 4, 5]),
                      ("g1", 1, []), ("g2", 1, []), ("g3", 1, []), ("g4", 1, []), ("other", 16, [])])
        let all = SuppressionResult(suppressed: Set(t.nodes.map(\.id)), primary: ["ward", "g1", "g2", "g3", "g4"])
        XCTAssertEqual(SuppressionAttack.intervals(t, result: all, policy: policy)["g1"], 1...1)
        let r = SmallCountSuppressor.suppress(t, policy: policy)
        XCTAssertEqual(r.withheld, ["g1", "g2", "g3", "g4"])
        XCTAssertTrue(r.isWithheld("g3") && !r.isShown("g3"))
        XCTAssertEqual(r.suppressed, ["ward", "other"])
        XCTAssertEqual(SuppressionAttack.intervals(t, result: r, policy: policy), ["ward": 1...4, "other": 16...19])
        assertProtected(t, policy, r, "withheld")
    }

    /// Five 1s under a shown 5: hidden, each is still 5 − 4 × 1. No shown sibling is left to
    /// hide, so the total itself goes, and then its own sibling to protect it in turn.
    func testRepairClimbsToTheParentWhenNoSiblingIsLeft() throws {
        let policy = try SuppressionPolicy()
        let t = tree([("city", 20, [1, 7]), ("ward", 5, [2, 3, 4, 5, 6]),
                      ("g1", 1, []), ("g2", 1, []), ("g3", 1, []), ("g4", 1, []), ("g5", 1, []), ("other", 15, [])])
        let r = SmallCountSuppressor.suppress(t, policy: policy)
        XCTAssertEqual(r.suppressed, ["ward", "other", "g1", "g2", "g3", "g4", "g5"])
        XCTAssertEqual(r.primary, ["g1", "g2", "g3", "g4", "g5"])
        XCTAssertTrue(r.isShown("city"))
        let ranges = SuppressionAttack.intervals(t, result: r, policy: policy)
        XCTAssertEqual(ranges["ward"], 5...20)
        XCTAssertEqual(ranges["other"], 0...15)
        XCTAssertEqual(ranges["g4"], 1...4)
        assertProtected(t, policy, r, "climb")
    }

    func testRandomTreesAreProtected() throws {
        var rng = SeededGenerator(seed: 0x5EED_0013)
        var trees = 0
        var nodes = 0
        var primary = 0
        var secondary = 0
        var withheld = 0
        for round in 0..<600 {
            let t = TreeGenerator.tree(&rng)
            for k in [3, 5] {
                let policy = try SuppressionPolicy(k: k)
                let r = SmallCountSuppressor.suppress(t, policy: policy)
                assertProtected(t, policy, r, "tree \(round) k=\(k)")
                nodes += t.nodes.count
                primary += r.primary.count
                secondary += r.suppressed.count - r.primary.count
                withheld += r.withheld.count
            }
            trees += 1
        }
        print("Suppression property test: \(trees) random trees × k ∈ {3, 5}, \(nodes) cells: \(primary) primary, \(secondary) complementary, \(withheld) withheld; no hidden cell pinned")
    }

    /// The audit claims exactness; enumerate every completion of small published tables and
    /// compare, including hand-picked (not only suppressor-made) hiding patterns.
    func testAuditMatchesBruteForceEnumeration() throws {
        var rng = SeededGenerator(seed: 0xB2B7_E0F5)
        var checked = 0
        for round in 0..<3000 where checked < 300 {
            let t = TreeGenerator.tree(&rng, maxDepth: 3, maxFanOut: 3, maxValue: 6)
            let k = Int.random(in: 3...5, using: &rng)
            let policy = try SuppressionPolicy(k: k)
            let result: SuppressionResult
            if round % 2 == 0 {
                result = SmallCountSuppressor.suppress(t, policy: policy)
            } else {
                var suppressed = Set<String>()
                var primary = Set<String>()
                for node in t.nodes where Int.random(in: 0..<3, using: &rng) == 0 || (node.value > 0 && node.value < k) {
                    suppressed.insert(node.id)
                    if node.value > 0 && node.value < k && Bool.random(using: &rng) { primary.insert(node.id) }
                }
                result = SuppressionResult(suppressed: suppressed, primary: primary)
            }
            // Every finite bound is below `cap`; a cell whose maximum follows the cap is unbounded.
            let cap = t.nodes[t.root].value + (k - 1) * t.nodes.count + 1
            guard let brute = BruteForceAudit.intervals(t, result: result, k: k, cap: cap),
                  let wider = BruteForceAudit.intervals(t, result: result, k: k, cap: cap + 5) else { continue }
            let audit = SuppressionAttack.intervals(t, result: result, policy: policy)
            XCTAssertEqual(Set(audit.keys), Set(brute.keys), "round \(round)")
            for (id, range) in audit {
                guard let exact = brute[id], let exactWider = wider[id] else { continue }
                XCTAssertEqual(range.lowerBound, exact.lowerBound, "round \(round) \(id)")
                if range.upperBound == Int.max {
                    XCTAssertGreaterThan(exactWider.upperBound, exact.upperBound, "round \(round) \(id): audit says unbounded")
                } else {
                    XCTAssertEqual(range.upperBound, exact.upperBound, "round \(round) \(id)")
                    XCTAssertEqual(range.upperBound, exactWider.upperBound, "round \(round) \(id)")
                }
            }
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 300)
    }
}
