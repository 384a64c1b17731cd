import Foundation
import WardLocale

enum UnitsLoader {
    static let schema = CSVSchema(columns: [
        .init(name: "id", aliases: ["ma", "ma_don_vi", "ma_so"], required: true),
        .init(name: "name", aliases: ["ten", "ten_don_vi"], required: true),
        .init(name: "kind", aliases: ["loai", "cap", "loai_don_vi"], required: true),
        .init(name: "parent", aliases: ["cap_tren", "don_vi_cap_tren", "thuoc"], required: false),
        .init(name: "households", aliases: ["so_ho", "ho", "tong_so_ho"], required: false),
        .init(name: "mailbox", aliases: ["vi_tri_hom_thu", "hom_thu_to_giac"], required: false),
    ])

    static func load(_ reader: SourceReader, log: DiagnosticLog) -> [AdministrativeUnit] {
        let url = reader.contentDir.appendingPathComponent("units.csv")
        guard reader.exists("units.csv") else {
            log.add(Diagnostic(SourcePosition(file: reader.displayPath(url), line: 1),
                vi: "thiếu tệp danh sách đơn vị content/units.csv", en: "missing unit list content/units.csv"))
            return []
        }
        guard let table = reader.readCSV(url, schema: schema, log: log) else { return [] }
        var units: [AdministrativeUnit] = []
        var seen: [String: SourcePosition] = [:]
        for r in table.records {
            let id = table.cell(r, "id"), name = table.cell(r, "name"), kindCell = table.cell(r, "kind")
            if id.value.isEmpty { log.add(Diagnostic(id.position, vi: "thiếu mã đơn vị", en: "missing unit id")); continue }
            if let first = seen[id.value] {
                log.add(Diagnostic(id.position,
                    vi: "mã «\(id.value)» bị trùng (đã có ở dòng \(first.line)); mỗi đơn vị chỉ có một dòng và một đơn vị cấp trên",
                    en: "duplicate id «\(id.value)» (already on line \(first.line)); each unit has one row and one parent"))
                continue
            }
            seen[id.value] = id.position
            guard let kind = parseKind(kindCell.value) else {
                log.add(Diagnostic(kindCell.position,
                    vi: "loại đơn vị «\(kindCell.value)» không hợp lệ; dùng: \(UnitKind.allCases.map(\.vi).joined(separator: ", "))",
                    en: "unknown unit kind «\(kindCell.value)»; use one of: \(UnitKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            let hh = table.cell(r, "households")
            var households: Int?
            if !hh.value.isEmpty {
                guard let n = Int(hh.value.replacingOccurrences(of: ".", with: "")), n >= 0 else {
                    log.add(Diagnostic(hh.position, vi: "số hộ «\(hh.value)» không phải số nguyên không âm", en: "households «\(hh.value)» is not a non-negative integer"))
                    continue
                }
                households = n
            }
            if kind.isGroup && (households ?? 0) == 0 {
                log.add(Diagnostic(hh.position, vi: "\(kind.vi) «\(name.value)» cần số hộ lớn hơn 0 (để tính tỉ lệ cam kết)",
                                   en: "group «\(name.value)» needs a household count above 0 (for the pledge rate)"))
            }
            let parent = table.cell(r, "parent").value
            let mailbox = table.cell(r, "mailbox").value
            units.append(AdministrativeUnit(id: id.value, name: name.value, kind: kind, parentID: parent.isEmpty ? nil : parent,
                                            households: households, mailboxLocation: mailbox.isEmpty ? nil : mailbox,
                                            position: id.position))
        }
        for u in units {
            guard let p = u.parentID else { continue }
            if seen[p] == nil {
                log.add(Diagnostic(u.position, vi: "đơn vị cấp trên «\(p)» của «\(u.name)» không có trong danh sách",
                                   en: "parent «\(p)» of «\(u.name)» is not in the unit list"))
            }
        }
        return units
    }

    /// Accepts the Vietnamese label as staff write it ("Tổ dân phố", "thôn") or the slug.
    static func parseKind(_ s: String) -> UnitKind? {
        let slug = Vietnamese.slug(s)
        if let k = UnitKind(rawValue: slug) { return k }
        return UnitKind.allCases.first { Vietnamese.slug($0.vi) == slug }
            ?? (slug == "tp" ? .centralCity : slug == "tdp" ? .residentialGroup : nil)
    }
}
