import Foundation
import WardLocale
import WardMustache

/// The page of a unit measured against the criteria — a tổ dân phố, or a xã recognised as a
/// whole: its checklist, pledge bar, monthly history, what is missing, its printables, and the
/// places below it (the thôn and bản of a commune), which have no page of their own.
enum MeasuredPage {
    static func context(_ model: SiteModel, id: String) -> MV {
        let unit = model.index.byID[id]!
        let path = "tien-do/" + model.index.paths[id]! + "index.html"
        let wording = model.wording(for: id)
        let frame = PageFrame(model: model, path: path, title: "\(unit.fullName) — \(model.t("progress_title"))",
                              description: "\(model.t("group_description")) \(unit.fullName).", section: "progress", wording: wording)
        let g = model.progress.groups[id]!
        let criteria = CriteriaDisclosure.shown(model.content.criteria.criteria, for: unit)
        let sharedSource = model.content.criteria.sharedSource
        let row = g.latest
        let households = model.index.households[id] ?? 0
        let history: [MV] = model.content.snapshots.compactMap { snap in
            guard let r = snap.rows[id] else { return nil }
            let met = criteria.filter { r.statuses[$0.code] == .met }.count
            return ["month": .string(Vietnamese.monthYear(snap.month)), "met": .string("\(met)/\(criteria.count)"),
                    "pledge": .string(Vietnamese.percent(r.pledgedHouseholds, of: households)),
                    "status": .string(model.label(r.recognition))]
        }
        let missing = model.progress.missing(id, criteria: model.content.criteria).filter { c in criteria.contains { $0.code == c.code } }
        let printPath = model.index.paths[id]!
        let below = (model.index.children[id] ?? []).map { model.index.byID[$0]!.fullName }
        return frame.context([
            "unit": ["name": .string(unit.name), "fullName": .string(unit.fullName), "kind": .string(unit.kind.vi)],
            "status": .string(model.label(g.recognition)), "statusClass": .string(g.recognition.rawValue),
            "decision": row?.decisionDate.map { d in
                .string("\(model.t("decision")) \(row?.decisionNumber ?? "") \(model.t("dated")) \(Vietnamese.shortDate(d))")
            } ?? .null,
            "met": criteria.isEmpty ? .null : .string(CriteriaDisclosure.met(row, model.content.criteria.criteria, for: unit)),
            "criteriaShown": .bool(!criteria.isEmpty),
            "withheldCriteria": .block(CriteriaDisclosure.withheld(model.content.criteria.criteria, for: unit).map { .string($0.code) }),
            "pledge": ["rate": .string(Vietnamese.percent(g.pledge.pledged, of: g.pledge.households)),
                       "pledged": .string(Vietnamese.integer(g.pledge.pledged)),
                       "households": .string(Vietnamese.integer(g.pledge.households)),
                       "value": .int(g.pledge.pledged), "max": .int(max(g.pledge.households, 1))],
            "board": .bool(row?.hotlineBoard ?? false), "mailbox": .bool(row?.mailbox ?? false),
            "models": .string(Vietnamese.integer(row?.preventionModels ?? 0)),
            "month": g.month.map { .string(Vietnamese.monthYear($0)) } ?? .null,
            "criteria": .list(criteria) { c in
                let s = row?.statuses[c.code]
                return ["code": .string(c.code), "anchor": .string(anchor(c)), "text": .string(c.text), "source": .string(sharedSource == nil ? c.source : ""),
                        "label": .string(s.map { model.label($0) } ?? model.t("no_data")),
                        "symbol": .string(ProgressPages.symbol(s)), "class": .string(s?.rawValue ?? "none")]
            },
            "criteriaSource": sharedSource.map { .string($0) } ?? .null,
            // The list above already gives each criterion's text and state: what is missing is
            // said there, and here only counted and linked (six texts twice was the same list twice).
            "missing": missing.isEmpty ? .null : [
                "count": .string("\(missing.count)/\(criteria.count)"),
                "items": .array(missing.enumerated().map { i, c in
                    ["code": .string(c.code), "anchor": .string(anchor(c)), "sep": .string(i < missing.count - 1 ? ", " : "")]
                }),
            ],
            "history": .block(history),
            "below": .block(below.map { .string($0) }),
            "target": model.index.root.id == id ? TargetView.target(model, under: id, root: frame.root) : .null,
            "pastTargets": model.index.root.id == id ? TargetView.past(model, under: id, wording: wording) : .null,
            "breadcrumbs": ProgressPages.breadcrumbs(model, id: id, root: frame.root),
            "statistics": StatisticsView.section(model, id: id),
            "print": ["pledge": .string(frame.root + "in-an/cam-ket/" + printPath), "board": .string(frame.root + "in-an/bang-niem-yet/" + printPath),
                      "checklist": .string(frame.root + "in-an/kiem-tra/" + printPath)],
        ])
    }

    /// «tc-tc3»: the criterion's place in the list, for the links from «Còn thiếu».
    static func anchor(_ c: Criterion) -> String { "tc-" + Vietnamese.slug(c.code) }
}
