import Foundation

/// Links and images staff write in Markdown, checked where they wrote them: a link to a page
/// the site does not have, to a file on the office computer (`file:///C:/…`, `C:\…`), or an
/// image from another host (a third-party request from every reader's phone) is an error at
/// the Markdown file's own line — not at a generated page staff never edit.
enum MarkdownLinks {
    struct Document {
        let file: String
        let bodyFirstLine: Int
        let markdown: String
        /// The page it is published on, for resolving relative links.
        let page: String
    }

    static func documents(_ model: SiteModel) -> [Document] {
        model.content.news.map { Document(file: $0.file, bodyFirstLine: $0.bodyFirstLine, markdown: $0.markdown, page: "tin-tuc/\($0.slug)/index.html") }
            + model.content.pages.map { Document(file: $0.file, bodyFirstLine: $0.bodyFirstLine, markdown: $0.markdown, page: "\($0.slug)/index.html") }
            + model.content.themes.map { Document(file: $0.file, bodyFirstLine: $0.bodyFirstLine, markdown: $0.markdown, page: "chu-de/\($0.slug)/index.html") }
    }

    /// Errors for links that can never work; internal targets go to the link check, which
    /// reports them at `position` if no page was written there.
    static func check(_ docs: [Document], renderer: MarkdownRenderer, links: LinkCheck) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for doc in docs {
            var searchFrom = doc.markdown.startIndex
            for (url, isImage) in renderer.links(doc.markdown) {
                let position = locate(url, in: doc, from: &searchFrom)
                let lower = url.lowercased()
                if isLocalFile(lower) {
                    out.append(Diagnostic(position,
                        vi: "liên kết «\(url.removingPercentEncoding ?? url)» trỏ tới một tệp trên máy tính của cán bộ, người dân không mở được; hãy đưa nội dung lên trang hoặc bỏ liên kết",
                        en: "the link «\(url.removingPercentEncoding ?? url)» points at a file on the office computer, which readers cannot open; publish the content or remove the link"))
                } else if isImage && (lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")) {
                    out.append(Diagnostic(position, kind: .privacy,
                        vi: "ảnh «\(url)» tải từ máy chủ khác: mọi người đọc sẽ bị máy chủ đó ghi nhận; hãy chép ảnh vào theme/static/ và dùng đường dẫn trong trang",
                        en: "the image «\(url)» loads from another host, which would see every reader; copy it into theme/static/ and link it locally"))
                } else if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//") || lower.hasPrefix("#")
                            || lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") || url.isEmpty || lower.contains(":") {
                    continue
                } else {
                    let target = url.hasPrefix("/") ? LinkCheck.resolve(String(url.dropFirst()), from: "index.html") : LinkCheck.resolve(url, from: doc.page)
                    links.expect(target, link: url, at: position)
                }
            }
        }
        return out
    }

    /// `file:`, a drive letter or a network share, however cmark escaped the backslashes.
    static func isLocalFile(_ lower: String) -> Bool {
        if lower.hasPrefix("file:") || lower.hasPrefix("\\\\") || lower.hasPrefix("%5c%5c") { return true }
        let c = Array(lower.prefix(4))
        return c.count >= 3 && c[0].isLetter && c[0].isASCII && c[1] == ":" && (c[2] == "/" || c[2] == "\\" || lower.dropFirst(2).hasPrefix("%5c"))
    }

    /// The line and column where the link's text first appears after the previous one.
    private static func locate(_ url: String, in doc: Document, from start: inout String.Index) -> SourcePosition {
        let candidates = [url, url.removingPercentEncoding ?? url, (url.removingPercentEncoding ?? url).replacingOccurrences(of: "/", with: "\\")]
        for c in candidates where !c.isEmpty {
            guard let r = doc.markdown.range(of: c, range: start..<doc.markdown.endIndex) ?? doc.markdown.range(of: c) else { continue }
            start = r.upperBound
            let before = doc.markdown[..<r.lowerBound]
            let line = before.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
            return SourcePosition(file: doc.file, line: doc.bodyFirstLine + line, column: column)
        }
        return SourcePosition(file: doc.file, line: doc.bodyFirstLine)
    }
}
