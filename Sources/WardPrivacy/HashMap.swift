/// An open-addressing table keyed by hashes the scanner already computed: the standard
/// Dictionary would hash them again (SipHash) on every lookup, and the scanner looks words up
/// several times per word of a province.
struct HashMap<Value: Sendable>: Sendable {
    private var keys = [UInt64](repeating: 0, count: 16)
    private var values = [Value?](repeating: nil, count: 16)
    private var count = 0

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    mutating func set(_ k: UInt64, _ value: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = k == 0 ? 1 : k
        let mask = keys.count - 1
        var i = Self.slot(key, mask)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = key
        values[i] = value
    }

    @inline(__always) func get(_ k: UInt64) -> Value? {
        let key = k == 0 ? 1 : k
        let mask = keys.count - 1
        var i = Self.slot(key, mask)
        while true {
            let c = keys[i]
            if c == key { return values[i] }
            if c == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    @inline(__always) func contains(_ k: UInt64) -> Bool { get(k) != nil }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            if let v { set(k, v) }
        }
    }
}
