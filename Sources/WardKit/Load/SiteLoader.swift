import Foundation
import WardLocale

/// Stage 1 — load: files → typed model. All validation happens here, and every problem found
/// is reported (not just the first) so staff fix a sheet in one pass.
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
        let settings = SettingsLoader.load(reader, log: log)
        let units = UnitsLoader.load(reader, log: log)
        var byID: [String: AdministrativeUnit] = [:]
        for u in units { byID[u.id] = u }
        if let s = settings { checkTree(units, byID: byID, rootID: s.rootUnitID, log: log) }
        let criteria = CriteriaLoader.load(reader, setID: settings?.criteriaSetID ?? "", log: log)
        let snapshots = ProgressLoader.load(reader, units: byID, criteria: criteria, buildDate: buildDate, log: log)
        let content = SiteContent(
            settings: settings ?? SettingsLoader.placeholder,
            units: units, criteria: criteria, snapshots: snapshots,
            targets: TablesLoader.targets(reader, units: byID, log: log),
            themes: MarkdownLoader.themes(reader, log: log),
            hotlines: TablesLoader.hotlines(reader, log: log),
            statistics: TablesLoader.statistics(reader, units: byID, log: log),
            news: MarkdownLoader.news(reader, log: log),
            pages: MarkdownLoader.pages(reader, log: log),
            sources: sources.all)
        try log.throwIfAny()
        var loaded = content
        loaded.record = try SiteRecordStore(site: site).load()
        return loaded
    }

    /// The site's unit must exist and the tree must have no cycle. Units outside the site's
    /// unit are allowed and left out of the site: wards often receive one district-wide sheet.
    private static func checkTree(_ units: [AdministrativeUnit], byID: [String: AdministrativeUnit], rootID: String, log: DiagnosticLog) {
        guard let root = byID[rootID] else {
            log.add(Diagnostic(SourcePosition(file: "content/\(SettingsLoader.fileName)", line: 1),
                vi: "đơn vị «\(rootID)» (khóa unit) không có trong units.csv", en: "unit «\(rootID)» (key unit) is not in units.csv"))
            return
        }
        // The site's own unit may have a parent (a ward in a district-wide sheet), but must not
        // be its own ancestor: the walk down from it would never end.
        var ancestor = root.parentID.flatMap { byID[$0] }
        var seenAbove: Set<String> = []
        while let a = ancestor, seenAbove.insert(a.id).inserted {
            if a.id == root.id {
                log.add(Diagnostic(root.position, vi: "vòng lặp cấp trên: «\(root.name)» nằm trong chính nó (qua cột cấp trên)",
                                   en: "parent cycle: «\(root.name)» is inside itself (through the parent column)"))
                return
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
    }
}

extension SettingsLoader {
    static let placeholder = SiteSettings(name: "", rootUnitID: "", baseURL: "/", description: "", illustrative: false,
                                          smallCountThreshold: 5, criteriaSetID: "", publicPhones: [], publicNames: [],
                                          pledgeCommitments: defaultCommitments, officeAddress: nil, newsPerPage: 10)
}
