/// An OPC relationships part (`_rels/.rels`, `xl/_rels/workbook.xml.rels`): how a workbook finds
/// its parts. Writers disagree on paths (relative, absolute, `./`), never on relationships.
struct Relationships {
    struct Target {
        let type: String
        /// The part's name inside the archive, resolved against the source part's folder.
        let path: String
    }

    private(set) var byID: [String: Target] = [:]
    private(set) var all: [Target] = []

    /// The first target whose type ends with `/kind` (types differ between transitional and strict OOXML).
    func first(ofKind kind: String) -> Target? {
        all.first { $0.type.hasSuffix("/" + kind) }
    }

    static func parse(_ bytes: [UInt8], part: String, sourceFolder: String) throws(XLSXError) -> Relationships {
        let parser = Parser(folder: sourceFolder)
        try parser.parse(bytes, part: part)
        return parser.result
    }

    /// Joins an OPC target to its source folder: `/xl/x.xml` is absolute, `../media/a.png` climbs.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }

    private final class Parser: XMLPart {
        let folder: String
        var result = Relationships()

        init(folder: String) { self.folder = folder }

        override func start(_ name: Substring, _ attributes: Attributes) {
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                  attributes["TargetMode"] != "External" else { return }
            let resolved = Target(type: attributes["Type"] ?? "", path: Relationships.resolve(target, from: folder))
            result.byID[id] = resolved
            result.all.append(resolved)
        }
    }
}

/// `xl/workbook.xml`: the sheets in tab order, with the relationship that locates each, and
/// which date system the serial numbers use.
struct WorkbookIndex {
    struct Sheet {
        let name: String
        let relationshipID: String
        let isHidden: Bool
    }

    private(set) var sheets: [Sheet] = []
    /// Dates count days from 1904-01-01 (old Mac Excel; an option in every Excel) instead of 1900.
    private(set) var uses1904Dates = false

    static func parse(_ bytes: [UInt8], part: String) throws(XLSXError) -> WorkbookIndex {
        let parser = Parser()
        try parser.parse(bytes, part: part)
        return parser.result
    }

    private final class Parser: XMLPart {
        var result = WorkbookIndex()

        override func start(_ name: Substring, _ attributes: Attributes) {
            switch name {
            case "workbookPr":
                result.uses1904Dates = ["1", "true"].contains(attributes["date1904"]?.lowercased() ?? "")
            case "sheet":
                guard let sheetName = attributes["name"], let id = attributes["id"] else { return }
                let state = attributes["state"] ?? "visible"
                result.sheets.append(Sheet(name: sheetName, relationshipID: id, isHidden: state != "visible"))
            default:
                break
            }
        }
    }
}
