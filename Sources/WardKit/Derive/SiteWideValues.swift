import Foundation
import WardLocale
import WardMustache

/// The parts of every page's data that are the same on every page (the site block, the hotline
/// strip, the dates, the featured theme, the plain pages' titles, the form's commitments and
/// criteria), made once per build. Rebuilt per page they were a tenth of a build: a 2,000-group
/// site has 8,000 print pages, each asking for the same hotline list.
struct SiteWideValues: @unchecked Sendable {
    let site: MV
    let hotlines: MV
    let buildDate: MV
    let dataDate: MV
    let feed: MV
    let ogImage: MV
    let navLabels: [(key: String, label: String, href: String)]
    /// Title and slug of each plain page, the generated «about» page last.
    let pages: [(title: String, slug: String)]
    let theme: (slogan: MV, title: MV, period: MV, slug: String)?
    let planRef: MV
    let signer: MV
    let commitments: MV
    let criteria: MV

    init(_ model: SiteModel) {
        let s = model.content.settings
        planRef = PlanView.reference(model).map { .string($0) } ?? .null
        site = ["name": .string(s.name), "description": .string(s.description), "illustrative": .bool(s.illustrative),
                "unit": .string(model.index.root.fullName), "office": s.officeAddress.map { .string($0) } ?? .null,
                "planRef": planRef]
        hotlines = WardKit.hotlines(model.content.hotlines, model: model)
        buildDate = .string(Vietnamese.longDate(model.buildDate))
        dataDate = model.progress.latestMonth.map { .string(Vietnamese.shortDate(min($0.lastDay, model.buildDate))) } ?? .null
        feed = .string(model.absolute("tin-tuc/atom.xml"))
        ogImage = .string(model.absolute("og-image.png"))
        navLabels = [
            ("home", model.t("nav_home"), ""), ("progress", model.t("nav_progress"), "tien-do/"),
            ("news", model.t("nav_news"), "tin-tuc/"), ("hotlines", model.t("nav_hotlines"), "duong-day-nong/"),
            ("themes", model.t("nav_themes"), "chu-de/"), ("print", model.t("nav_print"), "in-an/"),
        ]
        pages = model.content.pages.map { ($0.title, $0.slug) } + (PlanView.generatesAbout(model) ? [(model.t("about_title"), PlanView.aboutSlug)] : [])
        theme = model.currentTheme.map { t in
            (.string(t.slogan), .string(t.title), .string(Vietnamese.period(t.start, t.end)), t.slug)
        }
        signer = PlanView.signer(model)
        commitments = .list(s.pledgeCommitments) { .string($0) }
        criteria = .list(model.content.criteria.criteria) { c in ["code": .string(c.code), "text": .string(c.text)] }
    }
}

/// Made by the first page that asks, then shared by the render workers.
final class SiteWideMemo: @unchecked Sendable {
    private let lock = AdaptiveLock()
    private var values: SiteWideValues?

    func value(_ model: SiteModel) -> SiteWideValues {
        lock.lock(); defer { lock.unlock() }
        if let values { return values }
        let v = SiteWideValues(model)
        values = v
        return v
    }

    private var lists: [String: (nav: MV, pages: MV)] = [:]

    /// The navigation and plain-page lists of a frame, which differ only by the page's depth
    /// (`root`) and section: a site has a handful of those, and building the lists' links again
    /// for every page was a few percent of a build.
    func frameLists(_ shared: SiteWideValues, root: String, section: String) -> (nav: MV, pages: MV) {
        let key = root + "\u{0}" + section
        lock.lock(); defer { lock.unlock() }
        if let found = lists[key] { return found }
        let made = (nav: MV.list(shared.navLabels) { n in ["label": .string(n.label), "href": .string(root + n.href), "current": .bool(n.key == section)] },
                    pages: MV.list(shared.pages) { p in ["title": .string(p.title), "href": .string(root + "\(p.slug)/")] })
        lists[key] = made
        return made
    }
}
