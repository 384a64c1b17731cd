import Foundation
import Synchronization
import XCTest
@testable import WardKit

/// The build runs independent stages side by side (Concurrently) and reads the previous record
/// on another thread (Background): each must run its work once and hand back exactly its result.
final class ConcurrentlyTests: XCTestCase {
    func testBothStagesRunOnceAndKeepTheirOwnResult() {
        let runs = Mutex([0, 0])
        for n in 0..<200 {
            let (a, b) = Concurrently.both({ () -> [Int] in
                runs.withLock { $0[0] += 1 }
                return Array(0..<n)
            }, { () -> String in
                runs.withLock { $0[1] += 1 }
                return String(repeating: "đ", count: n)
            })
            XCTAssertEqual(a, Array(0..<n))
            XCTAssertEqual(b, String(repeating: "đ", count: n))
        }
        XCTAssertEqual(runs.withLock { $0 }, [200, 200])
    }

    func testAFailureInOneStageIsHandedBackNotLost() {
        struct Refused: Error, Equatable {}
        let (a, b) = Concurrently.both({ Result<Int, Refused> { () throws(Refused) in throw Refused() } }, { 7 })
        XCTAssertEqual(a, .failure(Refused()))
        XCTAssertEqual(b, 7)
    }

    func testABackgroundValueIsTheWorksResultHoweverOftenRead() {
        let started = Mutex(0)
        let value = Background { () -> [String] in
            started.withLock { $0 += 1 }
            Thread.sleep(forTimeInterval: 0.05)
            return ["tổ 1", "tổ 2"]
        }
        XCTAssertEqual(value.value, ["tổ 1", "tổ 2"], "read before the work ends: waits for it")
        XCTAssertEqual(value.value, ["tổ 1", "tổ 2"])
        XCTAssertEqual(started.withLock { $0 }, 1)
    }
}
