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

    /// Split by hash into shards with a lock each: the render workers audit pages at the same
    /// time, and one lock around one set was a tenth of the memo's cost in contention.
    private static let shardCount = 16
    private let shards: [Shard] = (0..<SegmentMemo.shardCount).map { _ in
        Shard(capacity: SegmentMemo.capacity / SegmentMemo.shardCount)
    }

    private final class Shard: Sendable {
        let table: Mutex<Table>
        init(capacity: Int) { table = Mutex(Table(capacity: capacity)) }
    }

    @inline(__always) private func shard(_ key: Key) -> Shard {
        shards[Int(truncatingIfNeeded: UInt64(bitPattern: Int64(key.hash)) >> 60) & (Self.shardCount - 1)]
    }

    func isClean(_ key: Key) -> Bool { shard(key).table.withLock { $0.lookup(key) } }

    func insertClean(_ key: Key) {
        let stored = key.compact
        shard(key).table.withLock { $0.insert(stored) }
    }

    /// Two generations of a table: when the current one is full it becomes the previous one
    /// (the older is dropped), and a key found there moves back into the current one. Clearing
    /// a full table outright, as before, also dropped the segments every page repeats (the
    /// navigation, the footer, a form's labels), which a province's stream of unique segments
    /// (group names, paths) fills the table past many times a build; each was then matched
    /// again. Kept or dropped, the findings are the same: only clean segments are stored.
    struct Table {
        private var current: Generation
        private var previous: Generation

        init(capacity: Int) {
            current = Generation(capacity: capacity)
            previous = Generation(capacity: capacity)
        }

        mutating func lookup(_ key: Key) -> Bool {
            if current.index(of: key) != nil { return true }
            guard let i = previous.index(of: key) else { return false }
            add(previous.key(at: i))
            return true
        }

        mutating func insert(_ key: Key) {
            if current.index(of: key) != nil { return }
            add(key)
        }

        private mutating func add(_ key: Key) {
            if current.isFull {
                swap(&current, &previous)
                current.removeAll()
            }
            current.add(key)
        }
    }

    /// Open addressing on the key's own hash, computed once when the key was made: a `Set`
    /// hashed it again (SipHash) on every lookup of every segment of every page. The hashes sit
    /// in their own array (0 = empty), so a probe compares integers and only copies out a key,
    /// retaining its arrays, when the hash already matches.
    struct Generation {
        private var hashes: [Int]
        private var slots: [Key?]
        private var count = 0
        private let capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            var n = 16
            while n < capacity * 2 { n <<= 1 }
            hashes = Array(repeating: 0, count: n)
            slots = Array(repeating: nil, count: n)
        }

        /// The stored hash: never 0, which marks an empty slot.
        @inline(__always) private static func tag(_ hash: Int) -> Int { hash == 0 ? 1 : hash }

        @inline(__always) private func start(_ hash: Int) -> Int {
            Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(hash)) &* 0x9E37_79B9_7F4A_7C15) >> 29) & (hashes.count - 1)
        }

        var isFull: Bool { count >= capacity }

        /// The slot of the stored key equal to `key`, if any.
        func index(of key: Key) -> Int? {
            let mask = hashes.count - 1
            let tag = Self.tag(key.hash)
            var i = start(key.hash)
            return hashes.withUnsafeBufferPointer { h in
                while h[i] != 0 {
                    if h[i] == tag, slots[i]! == key { return i }
                    i = (i + 1) & mask
                }
                return nil
            }
        }

        func key(at i: Int) -> Key { slots[i]! }

        mutating func removeAll() {
            guard count > 0 else { return }
            for i in slots.indices { slots[i] = nil; hashes[i] = 0 }
            count = 0
        }

        /// Adds a key not yet present; the caller makes room first (`isFull`).
        mutating func add(_ key: Key) {
            let mask = hashes.count - 1
            var i = start(key.hash)
            while hashes[i] != 0 { i = (i + 1) & mask }
            hashes[i] = Self.tag(key.hash)
            slots[i] = key
            count += 1
        }
    }
}
