import Foundation
import WardLocale
import XCTest
@testable import WardKit

/// The five real plans of `Tests/Fixtures/plans/<name>/`: `plan.txt` is the plan as published,
/// `content/` the site typed from it. Tests read the figures they expect from the plan text and
/// the fixture's own sheets with the small readers below, never through WardKit's derive code.
let plansRoot = packageRoot.appendingPathComponent("Tests/Fixtures/plans")

/// A scratch copy of a fixture (everything in its folder), so builds never write into the repository.
func copyFixture(_ name: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-plan-\(name)-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: plansRoot.appendingPathComponent(name), to: dir)
    return dir
}

func planText(_ name: String) throws -> String {
    try String(contentsOf: plansRoot.appendingPathComponent("\(name)/plan.txt"), encoding: .utf8)
}

/// A fixture built once per test class, with its report.
final class BuiltFixture: Sendable {
    let site: URL
    let report: BuildReport

    init(_ name: String, date: String) throws {
        site = try copyFixture(name)
        report = try SiteBuilder.build(BuildOptions(site: site, buildDate: CalendarDate(iso: date)!))
    }

    func html(_ path: String) throws -> String { try read("public/" + path, in: site) }

    /// The page's text as a reader sees it: tags dropped, entities decoded, spaces folded.
    func text(_ path: String) throws -> String { visibleText(try html(path)) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: site.appendingPathComponent("public/" + path).path) }

    func csv(_ relative: String) throws -> [[String: String]] { try csvRows(read("content/" + relative, in: site)) }
}

func visibleText(_ html: String) -> String {
    var s = html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
    for (e, c) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", "\u{00A0}"), ("&amp;", "&")] {
        s = s.replacingOccurrences(of: e, with: c)
    }
    return s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
}

/// A plain RFC 4180 reader (quotes, doubled quotes, commas in cells) for the fixtures' sheets.
func csvRows(_ text: String) -> [[String: String]] {
    var records: [[String]] = []
    var field = "", record: [String] = [], quoted = false
    var chars = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))
    chars.append("\n")
    var i = 0
    while i < chars.count {
        let c = chars[i]
        if quoted {
            if c == "\"" {
                if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
            } else { field.append(c) }
        } else if c == "\"" { quoted = true }
        else if c == "," { record.append(field); field = "" }
        else if c == "\n" {
            record.append(field); field = ""
            if !(record.count == 1 && record[0].isEmpty) { records.append(record) }
            record = []
        } else { field.append(c) }
        i += 1
    }
    guard let header = records.first else { return [] }
    return records.dropFirst().map { r in
        Dictionary(uniqueKeysWithValues: header.enumerated().map { ($0.element, $0.offset < r.count ? r[$0.offset] : "") })
    }
}

/// «55,6 %» from 15 of 27, computed here rather than by WardLocale: tenths rounded half up,
/// a decimal comma and a no-break space before the sign.
func vnPercent(_ part: Int, _ whole: Int) -> String {
    let tenths = (part * 1000 * 2 + whole) / (whole * 2)
    return "\(tenths / 10),\(tenths % 10)\u{00A0}%"
}

/// «4.745» with the Vietnamese thousands dot.
func vnInt(_ n: Int) -> String {
    let s = String(n)
    var out = ""
    for (i, c) in s.enumerated() {
        if i > 0 && (s.count - i) % 3 == 0 { out.append(".") }
        out.append(c)
    }
    return out
}

/// Lowercase without diacritics, for matching names a plan typed without tone marks.
func folded(_ s: String) -> String {
    s.lowercased().folding(options: [.diacriticInsensitive], locale: nil).replacingOccurrences(of: "đ", with: "d")
}

extension String {
    /// The first capture of a pattern, for reading figures out of a plan's sentences.
    func capture(_ pattern: String, _ group: Int = 1) -> String? {
        guard let re = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
              let m = re.firstMatch(in: self, range: NSRange(startIndex..., in: self)),
              let r = Range(m.range(at: group), in: self) else { return nil }
        return String(self[r])
    }

    /// The lines of the signer block at the end of a plan: everything after «TM.»/«TRƯỞNG BAN».
    var signerBlock: [String] {
        let lines = split(separator: "\n").map { $0.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let start = lines.lastIndex(where: { $0.hasPrefix("TM. ") || $0 == "TRƯỞNG BAN" }) else { return [] }
        return Array(lines[start...].prefix { !$0.hasPrefix("BIỂU GIAO") })
    }
}

/// The latest sheet's rows by unit id, and the recognised ones among them.
func latestSheet(_ fixture: BuiltFixture, _ month: String) throws -> [String: [String: String]] {
    Dictionary(uniqueKeysWithValues: try fixture.csv("progress/\(month).csv").map { ($0["group"]!, $0) })
}

func isDrugFree(_ row: [String: String]?) -> Bool {
    guard let r = row?["recognition"]?.lowercased() else { return false }
    return r == "đã công nhận" || r == "giữ vững"
}
