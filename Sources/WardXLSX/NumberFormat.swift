/// What a cell's number format means for the text WardKit reads: a date or time (Excel stores
/// those as serial numbers), zero-padded digits (a group code «01»), or a plain number.
enum NumberFormat: Sendable, Equatable {
    case number
    case zeroPadded(width: Int)
    /// `date`/`time` say which parts the format shows; `seconds` whether time shows seconds.
    case dateTime(date: Bool, time: Bool, seconds: Bool)

    /// Built-in format ids (ECMA-376 §18.8.30): 14–22 and 45–47 are dates and times; 27–36 and
    /// 50–58 are the East Asian date formats.
    static func builtin(_ id: Int) -> NumberFormat {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: return .dateTime(date: true, time: false, seconds: false)
        case 22: return .dateTime(date: true, time: true, seconds: false)
        case 18, 20, 32: return .dateTime(date: false, time: true, seconds: false)
        case 19, 21, 33, 45...47: return .dateTime(date: false, time: true, seconds: true)
        case 1: return .number
        default: return .number
        }
    }

    /// Classifies a custom format code such as `dd/mm/yyyy`, `[$-42A]d mmmm yyyy`,
    /// `"Ngày "dd`, `hh:mm:ss` or `000`. Only the first section (before `;`) decides.
    static func custom(_ code: String) -> NumberFormat {
        var tokens = ""
        var iterator = code.makeIterator()
        var inQuotes = false, inBracket = false, bracket = ""
        while let c = iterator.next() {
            if inQuotes { if c == "\"" { inQuotes = false }; continue }
            if inBracket {
                if c == "]" {
                    inBracket = false
                    // [h], [mm], [ss]: elapsed time. Colours, locales and conditions say nothing.
                    if !bracket.isEmpty, bracket.lowercased().allSatisfy({ "hms".contains($0) }) { tokens += bracket.lowercased() }
                } else { bracket.append(c) }
                continue
            }
            switch c {
            case "\"": inQuotes = true
            case "[": inBracket = true; bracket = ""
            case "\\", "_", "*": _ = iterator.next()  // escaped, padding and fill characters
            case ";": break
            default: tokens.append(c)
            }
            if c == ";" { break }
        }
        var lower = tokens.lowercased()
        for marker in ["am/pm", "a/p", "general"] { lower = lower.replacingAll(marker) }
        let date = lower.contains("y") || lower.contains("d") || (lower.contains("m") && !lower.contains("h") && !lower.contains("s"))
        let time = lower.contains("h") || lower.contains("s")
        if date || time { return .dateTime(date: date, time: time, seconds: lower.contains("s")) }
        if !lower.isEmpty && lower.allSatisfy({ $0 == "0" }) { return .zeroPadded(width: lower.count) }
        return .number
    }
}

private extension String {
    func replacingAll(_ target: String) -> String {
        var out = self
        while let r = out.range(of: target) { out.removeSubrange(r) }
        return out
    }
}

/// `xl/styles.xml`: each cell's `s` attribute indexes `cellXfs`, whose `numFmtId` is a built-in
/// format or one of `numFmts`.
struct CellStyles: Sendable {
    private(set) var formats: [NumberFormat] = []

    func format(forStyle index: Int) -> NumberFormat {
        index >= 0 && index < formats.count ? formats[index] : .number
    }

    static func parse(_ bytes: [UInt8], part: String) throws(XLSXError) -> CellStyles {
        let parser = Parser()
        try parser.parse(bytes, part: part)
        var styles = CellStyles()
        styles.formats = parser.styleFormatIDs.map { id in parser.custom[id].map(NumberFormat.custom) ?? .builtin(id) }
        return styles
    }

    private final class Parser: XMLPart {
        var custom: [Int: String] = [:]
        var styleFormatIDs: [Int] = []
        private var inCellXfs = false

        override func start(_ name: Substring, _ attributes: Attributes) {
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { custom[id] = code }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs:
                styleFormatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }

        override func end(_ name: Substring) {
            if name == "cellXfs" { inCellXfs = false }
        }
    }
}
