import Foundation
import WardLocale
import WardCSV

/// Monthly review sheets, `progress/YYYY-MM.csv`: one row a group, one column a criterion.
enum ProgressLoader {
    static func schema(criteria: CriteriaSet) -> CSVSchema {
        var s = CSVSchema(columns: [
            .init(name: "group", aliases: ["unit", "to", "ma_to", "to_dan_pho", "don_vi", "ma", "ma_don_vi"], required: true),
            .init(name: "pledged", aliases: ["ho_cam_ket", "so_ho_cam_ket", "cam_ket"], required: true),
            .init(name: "board", aliases: ["bang_niem_yet", "bang_duong_day_nong"], required: true),
            .init(name: "mailbox", aliases: ["hom_thu", "hom_thu_to_giac"], required: true),
            .init(name: "models", aliases: ["so_mo_hinh", "mo_hinh"], required: true),
            .init(name: "recognition", aliases: ["cong_nhan", "trang_thai", "trang_thai_cong_nhan"], required: true),
            .init(name: "decision_date", aliases: ["ngay_quyet_dinh", "ngay_cong_nhan"], required: false),
            .init(name: "decision_number", aliases: ["so_quyet_dinh"], required: false),
        ])
        s.dynamicColumns = criteria.criteria.map(\.code)
        return s
    }

    /// `within`: a ward folder read by its district reports only the ward's own units.
    static func load(_ reader: SourceReader, units: UnitLookup, criteria: CriteriaSet,
                     buildDate: CalendarDate, within: String? = nil, log: DiagnosticLog) -> [ProgressSnapshot] {
        let files = reader.files(in: "progress", ext: "csv")
        var result = [ProgressSnapshot?](repeating: nil, count: files.count)
        let schema = schema(criteria: criteria)
        // Months are independent: parse them on both cores.
        let slots = ResultSlots(result)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            slots.set(i, loadOne(files[i], reader: reader, schema: schema, units: units, criteria: criteria, buildDate: buildDate,
                                 within: within, log: log))
        }
        result = slots.values
        return result.compactMap { $0 }.sorted { $0.month < $1.month }
    }

    /// One snapshot a month: the ward folders' sheets of one month are one review of the district.
    static func merge(_ lists: [[ProgressSnapshot]]) -> [ProgressSnapshot] {
        var byMonth: [YearMonth: ProgressSnapshot] = [:]
        for list in lists {
            for snap in list {
                if let old = byMonth[snap.month] {
                    byMonth[snap.month] = ProgressSnapshot(month: snap.month, file: old.file, rows: old.rows.merging(snap.rows) { a, _ in a },
                                                           warnings: old.warnings.merging(snap.warnings) { a, _ in a })
                } else {
                    byMonth[snap.month] = snap
                }
            }
        }
        return byMonth.values.sorted { $0.month < $1.month }
    }

    private static func loadOne(_ url: URL, reader: SourceReader, schema: CSVSchema, units: UnitLookup,
                                criteria: CriteriaSet, buildDate: CalendarDate, within: String?, log: DiagnosticLog) -> ProgressSnapshot? {
        let file = reader.displayPath(url)
        guard let month = YearMonth(iso: url.deletingPathExtension().lastPathComponent) else {
            log.add(Diagnostic(reader.position(of: url),
                vi: "tên tệp phải là tháng dạng NNNN-TT.csv, ví dụ progress/2026-03.csv",
                en: "file name must be a month YYYY-MM.csv, e.g. progress/2026-03.csv"))
            return nil
        }
        if month.firstDay > buildDate {
            log.add(Diagnostic(reader.position(of: url),
                vi: "tháng \(month.iso) sau ngày lập trang \(Vietnamese.shortDate(buildDate)); số liệu tương lai không được đăng",
                en: "month \(month.iso) is after the build date \(buildDate.iso); future data is not published"))
            return nil
        }
        guard let table = reader.readCSV(url, schema: schema, log: log) else { return nil }
        for c in criteria.criteria where !table.has(c.code) {
            log.add(Diagnostic(table.start,
                vi: "thiếu cột tiêu chí «\(c.code)» (\(c.text))", en: "missing criterion column «\(c.code)» (\(c.text))"))
        }
        var rows = KeyedTable<GroupProgress>(minimumCapacity: table.records.count)
        var warnings: [String: [Diagnostic]] = [:]
        let codes = criteria.criteria.map(\.code)
        for r in table.records {
            let g = table.cell(r, "group")
            let unit: AdministrativeUnit
            switch units.check(g.value, at: g.position, within: within) {
            case .skip: continue
            case .wrong(let d): log.add(d); continue
            case .measured(let u): unit = u
            }
            if let first = rows[g.value] {
                log.add(Diagnostic(g.position, vi: "\(unit.fullName) có hai dòng (dòng \(first.position.line) và dòng này)",
                                   en: "\(unit.fullName) has two rows (line \(first.position.line) and this one)"))
                continue
            }
            if let row = parseRow(r, table: table, unit: unit, households: units.households[unit.id], criteria: criteria, codes: codes, log: log) {
                rows[g.value] = row
                let found = ConsistencyChecks.row(row, record: r, table: table, unit: unit, households: units.households[unit.id] ?? 0, criteria: criteria)
                if !found.isEmpty { warnings[g.value] = found }
            }
        }
        return ProgressSnapshot(month: month, file: file, rows: rows, warnings: warnings)
    }

    private static func parseRow(_ r: CSVRecord, table: CSVTable, unit: AdministrativeUnit, households: Int?, criteria: CriteriaSet,
                                 codes: [String], log: DiagnosticLog) -> GroupProgress? {
        var ok = true
        var statuses = [CriterionStatus?](repeating: nil, count: codes.count)
        for (k, c) in criteria.criteria.enumerated() where table.has(c.code) {
            let cell = table.cell(r, c.code)
            if let s = parseStatus(cell.value) { statuses[k] = s } else {
                ok = false
                log.add(Diagnostic(cell.position, vi: "trạng thái «\(cell.value)» không hợp lệ; dùng: đạt, chưa đạt, đang thực hiện",
                                   en: "status «\(cell.value)» is not valid; use: đạt, chưa đạt, đang thực hiện"))
            }
        }
        func count(_ col: String, atMost most: Int) -> Int? {
            let cell = table.cell(r, col)
            if let n = parseCount(cell.value, atMost: most) { return n }
            log.add(Diagnostic(cell.position, vi: "«\(cell.value)» không phải số nguyên từ 0 đến \(CountCeiling.shown(most, .vi))",
                               en: "«\(cell.value)» is not a whole number from 0 to \(CountCeiling.shown(most, .en))"))
            return nil
        }
        func flag(_ col: String) -> Bool? {
            let cell = table.cell(r, col)
            if let b = parseBoolean(cell.value) { return b }
            log.add(Diagnostic(cell.position, vi: "«\(cell.value)» không phải có/không", en: "«\(cell.value)» is not có/không (yes/no)"))
            return nil
        }
        let pledged = count("pledged", atMost: CountCeiling.households), models = count("models", atMost: CountCeiling.figure), board = flag("board"), mailbox = flag("mailbox")
        // With no household count the unit list already has the error; comparing would repeat it.
        if let p = pledged, let h = households, h > 0, p > h {
            ok = false
            log.add(Diagnostic(table.cell(r, "pledged").position,
                vi: "số hộ cam kết \(p) lớn hơn số hộ của \(unit.fullName) (\(h), theo units.csv)",
                en: "pledged households \(p) exceed the households of \(unit.fullName) (\(h), from units.csv)"))
        }
        let recCell = table.cell(r, "recognition")
        guard let recognition = parseRecognition(recCell.value) else {
            log.add(Diagnostic(recCell.position,
                vi: "trạng thái công nhận «\(recCell.value)» không hợp lệ; dùng: đã công nhận, giữ vững, đăng ký năm nay, chưa đăng ký",
                en: "recognition «\(recCell.value)» is not valid; use: đã công nhận, giữ vững, đăng ký năm nay, chưa đăng ký"))
            return nil
        }
        let dateCell = table.cell(r, "decision_date")
        var decisionDate: CalendarDate?
        if !dateCell.value.isEmpty {
            decisionDate = CalendarDate(iso: dateCell.value) ?? parseDMY(dateCell.value)
            if decisionDate == nil {
                ok = false
                log.add(Diagnostic(dateCell.position, vi: "ngày «\(dateCell.value)» không hợp lệ (dạng 2026-03-15 hoặc 15/03/2026)",
                                   en: "date «\(dateCell.value)» is not valid (2026-03-15 or 15/03/2026)"))
            }
        } else if recognition == .recognised {
            ok = false
            log.add(Diagnostic(dateCell.position, vi: "\(unit.fullName) đã công nhận nhưng thiếu ngày quyết định",
                               en: "\(unit.fullName) is recognised but has no decision date"))
        }
        guard ok, let pledged, let models, let board, let mailbox else { return nil }
        let number = table.cell(r, "decision_number").value
        return GroupProgress(groupID: unit.id, statuses: CriterionStatuses(codes: codes, ordered: statuses), pledgedHouseholds: pledged, hotlineBoard: board, mailbox: mailbox,
                             preventionModels: models, recognition: recognition, decisionDate: decisionDate,
                             decisionNumber: number.isEmpty ? nil : number, position: table.cell(r, "group").position)
    }

    static func parseStatus(_ s: String) -> CriterionStatus? {
        if let known = commonStatuses[s] { return known }
        return status(slug: Vietnamese.slug(s))
    }

    static func parseRecognition(_ s: String) -> RecognitionStatus? {
        if let known = commonRecognitions[s] { return known }
        return recognition(slug: Vietnamese.slug(s))
    }
}

/// Excel in Vietnamese locale writes dates as 15/03/2026.
func parseDMY(_ s: String) -> CalendarDate? {
    let parts = s.split(separator: "/").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return CalendarDate(year: parts[2], month: parts[1], day: parts[0])
}
