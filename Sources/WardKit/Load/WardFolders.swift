import Foundation

/// A ward's own site folder, read by the district site it reports to (`ward_folders`).
struct WardFolder {
    let reader: SourceReader
    /// The ward's unit (its own `unit` setting): what its sheets may speak for.
    let unitID: String
}

/// Wards keep their own content folders and report upward: a district site reads each ward's
/// units, progress sheets, targets and statistics as if they were rows of one district-wide
/// sheet, so the figures are the same either way. Everything else in a ward's folder (news,
/// themes, pages) belongs to the ward's own site and is not read.
enum WardFolders {
    static func load(_ folders: [String], site: URL, sources: SourceLog, settingsFile: String, criteriaSetID: String,
                     into units: inout LoadedUnits, siteRootID: String, log: DiagnosticLog) -> [WardFolder] {
        var out: [WardFolder] = []
        var known: [String: AdministrativeUnit] = [:]
        for u in units.units { known[u.id] = u }
        for folder in folders {
            let dir = site.appendingPathComponent(folder).standardizedFileURL
            let reader = SourceReader(contentDir: dir.appendingPathComponent("content"), sources: sources, log: log, displayRoot: site)
            guard FileManager.default.fileExists(atPath: reader.contentDir.path) else {
                log.add(Diagnostic(SourcePosition(file: settingsFile, line: 1),
                    vi: "không tìm thấy thư mục «\(folder)/content» (khóa ward_folders)", en: "no folder «\(folder)/content» (key ward_folders)"))
                continue
            }
            guard let settings = SettingsLoader.load(reader, log: log) else { continue }
            if !criteriaSetID.isEmpty, !settings.criteriaSetID.isEmpty, settings.criteriaSetID != criteriaSetID {
                log.add(Diagnostic(SourcePosition(file: reader.displayPath(reader.contentDir.appendingPathComponent(SettingsLoader.fileName)), line: 1),
                    vi: "đơn vị dùng bộ tiêu chí «\(settings.criteriaSetID)», cấp trên dùng «\(criteriaSetID)»; số liệu phải theo cùng một bộ",
                    en: "this unit uses criteria set «\(settings.criteriaSetID)», its district «\(criteriaSetID)»; both must use the same set"))
                continue
            }
            let own = UnitsLoader.load(reader, log: log)
            units.rejected.formUnion(own.rejected)
            units.available = units.available && own.available
            units.householdsColumn = units.householdsColumn || own.householdsColumn
            for u in own.units {
                // The ward's own row may have no parent in its folder (it is that site's root).
                let attached = u.id == settings.rootUnitID && u.parentID == nil && u.id != siteRootID
                    ? AdministrativeUnit(id: u.id, name: u.name, kind: u.kind, parentID: known[u.id]?.parentID ?? siteRootID,
                                         households: u.households, mailboxLocation: u.mailboxLocation, slug: u.slug, position: u.position)
                    : u
                if let first = known[u.id] {
                    if !same(first, attached) {
                        units.rejected.insert(u.id)
                        log.add(Diagnostic(u.position,
                            vi: "mã «\(u.id)» đã có ở \(first.position.file):\(first.position.line) với tên, loại, cấp trên hoặc số hộ khác",
                            en: "id «\(u.id)» is already at \(first.position.file):\(first.position.line) with another name, kind, parent or households"))
                    }
                    continue
                }
                known[u.id] = attached
                units.units.append(attached)
                if let cell = own.householdsCells[u.id] { units.householdsCells[u.id] = cell }
            }
            out.append(WardFolder(reader: reader, unitID: settings.rootUnitID))
        }
        return out
    }

    /// The same unit written in two folders: one row may leave out what the other says (a ward's
    /// own sheet need not repeat its district).
    static func same(_ a: AdministrativeUnit, _ b: AdministrativeUnit) -> Bool {
        a.name == b.name && a.kind == b.kind && (a.parentID == b.parentID || a.parentID == nil || b.parentID == nil)
            && (a.households == b.households || a.households == nil || b.households == nil) && (a.slug == b.slug || a.slug == nil || b.slug == nil)
    }
}
