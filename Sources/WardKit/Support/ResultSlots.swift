import Foundation

/// Lets `concurrentPerform` workers fill disjoint slots of one array; read `values` only after
/// the parallel loop has returned.
final class ResultSlots<T>: @unchecked Sendable {
    private let lock = AdaptiveLock()
    private(set) var values: [T]

    init(_ initial: [T]) { values = initial }

    func set(_ i: Int, _ v: T) {
        lock.lock(); values[i] = v; lock.unlock()
    }
}
