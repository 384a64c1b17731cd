import Foundation

enum CriteriaLoader {
    static let schema = CSVSchema(columns: [
        .init(name: "set", aliases: ["bo", "bo_tieu_chi"], required: true),
        .init(name: "code", aliases: ["ma", "ma_tieu_chi"], required: true),
        .init(name: "text", aliases: ["noi_dung", "tieu_chi"], required: true),
        .init(name: "source", aliases: ["can_cu", "nguon"], required: false),
    ])

    /// Loads `criteria.csv` and picks the set named in settings (or the first one).
    static func load(_ reader: SourceReader, setID: String, log: DiagnosticLog) -> CriteriaSet {
        let url = reader.contentDir.appendingPathComponent("criteria.csv")
        guard reader.exists("criteria.csv") else {
            log.add(Diagnostic(SourcePosition(file: reader.displayPath(url), line: 1),
                vi: "thiếu tệp bộ tiêu chí content/criteria.csv", en: "missing criteria file content/criteria.csv"))
            return CriteriaSet(id: setID, criteria: [])
        }
        guard let table = reader.readCSV(url, schema: schema, log: log) else { return CriteriaSet(id: setID, criteria: []) }
        var all: [Criterion] = []
        var seen: Set<String> = []
        for r in table.records {
            let set = table.cell(r, "set"), code = table.cell(r, "code"), text = table.cell(r, "text")
            if code.value.isEmpty || text.value.isEmpty {
                log.add(Diagnostic(code.position, vi: "tiêu chí thiếu mã hoặc nội dung", en: "criterion without code or text"))
                continue
            }
            if !seen.insert(set.value + "\u{0}" + code.value).inserted {
                log.add(Diagnostic(code.position, vi: "mã tiêu chí «\(code.value)» bị trùng trong bộ «\(set.value)»",
                                   en: "duplicate criterion code «\(code.value)» in set «\(set.value)»"))
                continue
            }
            all.append(Criterion(setID: set.value, code: code.value, text: text.value, source: table.cell(r, "source").value, position: code.position))
        }
        let chosen = setID.isEmpty ? (all.first?.setID ?? "") : setID
        let criteria = all.filter { $0.setID == chosen }
        if criteria.isEmpty {
            log.add(Diagnostic(SourcePosition(file: table.file, line: 1),
                vi: "không có tiêu chí nào thuộc bộ «\(chosen)» (khóa criteria_set trong settings.txt)",
                en: "no criteria belong to set «\(chosen)» (criteria_set in settings.txt)"))
        }
        return CriteriaSet(id: chosen, criteria: criteria)
    }
}
