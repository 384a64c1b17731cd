import Foundation

/// Small, linear scans over generated markup, on UTF-8 bytes. The output is ours (well-formed,
/// from templates), so a scanner that understands tags and quotes is enough — no HTML parser
/// needed, and no String indexing. What a reader sees is read by WardPrivacy (`.markup`).
enum MarkupText {
    private static let markers = ["src=\"", "src='", "url(", "@import \"", "srcset=\"", "data=\"", "href=\""].map { Array($0.utf8) }
    private static let linkTag = Array("<link".utf8), loadRels = ["stylesheet", "preload", "icon"].map { Array($0.utf8) }
    private static let http = Array("http://".utf8), https = Array("https://".utf8), slashes = Array("//".utf8)

    /// `src=`, `srcset=`, `data=`, CSS `url(` / `@import` and `<link rel=stylesheet|preload|icon>`
    /// values that point at another host. `<a href>` and canonical links are not loads.
    static func externalLoads(_ s: String, allowedPrefix: String) -> [(Int, Int, String)] {
        var s = s
        s.makeContiguousUTF8()   // a native string already is: no copy
        return s.utf8.withContiguousStorageIfAvailable { externalLoads($0, allowedPrefix: allowedPrefix) } ?? []
    }

    /// On the page's own bytes, with the patterns built once: this runs over every page.
    private static func externalLoads(_ bytes: UnsafeBufferPointer<UInt8>, allowedPrefix: String) -> [(Int, Int, String)] {
        var out: [(Int, Int, String)] = []
        let allowed = Array(allowedPrefix.utf8)
        let markers = Self.markers, hrefMarker = markers.count - 1
        var line = 1, lineStart = 0, lastLinkTag = -1
        var i = 0
        @inline(__always) func at(_ p: [UInt8], _ i: Int) -> Bool {
            // The second byte first: most «s», «d», «h» of a page's text are not followed by
            // their marker's, and the whole comparison is skipped.
            guard i + p.count <= bytes.count, bytes[i + 1] == p[1] else { return false }
            return p.withUnsafeBufferPointer { p in
                for k in 2..<p.count where bytes[i + k] != p[k] { return false }
                return true
            }
        }
        @inline(__always) func starts(_ v: Range<Int>, _ p: [UInt8]) -> Bool {
            guard v.count >= p.count else { return false }
            for k in 0..<p.count where bytes[v.lowerBound + k] != p[k] { return false }
            return true
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") { line += 1; lineStart = i + 1; i += 1; continue }
            if b == UInt8(ascii: "<"), at(linkTag, i) { lastLinkTag = i }
            // Each marker by its first byte: «s», «d», «h» are common letters of the text.
            let found: Int?
            switch b {
            case UInt8(ascii: "s"): found = at(markers[0], i) ? 0 : at(markers[1], i) ? 1 : at(markers[4], i) ? 4 : nil
            case UInt8(ascii: "u"): found = at(markers[2], i) ? 2 : nil
            case UInt8(ascii: "@"): found = at(markers[3], i) ? 3 : nil
            case UInt8(ascii: "d"): found = at(markers[5], i) ? 5 : nil
            case UInt8(ascii: "h"): found = at(markers[6], i) ? 6 : nil
            default: found = nil
            }
            guard let m = found else { i += 1; continue }
            var v = i + markers[m].count
            while v < bytes.count && (bytes[v] == UInt8(ascii: "\"") || bytes[v] == UInt8(ascii: "'")) { v += 1 }
            var end = v
            while end < bytes.count {
                let c = bytes[end]
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: ")") || c == UInt8(ascii: " ") || c == UInt8(ascii: ">") { break }
                end += 1
            }
            let value = v..<end
            let external = starts(value, http) || starts(value, https) || starts(value, slashes)
            var isLoad = true
            if external && m == hrefMarker {
                // href loads only inside <link rel="stylesheet|preload|icon" …>.
                var tagEnd = i
                while tagEnd < bytes.count && bytes[tagEnd] != UInt8(ascii: ">") { tagEnd += 1 }
                var lastClose = i - 1
                while lastClose >= 0 && bytes[lastClose] != UInt8(ascii: ">") { lastClose -= 1 }
                let inLink = lastLinkTag >= 0 && lastLinkTag > lastClose
                isLoad = inLink && loadRels.contains { r in (lastLinkTag..<tagEnd).contains { k in starts(k..<tagEnd, r) } }
            }
            if external && isLoad && !starts(value, allowed) {
                out.append((line, i - lineStart + 1, String(decoding: UnsafeBufferPointer(rebasing: bytes[value]), as: UTF8.self)))
            }
            i = end
        }
        return out
    }
}
