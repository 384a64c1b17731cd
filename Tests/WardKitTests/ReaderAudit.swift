import Foundation
import WardLocale
import WardPrivacy
import XCTest
@testable import WardKit

/// An attacker that knows only what the built pages say: every statistics cell's `data-`
/// attributes, every table's totals row, and each indicator's stated links (part of, total of,
/// year-to-date). It rebuilds the equations a reader can write from that alone and asks the
/// exact audit whether any hidden cell, or any small rest it implies, takes a single value.
/// The true values are only used to ask the question, never as the reader's knowledge.
struct ReaderAudit {
    struct Key: Hashable, CustomStringConvertible {
        let indicator: String, unit: String, period: String, field: String
        var description: String { "\(indicator)/\(unit)/\(period)/\(field)" }
    }

    var cells: [Key: Int?] = [:]           // nil: the page says «ẩn»
    /// A totals row: exact when every row has the figure, else the total is at least the sum.
    var unitSums: [(total: Key, parts: [Key], exact: Bool)] = []
    var headers: [String: [String: String]] = [:]   // indicator → its data- attributes

    /// Reads every HTML file under `public/`, and under copies a reader kept of earlier builds.
    init(public dir: URL, kept earlier: [URL] = []) throws {
        let files = ([dir] + earlier).flatMap { d in
            FileManager.default.enumerator(at: d, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }.filter { $0.pathExtension == "html" }
        }
        for file in files {
            let html = try String(contentsOf: file, encoding: .utf8)
            for table in Self.matches(#"<table class="stat-table (stat-own|stat-units)" data-period="([^"]+)" data-unit="([^"]+)">(.*?)</table>"#, html) {
                try read(table[1], period: table[2], unit: table[3], body: table[4])
            }
        }
    }

    private mutating func read(_ shape: String, period: String, unit: String, body: String) throws {
        for h in Self.matches(#"data-indicator="([^"]+)" data-counts="[^"]+"([^>]*)>"#, body) {
            var attrs = ["sensitive": ""]
            for a in Self.matches(#"data-([a-z-]+)="([^"]*)""#, h[0]) { attrs[a[1]] = a[2] }
            headers[h[1]] = attrs
        }
        var byRow: [String: [Key]] = [:]
        var absent = Set<String>()
        for c in Self.matches(#"<td data-unit="([^"]+)" data-indicator="([^"]+)" data-field="([^"]+)"([^>]*)>"#, body) {
            guard !c[4].contains("data-absent") else {
                if c[1] != unit { absent.insert(c[2] + "\u{0}" + c[3]) }
                continue
            }
            let key = Key(indicator: c[2], unit: c[1], period: period, field: c[3])
            let value: Int? = Self.matches(#"data-value="(\d+)""#, c[4]).first.map { Int($0[1])! }
            if let seen = cells[key] { XCTAssertEqual(seen, value, "\(key) differs between pages") }
            cells[key] = value
            byRow[c[2] + "\u{0}" + c[3], default: []].append(key)
        }
        guard shape == "stat-units" else { return }
        for (column, keys) in byRow {
            let parts = keys.filter { $0.unit != unit }
            guard let total = keys.first(where: { $0.unit == unit }), !parts.isEmpty else { continue }
            // The same table is on the unit's page and on its month's page: one equation.
            if !unitSums.contains(where: { $0.total == total }) { unitSums.append((total, parts, !absent.contains(column))) }
        }
    }

    /// The equations and the audit. `truth` gives each cell's real value; rests are derived.
    func pinned(truth: (Key) -> Int, k: Int) throws -> [String] {
        var table: [CountTable.Cell] = []
        var index: [Key: Int] = [:]
        var hidden = Set<Int>()
        for key in cells.keys.sorted(by: { $0.description < $1.description }) {
            index[key] = table.count
            if cells[key]! == nil { hidden.insert(table.count) }
            table.append(.init(id: key.description, value: truth(key), isSensitive: headers[key.indicator]?["sensitive"] == "yes"))
        }
        var equations: [CountTable.Equation] = []
        func add(_ total: Key, _ parts: [Key], exact: Bool, sensitive: Bool) {
            guard let t = index[total] else { return }
            var p = parts.compactMap { index[$0] }
            guard !p.isEmpty else { return }
            let rest = table[t].value - p.reduce(0) { $0 + table[$1].value }
            if !exact || p.count < parts.count {
                table.append(.init(id: "rest of \(total) after \(parts.map(\.description).joined(separator: " + "))", value: rest, isPublished: false, isSensitive: sensitive))
                p.append(table.count - 1)
            }
            equations.append(.init(total: t, parts: p))
        }
        for s in unitSums { add(s.total, s.parts, exact: s.exact, sensitive: headers[s.total.indicator]?["sensitive"] == "yes") }
        let keys = Array(cells.keys)
        for key in keys {
            let h = headers[key.indicator] ?? [:]
            let sensitive = h["sensitive"] == "yes"
            func at(_ code: String, _ period: String? = nil) -> Key { Key(indicator: code, unit: key.unit, period: period ?? key.period, field: key.field) }
            if let parts = h["total-of"] { add(key, parts.split(separator: " ").map { at(String($0)) }, exact: true, sensitive: sensitive) }
            if let whole = h["part-of"] {
                for w in whole.split(separator: " ") {
                    add(at(String(w)), [key], exact: false, sensitive: headers[String(w)]?["sensitive"] == "yes")
                }
            }
            if h["year-to-date"] != nil, let month = YearMonth(iso: key.period) {
                var earlier: YearMonth?
                for k in keys where k.indicator == key.indicator && k.unit == key.unit && k.field == key.field {
                    guard let m = YearMonth(iso: k.period), m < month, m.year == month.year else { continue }
                    if earlier.map({ $0 < m }) ?? true { earlier = m }
                }
                let monthly = h["cumulative-of"].map { at($0) }
                var parts = [earlier.map { at(key.indicator, $0.iso) }, monthly].compactMap { $0 }
                let contiguous = earlier.map { $0.addingMonths(1) == month } ?? (month.month == 1)
                parts = parts.filter { index[$0] != nil }
                add(key, parts, exact: contiguous && monthly.map { index[$0] != nil } == true, sensitive: sensitive)
            }
        }
        let t = try CountTable(cells: table, equations: equations)
        let policy = try SuppressionPolicy(k: k)
        // A small count of people, hidden or implied (the rest of a part, a month inside two
        // year-to-date figures), is what must not be pinned; a cell hidden to protect one may be.
        return DisclosureAudit.pinned(t, hidden: hidden.contains).filter { i in
            t.cells[i].isSensitive && policy.isSmall(t.cells[i].value)
        }.map { t.cells[$0].id }.sorted()
    }

    var hiddenKeys: Set<Key> { Set(cells.filter { $0.value == nil }.keys) }

    static func matches(_ pattern: String, _ text: String) -> [[String]] {
        let re = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
        }
    }
}

extension ReaderAudit {
    /// The audit of a built site, with the true values from its own sheets.
    static func attack(site: URL, date: CalendarDate = sampleDate, kept earlier: [URL] = [], file: StaticString = #filePath, line: UInt = #line) throws -> (ReaderAudit, [String]) {
        let reader = try ReaderAudit(public: site.appendingPathComponent("public"), kept: earlier)
        let content = try SiteLoader.load(site: site, buildDate: date)
        let published = try StatisticsGuard.publish(content, index: UnitIndex(units: content.units, rootID: content.settings.rootUnitID),
                                                    through: YearMonth(date))
        let pinned = try reader.pinned(truth: { key in
            published.figure(key.indicator, unit: key.unit, period: StatisticsPeriod(slug: key.period)!, field: StatisticField(rawValue: key.field)!)!.value
        }, k: published.threshold)
        return (reader, pinned)
    }
}
