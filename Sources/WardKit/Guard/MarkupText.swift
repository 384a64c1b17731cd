import Foundation

/// Small, linear scans over generated markup, on UTF-8 bytes. The output is ours (well-formed,
/// from templates), so a scanner that understands tags, quotes and comments is enough — no HTML
/// parser needed, and no String indexing (which made earlier versions the slowest build step).
enum MarkupText {
    /// Attributes whose values are geometry or machine data, not text a person could be named in.
    private static let opaqueAttributes: Set<[UInt8]> = Set(["d", "points", "viewbox", "x", "y", "x1", "x2", "y1", "y2", "width",
                                                             "height", "transform", "class", "id", "style", "integrity"].map { Array($0.utf8) })

    /// The file with markup replaced by spaces (newlines kept): text nodes and meaningful
    /// attribute values stay on their original line.
    static func readableView(_ s: String) -> String {
        let space = UInt8(ascii: " "), nl = UInt8(ascii: "\n")
        var out = Array(s.utf8)
        var inTag = false, inComment = false, quote: UInt8 = 0, keep = true
        var name: [UInt8] = [], lastAttr: [UInt8] = []
        var i = 0
        while i < out.count {
            let c = out[i]
            defer { i += 1 }
            if c == nl { continue }
            if inComment {
                if c == UInt8(ascii: ">") && i >= 2 && out[i - 1] == UInt8(ascii: "-") && out[i - 2] == UInt8(ascii: "-") { inComment = false }
                out[i] = space
                continue
            }
            if !inTag {
                if c == UInt8(ascii: "<") {
                    inComment = i + 3 < out.count && out[i + 1] == UInt8(ascii: "!") && out[i + 2] == UInt8(ascii: "-") && out[i + 3] == UInt8(ascii: "-")
                    inTag = !inComment
                    name = []; lastAttr = []
                    out[i] = space
                }
                continue
            }
            if quote != 0 {
                if c == quote { quote = 0; out[i] = space } else if !keep { out[i] = space }
                continue
            }
            switch c {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                quote = c
                keep = !opaqueAttributes.contains(lastAttr)
            case UInt8(ascii: ">"): inTag = false
            case UInt8(ascii: "="): lastAttr = name.map { $0 | 0x20 }; name = []
            case space, UInt8(ascii: "\t"), UInt8(ascii: "/"): name = []
            default: name.append(c)
            }
            out[i] = space
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `src=`, `srcset=`, `data=`, CSS `url(` / `@import` and `<link rel=stylesheet|preload|icon>`
    /// values that point at another host. `<a href>` and canonical links are not loads.
    static func externalLoads(_ s: String, allowedPrefix: String) -> [(Int, Int, String)] {
        var out: [(Int, Int, String)] = []
        let bytes = Array(s.utf8)
        let allowed = Array(allowedPrefix.utf8)
        let markers = ["src=\"", "src='", "url(", "@import \"", "srcset=\"", "data=\"", "href=\""].map { Array($0.utf8) }
        var line = 1, lineStart = 0, lastLinkTag = -1
        var i = 0
        func at(_ p: [UInt8], _ i: Int) -> Bool {
            guard i + p.count <= bytes.count else { return false }
            for k in 0..<p.count where bytes[i + k] != p[k] { return false }
            return true
        }
        let linkTag = Array("<link".utf8), loadRels = ["stylesheet", "preload", "icon"].map { Array($0.utf8) }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\n") { line += 1; lineStart = i + 1; i += 1; continue }
            if at(linkTag, i) { lastLinkTag = i }
            // Every marker starts with one of these bytes; checking first keeps the scan cheap.
            let b = bytes[i]
            guard b == UInt8(ascii: "s") || b == UInt8(ascii: "u") || b == UInt8(ascii: "@") || b == UInt8(ascii: "d") || b == UInt8(ascii: "h"),
                  let m = markers.first(where: { at($0, i) }) else { i += 1; continue }
            var v = i + m.count
            while v < bytes.count && (bytes[v] == UInt8(ascii: "\"") || bytes[v] == UInt8(ascii: "'")) { v += 1 }
            var end = v
            while end < bytes.count && !"\"') >".utf8.contains(bytes[end]) { end += 1 }
            let value = Array(bytes[v..<end])
            let external = value.starts(with: Array("http://".utf8)) || value.starts(with: Array("https://".utf8)) || value.starts(with: Array("//".utf8))
            var isLoad = true
            if m == markers.last! {
                // href loads only inside <link rel="stylesheet|preload|icon" …>.
                let tagEnd = bytes[i...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
                let tag = lastLinkTag >= 0 && lastLinkTag > (bytes[..<i].lastIndex(of: UInt8(ascii: ">")) ?? -1) ? Array(bytes[lastLinkTag..<tagEnd]) : []
                isLoad = !tag.isEmpty && loadRels.contains { r in tag.indices.contains { k in tag[k...].starts(with: r) } }
            }
            if external && isLoad && !value.starts(with: allowed) {
                out.append((line, i - lineStart + 1, String(decoding: value, as: UTF8.self)))
            }
            i = end
        }
        return out
    }
}
