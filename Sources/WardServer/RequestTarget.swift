/// A request target reduced to folder names: percent-decoded, checked, and split.
///
/// Dot segments are refused outright instead of resolved. Browsers resolve them before sending,
/// so a ".." that reaches the server (raw or as %2e%2e, or hidden behind an encoded slash) is
/// only ever a probe for files outside the site.
struct RequestTarget: Sendable, Equatable {
    /// Decoded UTF-8 names, with empty ones ("a//b") and "." dropped.
    let segments: [String]
    /// "/tin-tuc/" names a folder; "/tin-tuc" may name a file.
    let hasTrailingSlash: Bool
    /// Raw query including "?", kept only to carry it across redirects; "" when absent.
    let query: String

    static func parse(_ raw: [UInt8]) -> RequestTarget? {
        var bytes = raw[...]
        if let fragment = bytes.firstIndex(of: UInt8(ascii: "#")) { bytes = bytes[..<fragment] }
        var query: ArraySlice<UInt8> = []
        if let mark = bytes.firstIndex(of: UInt8(ascii: "?")) {
            query = bytes[mark...]
            bytes = bytes[..<mark]
        }
        // Absolute form (RFC 9112 §3.2.2), which servers must accept though only proxies get it.
        for scheme in ["http://", "https://"] where bytes.lazy.map(lowercased).starts(with: Array(scheme.utf8)) {
            let authority = bytes.dropFirst(scheme.utf8.count)
            bytes = authority.firstIndex(of: slash).map { authority[$0...] } ?? [slash]
        }
        guard bytes.first == slash, let decoded = percentDecoded(bytes), !decoded.contains(0) else { return nil }

        var segments: [String] = []
        for piece in decoded.split(separator: slash) {
            if piece.elementsEqual([dot]) { continue }
            guard !piece.elementsEqual([dot, dot]), let name = String(validating: piece, as: UTF8.self) else {
                return nil
            }
            segments.append(name)
        }
        return RequestTarget(segments: segments, hasTrailingSlash: decoded.last == slash,
                             query: String(decoding: query.flatMap(percentEncodedNonASCII), as: UTF8.self))
    }

    /// Returns nil for a "%" not followed by two hex digits.
    static func percentDecoded(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "%") else {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 2 < bytes.endIndex, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else {
                return nil
            }
            output.append(high << 4 | low)
            index += 3
        }
        return output
    }

    /// Encodes a decoded path for a Location header: unreserved characters and "/" stay as they
    /// are, everything else (Vietnamese letters included) becomes %XX.
    static func percentEncodedPath(_ path: String) -> String {
        var output: [UInt8] = []
        for byte in path.utf8 {
            if isUnreserved(byte) || byte == slash {
                output.append(byte)
            } else {
                output.append(contentsOf: percentEscape(byte))
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func percentEncodedNonASCII(_ byte: UInt8) -> [UInt8] {
        byte < 0x80 ? [byte] : percentEscape(byte)
    }

    private static func percentEscape(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}

private let slash = UInt8(ascii: "/")
private let dot = UInt8(ascii: ".")
