import Foundation
import WardLocale
import XCTest
@testable import WardKit

/// One attacker per way readers recovered hidden counts before (issue 11), each reading only
/// a built `public/`: the sample ward, a district with a police team, parts, totals of two and
/// year-to-date figures over three months, one of its communes built from the same sheets, and
/// the Long Biên annex. The arithmetic attackers (months, indicators, district vs ward, single
/// child, plan vs actual) are `ReaderAudit`'s equations; the others read labels, rates, group
/// pages, statuses and prose.
final class PublicAttackTests: XCTestCase {
    struct Site { let name: String; let dir: URL; let date: CalendarDate; let k: Int }

    nonisolated(unsafe) static var built: [Site]?

    static let districtDate = CalendarDate(iso: "2026-11-30")!

    static func district(unit: String? = nil) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-attack-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Tests/Fixtures/statistics/huyen-song-may"), to: dir)
        if let unit {
            let settings = try read("content/settings.txt", in: dir)
            try write(settings.replacingOccurrences(of: "unit: H\n", with: "unit: \(unit)\n").replacingOccurrences(of: "Huyện Sông Mây", with: "Xã Bình Minh"),
                      to: "content/settings.txt", in: dir)
            try write("year,group\n2026,T21\n", to: "content/targets.csv", in: dir)
        }
        return dir
    }

    func sites() throws -> [Site] {
        if let b = Self.built { return b }
        let sample = try makeSite()
        _ = try build(sample)
        let district = try Self.district(), commune = try Self.district(unit: "X2")
        for s in [district, commune] { _ = try build(s, date: Self.districtDate) }
        let longBien = try copyFixture("long-bien-wards")
        _ = try build(longBien, date: CalendarDate(iso: "2023-06-01")!)
        let b = [Site(name: "sample", dir: sample, date: sampleDate, k: 5), Site(name: "district", dir: district, date: Self.districtDate, k: 5),
                 Site(name: "commune X2", dir: commune, date: Self.districtDate, k: 5),
                 Site(name: "long-bien-wards", dir: longBien, date: CalendarDate(iso: "2023-06-01")!, k: 5)]
        Self.built = b
        return b
    }

    func reader(_ s: Site) throws -> PublicReader { try PublicReader(public: s.dir.appendingPathComponent("public")) }

    // MARK: arithmetic

    func testNoEquationAReaderCanWritePinsAHiddenCell() throws {
        for s in try sites() {
            let (audit, pinned) = try ReaderAudit.attack(site: s.dir, date: s.date)
            XCTAssertEqual(pinned, [], s.name)
            XCTAssertFalse(audit.hiddenKeys.isEmpty, "\(s.name) hides something, or the attack proves nothing")
        }
    }

    /// A reader who saved September's and October's pages, then reads November's.
    func testAReaderWhoKeptEarlierMonthsPinsNothing() throws {
        let site = try Self.district()
        // Each month's sheets arrive in that month, as staff would add them. The news post
        // quotes a figure this build's pattern may hide (prose has its own attacker).
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/news/2026-11-12-so-ket.md"))
        var later: [String: [(String, String)]] = [:]
        for folder in ["statistics", "progress"] {
            for month in ["2026-10", "2026-11"] {
                let relative = "content/\(folder)/\(month).csv"
                later[month, default: []].append((relative, try read(relative, in: site)))
                try FileManager.default.removeItem(at: site.appendingPathComponent(relative))
            }
        }
        var kept: [URL] = []
        for month in ["2026-09-30", "2026-10-31", "2026-11-30"] {
            for (relative, text) in later[String(month.prefix(7))] ?? [] { try write(text, to: relative, in: site) }
            _ = try build(site, date: CalendarDate(iso: month)!)
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-kept-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: site.appendingPathComponent("public"), to: copy)
            kept.append(copy)
        }
        let (audit, pinned) = try ReaderAudit.attack(site: site, date: Self.districtDate, kept: kept)
        XCTAssertEqual(pinned, [])
        XCTAssertFalse(audit.hiddenKeys.isEmpty)
    }

    func testTheCommuneSiteAndTheDistrictSiteFromOneSheetAgree() throws {
        let all = try sites()
        let d = try ReaderAudit(public: all[1].dir.appendingPathComponent("public"))
        let c = try ReaderAudit(public: all[2].dir.appendingPathComponent("public"))
        XCTAssertFalse(c.cells.isEmpty)
        for (key, value) in c.cells { XCTAssertEqual(value, d.cells[key] ?? nil, "\(key)") }
    }

    // MARK: what the pages say besides the sums

    /// Labels: every hidden cell reads the same, so none can be told apart from another.
    func testEveryHiddenCellReadsTheSame() throws {
        for s in try sites() {
            let cells = try reader(s).cells
            XCTAssertFalse(cells.isEmpty, s.name)
            for c in cells {
                let tag = c.tag.replacingOccurrences(of: #" data-(unit|indicator|field)="[^"]*""#, with: "", options: .regularExpression)
                switch c.text {
                case "ẩn": XCTAssertEqual(tag, #"<td class="hidden-value" data-hidden="">"#, "\(s.name) \(c.page)")
                case "—": XCTAssertEqual(tag, #"<td class="none" data-absent="">"#, "\(s.name) \(c.page)")
                default: XCTAssertNotNil(c.text.range(of: #"^\d{1,3}(\.\d{3})*$"#, options: .regularExpression), "\(s.name) \(c.page): «\(c.text)»")
                }
            }
            XCTAssertFalse(try reader(s).pages.contains { $0.html.contains("&lt; 5") || $0.html.contains("&lt;5") }, s.name)
        }
    }

    /// A known denominator: a rate beside a hidden figure would give it back.
    func testARateIsPrintedOnlyBesideTwoShownFigures() throws {
        var rates = 0
        for s in try sites() {
            for row in try reader(s).ownRows where row.rate != nil {
                rates += 1
                XCTAssertTrue(row.cells.count == 2 && row.cells.allSatisfy { $0.contains("data-value=") }, "\(s.name) \(row.page) \(row.indicator)")
            }
        }
        XCTAssertGreaterThan(rates, 0, "the sites print rates, or this proves nothing")
    }

    /// Group rows: no count of people, in a cell or in words, on a group's page or in a row
    /// that stands for one group.
    func testNoCountOfPeopleStandsForOneGroup() throws {
        for s in try sites() {
            let r = try reader(s)
            let groups = r.groupPages
            if s.name != "long-bien-wards" { XCTAssertFalse(groups.isEmpty, s.name) }
            for g in groups {
                XCTAssertFalse(g.html.contains(#"data-counts="people""#) || g.html.contains(#"data-sensitive="yes""#), "\(s.name) \(g.path)")
                for sentence in r.sentences(g) where sentence.range(of: #"\d+ (người|đối tượng)"#, options: .regularExpression) != nil {
                    XCTFail("\(s.name) \(g.path): «\(sentence)»")
                }
            }
            let groupPaths = Set(groups.map { String($0.path.dropLast("index.html".count)) })
            for p in r.pages {
                for t in ReaderAudit.matches(#"<table class="stat-table stat-units".*?</table>"#, p.html) {
                    let people = Set(ReaderAudit.matches(#"data-indicator="([^"]+)" data-counts="(people)""#, t[0]).map { $0[1] }
                        + ReaderAudit.matches(#"data-indicator="([^"]+)" data-counts="[^"]+" data-sensitive="yes""#, t[0]).map { $0[1] })
                    for row in ReaderAudit.matches(#"<tr data-unit="[^"]+"><th scope="row"><a href="([^"]+)">.*?</tr>"#, t[0]) {
                        let target = URL(fileURLWithPath: "/" + p.path).deletingLastPathComponent().appendingPathComponent(row[1]).standardized.path.dropFirst()
                        guard groupPaths.contains(String(target) + (target.hasSuffix("/") ? "" : "/")) else { continue }
                        for code in people { XCTAssertFalse(row[0].contains(#"data-indicator="\#(code)""#), "\(s.name) \(p.path): \(code) for a group") }
                    }
                }
            }
        }
    }

    /// Statuses: a criterion about people is shown for no group, in no form; the «k/n» a group
    /// row prints counts only the criteria shown.
    func testNoGroupShowsTheStatusOfACriterionAboutPeople() throws {
        for s in try sites() where s.name != "long-bien-wards" {
            let r = try reader(s)
            let withheld = r.withheldCriteria
            XCTAssertFalse(withheld.isEmpty, s.name)
            var fractions = 0
            for p in r.pages {
                let isGroup = p.html.contains(#"<h2 id="pl-h">"#)
                guard isGroup || p.html.contains(#"<table class="matrix">"#) || p.html.contains(#"<table class="groups">"#) else { continue }
                for code in withheld {
                    XCTAssertFalse(p.html.contains("<strong>\(code)</strong>") || p.html.contains(">\(code)</abbr>"), "\(s.name) \(p.path): \(code)")
                }
                // On a group's page every k/n is of its criteria; on a ward's, those of its group rows.
                let scope = isGroup ? [p.html] : ReaderAudit.matches(#"<table class="groups">.*?</table>"#, p.html).map { $0[0] }
                for part in scope {
                    for m in ReaderAudit.matches(#"<td>\d+/(\d+)</td>"#, part) + ReaderAudit.matches(#"<span class="big">\d+/(\d+)</span>"#, part) {
                        fractions += 1
                        XCTAssertEqual(Int(m[1]), 6 - withheld.count, "\(s.name) \(p.path): \(m[0])")
                    }
                }
            }
            XCTAssertGreaterThan(fractions, 0, s.name)
        }
    }

    /// Prose: no sentence ties a count of people to a group, and none states a small one.
    func testNoSentenceTiesPeopleToAGroupOrStatesASmallCount() throws {
        let sensitive = ["nghiện", "ma túy", "khởi tố", "đối tượng", "cai nghiện", "methadone"]
        for s in try sites() {
            let r = try reader(s)
            let groups = r.groupNames
            for p in r.pages {
                for sentence in r.sentences(p) {
                    let counts = ReaderAudit.matches(#"(\d+) (người|đối tượng)"#, sentence).compactMap { Int($0[1]) }.filter { $0 > 0 }
                    guard !counts.isEmpty else { continue }
                    let lower = sentence.lowercased()
                    guard sensitive.contains(where: lower.contains) else { continue }
                    for g in groups where sentence.contains(g) { XCTFail("\(s.name) \(p.path): «\(sentence)» names \(g)") }
                    for n in counts where n < s.k { XCTFail("\(s.name) \(p.path): «\(sentence)» states \(n)") }
                }
            }
        }
    }
}
