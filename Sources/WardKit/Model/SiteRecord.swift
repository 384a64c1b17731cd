import Foundation

/// What earlier builds published, kept in the site folder (`ban-ghi/`) beside `content/`.
///
/// Some promises span builds: a URL printed on a QR code must keep opening the same group, and a
/// count hidden last month must not become recoverable from this month's figures. Both need to
/// know what was published before, and `public/` is not a safe place for that (it is replaced on
/// every build and may live on another server). The record is plain text so staff can keep it
/// with their files and see what it says; it is never published.
///
/// Loading reads the record (I/O at the edge), derive computes the next one from the model, and
/// the write stage stores it only for a build that is about to be swapped in.
public struct SiteRecord: Sendable, Equatable {
    /// Folder name inside the site; Vietnamese, because staff see it in their file manager.
    public static let folder = "ban-ghi"

    /// File name → contents, e.g. "duong-dan.tsv" → the published URL paths.
    public var files: [String: String]

    public init(files: [String: String] = [:]) {
        self.files = files
    }

    public subscript(name: String) -> String? {
        get { files[name] }
        set { files[name] = newValue }
    }
}

/// Reads and writes `ban-ghi/` atomically, file by file (write to a temporary name, fsync,
/// rename), so a build killed half-way leaves each record file either old or new.
public struct SiteRecordStore: Sendable {
    public let directory: URL

    public init(site: URL) {
        directory = site.appendingPathComponent(SiteRecord.folder)
    }

    static let explanation = """
    Thư mục này do WardKit ghi sau mỗi lần dựng trang thành công: những gì đã đăng (đường dẫn in
    trên mã QR, số liệu đã công bố). WardKit dùng nó để đường dẫn không đổi và để phát hiện số
    liệu của tháng đã đăng bị sửa. Đừng xóa hay sửa tay; hãy lưu cùng thư mục content/.

    WardKit writes this folder after every successful build: what was published (URLs printed on
    QR codes, figures). It keeps URLs stable and notices when figures of a month already
    published were edited. Do not delete or edit it by hand; keep it with the content/ folder.

    """

    /// A missing folder is an empty record (a new site). An unreadable file is an error: a
    /// record silently skipped would let a build break a promise made by an earlier one.
    public func load() throws(BuildFailure) -> SiteRecord {
        let fm = FileManager.default
        guard fm.fileExists(atPath: directory.path) else { return SiteRecord() }
        var files: [String: String] = [:]
        let names: [String]
        do { names = try fm.contentsOfDirectory(atPath: directory.path) } catch {
            throw BuildFailure([Self.unreadable(directory.path)])
        }
        for name in names.sorted() where !name.hasPrefix(".") && name != "README.txt" {
            let path = directory.appendingPathComponent(name).path
            guard let data = fm.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw BuildFailure([Self.unreadable("\(SiteRecord.folder)/\(name)")])
            }
            files[name] = text
        }
        return SiteRecord(files: files)
    }

    /// Writes the files that differ from `previous`; files absent from `next` are kept (a
    /// record only grows by what a build adds to it).
    public func store(_ next: SiteRecord, previous: SiteRecord) throws {
        let changed = next.files.filter { previous.files[$0.key] != $0.value }
        guard !changed.isEmpty else { return }
        do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            throw Diagnostic(SourcePosition(file: directory.path, line: 1), vi: "không tạo được thư mục (không có quyền ghi?)",
                             en: "cannot create the folder (no write permission?)")
        }
        let readme = directory.appendingPathComponent("README.txt")
        if !FileManager.default.fileExists(atPath: readme.path) {
            try DurableFile.write(Data(Self.explanation.utf8), to: readme.path)
        }
        for (name, text) in changed.sorted(by: { $0.key < $1.key }) {
            try DurableFile.write(Data(text.utf8), to: directory.appendingPathComponent(name).path)
        }
    }

    static func unreadable(_ path: String) -> Diagnostic {
        Diagnostic(SourcePosition(file: path, line: 1),
                   vi: "không đọc được bản ghi của các lần dựng trước (\(SiteRecord.folder)/); kiểm tra quyền đọc của thư mục",
                   en: "cannot read the record of earlier builds (\(SiteRecord.folder)/); check the folder's permissions")
    }
}
