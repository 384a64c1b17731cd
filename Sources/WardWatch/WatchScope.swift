/// What a watcher looks at: one folder, and which paths below it matter. The predicate sees paths
/// relative to the root ("content/progress/2026-11.csv"); a folder it refuses is not descended
/// into, so a site folder can be watched without watching its `public/` or `.build/`. The root
/// itself is always watched (that is how a `theme/` created later is noticed).
public struct WatchScope: Sendable {
    public let root: String
    public let includes: @Sendable (String) -> Bool

    public init(root: String, includes: @escaping @Sendable (String) -> Bool = { _ in true }) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.includes = includes
    }

    /// The path relative to the root, or nil when it is not below it.
    func relative(_ path: String) -> String? {
        if path == root { return "" }
        let prefix = root == "/" ? "/" : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }

    func absolute(_ relative: String) -> String {
        relative.isEmpty ? root : (root == "/" ? "/" : root + "/") + relative
    }

    func wants(_ path: String) -> Bool {
        guard let relative = relative(path) else { return false }
        return relative.isEmpty || includes(relative)
    }
}

/// Why watching could not start, for ward staff in Vietnamese first and English second.
public struct WatchError: Error, Sendable, CustomStringConvertible {
    public let vi: String
    public let en: String

    public var description: String { "\(vi) | \(en)" }

    static func missingRoot(_ path: String) -> WatchError {
        WatchError(vi: "không theo dõi được thư mục «\(path)»: thư mục không tồn tại",
                   en: "cannot watch «\(path)»: the folder does not exist")
    }

    static func system(_ what: String, _ code: Int32) -> WatchError {
        WatchError(vi: "hệ thống từ chối \(what) (\(errnoText(code)))", en: "the system refused \(what) (\(errnoText(code)))")
    }
}
