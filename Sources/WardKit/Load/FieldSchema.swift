import Foundation
import WardLocale

/// The allowlist of keys a front matter or settings file may contain. Unknown keys are refused
/// rather than ignored: a typo should not silently drop a setting, and a key like `ho_ten`
/// must never carry personal data into the model.
struct FieldSchema: Sendable {
    enum FieldType: Sendable { case text, integer, boolean, date, list }

    let fields: [String: FieldType]
    let required: [String]
    /// Vietnamese names of keys (`so_ke_hoach` → `plan_number`), as for sheet columns.
    var aliases: [String: String] = [:]

    func validate(_ entries: [KeyValueEntry], file: String) -> (FieldValues, [Diagnostic]) {
        var values = FieldValues()
        var diagnostics: [Diagnostic] = []
        var failed: Set<String> = []
        for raw in entries {
            let entry = KeyValueEntry(key: aliases[raw.key] ?? raw.key, keyPosition: raw.keyPosition, raw: raw.raw, valuePosition: raw.valuePosition)
            if entry.key != raw.key, values.position(entry.key) != nil {
                diagnostics.append(Diagnostic(raw.keyPosition, vi: "khóa «\(raw.key)» trùng với «\(entry.key)» đã khai báo", en: "key «\(raw.key)» repeats «\(entry.key)»"))
                continue
            }
            guard let type = fields[entry.key] else {
                let allowed = fields.keys.sorted().joined(separator: ", ")
                diagnostics.append(Diagnostic(entry.keyPosition,
                    vi: "khóa «\(entry.key)» không được phép ở đây; các khóa hợp lệ: \(allowed)",
                    en: "key «\(entry.key)» is not allowed here; valid keys: \(allowed)"))
                continue
            }
            switch Self.convert(entry, to: type) {
            case .success(let v): values.store(entry.key, v, at: entry.valuePosition)
            case .failure(let d): diagnostics.append(d); failed.insert(entry.key)
            }
        }
        // A key whose value was refused is not also «missing»: that only follows from the refusal.
        for key in required where values.position(key) == nil && !failed.contains(key) {
            diagnostics.append(Diagnostic(SourcePosition(file: file, line: 1, column: 1),
                vi: "thiếu khóa bắt buộc «\(key)»", en: "missing required key «\(key)»"))
        }
        return (values, diagnostics)
    }

    private static func convert(_ entry: KeyValueEntry, to type: FieldType) -> Result<FieldValues.Value, Diagnostic> {
        let pos = entry.valuePosition
        switch (type, entry.raw) {
        case (.list, .list(let items)): return .success(.list(items))
        case (.list, .scalar(let s)): return .success(.list([s]))
        case (_, .list(let items)) where items.isEmpty:
            return .failure(Diagnostic(pos, vi: "khóa «\(entry.key)» để trống; hãy ghi giá trị sau dấu hai chấm",
                                       en: "key «\(entry.key)» is empty; write its value after the colon"))
        case (_, .list):
            return .failure(Diagnostic(pos, vi: "khóa «\(entry.key)» cần một giá trị, không phải danh sách",
                                       en: "key «\(entry.key)» takes one value, not a list"))
        case (.text, .scalar(let s)): return .success(.text(s))
        case (.integer, .scalar(let s)):
            if let n = parseCount(s) { return .success(.integer(n)) }
            return .failure(Diagnostic(pos, vi: "«\(s)» không phải số nguyên không âm (khóa «\(entry.key)»)",
                                       en: "«\(s)» is not a non-negative integer (key «\(entry.key)»)"))
        case (.boolean, .scalar(let s)):
            if let b = parseBoolean(s) { return .success(.boolean(b)) }
            return .failure(Diagnostic(pos, vi: "«\(s)» không phải có/không (khóa «\(entry.key)»)",
                                       en: "«\(s)» is not yes/no (key «\(entry.key)»)"))
        case (.date, .scalar(let s)):
            // Excel and Vietnamese habit write 01/06/2026; both forms are accepted.
            if let d = CalendarDate(iso: s) ?? parseDMY(s) { return .success(.date(d)) }
            return .failure(Diagnostic(pos, vi: "«\(s)» không phải ngày hợp lệ dạng NNNN-TT-NN, ví dụ 2026-06-01 (khóa «\(entry.key)»)",
                                       en: "«\(s)» is not a valid date YYYY-MM-DD, e.g. 2026-06-01 (key «\(entry.key)»)"))
        }
    }
}

/// Staff write "có"/"không" as often as "true"/"false".
func parseBoolean(_ s: String) -> Bool? {
    // A sheet's board and mailbox cells, as typed nearly always: no lower-casing or trim
    // (Foundation's trim of each was 3 % of a rebuild that renders nothing).
    switch s {
    case "có", "x", "1": return true
    case "không", "0", "": return false
    default: break
    }
    switch s.lowercased().trimmingCharacters(in: .whitespaces) {
    case "true", "yes", "có", "co", "x", "1", "đúng": return true
    case "false", "no", "không", "khong", "0", "sai", "": return false
    default: return nil
    }
}

struct FieldValues: Sendable {
    enum Value: Sendable { case text(String), integer(Int), boolean(Bool), date(CalendarDate), list([String]) }

    private var values: [String: (Value, SourcePosition)] = [:]

    mutating func store(_ key: String, _ v: Value, at p: SourcePosition) { values[key] = (v, p) }

    func position(_ key: String) -> SourcePosition? { values[key]?.1 }

    func text(_ key: String) -> String? {
        if case .text(let s)? = values[key]?.0 { return s }
        return nil
    }
    func integer(_ key: String) -> Int? {
        if case .integer(let n)? = values[key]?.0 { return n }
        return nil
    }
    func boolean(_ key: String) -> Bool? {
        if case .boolean(let b)? = values[key]?.0 { return b }
        return nil
    }
    func date(_ key: String) -> CalendarDate? {
        if case .date(let d)? = values[key]?.0 { return d }
        return nil
    }
    func list(_ key: String) -> [String]? {
        if case .list(let l)? = values[key]?.0 { return l }
        return nil
    }
}
