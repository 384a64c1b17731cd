import Foundation

/// A file that passed the output audit: the only thing the writer accepts.
///
/// Its initialiser is `fileprivate` to this file, so no other code — a new page type, a feed,
/// a theme file — can produce one without going through `OutputGate.admit`. That turns "every
/// published byte is audited" from a convention into something the compiler checks.
public struct AuditedFile: Sendable {
    public let path: String
    public let bytes: Data

    fileprivate init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
    }
}

/// A file of the previous build taken over unchanged: the gate makes one only when the guard's
/// configuration (declared names, allowlist, rules) is the one the file was audited under, so
/// the audit would read the same bytes the same way. The caller vouches for the bytes being the
/// same (`IncrementalBuild.unchanged`); the gate vouches for the audit.
public struct ReusedFile: Sendable {
    public let path: String
    /// The audited file in the published folder, linked (or copied) into the new one.
    let source: String
    let entry: BuildRecord.Entry
    /// Already at its path in the (recycled) staging folder: `source` is that name.
    let inPlace: Bool

    fileprivate init(path: String, _ previous: IncrementalBuild.Unchanged) {
        self.path = path
        self.source = previous.source
        self.entry = previous.entry
        self.inPlace = previous.inPlace
    }
}

/// What produced a piece of output, for messages that point staff at something they can edit.
/// Kept as what it was made from and worded only for a message: every page job of a province
/// holds one, and the gate one per path, for the whole build.
public struct OutputOrigin: Sendable, Hashable {
    private enum Source: Sendable, Hashable {
        case file(String)
        case generated(String)
        indirect case worded(vi: String, en: String, position: SourcePosition?)
    }
    private let source: Source

    /// e.g. "content/news/2026-06-02-ra-quan.md", "theme/static/404.html", "trang tiến độ (WardKit)".
    public var vi: String {
        switch source {
        case .file(let path): path
        case .generated(let what): "trang do WardKit tạo (\(what))"
        case .worded(let vi, _, _): vi
        }
    }

    public var en: String {
        switch source {
        case .file(let path): path
        case .generated(let what): "a page WardKit generates (\(what))"
        case .worded(_, let en, _): en
        }
    }

    public var position: SourcePosition? {
        switch source {
        case .file(let path): SourcePosition(file: path, line: 1)
        case .generated: nil
        case .worded(_, _, let position): position
        }
    }

    public init(vi: String, en: String, position: SourcePosition? = nil) {
        source = .worded(vi: vi, en: en, position: position)
    }

    private init(_ source: Source) { self.source = source }

    public static func file(_ path: String) -> OutputOrigin { OutputOrigin(.file(path)) }

    public static func generated(_ what: String) -> OutputOrigin { OutputOrigin(.generated(what)) }
}

/// The single door into `public/`. Every file — pages, feeds, the search index, theme assets —
/// is admitted here: its path is registered (two sources for one path is an error naming both),
/// its name and its contents are audited, and only then does it become an `AuditedFile`.
final class OutputGate: @unchecked Sendable {
    private let privacy: PrivacyGuard
    private let log: DiagnosticLog
    private let lock = AdaptiveLock()
    private let paths: OutputPaths
    /// Each path's first source (by path id), as an index into `origins`: a province's half a
    /// million pages come from a dozen kinds of origin, so each is kept once.
    private var owners = PathColumn<Int32>(absent: -1)
    private var origins: [OutputOrigin] = []
    private var originIndex: [OutputOrigin: Int32] = [:]

    init(privacy: PrivacyGuard, log: DiagnosticLog, paths: OutputPaths = OutputPaths()) {
        self.privacy = privacy
        self.log = log
        self.paths = paths
    }

    /// Text output (HTML, XML, JSON, CSS, JS, SVG, plain text).
    func admit(_ path: String, text: String, origin: OutputOrigin) -> AuditedFile? {
        guard register(path, origin) else { return nil }
        let findings = privacy.audit(path: path, text: text, origin: origin)
        guard findings.isEmpty else { log.add(contentsOf: findings); return nil }
        return AuditedFile(path: path, bytes: Data(text.utf8))
    }

    /// Bytes of a theme file: text types are decoded and audited as text; images are checked to
    /// be images and their embedded text (PNG text chunks, JPEG comments and Exif) is audited;
    /// any other type is refused by name, because what the guard cannot read it cannot vouch for.
    func admit(_ path: String, data: Data, origin: OutputOrigin) -> AuditedFile? {
        switch PublishedFileType(path: path) {
        case .text:
            guard let text = String(data: data, encoding: .utf8) else {
                guard register(path, origin) else { return nil }
                log.add(Diagnostic(origin.position ?? SourcePosition(file: path, line: 1), kind: .privacy,
                    vi: "tệp «\(path)» không phải văn bản UTF-8 nên không kiểm tra được; hãy lưu lại dạng UTF-8",
                    en: "file «\(path)» is not UTF-8 text, so it cannot be audited; save it as UTF-8"))
                return nil
            }
            return admit(path, text: text, origin: origin)
        case .image(let format):
            guard register(path, origin) else { return nil }
            let findings = privacy.auditImage(path: path, data: data, format: format, origin: origin)
            guard findings.isEmpty else { log.add(contentsOf: findings); return nil }
            return AuditedFile(path: path, bytes: data)
        case .unreadable:
            log.add(Diagnostic(origin.position ?? SourcePosition(file: path, line: 1), kind: .privacy,
                vi: "không đăng tệp «\(path)»: bộ lọc riêng tư không đọc được loại tệp này. Chỉ dùng HTML, CSS, JS, SVG, XML, JSON, TXT hoặc ảnh PNG, JPEG, GIF, WebP, ICO",
                en: "not publishing «\(path)»: the privacy guard cannot read this file type. Use HTML, CSS, JS, SVG, XML, JSON, TXT or PNG, JPEG, GIF, WebP, ICO images"))
            return nil
        }
    }

    enum Reuse { case reused(ReusedFile), refused, notReusable }

    /// A file audited by an earlier build under `audited`: reused when that is this guard's
    /// configuration; `.notReusable` (nothing registered) sends the caller to render and audit.
    func admitUnchanged(_ path: String, origin: OutputOrigin, audited: Digest?, _ previous: IncrementalBuild.Unchanged) -> Reuse {
        guard audited == privacy.configuration else { return .notReusable }
        guard register(path, origin) else { return .refused }
        return .reused(ReusedFile(path: path, previous))
    }

    /// One source per output path. The first claim wins; a second is reported with both names.
    private func register(_ path: String, _ origin: OutputOrigin) -> Bool {
        let id = paths.id(path)
        lock.lock()
        let owner = owners[id]
        let existing = owner < 0 ? nil : origins[Int(owner)]
        if existing == nil {
            let index = originIndex[origin] ?? {
                origins.append(origin)
                originIndex[origin] = Int32(origins.count - 1)
                return Int32(origins.count - 1)
            }()
            owners[id] = index
        }
        lock.unlock()
        guard let first = existing else { return true }
        log.add(Diagnostic(origin.position ?? first.position,
            vi: "hai nguồn cùng ghi ra «\(path)»: \(first.vi) và \(origin.vi); hãy đổi tên một trong hai",
            en: "two sources write «\(path)»: \(first.en) and \(origin.en); rename one of them"))
        return false
    }
}

/// How the gate reads a published file, by its name — the same way a web server types it.
enum PublishedFileType: Equatable {
    enum Image: Equatable { case png, jpeg, gif, webp, ico }
    case text, image(Image), unreadable

    init(path: String) {
        let ext = path.split(separator: "/").last.flatMap { name in name.contains(".") ? name.split(separator: ".").last : nil }?.lowercased() ?? ""
        switch ext {
        case "html", "htm", "xml", "svg", "json", "css", "js", "mjs", "txt", "webmanifest", "map": self = .text
        case "png": self = .image(.png)
        case "jpg", "jpeg": self = .image(.jpeg)
        case "gif": self = .image(.gif)
        case "webp": self = .image(.webp)
        case "ico": self = .image(.ico)
        default: self = .unreadable
        }
    }
}
