import Foundation

/// Every output path of a build, each with a small integer id, shared by the tables that follow
/// a path through the build (the gate's owners, the link check's written set, the staged
/// output's sizes and stamps, the incremental inputs). A province has half a million paths: as
/// the keys of five hash tables they cost some 170 MB at 100k groups, most of it empty
/// buckets; as one table and arrays indexed by id, about a third of that.
///
/// The tables that share it still key on the path: one that is given its own (`OutputPaths()`)
/// behaves the same, only without the sharing.
final class OutputPaths: @unchecked Sendable {
    private let lock = AdaptiveLock()
    private var ids: [String: Int32] = [:]
    private var paths: [String] = []

    init() {}

    /// Room for `capacity` paths from the start (a rebuild knows the previous build's count):
    /// half a million insertions otherwise regrow the table a dozen times, under the lock.
    init(capacity: Int) {
        ids.reserveCapacity(capacity)
        paths.reserveCapacity(capacity)
    }

    /// The path's id, given it the first time the path is seen.
    func id(_ path: String) -> Int {
        lock.lock(); defer { lock.unlock() }
        if let id = ids[path] { return Int(id) }
        paths.append(path)
        ids[path] = Int32(paths.count - 1)
        return paths.count - 1
    }

    /// The id of a path already seen, without giving one to a new path.
    func existing(_ path: String) -> Int? {
        lock.lock(); defer { lock.unlock() }
        return ids[path].map(Int.init)
    }

    /// Every path seen so far, indexed by id.
    var all: [String] {
        lock.lock(); defer { lock.unlock() }
        return paths
    }
}

/// A value per path id, for the tables that share `OutputPaths`: grown as ids come, `absent`
/// where a path has none.
struct PathColumn<Value> {
    private(set) var values: [Value] = []
    let absent: Value

    init(absent: Value) { self.absent = absent }

    subscript(id: Int) -> Value {
        get { id < values.count ? values[id] : absent }
        set {
            if id >= values.count { values.append(contentsOf: repeatElement(absent, count: id + 1 - values.count)) }
            values[id] = newValue
        }
    }
}
