import Foundation
import WardLocale

/// A prebuilt index for search without a server: titles and short texts, already folded
/// (no diacritics, đ → d) so the script only folds the query and "ma tuy" finds "ma túy".
enum SearchIndex {
    static func json(_ model: SiteModel, jobs: PageJobs) -> String {
        var entries: [(title: String, url: String, text: String)] = []
        for p in NewsPages.published(model) {
            entries.append((p.title, "tin-tuc/\(p.slug)/", p.summary))
        }
        for t in model.content.themes { entries.append((t.title, "chu-de/\(t.slug)/", t.slogan)) }
        for p in model.content.pages { entries.append((p.title, "\(p.slug)/", "")) }
        // A province's 100k groups would make the index megabytes on a phone: beyond a few
        // thousand groups only wards and above are indexed, and groups are a click further.
        let withGroups = model.index.measured.count <= 5_000
        for id in model.index.descendants where model.index.hasPage(id) && (withGroups || !model.index.isMeasured(id)) {
            let u = model.index.byID[id]!
            // «Thôn 1» is in many communes: below the first level a result names its parent.
            var title = u.fullName
            if (model.index.depth[id] ?? 0) > 1, let p = u.parentID.flatMap({ model.index.byID[$0] }) { title += " — " + p.fullName }
            entries.append((title, "tien-do/" + model.index.paths[id]!, model.progress.groups[id].map { model.label($0.recognition) } ?? ""))
        }
        entries.append((model.t("hotlines_title"), "duong-day-nong/", model.content.hotlines.map(\.name).joined(separator: " ")))
        var out = "["
        for (i, e) in entries.enumerated() {
            if i > 0 { out += ",\n" }
            out += "{\"t\":\(jsonString(e.title)),\"u\":\(jsonString(e.url)),\"f\":\(jsonString(Vietnamese.fold(e.title + " " + e.text)))}"
        }
        return out + "]\n"
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "<": out += "\\u003c"
            default:
                if c.value < 0x20 { out += String(format: "\\u%04x", c.value) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}
