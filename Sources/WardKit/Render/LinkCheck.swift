import Foundation

/// Records every relative `href`/`src` of the rendered pages and checks, at the end, that each
/// resolves to a file the build wrote. Only targets not yet written are kept (not pages, not
/// links to what is already there), so a province does not hold a second copy of its paths.
final class LinkCheck: @unchecked Sendable {
    private let lock = AdaptiveLock()
    private var targets: [String: String] = [:]   // resolved target not yet written → first page linking to it
    /// By path id (the build's `OutputPaths`, shared with the gate and the staged output).
    private let paths: OutputPaths
    private var written = PathColumn<Bool>(absent: false)
    /// Targets of links staff wrote in Markdown, with where they wrote them.
    private var expected: [String: (link: String, position: SourcePosition)] = [:]

    init(paths: OutputPaths = OutputPaths()) { self.paths = paths }

    /// Under `lock`.
    private func isWritten(_ path: String) -> Bool { paths.existing(path).map { written[$0] } ?? false }

    func expect(_ target: String, link: String, at position: SourcePosition) {
        lock.lock(); if expected[target] == nil { expected[target] = (link, position) }; lock.unlock()
    }

    func wrote(_ path: String) {
        let id = paths.id(path)
        lock.lock()
        written[id] = true
        if targets.removeValue(forKey: path) != nil, targets.capacity > 4096, targets.count * 8 < targets.capacity {
            // A province's group pages link their print pages, rendered after them: some 400,000
            // targets wait, then go. Their emptied table is given back before the build's end.
            targets = Dictionary(uniqueKeysWithValues: targets.map { ($0.key, $0.value) })
        }
        lock.unlock()
    }

    func record(page: String, html: String) {
        var found: [String] = []
        for v in Self.linkValues(html) {
            if v.isEmpty || v.hasPrefix("#") || v.utf8.contains(0x3A) || v.hasPrefix("//") || v.hasPrefix("/") { continue }
            found.append(Self.resolve(v, from: page))
        }
        lock.lock()
        for t in found where targets[t] == nil && !isWritten(t) { targets[t] = page }
        lock.unlock()
    }

    /// Values of `href="…"` and `src="…"`, found in one pass over the UTF-8 bytes (a regex per
    /// match re-bridges the whole page on Linux, which made this quadratic in page size).
    static func linkValues(_ html: String) -> [String] {
        var html = html
        html.makeContiguousUTF8()
        return html.utf8.withContiguousStorageIfAvailable(linkValues)!
    }

    /// On the page's own bytes: copying them into an array first cost as much as the scan.
    /// Found from the «="» of each value, looking back for «href» or «src»: one comparison per
    /// byte of the page instead of a branch on every «h» and «s» of its text. A marker inside a
    /// value already read is not one (`resume`), as when the page was read left to right.
    private static func linkValues(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var out: [String] = []
        var i = 0, resume = 0
        @inline(__always) func before(_ pattern: StaticString, _ e: Int) -> Bool {
            let n = pattern.utf8CodeUnitCount, start = e - n
            guard start >= resume else { return false }
            let p = pattern.utf8Start
            for k in 0..<n where bytes[start + k] != p[k] { return false }
            return true
        }
        guard let base = bytes.baseAddress else { return out }
        while i + 1 < bytes.count {
            // The next «=» by memchr, which passes over the text between markers many bytes at a
            // time; the byte-by-byte loop it replaces was most of the link check.
            guard let eq = memchr(base + i, 0x3D, bytes.count - 1 - i) else { break }
            i = base.distance(to: eq.assumingMemoryBound(to: UInt8.self))
            guard bytes[i + 1] == UInt8(ascii: "\""), before("href", i) || before("src", i) else {
                i += 1
                continue
            }
            let start = i + 2
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\"") { end += 1 }
            out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            i = end
            resume = end
        }
        return out
    }

    static func resolve(_ link: String, from page: String) -> String {
        // Every link of every page passes here: a plain relative link (no fragment, no query)
        // is resolved on the bytes, anything else by the general rule below.
        if !link.utf8.contains(where: { $0 == 0x23 || $0 == 0x3F }) { return resolvePlain(link, from: page) }
        // Substrings throughout: every link of every page passes here.
        var parts = page.split(separator: "/").dropLast() as ArraySlice<Substring>
        let clean = link.split(separator: "#", maxSplits: 1).first ?? link[...]
        let path = clean.split(separator: "?", maxSplits: 1).first ?? clean
        for seg in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch seg {
            case "..": _ = parts.popLast()
            case ".", "": continue
            default: parts.append(seg)
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasSuffix("/") || path.isEmpty ? (joined.isEmpty ? "index.html" : joined + "/index.html") : joined
    }

    /// `resolve` for a link without «#» or «?»: the page's folders, then the link's segments
    /// («..» goes up, «.» and empty segments stay), joined with «/».
    private static func resolvePlain(_ link: String, from page: String) -> String {
        var link = link, page = page
        link.makeContiguousUTF8()
        page.makeContiguousUTF8()
        return link.utf8.withContiguousStorageIfAvailable { l in
            page.utf8.withContiguousStorageIfAvailable { p in resolvePlain(l, from: p) }
        }!!
    }

    /// On the bytes: Substring splits of the page and the link cost more than the rest of the
    /// link check, for every link of every page.
    private static func resolvePlain(_ link: UnsafeBufferPointer<UInt8>, from page: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(page.count + link.count + 11)
        var starts: [Int] = []
        starts.reserveCapacity(16)
        func push(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) {
            starts.append(out.count)
            if !out.isEmpty { out.append(0x2F) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[r]))
        }
        // The page's non-empty segments but its last (the file).
        var pending: Range<Int>?
        var i = 0
        while i <= page.count {
            var j = i
            while j < page.count && page[j] != 0x2F { j += 1 }
            if j > i {
                if let f = pending { push(page, f) }
                pending = i..<j
            }
            i = j + 1
        }
        i = 0
        while i <= link.count {
            var j = i
            while j < link.count && link[j] != 0x2F { j += 1 }
            let n = j - i
            if n == 2 && link[i] == 0x2E && link[i + 1] == 0x2E {
                if let s = starts.popLast() { out.removeSubrange(s...) }
            } else if n > 0 && !(n == 1 && link[i] == 0x2E) {
                push(link, i..<j)
            }
            i = j + 1
        }
        if link.isEmpty || link[link.count - 1] == 0x2F {
            out.append(contentsOf: out.isEmpty ? "index.html".utf8 : "/index.html".utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

    func broken() -> [Diagnostic] {
        lock.lock(); defer { lock.unlock() }
        let fromMarkdown = expected.filter { !isWritten($0.key) }.sorted { $0.value.position < $1.value.position }.map { (_, e) in
            Diagnostic(e.position, vi: "liên kết «\(e.link)» không dẫn tới trang nào của trang web; hãy sửa đường dẫn",
                       en: "the link «\(e.link)» leads to no page of the site; fix the address")
        }
        let generated = targets.filter { !isWritten($0.key) && expected[$0.key] == nil }.sorted { $0.key < $1.key }.map { (target, page) in
            Diagnostic(SourcePosition(file: "public/\(page)", line: 1),
                       vi: "liên kết hỏng tới «\(target)»", en: "broken link to «\(target)»")
        }
        return fromMarkdown + generated
    }
}
