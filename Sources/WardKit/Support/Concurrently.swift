import Dispatch

/// Independent stages side by side on the two cores. On a rebuild that reuses almost every
/// page, the stages between loading and rendering are serial and make up most of its wall time,
/// with the second core idle through them. Only stages that read finished values and write
/// nothing shared are run this way; their results (and errors) are then taken in the order the
/// serial pipeline had, so a build reports exactly what it reported before.
enum Concurrently {
    static func both<A, B>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        let first = ResultSlots<A?>([nil]), second = ResultSlots<B?>([nil])
        withoutActuallyEscaping(a) { a in
            withoutActuallyEscaping(b) { b in
                DispatchQueue.concurrentPerform(iterations: 2) { i in
                    if i == 0 { first.set(0, a()) } else { second.set(0, b()) }
                }
            }
        }
        return (first.values[0]!, second.values[0]!)
    }
}

/// A value made on another thread from the start of a build, taken when a later stage needs it.
final class Background<T>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async(group: group) { self.result = work() }
    }

    var value: T {
        group.wait()
        return result!
    }
}
