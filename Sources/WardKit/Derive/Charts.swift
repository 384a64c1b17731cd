import Foundation
import WardLocale
import WardMustache

/// Inline SVG charts computed in Swift (templates stay logic-less). Each has a `<title>` and
/// `<desc>` and is paired with a data table, so the numbers are never locked in a picture.
/// Colours come from CSS classes, keeping the markup small on slow networks.
enum Charts {
    static func unitCharts(_ model: SiteModel, id: String, children: [String], wording w: Wording) -> MV {
        let agg = model.progress.aggregates[id] ?? UnitAggregate()
        var charts: [MV] = [statusChart(model, agg: agg, id: "c-status", wording: w)]
        // Only units with something measured have a rate to draw.
        let charted = children.filter { (model.progress.aggregates[$0]?.groups ?? 0) > 0 }
        // One bar per unit stops being readable (and fitting the page budget) past a few dozen;
        // the units table above carries the same rates.
        if !charted.isEmpty && charted.count <= 40 { charts.append(pledgeChart(model, children: charted, id: "c-pledge")) }
        if model.progress.monthly.count >= 2 { charts.append(trendChart(model, unitID: id, chartID: "c-trend", wording: w)) }
        return .array(charts)
    }

    private static func bars(_ items: [(label: String, value: Double, text: String, cls: String)], max: Double, id: String,
                             title: String, desc: String) -> String {
        let rowH = 22, labelW = 130, barW = 150, width = labelW + barW + 70
        let height = items.count * rowH + 4
        var svg = "<svg viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" class=\"chart\">"
        svg += "<title id=\"\(id)-t\">\(escape(title))</title><desc id=\"\(id)-d\">\(escape(desc))</desc>"
        // Labels share one text-anchor, values and bars follow: grouping keeps the markup small.
        var labels = "<g text-anchor=\"end\">", rects = "", values = ""
        for (i, item) in items.enumerated() {
            let y = i * rowH + 2
            let w = max > 0 ? Int((item.value / max * Double(barW)).rounded()) : 0
            labels += "<text x=\"\(labelW - 6)\" y=\"\(y + 15)\">\(escape(item.label))</text>"
            rects += "<rect x=\"\(labelW)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"15\" class=\"\(item.cls)\"/>"
            values += "<text x=\"\(labelW + w + 4)\" y=\"\(y + 15)\">\(escape(item.text))</text>"
        }
        svg += labels + "</g>" + rects + values
        return svg + "</svg>"
    }

    static func statusChart(_ model: SiteModel, agg: UnitAggregate, id: String, wording w: Wording) -> MV {
        let items = RecognitionStatus.allCases.map { s in
            (label: model.label(s), value: Double(agg.byRecognition[s] ?? 0), text: Vietnamese.integer(agg.byRecognition[s] ?? 0), cls: s.rawValue)
        }
        let desc = items.map { "\($0.label): \($0.text)" }.joined(separator: "; ")
        let title = model.t("chart_status_title", w)
        return ["id": .string(id), "title": .string(title),
                "svg": .string(bars(items, max: Double(max(agg.groups, 1)), id: id, title: title, desc: desc)),
                "table": table([model.t("col_status"), model.t("col_groups", w)], items.map { [$0.label, $0.text] })]
    }

    static func pledgeChart(_ model: SiteModel, children: [String], id: String) -> MV {
        let items = children.map { cid -> (label: String, value: Double, text: String, cls: String) in
            let p = model.progress.aggregates[cid]?.pledge ?? .zero
            return (label: model.index.byID[cid]!.shortName, value: Vietnamese.percentValue(p.pledged, of: p.households),
                    text: Vietnamese.percent(p.pledged, of: p.households), cls: "pledge")
        }
        let title = model.t("chart_pledge_title")
        return ["id": .string(id), "title": .string(title),
                "svg": .string(bars(items, max: 100, id: id, title: title, desc: model.t("chart_pledge_desc"))),
                "tableNote": .string(model.t("chart_pledge_table_note"))]
    }

    static func trendChart(_ model: SiteModel, unitID: String, chartID id: String, wording: Wording) -> MV {
        let months = model.progress.monthly
        let points = months.map { m -> (label: String, drugFree: Int, groups: Int, pledge: Double, pledgeText: String) in
            let a = m.aggregates[unitID] ?? UnitAggregate()
            return (Vietnamese.monthYear(m.month), a.drugFree, a.groups, Vietnamese.percentValue(a.pledge.pledged, of: a.pledge.households),
                    Vietnamese.percent(a.pledge.pledged, of: a.pledge.households))
        }
        let w = 320, h = 150, left = 34, bottom = 24, top = 8
        let plotW = w - left - 10, plotH = h - top - bottom
        let step = points.count > 1 ? Double(plotW) / Double(points.count - 1) : 0
        func xy(_ i: Int, _ pct: Double) -> String {
            "\(left + Int((Double(i) * step).rounded())),\(top + plotH - Int((pct / 100 * Double(plotH)).rounded()))"
        }
        let title = model.t("chart_trend_title")
        let desc = points.map { "\($0.label): \($0.drugFree)/\($0.groups), \($0.pledgeText)" }.joined(separator: "; ")
        var svg = "<svg viewBox=\"0 0 \(w) \(h)\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" class=\"chart\">"
        svg += "<title id=\"\(id)-t\">\(escape(title))</title><desc id=\"\(id)-d\">\(escape(desc))</desc>"
        for pct in [0, 50, 100] {
            let y = top + plotH - plotH * pct / 100
            svg += "<line x1=\"\(left)\" x2=\"\(w - 10)\" y1=\"\(y)\" y2=\"\(y)\" class=\"grid\"/><text x=\"\(left - 4)\" y=\"\(y + 4)\" text-anchor=\"end\">\(pct)%</text>"
        }
        let pledgeLine = points.enumerated().map { xy($0.offset, $0.element.pledge) }.joined(separator: " ")
        let freeLine = points.enumerated().map { xy($0.offset, $0.element.groups > 0 ? Double($0.element.drugFree) * 100 / Double($0.element.groups) : 0) }.joined(separator: " ")
        svg += "<polyline points=\"\(pledgeLine)\" class=\"line-pledge\"/><polyline points=\"\(freeLine)\" class=\"line-free\"/>"
        for (i, p) in points.enumerated() where i == 0 || i == points.count - 1 || points.count <= 6 {
            // First and last labels hug the plot's edges so they are never clipped.
            let anchor = i == 0 ? "start" : (i == points.count - 1 ? "end" : "middle")
            svg += "<text x=\(quote(xy(i, 0).split(separator: ",")[0])) y=\"\(h - 6)\" text-anchor=\"\(anchor)\">\(escape(shortMonth(p.label)))</text>"
        }
        svg += "</svg>"
        return ["id": .string(id), "title": .string(title), "svg": .string(svg), "legend": true,
                "table": table([model.t("col_month"), model.t("col_drug_free", wording), model.t("col_pledge")],
                               points.map { [$0.label, "\($0.drugFree)/\($0.groups)", $0.pledgeText] })]
    }

    private static func shortMonth(_ label: String) -> String {
        label.replacingOccurrences(of: "tháng ", with: "T")
    }

    private static func quote<S: StringProtocol>(_ s: S) -> String { "\"\(s)\"" }

    static func table(_ headers: [String], _ rows: [[String]]) -> MV {
        ["headers": .list(headers) { .string($0) }, "rows": .list(rows) { r in ["cells": .list(r) { .string($0) }] }]
    }
}

/// Markup built in Swift (charts, feeds, print URLs) uses the template engine's escaping.
func escape(_ s: String) -> String { htmlEscaped(s) }
