import Foundation
import WardLocale
import WardMustache

/// `/tien-do/` for the site's unit and one page per unit below it.
enum ProgressPages {
    static func jobs(_ model: SiteModel) -> [PageJob] {
        var jobs = [PageJob(path: "tien-do/index.html", template: "progress") { unitContext(model, id: model.index.root.id) }]
        // The criteria × groups matrix has its own page: it grows with groups × criteria and
        // would push a large ward's dashboard past the 30 KB page budget.
        for id in [model.index.root.id] + model.index.descendants where hasGroupChildren(model, id) {
            let path = "tien-do/" + model.index.paths[id]! + "tieu-chi.html"
            jobs.append(PageJob(path: path, template: "matrix") { matrixContext(model, id: id, path: path) })
        }
        for id in model.index.descendants {
            let path = "tien-do/" + model.index.paths[id]! + "index.html"
            let isGroup = model.index.byID[id]!.kind.isGroup
            jobs.append(PageJob(path: path, template: isGroup ? "group" : "progress") {
                isGroup ? groupContext(model, id: id) : unitContext(model, id: id)
            })
        }
        return jobs
    }

    /// A ward (or district, province) dashboard: its groups or sub-units, target, charts.
    static func unitContext(_ model: SiteModel, id: String) -> MV {
        let unit = model.index.byID[id]!
        let path = "tien-do/" + model.index.paths[id]! + "index.html"
        let frame = PageFrame(model: model, path: path, title: "\(model.t("progress_title")) — \(unit.fullName)",
                              description: "\(model.t("progress_description")) \(unit.fullName).", section: "progress")
        let agg = model.progress.aggregates[id] ?? UnitAggregate()
        let children = model.index.children[id] ?? []
        let childGroups = children.filter { model.index.byID[$0]!.kind.isGroup }
        let rows: MV = .list(children) { cid in
            let c = model.index.byID[cid]!
            let href = frame.root + "tien-do/" + model.index.paths[cid]!
            if c.kind.isGroup, let g = model.progress.groups[cid] {
                return ["name": .string(c.name), "href": .string(href), "isGroup": true,
                        "status": .string(model.label(g.recognition)), "statusClass": .string(g.recognition.rawValue),
                        "met": .string("\(g.met)/\(g.total)"), "pledge": .string(Vietnamese.percent(g.pledge.pledged, of: g.pledge.households))]
            }
            let a = model.progress.aggregates[cid] ?? UnitAggregate()
            return ["name": .string(c.fullName), "href": .string(href), "isGroup": false,
                    "status": .string("\(a.drugFree)/\(a.groups)"), "statusClass": "aggregate",
                    "met": .string(Vietnamese.percent(a.drugFree, of: a.groups)),
                    "pledge": .string(Vietnamese.percent(a.pledge.pledged, of: a.pledge.households))]
        }
        return frame.context([
            "unit": ["name": .string(unit.name), "fullName": .string(unit.fullName)],
            "summary": summary(model, agg: agg),
            "target": target(model, under: id, root: frame.root),
            "rows": rows,
            "hasGroups": .bool(!childGroups.isEmpty),
            "matrixHref": childGroups.isEmpty ? .null : .string("tieu-chi.html"),
            "charts": Charts.unitCharts(model, id: id, children: children),
            "statistics": id == model.index.root.id ? StatisticsView.table(model) : .null,
            "breadcrumbs": breadcrumbs(model, id: id, root: frame.root),
        ])
    }

    static func hasGroupChildren(_ model: SiteModel, _ id: String) -> Bool {
        (model.index.children[id] ?? []).contains { model.index.byID[$0]!.kind.isGroup }
    }

    static func matrixContext(_ model: SiteModel, id: String, path: String) -> MV {
        let unit = model.index.byID[id]!
        let frame = PageFrame(model: model, path: path, title: "\(model.t("matrix_title")) — \(unit.fullName)",
                              description: "\(model.t("matrix_caption")) — \(unit.fullName).", section: "progress")
        let criteria = model.content.criteria.criteria
        let childGroups = (model.index.children[id] ?? []).filter { model.index.byID[$0]!.kind.isGroup }
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
            "criteria": .list(criteria) { c in ["code": .string(c.code), "text": .string(c.text)] },
            "rows": .list(childGroups) { gid in
                let row = model.progress.groups[gid]?.latest
                return ["name": .string(model.index.byID[gid]!.name), "href": .string(frame.root + "tien-do/" + model.index.paths[gid]!),
                        "cells": .list(criteria) { c in
                            let s = row?.statuses[c.code]
                            return ["label": .string(s.map { model.label($0) } ?? model.t("no_data")), "symbol": .string(symbol(s)),
                                    "class": .string(s?.rawValue ?? "none")]
                        }]
            },
        ])
    }

    static func summary(_ model: SiteModel, agg: UnitAggregate) -> MV {
        [
            "groups": .string(Vietnamese.integer(agg.groups)),
            "drugFree": .string(Vietnamese.integer(agg.drugFree)),
            "drugFreeRate": .string(Vietnamese.percent(agg.drugFree, of: agg.groups)),
            "pledgeRate": .string(Vietnamese.percent(agg.pledge.pledged, of: agg.pledge.households)),
            "pledged": .string(Vietnamese.integer(agg.pledge.pledged)),
            "households": .string(Vietnamese.integer(agg.pledge.households)),
            "statuses": .list(RecognitionStatus.allCases) { s in
                ["label": .string(model.label(s)), "count": .string(Vietnamese.integer(agg.byRecognition[s] ?? 0)), "class": .string(s.rawValue)]
            },
        ]
    }

    /// This year's target restricted to the groups under a unit: "15/27 (55,6 %)" and names.
    static func target(_ model: SiteModel, under id: String, root: String) -> MV {
        guard let t = model.currentTarget else { return .null }
        let inScope = Set(model.index.groups(under: id))
        let ids = t.groupIDs.filter { inScope.contains($0) }
        guard !ids.isEmpty else { return .null }
        let achieved = ids.filter { model.progress.groups[$0]?.recognition.isDrugFree == true }
        let keys = Dictionary(uniqueKeysWithValues: ids.map { ($0, Vietnamese.collationKey(model.index.byID[$0]!.name)) })
        let sorted = ids.sorted { keys[$0]! < keys[$1]! }
        return [
            "year": .string(String(t.year)),
            "ratio": .string("\(ids.count)/\(inScope.count)"),
            "percent": .string(Vietnamese.percent(ids.count, of: inScope.count)),
            "achieved": .string("\(achieved.count)/\(ids.count)"),
            "groups": .list(sorted) { gid in
                ["name": .string(model.index.byID[gid]!.name), "href": .string(root + "tien-do/" + model.index.paths[gid]!),
                 "done": .bool(model.progress.groups[gid]?.recognition.isDrugFree == true)]
            },
        ]
    }

    static func groupContext(_ model: SiteModel, id: String) -> MV {
        let unit = model.index.byID[id]!
        let path = "tien-do/" + model.index.paths[id]! + "index.html"
        let frame = PageFrame(model: model, path: path, title: "\(unit.fullName) — \(model.t("progress_title"))",
                              description: "\(model.t("group_description")) \(unit.fullName).", section: "progress")
        let g = model.progress.groups[id]!
        let criteria = model.content.criteria.criteria
        let row = g.latest
        let history: [MV] = model.content.snapshots.compactMap { snap in
            guard let r = snap.rows[id] else { return nil }
            let met = criteria.filter { r.statuses[$0.code] == .met }.count
            return ["month": .string(Vietnamese.monthYear(snap.month)), "met": .string("\(met)/\(criteria.count)"),
                    "pledge": .string(Vietnamese.percent(r.pledgedHouseholds, of: unit.households ?? 0)),
                    "status": .string(model.label(r.recognition))]
        }
        let missing = model.progress.missing(id, criteria: model.content.criteria)
        let printPath = model.index.paths[id]!
        return frame.context([
            "unit": ["name": .string(unit.name), "fullName": .string(unit.fullName), "kind": .string(unit.kind.vi)],
            "status": .string(model.label(g.recognition)), "statusClass": .string(g.recognition.rawValue),
            "decision": row?.decisionDate.map { d in
                .string("\(model.t("decision")) \(row?.decisionNumber ?? "") \(model.t("dated")) \(Vietnamese.shortDate(d))")
            } ?? .null,
            "met": .string("\(g.met)/\(g.total)"),
            "pledge": ["rate": .string(Vietnamese.percent(g.pledge.pledged, of: g.pledge.households)),
                       "pledged": .string(Vietnamese.integer(g.pledge.pledged)),
                       "households": .string(Vietnamese.integer(g.pledge.households)),
                       "value": .int(g.pledge.pledged), "max": .int(max(g.pledge.households, 1))],
            "board": .bool(row?.hotlineBoard ?? false), "mailbox": .bool(row?.mailbox ?? false),
            "models": .string(Vietnamese.integer(row?.preventionModels ?? 0)),
            "month": g.month.map { .string(Vietnamese.monthYear($0)) } ?? .null,
            "criteria": .list(criteria) { c in
                let s = row?.statuses[c.code]
                return ["code": .string(c.code), "text": .string(c.text), "label": .string(s.map { model.label($0) } ?? model.t("no_data")),
                        "symbol": .string(symbol(s)), "class": .string(s?.rawValue ?? "none")]
            },
            "missing": .block(missing.map { c in ["code": .string(c.code), "text": .string(c.text)] }),
            "history": .block(history),
            "breadcrumbs": breadcrumbs(model, id: id, root: frame.root),
            "print": ["pledge": .string(frame.root + "in-an/cam-ket/" + printPath), "board": .string(frame.root + "in-an/bang-niem-yet/" + printPath),
                      "checklist": .string(frame.root + "in-an/kiem-tra/" + printPath)],
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
