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
