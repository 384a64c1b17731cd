/// When to act on a burst of changes: once the files have been quiet for `quiet` (an editor's
/// save is a write, a rename and a chmod within milliseconds; a copied folder is hundreds of
/// creations), but no later than `longest` after the first change, so a file that keeps
/// changing still gets built. A value with no clock of its own: callers pass the time, which
/// makes the rule testable without waiting.
public struct Debounce: Sendable {
    public let quiet: Duration
    public let longest: Duration
    public private(set) var pending: Set<String> = []
    private var first: ContinuousClock.Instant?
    private var last: ContinuousClock.Instant?

    public init(quiet: Duration = .milliseconds(250), longest: Duration = .seconds(2)) {
        self.quiet = quiet
        self.longest = max(quiet, longest)
    }

    public mutating func note<Paths: Sequence<String>>(_ paths: Paths, at now: ContinuousClock.Instant) {
        var any = false
        for path in paths {
            pending.insert(path)
            any = true
        }
        guard any else { return }
        if first == nil { first = now }
        last = now
    }

    /// When the pending changes are due; nil when there are none.
    public var deadline: ContinuousClock.Instant? {
        guard let first, let last else { return nil }
        return min(last + quiet, first + longest)
    }

    /// The pending changes, once due; they are then cleared.
    public mutating func take(at now: ContinuousClock.Instant) -> Set<String>? {
        guard let deadline, now >= deadline else { return nil }
        defer {
            pending = []
            first = nil
            last = nil
        }
        return pending
    }
}
