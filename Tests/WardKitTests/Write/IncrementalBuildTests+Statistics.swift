import Foundation
import XCTest
@testable import WardKit
import WardLocale

/// The statistics edits of the random-edit test, as a ward makes them: the latest month's sheet
/// is corrected, or next month's sheet is added and the build date moves into that month. An
/// earlier month is never edited: that is what `ban-ghi/so-lieu.tsv` refuses, on purpose.
extension IncrementalBuildTests {
    /// Rows `unit,indicator,target,result` of a month's sheet.
    struct Sheet {
        var rows: [[String]]

        init(_ text: String) {
            rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }

        var text: String { (["don_vi,chi_tieu,ke_hoach,ket_qua"] + rows.map { $0.joined(separator: ",") }).joined(separator: "\n") + "\n" }

        func result(_ unit: String, _ indicator: String) -> Int {
            rows.first { $0[0] == unit && $0[1] == indicator }.flatMap { Int($0[3]) } ?? 0
        }

        mutating func set(_ unit: String, _ indicator: String, _ value: Int) {
            if let i = rows.firstIndex(where: { $0[0] == unit && $0[1] == indicator }) { rows[i][3] = String(value) }
        }
    }

    func editStatistics(_ site: URL, random: inout Random, date: inout CalendarDate) throws {
        let folder = site.appendingPathComponent("content/statistics")
        let months = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted()
        let latestName = months.last!
        let (year, month) = (Int(latestName.prefix(4))!, Int(latestName.dropFirst(5).prefix(2))!)
        let latest = Sheet(try read("content/statistics/\(latestName)", in: site))
        // Last month's year-to-date figures, which this month's must continue.
        func earlier(of y: Int, _ m: Int) throws -> Sheet? {
            let name = String(format: "%04d-%02d.csv", y, m)
            guard m > 1, months.contains(name) else { return nil }
            return Sheet(try read("content/statistics/\(name)", in: site))
        }
        let groups = latest.rows.filter { $0[1] == "TT" }.map { $0[0] }

        if random.int(0...1) == 0 {
            // A correction of the latest month: a group's community figure, now and then the
            // ward's people counts (a month and its year-to-date together, as the sheet must add up).
            var sheet = latest
            sheet.set(random.pick(groups), "TT", random.int(0...9))
            if random.int(0...1) == 0 {
                let before = try earlier(of: year, month - 1)
                let k = random.int(0...8)
                sheet.set("SM", "KT", k)
                sheet.set("SM", "KT-LK", (before?.result("SM", "KT-LK") ?? 0) + k)
            }
            try write(sheet.text, to: "content/statistics/\(latestName)", in: site)
            return
        }
        // Next month's sheet, built on its 25th; a new year starts its year-to-date again.
        let (y, m) = month == 12 ? (year + 1, 1) : (year, month + 1)
        let carried = m == 1 ? Sheet("") : latest
        var sheet = latest
        for (monthly, cumulative, range) in [("VU", "VU-LK", 0...3), ("KT", "KT-LK", 0...8)] {
            let v = random.int(range)
            sheet.set("SM", monthly, v)
            sheet.set("SM", cumulative, carried.result("SM", cumulative) + v)
        }
        sheet.set("SM", "CN-LK", carried.result("SM", "CN-LK") + random.int(0...3))
        let managed = max(0, latest.result("SM", "QL") + random.int(-3...3))
        sheet.set("SM", "QL", managed)
        sheet.set("SM", "QL-MET", random.int(0...managed))
        for g in groups { sheet.set(g, "TT", random.int(0...5)) }
        try write(sheet.text, to: "content/statistics/" + String(format: "%04d-%02d.csv", y, m), in: site)
        date = CalendarDate(iso: String(format: "%04d-%02d-25", y, m))!
    }
}
