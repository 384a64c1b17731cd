import Foundation
import WardLocale

/// A printable page and the PDF `wardkit print --pdf` makes of it, with the number of sheets
/// (pages) that PDF must have: 1 for a form, one per household for a bundle, one per unit for
/// a merged file. The builder hands these to the PDF export, so the export never guesses a
/// name from a file path and never counts pages by what a template happened to render.
public struct PrintTarget: Sendable, Hashable {
    public let page: String
    public let pdf: String
    public let sheets: Int
}

/// The four forms printed for every measured unit, and how their files are named.
enum PrintForm: CaseIterable {
    case pledge, boardA4, boardA3, checklist

    /// The folder under `in-an/` and the page in the unit's folder: these are URLs on the
    /// print index and in residents' bookmarks, so they stay as they were.
    var folder: String {
        switch self {
        case .pledge: return "cam-ket"
        case .boardA4, .boardA3: return "bang-niem-yet"
        case .checklist: return "kiem-tra"
        }
    }
    var page: String { self == .boardA3 ? "a3.html" : "index.html" }
    var template: String {
        switch self {
        case .pledge: return "print-pledge"
        case .boardA4, .boardA3: return "print-board"
        case .checklist: return "print-checklist"
        }
    }
    var paper: PrintPages.Paper {
        switch self {
        case .pledge, .checklist: return .a4
        case .boardA4: return .a4Landscape
        case .boardA3: return .a3Landscape
        }
    }
    /// What the file says it is, as the ward calls the form: «phieu-kiem-tra», not the folder's «kiem-tra».
    var stem: String {
        switch self {
        case .pledge: return "cam-ket"
        case .boardA4, .boardA3: return "bang-niem-yet"
        case .checklist: return "phieu-kiem-tra"
        }
    }
    /// The board comes in two sizes; the size is the last word, as the ward would say it.
    var suffix: String {
        switch self {
        case .boardA4: return "-a4"
        case .boardA3: return "-a3"
        case .pledge, .checklist: return ""
        }
    }
    var labelKey: String { "print_\(folder)" }

    func pdf(for unitName: String) -> String { "\(stem)-\(unitName)\(suffix).pdf" }
    /// The merged page under `in-an/tat-ca/`: «cam-ket.html», «bang-niem-yet-a3.html».
    var mergedPage: String { stem + suffix + ".html" }
}

/// Names of the print files: the form and the unit, in the words staff use, so a month's
/// downloads neither overwrite each other nor have to be opened to be told apart.
enum PrintFiles {
    /// «to-dan-pho-phu-o-1», «thon-1», «phuong-song-may»: the unit's kind and its URL segment
    /// (which the slug column keeps unique among siblings). A unit whose parent is not the
    /// site's own unit adds the parent's name: a district's wards each have a «Tổ dân phố 1»,
    /// and their files end up in one Downloads folder.
    static func unitName(_ model: SiteModel, _ id: String) -> String {
        let own = ownName(model, id)
        guard id != model.index.root.id, let parent = model.index.byID[id]?.parentID, parent != model.index.root.id,
              model.index.byID[parent] != nil else { return own }
        return own + "-" + ownName(model, parent)
    }

    /// Made for every printable each time its page job is made (an incremental build makes
    /// each twice), so it avoids slugging: the kind's raw value is the slug of its label
    /// (UnitKindTests), and the segment is the path's last one.
    static func ownName(_ model: SiteModel, _ id: String) -> String {
        let unit = model.index.byID[id]!
        let segment = model.index.paths[id].flatMap(lastSegment) ?? Vietnamese.slug(unit.name)
        return unit.namesItsKind ? segment : unit.kind.rawValue + "-" + segment
    }

    /// The last non-empty part of a slash-separated path, nil if none.
    static func lastSegment(_ path: String) -> String? {
        let utf8 = path.utf8
        guard let end = utf8.lastIndex(where: { $0 != UInt8(ascii: "/") }) else { return nil }
        let start = utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        return String(decoding: utf8[start...end], as: UTF8.self)
    }

    static func form(_ model: SiteModel, _ form: PrintForm, unit id: String) -> PrintTarget {
        let folder = "in-an/\(form.folder)/\(model.index.paths[id]!)"
        return PrintTarget(page: folder + form.page, pdf: folder + form.pdf(for: unitName(model, id)), sheets: 1)
    }

    static func bundle(_ model: SiteModel, unit id: String) -> PrintTarget {
        let folder = "in-an/cam-ket/\(model.index.paths[id]!)"
        return PrintTarget(page: folder + "bo-ban-in.html", pdf: folder + "bo-cam-ket-\(unitName(model, id)).pdf",
                           sheets: max(model.index.households[id] ?? 0, 1))
    }

    static func poster(_ theme: CampaignTheme, paper: PrintPages.Paper) -> PrintTarget {
        let folder = "in-an/ap-phich/\(theme.slug)/"
        let size = paper == .a3 ? "a3" : "a4"
        return PrintTarget(page: folder + (paper == .a3 ? "index.html" : "a4.html"), pdf: folder + "ap-phich-\(theme.slug)-\(size).pdf", sheets: 1)
    }

    static func merged(_ model: SiteModel, _ form: PrintForm, owner: String, units: Int) -> PrintTarget {
        let folder = "in-an/tat-ca/\(model.index.paths[owner]!)"
        return PrintTarget(page: folder + form.mergedPage, pdf: folder + form.pdf(for: unitName(model, owner)), sheets: units)
    }

    /// The merged files' contents: each unit with measured units directly below it, and those
    /// units in the order its print index lists them. Every measured unit is in exactly one
    /// set, so the merged files together cost what the single forms cost.
    static func mergedSets(_ model: SiteModel) -> [(owner: String, units: [String])] {
        let root = model.index.root.id
        if model.index.isMeasured(root) { return [(root, [root])] }
        return ([root] + model.index.descendants).compactMap { id in
            let units = (model.index.children[id] ?? []).filter { model.index.isMeasured($0) }
            return units.isEmpty ? nil : (id, units)
        }
    }

    /// `href` from one output page to another file of the output.
    static func link(from page: String, to file: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1) + file
    }
}
