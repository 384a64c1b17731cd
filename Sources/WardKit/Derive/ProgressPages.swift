import Foundation
import WardLocale
import WardMustache

/// `/tien-do/` for the site's unit and one page per unit below it, down to the level the
/// criteria recognise: an aggregate dashboard above it, a checklist page at it.
enum ProgressPages {
    static func jobs(_ model: SiteModel) -> PageJobs {
        let rootID = model.index.root.id
        var jobs = PageJobs([PageJob(path: "tien-do/index.html", template: model.index.isMeasured(rootID) ? "group" : "progress",
                                     reads: statisticsSection(model, rootID)) {
            model.index.isMeasured(rootID) ? MeasuredPage.context(model, id: rootID) : unitContext(model, id: rootID)
        }])
        // The criteria × groups matrix has its own page: it grows with groups × criteria and
        // would push a large ward's dashboard past the 30 KB page budget.
        for id in [rootID] + model.index.descendants where hasMeasuredChildren(model, id) {
            let path = "tien-do/" + model.index.paths[id]! + "tieu-chi.html"
            jobs.append(PageJob(path: path, template: "matrix", reads: .allButStatistics(section: nil)) { matrixContext(model, id: id, path: path) })
        }
        // One page a unit, made when asked for (see PageJobs).
        let ids = model.index.descendants.filter { model.index.hasPage($0) }
        jobs.append(count: ids.count) { i in
            let id = ids[i]
            let measured = model.index.isMeasured(id)
            return PageJob(path: "tien-do/" + model.index.paths[id]! + "index.html", template: measured ? "group" : "progress",
                           reads: statisticsSection(model, id)) {
                measured ? MeasuredPage.context(model, id: id) : unitContext(model, id: id)
            }
        }
        return jobs
    }

    /// A unit's page (MeasuredPage.context, unitContext) shows of the statistics only its section.
    private static func statisticsSection(_ model: SiteModel, _ id: String) -> PageReads {
        .allButStatistics(section: { StatisticsView.section(model, id: id) })
    }

    /// A ward (or district, province) dashboard: its groups or sub-units, target, charts.
    static func unitContext(_ model: SiteModel, id: String) -> MV {
        let unit = model.index.byID[id]!
        let path = "tien-do/" + model.index.paths[id]! + "index.html"
        let wording = model.wording(for: id)
        let frame = PageFrame(model: model, path: path, title: "\(model.t("progress_title")) — \(unit.fullName)",
                              description: "\(model.t("progress_description")) \(unit.fullName).", section: "progress", wording: wording)
        let agg = model.progress.aggregates[id] ?? UnitAggregate()
        let children = model.index.children[id] ?? []
        let measuredChildren = children.filter { model.index.isMeasured($0) }
        let rows: [MV] = children.map { cid in
            let c = model.index.byID[cid]!
            let href = frame.root + "tien-do/" + model.index.paths[cid]!
            if let g = model.progress.groups[cid] {
                return ["name": .string(c.shortName), "href": .string(href),
                        "status": .string(model.label(g.recognition)), "statusClass": .string(g.recognition.rawValue),
                        "met": .string(CriteriaDisclosure.met(g.latest, model.content.criteria.criteria, for: c)),
                        "pledge": .string(Vietnamese.percent(g.pledge.pledged, of: g.pledge.households))]
            }
            let a = model.progress.aggregates[cid] ?? UnitAggregate()
            // A ward with nothing measured yet says so, rather than «0/0».
            guard a.groups > 0 else {
                return ["name": .string(c.fullName), "href": .string(href), "status": .string(model.t("no_units_yet", model.wording(for: cid))),
                        "statusClass": "none", "met": .string(Vietnamese.noValue), "pledge": .string(Vietnamese.noValue)]
            }
            return ["name": .string(c.fullName), "href": .string(href),
                    "status": .string("\(a.drugFree)/\(a.groups)"), "statusClass": "aggregate",
                    "met": .string(Vietnamese.percent(a.drugFree, of: a.groups)),
                    "pledge": .string(Vietnamese.percent(a.pledge.pledged, of: a.pledge.households))]
        }
        return frame.context([
            "unit": ["name": .string(unit.name), "fullName": .string(unit.fullName)],
            "summary": agg.groups > 0 ? TargetView.summary(model, agg: agg) : .null,
            "nothingYet": .bool(agg.groups == 0),
            "target": TargetView.target(model, under: id, root: frame.root),
            "pastTargets": TargetView.past(model, under: id, wording: wording),
            "rows": .block(rows),
            "hasGroups": .bool(!measuredChildren.isEmpty),
            "matrixHref": measuredChildren.isEmpty ? .null : .string("tieu-chi.html"),
            "charts": agg.groups > 0 ? ["items": Charts.unitCharts(model, id: id, children: children, wording: wording)] : .null,
            "statistics": StatisticsView.section(model, id: id),
            "breadcrumbs": breadcrumbs(model, id: id, root: frame.root),
        ])
    }

    static func hasMeasuredChildren(_ model: SiteModel, _ id: String) -> Bool {
        !model.index.isMeasured(id) && (model.index.children[id] ?? []).contains { model.index.isMeasured($0) }
    }

    static func matrixContext(_ model: SiteModel, id: String, path: String) -> MV {
        let unit = model.index.byID[id]!
        let wording = model.wording(for: id)
        let frame = PageFrame(model: model, path: path, title: "\(model.t("matrix_title", wording)) — \(unit.fullName)",
                              description: "\(model.t("matrix_caption")) — \(unit.fullName).", section: "progress", wording: wording)
        let sharedSource = model.content.criteria.sharedSource
        let measured = (model.index.children[id] ?? []).filter { model.index.isMeasured($0) }
        // Measured units share one level: groups keep their people criteria off the matrix.
        let criteria = measured.first.map { CriteriaDisclosure.shown(model.content.criteria.criteria, for: model.index.byID[$0]!) } ?? []
        let withheld = measured.first.map { CriteriaDisclosure.withheld(model.content.criteria.criteria, for: model.index.byID[$0]!) } ?? []
        var crumbs = breadcrumbs(model, id: id, root: frame.root)
        if case .object(var o) = crumbs, case .array(var items)? = o["items"] {
            items.append(["name": .string(unit.fullName), "href": .string("./")])
            o["items"] = .array(items)
            crumbs = .object(o)
        } else {
            crumbs = .block([["name": .string(unit.fullName), "href": .string("./")]])
        }
        return frame.context([
            "unit": ["name": .string(unit.name), "fullName": .string(unit.fullName)],
            "breadcrumbs": crumbs,
            "criteria": .list(criteria) { c in ["code": .string(c.code), "text": .string(c.text), "source": .string(sharedSource == nil ? c.source : "")] },
            "criteriaSource": sharedSource.map { .string($0) } ?? .null,
            "withheldCriteria": .block(withheld.map { .string($0.code) }),
            // The wording of every criterion is public (it is the plan's); only statuses are not.
            "definitions": .list(model.content.criteria.criteria) { c in
                ["code": .string(c.code), "text": .string(c.text), "source": .string(sharedSource == nil ? c.source : "")]
            },
            "rows": .list(measured) { gid in
                let row = model.progress.groups[gid]?.latest
                return ["name": .string(model.index.byID[gid]!.shortName), "href": .string(frame.root + "tien-do/" + model.index.paths[gid]!),
                        "cells": .list(criteria) { c in
                            let s = row?.statuses[c.code]
                            return ["label": .string(s.map { model.label($0) } ?? model.t("no_data")), "symbol": .string(symbol(s)),
                                    "class": .string(s?.rawValue ?? "none")]
                        }]
            },
        ])
    }

    /// Text symbols carry meaning without colour (WCAG 1.4.1).
    static func symbol(_ s: CriterionStatus?) -> String {
        switch s {
        case .met?: return "✓"
        case .inProgress?: return "…"
        case .notMet?: return "✗"
        case nil: return "–"
        }
    }

    static func breadcrumbs(_ model: SiteModel, id: String, root: String) -> MV {
        var chain: [String] = []
        var cursor = model.index.byID[id]?.parentID
        while let c = cursor, model.index.paths[c] != nil {
            chain.append(c)
            if c == model.index.root.id { break }
            cursor = model.index.byID[c]?.parentID
        }
        return .block(chain.reversed().map { cid in
            ["name": .string(model.index.byID[cid]!.fullName), "href": .string(root + "tien-do/" + model.index.paths[cid]!)]
        })
    }
}
