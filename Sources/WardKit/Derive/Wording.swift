import Foundation
import WardMustache

/// How a page names the units it speaks of. UI strings say `{level}` where the recognised
/// units are meant («7/16 {level} đạt…» → «xã, thị trấn») and `{kind}` for the page's own unit
/// («Tài liệu in của {kind}» → «thôn»); `{Level}`, `{Kind}` capitalise, `{LEVEL}`, `{KIND}` shout.
/// The nouns themselves come from strings.txt (`kind_thon: thôn`), so a ward can reword them.
struct Wording: Hashable, Sendable {
    let level: String
    let kind: String

    func apply(_ s: String) -> String {
        guard s.contains("{") else { return s }
        return s.replacingOccurrences(of: "{level}", with: level).replacingOccurrences(of: "{Level}", with: Self.capitalised(level))
            .replacingOccurrences(of: "{LEVEL}", with: level.uppercased())
            .replacingOccurrences(of: "{kind}", with: kind).replacingOccurrences(of: "{Kind}", with: Self.capitalised(kind))
            .replacingOccurrences(of: "{KIND}", with: kind.uppercased())
    }

    static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}

/// Per-build memo of the worded strings: a handful of wordings serve every page.
final class WordingCache: @unchecked Sendable {
    private let lock = AdaptiveLock()
    private var values: [Wording: MustacheValue] = [:]

    private var applied: [Wording: [String: String]] = [:], appliedCount = 0

    func applied(_ s: String, _ w: Wording) -> String {
        lock.lock()
        if let hit = applied[w]?[s] { lock.unlock(); return hit }
        lock.unlock()
        let v = w.apply(s)
        lock.lock()
        // Bounded: the strings are the theme's, but a caller could word anything.
        if appliedCount >= 4096 { applied.removeAll(); appliedCount = 0 }
        if applied[w, default: [:]].updateValue(v, forKey: s) == nil { appliedCount += 1 }
        lock.unlock()
        return v
    }

    func value(_ w: Wording, strings: [String: String]) -> MustacheValue {
        lock.lock()
        if let hit = values[w] { lock.unlock(); return hit }
        lock.unlock()
        let v = MustacheValue.object(strings.mapValues { .string(w.apply($0)) })
        lock.lock()
        values[w] = v
        lock.unlock()
        return v
    }
}

extension SiteModel {
    /// «tổ dân phố» for a kind, from strings.txt (`kind_to-dan-pho`).
    func noun(_ kind: UnitKind) -> String { strings["kind_\(kind.rawValue)"] ?? kind.vi.lowercased() }

    /// The measured kinds below a unit, in the tree's order of kinds: «xã, thị trấn».
    func nouns(_ mask: UInt32) -> String {
        let kinds = UnitKind.allCases.filter { mask & $0.bit != 0 }
        guard !kinds.isEmpty else {
            let key = ["level_group", "level_commune", "level_district", "level_province"][index.level.rawValue]
            return strings[key] ?? "tổ dân phố"
        }
        return kinds.map(noun).joined(separator: ", ")
    }

    /// The wording of a unit's page: a measured unit speaks of its own kind; any other unit of
    /// the kinds measured below it.
    func wording(for id: String) -> Wording {
        let unit = index.byID[id]!
        if index.isMeasured(id) { return Wording(level: noun(unit.kind), kind: noun(unit.kind)) }
        // A ward with nothing measured yet speaks of what the rest of the site measures.
        let own = progress.aggregates[id]?.kinds ?? 0
        return Wording(level: nouns(own != 0 ? own : progress.aggregates[index.root.id]?.kinds ?? 0), kind: noun(unit.kind))
    }

    var siteWording: Wording { wording(for: index.root.id) }

    func strings(_ w: Wording) -> MustacheValue { wordingCache.value(w, strings: strings) }

    func t(_ key: String, _ w: Wording) -> String { worded(t(key), w) }

    /// `w.apply(s)`, made once per string and wording (six Foundation replacements each).
    func worded(_ s: String, _ w: Wording) -> String { wordingCache.applied(s, w) }
}
