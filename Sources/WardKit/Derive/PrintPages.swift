import Foundation
import WardLocale
import WardMustache
import WardQR

/// The print kit under `/in-an/`: a pledge form, a hotline notice board and a review checklist
/// per group, and a poster per campaign theme. Each is an HTML page with print CSS at real
/// paper sizes; `wardkit print --pdf` turns them into PDFs. Nothing personal is pre-filled.
enum PrintPages {
    /// Paper sizes, named as the print CSS names its `@page` rules.
    enum Paper: String {
        case a4 = "a4", a4Poster = "a4p", a4Landscape = "a4l", a3 = "a3", a3Landscape = "a3l"
        /// The CSS `@page` size and margins: forms follow Decree 30/2020/NĐ-CP margins.
        var css: (size: String, margin: String) {
            switch self {
            case .a4: return ("A4 portrait", "20mm 15mm 20mm 30mm")
            case .a4Poster: return ("A4 portrait", "12mm")
            case .a4Landscape: return ("A4 landscape", "12mm")
            case .a3: return ("A3 portrait", "15mm")
            case .a3Landscape: return ("A3 landscape", "15mm")
            }
        }
        var labelKey: String {
            switch self {
            case .a4, .a4Poster: return "paper_a4"
            case .a4Landscape: return "paper_a4_landscape"
            case .a3, .a3Landscape: return "paper_a3"
            }
        }
    }

    /// `bundles`: the pledge form N times per group (N = households), numbered "Bản số i/N" —
    /// only for `wardkit print --bundle`, since it multiplies the output.
    static func jobs(_ model: SiteModel, bundles: Bool = false) -> [PageJob] {
        // One print index per unit that has children: a province's 100k groups are reached
        // ward by ward instead of from one enormous list.
        var jobs: [PageJob] = []
        for id in [model.index.root.id] + model.index.descendants where hasIndex(model, id) {
            let path = indexPath(model, id)
            jobs.append(PageJob(path: path, template: "print-index") { index(model, id: id, path: path) })
        }
        for id in model.index.measured {
            let p = model.index.paths[id]!
            jobs.append(PageJob(path: "in-an/cam-ket/\(p)index.html", template: "print-pledge") { groupForm(model, id: id, kind: "cam-ket", file: "index.html", paper: .a4) })
            jobs.append(PageJob(path: "in-an/bang-niem-yet/\(p)index.html", template: "print-board") { groupForm(model, id: id, kind: "bang-niem-yet", file: "index.html", paper: .a4Landscape) })
            jobs.append(PageJob(path: "in-an/bang-niem-yet/\(p)a3.html", template: "print-board") { groupForm(model, id: id, kind: "bang-niem-yet", file: "a3.html", paper: .a3Landscape) })
            jobs.append(PageJob(path: "in-an/kiem-tra/\(p)index.html", template: "print-checklist") { groupForm(model, id: id, kind: "kiem-tra", file: "index.html", paper: .a4) })
            if bundles {
                jobs.append(PageJob(path: "in-an/cam-ket/\(p)bo-ban-in.html", template: "print-pledge") { groupForm(model, id: id, kind: "cam-ket", file: "bo-ban-in.html", paper: .a4, bundle: true) })
            }
        }
        for t in model.content.themes {
            jobs.append(PageJob(path: "in-an/ap-phich/\(t.slug)/index.html", template: "print-poster") { poster(model, theme: t, file: "index.html", paper: .a3) })
            jobs.append(PageJob(path: "in-an/ap-phich/\(t.slug)/a4.html", template: "print-poster") { poster(model, theme: t, file: "a4.html", paper: .a4Poster) })
        }
        return jobs
    }

    /// QR codes always hold absolute URLs: a printed sheet has no "current page" to be relative to.
    /// A group's four printables carry the same code and are rendered one after another, so a
    /// small cache saves three encodings out of four.
    static func qr(_ model: SiteModel, _ url: String, title: String) -> MV {
        let svg = model.qrCache.svg(for: url) { () -> String? in (try? QRCode(text: url, correction: .medium))?.svg() }
        guard var svg else { return .null }
        // The title names the group; it is added per page so the cached part stays generic.
        svg = svg.replacingOccurrences(of: "role=\"img\">", with: "role=\"img\"><title>\(escape(title))</title>")
        // The printed URL may wrap only after a "/": each segment is kept whole, since a break
        // at the hyphen of «khong-ma-tuy» reads as two words to someone typing it.
        let scheme = url.range(of: "://").map { String(url[..<$0.upperBound]) } ?? ""
        let segments = url.dropFirst(scheme.count).split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "<span class=\"nw\">\(escape(String($0)))</span>" }
        return ["svg": .string(svg), "url": .string(url), "urlHTML": .string(escape(scheme) + segments.joined(separator: "/<wbr>"))]
    }

    /// The root always has a print index (posters); any other unit only when there is
    /// something to print below it — a ward with no groups yet has none, and is not linked.
    static func hasIndex(_ model: SiteModel, _ id: String) -> Bool {
        if id == model.index.root.id { return true }
        return !model.index.isMeasured(id) && (model.progress.aggregates[id]?.groups ?? 0) > 0
    }

    static func indexPath(_ model: SiteModel, _ id: String) -> String {
        id == model.index.root.id ? "in-an/index.html" : "in-an/don-vi/\(model.index.paths[id]!)index.html"
    }

    static func index(_ model: SiteModel, id: String, path: String) -> MV {
        let unit = model.index.byID[id]!
        let isRoot = id == model.index.root.id
        let frame = PageFrame(model: model, path: path, title: isRoot ? model.t("print_title") : "\(model.t("print_title")) — \(unit.fullName)",
                              description: model.t("print_description"), section: "print", wording: model.wording(for: id))
        let children = model.index.children[id] ?? []
        let groups = model.index.isMeasured(id) ? [id] : children.filter { model.index.isMeasured($0) }
        let units = children.filter { !model.index.isMeasured($0) && hasIndex(model, $0) }
        let toPrint = frame.root + "in-an/"
        return frame.context([
            "unit": ["fullName": .string(unit.fullName)],
            "groups": .block(groups.map { gid in
                let p = model.index.paths[gid]!
                return ["name": .string(model.index.byID[gid]!.fullName),
                        "pledge": .string(toPrint + "cam-ket/\(p)"), "board": .string(toPrint + "bang-niem-yet/\(p)"),
                        "checklist": .string(toPrint + "kiem-tra/\(p)"),
                        "households": .string(Vietnamese.integer(model.index.households[gid] ?? 0))]
            }),
            "units": .block(units.map { uid in
                ["name": .string(model.index.byID[uid]!.fullName), "href": .string(frame.root + indexPath(model, uid).dropLast("index.html".count))]
            }),
            "posters": isRoot ? .block(model.content.themes.map { t in ["title": .string(t.title), "href": .string(toPrint + "ap-phich/\(t.slug)/")] }) : .null,
        ])
    }

    static func groupForm(_ model: SiteModel, id: String, kind: String, file: String, paper: Paper, bundle: Bool = false) -> MV {
        let unit = model.index.byID[id]!
        let path = "in-an/\(kind)/\(model.index.paths[id]!)\(file)"
        let parent = unit.parentID.flatMap { model.index.byID[$0] }
        let pageURL = model.absolute("tien-do/" + model.index.paths[id]!)
        let wording = model.wording(for: id)
        let frame = PageFrame(model: model, path: path, title: "\(model.t("print_\(kind)")) — \(unit.fullName)", description: "", section: "print",
                              wording: wording)
        let row = model.progress.groups[id]?.latest
        // The agency line of a form is the unit above, or the issuer of the plan for the root.
        let above = parent?.fullName ?? PlanView.issuer(model)
        return frame.context([
            "unit": ["name": .string(unit.name), "fullName": .string(unit.fullName), "fullNameUpper": .string(unit.fullName.uppercased()),
                     "parent": .string(above), "parentUpper": .string(above.uppercased()),
                     "mailbox": unit.mailboxLocation.map { .string($0) } ?? .null],
            "head": .string(model.strings["head_\(unit.kind.rawValue)"].map(wording.apply) ?? model.t("checklist_head", wording)),
            "planRef": PlanView.reference(model).map { .string($0) } ?? .null,
            "signer": PlanView.signer(model),
            "commitments": .list(model.content.settings.pledgeCommitments) { .string($0) },
            "criteria": .list(model.content.criteria.criteria) { c in ["code": .string(c.code), "text": .string(c.text)] },
            "qr": qr(model, pageURL, title: "\(model.t("qr_to_progress")) \(unit.fullName)"),
            "place": .string(model.content.settings.plan?.place ?? parent?.name ?? model.index.root.name),
            "month": (row != nil ? model.progress.groups[id]?.month : nil).map { .string(Vietnamese.monthYear($0)) } ?? .null,
            "copies": copies(model, households: model.index.households[id] ?? 0, bundle: bundle),
            "paper": .string(paper.rawValue), "paperLabel": .string(model.t(paper.labelKey)),
            "pageSize": .string(paper.css.size), "pageMargin": .string(paper.css.margin),
        ])
    }

    static func copies(_ model: SiteModel, households: Int, bundle: Bool) -> MV {
        guard bundle, households > 0 else { return [[:]] }
        return .array((1...households).map { i in ["label": .string("\(model.t("copy_label")) \(i)/\(households)")] })
    }

    static func poster(_ model: SiteModel, theme: CampaignTheme, file: String, paper: Paper) -> MV {
        let path = "in-an/ap-phich/\(theme.slug)/\(file)"
        let frame = PageFrame(model: model, path: path, title: "\(model.t("print_poster")) — \(theme.title)", description: theme.slogan, section: "print")
        return frame.context([
            "planRef": PlanView.reference(model).map { .string($0) } ?? .null,
            "theme": ContentPages.themeValue(theme, root: frame.root),
            "qr": qr(model, model.absolute(""), title: "\(model.t("qr_to_site")) \(model.content.settings.name)"),
            "siteURL": .string(model.absolute("")),
            "paper": .string(paper.rawValue), "paperLabel": .string(model.t(paper.labelKey)),
            "pageSize": .string(paper.css.size), "pageMargin": .string(paper.css.margin),
        ])
    }
}

/// Bounded memo of QR SVGs by URL, shared by the render workers.
final class QRCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: String?] = [:]

    func svg(for url: String, make: () -> String?) -> String? {
        lock.lock()
        if let hit = entries[url] { lock.unlock(); return hit }
        lock.unlock()
        let value = make()
        lock.lock()
        if entries.count > 512 { entries.removeAll(keepingCapacity: true) }
        entries[url] = value
        lock.unlock()
        return value
    }
}
