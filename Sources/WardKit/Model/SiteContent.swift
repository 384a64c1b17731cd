import Foundation
import WardCSV
import WardLocale

public struct SiteSettings: Sendable {
    public var name: String
    public var rootUnitID: String
    public var baseURL: String
    public var description: String
    public var illustrative: Bool
    public var smallCountThreshold: Int
    public var criteriaSetID: String
    public var publicPhones: [String]
    public var publicNames: [String]
    public var pledgeCommitments: [String]
    public var officeAddress: String?
    public var newsPerPage: Int
    /// The plan the site publishes progress for (number, date, title, signer).
    public var plan: PlanDocument? = nil
    /// Folders of the wards' own sites (relative to this site) whose units, progress sheets,
    /// targets and statistics a district site reads, as it would read one district-wide sheet.
    public var wardFolders: [String] = []
    /// Where `unit` and `criteria_set` were written, so an error about them points there.
    public var unitPosition: SourcePosition? = nil
    public var criteriaSetPosition: SourcePosition? = nil
    /// Where `base_url` was written (nil when it is missing): a placeholder is warned about there.
    public var baseURLPosition: SourcePosition? = nil
    /// Where `small_count_threshold` was written; nil when it was not (the sheet's k then holds).
    public var smallCountThresholdPosition: SourcePosition? = nil
}

/// Every raw input text with the file it came from, kept for the privacy scan: the guard reads
/// what staff wrote, not what the loader kept, so nothing slips through an unmodelled field.
public struct SourceText: Sendable {
    public let file: String
    public let text: String
    public let firstLine: Int
    /// Column of the first character: CSV cells start mid-line.
    public let firstColumn: Int
    /// Set when the file was decoded from a legacy code page (Windows-1258), for `check`'s note.
    public var legacyEncoding: LegacyEncoding?

    public init(file: String, text: String, firstLine: Int, firstColumn: Int = 1) {
        self.file = file
        self.text = text
        self.firstLine = firstLine
        self.firstColumn = firstColumn
    }
}

/// The typed model of a site: everything the later stages need, and nothing they would have to
/// re-read from disk.
public struct SiteContent: Sendable {
    public var settings: SiteSettings
    public var units: [AdministrativeUnit]
    public var criteria: CriteriaSet
    public var snapshots: [ProgressSnapshot]       // oldest first
    public var targets: [YearTarget]
    public var themes: [CampaignTheme]
    public var hotlines: [Hotline]
    public var statistics: [StatisticRow]
    public var news: [NewsPost]
    public var pages: [StaticPage]
    public var sources: [SourceInput]
    /// Which of `sources` the statistics sheets are (read by StatisticsLoader alone): what an
    /// incremental build leaves out of the key of a page that does not show them (PageReads).
    public var statisticsSources: Range<Int> = 0..<0
    /// What earlier builds published (`ban-ghi/`), for promises that span builds.
    public var record: SiteRecord = SiteRecord()
    /// Things that look wrong but may be right (a criterion «đạt» against the sheet's own
    /// figures): printed by build and check, never a reason to stop.
    public var warnings: [Diagnostic] = []
    /// `indicators.csv`: what each statistics figure counts (see `Indicator`).
    public var indicators: [Indicator] = []
    /// Placeholders `wardkit init` wrote for staff to fill in (the ward police's hotline
    /// «0xxx xxx xxx»): warnings for build and check, errors for print --pdf and publish,
    /// since a printed board or a published page would carry them to residents.
    public var unfilled: [Diagnostic] = []
}

/// What the guard scans: whole texts (Markdown, settings) and sheets cell by cell. A table is
/// kept packed (`SourceTable`) rather than as millions of small texts or its parsed document,
/// so a province with 100k groups costs little more than its files' bytes.
public enum SourceInput: Sendable {
    case text(SourceText)
    case table(SourceTable)
}
