import Foundation
import WardLocale
import WardMustache

/// The target-versus-actual table on the site's dashboard, from the guarded statistics only.
enum StatisticsView {
    static func table(_ model: SiteModel) -> MV {
        let rows = model.statistics.rows
        guard !rows.isEmpty else { return .null }
        let hidden = "< \(model.statistics.threshold)"
        // On a ward site every row is the ward itself: the unit column would only repeat it.
        let multiUnit = rows.contains { $0.unitID != model.index.root.id }
        return [
            "multiUnit": .bool(multiUnit),
            "note": .string(model.t("statistics_note").replacingOccurrences(of: "{k}", with: String(model.statistics.threshold))),
            "rows": .list(rows) { r in
                let unit = model.index.byID[r.unitID]!
                // A complementary cell is not small, so it must not read "< k": it says "hidden".
                let actual = r.actual.map { Vietnamese.integer($0) } ?? (r.isSmall ? hidden : model.t("hidden_value"))
                // A rate of a hidden count would reveal it, so it is hidden too.
                let rate = (r.actual != nil && (r.target ?? 0) > 0) ? Vietnamese.percent(r.actual!, of: r.target!) : "—"
                return ["unit": .string(unit.id == model.index.root.id ? unit.fullName : unit.name),
                        "indicator": .string(r.indicator),
                        "target": .string(r.target.map { Vietnamese.integer($0) } ?? "—"),
                        "actual": .string(actual), "suppressed": .bool(r.actual == nil), "rate": .string(rate),
                        "measure": .string(r.actual == nil && !r.isSmall ? "" : r.measure.vi), "targetMeasure": .string(r.measure.vi)]
            },
        ]
    }
}
