import Foundation
import WardWatch

/// Watches a site's `content/` and `theme/` (nothing else: `public/` and `ban-ghi/` are the
/// build's own output) and runs one rebuild per debounced batch; a save during a rebuild makes
/// the next batch, so builds never overlap and the last save is always built.
public final class PreviewWatch: Sendable {
    public let watcher: FileWatcher
    private let coalescer: ChangeCoalescer

    public init(_ rebuilds: PreviewRebuilds, debounce: Debounce = Debounce(), prefer: FileWatcher.Mechanism = .inotify) throws(WatchError) {
        let coalescer = ChangeCoalescer(debounce) { rebuilds.build(changed: $0) }
        self.coalescer = coalescer
        do {
            watcher = try FileWatcher(PreviewWatch.scope(rebuilds.options.site), prefer: prefer) { coalescer.note($0) }
        } catch {
            coalescer.stop()
            throw error
        }
    }

    public func stop() {
        watcher.stop()
        coalescer.stop()
    }

    static func scope(_ site: URL) -> WatchScope {
        WatchScope(root: site.standardizedFileURL.path) { relative in
            let top = relative.split(separator: "/", maxSplits: 1).first.map(String.init) ?? relative
            guard top == "content" || top == "theme" else { return false }
            return !isEditorScratch(relative.split(separator: "/").last.map(String.init) ?? relative)
        }
    }

    /// Files editors and office programs keep beside the one being edited (LibreOffice's lock
    /// file appears the moment a sheet is opened): no build reads them, so they are not news.
    static func isEditorScratch(_ name: String) -> Bool {
        name.hasPrefix(".~lock.") || name.hasPrefix("~$") || name.hasPrefix(".#") || name.hasSuffix("~")
            || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name == "4913"
    }
}
