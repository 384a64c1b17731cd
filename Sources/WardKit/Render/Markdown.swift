import CCmarkGFM
import Foundation
import Synchronization

/// cmark-gfm as shipped by Debian (0.29) keeps global state and corrupts output when two
/// threads parse at once, so every call into it goes through this one process-wide lock.
/// The lock is static because the library it guards is itself process-global.
private let cmarkLock = Mutex<Bool>(false)

public struct MarkdownRenderer: Sendable {
    public init() {}

    /// GFM with tables, strikethrough, autolinks, task lists and the tag filter; raw HTML is
    /// dropped (no CMARK_OPT_UNSAFE) so a pasted `<script>` or `<iframe>` never reaches a page.
    /// Headings are re-levelled under the page's own `<h1>` (see `adjust`).
    /// Site-absolute links ("/tien-do/") are re-rooted under the base path for sub-folder deploys.
    public func html(_ markdown: String, basePath: String = "/") -> String {
        cmarkLock.withLock { registered in
            if !registered {
                cmark_gfm_core_extensions_ensure_registered()
                registered = true
            }
            let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_NOBREAKS
            guard let parser = cmark_parser_new(options) else { return "" }
            defer { cmark_parser_free(parser) }
            for name in ["table", "strikethrough", "autolink", "tasklist", "tagfilter"] {
                if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
            }
            markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
            guard let doc = cmark_parser_finish(parser) else { return "" }
            defer { cmark_node_free(doc) }
            adjust(doc, basePath: basePath)
            guard let out = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
            defer { free(out) }
            return String(cString: out)
        }
    }

    /// Every link and image destination of a document, in order, as cmark reads them (so a URL
    /// inside a code span is not one, and reference links are resolved).
    public func links(_ markdown: String) -> [(url: String, isImage: Bool)] {
        cmarkLock.withLock { registered in
            if !registered {
                cmark_gfm_core_extensions_ensure_registered()
                registered = true
            }
            guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8) else { return [] }
            defer { cmark_parser_free(parser) }
            if let ext = cmark_find_syntax_extension("autolink") { cmark_parser_attach_syntax_extension(parser, ext) }
            markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
            guard let doc = cmark_parser_finish(parser) else { return [] }
            defer { cmark_node_free(doc) }
            var out: [(String, Bool)] = []
            walk(doc) { node in
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let raw = cmark_node_get_url(node) {
                    out.append((String(cString: raw), type == CMARK_NODE_IMAGE))
                }
            }
            return out
        }
    }

    /// Headings are re-levelled so the document's highest becomes `<h2>` (the page owns the
    /// `<h1>`), keeping heading order intact whether staff start at `#` or `##`.
    private func adjust(_ doc: OpaquePointer, basePath: String) {
        var top = 6
        walk(doc) { node in
            if cmark_node_get_type(node) == CMARK_NODE_HEADING { top = min(top, Int(cmark_node_get_heading_level(node))) }
        }
        let shift = 2 - top
        walk(doc) { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                cmark_node_set_heading_level(node, Int32(min(max(Int(cmark_node_get_heading_level(node)) + shift, 2), 6)))
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let raw = cmark_node_get_url(node) {
                let url = String(cString: raw)
                if url.hasPrefix("/") && !url.hasPrefix("//") && basePath != "/" {
                    cmark_node_set_url(node, basePath + url.dropFirst())
                }
            }
        }
    }

    private func walk(_ doc: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        guard let iter = cmark_iter_new(doc) else { return }
        defer { cmark_iter_free(iter) }
        while true {
            let ev = cmark_iter_next(iter)
            if ev == CMARK_EVENT_DONE { break }
            guard ev == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
            visit(node)
        }
    }
}
