import Foundation
import Glibc

/// One build's use of the previous build's record: which files may be taken over from the
/// published folder instead of rendered again, and the record of this build.
///
/// A file is taken over only when the digest of its inputs is the one recorded, the previous
/// build ran under the same templates, strings, options and binary (`site`), and the published
/// file is still the very file the record describes (same inode, size and modification time:
/// nobody replaced or edited it). In a recycled staging folder the recorded inode, unmodified,
/// usually stands at the path already: it is taken as it stands, whatever became of the
/// published name (publishing it is what a full build would do). The privacy side — that the guard would judge it the same —
/// is the output gate's to decide (`OutputGate.admitUnchanged`). Anything else is rendered.
final class IncrementalBuild: @unchecked Sendable {
    let site: Digest
    let audit: Digest
    /// The published folder the previous build left, which this build links from.
    let previousTree: String?
    /// Let go once every file is decided (`record`): at its end a build holds no third table.
    private var previous: BuildRecord?
    private let lock = AdaptiveLock()
    /// By path id (the build's `OutputPaths`, shared with the gate and the staged output).
    private let paths: OutputPaths
    private var inputs = PathColumn<Made?>(absent: nil)
    private struct Made { let input: Digest; let quick: Digest?; let reused: Bool }
    /// What every page is made from (InputDigests.bases), set once the sources are digested.
    var bases: InputDigests.Bases?
    /// The staging folder when it is a recycled version (StagedOutput.recycled), set before rendering.
    var recycledStaging: String?
    private var reusedCount = 0
    private var reusedByKeyCount = 0
    private var renderedCount = 0

    /// `previous` is used only when it describes the folder that is published now.
    init(site: Digest, audit: Digest, previous: BuildRecord?, previousTree: String?, paths: OutputPaths = OutputPaths()) {
        self.paths = paths
        self.site = site
        self.audit = audit
        self.previousTree = previousTree
        if let previous, let tree = previousTree, let now = BuildRecord.Stamp.of(tree),
           previous.tree?.device == now.device, previous.tree?.inode == now.inode {
            self.previous = previous
        } else {
            self.previous = nil
        }
    }

    /// A previous file that may be taken over: `source` is where it stands; `inPlace`, already
    /// at its path in the staging folder, so nothing is to be linked.
    struct Unchanged { let source: String; let entry: BuildRecord.Entry; let inPlace: Bool }

    /// The audit configuration the previous files were audited under, for the gate to compare.
    var previousAudit: Digest? { previous?.audit }

    /// The previous file at `path` if it was made from exactly `input` and is still in place.
    func unchanged(_ path: String, input: Digest, isPage: Bool) -> Unchanged? {
        guard let previous, let tree = previousTree, let entry = previous.files[path], entry.input == input,
              !isPage || previous.site == site else { return nil }
        return standing(path, entry, in: tree)
    }

    /// The previous page at `path` if its input key was exactly `quick` and it is still in
    /// place: its data then need not be made to know it is unchanged.
    func unchanged(_ path: String, quick: Digest) -> Unchanged? {
        guard let previous, let tree = previousTree, let entry = previous.files[path], entry.quick == quick,
              previous.site == site else { return nil }
        return standing(path, entry, in: tree)
    }

    /// Where the recorded file still stands: already in the recycled staging folder (one lstat,
    /// and no link to make), else in the published folder.
    private func standing(_ path: String, _ entry: BuildRecord.Entry, in tree: String) -> Unchanged? {
        if let staging = recycledStaging {
            let staged = staging + "/" + path
            if BuildRecord.Stamp.ofName(staged) == entry.stamp { return Unchanged(source: staged, entry: entry, inPlace: true) }
        }
        let source = tree + "/" + path
        guard BuildRecord.Stamp.of(source) == entry.stamp else { return nil }
        return Unchanged(source: source, entry: entry, inPlace: false)
    }

    /// Every file of this build says what it was made from, reused or not.
    /// `byKey`: reused on its input key alone, its data never made.
    func made(_ path: String, from input: Digest, quick: Digest? = nil, reused: Bool, byKey: Bool = false) {
        let id = paths.id(path)
        lock.lock()
        inputs[id] = Made(input: input, quick: quick, reused: reused)
        if reused { reusedCount += 1 } else { renderedCount += 1 }
        if reused && byKey { reusedByKeyCount += 1 }
        lock.unlock()
    }

    /// The reused pages, when the previous build published a path that this one (`present`)
    /// does not: their links must be checked again. Empty when nothing was removed.
    func reusedPagesIfAnyRemoved(present: (String) -> Bool) -> [String] {
        guard let previous, previous.files.keys.contains(where: { !present($0) }) else { return [] }
        lock.lock(); defer { lock.unlock() }
        let all = paths.all
        return inputs.values.indices.compactMap { id in
            inputs[id]?.reused == true && all[id].hasSuffix(".html") ? all[id] : nil
        }
    }

    /// A source the previous build's input scan found clean under the same guard configuration.
    func scannedClean(_ input: Digest) -> Bool {
        guard let previous, previous.audit == audit else { return false }
        return previous.cleanInputs.contains(input)
    }

    var counts: (rendered: Int, reused: Int, byKey: Int) {
        lock.lock(); defer { lock.unlock() }
        return (renderedCount, reusedCount, reusedByKeyCount)
    }

    /// This build's record, from what the staged output wrote or linked; `tree` is the folder
    /// now published.
    func record(files written: StagedOutput, tree: String, cleanInputs: Set<Digest>) -> BuildRecord.Draft {
        lock.lock(); defer { lock.unlock() }
        previous = nil
        let inputs = inputs, paths = paths
        return BuildRecord.Draft(tree: BuildRecord.Stamp.of(tree), site: site, audit: audit, cleanInputs: cleanInputs,
                                 paths: written.stampedPaths, entry: { path in
            guard let w = written.stamp(path), let id = paths.existing(path), let made = inputs[id] else { return nil }
            return BuildRecord.Entry(input: made.input, output: w.output, stamp: w.stamp, quick: made.quick)
        })
    }
}
