import Foundation

/// The files written without a template — the feed, sitemaps, robots.txt, the search index —
/// computed before rendering so that the build knows every path it will publish.
enum GeneratedFiles {
    struct File { let path: String; let text: String }

    static func all(_ model: SiteModel, jobs: PageJobs, markdown: MarkdownRenderer) -> [File] {
        var out = [File(path: "tin-tuc/atom.xml", text: Feeds.atom(model, markdown: markdown))]
        for (path, xml) in Feeds.sitemaps(jobs.lazy.map(\.path), model: model) { out.append(File(path: path, text: xml)) }
        out.append(File(path: "robots.txt", text: Feeds.robots(model)))
        out.append(File(path: "tim-kiem/index.json", text: SearchIndex.json(model, jobs: jobs)))
        return out
    }
}
