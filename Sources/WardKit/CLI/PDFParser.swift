import Foundation

indirect enum PDFValue: Equatable {
    case number(Double), name(String), string, array([PDFValue]), dictionary([String: PDFValue]), reference(Int), other
}

/// Just enough of PDF's object syntax (ISO 32000-1, 7.3) to read dictionaries: streams are
/// skipped by their /Length, so binary page content is never mistaken for objects.
struct PDFParser {
    let bytes: [UInt8]
    var at = 0

    /// Every `N G obj … endobj` (a later definition of N wins, as incremental updates intend)
    /// and the last trailer's /Root.
    mutating func objects() -> ([Int: PDFValue], PDFValue?) {
        var objects: [Int: PDFValue] = [:]
        var root: PDFValue?
        while at < bytes.count {
            skipSpace()
            let start = at
            if keyword("trailer") {
                if case .dictionary(let trailer)? = value() { root = trailer["Root"] ?? root }
            } else if let number = integer(), skipSpace(), integer() != nil, skipSpace(), keyword("obj") {
                let object = value()
                if let object { objects[number] = object }
                skipSpace()
                if keyword("stream") { skipStream(length: object) }
            } else {
                at = start + 1
            }
        }
        return (objects, root)
    }

    private mutating func skipStream(length object: PDFValue?) {
        if at < bytes.count, bytes[at] == 0x0D { at += 1 }
        if at < bytes.count, bytes[at] == 0x0A { at += 1 }
        if case .dictionary(let d)? = object, case .number(let n)? = d["Length"], n >= 0, at + Int(n) <= bytes.count {
            at += Int(n)
        } else if let end = find(Array("endstream".utf8), from: at) {
            at = end
        }
    }

    private func find(_ needle: [UInt8], from: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    @discardableResult
    mutating func skipSpace() -> Bool {
        while at < bytes.count {
            switch bytes[at] {
            case 0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20: at += 1
            case UInt8(ascii: "%"): while at < bytes.count, bytes[at] != 0x0A, bytes[at] != 0x0D { at += 1 }
            default: return true
            }
        }
        return true
    }

    private static func isDelimiter(_ b: UInt8) -> Bool {
        b <= 0x20 || "()<>[]{}/%".utf8.contains(b)
    }

    private mutating func keyword(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard at + w.count <= bytes.count, Array(bytes[at..<(at + w.count)]) == w,
              at + w.count == bytes.count || Self.isDelimiter(bytes[at + w.count]) else { return false }
        at += w.count
        return true
    }

    private mutating func integer() -> Int? {
        var n = 0, digits = 0
        while at < bytes.count, (0x30...0x39).contains(bytes[at]), digits < 10 {
            n = n * 10 + Int(bytes[at] - 0x30); at += 1; digits += 1
        }
        return digits > 0 && (at == bytes.count || Self.isDelimiter(bytes[at])) ? n : nil
    }

    mutating func value(depth: Int = 0) -> PDFValue? {
        skipSpace()
        guard at < bytes.count, depth < 64 else { return nil }
        let b = bytes[at]
        if b == UInt8(ascii: "<"), at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: "<") {
            at += 2
            var d: [String: PDFValue] = [:]
            while true {
                skipSpace()
                if at + 1 < bytes.count, bytes[at] == UInt8(ascii: ">"), bytes[at + 1] == UInt8(ascii: ">") { at += 2; return .dictionary(d) }
                guard case .name(let key)? = value(depth: depth + 1), let v = value(depth: depth + 1) else { return nil }
                d[key] = v
            }
        }
        switch b {
        case UInt8(ascii: "["):
            at += 1
            var items: [PDFValue] = []
            while true {
                skipSpace()
                if at < bytes.count, bytes[at] == UInt8(ascii: "]") { at += 1; return .array(items) }
                guard let v = value(depth: depth + 1) else { return nil }
                items.append(v)
            }
        case UInt8(ascii: "/"):
            at += 1
            let start = at
            while at < bytes.count, !Self.isDelimiter(bytes[at]) { at += 1 }
            return .name(String(decoding: bytes[start..<at], as: UTF8.self))
        case UInt8(ascii: "("):
            var level = 0
            while at < bytes.count {
                let c = bytes[at]; at += 1
                if c == UInt8(ascii: "\\") { at += 1 } else if c == UInt8(ascii: "(") { level += 1 } else if c == UInt8(ascii: ")") {
                    level -= 1
                    if level == 0 { return .string }
                }
            }
            return nil
        case UInt8(ascii: "<"):
            guard let end = find([UInt8(ascii: ">")], from: at) else { return nil }
            at = end + 1
            return .string
        default:
            return number()
        }
    }

    /// A number, or `N G R`, or a bare keyword (true, false, null).
    private mutating func number() -> PDFValue? {
        let start = at
        while at < bytes.count, !Self.isDelimiter(bytes[at]) { at += 1 }
        guard at > start else { return nil }
        let token = String(decoding: bytes[start..<at], as: UTF8.self)
        guard let n = Double(token) else { return .other }
        if token.allSatisfy(\.isNumber) {
            let save = at
            skipSpace()
            if integer() != nil, skipSpace(), keyword("R") { return .reference(Int(n)) }
            at = save
        }
        return .number(n)
    }
}
