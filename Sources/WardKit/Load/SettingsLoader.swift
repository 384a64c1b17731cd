import Foundation

enum SettingsLoader {
    static let fileName = "settings.txt"

    static let schema = FieldSchema(fields: [
        "name": .text, "unit": .text, "base_url": .text, "description": .text, "illustrative": .boolean,
        "small_count_threshold": .integer, "criteria_set": .text, "public_phones": .list,
        "public_names": .list, "commitments": .list, "office_address": .text, "news_per_page": .integer,
    ], required: ["name", "unit"])

    /// The default commitments of a household pledge, from the ward plans' standard form.
    static let defaultCommitments = [
        "Không sử dụng, tàng trữ, vận chuyển, mua bán trái phép chất ma túy.",
        "Không trồng cây có chứa chất ma túy.",
        "Giáo dục các thành viên trong gia đình không tham gia tệ nạn ma túy.",
        "Phát hiện, tố giác hành vi vi phạm pháp luật về ma túy qua đường dây nóng, hòm thư tố giác.",
        "Phối hợp với chính quyền, công an và các đoàn thể trong phòng, chống ma túy.",
    ]

    static func load(_ reader: SourceReader, log: DiagnosticLog) -> SiteSettings? {
        let url = reader.contentDir.appendingPathComponent(fileName)
        let file = reader.displayPath(url)
        guard reader.exists(fileName) else {
            log.add(Diagnostic(SourcePosition(file: file, line: 1),
                vi: "thiếu tệp cài đặt content/\(fileName) (chạy «wardkit init» để tạo mẫu)",
                en: "missing settings file content/\(fileName) (run «wardkit init» for a starter)"))
            return nil
        }
        guard let text = reader.readText(url, log: log) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let (entries, parseErrors) = KeyValueParser.parse(lines, file: file, firstLine: 1)
        let (v, schemaErrors) = schema.validate(entries, file: file)
        log.add(contentsOf: parseErrors + schemaErrors)
        let k = v.integer("small_count_threshold") ?? 5
        if k < 3, let p = v.position("small_count_threshold") {
            log.add(Diagnostic(p, kind: .privacy,
                vi: "ngưỡng ẩn số nhỏ phải từ 3 trở lên (đang là \(k)); mặc định là 5",
                en: "the small-count threshold must be at least 3 (it is \(k)); the default is 5"))
        }
        var base = v.text("base_url") ?? "/"
        if v.text("base_url") != nil, let problem = BaseURL.problem(base), let p = v.position("base_url") {
            log.add(Diagnostic(p, vi: problem.vi, en: problem.en))
        }
        if !base.hasSuffix("/") { base += "/" }
        return SiteSettings(
            name: v.text("name") ?? "", rootUnitID: v.text("unit") ?? "", baseURL: base,
            description: v.text("description") ?? "", illustrative: v.boolean("illustrative") ?? false,
            smallCountThreshold: max(k, 3), criteriaSetID: v.text("criteria_set") ?? "",
            publicPhones: v.list("public_phones") ?? [], publicNames: v.list("public_names") ?? [],
            pledgeCommitments: v.list("commitments") ?? defaultCommitments,
            officeAddress: v.text("office_address"), newsPerPage: max(v.integer("news_per_page") ?? 10, 1))
    }
}
