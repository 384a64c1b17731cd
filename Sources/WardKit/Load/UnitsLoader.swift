import Foundation
import WardLocale

/// The unit list as loaded, with what later sheets need to stay quiet about its errors: a row
/// refused here (and every unit below it) is `rejected`, so the progress rows, targets and
/// statistics that name it do not each repeat the one mistake.
struct LoadedUnits {
    var units: [AdministrativeUnit] = []
    var rejected: Set<String> = []
    /// Where each unit's households cell is, for errors found once the tree is known.
    var householdsCells: [String: SourcePosition] = [:]
    /// False when the sheet itself could not be read: nothing can be checked against it.
    var available = true
    /// Whether the site's own sheet has a households column, and its path, for the one error
    /// that a missing column is (rather than one per group).
    var householdsColumn = true
    var file: String?
}

enum UnitsLoader {
    static let schema = CSVSchema(columns: [
        .init(name: "id", aliases: ["ma", "ma_don_vi", "ma_so"], required: true),
        .init(name: "name", aliases: ["ten", "ten_don_vi"], required: true),
        .init(name: "kind", aliases: ["loai", "cap", "loai_don_vi"], required: true),
        .init(name: "parent", aliases: ["cap_tren", "don_vi_cap_tren", "thuoc"], required: false),
        .init(name: "households", aliases: ["so_ho", "ho", "tong_so_ho"], required: false),
        .init(name: "mailbox", aliases: ["vi_tri_hom_thu", "hom_thu_to_giac"], required: false),
        .init(name: "slug", aliases: ["duong_dan"], required: false),
    ])

    static func load(_ reader: SourceReader, log: DiagnosticLog) -> LoadedUnits {
        let url = reader.contentDir.appendingPathComponent("units.csv")
        guard reader.exists("units.csv") else {
            log.add(Diagnostic(SourcePosition(file: reader.displayPath(url), line: 1),
                vi: "thiếu tệp danh sách đơn vị content/units.csv", en: "missing unit list content/units.csv"))
            return LoadedUnits(available: false)
        }
        guard let table = reader.readCSV(url, schema: schema, log: log) else { return LoadedUnits(available: false) }
        guard !table.records.isEmpty else {
            log.add(Diagnostic(SourcePosition(file: table.file, line: 1), vi: "units.csv không có đơn vị nào (chỉ có dòng tiêu đề)",
                               en: "units.csv lists no units (only its header)"))
            return LoadedUnits(available: false)
        }
        var out = LoadedUnits(householdsColumn: table.has("households"), file: table.file)
        var seen: [String: SourcePosition] = [:]
        // A sheet spells its few kinds the same way on every row: each spelling is read once.
        var kinds: [String: UnitKind?] = [:]
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
            let known = kinds[kindCell.value] ?? {
                let k = parseKind(kindCell.value)
                kinds[kindCell.value] = .some(k)
                return k
            }()
            guard let kind = known else {
                out.rejected.insert(id.value)
                log.add(Diagnostic(kindCell.position,
                    vi: "loại đơn vị «\(kindCell.value)» không hợp lệ; dùng: \(UnitKind.allCases.map(\.vi).joined(separator: ", "))",
                    en: "unknown unit kind «\(kindCell.value)»; use one of: \(UnitKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            let hh = table.cell(r, "households")
            var households: Int?
            if !hh.value.isEmpty {
                // A ward has thousands of households, never millions: a bigger figure is a typo,
                // and summed up the tree it would overflow.
                guard let n = parseCount(hh.value, atMost: CountCeiling.households) else {
                    out.rejected.insert(id.value)
                    log.add(Diagnostic(hh.position, vi: "số hộ «\(hh.value)» không phải số nguyên từ 0 đến \(CountCeiling.shown(CountCeiling.households, .vi))",
                                       en: "households «\(hh.value)» is not a whole number from 0 to \(CountCeiling.shown(CountCeiling.households, .en))"))
                    continue
                }
                households = n
            }
            let slugCell = table.cell(r, "slug")
            if !slugCell.value.isEmpty && Vietnamese.slug(slugCell.value) != slugCell.value {
                out.rejected.insert(id.value)
                let suggestion = Vietnamese.slug(slugCell.value)
                log.add(Diagnostic(slugCell.position,
                    vi: "đường dẫn «\(slugCell.value)» không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang\(suggestion.isEmpty ? "" : ", ví dụ «\(suggestion)»")",
                    en: "slug «\(slugCell.value)» is not valid: use lowercase ASCII letters, digits and dashes\(suggestion.isEmpty ? "" : ", e.g. «\(suggestion)»")"))
                continue
            }
            let parent = table.cell(r, "parent").value
            let mailbox = table.cell(r, "mailbox").value
            out.householdsCells[id.value] = hh.position
            out.units.append(AdministrativeUnit(id: id.value, name: name.value, kind: kind, parentID: parent.isEmpty ? nil : parent,
                                                households: households, mailboxLocation: mailbox.isEmpty ? nil : mailbox,
                                                slug: slugCell.value.isEmpty ? nil : slugCell.value, position: id.position))
        }
        out = dropOrphans(out, known: seen, log: log)
        return out
    }

    /// A unit whose parent is missing is an error; one whose parent was refused only follows
    /// from that error and is dropped quietly, with everything below it.
    static func dropOrphans(_ loaded: LoadedUnits, known: [String: SourcePosition], log: DiagnosticLog) -> LoadedUnits {
        var out = loaded
        var byID: [String: AdministrativeUnit] = [:]
        for u in loaded.units { byID[u.id] = u }
        var broken: [String: Bool] = [:]
        // Memoised walk up the tree: linear however deep, and safe on cycles (reported later).
        func isBroken(_ id: String) -> Bool {
            var path: [String] = []
            var visiting: Set<String> = []
            var cursor: String? = id
            var result = false
            while let c = cursor {
                if let known = broken[c] { result = known; break }
                if out.rejected.contains(c) || byID[c] == nil { result = true; break }
                if !visiting.insert(c).inserted { break }
                path.append(c)
                cursor = byID[c]!.parentID
            }
            for p in path { broken[p] = result }
            return result
        }
        for u in loaded.units {
            guard let p = u.parentID else { continue }
            if known[p] == nil {
                log.add(Diagnostic(u.position, vi: "đơn vị cấp trên «\(p)» của «\(u.name)» không có trong danh sách",
                                   en: "parent «\(p)» of «\(u.name)» is not in the unit list"))
                out.rejected.insert(p)
            }
        }
        var kept: [AdministrativeUnit] = []
        var dropped: [String] = []
        for u in loaded.units {
            if isBroken(u.id) { dropped.append(u.id) } else { kept.append(u) }
        }
        out.units = kept
        out.rejected.formUnion(dropped)
        return out
    }

    /// Accepts the Vietnamese label as staff write it ("Tổ dân phố", "thôn") or the slug.
    /// Typed with diacritics, the label must be spelt right: «Tổ dân phô» is a typo to name, not
    /// a «Tổ dân phố» to guess.
    static func parseKind(_ s: String) -> UnitKind? {
        let slug = Vietnamese.slug(s)
        if !s.allSatisfy(\.isASCII) {
            let lower = s.trimmingCharacters(in: .whitespaces).lowercased().precomposedStringWithCanonicalMapping
            return UnitKind.allCases.first { $0.vi.lowercased() == lower }
        }
        if let k = UnitKind(rawValue: slug) { return k }
        return UnitKind.allCases.first { Vietnamese.slug($0.vi) == slug }
            ?? (slug == "tp" ? .centralCity : slug == "tdp" ? .residentialGroup : nil)
    }
}
