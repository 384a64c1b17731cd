import Foundation

/// Small, linear scans over generated markup, on UTF-8 bytes. The output is ours (well-formed,
/// from templates), so a scanner that understands tags and quotes is enough — no HTML parser
/// needed, and no String indexing. What a reader sees is read by WardPrivacy (`.markup`).
enum MarkupText {
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
