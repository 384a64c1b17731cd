import TestSupport
import Foundation
import WardLocale
import XCTest
@testable import WardKit

/// The property test through the whole pipeline: random district sheets (one to four wards,
/// sometimes a police team, a district row or not) × two months published by two builds × k, linked by a
/// part, a total of two and a year-to-date figure. A reader who kept October's pages and reads
/// November's pins no hidden cell.
final class StatisticsPropertyTests: XCTestCase {
    typealias Random = SeededRandom

    static let indicators = """
    code,text,counts,sensitive,part_of,total_of,cumulative_of
    CN,Số người được đưa đi cai nghiện trong tháng,người,có,,,
    CN-LK,Số người được đưa đi cai nghiện (lũy kế từ đầu năm),người,có,,,CN
    HS,Số người nghiện có hồ sơ quản lý,người,có,,,
    DC,Trong đó: đang cai nghiện,người,có,HS,,
    TN,Cai nghiện tự nguyện,người,có,,,
    BB,Cai nghiện bắt buộc,người,có,,,
    NG,Tổng số người cai nghiện,người,có,,TN; BB,
    VU,Số vụ phạm tội về ma túy,vụ,không,,,

    """

    func testRandomDistrictSheetsOverTwoBuildsPinNothing() throws {
        var rng = Random(seed: 0x11_5EED)
        var hidden = 0, cells = 0
        for round in 0..<8 {
            let k = [3, 5][round % 2]
            let wards = (0..<rng.int(1...4)).map { "P\($0)" }   // one ward: a single child under the district
            let team = rng.int(0...1) == 1
            var units = "id,name,kind,parent,households,mailbox\nQ,Mẫu,Quận,,,\n"
            for (i, w) in wards.enumerated() { units += "\(w),Phường \(i + 1),Phường,Q,,\nG\(i),Tổ 1,Tổ dân phố,\(w),60,\n" }
            if team { units += "D,Đội Cảnh sát điều tra tội phạm về ma túy,Đội,Q,,\n" }
            var ytd: [String: Int] = [:]
            var sheets: [String] = []
            for _ in 0..<2 {
                var rows = "unit,indicator,target,actual\n"
                var cnTotal = 0, hsTotal = 0
                for u in wards + (team ? ["D"] : []) {
                    let cn = rng.count()
                    ytd[u, default: rng.int(0...6)] += cn
                    cnTotal += cn
                    rows += "\(u),CN,,\(cn)\n\(u),CN-LK,,\(ytd[u]!)\n"
                    guard u != "D" else { continue }
                    let hs = rng.count(), dc = rng.int(0...hs), tn = rng.count(), bb = rng.count()
                    hsTotal += hs
                    let target = rng.int(0...2) == 0 ? "\(rng.int(0...8))" : ""
                    rows += "\(u),HS,,\(hs)\n\(u),DC,,\(dc)\n\(u),TN,,\(tn)\n\(u),BB,,\(bb)\n\(u),NG,\(target),\(tn + bb)\n\(u),VU,,\(rng.int(0...4))\n"
                }
                if rng.int(0...1) == 1 { rows += "Q,CN,,\(cnTotal)\n" }
                if team, rng.int(0...1) == 1 { rows += "Q,HS,,\(hsTotal + rng.int(0...3))\n" }
                sheets.append(rows)
            }
            let site = try makeSite()
            try write(units, to: "content/units.csv", in: site)
            let progress = site.appendingPathComponent("content/progress")
            try FileManager.default.removeItem(at: progress)
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/statistics"))
            try write("year,group\n", to: "content/targets.csv", in: site)
            try write(try read("content/settings.txt", in: site).replacingOccurrences(of: "unit: SM", with: "unit: Q")
                .replacingOccurrences(of: "small_count_threshold: 5", with: "small_count_threshold: \(k)"), to: "content/settings.txt", in: site)
            // The sheet declares its k, so a site may use it (settings may only raise it).
            try write(Self.indicators.replacingOccurrences(of: "cumulative_of\n", with: "cumulative_of,k\n")
                .replacingOccurrences(of: "VU,Số vụ phạm tội về ma túy,vụ,không,,,\n", with: "VU,Số vụ phạm tội về ma túy,vụ,không,,,,\(k)\n"),
                      to: "content/indicators.csv", in: site)

            try write(sheets[0], to: "content/statistics/2026-10.csv", in: site)
            _ = try build(site, date: CalendarDate(iso: "2026-10-31")!)
            let october = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-kept-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: site.appendingPathComponent("public"), to: october)
            try write(sheets[1], to: "content/statistics/2026-11.csv", in: site)
            _ = try build(site, date: CalendarDate(iso: "2026-11-30")!)

            let (audit, pinned) = try ReaderAudit.attack(site: site, date: CalendarDate(iso: "2026-11-30")!, kept: [october])
            XCTAssertEqual(pinned, [], "sheet \(round), k=\(k):\n\(sheets.joined(separator: "\n"))")
            hidden += audit.hiddenKeys.count
            cells += audit.cells.count
        }
        XCTAssertGreaterThan(hidden, 20, "the random sheets must hide cells, or the test proves nothing")
        print("Pipeline property test: 8 random district sheets × 2 builds × k ∈ {3, 5}: \(cells) published cells read, \(hidden) hidden, none pinned")
    }
}

extension SeededRandom {
    /// Small counts are what must be protected, so they are common.
    mutating func count() -> Int { int(0...3) == 0 ? int(5...25) : int(0...6) }
}
