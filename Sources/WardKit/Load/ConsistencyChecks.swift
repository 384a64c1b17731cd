import Foundation
import WardCSV
import WardLocale

/// A criterion marked «đạt» that the same row's figures contradict: all households must have
/// pledged, at least one model must run, the board and the mailbox must be up. These are
/// warnings, not errors — the sheet may be right and the figure late — so the build goes on,
/// but staff see them in `build` and `check`. Which criterion asks for what is read from its
/// wording, so the checks follow any set (TDP6's TC5 and TC6, Như Xuân's ninth and tenth).
enum ConsistencyChecks {
    static func row(_ row: GroupProgress, record: CSVRecord, table: CSVTable, unit: AdministrativeUnit, households: Int,
                    criteria: CriteriaSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func met(_ c: Criterion) -> Bool { row.statuses[c.code] == .met }
        for c in criteria.criteria(checking: .pledges) where met(c) && row.pledgedHouseholds < households {
            let share = "\(Vietnamese.integer(row.pledgedHouseholds))/\(Vietnamese.integer(households)) hộ (\(Vietnamese.percent(row.pledgedHouseholds, of: households)))"
            out.append(Diagnostic(table.cell(record, c.code).position, kind: .warning,
                vi: "\(unit.fullName): \(c.code) «đạt» nhưng mới \(share) ký cam kết; tiêu chí cần 100 %",
                en: "\(unit.fullName): \(c.code) is «đạt» but only \(share) pledged; the criterion needs 100 %"))
        }
        for c in criteria.criteria(checking: .models) where met(c) && row.preventionModels == 0 {
            out.append(Diagnostic(table.cell(record, c.code).position, kind: .warning,
                vi: "\(unit.fullName): \(c.code) «đạt» nhưng số mô hình là 0",
                en: "\(unit.fullName): \(c.code) is «đạt» but the number of models is 0"))
        }
        for c in criteria.criteria(checking: .boardAndMailbox) where met(c) && (!row.hotlineBoard || !row.mailbox) {
            let missing = [row.hotlineBoard ? nil : "bảng niêm yết", row.mailbox ? nil : "hòm thư"].compactMap { $0 }.joined(separator: " và ")
            let missingEn = [row.hotlineBoard ? nil : "board", row.mailbox ? nil : "mailbox"].compactMap { $0 }.joined(separator: " and ")
            out.append(Diagnostic(table.cell(record, c.code).position, kind: .warning,
                vi: "\(unit.fullName): \(c.code) «đạt» nhưng \(missing) ghi «không»",
                en: "\(unit.fullName): \(c.code) is «đạt» but \(missingEn) is «không»"))
        }
        return out
    }

    /// The warnings of each unit's latest row: the one the site shows. Older sheets are history.
    static func latest(_ snapshots: [ProgressSnapshot]) -> [Diagnostic] {
        var latest: [String: [Diagnostic]] = [:]
        for snap in snapshots {
            for id in snap.rows.keys { latest[id] = snap.warnings[id] ?? [] }
        }
        return latest.values.flatMap { $0 }.sorted { $0.position! < $1.position! }
    }
}
