import Foundation
import Glibc

/// Puts a finished site in place of the published one in a single step, and keeps the few
/// versions before it (for rollback).
///
/// The new tree is built in a staging folder beside the destination and swapped in with
/// `renameat2(RENAME_EXCHANGE)`: at every instant the destination path is a complete site, old
/// or new, so a web server or a polling reader never sees a missing file, and a build killed at
/// any moment leaves a complete site behind. The previous tree is never written to: it moves, as
/// a whole, into the versions folder. A destination that is a symlink (to a web server's folder)
/// stays a symlink; the folder it points to receives the new site.
struct SiteSwap: Sendable {
    /// The destination as given (`public/`), and the real folder a symlink there points to.
    let destination: String
    let resolved: String
    let staging: String
    let versions: String
    let keep: Int

    static let defaultVersionsKept = 3

    init(destination: String, keep: Int = defaultVersionsKept) throws(BuildFailure) {
        self.destination = destination
        self.keep = keep
        var st = stat()
        if lstat(destination, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK {
            guard let real = realpath(destination, nil) else {
                throw BuildFailure([Diagnostic(SourcePosition(file: destination, line: 1),
                    vi: "«\(destination)» là liên kết tới một thư mục không tồn tại; hãy tạo thư mục đó hoặc xóa liên kết",
                    en: "«\(destination)» is a link to a folder that does not exist; create that folder or remove the link")])
            }
            resolved = String(cString: real)
            free(real)
        } else {
            resolved = destination
        }
        if stat(resolved, &st) == 0 && (st.st_mode & S_IFMT) != S_IFDIR {
            throw BuildFailure([Diagnostic(SourcePosition(file: resolved, line: 1),
                vi: "«\(resolved)» là một tệp, không phải thư mục; hãy đổi tên hoặc xóa tệp đó, hoặc chọn thư mục khác bằng --output",
                en: "«\(resolved)» is a file, not a folder; rename or remove it, or choose another folder with --output")])
        }
        let (parent, name) = Self.split(resolved)
        staging = parent + "/.\(name).staging-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        versions = Self.versionsFolder(of: resolved)
    }

    /// Where the versions kept for rollback of the output folder `resolved` live.
    static func versionsFolder(of resolved: String) -> String {
        let (parent, name) = split(resolved)
        return parent + "/.\(name).versions"
    }

    /// The folder a destination stands for: a link's target, or the destination itself.
    static func resolvedPath(_ destination: String) -> String {
        var st = stat()
        guard lstat(destination, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK, let real = realpath(destination, nil) else { return destination }
        defer { free(real) }
        return String(cString: real)
    }

    var hasPrevious: Bool {
        var st = stat()
        return stat(resolved, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Called under the build lock: any staging folder left there belongs to a build that
    /// died (power cut, kill -9) and is removed, as is a tree left aside by an interrupted swap
    /// and a build record it was writing. The staging folder is the tree `discarded` offers
    /// for reuse when it can be taken (returned), else a new empty folder.
    func prepare(reusing discarded: DiscardedVersions? = nil) throws(BuildFailure) -> RecycledTree? {
        let (parent, name) = Self.split(resolved)
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw BuildFailure([Self.failure(parent, vi: "không tạo được thư mục", en: "cannot create the folder")])
        }
        // And a build record half written when its build was killed (DurableFile's temporary name).
        let prefixes = [".\(name).staging-", ".\(name).old-", ".\(name).build-record.tmp-"]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where prefixes.contains(where: entry.hasPrefix) {
            TreeRemoval.remove(parent + "/" + entry)
        }
        if let recycled = discarded?.take(to: staging) { return recycled }
        guard mkdir(staging, 0o755) == 0 else {
            // Named by the output it was for: that is the folder staff know («public»), and the
            // one left as it was.
            throw BuildFailure([Self.failure(resolved, vi: "không tạo được thư mục tạm bên cạnh để dựng trang mới, trong «\(parent)»",
                                             en: "cannot create the staging folder for the new site beside it, in «\(parent)»")])
        }
        return nil
    }

    /// Makes the staged tree durable, swaps it in, then files the old tree away as a version.
    func commit() throws(BuildFailure) {
        SystemCalls.syncFileSystem(containing: staging)
        CrashPoint.reach("before-swap")
        if !hasPrevious {
            guard rename(staging, resolved) == 0 else { throw BuildFailure([Self.failure(resolved, vi: "không đặt được trang mới vào chỗ", en: "cannot move the new site into place")]) }
            DurableFile.syncDirectory(of: resolved)
            return
        }
        if !SystemCalls.exchange(staging, resolved) {
            // Without RENAME_EXCHANGE (old kernels, some network file systems) the swap takes two
            // renames; the old tree is renamed back if the second one fails.
            let aside = Self.split(resolved).0 + "/.\(Self.split(resolved).1).old-\(getpid())"
            guard rename(resolved, aside) == 0 else { throw BuildFailure([Self.failure(resolved, vi: "không thay được thư mục đầu ra", en: "cannot replace the output folder")]) }
            guard rename(staging, resolved) == 0 else {
                _ = rename(aside, resolved)
                throw BuildFailure([Self.failure(resolved, vi: "không thay được thư mục đầu ra", en: "cannot replace the output folder")])
            }
            _ = rename(aside, staging)
        }
        DurableFile.syncDirectory(of: resolved)
        CrashPoint.reach("after-swap")
        archive(staging)
    }

    /// Throws the staged tree away; the published site was never touched.
    func abandon() {
        TreeRemoval.remove(staging)
    }

    /// Moves a replaced tree into the versions folder (newest name sorts last) and sets the
    /// oldest versions past `keep` aside for the next build to remove (DiscardedVersions).
    /// Failures here cost only rollback depth, never the site.
    private func archive(_ tree: String) {
        _ = mkdir(versions, 0o755)
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let name = String(format: "%012ld%09ld-%d", ts.tv_sec, ts.tv_nsec, getpid())
        if rename(tree, versions + "/" + name) != 0 { try? FileManager.default.removeItem(atPath: tree); return }
        DurableFile.syncDirectory(of: versions + "/" + name)
        CrashPoint.reach("after-archive")
        let all = ((try? FileManager.default.contentsOfDirectory(atPath: versions)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        for old in all.dropLast(keep) { DiscardedVersions.setAside(versions + "/" + old, in: versions) }
    }

    /// Versions kept, oldest first, as full paths.
    func keptVersions() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: versions)) ?? []).filter { !$0.hasPrefix(".") }.sorted().map { versions + "/" + $0 }
    }

    static func split(_ path: String) -> (String, String) {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", trimmed) }
        let parent = String(trimmed[..<slash])
        return (parent.isEmpty ? "/" : parent, String(trimmed[trimmed.index(after: slash)...]))
    }

    static func failure(_ path: String, vi: String, en: String) -> Diagnostic {
        let code = errno
        return Diagnostic(SourcePosition(file: path, line: 1), vi: "\(vi) (\(reason(code)))", en: "\(en) (\(String(cString: strerror(code))))")
    }

    /// The usual reasons, said in Vietnamese; the system's English text for the rest.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "không có quyền ghi"
        case ENOSPC: return "đĩa đầy"
        case EROFS: return "ổ đĩa chỉ cho đọc"
        case ENOENT: return "thư mục không tồn tại"
        case ENOTDIR: return "một phần của đường dẫn không phải thư mục"
        case EDQUOT: return "vượt hạn mức dung lượng"
        default: return String(cString: strerror(code))
        }
    }
}

/// Named instants where the crash-safety tests kill the process (`WARDKIT_CRASH_AT=before-swap`):
/// a kill at a random time rarely lands exactly between two renames, so those are forced.
enum CrashPoint {
    private static let target = ProcessInfo.processInfo.environment["WARDKIT_CRASH_AT"]

    static func reach(_ name: String) {
        if target == name { raise(SIGKILL) }
    }
}

extension SiteSwap {
    /// Puts the newest kept version back in place of the published site, in one step; the
    /// site it replaces is thrown away (a second rollback goes one version further back).
    func rollback() throws(BuildFailure) -> String {
        guard let newest = keptVersions().last else {
            throw BuildFailure([Diagnostic(SourcePosition(file: resolved, line: 1),
                vi: "không có bản trước nào để quay lại (mỗi lần đăng giữ \(keep) bản trước)",
                en: "there is no earlier version to go back to (each publish keeps \(keep))")])
        }
        if hasPrevious {
            guard SystemCalls.exchange(newest, resolved) else {
                throw BuildFailure([Self.failure(resolved, vi: "không quay lại được bản trước", en: "cannot restore the earlier version")])
            }
            DurableFile.syncDirectory(of: resolved)
            try? FileManager.default.removeItem(atPath: newest)
        } else {
            guard rename(newest, resolved) == 0 else {
                throw BuildFailure([Self.failure(resolved, vi: "không quay lại được bản trước", en: "cannot restore the earlier version")])
            }
            DurableFile.syncDirectory(of: resolved)
        }
        return newest
    }
}
