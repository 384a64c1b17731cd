import Foundation
import WardLocale
import WardMustache

/// `/tin-tuc/` list pages (newest first, paginated) and one page per post. Posts dated after
/// the build date are scheduled: they appear on the first build on or after their date.
enum NewsPages {
    static func published(_ model: SiteModel) -> [NewsPost] {
        model.content.news.filter { $0.date <= model.buildDate }.sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
    }

    static func listPath(_ page: Int) -> String { page == 1 ? "tin-tuc/index.html" : "tin-tuc/trang-\(page)/index.html" }

    static func item(_ p: NewsPost, root: String) -> MV {
        ["title": .string(p.title), "href": .string(root + "tin-tuc/\(p.slug)/"), "date": .string(Vietnamese.shortDate(p.date)),
         "iso": .string(p.date.iso), "summary": .string(p.summary)]
    }

    static func jobs(_ model: SiteModel, markdown: MarkdownRenderer) -> [PageJob] {
        let posts = published(model)
        let per = model.content.settings.newsPerPage
        let pageCount = max(1, (posts.count + per - 1) / per)
        var jobs: [PageJob] = (1...pageCount).map { n in
            PageJob(path: listPath(n), template: "news-list") {
                let path = listPath(n)
                let frame = PageFrame(model: model, path: path, title: n == 1 ? model.t("news_title") : "\(model.t("news_title")) — \(model.t("page")) \(n)",
                                      description: model.t("news_description"), section: "news")
                let slice = posts.dropFirst((n - 1) * per).prefix(per)
                let toRoot = frame.root
                return frame.context([
                    "posts": .list(Array(slice)) { item($0, root: toRoot) },
                    "prev": n > 1 ? .string(toRoot + (n == 2 ? "tin-tuc/" : "tin-tuc/trang-\(n - 1)/")) : .null,
                    "next": n < pageCount ? .string(toRoot + "tin-tuc/trang-\(n + 1)/") : .null,
                    "pageLabel": .string("\(model.t("page")) \(n)/\(pageCount)"),
                ])
            }
        }
        for p in posts {
            let path = "tin-tuc/\(p.slug)/index.html"
            jobs.append(PageJob(path: path, template: "news-post", origin: .file(p.file)) {
                let frame = PageFrame(model: model, path: path, title: p.title, description: p.summary, section: "news")
                return frame.context([
                    "post": item(p, root: frame.root),
                    "body": .string(markdown.html(p.markdown, basePath: ContentPages.basePath(model))),
                ])
            })
        }
        return jobs
    }
}

/// Machine-readable files: the Atom feed, sitemap and robots.txt.
enum Feeds {
    static func atom(_ model: SiteModel, markdown: MarkdownRenderer) -> String {
        let posts = NewsPages.published(model).prefix(20)
        let updated = (posts.first?.date ?? model.buildDate).iso
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n"
        x += "<title>\(escape(model.content.settings.name)) — \(escape(model.t("news_title")))</title>\n"
        x += "<link rel=\"alternate\" type=\"text/html\" href=\"\(escape(model.absolute("tin-tuc/")))\"/>\n"
        x += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(escape(model.absolute("tin-tuc/atom.xml")))\"/>\n"
        x += "<id>\(escape(model.absolute("tin-tuc/")))</id>\n<updated>\(updated)T00:00:00+07:00</updated>\n"
        x += "<author><name>\(escape(model.index.root.fullName))</name></author>\n"
        for p in posts {
            let url = model.absolute("tin-tuc/\(p.slug)/")
            x += "<entry>\n<title>\(escape(p.title))</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"\(escape(url))\"/>\n"
            x += "<id>\(escape(url))</id>\n<updated>\(p.date.iso)T00:00:00+07:00</updated>\n"
            if !p.summary.isEmpty { x += "<summary>\(escape(p.summary))</summary>\n" }
            x += "<content type=\"html\">\(escape(markdown.html(p.markdown, basePath: ContentPages.basePath(model))))</content>\n</entry>\n"
        }
        return x + "</feed>\n"
    }

    /// The sitemap protocol allows 50,000 URLs a file; a province site has more, so beyond that
    /// `sitemap.xml` becomes an index of `sitemap-N.xml` files.
    static func sitemaps(_ paths: some Sequence<String>, model: SiteModel, perFile: Int = 50_000) -> [(String, String)] {
        // Filtered before sorting: the printables (four a group) never become an array of paths.
        let urls = paths.filter { $0.hasSuffix("index.html") && !$0.hasPrefix("in-an/") || $0 == "in-an/index.html" }.sorted()
            .map { model.absolute(String($0.dropLast("index.html".count))) }
        let head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        func urlset(_ slice: ArraySlice<String>) -> String {
            var x = head + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for u in slice { x += "<url><loc>\(escape(u))</loc></url>\n" }
            return x + "</urlset>\n"
        }
        if urls.count <= perFile { return [("sitemap.xml", urlset(urls[...]))] }
        var files: [(String, String)] = []
        var index = head + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (n, start) in stride(from: 0, to: urls.count, by: perFile).enumerated() {
            let name = "sitemap-\(n + 1).xml"
            files.append((name, urlset(urls[start..<min(start + perFile, urls.count)])))
            index += "<sitemap><loc>\(escape(model.absolute(name)))</loc></sitemap>\n"
        }
        return [("sitemap.xml", index + "</sitemapindex>\n")] + files
    }

    static func robots(_ model: SiteModel) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(model.absolute("sitemap.xml"))\n"
    }
}
