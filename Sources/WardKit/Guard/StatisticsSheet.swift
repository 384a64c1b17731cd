import Foundation
import WardLocale
import WardPrivacy

/// The whole statistics sheet as one `CountTable`: every unit in units.csv (also those outside
/// the site's own unit, so a ward site built from a district sheet hides what the district's
/// site hides) and every month up to the build date. The equations are the ones a reader can
/// use: a unit's figure is the sum of its units' figures, an indicator the sum of those it
/// totals or at least its part, a year-to-date figure last month's plus this month's.
/// Where a sum is incomplete (a unit without a row, a part of a total), the rest is an
/// implicit cell: never printed, still protected when it is a small count of people.
struct StatisticsSheet {
    struct Meta {
        /// nil for implicit cells.
        let key: StatisticKey?
        let position: SourcePosition?
        let derived: Bool
        /// When the cell is first published; an implicit cell's is its total's.
        let period: StatisticsPeriod
    }

    let table: CountTable
    let meta: [Meta]
    let cellOf: [StatisticKey: Int]

    static func build(indicators: [Indicator], rows: [StatisticRow], units: [AdministrativeUnit],
                      through last: YearMonth) throws(BuildFailure) -> StatisticsSheet {
        var b = Builder(indicators: indicators, units: units)
        for r in rows where (r.period.month.map { $0 <= last } ?? true) {
            if let t = r.target { b.enter(StatisticKey(indicator: r.indicator, unitID: r.unitID, period: r.period, field: .target), t, r.targetPosition) }
            if let a = r.actual { b.enter(StatisticKey(indicator: r.indicator, unitID: r.unitID, period: r.period, field: .actual), a, r.actualPosition) }
        }
        b.unitTotals()
        b.relations()
        if !b.problems.isEmpty { throw BuildFailure(b.problems) }
        do {
            return StatisticsSheet(table: try CountTable(cells: b.cells, equations: b.equations), meta: b.meta, cellOf: b.cellOf)
        } catch {
            throw BuildFailure([Diagnostic(nil, vi: error.vi, en: error.en)])
        }
    }

    struct Builder {
        let indicators: [String: Indicator]
        let order: [Indicator]
        let units: [String: AdministrativeUnit]
        var children: [String: [String]] = [:]
        var cells: [CountTable.Cell] = []
        var meta: [Meta] = []
        var equations: [CountTable.Equation] = []
        var cellOf: [StatisticKey: Int] = [:]
        var problems: [Diagnostic] = []
        /// Entered cells of one (indicator, period, field), by unit.
        var entered: [String: [String]] = [:]
        var groupKeys: [(String, StatisticsPeriod, StatisticField)] = []

        init(indicators declared: [Indicator], units all: [AdministrativeUnit]) {
            order = declared
            indicators = Dictionary(uniqueKeysWithValues: declared.map { ($0.code, $0) })
            units = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for u in all { if let p = u.parentID { children[p, default: []].append(u.id) } }
        }

        private static func group(_ i: String, _ p: StatisticsPeriod, _ f: StatisticField) -> String { "\(i)\u{0}\(p.slug)\u{0}\(f.rawValue)" }

        mutating func enter(_ key: StatisticKey, _ value: Int, _ position: SourcePosition) {
            cellOf[key] = add(id: "\(key.indicator)|\(key.unitID)|\(key.period.slug)|\(key.field.rawValue)", value: value, published: true,
                              sensitive: indicators[key.indicator]!.isSensitive, meta: Meta(key: key, position: position, derived: false, period: key.period))
            let g = Self.group(key.indicator, key.period, key.field)
            if entered[g] == nil { groupKeys.append((key.indicator, key.period, key.field)) }
            entered[g, default: []].append(key.unitID)
        }

        mutating func add(id: String, value: Int, published: Bool, sensitive: Bool, meta m: Meta) -> Int {
            cells.append(.init(id: id, value: value, isPublished: published, isSensitive: sensitive))
            meta.append(m)
            return cells.count - 1
        }

        mutating func rest(of total: Int, value: Int, sensitive: Bool) -> Int {
            // A reader sees a «Tổng» row over the units listed and may assume nothing else is in
            // it; when that is true (the rest is 0) the assumption pins what the table hides, so
            // the audit must know it too. An outside attacker found this through a police team
            // without rows, which the table never lists.
            add(id: "\(cells[total].id)|rest\(cells.count)", value: value, published: value == 0, sensitive: sensitive,
                meta: Meta(key: nil, position: nil, derived: false, period: meta[total].period))
        }

        private func name(_ key: StatisticKey) -> String {
            let u = units[key.unitID].map(\.fullName) ?? key.unitID
            let when = key.period.month.map { ", tháng \($0.month)/\($0.year)" } ?? ""
            return "«\(key.indicator)» của \(u)\(when)\(key.field == .target ? " (kế hoạch)" : "")"
        }

        private func nameEN(_ key: StatisticKey) -> String {
            let u = units[key.unitID].map(\.fullName) ?? key.unitID
            let when = key.period.month.map { ", \($0.iso)" } ?? ""
            return "«\(key.indicator)» of \(u)\(when)\(key.field == .target ? " (target)" : "")"
        }

        private func position(_ cell: Int) -> SourcePosition? {
            meta[cell].position ?? meta[cell].key.flatMap { indicators[$0.indicator]?.position }
        }

        /// A total with all its parts must equal their sum; with some parts missing it is at
        /// least their sum and the rest becomes an implicit cell.
        mutating func link(_ total: Int, parts: [Int], complete: Bool, sensitive: Bool, what: (vi: String, en: String)) {
            guard !parts.isEmpty else { return }
            let sum = parts.reduce(0) { $0 + cells[$1].value }
            let value = cells[total].value
            let key = meta[total].key!
            if complete {
                guard sum == value else {
                    problems.append(Diagnostic(position(total), vi: "số \(name(key)) là \(value) nhưng \(what.vi) cộng lại được \(sum)",
                                               en: "\(nameEN(key)) is \(value) but \(what.en) add up to \(sum)"))
                    return
                }
                equations.append(.init(total: total, parts: parts))
            } else {
                guard sum <= value else {
                    problems.append(Diagnostic(position(total), vi: "số \(name(key)) là \(value), nhỏ hơn \(what.vi) đã nhập (\(sum))",
                                               en: "\(nameEN(key)) is \(value), less than \(what.en) entered (\(sum))"))
                    return
                }
                equations.append(.init(total: total, parts: parts + [rest(of: total, value: value - sum, sensitive: sensitive)]))
            }
        }

        enum Valued { case cell(Int), absent([Int]) }

        /// Sums up the unit tree of each (indicator, period, field). A unit without a row gets
        /// its units' sum when every one of them has a figure; otherwise it has none, and its
        /// units' figures count towards the nearest unit above that has one.
        mutating func unitTotals() {
            for (indicator, period, field) in groupKeys {
                let sensitive = indicators[indicator]!.isSensitive
                let here = Set(entered[Self.group(indicator, period, field)]!)
                var support = Set<String>()
                var roots: [String] = []
                for u in here {
                    var cursor: String? = u
                    while let c = cursor, support.insert(c).inserted {
                        let p = units[c]?.parentID
                        if p == nil || units[p!] == nil { roots.append(c) }
                        cursor = p.flatMap { units[$0] == nil ? nil : $0 }
                    }
                }
                func process(_ u: String) -> Valued {
                    let all = children[u] ?? []
                    var parts: [Int] = []
                    var complete = !all.isEmpty
                    for c in all {
                        guard support.contains(c) else { complete = false; continue }
                        switch process(c) {
                        case .cell(let i): parts.append(i)
                        case .absent(let inner): parts += inner; complete = false
                        }
                    }
                    let key = StatisticKey(indicator: indicator, unitID: u, period: period, field: field)
                    if here.contains(u) {
                        let cell = cellOf[key]!
                        link(cell, parts: parts, complete: complete, sensitive: sensitive,
                             what: ("các đơn vị trực thuộc", "its units"))
                        return .cell(cell)
                    }
                    guard complete else { return .absent(parts) }
                    let sum = parts.reduce(0) { $0 + cells[$1].value }
                    let cell = add(id: "\(indicator)|\(u)|\(period.slug)|\(field.rawValue)", value: sum, published: true, sensitive: sensitive,
                                   meta: Meta(key: key, position: nil, derived: true, period: key.period))
                    cellOf[key] = cell
                    equations.append(.init(total: cell, parts: parts))
                    return .cell(cell)
                }
                for r in roots.sorted() { _ = process(r) }
            }
        }
    }
}
