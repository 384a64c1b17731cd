import Foundation
import WardLocale

/// The smaller sheets: hotlines and yearly targets (statistics have their own loader).
enum TablesLoader {
    static let hotlineSchema = CSVSchema(columns: [
        .init(name: "name", aliases: ["ten", "ten_duong_day"], required: true),
        .init(name: "number", aliases: ["so", "so_dien_thoai_duong_day", "so_duong_day"], required: true),
        .init(name: "hours", aliases: ["thoi_gian", "gio"], required: false),
        .init(name: "channels", aliases: ["kenh", "hinh_thuc"], required: false),
        .init(name: "scope", aliases: ["pham_vi", "cap"], required: false),
    ])
    static let targetSchema = CSVSchema(columns: [
        .init(name: "year", aliases: ["nam"], required: true),
        .init(name: "group", aliases: ["unit", "to", "ma_to", "don_vi", "ma_don_vi"], required: true),
        .init(name: "goal", aliases: ["muc_tieu", "chi_tieu"], required: false),
    ])
    /// The hotlines, and the rows whose number is still a blank to fill in (see `unfilled`):
    /// those are left off every page rather than published as a dead `tel:` link.
    static func hotlines(_ reader: SourceReader, log: DiagnosticLog) -> (hotlines: [Hotline], unfilled: [Diagnostic]) {
        guard reader.exists("hotlines.csv"),
              let t = reader.readCSV(reader.contentDir.appendingPathComponent("hotlines.csv"), schema: hotlineSchema, log: log) else { return ([], []) }
        var unfilled: [Diagnostic] = []
        let lines = t.records.compactMap { r -> Hotline? in
            let number = t.cell(r, "number"), scopeCell = t.cell(r, "scope")
            if isBlankToFill(number.value) {
                let name = t.cell(r, "name").value
                unfilled.append(Diagnostic(number.position, kind: .warning,
                    vi: "số của đường dây «\(name)» còn là số mẫu «\(number.value)»: hãy điền số thật (số trực ban). Cho đến khi điền, dòng này không được đăng lên trang, còn «wardkit print --pdf» và «wardkit publish» từ chối chạy",
                    en: "the number of «\(name)» is still the placeholder «\(number.value)»: fill in the real (duty) number. Until then the line is left off the site, and «wardkit print --pdf» and «wardkit publish» refuse to run"))
                return nil
            }
            guard number.value.contains(where: \.isNumber) else {
                log.add(Diagnostic(number.position, vi: "số đường dây nóng «\(number.value)» không có chữ số", en: "hotline number «\(number.value)» has no digits"))
                return nil
            }
            let scope: Hotline.Scope
            switch Vietnamese.slug(scopeCell.value) {
            case "", "toan-quoc", "quoc-gia", "national": scope = .national
            case "tinh", "thanh-pho", "tinh-thanh-pho", "province": scope = .province
            case "phuong", "xa", "phuong-xa", "ward": scope = .ward
            default:
                log.add(Diagnostic(scopeCell.position, vi: "phạm vi «\(scopeCell.value)» không hợp lệ; dùng: toàn quốc, tỉnh, phường",
                                   en: "scope «\(scopeCell.value)» is not valid; use: toàn quốc, tỉnh, phường"))
                return nil
            }
            let channelsCell = t.cell(r, "channels")
            let channels = channelsCell.value.split(whereSeparator: { ",;/".contains($0) })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            // The board prints how to reach each line; a channel it cannot name («Telegram»)
            // would tell residents something the ward never set up.
            if let unknown = channels.first(where: { !["goi", "goi-dien", "sms", "nhan-tin", "zalo"].contains(Vietnamese.slug($0)) }) {
                log.add(Diagnostic(channelsCell.position, vi: "kênh «\(unknown)» không hợp lệ; dùng: Gọi; SMS; Zalo",
                                   en: "channel «\(unknown)» is not valid; use: Gọi; SMS; Zalo"))
                return nil
            }
            return Hotline(name: t.cell(r, "name").value, number: number.value, hours: t.cell(r, "hours").value,
                           channels: channels.isEmpty ? ["Gọi"] : channels, scope: scope)
        }
        return (lines, unfilled)
    }

    /// «0xxx xxx xxx», «xxx.xxx.xxx»: how Vietnamese forms leave a number to be filled in (and
    /// how `wardkit init` writes the ward police's line). A group of digits and at least two
    /// x's; words such as «ext» or «máy lẻ» beside a real number are not blanks.
    static func isBlankToFill(_ number: String) -> Bool {
        number.split(whereSeparator: { " .-()/".contains($0) }).contains { token in
            token.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "x" || $0 == "X") } && token.filter { $0 == "x" || $0 == "X" }.count >= 2
        }
    }

    /// `goal`: «xây dựng» (recognise this year, the default) or «giữ vững» (keep a recognition).
    static func targets(_ reader: SourceReader, units: UnitLookup, within: String? = nil, log: DiagnosticLog) -> [YearTarget] {
        guard reader.exists("targets.csv"),
              let t = reader.readCSV(reader.contentDir.appendingPathComponent("targets.csv"), schema: targetSchema, log: log) else { return [] }
        var byYear: [Int: (new: [String], keep: [String])] = [:]
        var seen: Set<String> = []
        for r in t.records {
            let y = t.cell(r, "year"), g = t.cell(r, "group"), goal = t.cell(r, "goal")
            guard let year = Int(y.value), (2000...2100).contains(year) else {
                log.add(Diagnostic(y.position, vi: "năm «\(y.value)» không hợp lệ", en: "year «\(y.value)» is not valid")); continue
            }
            let keep: Bool
            switch Vietnamese.slug(goal.value) {
            case "", "xay-dung", "xay-dung-moi", "cong-nhan", "cong-nhan-moi", "new": keep = false
            case "giu-vung", "duy-tri", "keep": keep = true
            default:
                log.add(Diagnostic(goal.position, vi: "mục tiêu «\(goal.value)» không hợp lệ; dùng: xây dựng, giữ vững",
                                   en: "goal «\(goal.value)» is not valid; use: xây dựng (new), giữ vững (keep)")); continue
            }
            let unit: AdministrativeUnit
            switch units.check(g.value, at: g.position, within: within) {
            case .skip: continue
            case .wrong(let d): log.add(d); continue
            case .measured(let u): unit = u
            }
            guard seen.insert("\(year)/\(g.value)").inserted else {
                log.add(Diagnostic(g.position, vi: "\(unit.fullName) bị lặp trong chỉ tiêu năm \(year)", en: "\(unit.fullName) repeated in the \(year) target")); continue
            }
            if keep { byYear[year, default: ([], [])].keep.append(g.value) } else { byYear[year, default: ([], [])].new.append(g.value) }
        }
        return byYear.keys.sorted().map { YearTarget(year: $0, groupIDs: byYear[$0]!.new, keepIDs: byYear[$0]!.keep) }
    }

    /// The ward folders' targets of one year are one district target.
    static func merge(_ lists: [[YearTarget]]) -> [YearTarget] {
        var byYear: [Int: YearTarget] = [:]
        for list in lists {
            for t in list {
                let old = byYear[t.year]
                byYear[t.year] = YearTarget(year: t.year, groupIDs: (old?.groupIDs ?? []) + t.groupIDs, keepIDs: (old?.keepIDs ?? []) + t.keepIDs)
            }
        }
        return byYear.keys.sorted().map { byYear[$0]! }
    }
}
