import Foundation

/// Canonical decomposition (NFD) and composition (NFC) in linear time.
///
/// Foundation's own normalisation on Linux is fine for a name but super-linear in the length of
/// the text, and far worse on long runs of combining marks (a 200 KB run of accents takes
/// seconds, 800 KB minutes), so a 3 MB title or a pasted "zalgo" cell could stall a build. Short
/// strings still go to Foundation whole, which is fastest for the names that make up almost all
/// calls; longer ones are normalised here, scalar by scalar:
/// - each scalar's full decomposition is asked of Foundation once per distinct scalar (a
///   one-scalar string costs nothing to normalise) and remembered for the rest of the text;
/// - runs of combining marks are put in canonical order with a sort, O(k log k) per run;
/// - composition follows UAX #15's algorithm, asking Foundation once per distinct pair whether
///   two scalars compose (again a tiny string), so exclusions and Hangul come out as Foundation
///   has them and both paths agree.
/// The caches live in one `Normalizer` per call: no shared state between threads.
enum Normalization {
    /// Below this many UTF-8 bytes Foundation's worst case is well under a millisecond.
    static let foundationLimit = 4096

    static func decomposed(_ text: String) -> [Unicode.Scalar] {
        if text.utf8.count <= foundationLimit {
            return Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
        }
        var normalizer = Normalizer()
        return normalizer.decompose(text.unicodeScalars)
    }

    static func composed(_ text: String) -> String {
        if text.utf8.count <= foundationLimit { return text.precomposedStringWithCanonicalMapping }
        return bothForms(text).nfc
    }

    /// Both forms, decomposing once: the collation key needs the scalars of one and the text of
    /// the other.
    static func bothForms(_ text: String) -> (nfd: [Unicode.Scalar], nfc: String) {
        if text.utf8.count <= foundationLimit {
            return (Array(text.decomposedStringWithCanonicalMapping.unicodeScalars), text.precomposedStringWithCanonicalMapping)
        }
        var normalizer = Normalizer()
        let nfd = normalizer.decompose(text.unicodeScalars)
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: normalizer.compose(nfd))
        return (nfd, String(scalars))
    }
}

struct Normalizer {
    private var decompositions: [UInt32: [Unicode.Scalar]] = [:]
    private var composites: [UInt64: Unicode.Scalar?] = [:]

    mutating func decompose<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.underestimatedCount)
        var runStart = 0  // where the current run of non-starters begins in `out`
        for scalar in scalars {
            // Nothing below U+00C0 has a canonical decomposition, and nothing there combines.
            if scalar.value < 0xC0 {
                finishRun(&out, from: runStart)
                out.append(scalar)
                runStart = out.count
                continue
            }
            for part in decomposition(of: scalar) {
                if Self.combiningClass(part) == 0 {
                    finishRun(&out, from: runStart)
                    out.append(part)
                    runStart = out.count
                } else {
                    out.append(part)
                }
            }
        }
        finishRun(&out, from: runStart)
        return out
    }

    /// UAX #15 canonical composition of NFD input: a mark joins the last starter unless another
    /// mark of the same or a higher class (or a starter) stands between them.
    mutating func compose(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var starter: Int?          // index in `out` of the last starter
        var lastClass: UInt8 = 0   // class of the last scalar kept after that starter; 0: none yet
        for scalar in scalars {
            let cls = Self.combiningClass(scalar)
            if let index = starter, lastClass == 0 || lastClass < cls, let composite = composite(out[index], scalar) {
                out[index] = composite
                continue
            }
            if cls == 0 {
                starter = out.count
                lastClass = 0
            } else {
                lastClass = cls
            }
            out.append(scalar)
        }
        return out
    }

    static func combiningClass(_ scalar: Unicode.Scalar) -> UInt8 {
        scalar.value < 0x300 ? 0 : scalar.properties.canonicalCombiningClass.rawValue
    }

    /// Stable by class: marks of equal class keep their order, as canonical ordering requires.
    private func finishRun(_ out: inout [Unicode.Scalar], from start: Int) {
        guard out.count - start > 1 else { return }
        // Class in the high bits, position in the low ones: sorting the keys sorts stably.
        var keys = out[start...].enumerated().map { UInt64(Self.combiningClass($0.element)) << 40 | UInt64($0.offset) }
        keys.sort()
        let run = Array(out[start...])
        for (index, key) in keys.enumerated() {
            out[start + index] = run[Int(key & 0xFF_FFFF_FFFF)]
        }
    }

    private mutating func decomposition(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if let hangul = Hangul.decompose(scalar) { return hangul }
        if let known = decompositions[scalar.value] { return known }
        let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
        decompositions[scalar.value] = parts
        return parts
    }

    private mutating func composite(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Unicode.Scalar? {
        // An ASCII scalar is never the second half of a composition.
        if second.value < 0x80 { return nil }
        if let hangul = Hangul.compose(first, second) { return hangul }
        let key = UInt64(first.value) << 32 | UInt64(second.value)
        if let known = composites[key] { return known }
        var pair = String.UnicodeScalarView()
        pair.append(first)
        pair.append(second)
        let joined = String(pair).precomposedStringWithCanonicalMapping.unicodeScalars
        let result = joined.count == 1 ? joined.first : nil
        composites[key] = result
        return result
    }
}

/// Hangul syllables decompose and compose by arithmetic (Unicode §3.12); doing it here spares
/// Foundation a call for each of the 11,172 syllables a Korean text can hold.
private enum Hangul {
    static let sBase: UInt32 = 0xAC00, lBase: UInt32 = 0x1100, vBase: UInt32 = 0x1161, tBase: UInt32 = 0x11A7
    static let lCount: UInt32 = 19, vCount: UInt32 = 21, tCount: UInt32 = 28
    static let nCount = vCount * tCount, sCount = lCount * nCount

    static func decompose(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        guard scalar.value >= sBase, scalar.value < sBase + sCount else { return nil }
        let index = scalar.value - sBase
        var parts = [Unicode.Scalar(lBase + index / nCount)!, Unicode.Scalar(vBase + index % nCount / tCount)!]
        if index % tCount != 0 { parts.append(Unicode.Scalar(tBase + index % tCount)!) }
        return parts
    }

    static func compose(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Unicode.Scalar? {
        let (a, b) = (first.value, second.value)
        if a >= lBase, a < lBase + lCount, b >= vBase, b < vBase + vCount {
            return Unicode.Scalar(sBase + ((a - lBase) * vCount + (b - vBase)) * tCount)
        }
        if a >= sBase, a < sBase + sCount, (a - sBase) % tCount == 0, b > tBase, b < tBase + tCount {
            return Unicode.Scalar(a + (b - tBase))
        }
        return nil
    }
}
