import Foundation
import WardLocale
import WardMustache

/// Statistics as the plans lay them out, from the guarded figures only. A unit whose own units
/// report gets their table (one row a unit, a column group an indicator, the unit's own figures
/// as the totals row, like the Long Biên annex); a unit reporting alone gets one row an
/// indicator. Every figure cell carries `data-` attributes naming what it is, and every hidden
/// one reads the same label.
enum StatisticsView {
    /// The unit's latest period, for its own page.
    static func section(_ model: SiteModel, id: String) -> MV {
        guard let latest = model.statistics.periods(of: id).last else { return .null }
        return section(model, id: id, period: latest, onPeriodPage: false)
    }

    static func section(_ model: SiteModel, id: String, period: StatisticsPeriod, onPeriodPage: Bool) -> MV {
        let stats = model.statistics
        let parts = stats.partsOf[id] ?? []
        func has(_ code: String, _ field: StatisticField, in units: [String]) -> Bool {
            units.contains { stats.figure(code, unit: $0, period: period, field: field) != nil }
        }
        func reported(_ i: Indicator, in units: [String]) -> Bool { has(i.code, .target, in: units) || has(i.code, .actual, in: units) }
        // Indicators the unit's own units report go in their table, with the unit as the
        // totals row; the others are the unit's alone.
        let byUnit = stats.indicators.filter { reported($0, in: parts) }
        let own = stats.indicators.filter { !reported($0, in: parts) && reported($0, in: [id]) }
        guard !byUnit.isEmpty || !own.isEmpty else { return .null }
        func cell(_ i: Indicator, _ unit: String, _ field: StatisticField) -> MV {
            let f = stats.figure(i.code, unit: unit, period: period, field: field)
            let text = f.map { $0.shown.map(Vietnamese.integer) ?? model.t("hidden_value") } ?? "—"
            return ["unit": .string(unit), "indicator": .string(i.code), "field": .string(field.rawValue), "text": .string(text),
                    "value": f?.shown.map { .string(String($0)) } ?? .null, "hidden": .bool(f?.hidden != nil), "absent": .bool(f == nil)]
        }
        var out: [String: MV] = [
            "period": .string(period.slug),
            "periodLabel": .string(label(period, model)),
            "note": .string(model.t("statistics_note").replacingOccurrences(of: "{k}", with: String(stats.threshold))),
            "others": others(model, id: id, except: onPeriodPage ? period : nil),
        ]
        if !own.isEmpty {
            let hasTarget = own.contains { has($0.code, .target, in: [id]) }, hasActual = own.contains { has($0.code, .actual, in: [id]) }
            out["own"] = [
                "unit": .string(id), "hasTarget": .bool(hasTarget), "hasActual": .bool(hasActual), "hasRate": .bool(hasTarget && hasActual),
                "rows": .list(own) { i in
                    var cells: [MV] = []
                    if hasTarget { cells.append(cell(i, id, .target)) }
                    if hasActual { cells.append(cell(i, id, .actual)) }
                    let t = stats.figure(i.code, unit: id, period: period, field: .target)?.shown
                    let a = stats.figure(i.code, unit: id, period: period, field: .actual)?.shown
                    // A rate of a hidden figure would give it back: only both shown.
                    let rate = (t ?? 0) > 0 && a != nil ? Vietnamese.percent(a!, of: t!) : "—"
                    var row = header(i)
                    row["cells"] = .array(cells)
                    row["rate"] = .string(rate)
                    return .object(row)
                },
            ]
        }
        if !byUnit.isEmpty {
            let all = [id] + parts
            func fields(_ i: Indicator) -> [StatisticField] { StatisticField.allCases.filter { has(i.code, $0, in: all) } }
            let rowsFor = parts.filter { u in byUnit.contains { reported($0, in: [u]) } }
            out["units"] = [
                "indicators": .list(byUnit) { i in
                    var h = header(i)
                    let f = fields(i)
                    h["span"] = .string(String(f.count))
                    h["hasTarget"] = .bool(f.contains(.target))
                    h["hasActual"] = .bool(f.contains(.actual))
                    return .object(h)
                },
                "rows": .list(rowsFor) { u in
                    ["id": .string(u), "name": .string(stats.names[u] ?? u),
                     "href": model.index.hasPage(u) ? model.index.paths[u].map { .string(pageRoot(model, id: id) + "tien-do/" + $0) } ?? .null : .null,
                     "cells": .array(byUnit.flatMap { i in fields(i).map { cell(i, u, $0) } })]
                },
                "total": ["id": .string(id), "cells": .array(byUnit.flatMap { i in fields(i).map { cell(i, id, $0) } })],
            ]
        }
        return .object(out)
    }

    /// What a reader needs to know about an indicator's links to subtract figures from each
    /// other: the page states them, so an audit can use exactly what a reader sees.
    private static func header(_ i: Indicator) -> [String: MV] {
        ["code": .string(i.code), "text": .string(i.text), "counts": .string(i.counts.rawValue), "sensitive": .bool(i.isSensitive),
         "totalOf": .string(i.totalOf.joined(separator: " ")), "partOf": .string(i.partOf.joined(separator: " ")),
         "cumulative": .bool(i.isCumulative), "cumulativeOf": .string(i.cumulativeOf ?? "")]
    }

    static func label(_ p: StatisticsPeriod, _ model: SiteModel) -> String {
        p.month.map { Vietnamese.monthYear($0) } ?? model.t("statistics_whole_period")
    }

    /// Links to the unit's other periods (`so-lieu-YYYY-MM.html` beside its page).
    private static func others(_ model: SiteModel, id: String, except: StatisticsPeriod?) -> MV {
        let periods = model.statistics.periods(of: id)
        guard periods.count > 1 else { return .null }
        let latest = periods.last!
        var items: [MV] = []
        if except != nil { items.append(["label": .string(model.t("statistics_latest")), "href": "./"]) }
        for p in periods.reversed() where p != except && !(except == nil && p == latest) {
            items.append(["label": .string(label(p, model)), "href": .string(periodFile(p))])
        }
        return .block(items)
    }

    static func periodFile(_ p: StatisticsPeriod) -> String { "so-lieu-\(p.slug).html" }

    /// Unit pages and period pages sit in the same folder.
    private static func pageRoot(_ model: SiteModel, id: String) -> String {
        String(repeating: "../", count: ("tien-do/" + (model.index.paths[id] ?? "")).split(separator: "/").count)
    }
}

/// A page per period for units with figures in more than one: `tien-do/<unit>/so-lieu-<period>.html`.
enum StatisticsPages {
    static func jobs(_ model: SiteModel) -> [PageJob] {
        var jobs: [PageJob] = []
        for id in [model.index.root.id] + model.index.descendants {
            let periods = model.statistics.periods(of: id)
            guard periods.count > 1, model.index.hasPage(id) || id == model.index.root.id, let base = model.index.paths[id] else { continue }
            for p in periods {
                let path = "tien-do/" + base + StatisticsView.periodFile(p)
                jobs.append(PageJob(path: path, template: "statistics-period") {
                    let unit = model.index.byID[id]!
                    let title = "\(model.t("statistics_title")) — \(unit.fullName) — \(StatisticsView.label(p, model))"
                    let frame = PageFrame(model: model, path: path, title: title, description: title + ".", section: "progress")
                    return frame.context([
                        "unit": ["name": .string(unit.name), "fullName": .string(unit.fullName), "href": "./"],
                        "statistics": StatisticsView.section(model, id: id, period: p, onPeriodPage: true),
                    ])
                })
            }
        }
        return jobs
    }
}
