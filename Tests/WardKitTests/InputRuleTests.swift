import Foundation
import WardLocale
import TestSupport
import XCTest
@testable import WardKit

/// How staff write settings, front matter and numbers, and how errors are told: the root cause
/// once, first, and not the errors that only follow from it.
final class InputRuleTests: XCTestCase {
    /// The README's own settings example, with its `# comments` after values, must work as shown.
    func testTheReadmesSettingsExampleWorksAsShown() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let block = readme.components(separatedBy: "`settings.txt` uses the same `key: value` syntax")[1]
            .components(separatedBy: "```\n")[1]
        XCTAssertTrue(block.contains("# site title"), "the example still has inline comments")
        let site = try makeSite()
        try write(block, to: "content/settings.txt", in: site)
        _ = try build(site)
        let home = try read("public/index.html", in: site)
        XCTAssertTrue(home.contains("<title>Phường Sông Mây</title>"), "no «# site title» in the title")
        XCTAssertFalse(home.contains("# site title"))
        let posts = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/news").path).count
        XCTAssertEqual(try read("public/tin-tuc/index.html", in: site).components(separatedBy: "<time datetime=").count - 1, posts,
                       "news_per_page: 10 is read as 10, so all posts are on page 1")
    }

    func testACommentMarkInsideAQuotedValueIsKept() throws {
        let site = try makeSite()
        try write("---\ntitle: \"Tổ #1 ra mắt mô hình\"\ndate: 2026-11-01   # ngày đăng\nsummary: Tin ngắn   # tóm tắt\n---\nx\n", to: "content/news/to-1.md", in: site)
        _ = try build(site)
        let post = try read("public/tin-tuc/to-1/index.html", in: site)
        XCTAssertTrue(post.contains("<h1>Tổ #1 ra mắt mô hình</h1>"))
        XCTAssertTrue(post.contains("content=\"Tin ngắn\""), "a comment after a value is dropped")
    }

    func testNumbersThatAreNotWholeCountsAreErrors() throws {
        let site = try makeSite()
        let units = try read("content/units.csv", in: site).replacingOccurrences(of: "TDP01,An Phú,Tổ dân phố,SM,110,", with: "TDP01,An Phú,Tổ dân phố,SM,1.5,")
        try write(units, to: "content/units.csv", in: site)
        try write(try read("content/settings.txt", in: site).replacingOccurrences(of: "news_per_page: 3", with: "news_per_page: 1,5"), to: "content/settings.txt", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.position?.file == "content/units.csv" && $0.vi.contains("số hộ «1.5» không phải số nguyên") }, "\(ds)")
        XCTAssertTrue(ds.contains { $0.position?.file == "content/settings.txt" && $0.vi.contains("«1,5»") }, "\(ds)")
        XCTAssertEqual(ds.count, 2, "the group's rows in four sheets and its target follow from the one error: \(ds.map { $0.formatted(.vi) })")
        XCTAssertEqual(parseCount("1.234"), 1234)
        XCTAssertEqual(parseCount("12.345.678"), 12_345_678)
        XCTAssertNil(parseCount("1.5"))
        XCTAssertNil(parseCount("1.23"))
        XCTAssertNil(parseCount("-3"))
    }

    /// The byte-level reading of plain digits must agree with the rule as written (trim, digits
    /// and thousands dots only, groups of three) on every kind of cell staff type.
    func testCountsReadOnTheBytesAgreeWithTheWrittenRule() {
        var random = SeededRandom(seed: 15)
        let pieces = ["0", "1", "7", "9", "00", "123", ".", " ", "\u{A0}", "\u{2003}", "-", ",", "١", "5", "x", "đ", "\t"]
        var cases = ["", "0", "007", String(repeating: "9", count: 18), String(repeating: "9", count: 19), "99999999999999999999", " 12 ", "1.234"]
        for _ in 0..<20_000 { cases.append((0..<random.int(1...8)).map { _ in random.pick(pieces) }.joined()) }
        for c in cases { XCTAssertEqual(parseCount(c), parseCountByRule(c), "«\(c)»") }
    }

    func testYesAndNoAsStaffTypeThem() {
        for s in ["có", "Có", " CÓ ", "co", "x", "X", "1", "true", "Yes", "đúng", "co\u{301}"] { XCTAssertEqual(parseBoolean(s), true, "«\(s)»") }
        for s in ["không", "Không", "KHÔNG ", "khong", "0", "", " ", "false", "No", "sai"] { XCTAssertEqual(parseBoolean(s), false, "«\(s)»") }
        for s in ["có thể", "2", "xx", "-", "khôngg"] { XCTAssertNil(parseBoolean(s), "«\(s)»") }
    }

    func testOneBadUnitRowGivesOneErrorAndItComesFirst() throws {
        let site = try makeSite()
        // The ward's own row with a mistyped kind: every group, sheet row and target hangs off it.
        try write(try read("content/units.csv", in: site).replacingOccurrences(of: "SM,Sông Mây,Phường,,,", with: "SM,Sông Mây,Phuongg,,,"), to: "content/units.csv", in: site)
        // and one mistake of its own elsewhere, which is still reported — after the root cause.
        try write("---\ntitle: Tin\ndate: 2026-11-01\nauthor: ai đó\n---\nx\n", to: "content/news/a-tin.md", in: site)
        let ds = failingBuild(site)
        XCTAssertEqual(ds.count, 2, "\(ds.map { $0.formatted(.vi) })")
        XCTAssertTrue(ds[0].formatted(.vi).hasPrefix("content/units.csv:2:"), ds[0].formatted(.vi))
        XCTAssertTrue(ds[0].vi.contains("Phuongg"))
        XCTAssertEqual(ds[1].position?.file, "content/news/a-tin.md")
    }

    func testTheRootCauseComesBeforeWhatFollows() {
        let later = Diagnostic(SourcePosition(file: "content/progress/2026-01.csv", line: 2), vi: "b", en: "b")
        let cause = Diagnostic(SourcePosition(file: "content/units.csv", line: 9), vi: "a", en: "a")
        let settings = Diagnostic(SourcePosition(file: "content/settings.txt", line: 3), vi: "s", en: "s")
        XCTAssertEqual(BuildFailure([later, cause, settings]).diagnostics.map(\.vi), ["s", "a", "b"])
    }

    func testAThemeIsChosenByItsRealLengthInDays() throws {
        let site = try makeSite()
        for folder in ["themes", "progress"] {
            for f in try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/\(folder)").path) {
                try FileManager.default.removeItem(at: site.appendingPathComponent("content/\(folder)/\(f)"))
            }
        }
        // 1/2–31/3 is 58 days, 1/3–29/4 is 59: counting every month as 31 days ranked them the other way round.
        try write("---\ntitle: A\nslogan: Chủ đề tháng hai và ba\nstart: 2026-02-01\nend: 2026-03-31\n---\nx\n", to: "content/themes/a.md", in: site)
        try write("---\ntitle: B\nslogan: Chủ đề tháng ba và tư\nstart: 2026-03-01\nend: 2026-04-29\n---\nx\n", to: "content/themes/b.md", in: site)
        _ = try build(site, date: CalendarDate(iso: "2026-03-15")!)
        XCTAssertTrue(try read("public/index.html", in: site).contains("Chủ đề tháng hai và ba"))
    }

    func testANewsFileNamedLikeAListPageIsRefused() throws {
        let site = try makeSite()
        try write("---\ntitle: Trang ba\ndate: 2026-01-01\n---\nx\n", to: "content/news/trang-3.md", in: site)
        try write("---\ntitle: Trang hai\ndate: 2026-01-02\n---\nx\n", to: "content/news/Trang 12.md", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.position?.file == "content/news/trang-3.md" && $0.vi.contains("/trang-3/") }, "\(ds)")
        XCTAssertTrue(ds.contains { $0.position?.file == "content/news/Trang 12.md" }, "\(ds)")
        XCTAssertFalse(MarkdownLoader.isNewsListPage("trang-chu"))
    }

    func testTheSignerMustBeADeclaredOfficial() throws {
        let site = try makeSite()
        try write(try read("content/settings.txt", in: site) + "signer: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]\nsigner_name: Nguyễn Văn Bình\n", to: "content/settings.txt", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.kind == .privacy && $0.position?.file == "content/settings.txt" && $0.vi.contains("public_names") }, "\(ds)")
        try write(try read("content/settings.txt", in: site).replacingOccurrences(of: "signer_name: Nguyễn Văn Bình", with: "nguoi_ky: Trần Văn Minh"), to: "content/settings.txt", in: site)
        _ = try build(site)
        XCTAssertTrue(visibleText(try read("public/gioi-thieu/index.html", in: site)).contains("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Văn Minh"), "the Vietnamese key works too")
    }

    func testNewSettingsKeysAndColumnsAreOnTheAllowlist() throws {
        let site = try makeSite()
        try write(try read("content/settings.txt", in: site) + "plan_signature: x\n", to: "content/settings.txt", in: site)
        try write(try read("content/targets.csv", in: site).replacingOccurrences(of: "year,group", with: "year,group,goal,ghi_chu"), to: "content/targets.csv", in: site)
        let ds = failingBuild(site)
        XCTAssertTrue(ds.contains { $0.position?.file == "content/settings.txt" && $0.vi.contains("«plan_signature» không được phép") }, "\(ds)")
        XCTAssertTrue(ds.contains { $0.position?.file == "content/targets.csv" && $0.vi.contains("«ghi_chu» không được khai báo") }, "\(ds)")
    }

    func testTheNewColumnsAndKeysHaveVietnameseNames() throws {
        let site = try makeSite()
        let units = try read("content/units.csv", in: site).split(separator: "\n").enumerated().map { i, l in
            i == 0 ? "ma,ten,loai,cap_tren,so_ho,vi_tri_hom_thu,duong_dan" : l + (l.hasPrefix("TDP18,") ? ",pho-o-mot" : ",")
        }
        try write(units.joined(separator: "\n") + "\n", to: "content/units.csv", in: site)
        try write(try read("content/criteria.csv", in: site).replacingOccurrences(of: "set,code,text,source,level", with: "bo,ma,noi_dung,can_cu,cap"), to: "content/criteria.csv", in: site)
        try write("nam,to,muc_tieu\n2026,TDP04,xây dựng\n2026,TDP05,giữ vững\n", to: "content/targets.csv", in: site)
        try write(try read("content/settings.txt", in: site) + "so_ke_hoach: 12/KH-UBND\nngay_ke_hoach: 05/01/2026\ndia_danh: Sông Mây\n", to: "content/settings.txt", in: site)
        _ = try build(site)
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/tien-do/pho-o-mot/index.html").path))
        XCTAssertTrue(visibleText(try read("public/tien-do/index.html", in: site)).contains("và giữ vững 01 tổ dân phố đã đạt"))
        XCTAssertTrue(visibleText(try read("public/gioi-thieu/index.html", in: site)).contains("Số: 12/KH-UBND"))
    }
}

/// Errors point at their cause: the line that holds it, and only once.
final class RootCauseTests: XCTestCase {
    func testABadValueIsNotAlsoMissing() throws {
        let site = try makeSite()
        try write("---\ntitle: Tin\ndate: 2026-02-30\n---\nx\n", to: "content/news/ngay.md", in: site)
        try write("---\ntitle:\ndate: 2026-02-01\n---\nx\n", to: "content/news/trong.md", in: site)
        let ds = failingBuild(site).map { $0.formatted(.vi) }
        XCTAssertEqual(ds.filter { $0.hasPrefix("content/news/ngay.md") }.count, 1, "\(ds)")
        XCTAssertTrue(ds.contains { $0.hasPrefix("content/news/ngay.md:3:7:") && $0.contains("2026-02-30") }, "\(ds)")
        XCTAssertTrue(ds.contains { $0.hasPrefix("content/news/trong.md:2:") && $0.contains("để trống") }, "\(ds)")
    }

    func testSettingsErrorsPointAtTheirLine() throws {
        let site = try makeSite()
        try write(try read("content/settings.txt", in: site).replacingOccurrences(of: "unit: SM", with: "unit: SMM")
                    .replacingOccurrences(of: "news_per_page: 3", with: "news_per_page: 0"), to: "content/settings.txt", in: site)
        let ds = failingBuild(site).map { $0.formatted(.vi) }
        XCTAssertTrue(ds.contains { $0.hasPrefix("content/settings.txt:4:") && $0.contains("SMM") }, "\(ds)")
        XCTAssertTrue(ds.contains { $0.hasPrefix("content/settings.txt:11:") && $0.contains("news_per_page") }, "\(ds)")
        let other = try makeSite()
        try write(try read("content/settings.txt", in: other).replacingOccurrences(of: "criteria_set: TDP6", with: "criteria_set: TDP7"), to: "content/settings.txt", in: other)
        XCTAssertTrue(failingBuild(other).contains { $0.formatted(.vi).hasPrefix("content/settings.txt:9:") && $0.vi.contains("TDP7") })
    }

    func testAUnitSheetProblemIsOneErrorAtItsCause() throws {
        let noColumn = try makeSite()
        let lines = try read("content/units.csv", in: noColumn).split(separator: "\n").map { l in
            l.split(separator: ",", omittingEmptySubsequences: false).enumerated().filter { $0.offset != 4 }.map { String($0.element) }.joined(separator: ",")
        }
        try write(lines.joined(separator: "\n") + "\n", to: "content/units.csv", in: noColumn)
        let ds = failingBuild(noColumn)
        XCTAssertEqual(ds.count, 1, "\(ds.prefix(3).map { $0.formatted(.vi) })")
        XCTAssertTrue(ds[0].formatted(.vi).hasPrefix("content/units.csv:1:1:"), ds[0].formatted(.vi))
        let headerOnly = try makeSite()
        try write("id,name,kind,parent,households,mailbox\n", to: "content/units.csv", in: headerOnly)
        let h = failingBuild(headerOnly)
        XCTAssertTrue(h[0].formatted(.vi).hasPrefix("content/units.csv:1:1:") && h[0].vi.contains("không có đơn vị nào"), "\(h.prefix(3).map { $0.formatted(.vi) })")
        let typo = try makeSite()
        try write(try read("content/units.csv", in: typo).replacingOccurrences(of: "TDP04,Cầu Tre,Tổ dân phố,", with: "TDP04,Cầu Tre,Tổ dân phô,"), to: "content/units.csv", in: typo)
        XCTAssertTrue(failingBuild(typo).contains { $0.formatted(.vi).hasPrefix("content/units.csv:6:") && $0.vi.contains("Tổ dân phô") })
        XCTAssertEqual(UnitsLoader.parseKind("to dan pho"), .residentialGroup, "typed without diacritics, the label is read")
    }
}
