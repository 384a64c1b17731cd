import Foundation
import WardMustache

/// Bounded memos of QR codes, shared by the render workers: a group's four sheets ask for the
/// same code, its SVG by URL and its titled value by URL and title.
final class QRCache: Sendable {
    private let svgs = BoundedMemo<String, String?>()
    private let values = BoundedMemo<String, MustacheValue>()

    func svg(for url: String, make: () -> String?) -> String? { svgs.value(for: url, make: make) }

    /// The titled value of a code (see `PrintPages.qr`), by URL and title.
    func value(for key: String, make: () -> MustacheValue) -> MustacheValue { values.value(for: key, make: make) }
}

/// At most `limit` entries, emptied when full: a province's pages come group by group, so an
/// entry is asked for again soon or never.
final class BoundedMemo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = AdaptiveLock()
    private let limit: Int
    private var entries: [Key: Value] = [:]

    init(limit: Int = 512) { self.limit = limit }

    func value(for key: Key, make: () -> Value) -> Value {
        lock.lock()
        if let hit = entries[key] { lock.unlock(); return hit }
        lock.unlock()
        let value = make()
        lock.lock()
        if entries.count > limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
        lock.unlock()
        return value
    }
}
