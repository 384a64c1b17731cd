/// A table of values by string key for the model's per-unit tables (a month's sheet rows, the
/// groups' statuses, the units by id): the values in one array, the hash table holding only
/// each key's place in it.
///
/// Why not a Dictionary: its buckets hold the values themselves and are at most three quarters
/// full, rounded up to a power of two. At a province's 100k groups that is 262,144 buckets of
/// a 160-byte sheet row, 46 MB a month, where the rows take 16 MB; here the buckets are
/// 20 bytes. Iteration is in the order keys were first set, which is also deterministic.
public struct KeyedTable<Value>: Sequence, ExpressibleByDictionaryLiteral {
    private var slots: [String: Int32] = [:]
    private var keyList: [String] = []
    private var valueList: [Value] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, Value)...) {
        for (k, v) in elements { self[k] = v }
    }

    public init(minimumCapacity n: Int) {
        slots.reserveCapacity(n)
        keyList.reserveCapacity(n)
        valueList.reserveCapacity(n)
    }

    /// Setting nil is not supported (the model's tables only grow); it is a programming error.
    public subscript(key: String) -> Value? {
        get { slots[key].map { valueList[Int($0)] } }
        set {
            guard let newValue else { preconditionFailure("KeyedTable does not remove keys") }
            if let i = slots[key] {
                valueList[Int(i)] = newValue
            } else {
                slots[key] = Int32(valueList.count)
                keyList.append(key)
                valueList.append(newValue)
            }
        }
    }

    public var count: Int { valueList.count }
    public var isEmpty: Bool { valueList.isEmpty }
    public var keys: [String] { keyList }
    public var values: [Value] { valueList }

    /// This table with `other`'s keys added; for a key in both, `combine(mine, theirs)`.
    public func merging(_ other: KeyedTable<Value>, uniquingKeysWith combine: (Value, Value) -> Value) -> KeyedTable<Value> {
        var out = self
        for (k, v) in other { out[k] = out[k].map { combine($0, v) } ?? v }
        return out
    }

    public func makeIterator() -> some IteratorProtocol<(key: String, value: Value)> {
        zip(keyList, valueList).lazy.map { (key: $0.0, value: $0.1) }.makeIterator()
    }
}

extension KeyedTable: Sendable where Value: Sendable {}
