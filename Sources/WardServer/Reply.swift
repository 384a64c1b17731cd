import Glibc

// An Error only so it can be the failure side of `Result` when a request cannot be parsed.
struct HTTPStatus: Error, Sendable, Equatable {
    let code: Int
    let reason: String

    static let ok = HTTPStatus(code: 200, reason: "OK")
    static let movedPermanently = HTTPStatus(code: 301, reason: "Moved Permanently")
    static let found = HTTPStatus(code: 302, reason: "Found")
    static let badRequest = HTTPStatus(code: 400, reason: "Bad Request")
    static let forbidden = HTTPStatus(code: 403, reason: "Forbidden")
    static let notFound = HTTPStatus(code: 404, reason: "Not Found")
    static let methodNotAllowed = HTTPStatus(code: 405, reason: "Method Not Allowed")
    static let requestTimeout = HTTPStatus(code: 408, reason: "Request Timeout")
    static let headerFieldsTooLarge = HTTPStatus(code: 431, reason: "Request Header Fields Too Large")
    static let versionNotSupported = HTTPStatus(code: 505, reason: "HTTP Version Not Supported")
}

/// A regular file opened for one response. The connection that sends it closes it.
struct OpenedFile: Sendable {
    let fd: Int32
    let size: Int
}

enum ReplyBody: Sendable {
    case bytes([UInt8])
    case file(OpenedFile)

    var length: Int {
        switch self {
        case .bytes(let bytes): return bytes.count
        case .file(let file): return file.size
        }
    }
}

/// Everything a connection needs to answer one request.
struct Reply: Sendable {
    var status: HTTPStatus
    var contentType: String
    var body: ReplyBody
    /// Location, Allow: the few headers that only some replies carry.
    var extraHeaders: [(name: String, value: String)] = []

    /// Ward staff read these in a browser tab, so they say what happened in both languages.
    static func message(_ status: HTTPStatus, vi: String, en: String) -> Reply {
        let text = "\(status.code) \(status.reason)\n\n\(vi)\n\(en)\n"
        return Reply(status: status, contentType: "text/plain; charset=utf-8", body: .bytes(Array(text.utf8)))
    }

    static func redirect(_ status: HTTPStatus, to location: String) -> Reply {
        Reply(status: status, contentType: "text/plain; charset=utf-8", body: .bytes([]),
              extraHeaders: [("Location", location)])
    }

    /// The status line and headers. Every reply closes the connection: a preview does not need
    /// keep-alive, and closing keeps request framing trivially correct.
    func head(date: String) -> [UInt8] {
        var text = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
        text += "Date: \(date)\r\n"
        text += "Server: wardkit-preview\r\n"
        text += "Content-Type: \(contentType)\r\n"
        text += "Content-Length: \(body.length)\r\n"
        // A preview must always show the latest build, never a copy the browser kept.
        text += "Cache-Control: no-cache\r\n"
        text += "X-Content-Type-Options: nosniff\r\n"
        for header in extraHeaders {
            text += "\(header.name): \(header.value)\r\n"
        }
        text += "Connection: close\r\n\r\n"
        return Array(text.utf8)
    }
}

enum HTTPDate {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// IMF-fixdate (RFC 9110 §5.6.7), built by hand because strftime's names follow the C locale.
    static func format(_ seconds: time_t) -> String {
        var time = seconds
        var parts = tm()
        gmtime_r(&time, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekdays[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }

    static func now() -> String { format(time(nil)) }
}
