import Foundation

/// Reads a PDF's page tree — how many pages it has and each page's size in points — so that
/// `wardkit print --pdf` can tell a form that spilled onto a second sheet, or came out on the
/// wrong paper, from one that printed right. Chromium (Skia) writes plain objects with a
/// classic cross-reference table; a PDF that keeps its page tree in compressed object streams
/// is reported as unreadable rather than guessed at.
enum PDFPageReader {
    struct Page: Equatable, Sendable {
        let width: Double
        let height: Double
    }

    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    static func pages(of data: Data) throws -> [Page] {
        var parser = PDFParser(bytes: [UInt8](data))
        let (objects, root) = parser.objects()
        guard case .reference(let rootNumber)? = root, case .dictionary(let catalog)? = objects[rootNumber],
              case .reference(let treeNumber)? = catalog["Pages"] else {
            throw Unreadable(description: objects.isEmpty ? "no PDF objects" : "no page tree (compressed object streams?)")
        }
        var pages: [Page] = []
        var visited: Set<Int> = []
        try walk(treeNumber, objects, inheritedBox: nil, rotate: 0, into: &pages, visited: &visited)
        if case .dictionary(let tree)? = objects[treeNumber], case .number(let count)? = tree["Count"], Int(count) != pages.count {
            throw Unreadable(description: "the page tree says \(Int(count)) pages but holds \(pages.count)")
        }
        return pages
    }

    /// Page attributes MediaBox and Rotate are inherited down the tree (ISO 32000-1, 7.7.3.4).
    private static func walk(_ number: Int, _ objects: [Int: PDFValue], inheritedBox: [Double]?, rotate: Int,
                             into pages: inout [Page], visited: inout Set<Int>) throws {
        guard visited.insert(number).inserted else { throw Unreadable(description: "the page tree has a loop at object \(number)") }
        guard case .dictionary(let node)? = objects[number] else { throw Unreadable(description: "page tree object \(number) is missing") }
        let box = node["MediaBox"].flatMap(numbers) ?? inheritedBox
        let turn = node["Rotate"].flatMap { if case .number(let n) = $0 { return Int(n) } else { return nil } } ?? rotate
        if case .name("Pages")? = node["Type"] {
            guard case .array(let kids)? = node["Kids"] else { throw Unreadable(description: "page tree node \(number) has no Kids") }
            for case .reference(let kid) in kids {
                try walk(kid, objects, inheritedBox: box, rotate: turn, into: &pages, visited: &visited)
            }
            return
        }
        guard let box, box.count == 4 else { throw Unreadable(description: "page \(pages.count + 1) has no MediaBox") }
        let (w, h) = (abs(box[2] - box[0]), abs(box[3] - box[1]))
        pages.append(((turn % 180) + 180) % 180 == 90 ? Page(width: h, height: w) : Page(width: w, height: h))
    }

    private static func numbers(_ value: PDFValue) -> [Double]? {
        guard case .array(let items) = value else { return nil }
        let out = items.compactMap { item -> Double? in if case .number(let n) = item { return n } else { return nil } }
        return out.count == items.count ? out : nil
    }
}

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
