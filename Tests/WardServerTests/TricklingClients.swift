import Dispatch
import Foundation
import Glibc

/// Clients that open a request and send one more header byte every 300 ms, never ending the
/// head: the load under which both the plain server and the live preview must keep answering.
final class TricklingClients {
    let fds: [Int32]
    private let release = DispatchSemaphore(value: 0)
    private let released = DispatchSemaphore(value: 0)

    init(_ count: Int, port: Int) throws {
        let fds = try (0..<count).map { _ in try RawHTTP.connectLoopback(port: port) }
        self.fds = fds
        for fd in fds { try RawHTTP.send(Array("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ".utf8), on: fd) }
        let release = release, released = released
        Thread {
            while release.wait(timeout: .now() + .milliseconds(300)) == .timedOut {
                for fd in fds {
                    var byte = UInt8(ascii: "a")
                    _ = send(fd, &byte, 1, Int32(MSG_NOSIGNAL))
                }
            }
            released.signal()
        }.start()
    }

    /// How many the server still holds open: a read finds neither data nor the end.
    var stillOpen: Int {
        fds.filter { fd in
            var byte: UInt8 = 0
            return recv(fd, &byte, 1, Int32(MSG_DONTWAIT)) < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)
        }.count
    }

    /// Stops the trickle, then hangs up.
    func stop() {
        release.signal()
        released.wait()
        fds.forEach { close($0) }
    }
}
