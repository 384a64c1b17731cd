import Foundation
import WardLocale
import WardMustache

/// Everything derived once and shared (read-only) by all page builders running in parallel.
/// A class of constants: each of a province's 500,000 page jobs captures it, and as a struct
/// every capture copied all of its fields (hundreds of bytes a page for the whole build).
public final class SiteModel: Sendable {
    public let content: SiteContent
    public let index: UnitIndex
    public let progress: ProgressSummary
    public let buildDate: CalendarDate
    public let strings: [String: String]
    public let baseURL: String
    /// The small-count decisions for the statistics table (see Guard).
    public let statistics: PublishedStatistics
    /// Per-build memo of QR codes (a build-scoped cache, not a process-wide one).
    let qrCache = QRCache()
    /// Per-build memo of the UI strings worded for each kind of unit.
    let wordingCache = WordingCache()
    /// What every page's frame and every form shares, made once (see SiteWideValues).
    let siteWide = SiteWideMemo()
    /// Set on the copy whose page contexts are only digested (IncrementalBuild), never
    /// rendered: a value that is a pure function of inputs digested elsewhere (a QR code of a
    /// URL, the frame every page shares) is then given as those inputs, which is
    /// what keeps digesting 100k pages cheaper than rendering them.
    let digestOnly: Bool
    /// The digest of what every page's frame shares, for the copy that digests.
    let frameDigest = DigestMemo()
    /// The model pages are rendered from (self, except in the copy that digests).
    var forRendering: SiteModel { rendering ?? self }
    private let rendering: SiteModel?

    /// This model, for digesting page contexts: the same constants, shared.
    var forDigests: SiteModel { SiteModel(digesting: self) }

    private init(digesting m: SiteModel) {
        content = m.content; index = m.index; progress = m.progress; buildDate = m.buildDate
        strings = m.strings; baseURL = m.baseURL; statistics = m.statistics
        digestOnly = true
        rendering = m
    }

    public init(content: SiteContent, index: UnitIndex, buildDate: CalendarDate, strings: [String: String], baseURL: String?,
                statistics: PublishedStatistics) {
        self.content = content
        self.index = index
        progress = ProgressSummary(content: content, index: index, year: buildDate.year)
        self.buildDate = buildDate
        self.strings = strings
        var base = baseURL ?? content.settings.baseURL
        if !base.hasSuffix("/") { base += "/" }
        self.baseURL = base
        self.statistics = statistics
        digestOnly = false
        rendering = nil
    }

    /// The theme featured on every page: the shortest period that contains the build date, so
    /// the 26/6 day beats the June action month, which beats the year's slogan.
    public var currentTheme: CampaignTheme? {
        content.themes.filter { $0.isCurrent(on: buildDate) }.min { $0.lengthInDays < $1.lengthInDays }
    }

    /// The record the next build will start from: the previous one plus what this build
    /// publishes. Each promise that spans builds (stable URLs, stable suppression) adds its file.
    public var nextRecord: SiteRecord {
        var record = content.record
        record[PublishedURLs.file] = PublishedURLs.next(index, record: content.record)
        if !statistics.record.entries.isEmpty { record[StatisticsRecord.file] = statistics.record.text }
        return record
    }

    public var currentTarget: YearTarget? { content.targets.first { $0.year == buildDate.year } }

    /// Earlier years' targets, newest first: their results stay on the site.
    public var pastTargets: [YearTarget] { content.targets.filter { $0.year < buildDate.year }.sorted { $0.year > $1.year } }

    /// Absolute URL of a site path, for canonical links, feeds and QR codes.
    public func absolute(_ path: String) -> String { baseURL + path }

    public func t(_ key: String) -> String { strings[key] ?? key }

    /// Status labels come from the theme's strings file (so a ward can reword them); the
    /// model's own Vietnamese label is the fallback for an older strings file.
    func label(_ s: RecognitionStatus) -> String { strings["recognition_\(s.rawValue)"] ?? s.vi }
    func label(_ s: CriterionStatus) -> String { strings["status_\(s.rawValue)"] ?? s.vi }
    func label(_ s: Hotline.Scope) -> String { strings["scope_\(s.rawValue)"] ?? s.vi }
}

typealias MV = MustacheValue

extension MustacheValue {
    static func list<T>(_ items: [T], _ f: (T) -> MustacheValue) -> MustacheValue { .array(items.map(f)) }

    /// A list wrapped for an optional block: `{{#x}}<ul>{{#items}}…{{/items}}</ul>{{/x}}` renders
    /// nothing, not even the `<ul>`, when the list is empty — without logic in the template.
    static func block(_ items: [MustacheValue]) -> MustacheValue { items.isEmpty ? .null : ["items": .array(items)] }
}
