import Foundation
import WardPrivacy

/// Which cells of the sheet are hidden: a function of the sheet alone (its figures, units and
/// declared k), decided month by month in order, so that every site built from one sheet — the
/// district's, a ward's, a fresh rebuild — hides the same cells as the district published them.
/// `ban-ghi/so-lieu.tsv` is then a check, not an input: it tells when a published month changed.
enum StatisticsPattern {
    /// The sheet's k (declared in indicators.csv, else 5) and the site's (settings.txt, else the
    /// sheet's). A site may raise k, never lower it below the sheet's.
    static func policies(_ content: SiteContent) throws(BuildFailure) -> (sheet: SuppressionPolicy, site: SuppressionPolicy) {
        let declared = content.indicators.sheetThreshold
        let sheet = (try? SuppressionPolicy(k: declared.k)) ?? (try! SuppressionPolicy(k: 5))
        guard let at = content.settings.smallCountThresholdPosition else { return (sheet, sheet) }
        let k = content.settings.smallCountThreshold
        guard k >= sheet.k else {
            let whereVI = declared.position.map { "cột k của \($0.file):\($0.line)" } ?? "mặc định, vì indicators.csv không ghi cột k"
            let whereEN = declared.position.map { "column k of \($0.file):\($0.line)" } ?? "the default, as indicators.csv has no column k"
            throw BuildFailure([Diagnostic(at, kind: .privacy,
                vi: "ngưỡng che số nhỏ k = \(k) nhỏ hơn k = \(sheet.k) của bảng số liệu (\(whereVI)): trang dựng từ cùng bảng số liệu với k nhỏ hơn sẽ đăng những số mà trang kia đã ẩn; hãy ghi k từ \(sheet.k) trở lên, hoặc để người lập bảng ghi k = \(k) vào cột k của indicators.csv để mọi trang cùng dùng",
                en: "the small-count threshold k = \(k) is below the sheet's k = \(sheet.k) (\(whereEN)): a site built from the same sheet with a smaller k publishes figures the other hides; use k ≥ \(sheet.k), or have the sheet's producer write k = \(k) in indicators.csv's column k so every site uses it")])
        }
        return (sheet, (try? SuppressionPolicy(k: k)) ?? sheet)
    }

    /// The sheet's pattern for its own k; a site with a larger k hides that and more.
    static func compute(_ sheet: StatisticsSheet, policies: (sheet: SuppressionPolicy, site: SuppressionPolicy)) -> SuppressionResult {
        let steps = sheet.meta.map { step($0.period) }
        let base = CausalSuppressor.suppress(sheet.table, steps: steps, policy: policies.sheet)
        guard policies.site.k > policies.sheet.k else { return base }
        return CausalSuppressor.suppress(sheet.table, steps: steps, policy: policies.site, floor: base.reasons)
    }

    /// The plan period first, then the months in order.
    static func step(_ period: StatisticsPeriod) -> Int {
        period.month.map { $0.year * 12 + $0.month } ?? 0
    }

    /// A cell published as hidden that would now be shown, or shown that would now be hidden,
    /// means a month already published changed (its figures, units.csv, or k): a reader who
    /// kept the earlier page could combine the two. The build stops and says where.
    static func check(_ previous: StatisticsRecord, sheet: StatisticsSheet, result: SuppressionResult,
                      site: Set<String>, names: [String: AdministrativeUnit]) throws(BuildFailure) {
        var problems: [Diagnostic] = []
        for (i, m) in sheet.meta.enumerated() {
            guard let key = m.key, site.contains(key.unitID), let entry = previous.entries[key] else { continue }
            let hiddenNow = result.isHidden(i)
            let was: (vi: String, en: String)
            switch entry {
            case .hidden where !hiddenNow: was = ("đã đăng là «ẩn», nay sẽ hiện số", "was published as hidden and would now be shown")
            case .shown(let v) where hiddenNow: was = ("đã đăng là \(v), nay phải ẩn", "was published as \(v) and would now be hidden")
            default: continue
            }
            let unit = names[key.unitID]?.fullName ?? key.unitID
            let when = key.period.month.map { "tháng \($0.month)/\($0.year)" } ?? "cả kỳ"
            let field = key.field == .target ? " (kế hoạch)" : ""
            problems.append(Diagnostic(m.position ?? sheet.meta.first(where: { $0.key?.period == key.period })?.position
                                       ?? SourcePosition(file: "\(SiteRecord.folder)/\(StatisticsRecord.file)", line: 1), kind: .privacy,
                vi: "số «\(key.indicator)» của \(unit), \(when)\(field) \(was.vi) (\(SiteRecord.folder)/\(StatisticsRecord.file)): số liệu của một tháng đã đăng, units.csv hoặc ngưỡng k đã bị sửa sau khi đăng, và người đã lưu trang cũ có thể so hai trang để tính ra số đã ẩn. Hãy đưa số liệu về như đã đăng; nếu bắt buộc phải đăng số đã sửa, hãy xóa \(SiteRecord.folder)/\(StatisticsRecord.file) khi đã hiểu điều đó",
                en: "«\(key.indicator)» of \(unit), \(key.period.slug)\(key.field == .target ? " (target)" : "") \(was.en) (\(SiteRecord.folder)/\(StatisticsRecord.file)): a published month's figures, units.csv or k changed after publication, and a reader who kept the earlier page can compare the two to work out hidden figures. Restore the figures as published; if the correction must be published, delete \(SiteRecord.folder)/\(StatisticsRecord.file) knowing that"))
        }
        guard !problems.isEmpty else { return }
        if previous.writtenByAnEarlierVersion {
            problems.append(Diagnostic(SourcePosition(file: "\(SiteRecord.folder)/\(StatisticsRecord.file)", line: 1), kind: .privacy,
                vi: "bản ghi này do một phiên bản WardKit trước viết, khi ô che chưa được chọn theo từng tháng; các khác biệt trên có thể chỉ do cách chọn cũ. Nếu số liệu không bị sửa, hãy xóa \(SiteRecord.folder)/\(StatisticsRecord.file) một lần: người đã lưu trang cũ vẫn có thể so với trang mới ở những ô nêu trên",
                en: "this record was written by an earlier WardKit, before hidden cells were chosen month by month; the differences above may come from the old choice only. If no figure was edited, delete \(SiteRecord.folder)/\(StatisticsRecord.file) once: a reader who kept the old pages can still compare them with the new ones at the cells above"))
        }
        throw BuildFailure(problems)
    }
}
