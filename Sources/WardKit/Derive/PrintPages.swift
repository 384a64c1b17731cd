import Foundation
import WardLocale
import WardMustache
import WardQR

/// The print kit under `/in-an/`: a pledge form, a hotline notice board and a review checklist
/// per group, and a poster per campaign theme. Each is an HTML page with print CSS at real
/// paper sizes; `wardkit print --pdf` turns them into PDFs named for what they are (see
/// PrintFiles), plus one merged file per form for each ward. Nothing personal is pre-filled.
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
    /// only for `wardkit print --bundle`, since it multiplies the output. `pdfs`: the build is
    /// followed by the PDF export, so the pages link their PDFs and the merged pages (which
    /// exist to be printed into one file) are written.
    static func jobs(_ model: SiteModel, bundles: Bool = false, pdfs: Bool = false) -> PageJobs {
        // One print index per unit that has children: a province's 100k groups are reached
        // ward by ward instead of from one enormous list.
        var jobs = PageJobs()
        for id in [model.index.root.id] + model.index.descendants where PrintIndex.hasIndex(model, id) {
            let path = PrintIndex.path(model, id)
            jobs.append(PageJob(path: path, template: "print-index", reads: .allButStatistics(section: nil)) { PrintIndex.context(model, id: id, path: path, pdfs: pdfs) })
        }
        // Each measured unit's forms (and bundle), unit after unit, made when asked for (see PageJobs).
        let measured = model.index.measured
        let forms = PrintForm.allCases
        let perUnit = forms.count + (bundles ? 1 : 0)
        jobs.append(count: measured.count * perUnit) { i in
            let id = measured[i / perUnit]
            guard i % perUnit < forms.count else {
                let target = PrintFiles.bundle(model, unit: id)
                return PageJob(path: target.page, template: "print-pledge", print: target, reads: .allButStatistics(section: nil)) {
                    formPage(model, .pledge, units: [id], target: target, pdfs: pdfs, title: model.index.byID[id]!.fullName, bundle: true)
                }
            }
            let form = forms[i % perUnit]
            let target = PrintFiles.form(model, form, unit: id)
            return PageJob(path: target.page, template: form.template, print: target, reads: .allButStatistics(section: nil)) {
                formPage(model, form, units: [id], target: target, pdfs: pdfs, title: model.index.byID[id]!.fullName)
            }
        }
        for t in model.content.themes {
            for paper in [Paper.a3, .a4Poster] {
                let target = PrintFiles.poster(t, paper: paper)
                jobs.append(PageJob(path: target.page, template: "print-poster", print: target, reads: .allButStatistics(section: nil)) { poster(model, theme: t, target: target, paper: paper, pdfs: pdfs) })
            }
        }
        guard pdfs else { return jobs }
        for (owner, units) in PrintFiles.mergedSets(model) {
            for form in PrintForm.allCases {
                let target = PrintFiles.merged(model, form, owner: owner, units: units.count)
                jobs.append(PageJob(path: target.page, template: form.template, print: target, reads: .allButStatistics(section: nil)) {
                    formPage(model, form, units: units, target: target, pdfs: pdfs, title: mergedTitle(model, owner: owner, units: units.count), wordingOf: owner)
                })
            }
        }
        return jobs
    }

    /// «Phường Sông Mây — 24 tờ, mỗi tổ dân phố một tờ».
    static func mergedTitle(_ model: SiteModel, owner: String, units: Int) -> String {
        let count = model.t("print_all_sheets", model.wording(for: owner)).replacingOccurrences(of: "{n}", with: Vietnamese.integer(units))
        return "\(model.index.byID[owner]!.fullName) — \(count)"
    }

    /// QR codes always hold absolute URLs: a printed sheet has no "current page" to be relative to.
    /// A group's four printables carry the same code and are rendered one after another, so a
    /// small cache saves three encodings out of four.
    static func qr(_ model: SiteModel, _ url: String, title: String) -> MV {
        // A group's four sheets ask for the same code with the same title: the whole value is
        // kept, not only the SVG, since titling it and splitting the URL cost as much again.
        if model.digestOnly { return qrValue(model, url, title: title) }
        return model.qrCache.value(for: url + "\u{0}" + title) { qrValue(model, url, title: title) }
    }

    private static func qrValue(_ model: SiteModel, _ url: String, title: String) -> MV {
        // Digesting: the whole value is a function of the URL and the title alone (and of the
        // binary, in the site digest), so those stand for it; titling and splitting cost as much
        // as the rest of a form's digest.
        if model.digestOnly { return ["qr": .string("\u{1}qr medium\u{0}" + url + "\u{0}" + title)] }
        let svg = model.qrCache.svg(for: url) { () -> String? in (try? QRCode(text: url, correction: .medium))?.svg() }
        guard var svg else { return .null }
        // The title names the group; it is added per page so the cached part stays generic.
        svg = inserting("<title>\(escape(title))</title>", after: "role=\"img\">", in: svg)
        // The printed URL may wrap only after a "/": each segment is kept whole, since a break
        // at the hyphen of «khong-ma-tuy» reads as two words to someone typing it.
        let scheme = schemePrefix(url)
        let segments = url.dropFirst(scheme.count).split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "<span class=\"nw\">\(escape(String($0)))</span>" }
        return ["svg": .string(svg), "url": .string(url), "urlHTML": .string(escape(scheme) + segments.joined(separator: "/<wbr>"))]
    }

    /// One page of a form: one sheet per unit (a single form has one, a merged page one per
    /// unit of its ward) inside `sheets`. A single form's sheet is also at the top level, so
    /// a ward's own template written before merged pages still renders.
    static func formPage(_ model: SiteModel, _ form: PrintForm, units: [String], target: PrintTarget, pdfs: Bool, title: String,
                         wordingOf: String? = nil, bundle: Bool = false) -> MV {
        let frame = PageFrame(model: model, path: target.page, title: "\(model.t(form.labelKey)) — \(title)", description: "", section: "print",
                              wording: model.wording(for: wordingOf ?? units[0]))
        let sheets = units.map { sheet(model, id: $0, bundle: bundle) }
        var extra: [String: MV] = units.count == 1 && wordingOf == nil ? sheets[0] : [:]
        extra["sheets"] = .array(sheets.map { .object($0) })
        let shared = model.siteWide.value(model)
        extra["planRef"] = shared.planRef
        extra["signer"] = shared.signer
        extra["commitments"] = shared.commitments
        extra["criteria"] = shared.criteria
        for (k, v) in paper(model, form.paper, target: target, pdfs: pdfs) { extra[k] = v }
        return frame.context(extra)
    }

    /// What differs from one unit's sheet to the next.
    static func sheet(_ model: SiteModel, id: String, bundle: Bool) -> [String: MV] {
        let unit = model.index.byID[id]!
        let parent = unit.parentID.flatMap { model.index.byID[$0] }
        let pageURL = model.absolute("tien-do/" + model.index.paths[id]!)
        let wording = model.wording(for: id)
        let row = model.progress.groups[id]?.latest
        // The agency line of a form is the unit above, or the issuer of the plan for the root.
        let above = parent?.fullName ?? PlanView.issuer(model)
        return [
            "unit": ["name": .string(unit.name), "fullName": .string(unit.fullName), "fullNameUpper": .string(unit.fullName.uppercased()),
                     "parent": .string(above), "parentUpper": .string(above.uppercased()),
                     "mailbox": unit.mailboxLocation.map { .string($0) } ?? .null],
            "head": .string(model.strings["head_\(unit.kind.rawValue)"].map { model.worded($0, wording) } ?? model.t("checklist_head", wording)),
            "qr": qr(model, pageURL, title: "\(model.t("qr_to_progress")) \(unit.fullName)"),
            "place": .string(model.content.settings.plan?.place ?? parent?.name ?? model.index.root.name),
            "month": (row != nil ? model.progress.groups[id]?.month : nil).map { .string(Vietnamese.monthYear($0)) } ?? .null,
            "copies": copies(model, households: model.index.households[id] ?? 0, bundle: bundle),
        ]
    }

    /// The paper the page asks for, and (before a PDF export) the link to its PDF beside it.
    static func paper(_ model: SiteModel, _ paper: Paper, target: PrintTarget, pdfs: Bool) -> [String: MV] {
        // The last path component; the file names have no trailing "/", where split's answer differs.
        let name = target.pdf.hasSuffix("/") ? String(target.pdf.split(separator: "/").last!)
            : String(target.pdf[(target.pdf.lastIndex(of: "/").map { target.pdf.index(after: $0) } ?? target.pdf.startIndex)...])
        return ["paper": .string(paper.rawValue), "paperLabel": .string(model.t(paper.labelKey)),
                "pageSize": .string(paper.css.size), "pageMargin": .string(paper.css.margin),
                "pdf": pdfs ? ["href": .string(name), "name": .string(name)] : .null]
    }

    static func copies(_ model: SiteModel, households: Int, bundle: Bool) -> MV {
        guard bundle, households > 0 else { return [[:]] }
        return .array((1...households).map { i in ["label": .string("\(model.t("copy_label")) \(i)/\(households)")] })
    }

    static func poster(_ model: SiteModel, theme: CampaignTheme, target: PrintTarget, paper: Paper, pdfs: Bool) -> MV {
        let frame = PageFrame(model: model, path: target.page, title: "\(model.t("print_poster")) — \(theme.title)", description: theme.slogan, section: "print")
        var extra: [String: MV] = [
            "planRef": PlanView.reference(model).map { .string($0) } ?? .null,
            "theme": ContentPages.themeValue(theme, root: frame.root),
            "qr": qr(model, model.absolute(""), title: "\(model.t("qr_to_site")) \(model.content.settings.name)"),
            "siteURL": .string(model.absolute("")),
        ]
        for (k, v) in self.paper(model, paper, target: target, pdfs: pdfs) { extra[k] = v }
        return frame.context(extra)
    }
}
