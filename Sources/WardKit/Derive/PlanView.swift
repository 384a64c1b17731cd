import Foundation
import WardLocale
import WardMustache

/// The plan's head, title and signer block as the plan prints them, for the about page, and
/// the one-line reference printed on every form («Thực hiện Kế hoạch số 265/KH-UBND …»).
enum PlanView {
    /// «Ủy ban nhân dân quận Long Biên», unless the plan names another issuer.
    static func issuer(_ model: SiteModel) -> String {
        if let i = model.content.settings.plan?.issuer { return i }
        let root = model.index.root
        let name = root.namesItsKind ? root.name.prefix(1).lowercased() + root.name.dropFirst() : "\(model.noun(root.kind)) \(root.name)"
        return "\(model.t("plan_people_committee")) \(name)"
    }

    static func reference(_ model: SiteModel) -> String? {
        guard let plan = model.content.settings.plan, plan.number != nil || plan.date != nil || plan.title != nil else { return nil }
        var s = model.t("plan_reference")
        if let n = plan.number { s += " \(model.t("plan_number_word")) \(n)" }
        // Without a number, the title is what tells the plan apart.
        else if let t = plan.title { s += " «\(t)»" }
        if let d = plan.date { s += " \(d.reference)" }
        return s + " \(model.t("plan_of")) \(issuer(model))"
    }

    /// «Long Biên, ngày 01 tháng 6 năm 2023».
    static func placeAndDate(_ model: SiteModel) -> String? {
        guard let plan = model.content.settings.plan, let d = plan.date else { return nil }
        return "\(plan.place ?? model.index.root.name), \(d.long)"
    }

    static func signer(_ model: SiteModel) -> MV {
        guard let plan = model.content.settings.plan, plan.signerName != nil || !plan.signerLines.isEmpty else { return .null }
        return ["lines": .list(plan.signerLines) { .string($0) }, "name": plan.signerName.map { .string($0) } ?? .null]
    }

    static func block(_ model: SiteModel) -> MV {
        guard let plan = model.content.settings.plan else { return .null }
        return [
            "issuer": .string(issuer(model).uppercased()),
            "number": plan.number.map { .string("\(model.t("plan_number_label")) \($0)") } ?? .null,
            "placeDate": placeAndDate(model).map { .string($0) } ?? .null,
            "title": plan.title.map { .string($0) } ?? .null,
            "signer": signer(model),
        ]
    }

    /// The about page: the site's own `pages/gioi-thieu.md`, or one WardKit writes for the plan.
    static let aboutSlug = "gioi-thieu"

    static func generatesAbout(_ model: SiteModel) -> Bool {
        model.content.settings.plan != nil && !model.content.pages.contains { $0.slug == aboutSlug }
    }
}
