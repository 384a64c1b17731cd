import Glibc

/// The preview-only part of `wardkit serve`: two URLs under the base path, `__wardkit/events`
/// (long-poll: answers when a build or a failed rebuild happens, or after `longPoll`) and
/// `__wardkit/preview.js` (the script that asks it), and a `<script>` tag added to every HTML
/// reply on its way out. Nothing is ever written into the served folder.
struct LivePreview: Sendable {
    let events: PreviewEvents
    /// As the server was given it: "/" or "/khong-ma-tuy/".
    let basePath: String

    /// How long a page's question waits for news before it is answered "nothing new".
    let longPoll: Duration

    static let folder = "__wardkit"
    /// HTML larger than this is sent as it is, without the script, rather than read into memory.
    static let largestInjected = 16 << 20

    /// The reply for a preview URL (segments below the base path), or nil for any other URL.
    func reply(to inside: [String], query: String) -> Reply? {
        guard inside.count == 2, inside[0] == LivePreview.folder else { return nil }
        switch inside[1] {
        case "preview.js":
            return Reply(status: .ok, contentType: "text/javascript; charset=utf-8", body: .bytes(Array(PreviewScript.source.utf8)))
        case "events":
            return Reply(status: .ok, contentType: "application/json; charset=utf-8", body: .bytes(Array(eventJSON(query).utf8)))
        default:
            return nil
        }
    }

    private func eventJSON(_ query: String) -> String {
        let since = LivePreview.parameter("since", in: query).flatMap { Int($0) }
        let (state, waited) = since.map { events.wait(forChangeFrom: $0, timeout: longPoll) } ?? (events.current, true)
        var fields = [
            "\"instance\":\(JSONText.string(events.instance))",
            "\"generation\":\(state.generation)",
            "\"ok\":\(state.failure == nil)",
            // When the page could not wait here, it waits on its own before asking again.
            "\"retry\":\(waited ? 0 : 2000)",
        ]
        if let failure = state.failure {
            fields += [
                "\"lang\":\(JSONText.string(failure.language))",
                "\"title\":\(JSONText.string(failure.title))",
                "\"errors\":[\(failure.messages.map(JSONText.string).joined(separator: ","))]",
                "\"note\":\(JSONText.string(failure.note))",
                "\"dismiss\":\(JSONText.string(failure.dismiss))",
            ]
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func parameter(_ name: String, in query: String) -> String? {
        for pair in query.drop(while: { $0 == "?" }).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.first.map(String.init) == name { return parts.count > 1 ? String(parts[1]) : "" }
        }
        return nil
    }

    /// The tag names the build the page was made from, so the script can tell a newer one.
    func scriptTag(generation: Int) -> String {
        let src = RequestTarget.percentEncodedPath(basePath + LivePreview.folder + "/preview.js")
        return "<script src=\"\(src)\" data-generation=\"\(generation)\" data-instance=\"\(events.instance)\" defer></script>"
    }

    /// Before the last `</body>`, or at the end of a page that has none.
    func inject(into html: [UInt8], generation: Int) -> [UInt8] {
        let tag = Array(scriptTag(generation: generation).utf8)
        guard let at = LivePreview.lastBodyEnd(html) else { return html + tag }
        return Array(html[..<at]) + tag + Array(html[at...])
    }

    private static func lastBodyEnd(_ html: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        var index = html.count - needle.count
        while index >= 0 {
            if html[index] == UInt8(ascii: "<"),
               zip(html[index..<(index + needle.count)], needle).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) { return index }
            index -= 1
        }
        return nil
    }

    /// The page's bytes with the script added; nil when the file should be sent untouched.
    func injected(file: OpenedFile, generation: Int) -> [UInt8]? {
        guard file.size <= LivePreview.largestInjected else { return nil }
        var bytes = [UInt8](repeating: 0, count: file.size)
        var filled = 0
        while filled < file.size {
            let count = bytes.withUnsafeMutableBytes { read(file.fd, $0.baseAddress! + filled, file.size - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        return inject(into: Array(bytes[..<filled]), generation: generation)
    }

    /// Where the site has no 404.html: a page rather than plain text, so the script runs there too
    /// (after a first build that failed, every URL is such a page until the site exists).
    func notFoundPage(generation: Int) -> Reply {
        let html = """
        <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">\
        <title>404</title></head><body><h1>404</h1><p>Không tìm thấy trang này.</p><p lang="en">This page does not exist.</p></body></html>
        """
        return Reply(status: .notFound, contentType: "text/html; charset=utf-8",
                     body: .bytes(inject(into: Array(html.utf8), generation: generation)))
    }
}

/// JSON string literals that are also safe inside HTML: `<`, `>`, `&` and the two line separators
/// JavaScript once treated as line ends are escaped as well.
enum JSONText {
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}", "\u{7F}":
                out += hex(scalar.value)
            default:
                if scalar.value < 0x20 { out += hex(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }
}
