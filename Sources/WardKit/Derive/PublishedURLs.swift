import Foundation

/// The promise behind every printed QR code: a unit's URL never moves once published, and a
/// published URL never opens another unit. `ban-ghi/duong-dan.tsv` lists each published
/// progress URL with the unit it was published for; a build that would move or reassign one is
/// refused before anything is written, naming both units.
enum PublishedURLs {
    static let file = "duong-dan.tsv"
    static let header = "# Đường dẫn đã đăng (in trên mã QR) · mã đơn vị · tên — WardKit ghi tệp này; đừng sửa tay\n"

    struct Entry: Equatable {
        let path: String
        let id: String
        let name: String
    }

    static func parse(_ text: String?) -> ([Entry], [Diagnostic]) {
        guard let text else { return ([], []) }
        var entries: [Entry] = []
        var errors: [Diagnostic] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 3, f[0].hasPrefix("tien-do/"), f[0].hasSuffix("/"), !f[1].isEmpty else {
                errors.append(Diagnostic(SourcePosition(file: "\(SiteRecord.folder)/\(file)", line: i + 1),
                    vi: "dòng không đúng dạng «đường dẫn<TAB>mã<TAB>tên»; tệp này do WardKit ghi, hãy lấy lại bản sao lưu",
                    en: "line is not «path<TAB>id<TAB>name»; WardKit writes this file, restore it from a backup"))
                continue
            }
            entries.append(Entry(path: f[0], id: f[1], name: f[2]))
        }
        return (entries, errors)
    }

    /// This build's URLs: every unit with a progress page (the root's is always `tien-do/`).
    static func current(_ index: UnitIndex) -> [Entry] {
        index.descendants.filter { index.hasPage($0) }.map { id in
            Entry(path: "tien-do/" + index.paths[id]!, id: id, name: index.byID[id]!.fullName)
        }
    }

    static func check(_ index: UnitIndex, record: SiteRecord) -> [Diagnostic] {
        let (recorded, errors) = parse(record[file])
        guard errors.isEmpty else { return errors }
        let now = current(index)
        var nowByPath: [String: Entry] = [:], nowByID: [String: Entry] = [:]
        for e in now { nowByPath[e.path] = e; nowByID[e.id] = e }
        var oldByID: [String: Entry] = [:]
        for e in recorded { oldByID[e.id] = e }
        var out: [Diagnostic] = []
        func moved(_ id: String) -> Bool {
            guard let old = oldByID[id], let new = nowByID[id] else { return false }
            return old.path != new.path
        }
        for old in recorded {
            guard let new = nowByPath[old.path], new.id != old.id, new.name != old.name else { continue }
            let u = index.byID[new.id]!
            out.append(Diagnostic(u.position,
                vi: "đường dẫn «\(old.path)» đã đăng cho \(old.name) (mã \(old.id)) và đã in trên mã QR; nay nó sẽ mở \(new.name) (mã \(new.id)). Ghi cho \(new.name) một đường dẫn khác ở cột slug (duong_dan) của units.csv",
                en: "the URL «\(old.path)» was published for \(old.name) (id \(old.id)) and is printed on QR codes; it would now open \(new.name) (id \(new.id)). Give \(new.name) another URL in the slug column of units.csv"))
        }
        for new in now where moved(new.id) {
            // A unit that moves only because its parent moved follows from the parent's error.
            if let p = index.byID[new.id]?.parentID, moved(p) { continue }
            let old = oldByID[new.id]!
            let u = index.byID[new.id]!
            let keep = old.path.split(separator: "/").last.map(String.init) ?? ""
            out.append(Diagnostic(u.position,
                vi: "đường dẫn của \(new.name) đã đăng là «\(old.path)» (in trên mã QR), nay sẽ đổi thành «\(new.path)»; giữ đường dẫn cũ bằng cách ghi «\(keep)» vào cột slug (duong_dan) của đơn vị này trong units.csv",
                en: "\(new.name) was published at «\(old.path)» (printed on QR codes) and would move to «\(new.path)»; keep the old URL by writing «\(keep)» in this unit's slug column in units.csv"))
        }
        return out
    }

    /// What the next build must keep: every URL ever published, with this build's added.
    /// Written into one string from the entries sorted by path: a province's 100k URLs as a
    /// table, then a line each, then the joined text were three copies of the file at once.
    static func next(_ index: UnitIndex, record: SiteRecord) -> String {
        // The recorded entries first, this build's after: for a path in both, this build's wins.
        let entries = parse(record[file]).0 + current(index)
        let order = entries.indices.sorted { entries[$0].path < entries[$1].path || (entries[$0].path == entries[$1].path && $0 < $1) }
        var out = header
        var lines = 0
        for (k, i) in order.enumerated() where k + 1 == order.count || entries[order[k + 1]].path != entries[i].path {
            let e = entries[i]
            if lines > 0 { out += "\n" }
            out += e.path; out += "\t"; out += e.id; out += "\t"; out += e.name
            lines += 1
        }
        return out + "\n"
    }
}
