import Foundation
import WardLocale

/// A recognised group meets every criterion, those about people included, so what a ward
/// counts of people it manages, treats or prosecutes mostly lives in the groups not yet
/// recognised. With a single such group, a published figure of the ward points at it. The
/// arithmetic cannot know which indicator a criterion speaks of, so this is a warning for staff
/// (publish the figure for the district only, or drop it), not an error.
enum RecognitionExposure {
    static func warnings(_ content: SiteContent, index: UnitIndex, statistics: PublishedStatistics) -> [Diagnostic] {
        guard !content.snapshots.isEmpty else { return [] }
        // Each group's latest row, looked up rather than copied into one more dictionary of a
        // province's 100k rows at the end of the build, when memory is at its highest.
        let latest = content.snapshots.reversed()
        func row(_ id: String) -> GroupProgress? {
            for snap in latest { if let r = snap.rows[id] { return r } }
            return nil
        }
        let people = content.indicators.filter { $0.counts == .people && $0.isSensitive }
        guard !people.isEmpty else { return [] }
        var out: [Diagnostic] = []
        for ward in [index.root.id] + index.descendants {
            let groups = (index.children[ward] ?? []).filter { index.isMeasured($0) && row($0) != nil }
            guard groups.count >= 2 else { continue }
            let open = groups.filter { id in ![.recognised, .maintained].contains(row(id)!.recognition) }
            guard open.count == 1, let period = statistics.periods(of: ward).last else { continue }
            let shown = people.filter { (statistics.figure($0.code, unit: ward, period: period, field: .actual)?.shown ?? 0) > 0 }
            guard !shown.isEmpty else { continue }
            let wardName = index.byID[ward]!.fullName, groupName = index.byID[open[0]]!.fullName
            let codes = shown.map { "«\($0.code)»" }.joined(separator: ", ")
            out.append(Diagnostic(row(open[0])!.position, kind: .warning,
                vi: "\(wardName): chỉ còn \(groupName) chưa được công nhận, nên số người \(codes) của \(wardName) (\(period.month.map { Vietnamese.monthYear($0) } ?? period.slug)) cho người đọc biết họ ở \(groupName); hãy cân nhắc chỉ đăng số này ở cấp trên",
                en: "\(wardName): only \(groupName) is not recognised, so the counts of people \(codes) of \(wardName) (\(period.slug)) tell readers they live in \(groupName); consider publishing them one level up only"))
        }
        return out
    }
}
