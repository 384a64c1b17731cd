import Foundation
import WardLocale
import WardPrivacy

/// Statistics as they may be published. Sensitive figures of 1 … k−1 are hidden, and further
/// cells are hidden where a total, a difference of indicators or another month would give a
/// hidden one back; every hidden cell reads the same («ẩn»), targets included.
public struct PublishedStatistics: Sendable {
    public struct Figure: Sendable {
        public let value: Int
        public let hidden: HiddenReason?
        /// A total WardKit summed from its units (no row of its own).
        public let derived: Bool
        public var shown: Int? { hidden == nil ? value : nil }
    }

    public let indicators: [Indicator]
    public let threshold: Int
    /// The site's own units (its unit and every unit below it).
    let figures: [StatisticKey: Figure]
    /// Per unit: the periods in which it or its direct units have figures, oldest first.
    let periodsOf: [String: [StatisticsPeriod]]
    /// Per unit: its direct units that have figures, in Vietnamese order (teams included).
    let partsOf: [String: [String]]
    /// Names of the site's units that have figures, as table rows print them.
    let names: [String: String]
    /// The whole sheet and its pattern, kept so tests can attack exactly what was published.
    let sheet: StatisticsSheet?
    let result: SuppressionResult?
    /// What the site record will hold after this build.
    let record: StatisticsRecord

    public var hiddenCount: Int { figures.values.filter { $0.hidden != nil }.count }

    public func figure(_ indicator: String, unit: String, period: StatisticsPeriod, field: StatisticField) -> Figure? {
        figures[StatisticKey(indicator: indicator, unitID: unit, period: period, field: field)]
    }

    public func periods(of unit: String) -> [StatisticsPeriod] { periodsOf[unit] ?? [] }
}

enum StatisticsGuard {
    static func publish(_ content: SiteContent, index: UnitIndex, through last: YearMonth) throws(BuildFailure) -> PublishedStatistics {
        let previous = try StatisticsRecord.parse(content.record[StatisticsRecord.file])
        guard !content.statistics.isEmpty else {
            return PublishedStatistics(indicators: content.indicators, threshold: max(content.settings.smallCountThreshold, 3), figures: [:],
                                       periodsOf: [:], partsOf: [:], names: [:], sheet: nil, result: nil, record: previous)
        }
        let policies = try StatisticsPattern.policies(content)
        let policy = policies.site
        let unitByID = Dictionary(content.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sheet = try StatisticsSheet.build(indicators: content.indicators, rows: content.statistics, units: content.units, through: last)
        let site = siteUnits(content.units, root: index.root.id)
        let result = StatisticsPattern.compute(sheet, policies: policies)
        if !result.unprotectable.isEmpty {
            throw BuildFailure(result.unprotectable.map { i in
                let key = sheet.meta[i].key
                let what = key.map { "«\($0.indicator)» của \(unitByID[$0.unitID]?.fullName ?? $0.unitID) (\($0.period.slug))" } ?? "một phần còn lại của bảng (\(sheet.meta[i].period.slug))"
                let whatEN = key.map { "«\($0.indicator)» of \(unitByID[$0.unitID]?.fullName ?? $0.unitID) (\($0.period.slug))" } ?? "a remainder of the table (\(sheet.meta[i].period.slug))"
                let at = sheet.meta[i].position ?? sheet.meta.first(where: { $0.period == sheet.meta[i].period && $0.position != nil })?.position
                return Diagnostic(at, kind: .privacy,
                    vi: "không thể che số \(what): ẩn mọi ô của tháng này vẫn không đủ, vì các tháng đã đăng cho tính ra nó; hãy báo lỗi này cho người phát triển WardKit kèm bảng số liệu",
                    en: "cannot protect \(whatEN): hiding every cell of this month is not enough, as the published months give it away; please report this to WardKit's developers with the sheet")
            })
        }
        try StatisticsPattern.check(previous, sheet: sheet, result: result, site: site, names: unitByID)

        var figures: [StatisticKey: PublishedStatistics.Figure] = [:]
        var periods: [String: Set<StatisticsPeriod>] = [:]
        var parts: [String: Set<String>] = [:]
        var record = previous
        for (i, m) in sheet.meta.enumerated() {
            guard let key = m.key, site.contains(key.unitID) else { continue }
            let f = PublishedStatistics.Figure(value: sheet.table.cells[i].value, hidden: result.reasons[i], derived: m.derived)
            figures[key] = f
            record.entries[key] = f.hidden == nil ? .shown(f.value) : .hidden
            periods[key.unitID, default: []].insert(key.period)
            if let p = unitByID[key.unitID]?.parentID, site.contains(p) {
                periods[p, default: []].insert(key.period)
                parts[p, default: []].insert(key.unitID)
            }
        }
        let sortedParts = parts.mapValues { ids in
            ids.sorted { (Vietnamese.collationKey(unitByID[$0]!.name), $0) < (Vietnamese.collationKey(unitByID[$1]!.name), $1) }
        }
        return PublishedStatistics(indicators: content.indicators, threshold: policy.k, figures: figures,
                                   periodsOf: periods.mapValues { $0.sorted() }, partsOf: sortedParts,
                                   names: Dictionary(uniqueKeysWithValues: periods.keys.map { id in
                                       (id, unitByID[id]!.kind.isPlace ? unitByID[id]!.shortName : unitByID[id]!.fullName) }), sheet: sheet, result: result, record: record)
    }

    /// The site's unit and every unit below it, teams and agencies included.
    static func siteUnits(_ units: [AdministrativeUnit], root: String) -> Set<String> {
        let parent = Dictionary(units.map { ($0.id, $0.parentID) }, uniquingKeysWith: { a, _ in a })
        var inside: [String: Bool] = [root: true]
        for u in units {
            var path: [String] = []
            var cursor: String? = u.id
            var result = false
            while let c = cursor {
                if let known = inside[c] { result = known; break }
                if path.contains(c) { break }
                path.append(c)
                cursor = parent[c] ?? nil
            }
            for id in path { inside[id] = result }
        }
        return Set(inside.filter(\.value).keys)
    }
}

extension PublishedStatistics {
    /// Every hidden cell of the site with the value staff entered (or the summed total) and
    /// why it is hidden: for `wardkit check`, never published.
    func hiddenCells(_ content: SiteContent) -> [BuildReport.HiddenCell] {
        // Only the names of units with a hidden cell: a copy of every unit here came at the end
        // of the build, when memory is at its highest.
        let wanted = Set(figures.compactMap { key, f in f.hidden == nil ? nil : key.unitID })
        var names: [String: String] = [:]
        for u in content.units where wanted.contains(u.id) && names[u.id] == nil { names[u.id] = u.fullName }
        let texts = Dictionary(uniqueKeysWithValues: indicators.map { ($0.code, $0.text) })
        return figures.compactMap { key, f -> (StatisticKey, BuildReport.HiddenCell)? in
            guard let reason = f.hidden else { return nil }
            let period = key.period.month.map { "tháng \($0.month)/\($0.year)" } ?? "cả kỳ"
            return (key, .init(indicator: texts[key.indicator] ?? key.indicator, unit: names[key.unitID] ?? key.unitID,
                               period: period, field: key.field, value: f.value, reason: reason))
        }.sorted { ($0.0.period, $0.0.indicator, $0.0.unitID, $0.0.field.rawValue) < ($1.0.period, $1.0.indicator, $1.0.unitID, $1.0.field.rawValue) }
        .map(\.1)
    }
}
