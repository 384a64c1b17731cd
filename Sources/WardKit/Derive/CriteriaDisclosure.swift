import Foundation
import WardLocale

/// Which criteria a single group's page may show. A status about people in a sensitive
/// category is a count in disguise: «Phụ Ổ 1 fails "no users outside management"» beside the
/// ward's «6» says where the 6 live. Group pages (and the group rows of matrices and tables)
/// show recognition, the community criteria (pledges, board, mailbox, models) and how many of
/// those are met — never a people criterion one by one, nor a count that includes them.
/// Communes and wards keep every criterion: their figures may be published.
enum CriteriaDisclosure {
    /// The `about_people` cell: «có», «không», or blank — then only a criterion that reads as a
    /// community measure counts as not about people, so a blank never switches the rule off.
    static func aboutPeople(_ cell: CSVTable.Cell, text: String, log: DiagnosticLog) -> Bool? {
        if cell.value.isEmpty { return !isCommunityMeasure(text) }
        if let yes = IndicatorsLoader.parseYesNo(cell.value) { return yes }
        log.add(Diagnostic(cell.position, vi: "cột về người «\(cell.value)» không hợp lệ; ghi «có» hoặc «không»",
                           en: "about_people «\(cell.value)» is not valid; write «có» or «không»"))
        return nil
    }

    static func isCommunityMeasure(_ text: String) -> Bool {
        let f = Vietnamese.fold(text)
        return ["cam ket", "hom thu", "niem yet", "mo hinh", "duong day nong", "tuyen truyen"].contains { f.contains($0) }
    }

    /// The criteria a unit's page lists.
    static func shown(_ criteria: [Criterion], for unit: AdministrativeUnit) -> [Criterion] {
        unit.kind.isGroup ? criteria.filter { !$0.aboutPeople } : criteria
    }

    /// The criteria kept off a group's page, for the note that says so.
    static func withheld(_ criteria: [Criterion], for unit: AdministrativeUnit) -> [Criterion] {
        unit.kind.isGroup ? criteria.filter(\.aboutPeople) : []
    }

    /// «k/n» over the criteria the page may show.
    static func met(_ row: GroupProgress?, _ criteria: [Criterion], for unit: AdministrativeUnit) -> String {
        let list = shown(criteria, for: unit)
        let met = row.map { r in list.filter { r.statuses[$0.code] == .met }.count } ?? 0
        return "\(met)/\(list.count)"
    }
}
