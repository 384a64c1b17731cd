import Foundation
import XCTest
import WardWatch

/// The debouncing rule, checked with instants made up by the test: no waiting on the clock.
final class DebounceTests: XCTestCase {
    private let start = ContinuousClock.now
    private func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

    func testABurstBecomesOneBatchAfterItGoesQuiet() {
        var debounce = Debounce(quiet: .milliseconds(250), longest: .seconds(2))
        XCTAssertNil(debounce.deadline)
        // An editor's save: temporary file, rename over the sheet, chmod.
        debounce.note(["content/progress/.2026-11.csv.swp"], at: at(0))
        debounce.note(["content/progress/2026-11.csv"], at: at(40))
        debounce.note(["content/progress/2026-11.csv"], at: at(60))
        XCTAssertEqual(debounce.deadline, at(310))
        XCTAssertNil(debounce.take(at: at(300)), "still within the quiet time after the last change")
        XCTAssertEqual(debounce.take(at: at(310)), ["content/progress/.2026-11.csv.swp", "content/progress/2026-11.csv"])
        XCTAssertNil(debounce.deadline, "taken changes are cleared")
        XCTAssertNil(debounce.take(at: at(5000)))
    }

    func testEachChangeInABurstPostponesTheBatch() {
        var debounce = Debounce(quiet: .milliseconds(250), longest: .seconds(2))
        for step in 0..<5 {
            debounce.note(["content/units.csv"], at: at(step * 200))
            XCTAssertNil(debounce.take(at: at(step * 200 + 249)))
        }
        XCTAssertEqual(debounce.take(at: at(4 * 200 + 250)), ["content/units.csv"])
    }

    func testAFileThatNeverStopsChangingIsStillBuiltAfterTheLongestWait() {
        var debounce = Debounce(quiet: .milliseconds(250), longest: .seconds(2))
        var taken: [Int] = []
        for step in 0...60 {
            let now = step * 100
            debounce.note(["content/log.md"], at: at(now))
            if debounce.take(at: at(now)) != nil { taken.append(now) }
        }
        // 2000: two seconds after the first change at 0; 4100: two seconds after the first at 2100.
        XCTAssertEqual(taken, [2000, 4100])
    }

    func testNothingNotedMeansNothingDue() {
        var debounce = Debounce()
        debounce.note([String](), at: at(0))
        XCTAssertNil(debounce.deadline)
        XCTAssertNil(debounce.take(at: at(10_000)))
    }

    func testLongestIsNeverShorterThanQuiet() {
        XCTAssertEqual(Debounce(quiet: .seconds(1), longest: .milliseconds(10)).longest, .seconds(1))
    }
}

/// The thread around the rule: batches arrive, and changes made during an action are kept for
/// the next one instead of starting a second action beside it.
final class ChangeCoalescerTests: XCTestCase {
    func testChangesAreDeliveredAsABatch() {
        let log = ChangeLog()
        let coalescer = ChangeCoalescer(Debounce(quiet: .milliseconds(20))) { log.record($0) }
        defer { coalescer.stop() }
        coalescer.note(["a", "b"])
        coalescer.note(["c"])
        XCTAssertTrue(log.await(["a", "b", "c"]))
    }

    func testChangesDuringAnActionBecomeExactlyOneMoreBatch() {
        let running = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let log = ChangeLog()
        let active = ActiveCount()
        let coalescer = ChangeCoalescer(Debounce(quiet: .milliseconds(1))) { batch in
            active.enter()
            if batch == ["first"] {
                running.signal()
                release.wait()
            }
            active.leave()
            log.record(batch)
        }
        defer { coalescer.stop() }
        coalescer.note(["first"])
        XCTAssertEqual(running.wait(timeout: .now() + 10), .success)
        for name in ["x", "y", "z"] { coalescer.note([name]) }
        release.signal()
        XCTAssertTrue(log.await(["first", "x", "y", "z"]))
        XCTAssertEqual(log.batches, 2, "the three changes made during the first action form one batch")
        XCTAssertEqual(active.most, 1, "actions never overlap")
    }

    func testStopWaitsForTheRunningActionAndEndsTheThread() {
        let entered = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let order = EventOrder()
        let coalescer = ChangeCoalescer(Debounce(quiet: .milliseconds(1))) { _ in
            entered.signal()
            release.wait()
            order.append("action ended")
        }
        coalescer.note(["a"])
        XCTAssertEqual(entered.wait(timeout: .now() + 10), .success)
        let stopped = expectation(description: "stop() returned")
        Thread {
            coalescer.stop()
            order.append("stop returned")
            stopped.fulfill()
        }.start()
        release.signal()
        wait(for: [stopped], timeout: 10)
        XCTAssertEqual(order.items, ["action ended", "stop returned"])
        coalescer.note(["b"])  // after stop: no thread is left to act on it, and nothing crashes
    }
}

private final class EventOrder: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func append(_ item: String) { lock.withLock { list.append(item) } }
    var items: [String] { lock.withLock { list } }
}

private final class ActiveCount: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 0
    private var highest = 0

    func enter() { lock.withLock { now += 1; highest = max(highest, now) } }
    func leave() { lock.withLock { now -= 1 } }
    var most: Int { lock.withLock { highest } }
    var current: Int { lock.withLock { now } }
}
