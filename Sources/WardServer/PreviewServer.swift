import Foundation
import Glibc

/// A static-file HTTP/1.1 server for previewing a built site on this machine. It is not meant for
/// publishing: it binds to loopback by default, serves GET and HEAD only, and closes each
/// connection after one reply.
public struct PreviewServer: Sendable {
    public let root: URL
    public let host: String
    public let port: Int
    /// Always starts and ends with "/".
    public let basePath: String
    /// One line per request on standard error.
    public let log: Bool
    public let deadlines: ConnectionDeadlines
    /// The live preview (`wardkit serve`): pages get a script that reloads them after each build
    /// announced here, and shows a failed rebuild's errors. nil serves the files as they are.
    public let preview: PreviewEvents?
    /// How long the preview's question waits for news before it is answered "nothing new"; its
    /// wait sends nothing, so the idle deadline, which bounds silence on the wire, never cuts it.
    public let longPoll: Duration

    /// root: the folder to serve (e.g. site/public). basePath: the URL prefix under which it is
    /// served ("/" or "/khong-ma-tuy/"); a missing leading or trailing slash is added.
    public init(root: URL, host: String = "127.0.0.1", port: Int = 8000, basePath: String = "/", log: Bool = false,
                deadlines: ConnectionDeadlines = .standard, preview: PreviewEvents? = nil, longPoll: Duration = .seconds(25)) {
        self.root = root
        self.host = host
        self.port = port
        self.basePath = PreviewServer.normalized(basePath)
        self.log = log
        self.deadlines = deadlines
        self.preview = preview
        self.longPoll = longPoll
    }

    /// Binds and listens. Returns once the port is open, so requests can be sent right away; the
    /// returned server's `port` is the one actually bound (port 0 picks a free one).
    public func start() throws(ServerError) -> RunningServer {
        let site = try self.site()
        let listener = try Listener.open(host: host, port: port)
        var pipeFDs: [Int32] = [0, 0]
        // Glibc's Swift overlay lacks pipe2, so close-on-exec is set afterwards.
        guard pipe(&pipeFDs) == 0 else {
            let code = errno
            close(listener.fd)
            throw .systemFailure("pipe()", errno: code)
        }
        for fd in pipeFDs { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        // IPv6 literals go in brackets, and a zone's "%" is escaped (RFC 6874).
        let hostInURL = host.contains(":") ? "[\(host.replacingOccurrences(of: "%", with: "%25"))]" : host
        let url = URL(string: "http://\(hostInURL):\(listener.port)\(RequestTarget.percentEncodedPath(basePath))")
            ?? URL(fileURLWithPath: "/")
        return RunningServer(listener: listener, wakePipe: (pipeFDs[0], pipeFDs[1]),
                             site: site, url: url, log: log, deadlines: deadlines, preview: preview)
    }

    /// The status code this server would answer `request` with, request bytes exactly as a client
    /// sends them (the head is framed, parsed and answered as on a socket, files opened and
    /// closed again); nil while the bytes hold no complete head. For fuzzing and tests of the
    /// whole request path without a network.
    public func status(forRequest request: [UInt8]) throws(ServerError) -> Int? {
        let site = try self.site()
        var framer = HeadFramer(limit: Connection.headLimit)
        let reply: Reply
        switch framer.append(request) {
        case nil: return nil
        case .tooLarge: reply = .error(.headerFieldsTooLarge)
        case .head(let head): reply = Connection.reply(to: head, site: site).0
        }
        if case .file(let file) = reply.body { close(file.fd) }
        return reply.status.code
    }

    private func site() throws(ServerError) -> Site {
        let segments = basePath.split(separator: "/").map(String.init)
        guard !segments.contains(where: { $0 == "." || $0 == ".." || $0.contains(where: "?#%".contains) }) else {
            throw .invalidBasePath(basePath)
        }
        let rootPath = root.withUnsafeFileSystemRepresentation { $0.map { String(cString: $0) } } ?? ""
        var info = stat()
        guard let canonicalRoot = canonicalPath(rootPath), stat(canonicalRoot, &info) == 0,
              info.st_mode & S_IFMT == S_IFDIR else { throw .missingRoot(rootPath) }
        return Site(rootPath: canonicalRoot, baseSegments: segments,
                    preview: preview.map { LivePreview(events: $0, basePath: basePath, longPoll: longPoll) })
    }

    private static func normalized(_ basePath: String) -> String {
        let inner = basePath.split(separator: "/").joined(separator: "/")
        return inner.isEmpty ? "/" : "/\(inner)/"
    }
}
