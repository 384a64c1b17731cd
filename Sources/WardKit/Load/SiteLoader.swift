import Foundation
import WardLocale

/// Stage 1 — load: files → typed model. All validation happens here, and every problem found
/// is reported (not just the first) so staff fix a sheet in one pass — but only once: what
/// follows from an error already reported (the rows of a refused unit) is not said again.
public enum SiteLoader {
    public static func load(site: URL, buildDate: CalendarDate) throws(BuildFailure) -> SiteContent {
        let log = DiagnosticLog()
        let sources = SourceLog()
        let contentDir = site.appendingPathComponent("content")
        let reader = SourceReader(contentDir: contentDir, sources: sources, log: log)
        guard FileManager.default.fileExists(atPath: contentDir.path) else {
            throw BuildFailure([Diagnostic(SourcePosition(file: contentDir.path, line: 1),
                vi: "không tìm thấy thư mục content/ trong \(site.path)", en: "no content/ folder in \(site.path)")])
        }
        let settingsFile = reader.displayPath(contentDir.appendingPathComponent(SettingsLoader.fileName))
        let settings = SettingsLoader.load(reader, log: log)
        let rootID = settings?.rootUnitID ?? ""
        reader.checkSharedWorkbook(log: log)
        var loaded = UnitsLoader.load(reader, log: log)
        let wards = WardFolders.load(settings?.wardFolders ?? [], site: site, sources: sources, settingsFile: settingsFile,
                                     criteriaSetID: settings?.criteriaSetID ?? "", into: &loaded, siteRootID: rootID, log: log)
        for w in wards { w.reader.checkSharedWorkbook(log: log) }
        var byID: [String: AdministrativeUnit] = [:]
        for u in loaded.units { byID[u.id] = u }
        let underRoot = settings != nil && loaded.available ? checkTree(loaded.units, byID: byID, rootID: rootID, rejected: loaded.rejected, unitPosition: settings?.unitPosition, log: log) : []
        let criteriaOutcome = CriteriaLoader.load(reader, setID: settings?.criteriaSetID ?? "", setPosition: settings?.criteriaSetPosition, log: log)
        let criteria: CriteriaSet
        switch criteriaOutcome {
        case .loaded(let set): criteria = set
        case .absent, .unusable: criteria = CriteriaSet(id: settings?.criteriaSetID ?? "", criteria: [])
        }
        let lookup = UnitLookup(byID: byID, rejected: loaded.rejected, level: criteria.level,
                                households: measuredHouseholds(loaded, byID: byID, level: criteria.level, underRoot: underRoot, log: log),
                                setID: criteria.id)
        // Sheets that name units are only read against a unit list and criteria that loaded:
        // checked against a broken one, every row would repeat its error.
        var snapshots: [ProgressSnapshot] = []
        var targets: [YearTarget] = []
        let readers = [(reader, nil as String?)] + wards.map { ($0.reader, Optional($0.unitID)) }
        if loaded.available, case .loaded = criteriaOutcome {
            snapshots = ProgressLoader.merge(readers.map { ProgressLoader.load($0.0, units: lookup, criteria: criteria, buildDate: buildDate, within: $0.1, log: log) })
            targets = TablesLoader.merge(readers.map { TablesLoader.targets($0.0, units: lookup, within: $0.1, log: log) })
        } else if case .absent = criteriaOutcome {
            let named = !(settings?.criteriaSetID ?? "").isEmpty
            for (r, _) in readers where named || !r.files(in: "progress", ext: "csv").isEmpty || r.exists("targets.csv") {
                log.add(Diagnostic(SourcePosition(file: r.displayPath(r.contentDir.appendingPathComponent("criteria.csv")), line: 1),
                    vi: "thiếu tệp bộ tiêu chí content/criteria.csv (cần cho các bảng tiến độ và chỉ tiêu)",
                    en: "missing criteria file content/criteria.csv (progress sheets and targets need it)"))
                break
            }
        }
        var statistics: [StatisticRow] = []
        var statisticsSources = 0..<0
        var indicators: [Indicator] = []
        if loaded.available {
            // Refused units stand in as placeholders: the build stops on their own error anyway.
            var known = byID
            for id in loaded.rejected where known[id] == nil {
                known[id] = AdministrativeUnit(id: id, name: id, kind: .agency, parentID: nil, households: nil, mailboxLocation: nil,
                                               position: SourcePosition(file: "", line: 0))
            }
            // The wards' rows first, in the order settings lists them, then the district's own:
            // the order of an annex that lists the wards and then the district's teams.
            let sheets = wards.map(\.reader) + [reader]
            indicators = IndicatorsLoader.load(sheets, log: log)
            // Nothing else reads a file meanwhile (the progress sheets are all read), so the
            // sources added now are the statistics sheets and nothing else.
            let before = sources.count
            statistics = StatisticsLoader.load(sheets, units: known, indicators: indicators, log: log)
            statisticsSources = before..<sources.count
        }
        let hotlines = TablesLoader.hotlines(reader, log: log)
        var content = SiteContent(
            settings: settings ?? SettingsLoader.placeholder,
            units: loaded.units, criteria: criteria, snapshots: snapshots,
            targets: targets,
            themes: MarkdownLoader.themes(reader, log: log),
            hotlines: hotlines.hotlines,
            statistics: statistics,
            news: MarkdownLoader.news(reader, log: log),
            pages: MarkdownLoader.pages(reader, log: log),
            sources: sources.all)
        try log.throwIfAny()
        content.indicators = indicators
        content.statisticsSources = statisticsSources
        content.warnings = ConsistencyChecks.latest(snapshots) + hotlines.unfilled
        // Only each group's latest sheet is warned about; earlier months' warnings would be held
        // through the whole build for nothing.
        for i in content.snapshots.indices { content.snapshots[i].warnings = [:] }
        content.unfilled = hotlines.unfilled
        content.record = try SiteRecordStore(site: site).load()
        return content
    }

    /// The site's unit must exist and the tree must have no cycle. Units outside the site's
    /// unit are allowed and left out of the site: wards often receive one district-wide sheet.
    /// Returns the ids below (and including) the root.
    private static func checkTree(_ units: [AdministrativeUnit], byID: [String: AdministrativeUnit], rootID: String,
                                  rejected: Set<String>, unitPosition: SourcePosition?, log: DiagnosticLog) -> Set<String> {
        guard let root = byID[rootID] else {
            if !rejected.contains(rootID) {
                log.add(Diagnostic(unitPosition ?? SourcePosition(file: "content/\(SettingsLoader.fileName)", line: 1),
                    vi: "đơn vị «\(rootID)» (khóa unit) không có trong units.csv", en: "unit «\(rootID)» (key unit) is not in units.csv"))
            }
            return []
        }
        // The site's own unit may have a parent (a ward in a district-wide sheet), but must not
        // be its own ancestor: the walk down from it would never end.
        var ancestor = root.parentID.flatMap { byID[$0] }
        var seenAbove: Set<String> = []
        while let a = ancestor, seenAbove.insert(a.id).inserted {
            if a.id == root.id {
                log.add(Diagnostic(root.position, vi: "vòng lặp cấp trên: «\(root.name)» nằm trong chính nó (qua cột cấp trên)",
                                   en: "parent cycle: «\(root.name)» is inside itself (through the parent column)"))
                return []
            }
            ancestor = a.parentID.flatMap { byID[$0] }
        }
        // Memoised walk: each unit is resolved once, so this stays linear for 100k groups.
        var reaches: [String: Bool] = [root.id: true]
        for u in units {
            var path: [String] = []
            var visiting: Set<String> = []
            var cursor: AdministrativeUnit? = u
            var result = false
            while let c = cursor {
                if let known = reaches[c.id] { result = known; break }
                if !visiting.insert(c.id).inserted {
                    log.add(Diagnostic(u.position, vi: "vòng lặp cấp trên tại «\(c.name)»", en: "parent cycle at «\(c.name)»"))
                    break
                }
                path.append(c.id)
                cursor = c.parentID.flatMap { byID[$0] }
            }
            for id in path { reaches[id] = result }
        }
        return Set(reaches.filter(\.value).keys)
    }

    /// Households of every unit at the recognised level below the root: a group's own figure;
    /// a commune's own figure or else the sum of its groups'. Either way it must be above 0.
    static func measuredHouseholds(_ loaded: LoadedUnits, byID: [String: AdministrativeUnit], level: UnitLevel,
                                   underRoot: Set<String>, log: DiagnosticLog) -> [String: Int] {
        let lookup = UnitLookup(byID: byID, rejected: [], level: level, households: [:], setID: "")
        var levels: [String: UnitLevel] = [:]
        for u in loaded.units { if let l = lookup.level(of: u) { levels[u.id] = l } }
        let measured = loaded.units.filter { $0.kind.isPlace && levels[$0.id] == level && underRoot.contains($0.id) }.map(\.id)
        let counts = UnitIndex.households(loaded.units, byID: byID, levels: levels, level: level, measured: measured)
        // Without the column at all, that is the one error, not one per group.
        if !loaded.householdsColumn, measured.contains(where: { counts[$0] == 0 }), let file = loaded.file {
            log.add(Diagnostic(SourcePosition(file: file, line: 1),
                vi: "units.csv thiếu cột households (so_ho): các đơn vị được đánh giá cần số hộ để tính tỉ lệ cam kết",
                en: "units.csv has no households column (so_ho): the measured units need households for the pledge rate"))
            return counts
        }
        for id in measured where counts[id] == 0 {
            let u = byID[id]!
            let cell = loaded.householdsCells[u.id] ?? u.position
            if level == .group {
                log.add(Diagnostic(cell, vi: "\(u.fullName) cần số hộ lớn hơn 0 (để tính tỉ lệ cam kết)",
                                   en: "«\(u.fullName)» needs a household count above 0 (for the pledge rate)"))
            } else {
                log.add(Diagnostic(cell, vi: "\(u.fullName) cần số hộ lớn hơn 0 (cột households của đơn vị, hoặc số hộ của các tổ, thôn thuộc đơn vị) để tính tỉ lệ cam kết",
                                   en: "«\(u.fullName)» needs a household count above 0 (its households column, or its groups') for the pledge rate"))
            }
        }
        return counts
    }
}

extension SettingsLoader {
    static let placeholder = SiteSettings(name: "", rootUnitID: "", baseURL: "/", description: "", illustrative: false,
                                          smallCountThreshold: 5, criteriaSetID: "", publicPhones: [], publicNames: [],
                                          pledgeCommitments: defaultCommitments, officeAddress: nil, newsPerPage: 10)
}
