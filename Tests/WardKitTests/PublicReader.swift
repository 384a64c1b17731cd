import Foundation
import XCTest

/// What a reader finds in a built site besides the statistics cells `ReaderAudit` reads: the
/// label of hidden cells, rates, group pages, criteria statuses and prose. Everything here comes
/// from the HTML under `public/`; nothing from the sources.
struct PublicReader {
    struct Page { let path: String; let html: String }
    let pages: [Page]

    init(public dir: URL) throws {
        let root = dir.standardizedFileURL.path
        pages = try FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "html" }
            .map { Page(path: String($0.standardizedFileURL.path.dropFirst(root.count + 1)), html: try String(contentsOf: $0, encoding: .utf8)) }
            .sorted { $0.path < $1.path }
    }

    /// A group's page is the one with a household pledge section.
    var groupPages: [Page] { pages.filter { $0.html.contains(#"<h2 id="pl-h">"#) } }

    /// The group names as their pages title them.
    var groupNames: [String] {
        groupPages.compactMap { ReaderAudit.matches(#"<h1>([^<]+)</h1>"#, $0.html).first?[1] }.map(Self.unescape)
    }

    /// Every statistics cell's tag and text, with the page it is on.
    var cells: [(page: String, tag: String, text: String)] {
        pages.flatMap { p in
            ReaderAudit.matches(#"(<td data-unit="[^"]+" data-indicator="[^"]+" data-field="[^"]+"[^>]*>)([^<]*)</td>"#, p.html).map { (p.path, $0[1], $0[2]) }
        }
    }

    /// Rows of a unit's own table: its cells and the rate printed beside them, if any.
    var ownRows: [(page: String, indicator: String, cells: [String], rate: String?)] {
        pages.flatMap { p in
            ReaderAudit.matches(#"<table class="stat-table stat-own".*?</table>"#, p.html).flatMap { t in
                ReaderAudit.matches(#"<tr data-indicator="([^"]+)"[^>]*>(.*?)</tr>"#, t[0]).map { r in
                    let cells = ReaderAudit.matches(#"<td data-unit[^>]*>"#, r[2]).map { $0[0] }
                    let rate = ReaderAudit.matches(#"<td>([^<]*%)</td>"#, r[2]).first?[1]
                    return (p.path, r[1], cells, rate)
                }
            }
        }
    }

    /// The criteria a page says it does not show one by one («… không công bố theo từng …: TC1 TC2»).
    var withheldCriteria: Set<String> {
        Set(pages.flatMap { p in
            ReaderAudit.matches(#"<p class="note">[^<]*không công bố theo từng[^<]*:([^<]*)</p>"#, p.html)
                .flatMap { $0[1].split(separator: " ").map(String.init) }
        })
    }

    /// The readable text of a page outside its statistics tables, one sentence an item.
    func sentences(_ page: Page) -> [String] {
        var html = page.html
        for pattern in [#"<script.*?</script>"#, #"<table class="stat-table.*?</table>"#, #"<svg.*?</svg>"#] {
            html = html.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let text = Self.unescape(html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression))
            .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        return text.split(whereSeparator: { ".!?;".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
