/// The request line and headers of one request; bodies are never read because only GET and HEAD
/// are served.
struct RequestHead: Sendable, Equatable {
    let method: String
    /// Raw bytes as sent; decoded later by `RequestTarget`, which knows what is allowed.
    let target: [UInt8]
    let minorVersion: Int
    /// Names lower-cased; values with surrounding blanks removed.
    let headers: [Header]

    struct Header: Sendable, Equatable {
        let name: String
        let value: String
    }

    /// Parses everything before the blank line. Strict where leniency would let a malformed request
    /// be read two ways, lenient (bare LF line ends) where browsers and curl never disagree.
    static func parse(_ bytes: ArraySlice<UInt8>) -> Result<RequestHead, HTTPStatus> {
        var lines = bytes.split(separator: lineFeed, omittingEmptySubsequences: false).map { line in
            line.last == carriageReturn ? line.dropLast() : line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first, !lines.contains(where: { $0.contains(carriageReturn) }) else {
            return .failure(.badRequest)
        }
        let parts = requestLine.split(separator: space, omittingEmptySubsequences: false)
        guard parts.count == 3, isToken(parts[0]), isTarget(parts[1]) else { return .failure(.badRequest) }
        let minor: Int
        switch version(parts[2]) {
        case .success(let value): minor = value
        case .failure(let status): return .failure(status)
        }

        var headers: [Header] = []
        for line in lines.dropFirst() {
            // A line starting with a blank is obsolete line folding (RFC 9112 §5.2): refused
            // rather than guessed at.
            guard let colon = line.firstIndex(of: colonByte), isToken(line[..<colon]) else {
                return .failure(.badRequest)
            }
            let value = line[(colon + 1)...].trimmingBlanks()
            guard !value.contains(where: { $0 < 0x20 && $0 != tab || $0 == 0x7F }) else { return .failure(.badRequest) }
            headers.append(Header(name: String(decoding: line[..<colon], as: UTF8.self).lowercased(),
                                  value: String(decoding: value, as: UTF8.self)))
        }
        // RFC 9112 §3.2: an HTTP/1.1 request without exactly one Host is answered with 400.
        if minor >= 1, headers.filter({ $0.name == "host" }).count != 1 { return .failure(.badRequest) }
        return .success(RequestHead(method: String(decoding: parts[0], as: UTF8.self), target: Array(parts[1]),
                                    minorVersion: minor, headers: headers))
    }

    private static func version(_ bytes: ArraySlice<UInt8>) -> Result<Int, HTTPStatus> {
        let text = Array(bytes)
        guard text.count == 8, text.starts(with: Array("HTTP/".utf8)), text[6] == UInt8(ascii: "."),
              isDigit(text[5]), isDigit(text[7]) else { return .failure(.badRequest) }
        guard text[5] == UInt8(ascii: "1") else { return .failure(.versionNotSupported) }
        return .success(Int(text[7] - UInt8(ascii: "0")))
    }

    /// RFC 9110 §5.6.2 tchar.
    private static func isToken(_ bytes: ArraySlice<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { byte in
            isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                || "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// Visible ASCII, plus raw UTF-8 that curl sends for unencoded Vietnamese paths. Blanks and
    /// control bytes never belong in a target, and refusing them keeps them out of Location headers.
    private static func isTarget(_ bytes: ArraySlice<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { $0 > 0x20 && $0 != 0x7F }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}

private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let colonByte = UInt8(ascii: ":")

extension ArraySlice<UInt8> {
    fileprivate func trimmingBlanks() -> ArraySlice<UInt8> {
        let isBlank: (UInt8) -> Bool = { $0 == space || $0 == tab }
        guard let start = firstIndex(where: { !isBlank($0) }), let end = lastIndex(where: { !isBlank($0) }) else {
            return []
        }
        return self[start...end]
    }
}
