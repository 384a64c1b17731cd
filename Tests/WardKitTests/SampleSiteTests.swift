import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import WardLocale
import XCTest
@testable import WardKit

/// Builds the sample ward and recomputes, independently of the pipeline, the numbers it shows.
final class SampleSiteTests: XCTestCase {
    static let output: URL = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-sample-\(UUID().uuidString)")
    static let report: Result<BuildReport, BuildFailure> = Result { () throws(BuildFailure) in try build(packageRoot, output: output) }

    func page(_ path: String) throws -> String {
        _ = try Self.report.get()
        return try read(path, in: Self.output)
    }

    /// Plain split: the sample sheets have no quoted cells.
    func rows(_ relative: String) throws -> [[String: String]] {
        let lines = try read(relative, in: packageRoot.appendingPathComponent("content")).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, cells + Array(repeating: "", count: max(0, header.count - cells.count))))
        }
    }

    func testSampleHasOneWardWithEnoughGroupsAndMonths() throws {
        let units = try rows("units.csv")
        XCTAssertEqual(units.filter { $0["kind"] == "Phường" }.count, 1)
        XCTAssertGreaterThanOrEqual(units.filter { $0["kind"] == "Tổ dân phố" }.count, 20)
        let months = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("content/progress").path)
        XCTAssertGreaterThanOrEqual(months.filter { $0.hasSuffix(".csv") }.count, 3)
    }

    func testHomePageIsVietnameseAndNamesTheWard() throws {
        let html = try page("index.html")
        XCTAssertTrue(html.contains("<html lang=\"vi\">"))
        XCTAssertTrue(html.contains("Phường Sông Mây"))
        XCTAssertTrue(html.contains("Dữ liệu minh họa"), "every page of the sample is marked illustrative")
        XCTAssertTrue(html.contains("Vì một phường Sông Mây không ma túy"), "the theme current on 25/11 is featured")
    }

    func testEveryPageKindExists() throws {
        for p in ["index.html", "tien-do/index.html", "tien-do/phu-o-1/index.html", "duong-day-nong/index.html", "chu-de/index.html",
                  "tin-tuc/index.html", "tin-tuc/atom.xml", "sitemap.xml", "robots.txt", "404.html", "tim-kiem/index.html",
                  "tim-kiem/index.json", "in-an/index.html", "in-an/cam-ket/phu-o-1/index.html", "style.css"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: Self.output.appendingPathComponent(p).path), p)
            _ = try page(p)
        }
    }

    func testDashboardNumbersAreRecomputedFromTheSheets() throws {
        let units = try rows("units.csv")
        let households = Dictionary(uniqueKeysWithValues: units.compactMap { u in Int(u["households"] ?? "").map { (u["id"]!, $0) } })
        let latest = try rows("progress/2026-11.csv")
        let drugFree = latest.filter { ["đã công nhận", "giữ vững"].contains($0["recognition"]!) }.count
        let pledged = latest.reduce(0) { $0 + Int($1["pledged"]!)! }
        let total = households.values.reduce(0, +)
        let html = try page("tien-do/index.html")
        XCTAssertTrue(html.contains("\(drugFree)/\(households.count)"), "drug-free groups \(drugFree)/\(households.count)")
        XCTAssertTrue(html.contains(Vietnamese.percent(pledged, of: total)), "pledge rate")
        XCTAssertTrue(html.contains("\(Vietnamese.integer(pledged))/\(Vietnamese.integer(total))"))
        let targets = try rows("targets.csv").filter { $0["year"] == "2026" }
        XCTAssertTrue(html.contains("\(targets.count)/\(households.count) (\(Vietnamese.percent(targets.count, of: households.count)))"))
        XCTAssertTrue(html.contains("Số liệu tính đến ngày 25/11/2026"))
    }

    func testGroupPagesShowTheirCriteriaAndPledgeRate() throws {
        let units = try rows("units.csv").filter { $0["kind"] == "Tổ dân phố" }
        let latest = Dictionary(uniqueKeysWithValues: try rows("progress/2026-11.csv").map { ($0["group"]!, $0) })
        for u in units {
            let row = latest[u["id"]!]!
            // Only the community criteria (TC5, TC6) are counted on a group's page: TC1–TC4 are
            // about people (criteria.csv, about_people).
            let met = (5...6).filter { row["TC\($0)"] == "đạt" }.count
            let html = try page("tien-do/\(Vietnamese.slug(u["name"]!))/index.html")
            XCTAssertTrue(html.contains("<span class=\"big\">\(met)/2</span>"), "\(u["name"]!) met \(met)/2")
            XCTAssertTrue(html.contains(Vietnamese.percent(Int(row["pledged"]!)!, of: Int(u["households"]!)!)), u["name"]!)
            XCTAssertTrue(html.contains("tel:113"), "hotlines on every page")
        }
    }

    func testGroupsAreListedInVietnameseOrder() throws {
        let html = try page("tien-do/index.html")
        let names = try rows("units.csv").filter { $0["kind"] == "Tổ dân phố" }.map { $0["name"]! }
        let table = html.components(separatedBy: "<table class=\"groups\">")[1].components(separatedBy: "</table>")[0]
        let shown = names.sorted { (table.range(of: ">\($0)</a>")?.lowerBound ?? table.endIndex) < (table.range(of: ">\($1)</a>")?.lowerBound ?? table.endIndex) }
        XCTAssertEqual(shown, Vietnamese.sorted(names))
        XCTAssertLessThan(table.range(of: ">Giáp Dương<")!.lowerBound, table.range(of: ">Giáp Đông<")!.lowerBound, "d before đ")
        XCTAssertLessThan(table.range(of: ">Thanh Lương 2<")!.lowerBound, table.range(of: ">Thanh Lương 10<")!.lowerBound)
    }

    func testNoPersonCountsAppearOnGroupPages() throws {
        let html = try page("tien-do/phu-o-1/index.html")
        XCTAssertNil(html.range(of: #"[0-9]\s*(người|đối tượng|học viên)"#, options: .regularExpression),
                     "group pages show statuses and household rates only")
    }

    func testSmallPeopleCountsAreSuppressedOnTheDashboard() throws {
        let html = try page("tien-do/index.html")
        // November's sheet has 1 person prosecuted: below k = 5, so it reads «ẩn», and so does
        // the year-to-date figure that would give it back (7 − 6).
        XCTAssertTrue(html.contains(#"<td data-unit="SM" data-indicator="KT" data-field="actual" class="hidden-value" data-hidden="">ẩn</td>"#))
        XCTAssertFalse(html.contains("&lt; 5"), "one label for every hidden cell")
        // 12 sent to rehabilitation by November after 9 by October: the month's 3 would be read
        // off the two year-to-date figures, so November's is hidden too.
        XCTAssertTrue(html.contains(#"data-indicator="CN-LK" data-field="actual" class="hidden-value" data-hidden="">ẩn</td>"#))
        XCTAssertTrue(html.contains(#"data-indicator="QL" data-field="actual" data-value="15">15</td>"#), "counts ≥ k are shown")
        XCTAssertTrue(html.contains(#"<tfoot><tr data-unit="SM" data-total=""><th scope="row">Tổng</th>"#), "the groups' table has the ward as its totals row")
    }

    func testNothingIsLoadedFromAnotherHost() throws {
        for p in ["index.html", "tien-do/index.html", "in-an/cam-ket/phu-o-1/index.html"] {
            let html = try page(p)
            var rest = html[...]
            while let r = rest.range(of: #"(src|href)="(https?:)?//"#, options: .regularExpression) {
                let value = rest[r.lowerBound...].prefix { $0 != " " && $0 != ">" }
                XCTAssertTrue(value.contains("//ubnd.example.vn/khong-ma-tuy/"), "\(p): \(value)")
                rest = rest[r.upperBound...]
            }
        }
    }
}

/// Feeds and sitemaps are read by machines: they must be well-formed XML with absolute URLs.
final class FeedTests: XCTestCase {
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append(name)
            if let href = attributes["href"] { text += " href=" + href }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    func parse(_ data: Data) -> Collector? {
        let parser = XMLParser(data: data)
        let c = Collector()
        parser.delegate = c
        return parser.parse() ? c : nil
    }

    func testAtomFeedAndSitemapAreWellFormedWithAbsoluteURLs() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-feed-\(UUID().uuidString)")
        _ = try build(packageRoot, output: out, baseURL: "https://ubnd.example.vn/khong-ma-tuy/")
        let atom = try XCTUnwrap(parse(try Data(contentsOf: out.appendingPathComponent("tin-tuc/atom.xml"))), "atom.xml parses")
        let posts = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("content/news").path).filter { $0.hasSuffix(".md") }
        XCTAssertEqual(atom.elements.filter { $0 == "entry" }.count, posts.count)
        XCTAssertTrue(atom.text.contains("href=https://ubnd.example.vn/khong-ma-tuy/tin-tuc/2026-06-02-ra-quan-thang-hanh-dong/"))
        let sitemap = try XCTUnwrap(parse(try Data(contentsOf: out.appendingPathComponent("sitemap.xml"))), "sitemap.xml parses")
        XCTAssertTrue(sitemap.text.contains("https://ubnd.example.vn/khong-ma-tuy/tien-do/phu-o-1/"))
        XCTAssertFalse(sitemap.text.contains("in-an/cam-ket"), "printables are documents, not pages to index")
        let robots = try read("robots.txt", in: out)
        XCTAssertTrue(robots.contains("Sitemap: https://ubnd.example.vn/khong-ma-tuy/sitemap.xml"))
    }

    func testSearchIndexIsFoldedForDiacriticFreeQueries() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("wardkit-search-\(UUID().uuidString)")
        _ = try build(packageRoot, output: out)
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("tim-kiem/index.json"))) as? [[String: String]])
        XCTAssertTrue(entries.contains { $0["t"] == "Tổ dân phố Đồng Tâm" && $0["f"]!.contains("to dan pho dong tam") })
        XCTAssertTrue(entries.contains { $0["f"]!.contains("ma tuy") })
    }
}
