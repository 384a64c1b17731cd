import Synchronization

/// Segments already analysed and found clean, so the same text in the next file is not matched
/// again. A site repeats most of its segments on every page — the navigation, the footer, the
/// labels of a form printed four times per group — and the output audit reads every page.
///
/// Every byte is still read and normalised into segments; only the matching of a segment whose
/// exact scalars, path spans and flags were matched before with no finding is reused. Matching
/// is a pure function of those (and of the scanner's fixed tables), so the findings are the
/// same as without the memo. Segments with findings are never stored: they are matched again.
final class SegmentMemo: Sendable {
    /// Long segments (a paragraph of news) rarely repeat; they would only fill the memo.
    static let maxLength = 256
    /// Bounded: a province's unique segments (group names) would otherwise grow it without end.
    static let capacity = 16_384

    struct Key: Hashable, @unchecked Sendable {
        let s: [UInt32]
        let paths: [Range<Int>]
        let flags: UInt8
        let hash: Int

        init(_ seg: Segment, isCode: Bool) {
            s = seg.s
            paths = seg.paths
            flags = (seg.hasDigit ? 1 : 0) | (seg.mayHaveAt ? 2 : 0) | (seg.hasJoiner ? 4 : 0) | (isCode ? 8 : 0)
            var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(flags)
            s.withUnsafeBufferPointer { for v in $0 { h = (h ^ UInt64(v)) &* 0x100_0000_01B3 } }
            for r in paths { h = (h ^ UInt64(r.lowerBound << 20 | r.upperBound)) &* 0x100_0000_01B3 }
            hash = Int(truncatingIfNeeded: h)
        }

        /// The same key in storage of its own size (the segment's buffer is reused and large).
        private init(copying k: Key) {
            // A copy of exactly its length: `Array(slice)` of a whole array would keep the
            // segment's large buffer alive, one per entry.
            s = [UInt32](unsafeUninitializedCapacity: k.s.count) { buffer, n in
                n = k.s.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
            }
            paths = k.paths.isEmpty ? [] : k.paths.map { $0 }
            flags = k.flags
            hash = k.hash
        }

        var compact: Key { Key(copying: self) }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: Key, b: Key) -> Bool {
            guard a.hash == b.hash, a.flags == b.flags, a.s.count == b.s.count, a.paths == b.paths else { return false }
            return a.s.withUnsafeBufferPointer { x in
                b.s.withUnsafeBufferPointer { y in
                    var same = true
                    for i in 0..<x.count where x[i] != y[i] { same = false; break }
                    return same
                }
            }
        }
    }

    private let clean = Mutex<Set<Key>>([])

    func isClean(_ key: Key) -> Bool { clean.withLock { $0.contains(key) } }

    func insertClean(_ key: Key) {
        let stored = key.compact
        clean.withLock { set in
            if set.count >= Self.capacity { set.removeAll(keepingCapacity: true) }
            set.insert(stored)
        }
    }
}
