import Foundation
@testable import WardKit

/// One item of the independent privacy corpus (Tests/Corpus/privacy, written by someone who
/// had not read the guard's code): a text, the place it goes, and for planted items the value
/// that must be refused.
struct CorpusItem: Decodable {
    let id: String
    let `class`: String
    let place: String
    let text: String
    let value: String?
    let key: String?
    let unit_names: [String]?
    let declared_official: String?
    let declared_office_address: String?

    var isPlanted: Bool { value != nil }

    static func load(_ name: String) throws -> [CorpusItem] {
        // WARDKIT_PRIVACY_CORPUS points the same test at a held-out corpus of the same format.
        let folder = ProcessInfo.processInfo.environment["WARDKIT_PRIVACY_CORPUS"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.appendingPathComponent("Tests/Corpus/privacy")
        let url = folder.appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(CorpusItem.self, from: Data($0.utf8))
        }
    }

    /// Places that take one item per site (a single settings line, one row of a sheet, one
    /// strings key); every other place gives each item a file or row of its own, so many items
    /// can share one build and be told apart by file and line.
    var isSingleton: Bool {
        ["settings_description", "settings_office_address", "csv_units_mailbox", "csv_hotlines_name",
         "csv_progress_decision_number", "theme_strings_value"].contains(place) || declared_office_address != nil
    }
}

/// Where an embedded item's text landed: file, line, and the columns (in characters) of the
/// planted value — or only the file, for file names.
struct Landing {
    let file: String
    let line: Int?
    let valueColumns: ClosedRange<Int>?
}

/// Edits a scratch copy of the sample site to hold corpus items in their places.
struct CorpusSite {
    let dir: URL
    private var files: [String: String] = [:]
    private var extraUnits: [String] = []
    /// Unit names already in units.csv: a second unit of the same name would collide on its URL
    /// slug and stop the build before the output audit, for a reason that is not privacy.
    private var unitNames: Set<String> = []
    private var extraStatistics: [String] = []
    private var extraSheetRows: [String] = []
    private var officials: [String] = []
    private var themeStrings: [String] = []

    init(dir: URL) throws {
        self.dir = dir
        for f in ["content/units.csv", "content/settings.txt", "content/hotlines.csv", "content/progress/2026-11.csv", "content/indicators.csv", "content/statistics/2026-11.csv"] {
            files[f] = try read(f, in: dir)
        }
        for line in files["content/units.csv"]!.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            if cells.count > 1 { unitNames.insert(String(cells[1])) }
        }
    }

    static func csvField(_ s: String) -> String {
        s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// Character column of `value` inside `line`, starting from 1.
    static func columns(of value: String?, in line: String) -> ClosedRange<Int>? {
        guard let value, let r = line.range(of: value) else { return nil }
        let start = line.distance(from: line.startIndex, to: r.lowerBound) + 1
        return start...(start + value.count - 1)
    }

    /// Lays one item out and returns where its text is.
    mutating func embed(_ item: CorpusItem, index n: Int) throws -> Landing {
        for name in item.unit_names ?? [] where unitNames.insert(name).inserted {
            extraUnits.append("KU\(extraUnits.count),\(Self.csvField(name)),Tổ dân phố,SM,100,")
        }
        if let o = item.declared_official { officials.append(o) }
        let news = "content/news/2026-10-01-kiem-tra-\(n).md"
        let front = ["---", "title: Tin kiểm tra", "date: 2026-10-01", "summary: Tin kiểm tra.", "---"]
        func post(_ lines: [String], _ textLine: String, at line: Int, file: String = news) throws -> Landing {
            try write(lines.joined(separator: "\n") + "\n", to: file, in: dir)
            return Landing(file: file, line: line, valueColumns: Self.columns(of: item.value, in: textLine))
        }
        if let address = item.declared_office_address { try setSetting("office_address", address) }
        switch item.place {
        case "markdown_body": return try post(front + [item.text], item.text, at: 6)
        case "markdown_heading": let l = "## " + item.text; return try post(front + [l], l, at: 6)
        case "markdown_table_cell":
            let l = "| Tuyên truyền | \(item.text) |"
            return try post(front + ["| Nội dung | Ghi chú |", "|---|---|", l], l, at: 8)
        case "markdown_code_span": let l = "Xem `\(item.text)` trong tệp."; return try post(front + [l], l, at: 6)
        case "markdown_link_url": let l = "[Xem chi tiết](\(item.text))"; return try post(front + [l], l, at: 6)
        case "markdown_image_alt": let l = "![\(item.text)](/og-image.png)"; return try post(front + [l], l, at: 6)
        case "front_matter_title":
            let l = "title: " + item.text
            return try post(["---", l, "date: 2026-10-01", "summary: Tin kiểm tra.", "---", "Nội dung."], l, at: 2)
        case "front_matter_summary":
            let l = "summary: " + item.text
            return try post(["---", "title: Tin kiểm tra", "date: 2026-10-01", l, "---", "Nội dung."], l, at: 4)
        case "news_file_name":
            _ = try post(front + ["Nội dung."], "", at: 1, file: "content/news/\(item.text).md")
            return Landing(file: "content/news/\(item.text).md", line: nil, valueColumns: nil)
        case "page_file_name":
            _ = try post(["---", "title: Trang kiểm tra", "---", "Nội dung."], "", at: 1, file: "content/pages/\(item.text).md")
            return Landing(file: "content/pages/\(item.text).md", line: nil, valueColumns: nil)
        case "csv_units_name":
            // A name the sheet already holds is already scanned in its own row.
            if !item.isPlanted && !unitNames.insert(item.text).inserted { return Landing(file: "content/units.csv", line: nil, valueColumns: nil) }
            let row = "KT\(n),\(Self.csvField(item.text)),Tổ dân phố,SM,100,"
            extraUnits.append(row)
            return Landing(file: "content/units.csv", line: nil, valueColumns: nil).locating(row, item.value, in: self)
        case "csv_statistics_indicator":
            // The indicator's wording lives in indicators.csv; the month's sheet refers to its code.
            let row = "PV\(n),\(Self.csvField(item.text)),vụ,không,,,"
            extraStatistics.append(row)
            extraSheetRows.append("SM,PV\(n),4,6")
            return Landing(file: "content/indicators.csv", line: nil, valueColumns: nil).locating(row, item.value, in: self)
        case "csv_units_mailbox":
            return try replaceRow("content/units.csv", startingWith: "TDP05,", column: 5, with: item.text, value: item.value)
        case "csv_hotlines_name":
            return try replaceRow("content/hotlines.csv", startingWith: "Công an phường Sông Mây,", column: 0, with: item.text, value: item.value)
        case "csv_progress_decision_number":
            return try replaceRow("content/progress/2026-11.csv", startingWith: "TDP03,", column: 13, with: item.text, value: item.value)
        case "settings_description": return try setSetting("description", item.text, value: item.value)
        case "settings_office_address": return try setSetting("office_address", item.text, value: item.value)
        case "theme_strings_value":
            // Items of different keys share a build: each gets its own line of the one file.
            let l = "\(item.key!): \(item.text)"
            themeStrings.append(l)
            return Landing(file: "theme/strings.txt", line: themeStrings.count, valueColumns: Self.columns(of: item.value, in: l))
        default: fatalError("unknown place \(item.place)")
        }
    }

    /// Writes the sheets and settings that collect rows from several items.
    func finish() throws {
        var units = files["content/units.csv"]!
        if !units.hasSuffix("\n") { units += "\n" }
        try write(units + extraUnits.map { $0 + "\n" }.joined(), to: "content/units.csv", in: dir)
        var indicators = files["content/indicators.csv"]!
        if !indicators.hasSuffix("\n") { indicators += "\n" }
        try write(indicators + extraStatistics.map { $0 + "\n" }.joined(), to: "content/indicators.csv", in: dir)
        var sheet = files["content/statistics/2026-11.csv"]!
        if !sheet.hasSuffix("\n") { sheet += "\n" }
        try write(sheet + extraSheetRows.map { $0 + "\n" }.joined(), to: "content/statistics/2026-11.csv", in: dir)
        var settings = files["content/settings.txt"]!
        if !officials.isEmpty {
            settings = settings.replacingOccurrences(of: "public_names: [Trần Văn Minh, Lê Thị Hồng]",
                                                     with: "public_names: [Trần Văn Minh, Lê Thị Hồng, \(officials.joined(separator: ", "))]")
        }
        try write(settings, to: "content/settings.txt", in: dir)
        if !themeStrings.isEmpty { try write(themeStrings.map { $0 + "\n" }.joined(), to: "theme/strings.txt", in: dir) }
        for f in ["content/hotlines.csv", "content/progress/2026-11.csv"] { try write(files[f]!, to: f, in: dir) }
    }

    /// Line number a row appended to a sheet will have.
    func appendedLine(_ file: String, _ row: String) -> Int {
        let base = files[file]!.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }.count
        let extra = file.hasSuffix("units.csv") ? extraUnits : extraStatistics
        return base + (extra.firstIndex(of: row) ?? 0) + 1
    }

    private mutating func replaceRow(_ file: String, startingWith prefix: String, column: Int, with text: String, value: String?) throws -> Landing {
        var lines = files[file]!.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let i = lines.firstIndex { $0.hasPrefix(prefix) }!
        var cells = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[column] = Self.csvField(text)
        lines[i] = cells.joined(separator: ",")
        files[file] = lines.joined(separator: "\n")
        return Landing(file: file, line: i + 1, valueColumns: Self.columns(of: value, in: lines[i]))
    }

    @discardableResult
    private mutating func setSetting(_ key: String, _ text: String, value: String? = nil) throws -> Landing {
        var lines = files["content/settings.txt"]!.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let i = lines.firstIndex { $0.hasPrefix(key + ":") }!
        lines[i] = "\(key): \(text)"
        files["content/settings.txt"] = lines.joined(separator: "\n")
        return Landing(file: "content/settings.txt", line: i + 1, valueColumns: Self.columns(of: value, in: lines[i]))
    }
}

extension Landing {
    func locating(_ row: String, _ value: String?, in site: CorpusSite) -> Landing {
        Landing(file: file, line: site.appendedLine(file, row), valueColumns: CorpusSite.columns(of: value, in: row))
    }
}
