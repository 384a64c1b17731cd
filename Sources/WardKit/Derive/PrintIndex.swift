import Foundation
import WardLocale
import WardMustache

/// The print kit's index pages: the root's (posters, and the groups or wards below it) and
/// one per unit with groups below it. Before a PDF export they also link every PDF, and
/// first the merged files — the month's printing for the whole ward, one file per form.
enum PrintIndex {
    /// The root always has a print index (posters); any other unit only when there is
    /// something to print below it — a ward with no groups yet has none, and is not linked.
    static func hasIndex(_ model: SiteModel, _ id: String) -> Bool {
        if id == model.index.root.id { return true }
        return !model.index.isMeasured(id) && (model.progress.aggregates[id]?.groups ?? 0) > 0
    }

    static func path(_ model: SiteModel, _ id: String) -> String {
        id == model.index.root.id ? "in-an/index.html" : "in-an/don-vi/\(model.index.paths[id]!)index.html"
    }

    static func context(_ model: SiteModel, id: String, path: String, pdfs: Bool) -> MV {
        let unit = model.index.byID[id]!
        let isRoot = id == model.index.root.id
        let frame = PageFrame(model: model, path: path, title: isRoot ? model.t("print_title") : "\(model.t("print_title")) — \(unit.fullName)",
                              description: model.t("print_description"), section: "print", wording: model.wording(for: id))
        let children = model.index.children[id] ?? []
        let groups = model.index.isMeasured(id) ? [id] : children.filter { model.index.isMeasured($0) }
        let units = children.filter { !model.index.isMeasured($0) && hasIndex(model, $0) }
        let toPrint = frame.root + "in-an/"
        let pdf = { (target: PrintTarget) -> MV in pdfs ? .string(PrintFiles.link(from: path, to: target.pdf)) : .null }
        return frame.context([
            "unit": ["fullName": .string(unit.fullName)],
            "merged": pdfs ? merged(model, owner: id, units: groups, from: path) : .null,
            "groups": .block(groups.map { gid in
                let p = model.index.paths[gid]!
                return ["name": .string(model.index.byID[gid]!.fullName),
                        "pledge": .string(toPrint + "cam-ket/\(p)"), "board": .string(toPrint + "bang-niem-yet/\(p)"),
                        "checklist": .string(toPrint + "kiem-tra/\(p)"),
                        "pledgePDF": pdf(PrintFiles.form(model, .pledge, unit: gid)),
                        "boardPDF": pdf(PrintFiles.form(model, .boardA4, unit: gid)),
                        "boardA3PDF": pdf(PrintFiles.form(model, .boardA3, unit: gid)),
                        "checklistPDF": pdf(PrintFiles.form(model, .checklist, unit: gid)),
                        "households": .string(Vietnamese.integer(model.index.households[gid] ?? 0))]
            }),
            "units": .block(units.map { uid in
                ["name": .string(model.index.byID[uid]!.fullName), "href": .string(frame.root + self.path(model, uid).dropLast("index.html".count))]
            }),
            "posters": isRoot ? .block(model.content.themes.map { t in
                ["title": .string(t.title), "href": .string(toPrint + "ap-phich/\(t.slug)/"),
                 "pdf": pdf(PrintFiles.poster(t, paper: .a3)), "a4PDF": pdf(PrintFiles.poster(t, paper: .a4Poster))]
            }) : .null,
        ])
    }

    /// The merged files of the units listed on this index: PrintFiles.mergedSets makes one set
    /// per unit from its measured children (or the root alone when it is measured itself),
    /// which is exactly `units` here.
    static func merged(_ model: SiteModel, owner: String, units: [String], from path: String) -> MV {
        guard !units.isEmpty else { return .null }
        let sheets = model.t("print_all_sheets", model.wording(for: owner)).replacingOccurrences(of: "{n}", with: Vietnamese.integer(units.count))
        return .block(PrintForm.allCases.map { form in
            let target = PrintFiles.merged(model, form, owner: owner, units: units.count)
            return ["label": .string(model.t(form.labelKey)), "paper": .string(model.t(form.paper.labelKey)), "sheets": .string(sheets),
                    "pdf": .string(PrintFiles.link(from: path, to: target.pdf)), "page": .string(PrintFiles.link(from: path, to: target.page))]
        })
    }
}
