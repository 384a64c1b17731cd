import Foundation
import WardLocale

/// Statistics sheets: `statistics.csv` (rows with a `month` column, or none: the whole plan
/// period) and `statistics/YYYY-MM.csv`, one a month. Each row names a declared indicator.
enum StatisticsLoader {
    static let fileName = "statistics.csv"
    static let folder = "statistics"

    static func schema(withMonth: Bool) -> CSVSchema {
        var columns: [CSVSchema.Column] = [
            .init(name: "unit", aliases: ["don_vi", "ma_don_vi"], required: true),
            .init(name: "indicator", aliases: ["chi_tieu", "ma_chi_tieu"], required: true),
            .init(name: "target", aliases: ["ke_hoach", "chi_tieu_ke_hoach"], required: false),
            .init(name: "actual", aliases: ["ket_qua", "thuc_hien"], required: false),
            // Declared only to explain itself: what a figure counts now lives in indicators.csv.
            .init(name: "measure", aliases: ["loai", "don_vi_tinh"], required: false),
        ]
        if withMonth { columns.append(.init(name: "month", aliases: ["thang", "ky"], required: false)) }
        return CSVSchema(columns: columns)
    }

    /// The ward folders' sheets and the site's own, as one sheet: a row given twice is an error
    /// wherever the two copies are.
    static func load(_ readers: [SourceReader], units: [String: AdministrativeUnit], indicators: [Indicator], log: DiagnosticLog) -> [StatisticRow] {
        var seen: [String: SourcePosition] = [:]
        var rows: [StatisticRow] = []
        let declared = readers.contains { $0.exists(IndicatorsLoader.fileName) }
        for r in readers { rows += load(r, units: units, indicators: indicators, declared: declared, seen: &seen, log: log) }
        return rows
    }

    static func load(_ reader: SourceReader, units: [String: AdministrativeUnit], indicators: [Indicator], declared: Bool,
                     seen: inout [String: SourcePosition], log: DiagnosticLog) -> [StatisticRow] {
        var sheets: [(URL, StatisticsPeriod?)] = []
        if reader.exists(fileName) { sheets.append((reader.contentDir.appendingPathComponent(fileName), nil)) }
        for url in reader.files(in: folder, ext: "csv") {
            guard let month = YearMonth(iso: url.deletingPathExtension().lastPathComponent) else {
                log.add(Diagnostic(SourcePosition(file: reader.displayPath(url), line: 1),
                    vi: "tên tệp phải là tháng dạng NNNN-TT.csv, ví dụ statistics/2026-03.csv",
                    en: "file name must be a month YYYY-MM.csv, e.g. statistics/2026-03.csv"))
                continue
            }
            sheets.append((url, .month(month)))
        }
        guard !sheets.isEmpty else { return [] }
        if indicators.isEmpty && !declared {
            log.add(Diagnostic(SourcePosition(file: reader.displayPath(sheets[0].0), line: 1),
                vi: "có bảng số liệu nhưng thiếu content/indicators.csv, nơi khai báo mỗi chỉ tiêu đếm gì và có nhạy cảm không",
                en: "statistics need content/indicators.csv, which declares what each indicator counts and whether it is sensitive"))
            return []
        }
        let byCode = Dictionary(uniqueKeysWithValues: indicators.map { ($0.code, $0) })
        var rows: [StatisticRow] = []
        for (url, period) in sheets {
            guard let t = reader.readCSV(url, schema: schema(withMonth: period == nil), log: log) else { continue }
            if t.has("measure") {
                log.add(Diagnostic(SourcePosition(file: t.file, line: 1), vi: "cột «loai» (đơn vị tính) nay khai báo một lần cho mỗi chỉ tiêu trong indicators.csv (cột dem); hãy xóa cột này và ghi mã chỉ tiêu ở cột chi_tieu",
                                   en: "the «measure» column is now declared once per indicator in indicators.csv (column counts); remove it and write indicator codes in the indicator column"))
                continue
            }
            for r in t.records {
                let u = t.cell(r, "unit"), ind = t.cell(r, "indicator")
                guard let unit = units[u.value] else {
                    log.add(Diagnostic(u.position, vi: "đơn vị «\(u.value)» không có trong units.csv", en: "unit «\(u.value)» is not in units.csv")); continue
                }
                guard let indicator = byCode[ind.value] else {
                    log.add(Diagnostic(ind.position, vi: "chỉ tiêu «\(ind.value)» chưa khai báo trong indicators.csv (ghi mã chỉ tiêu)",
                                       en: "indicator «\(ind.value)» is not declared in indicators.csv (write its code)")); continue
                }
                if unit.kind.isGroup && (indicator.counts == .people || indicator.isSensitive) {
                    log.add(Diagnostic(u.position, kind: .privacy,
                        vi: "không đăng số liệu \(indicator.counts == .people ? "về người" : "nhạy cảm") theo \(unit.kind.vi.lowercased()) («\(unit.fullName)», chỉ tiêu «\(indicator.code)»): cấp thấp nhất là phường, xã",
                        en: "\(indicator.counts == .people ? "counts of people" : "sensitive figures") are not published per group («\(unit.fullName)», indicator «\(indicator.code)»): the lowest level is the ward or commune"))
                    continue
                }
                guard let rowPeriod = period ?? monthColumn(t.cell(r, "month"), log: log) else { continue }
                let tg = t.cell(r, "target"), a = t.cell(r, "actual")
                var ok = true
                func value(_ c: CSVTable.Cell, _ vi: String, _ en: String) -> Int? {
                    guard !c.value.isEmpty else { return nil }
                    guard let n = parseCount(c.value) else {
                        log.add(Diagnostic(c.position, vi: "\(vi) «\(c.value)» không phải số nguyên không âm", en: "\(en) «\(c.value)» is not a non-negative whole number"))
                        ok = false
                        return nil
                    }
                    guard n <= maximum else {
                        log.add(Diagnostic(c.position, vi: "\(vi) «\(c.value)» lớn hơn mức cho phép (\(Vietnamese.integer(maximum)))",
                                           en: "\(en) «\(c.value)» is above the allowed maximum (\(maximum))"))
                        ok = false
                        return nil
                    }
                    return n
                }
                let target = value(tg, "kế hoạch", "target"), actual = value(a, "kết quả", "actual")
                guard ok else { continue }
                guard target != nil || actual != nil else {
                    log.add(Diagnostic(tg.position, vi: "dòng không có số kế hoạch hay kết quả nào", en: "row has neither a target nor an actual figure")); continue
                }
                let key = "\(ind.value)\u{0}\(u.value)\u{0}\(rowPeriod.slug)"
                if let first = seen[key] {
                    log.add(Diagnostic(u.position, vi: "trùng dòng: «\(unit.fullName)», chỉ tiêu «\(ind.value)»\(label(rowPeriod)) đã có ở \(first.file):\(first.line)",
                                       en: "duplicate row: «\(unit.fullName)», indicator «\(ind.value)»\(label(rowPeriod)) is already on \(first.file):\(first.line)"))
                    continue
                }
                seen[key] = u.position
                rows.append(StatisticRow(unitID: u.value, indicator: ind.value, period: rowPeriod, target: target, actual: actual,
                                         targetPosition: tg.position, actualPosition: a.position, position: u.position))
            }
        }
        return rows
    }

    private static func label(_ p: StatisticsPeriod) -> String { p.month.map { " tháng \($0.month)/\($0.year)" } ?? "" }

    /// «2026-10», «10/2026» or blank (the whole plan period).
    private static func monthColumn(_ c: CSVTable.Cell, log: DiagnosticLog) -> StatisticsPeriod? {
        if c.value.isEmpty { return .whole }
        if let m = YearMonth(iso: c.value) { return .month(m) }
        let parts = c.value.split(separator: "/")
        if parts.count == 2, let m = Int(parts[0]), let y = Int(parts[1]), parts[1].count == 4, let ym = YearMonth(year: y, month: m) { return .month(ym) }
        log.add(Diagnostic(c.position, vi: "tháng «\(c.value)» không hợp lệ; ghi dạng 2026-10 hoặc 10/2026", en: "month «\(c.value)» is not valid; write 2026-10 or 10/2026"))
        return nil
    }

    /// Larger than any unit's population: a figure above it is a typing error, and sums of
    /// figures stay far from overflow.
    static let maximum = 10_000_000
}
