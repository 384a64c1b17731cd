import Foundation
import WardLocale
import WardPrivacy

extension StatisticsSheet.Builder {
    /// The links between indicators at one unit and period: a total of others (exact), a part
    /// of another (the rest implicit), and a year-to-date chain across the months of a year.
    mutating func relations() {
        // Keys by indicator so relations look up their partners directly.
        var keysOf: [String: [StatisticKey]] = [:]
        for key in cellOf.keys { keysOf[key.indicator, default: []].append(key) }
        for (i, list) in keysOf { keysOf[i] = list.sorted { ($0.unitID, $0.period, $0.field.rawValue) < ($1.unitID, $1.period, $1.field.rawValue) } }
        for ind in order {
            for key in keysOf[ind.code] ?? [] {
                let total = cellOf[key]!
                func at(_ code: String) -> Int? {
                    cellOf[StatisticKey(indicator: code, unitID: key.unitID, period: key.period, field: key.field)]
                }
                if !ind.totalOf.isEmpty {
                    let parts = ind.totalOf.compactMap(at)
                    link(total, parts: parts, complete: parts.count == ind.totalOf.count, sensitive: ind.isSensitive,
                         what: ("các chỉ tiêu \(ind.totalOf.joined(separator: " + "))", "the indicators \(ind.totalOf.joined(separator: " + "))"))
                }
                for whole in ind.partOf {
                    guard let w = at(whole) else { continue }
                    let sensitive = indicators[whole]!.isSensitive
                    link(w, parts: [total], complete: false, sensitive: sensitive, what: ("phần «\(ind.code)» của nó", "its part «\(ind.code)»"))
                }
            }
        }
        // Year-to-date: this month = the latest earlier month of the same year + this
        // month's figure; a skipped month or a missing monthly figure leaves an implicit gap.
        for ind in order where ind.isCumulative {
            let monthly = ind.cumulativeOf
            var byUnit: [String: [StatisticKey]] = [:]
            for key in keysOf[ind.code] ?? [] where key.period.month != nil {
                byUnit["\(key.unitID)\u{0}\(key.field.rawValue)", default: []].append(key)
            }
            for (_, keys) in byUnit.sorted(by: { $0.key < $1.key }) {
                let sorted = keys.sorted { $0.period < $1.period }
                for (n, key) in sorted.enumerated() {
                    let m = key.period.month!
                    let previous = n > 0 && sorted[n - 1].period.month!.year == m.year ? sorted[n - 1] : nil
                    let x = monthly.flatMap { cellOf[StatisticKey(indicator: $0, unitID: key.unitID, period: key.period, field: key.field)] }
                    let parts = [previous.map { cellOf[$0]! }, x].compactMap { $0 }
                    let contiguous = previous.map { $0.period.month!.addingMonths(1) == m } ?? (m.month == 1)
                    link(cellOf[key]!, parts: parts, complete: contiguous && x != nil, sensitive: ind.isSensitive,
                         what: monthly.map { ("lũy kế tháng trước cộng số trong tháng «\($0)»", "last month's year-to-date plus this month's «\($0)»") }
                            ?? ("lũy kế tháng trước", "last month's year-to-date"))
                }
            }
        }
    }
}
