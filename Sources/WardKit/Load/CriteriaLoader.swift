import Foundation
import WardLocale

enum CriteriaLoader {
    static let schema = CSVSchema(columns: [
        .init(name: "set", aliases: ["bo", "bo_tieu_chi"], required: true),
        .init(name: "code", aliases: ["ma", "ma_tieu_chi"], required: true),
        .init(name: "text", aliases: ["noi_dung", "tieu_chi"], required: true),
        .init(name: "source", aliases: ["can_cu", "nguon"], required: false),
        .init(name: "level", aliases: ["cap", "cap_cong_nhan", "ap_dung_cho"], required: false),
        .init(name: "about_people", aliases: ["ve_nguoi", "lien_quan_nguoi"], required: false),
    ])

    enum Outcome {
        /// No criteria.csv: the site tracks no recognition (a district whose wards have no groups yet).
        case absent
        /// The file could not be used; what depends on it is not checked, to keep errors to the cause.
        case unusable
        case loaded(CriteriaSet)
    }

    /// Loads `criteria.csv` and picks the set named in settings (or the first one).
    static func load(_ reader: SourceReader, setID: String, setPosition: SourcePosition? = nil, log: DiagnosticLog) -> Outcome {
        let url = reader.contentDir.appendingPathComponent("criteria.csv")
        guard reader.exists("criteria.csv") else { return .absent }
        guard let table = reader.readCSV(url, schema: schema, log: log) else { return .unusable }
        var all: [Criterion] = []
        var seen: Set<String> = []
        var levels: [String: (UnitLevel, SourcePosition)] = [:]
        var ok = true
        for r in table.records {
            let set = table.cell(r, "set"), code = table.cell(r, "code"), text = table.cell(r, "text"), levelCell = table.cell(r, "level")
            if code.value.isEmpty || text.value.isEmpty {
                log.add(Diagnostic(code.position, vi: "tiêu chí thiếu mã hoặc nội dung", en: "criterion without code or text"))
                continue
            }
            if !seen.insert(set.value + "\u{0}" + code.value).inserted {
                log.add(Diagnostic(code.position, vi: "mã tiêu chí «\(code.value)» bị trùng trong bộ «\(set.value)»",
                                   en: "duplicate criterion code «\(code.value)» in set «\(set.value)»"))
                continue
            }
            if !levelCell.value.isEmpty {
                guard let level = parseLevel(levelCell.value) else {
                    ok = false
                    log.add(Diagnostic(levelCell.position,
                        vi: "cấp «\(levelCell.value)» không hợp lệ; dùng: tổ dân phố (hoặc thôn, khu phố, bản, ấp), xã (phường, thị trấn), huyện (quận), tỉnh",
                        en: "level «\(levelCell.value)» is not valid; use: tổ dân phố (or thôn, khu phố, bản, ấp), xã (phường, thị trấn), huyện (quận), tỉnh"))
                    continue
                }
                if let first = levels[set.value], first.0 != level {
                    ok = false
                    log.add(Diagnostic(levelCell.position,
                        vi: "bộ «\(set.value)» đã ghi cấp khác ở dòng \(first.1.line); một bộ tiêu chí chỉ dùng cho một cấp",
                        en: "set «\(set.value)» has another level on line \(first.1.line); a criteria set is for one level"))
                } else if levels[set.value] == nil {
                    levels[set.value] = (level, levelCell.position)
                }
            }
            var criterion = Criterion(setID: set.value, code: code.value, text: text.value, source: table.cell(r, "source").value, position: code.position)
            guard let people = CriteriaDisclosure.aboutPeople(table.cell(r, "about_people"), text: text.value, log: log) else { continue }
            criterion.aboutPeople = people
            all.append(criterion)
        }
        let chosen = setID.isEmpty ? (all.first?.setID ?? "") : setID
        let criteria = all.filter { $0.setID == chosen }
        if criteria.isEmpty {
            log.add(Diagnostic(setPosition ?? table.start,
                vi: "không có tiêu chí nào thuộc bộ «\(chosen)» (khóa criteria_set trong settings.txt)",
                en: "no criteria belong to set «\(chosen)» (criteria_set in settings.txt)"))
            return .unusable
        }
        guard ok else { return .unusable }
        return .loaded(CriteriaSet(id: chosen, criteria: criteria, level: levels[chosen]?.0 ?? .group))
    }

    /// The level as plans name it: «tổ dân phố», «thôn», «xã», «cấp xã», «phường», «huyện» …
    static func parseLevel(_ s: String) -> UnitLevel? {
        var slug = Vietnamese.slug(s)
        if slug.hasPrefix("cap-") { slug = String(slug.dropFirst(4)) }
        switch slug {
        case "to", "group", "khu-dan-cu": return .group
        case "commune": return .commune
        case "district": return .district
        case "province": return .province
        default: return UnitsLoader.parseKind(slug)?.level
        }
    }
}
