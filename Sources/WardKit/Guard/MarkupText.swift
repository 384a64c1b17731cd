import Foundation

/// Small, linear scans over generated markup, on UTF-8 bytes. The output is ours (well-formed,
/// from templates), so a scanner that understands tags and quotes is enough — no HTML parser
/// needed, and no String indexing. What a reader sees is read by WardPrivacy (`.markup`).
enum MarkupText {
    /// `src="`, `src='`, `url(`, `@import "`, `srcset="`, `data="`, `href="`, matched in the loop.
    private static let markerLengths = [5, 5, 4, 9, 8, 6, 6]
    private static let loadRels = ["stylesheet", "preload", "icon"].map { Array($0.utf8) }
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
        let markerLengths = Self.markerLengths, hrefMarker = 6
        var line = 1, lineStart = 0, lastLinkTag = -1
        var i = 0
        // Static strings, not an array of patterns: fetching an array out of an array retained
        // and released it for every «s», «d» and «h» of the page.
        @inline(__always) func at(_ p: StaticString, _ i: Int) -> Bool {
            let n = p.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            let q = p.utf8Start
            for k in 1..<n where bytes[i + k] != q[k] { return false }
            return true
        }
        @inline(__always) func starts(_ v: Range<Int>, _ p: [UInt8]) -> Bool {
            guard v.count >= p.count else { return false }
            for k in 0..<p.count where bytes[v.lowerBound + k] != p[k] { return false }
            return true
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") { line += 1; lineStart = i + 1; i += 1; continue }
            // Each marker by its first byte: «s», «d», «h» are common letters of the text.
            let found: Int?
            switch b {
            case UInt8(ascii: "<"):
                if at("<link", i) { lastLinkTag = i }
                found = nil
            case UInt8(ascii: "s"): found = at("src=\"", i) ? 0 : at("src='", i) ? 1 : at("srcset=\"", i) ? 4 : nil
            case UInt8(ascii: "u"): found = at("url(", i) ? 2 : nil
            case UInt8(ascii: "@"): found = at("@import \"", i) ? 3 : nil
            case UInt8(ascii: "d"): found = at("data=\"", i) ? 5 : nil
            case UInt8(ascii: "h"): found = at("href=\"", i) ? 6 : nil
            default: found = nil
            }
            guard let m = found else { i += 1; continue }
            var v = i + markerLengths[m]
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
