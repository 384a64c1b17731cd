import Foundation
import WardLocale
import WardMustache
import WardPrivacy

public struct BuildOptions: Sendable {
    public var site: URL
    public var output: URL?
    public var baseURL: String?
    public var buildDate: CalendarDate
    /// `wardkit check`: everything but the write.
    public var dryRun = false
    /// `wardkit print --bundle`: numbered pledge-form bundles per group.
    public var bundles = false
    /// `wardkit print --pdf`: the print pages link their PDFs and the merged pages are written.
    public var pdfs = false
    /// `wardkit publish`: how many earlier versions stay beside the web root for rollback.
    public var versionsKept = 3
    /// `wardkit publish` and `print --pdf`: the output reaches residents, so a placeholder
    /// address (dead links on every QR code) or an unfilled hotline stops the build.
    public var requiresPublicAddress = false

    public init(site: URL, output: URL? = nil, baseURL: String? = nil, buildDate: CalendarDate = .today(), dryRun: Bool = false) {
        self.site = site
        self.output = output
        self.baseURL = baseURL
        self.buildDate = buildDate
        self.dryRun = dryRun
    }
}

public struct BuildReport: Sendable {
    public let output: URL
    public let files: [String: Int]
    public let pages: Int
    public let suppressedCells: Int
    public let statisticsThreshold: Int
    public let publicPhones: [String]
    public let publicNames: [String]
    /// What was hidden, with the real values: for the staff-only privacy report, never published.
    public let hidden: [HiddenCell]
    /// Units in units.csv outside the site's own unit (a district-wide sheet), left out.
    public let unitsOutside: Int
    /// Things to look at that did not stop the build (`cảnh báo`), printed by build and check.
    public let warnings: [Diagnostic]
    /// CSV files that were not Unicode and were decoded from Windows-1258 (Excel's default CSV).
    public var legacyDecodedFiles: [String] = []
    /// Every printable page with the PDF to make of it, for `wardkit print --pdf` (filled only
    /// when `BuildOptions.pdfs` is set: a province has 400,000 printables).
    public var printTargets: [PrintTarget] = []
    /// Files rendered and audited by this build, and files taken over unchanged from the
    /// previous one (incremental builds; see IncrementalBuild).
    public var filesRendered = 0
    public var filesReused = 0
    /// Of the reused files, the pages taken over on their input key alone (InputDigests.quick),
    /// without their data being made.
    public var pagesReusedByInputKey = 0

    public struct HiddenCell: Sendable {
        public let indicator: String
        public let unit: String
        /// «tháng 10/2026», or «cả kỳ» for rows without a month.
        public let period: String
        public let field: StatisticField
        public let value: Int
        public let reason: HiddenReason
        public var isSmall: Bool { reason == .small }
    }
}

/// The pipeline, top-down: load → guard → derive → render → write. Each stage either hands a
/// complete, valid value to the next or stops the build with every problem it found.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildReport {
        // Versions an earlier build dropped are removed on another thread while this one loads.
        let output = options.output ?? options.site.appendingPathComponent("public")
        let resolvedOutput = SiteSwap.resolvedPath(output.standardizedFileURL.path)
        let discarded = options.dryRun ? nil : DiscardedVersions(resolved: resolvedOutput)
        defer { discarded?.wait() }
        // The previous build's record of this output folder (what it may reuse) names only the
        // output, so it is read on another thread while the content loads. None for `check`,
        // which reads and audits everything.
        let recordStore = options.dryRun ? nil : BuildRecordStore(resolved: resolvedOutput)
        let previousRecord = recordStore.map { store in Background { store.load() } }
        defer { _ = previousRecord?.value }
        // 1. load
        // Read by the stages run side by side below, and changed only between them.
        nonisolated(unsafe) var content = try SiteLoader.load(site: options.site, buildDate: options.buildDate)
        let themeDir = options.site.appendingPathComponent("theme")
        let theme = Theme.load(siteThemeDir: FileManager.default.fileExists(atPath: themeDir.path) ? themeDir : nil)
        let (templates, templateErrors) = theme.templates()
        let (strings, stringErrors) = theme.strings()
        if !(theme.problems + templateErrors + stringErrors).isEmpty { throw BuildFailure(theme.problems + templateErrors + stringErrors) }

        // 2. guard
        let baseURL = normalisedBase(options.baseURL ?? content.settings.baseURL)
        let fromCommandLine = options.baseURL != nil
        if options.requiresPublicAddress {
            let refusals = PublicReadiness.refusals(content, base: baseURL, fromCommandLine: fromCommandLine)
            if !refusals.isEmpty { throw BuildFailure(refusals) }
        }
        let addressWarning = PublicReadiness.address(baseURL, fromCommandLine: fromCommandLine, settings: content.settings, refuse: false)
        // A refused output is traced to its input by reading the content again: the sheets'
        // millions of cells are then not held through rendering for a message most builds never give.
        let (site, date) = (options.site, options.buildDate)
        let privacy = PrivacyGuard(settings: content.settings, hotlines: content.hotlines, baseURL: baseURL,
                                   places: content.units.map(\.name),
                                   attribution: OutputAttribution {
                                       OutputAttribution.inputs((try? SiteLoader.load(site: site, buildDate: date))?.sources ?? [], theme: theme)
                                   })
        // Every output path once, for the gate, the link check, the staged output and the record.
        let outputPaths = OutputPaths(capacity: previousRecord?.value?.files.count ?? 0)
        let incremental = previousRecord.map { previous in
            IncrementalBuild(site: InputDigests.site(theme: theme, strings: strings, options: options), audit: privacy.configuration,
                             previous: previous.value, previousTree: resolvedOutput, paths: outputPaths)
        }
        // The unit tree is indexed on the other core while the inputs are scanned.
        let ((sourceDigests, inputFindings), index) = Concurrently.both({ () -> ([Digest], [Diagnostic]) in
            // A source scanned clean by the previous build under the same guard is clean again.
            let sourceDigests = incremental == nil ? [] : content.sources.map(InputDigests.source)
            if let incremental { incremental.bases = InputDigests.bases(site: incremental.site, content: content, sources: sourceDigests, options: options, baseURL: baseURL) }
            let toScan = incremental.map { inc in zip(content.sources, sourceDigests).filter { !inc.scannedClean($0.1) }.map(\.0) } ?? content.sources
            return (sourceDigests, privacy.scanInputs(toScan))
        }, { UnitIndex(units: content.units, rootID: content.settings.rootUnitID, level: content.criteria.level) })
        if !inputFindings.isEmpty { throw BuildFailure(inputFindings) }
        let legacyDecoded = SourceLog.legacyDecoded(content.sources)
        content.sources.removeAll { if case .table = $0 { true } else { false } }

        // 3. derive
        // URLs are printed on QR codes: one that would collide, move or open another unit stops
        // the build before anything is written.
        // The statistics are guarded beside that check (on a tree without errors only), and
        // reported after it, as they were when one followed the other.
        if !index.diagnostics.isEmpty { throw BuildFailure(index.diagnostics) }
        let (urlProblems, published) = Concurrently.both({ PublishedURLs.check(index, record: content.record) }, {
            Result { () throws(BuildFailure) in try StatisticsGuard.publish(content, index: index, through: YearMonth(options.buildDate)) }
        })
        if !urlProblems.isEmpty { throw BuildFailure(urlProblems) }
        let statistics = try published.get()
        let (proseFindings, model) = Concurrently.both({ ProseGuard.findings(content, statistics: statistics) }, {
            SiteModel(content: content, index: index, buildDate: options.buildDate, strings: strings, baseURL: baseURL, statistics: statistics)
        })
        if !proseFindings.isEmpty { throw BuildFailure(proseFindings) }
        let markdown = MarkdownRenderer()
        func pageJobs(_ m: SiteModel) -> PageJobs {
            PageJobs(ContentPages.jobs(m, markdown: markdown)) + ProgressPages.jobs(m) + PageJobs(StatisticsPages.jobs(m))
                + PrintPages.jobs(m, bundles: options.bundles, pdfs: options.pdfs)
        }
        let jobs = pageJobs(model)
        let generated = GeneratedFiles.all(model, jobs: jobs, markdown: markdown)

        // 4. render, streaming through the output gate into 5. write
        let log = DiagnosticLog()
        let staged = options.dryRun ? nil : try StagedOutput(destination: output, versionsKept: options.versionsKept, paths: outputPaths, reusing: discarded)
        let sink: any OutputSink = staged ?? DiscardSink()
        let links = LinkCheck(paths: outputPaths)
        // The PDFs are written after the swap, by the export that follows this build: links to
        // them are checked against what the export is told to write.
        if options.pdfs { for job in jobs { if let pdf = job.print?.pdf { links.wrote(pdf) } } }
        let gate = OutputGate(privacy: privacy, log: log, paths: outputPaths)
        var renderer = PageRenderer(templates: MustachePartials(templates), compiled: templates, gate: gate, links: links)
        let sourceLinkErrors = MarkdownLinks.check(MarkdownLinks.documents(model), renderer: markdown, links: links)
        log.add(contentsOf: sourceLinkErrors)
        // What reads the whole model once (the report's hidden cells and warnings, like the
        // generated files above) runs before the pages: rendering fills the link check and the
        // output's file lists, and by its end memory is at its highest.
        let hidden = statistics.hiddenCells(content)
        let record = model.nextRecord
        let exposure = RecognitionExposure.warnings(content, index: index, statistics: statistics)
        let statics = theme.staticFiles
        // Each page is digested (from the digesting model's job) as the renderer reaches it.
        var digestJobs: PageJobs? = nil
        if let incremental, let staged {
            digestJobs = pageJobs(model.forDigests)
            if staged.recycled != nil { incremental.recycledStaging = staged.swap.staging }
            renderer.incremental = incremental
        }
        renderer.render(jobs, digesting: digestJobs, to: sink, log: log)
        for (path, data) in statics {
            renderer.emit(path, data, origin: .file(theme.origins["static/" + path] ?? "theme/static/" + path), to: sink, log: log)
        }
        for g in generated { renderer.emit(g.path, g.text, origin: .generated(g.path), to: sink, log: log) }
        if let staged { renderer.recheckReusedLinks(present: staged.wrote) }
        log.add(contentsOf: links.broken())
        log.add(contentsOf: auditThemeStrings(theme, privacy: privacy, already: log.all))

        let diagnostics = FollowOnErrors.removing(from: log.all, causedBy: sourceLinkErrors)
        if !diagnostics.isEmpty {
            staged?.abandon()
            throw BuildFailure(diagnostics)
        }
        // The record goes first: should the swap then fail, a record that promises slightly more
        // than was published only makes the next build more careful, never less.
        do { if staged != nil { try SiteRecordStore(site: options.site).store(record, previous: content.record) } } catch {
            staged?.abandon()
            let reason = (error as? Diagnostic).map { ($0.vi, $0.en) } ?? ("không ghi được", "cannot write")
            throw BuildFailure([Diagnostic(SourcePosition(file: "\(SiteRecord.folder)/", line: 1),
                                           vi: "bản ghi \(SiteRecord.folder)/: \(reason.0)", en: "record \(SiteRecord.folder)/: \(reason.1)")])
        }
        do { try staged?.commit() } catch {
            staged?.abandon()
            throw error
        }
        if let staged, let incremental, let recordStore {
            recordStore.store(incremental.record(files: staged, tree: resolvedOutput,
                                                 cleanInputs: Set(sourceDigests)))
        }
        let counts = incremental?.counts ?? (rendered: jobs.count + statics.count + generated.count, reused: 0, byKey: 0)
        return BuildReport(output: output, files: staged?.files ?? [:], pages: jobs.count, suppressedCells: statistics.hiddenCount,
                           statisticsThreshold: statistics.threshold, publicPhones: content.settings.publicPhones + content.hotlines.map(\.number),
                           publicNames: content.settings.publicNames, hidden: hidden,
                           unitsOutside: content.units.count - 1 - index.descendants.count - index.reporting.count,
                           warnings: (content.warnings + index.warnings + exposure + (addressWarning.map { [$0] } ?? [])).sorted { ($0.position?.file ?? "", $0.position?.line ?? 0) < ($1.position?.file ?? "", $1.position?.line ?? 0) },
                           legacyDecodedFiles: legacyDecoded, printTargets: options.pdfs ? jobs.compactMap(\.print) : [],
                           filesRendered: counts.rendered, filesReused: counts.reused, pagesReusedByInputKey: counts.byKey)
    }

    static func normalisedBase(_ s: String) -> String { s.hasSuffix("/") ? s : s + "/" }
}
