import XCTest
@testable import WardKit

/// `LinkCheck.resolve` takes a byte-level path for plain links; it must agree with the general
/// rule (the folders of the page, «..» up, «.» and empty segments skipped) on every link shape.
final class LinkResolveTests: XCTestCase {
    /// The general rule, written as it was before the byte-level path.
    private func reference(_ link: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        let clean = link.split(separator: "#", maxSplits: 1).first.map(String.init) ?? link
        let path = clean.split(separator: "?", maxSplits: 1).first.map(String.init) ?? clean
        for seg in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch seg {
            case "..": _ = parts.popLast()
            case ".", "": continue
            default: parts.append(String(seg))
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasSuffix("/") || path.isEmpty ? (joined.isEmpty ? "index.html" : joined + "/index.html") : joined
    }

    func testPlainLinksResolveAsTheGeneralRule() {
        let pages = ["index.html", "tien-do/index.html", "tien-do/phuong-1/to-1/index.html", "in-an/cam-ket/phuong-1/to-1/index.html",
                     "404.html", "tin-tuc/trang-2.html", "a//b/c.html"]
        let pieces = ["..", ".", "", "tien-do", "style.css", "phụ-ổ-1", "index.html", "a.b"]
        var links: [String] = []
        for a in pieces { for b in pieces { for c in pieces { links.append([a, b, c].joined(separator: "/")) } } }
        links += ["", "/", "../", "../../", "../../../../x/", "x", "x/", "./x", "ảnh/ký-hiệu.svg"]
        for page in pages {
            for link in links {
                XCTAssertEqual(LinkCheck.resolve(link, from: page), reference(link, from: page), "«\(link)» from \(page)")
            }
        }
    }

    func testLinksWithFragmentOrQueryKeepTheGeneralRule() {
        for (link, page) in [("../a/#top", "x/y/index.html"), ("b.html?q=1", "x/index.html"), ("#x", "index.html"), ("../?a#b", "x/y/z.html")] {
            XCTAssertEqual(LinkCheck.resolve(link, from: page), reference(link, from: page))
        }
    }
}
