import Foundation
import WardLocale

/// Markdown documents with front matter: campaign themes, news posts and plain pages.
enum MarkdownLoader {
    static let themeSchema = FieldSchema(fields: ["title": .text, "slogan": .text, "start": .date, "end": .date], required: ["title", "slogan", "start", "end"])
    static let newsSchema = FieldSchema(fields: ["title": .text, "date": .date, "summary": .text], required: ["title", "date"])
    static let pageSchema = FieldSchema(fields: ["title": .text], required: ["title"])

    private static func read(_ url: URL, _ schema: FieldSchema, reader: SourceReader, log: DiagnosticLog)
        -> (String, FieldValues, FrontMatterDocument)? {
        guard let text = reader.readText(url, log: log) else { return nil }
        let file = reader.displayPath(url)
        let (doc, fmErrors) = FrontMatter.split(text, file: file)
        let (values, schemaErrors) = schema.validate(doc.entries, file: file)
        log.add(contentsOf: fmErrors + schemaErrors)
        guard fmErrors.isEmpty, schemaErrors.isEmpty else { return nil }
        return (file, values, doc)
    }

    private static func slug(_ url: URL, file: String, log: DiagnosticLog) -> String? {
        let s = Vietnamese.slug(url.deletingPathExtension().lastPathComponent)
        if s.isEmpty {
            log.add(Diagnostic(SourcePosition(file: file, line: 1), vi: "tên tệp không tạo được đường dẫn (cần chữ hoặc số)", en: "file name gives no URL slug (needs letters or digits)"))
            return nil
        }
        return s
    }

    /// Top-level folders the site itself writes: a page with one of these names would
    /// silently replace a section.
    static let reservedSlugs: Set<String> = ["tien-do", "tin-tuc", "chu-de", "duong-day-nong", "in-an", "tim-kiem", "404"]

    /// Two files whose names give the same slug ("Tin A.md", "tin-a.md") would overwrite each
    /// other's page; the second one is refused.
    static func uniqueSlugs<T>(_ items: [T], slug: (T) -> String, file: (T) -> String, reserved: Set<String> = [],
                               isReserved: (String) -> Bool = { _ in false }, log: DiagnosticLog) -> [T] {
        var seen: [String: String] = [:]
        return items.filter { item in
            let s = slug(item)
            if reserved.contains(s) || isReserved(s) {
                log.add(Diagnostic(SourcePosition(file: file(item), line: 1),
                    vi: "tên tệp tạo đường dẫn «/\(s)/» trùng với một mục của trang; hãy đổi tên tệp",
                    en: "the file name gives the URL «/\(s)/», which a site section already uses; rename the file"))
                return false
            }
            if let other = seen[s] {
                log.add(Diagnostic(SourcePosition(file: file(item), line: 1),
                    vi: "tên tệp tạo cùng đường dẫn «\(s)» với \(other); hãy đổi tên một trong hai tệp",
                    en: "the file name gives the same URL «\(s)» as \(other); rename one of them"))
                return false
            }
            seen[s] = file(item)
            return true
        }
    }

    /// `tin-tuc/trang-N/` are the pages of the news list, for every N: a post named «trang-3»
    /// would replace page 3 once there are enough posts.
    static func isNewsListPage(_ slug: String) -> Bool {
        guard slug.hasPrefix("trang-") else { return false }
        let n = slug.dropFirst("trang-".count)
        return !n.isEmpty && n.allSatisfy(\.isASCII) && n.allSatisfy(\.isNumber)
    }

    static func themes(_ reader: SourceReader, log: DiagnosticLog) -> [CampaignTheme] {
        uniqueSlugs(themesUnchecked(reader, log: log), slug: \.slug, file: \.file, log: log)
    }

    static func news(_ reader: SourceReader, log: DiagnosticLog) -> [NewsPost] {
        uniqueSlugs(newsUnchecked(reader, log: log), slug: \.slug, file: \.file, isReserved: isNewsListPage, log: log)
    }

    static func pages(_ reader: SourceReader, log: DiagnosticLog) -> [StaticPage] {
        uniqueSlugs(pagesUnchecked(reader, log: log), slug: \.slug, file: \.file, reserved: reservedSlugs, log: log)
    }

    private static func themesUnchecked(_ reader: SourceReader, log: DiagnosticLog) -> [CampaignTheme] {
        reader.files(in: "themes", ext: "md").compactMap { url in
            guard let (file, v, doc) = read(url, themeSchema, reader: reader, log: log), let slug = slug(url, file: file, log: log),
                  let start = v.date("start"), let end = v.date("end") else { return nil }
            if end < start, let p = v.position("end") {
                log.add(Diagnostic(p, vi: "ngày kết thúc trước ngày bắt đầu", en: "end date is before start date")); return nil
            }
            return CampaignTheme(slug: slug, title: v.text("title")!, slogan: v.text("slogan")!, start: start, end: end, markdown: doc.body, file: file,
                                 bodyFirstLine: doc.bodyFirstLine)
        }
    }

    private static func newsUnchecked(_ reader: SourceReader, log: DiagnosticLog) -> [NewsPost] {
        reader.files(in: "news", ext: "md").compactMap { url in
            guard let (file, v, doc) = read(url, newsSchema, reader: reader, log: log), let slug = slug(url, file: file, log: log),
                  let date = v.date("date") else { return nil }
            return NewsPost(slug: slug, title: v.text("title")!, date: date, summary: v.text("summary") ?? "", markdown: doc.body, file: file,
                            bodyFirstLine: doc.bodyFirstLine)
        }
    }

    private static func pagesUnchecked(_ reader: SourceReader, log: DiagnosticLog) -> [StaticPage] {
        reader.files(in: "pages", ext: "md").compactMap { url in
            guard let (file, v, doc) = read(url, pageSchema, reader: reader, log: log), let slug = slug(url, file: file, log: log) else { return nil }
            return StaticPage(slug: slug, title: v.text("title")!, markdown: doc.body, file: file, bodyFirstLine: doc.bodyFirstLine)
        }
    }
}
