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
        // Every marker holds a byte below «A» («=», «(», «@»), as do «<» and the newline: the
        // letters of the text (most of a page) are passed over with one comparison. A marker is
        // found from that byte, looking back to where it starts; `resume` keeps the rule that a
        // marker inside a value already read is not one (the value's bytes are skipped).
        var resume = 0
        @inline(__always) func before(_ p: StaticString, _ e: Int) -> Int? {
            let n = p.utf8CodeUnitCount, start = e - n
            guard start >= resume else { return nil }
            let q = p.utf8Start
            for k in 0..<n where bytes[start + k] != q[k] { return nil }
            return start
        }
        while i < bytes.count {
            let b = bytes[i]
            if b > UInt8(ascii: "@") { i += 1; continue }
            if b == UInt8(ascii: "\n") { line += 1; lineStart = i + 1; i += 1; continue }
            let found: Int?
            var markerStart = i
            switch b {
            case UInt8(ascii: "<"):
                if at("<link", i) { lastLinkTag = i }
                found = nil
            case UInt8(ascii: "="):
                let q = i + 1 < bytes.count ? bytes[i + 1] : 0
                if let p = before("src", i), q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
                    markerStart = p; found = q == UInt8(ascii: "\"") ? 0 : 1
                } else if q == UInt8(ascii: "\""), let p = before("srcset", i) {
                    markerStart = p; found = 4
                } else if q == UInt8(ascii: "\""), let p = before("data", i) {
                    markerStart = p; found = 5
                } else if q == UInt8(ascii: "\""), let p = before("href", i) {
                    markerStart = p; found = 6
                } else {
                    found = nil
                }
            case UInt8(ascii: "("):
                if let p = before("url", i) { markerStart = p; found = 2 } else { found = nil }
            case UInt8(ascii: "@"): found = at("@import \"", i) ? 3 : nil
            default: found = nil
            }
            guard let m = found else { i += 1; continue }
            i = markerStart
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
            resume = end
        }
        return out
    }
}
