import Foundation
import Glibc
import XCTest

extension RawHTTP {
    /// A question that may wait: the client gives the server `seconds` to answer.
    static func ask(_ target: String, port: Int, seconds: Int) throws -> RawResponse {
        let fd = try RawHTTP.connectLoopback(port: port)
        defer { close(fd) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        try RawHTTP.send(Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8), on: fd)
        return try RawHTTP.parse(RawHTTP.readToEnd(fd))
    }
}

/// The events URL's answer, decoded.
func previewState(_ response: RawResponse) throws -> [String: Any] {
    try XCTUnwrap(JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any], response.text)
}

/// One reply, set by another thread.
final class Answer: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Result<RawResponse, Error>?

    func set(_ result: Result<RawResponse, Error>) {
        condition.lock()
        value = result
        condition.broadcast()
        condition.unlock()
    }

    func peek() -> Result<RawResponse, Error>? {
        condition.lock()
        defer { condition.unlock() }
        return value
    }

    func await(seconds: Double) -> Result<RawResponse, Error>? {
        condition.lock()
        defer { condition.unlock() }
        let until = Date(timeIntervalSinceNow: seconds)
        while value == nil, condition.wait(until: until) {}
        return value
    }
}
