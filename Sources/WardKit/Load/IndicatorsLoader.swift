import Foundation
import WardLocale

/// `indicators.csv`: every figure the statistics sheets may report, declared once.
enum IndicatorsLoader {
    static let fileName = "indicators.csv"
    static let schema = CSVSchema(columns: [
        .init(name: "code", aliases: ["ma", "ma_chi_tieu"], required: true),
        .init(name: "text", aliases: ["noi_dung", "ten", "ten_chi_tieu", "chi_tieu"], required: true),
        .init(name: "counts", aliases: ["dem", "loai", "don_vi_tinh", "dem_gi"], required: true),
        .init(name: "sensitive", aliases: ["nhay_cam"], required: true),
        .init(name: "part_of", aliases: ["thuoc", "la_mot_phan_cua", "mot_phan_cua"], required: false),
        .init(name: "total_of", aliases: ["tong_cua", "la_tong_cua"], required: false),
        .init(name: "cumulative_of", aliases: ["luy_ke_cua", "luy_ke"], required: false),
        // The sheet's small-count threshold travels with the sheet, so a ward's site built from
        // the district's sheet cannot publish what the district hides by using a smaller k.
        .init(name: "k", aliases: ["nguong", "nguong_k", "small_count_threshold"], required: false),
    ])

    /// The site's own declarations and its ward folders' (a district built from them): one
    /// list, where a code declared twice must mean the same.
    static func load(_ readers: [SourceReader], log: DiagnosticLog) -> [Indicator] {
        var out: [Indicator] = []
        var byCode: [String: Indicator] = [:]
        for r in readers {
            for i in load(r, log: log, checkLinks: false) {
                guard let first = byCode[i.code] else { byCode[i.code] = i; out.append(i); continue }
                // The largest k any of the sheets declares holds for all of them.
                if let k = i.threshold, k.k > (first.threshold?.k ?? 0), let at = out.firstIndex(where: { $0.code == i.code }) {
                    out[at].threshold = k
                    byCode[i.code]!.threshold = k
                }
                if first.counts != i.counts || first.isSensitive != i.isSensitive || first.partOf != i.partOf
                    || first.totalOf != i.totalOf || first.cumulativeOf != i.cumulativeOf {
                    log.add(Diagnostic(i.position, vi: "chỉ tiêu «\(i.code)» đã khai báo khác ở \(first.position.file):\(first.position.line)",
                                       en: "indicator «\(i.code)» is declared differently on \(first.position.file):\(first.position.line)"))
                }
            }
        }
        checkRelations(out, log: log)
        return out
    }

    static func load(_ reader: SourceReader, log: DiagnosticLog, checkLinks: Bool = true) -> [Indicator] {
        guard reader.exists(fileName),
              let t = reader.readCSV(reader.contentDir.appendingPathComponent(fileName), schema: schema, log: log) else { return [] }
        var out: [Indicator] = []
        var seen: [String: SourcePosition] = [:]
        for r in t.records {
            let code = t.cell(r, "code"), text = t.cell(r, "text"), counts = t.cell(r, "counts"), sensitive = t.cell(r, "sensitive")
            guard !code.value.isEmpty, !text.value.isEmpty else {
                log.add(Diagnostic(code.position, vi: "chỉ tiêu thiếu mã hoặc nội dung", en: "indicator without code or text")); continue
            }
            if let first = seen[code.value] {
                log.add(Diagnostic(code.position, vi: "mã chỉ tiêu «\(code.value)» bị trùng với dòng \(first.line)",
                                   en: "indicator code «\(code.value)» repeats line \(first.line)")); continue
            }
            seen[code.value] = code.position
            // A rate with a known denominator gives the count back («50 %» of 2 people is 1).
            let folded = Vietnamese.fold(text.value)
            // «(100 % vụ có hành vi mua bán)» qualifies a count; «Tỷ lệ …», «… (%)» is a rate.
            if folded.contains("ty le") || folded.contains("ti le") || folded.contains("phan tram")
                || text.value.contains("(%)") || text.value.hasSuffix("%") {
                log.add(Diagnostic(text.position, kind: .privacy,
                    vi: "chỉ tiêu «\(text.value)» là một tỷ lệ; chỉ khai báo số đếm — WardKit tự tính tỷ lệ so với kế hoạch, và một tỷ lệ cùng mẫu số đã biết sẽ làm lộ số đã ẩn",
                    en: "indicator «\(text.value)» is a rate; declare counts only — WardKit computes rates against the target, and a rate with a known denominator gives a hidden count away"))
                continue
            }
            guard let kind = parseCounts(counts.value) else {
                log.add(Diagnostic(counts.position,
                    vi: "chỉ tiêu «\(code.value)»: đếm «\(counts.value)» không hợp lệ; ghi một trong: người, vụ, điểm, khác",
                    en: "indicator «\(code.value)»: counts «\(counts.value)» is not valid; write one of: người, vụ, điểm, khác")); continue
            }
            guard let isSensitive = parseYesNo(sensitive.value) else {
                log.add(Diagnostic(sensitive.position,
                    vi: "chỉ tiêu «\(code.value)»: cột nhạy cảm phải ghi rõ «có» hoặc «không» (không được để trống)",
                    en: "indicator «\(code.value)»: sensitive must say «có» or «không» (it cannot be blank)")); continue
            }
            let cumulative = t.cell(r, "cumulative_of").value
            let kCell = t.cell(r, "k")
            var threshold: Int?
            if !kCell.value.isEmpty {
                guard let k = Int(kCell.value), k >= 3 else {
                    log.add(Diagnostic(kCell.position, kind: .privacy,
                        vi: "chỉ tiêu «\(code.value)»: ngưỡng k «\(kCell.value)» phải là một số từ 3 trở lên (để trống: 5)",
                        en: "indicator «\(code.value)»: the threshold k «\(kCell.value)» must be a number of at least 3 (blank: 5)")); continue
                }
                threshold = k
            }
            out.append(Indicator(code: code.value, text: text.value, counts: kind, isSensitive: isSensitive,
                                 partOf: codes(t.cell(r, "part_of").value), totalOf: codes(t.cell(r, "total_of").value),
                                 cumulativeOf: cumulative.isEmpty ? nil : cumulative,
                                 isCumulative: !cumulative.isEmpty || ["luy ke", "tu dau nam", "cong don"].contains { folded.contains($0) },
                                 position: code.position, threshold: threshold.map { ($0, kCell.position) }))
        }
        if checkLinks { checkRelations(out, log: log) }
        return out
    }

    /// Relations name declared indicators of the same kind, and totals do not loop.
    private static func checkRelations(_ indicators: [Indicator], log: DiagnosticLog) {
        let byCode = Dictionary(uniqueKeysWithValues: indicators.map { ($0.code, $0) })
        for i in indicators {
            let named = i.partOf.map { ($0, "part_of") } + i.totalOf.map { ($0, "total_of") } + (i.cumulativeOf.map { [($0, "cumulative_of")] } ?? [])
            for (code, column) in named {
                guard let other = byCode[code], code != i.code else {
                    log.add(Diagnostic(i.position, vi: "chỉ tiêu «\(i.code)», cột \(column): «\(code)» không phải một chỉ tiêu khác đã khai báo",
                                       en: "indicator «\(i.code)», column \(column): «\(code)» is not another declared indicator"))
                    continue
                }
                if other.counts != i.counts {
                    log.add(Diagnostic(i.position, vi: "chỉ tiêu «\(i.code)» đếm \(i.counts.vi) nhưng «\(code)» đếm \(other.counts.vi); chỉ liên kết các chỉ tiêu đếm cùng một thứ",
                                       en: "indicator «\(i.code)» counts \(i.counts.rawValue) but «\(code)» counts \(other.counts.rawValue); only link indicators that count the same thing"))
                }
            }
            if let c = i.cumulativeOf, byCode[c]?.isCumulative == true {
                log.add(Diagnostic(i.position, vi: "chỉ tiêu «\(i.code)» là lũy kế của «\(c)», mà «\(c)» cũng là lũy kế; hãy chỉ tới chỉ tiêu trong tháng",
                                   en: "indicator «\(i.code)» is cumulative of «\(c)», which is itself cumulative; name the monthly indicator"))
            }
        }
        // total → part edges; a cycle would make each figure its own part.
        var state: [String: Int] = [:]
        func visit(_ code: String) -> Bool {
            if state[code] == 1 { return false }
            if state[code] == 2 { return true }
            state[code] = 1
            let i = byCode[code]
            let parts = (i?.totalOf ?? []) + indicators.filter { $0.partOf.contains(code) }.map(\.code)
            for p in parts where byCode[p] != nil { if !visit(p) { return false } }
            state[code] = 2
            return true
        }
        for i in indicators where state[i.code] == nil && !visit(i.code) {
            log.add(Diagnostic(i.position, vi: "các cột total_of / part_of tạo vòng lặp qua «\(i.code)»",
                               en: "total_of / part_of form a loop through «\(i.code)»"))
            break
        }
    }

    static func parseCounts(_ s: String) -> Indicator.Counts? {
        switch Vietnamese.slug(s) {
        case "nguoi", "doi-tuong", "people", "person": .people
        case "vu", "vu-an", "vu-viec", "cases", "case": .cases
        case "diem", "diem-to", "dia-diem", "places", "place": .places
        case "khac", "other": .other
        default: nil
        }
    }

    static func parseYesNo(_ s: String) -> Bool? {
        switch Vietnamese.slug(s) {
        case "co", "x", "yes", "true", "1": true
        case "khong", "no", "false", "0": false
        default: nil
        }
    }

    private static func codes(_ s: String) -> [String] {
        s.split(whereSeparator: { ";+,".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
