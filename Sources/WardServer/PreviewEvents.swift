import Foundation

/// What the page of a live preview is told: which build it is on, and, when the last rebuild
/// failed, what to show. The server knows nothing of builds; whoever builds (the `wardkit serve`
/// command) calls `built()` or `failed(_:)`, and every open page hears of it.
public final class PreviewEvents: @unchecked Sendable {
    /// Read and written only with `condition` held.
    private var state = PreviewState(generation: 0, failure: nil)
    /// Set when the server stops: no question waits any more (the object serves one server).
    private var closed = false
    private var waiting = 0
    private let condition = NSCondition()
    /// Changes when the server restarts, so a page left open across a restart reloads.
    public let instance: String

    /// Each waiting page holds one reply thread; beyond this, pages are asked to come back later
    /// rather than starve ordinary requests.
    static let maxWaiting = 16

    public init() {
        instance = String(UInt64.random(in: 1...UInt64.max), radix: 36)
    }

    public var current: PreviewState {
        condition.lock()
        defer { condition.unlock() }
        return state
    }

    /// A new build is in place: open pages reload.
    public func built() { publish(nil) }

    /// The rebuild failed and the last good build is still served: open pages show `failure`.
    public func failed(_ failure: PreviewFailure) { publish(failure) }

    private func publish(_ failure: PreviewFailure?) {
        condition.lock()
        state = PreviewState(generation: state.generation + 1, failure: failure)
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until the generation differs from `generation` or `timeout` passes, and returns the
    /// state then; `waited` is false when too many pages are already waiting (nothing is waited).
    public func wait(forChangeFrom generation: Int, timeout: Duration) -> (state: PreviewState, waited: Bool) {
        condition.lock()
        defer { condition.unlock() }
        guard state.generation == generation, !closed else { return (state, true) }
        guard waiting < PreviewEvents.maxWaiting else { return (state, false) }
        waiting += 1
        defer { waiting -= 1 }
        let (seconds, attoseconds) = timeout.components
        let until = Date(timeIntervalSinceNow: Double(seconds) + Double(attoseconds) / 1e18)
        while state.generation == generation && !closed {
            if !condition.wait(until: until) { break }
        }
        return (state, true)
    }

    /// Ends every wait at once, and every later one before it starts (the server is stopping).
    func interruptWaiting() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

public struct PreviewState: Sendable, Equatable {
    /// Counts builds and failed rebuilds alike, so each is news to a page that saw the one before.
    public let generation: Int
    public let failure: PreviewFailure?
}

/// What a page shows while a rebuild has failed. The texts come from the builder, already in
/// the staff member's language and already masked by its privacy guard; the page escapes them.
public struct PreviewFailure: Sendable, Equatable {
    public var language: String
    public var title: String
    public var messages: [String]
    public var note: String
    public var dismiss: String

    public init(language: String, title: String, messages: [String], note: String, dismiss: String) {
        self.language = language
        self.title = title
        self.messages = messages
        self.note = note
        self.dismiss = dismiss
    }
}
