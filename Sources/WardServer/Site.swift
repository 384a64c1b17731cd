import Glibc

/// The folder being served and the URL prefix it is served under; turns a request into a reply.
struct Site: Sendable {
    /// Canonical (realpath) form, so containment can be checked by prefix on canonical paths.
    let rootPath: String
    /// "/khong-ma-tuy/" as ["khong-ma-tuy"]; [] when served at "/".
    let baseSegments: [String]
    /// Set by `wardkit serve` only: its two URLs are answered and HTML pages get its script.
    var preview: LivePreview? = nil

    func reply(to head: RequestHead) -> Reply {
        guard head.method == "GET" || head.method == "HEAD" else { return .error(.methodNotAllowed) }
        guard let target = RequestTarget.parse(head.target) else { return .error(.badRequest) }
        guard target.segments.starts(with: baseSegments, by: sameBytes) else {
            // The bare host is what people type, so it leads to the site rather than to a 404.
            if target.segments.isEmpty { return .redirect(.found, to: urlPath(baseSegments, folder: true) + target.query) }
            return notFound()
        }
        let inside = Array(target.segments.dropFirst(baseSegments.count))
        if let preview, let reply = preview.reply(to: inside, query: target.query) { return reply }
        // Read before any file is opened: a build swapped in after this makes the page reload
        // once more than needed, never once too few.
        let generation = preview?.events.current.generation ?? 0
        return withPreviewScript(pageReply(inside, target), generation: generation)
    }

    private func pageReply(_ inside: [String], _ target: RequestTarget) -> Reply {
        switch locate(inside) {
        case .none:
            return notFound()
        case .directory:
            // Without the slash the page's relative links would resolve against the parent folder.
            guard target.hasTrailingSlash else {
                return .redirect(.movedPermanently, to: urlPath(target.segments, folder: true) + target.query)
            }
            guard case .file(let index) = locate(inside + ["index.html"]) else { return notFound() }
            return serve(index, status: .ok, name: "index.html")
        case .file(let path):
            guard !target.hasTrailingSlash else { return notFound() }
            return serve(path, status: .ok, name: inside.last ?? "")
        }
    }

    /// HTML on its way out gets the live preview's script; the file on disk is never touched.
    private func withPreviewScript(_ reply: Reply, generation: Int) -> Reply {
        guard let preview, reply.contentType.hasPrefix("text/html"), case .file(let file) = reply.body,
              let bytes = preview.injected(file: file, generation: generation) else { return reply }
        close(file.fd)
        var changed = reply
        changed.body = .bytes(bytes)
        return changed
    }

    /// The site's own 404.html when it has one, so the preview shows what visitors will see.
    private func notFound() -> Reply {
        guard case .file(let page) = locate(["404.html"]) else {
            return preview.map { $0.notFoundPage(generation: $0.events.current.generation) } ?? .error(.notFound)
        }
        let reply = serve(page, status: .notFound, name: "404.html")
        return reply.status == .notFound ? reply : .error(.notFound)
    }

    private func serve(_ path: String, status: HTTPStatus, name: String) -> Reply {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .error(errno == EACCES ? .forbidden : .notFound) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            return .error(.notFound)
        }
        return Reply(status: status, contentType: MediaType.forFileName(name),
                     body: .file(OpenedFile(fd: fd, size: Int(info.st_size))))
    }

    private enum Entry {
        case file(String)
        case directory(String)
    }

    /// Resolves symlinks and refuses anything that ends up outside the root, so a link in the
    /// site folder cannot publish the rest of the disk either. Only regular files and folders count.
    private func locate(_ inside: [String]) -> Entry? {
        let joined = inside.isEmpty ? rootPath : rootPath + "/" + inside.joined(separator: "/")
        guard let resolved = canonicalPath(joined), isWithinRoot(resolved) else { return nil }
        var info = stat()
        guard stat(resolved, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(resolved)
        case S_IFDIR: return .directory(resolved)
        default: return nil
        }
    }

    /// Compared as bytes: String comparison treats canonically equivalent Unicode as equal, while
    /// the file system does not, so "phường" in NFD must not pass for a root spelled in NFC.
    private func isWithinRoot(_ path: String) -> Bool {
        if rootPath == "/" { return true }
        return path.utf8.elementsEqual(rootPath.utf8)
            || path.utf8.starts(with: rootPath.utf8) && path.utf8.dropFirst(rootPath.utf8.count).first == UInt8(ascii: "/")
    }

    private func urlPath(_ segments: [String], folder: Bool) -> String {
        guard !segments.isEmpty else { return "/" }
        return RequestTarget.percentEncodedPath("/" + segments.joined(separator: "/") + (folder ? "/" : ""))
    }

    private func sameBytes(_ left: String, _ right: String) -> Bool { left.utf8.elementsEqual(right.utf8) }
}

func canonicalPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
}
