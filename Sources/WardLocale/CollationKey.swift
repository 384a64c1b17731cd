import Foundation

/// A precomputed sort key for Vietnamese dictionary order.
///
/// The whole multi-level comparison is flattened into one byte string (as ICU sort keys do), so
/// sorting 100k names costs one key build per name and then only `memcmp`s: no normalisation
/// or table look-ups inside the n log n comparisons. Layout, levels separated by a 0x00 byte:
///
/// 1. primary — letters in the Vietnamese alphabet, numbers by value, word breaks;
/// 2. secondary — the tone of each word;
/// 3. tertiary — the case of each letter;
/// 4. the NFC text as UTF-8, so that two keys are equal exactly when the names are canonically
///    equal and sorting never depends on input order (spellings that differ only in
///    punctuation, such as "Vân Cù - Nam Thanh" and "Vân Cù-Nam Thanh", still sit together).
///
/// Every element's first byte is non-zero and elements are self-delimiting, so one key that is
/// a prefix of another within a level ends on the 0x00 separator and sorts first ("ma" < "mai").
public struct CollationKey: Sendable, Hashable, Comparable {
    let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public static func < (a: CollationKey, b: CollationKey) -> Bool {
        a.bytes.withUnsafeBufferPointer { pa in
            b.bytes.withUnsafeBufferPointer { pb in
                let common = min(pa.count, pb.count)
                let order = common == 0 ? 0 : memcmp(pa.baseAddress!, pb.baseAddress!, common)
                return order != 0 ? order < 0 : pa.count < pb.count
            }
        }
    }
}

extension Vietnamese {
    /// Build once per name and sort by the key when ordering many names.
    public static func collationKey(_ s: String) -> CollationKey {
        let forms = Normalization.bothForms(s)
        var builder = CollationKeyBuilder()
        for scalar in forms.nfd {
            builder.add(scalar)
        }
        return builder.finish(nfc: forms.nfc)
    }

    /// `a` sorts before `b` in Vietnamese order. Builds two keys per call: fine for a few
    /// comparisons; use `collationKey` or `sorted` for whole lists.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        collationKey(a) < collationKey(b)
    }

    /// `items` in Vietnamese order of `name`, computing each key exactly once.
    public static func sorted<S: Sequence>(_ items: S, by name: (S.Element) -> String) -> [S.Element] {
        items.map { (key: collationKey(name($0)), item: $0) }
            .sorted { $0.key < $1.key }
            .map(\.item)
    }

    public static func sorted<S: Sequence<String>>(_ names: S) -> [String] {
        sorted(names, by: { $0 })
    }
}
