import Foundation
import WardMustache

/// A 128-bit fingerprint of what a page was made from, stable across processes and machines
/// (Swift's `Hasher` is seeded per process, so it cannot be kept on disk).
///
/// It is not cryptographic, and need not be: a collision can only make a build reuse a file
/// the previous build audited and published, never publish bytes the guard has not read.
public struct Digest: Hashable, Sendable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    public var description: String { Self.hex(high) + Self.hex(low) }

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    init?<S: StringProtocol>(hex: S) {
        guard hex.utf8.count == 32, let h = UInt64(hex.prefix(16), radix: 16), let l = UInt64(hex.suffix(16), radix: 16) else { return nil }
        self.init(high: h, low: l)
    }

    private static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.utf8.count) + s
    }

    public static func of(_ data: Data) -> Digest { var h = DigestBuilder(); h.add(data); return h.finish() }
    public static func of(_ text: String) -> Digest { var h = DigestBuilder(); h.add(text); return h.finish() }
}

/// Two independent 64-bit lanes fed 8 bytes at a time, each value framed by its length or a
/// tag, so that ("ab", "c") and ("a", "bc") differ.
public struct DigestBuilder: Sendable {
    private var a: UInt64 = 0x243F_6A88_85A3_08D3
    private var b: UInt64 = 0x1319_8A2E_0370_7344
    private var words: UInt64 = 0

    public init() {}

    @inline(__always) private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    @inline(__always) public mutating func add(_ w: UInt64) {
        a = Self.rotl(a ^ (w &* 0x9E37_79B9_7F4A_7C15), 31) &* 0xC2B2_AE3D_27D4_EB4F
        b = Self.rotl(b &+ (w &* 0x1656_67B1_9E37_79F9), 27) &* 0x85EB_CA77_C2B2_AE63 ^ a
        words &+= 1
    }

    public mutating func add(_ i: Int) { add(UInt64(bitPattern: Int64(i))) }

    public mutating func add(_ buffer: UnsafeRawBufferPointer) {
        add(UInt64(buffer.count) | 0xB000_0000_0000_0000)
        var i = 0
        let n = buffer.count
        while i + 8 <= n {
            add(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n { tail |= UInt64(buffer[i]) << shift; shift += 8; i += 1 }
            add(tail)
        }
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ data: Data) { data.withUnsafeBytes { add($0) } }

    public mutating func add(_ d: Digest) { add(d.high); add(d.low) }

    /// A Mustache context, the whole tree. An object's entries are combined by addition, so the
    /// order a dictionary happens to iterate in (it differs from run to run) does not matter.
    public mutating func add(_ value: MustacheValue) {
        switch value {
        case .null: add(UInt64(0xA0))
        case .bool(let v): add(UInt64(v ? 0xA2 : 0xA1))
        case .int(let v): add(UInt64(0xA3)); add(v)
        case .double(let v): add(UInt64(0xA4)); add(v.bitPattern)
        case .string(let v): add(UInt64(0xA5)); add(v)
        case .array(let items):
            add(UInt64(0xA6)); add(items.count)
            for item in items { add(item) }
        case .object(let entries):
            add(UInt64(0xA7)); add(entries.count)
            var high: UInt64 = 0, low: UInt64 = 0
            for (key, item) in entries {
                var h = DigestBuilder()
                h.add(key)
                h.add(item)
                let d = h.finish()
                high &+= d.high
                low &+= d.low
            }
            add(high); add(low)
        }
    }

    @inline(__always) private static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        z = (z ^ (z >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return z ^ (z >> 33)
    }

    public func finish() -> Digest {
        let h = Self.mix(a ^ Self.rotl(b, 17) ^ words)
        let l = Self.mix(b &+ Self.rotl(a, 41) &+ (words &* 0x9E37_79B9_7F4A_7C15))
        return Digest(high: h, low: l)
    }
}
