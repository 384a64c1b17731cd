import Dispatch
import Foundation
import Synchronization

/// Runs `action` for each debounced batch of changes, one at a time on its own thread. Changes
/// noted while the action runs (a save during a rebuild) wait and become the next batch, so
/// nothing is lost and builds never overlap.
public final class ChangeCoalescer: Sendable {
    private struct State {
        var debounce: Debounce
        var stopped = false
    }

    private let state: Mutex<State>
    private let wakeUp = DispatchSemaphore(value: 0)
    private let finished = DispatchGroup()

    public init(_ debounce: Debounce = Debounce(), action: @escaping @Sendable (Set<String>) -> Void) {
        state = Mutex(State(debounce: debounce))
        finished.enter()
        Thread { [self] in
            loop(action)
            finished.leave()
        }.start()
    }

    public func note(_ paths: Set<String>) {
        state.withLock { $0.debounce.note(paths, at: .now) }
        wakeUp.signal()
    }

    /// Waits for a running action to end; pending changes are dropped.
    public func stop() {
        state.withLock { $0.stopped = true }
        wakeUp.signal()
        finished.wait()
    }

    private func loop(_ action: @Sendable (Set<String>) -> Void) {
        while true {
            enum Next { case stop, act(Set<String>), sleep(Duration?) }
            let next: Next = state.withLock { state in
                if state.stopped { return .stop }
                let now = ContinuousClock.now
                if let batch = state.debounce.take(at: now) { return .act(batch) }
                return .sleep(state.debounce.deadline.map { $0 - now })
            }
            switch next {
            case .stop:
                return
            case .act(let batch):
                action(batch)
            case .sleep(nil):
                wakeUp.wait()
            case .sleep(let remaining?):
                let (seconds, attoseconds) = remaining.components
                let nanoseconds = max(0, Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
                _ = wakeUp.wait(timeout: .now() + .nanoseconds(nanoseconds))
            }
        }
    }
}
