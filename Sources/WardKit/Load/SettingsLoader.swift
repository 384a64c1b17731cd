import Foundation

enum SettingsLoader {
    static let fileName = "settings.txt"

    static let schema = FieldSchema(fields: [
        "name": .text, "unit": .text, "base_url": .text, "description": .text, "illustrative": .boolean,
        "small_count_threshold": .integer, "criteria_set": .text, "public_phones": .list,
        "public_names": .list, "commitments": .list, "office_address": .text, "news_per_page": .integer,
        "plan_number": .text, "plan_place": .text, "plan_date": .text, "plan_title": .text, "plan_issuer": .text,
        "signer": .list, "signer_name": .text, "ward_folders": .list,
    ], required: ["name", "unit"], aliases: [
        "so_ke_hoach": "plan_number", "dia_danh": "plan_place", "ngay_ke_hoach": "plan_date", "trich_yeu": "plan_title",
        "co_quan_ban_hanh": "plan_issuer", "khoi_ky": "signer", "nguoi_ky": "signer_name", "thu_muc_don_vi": "ward_folders",
    ])

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
        var settings = SiteSettings(
            name: v.text("name") ?? "", rootUnitID: v.text("unit") ?? "", baseURL: base,
            description: v.text("description") ?? "", illustrative: v.boolean("illustrative") ?? false,
            smallCountThreshold: max(k, 3), criteriaSetID: v.text("criteria_set") ?? "",
            publicPhones: v.list("public_phones") ?? [], publicNames: v.list("public_names") ?? [],
            pledgeCommitments: v.list("commitments") ?? defaultCommitments,
            officeAddress: v.text("office_address"), newsPerPage: max(v.integer("news_per_page") ?? 10, 1))
        settings.unitPosition = v.position("unit")
        settings.baseURLPosition = v.position("base_url")
        settings.smallCountThresholdPosition = v.position("small_count_threshold")
        settings.criteriaSetPosition = v.position("criteria_set")
        // A page of 0 posts holds nothing, and a huge one overflows the page count.
        if let n = v.integer("news_per_page"), let p = v.position("news_per_page"), !(1...1000).contains(n) {
            log.add(Diagnostic(p, vi: "news_per_page phải từ 1 đến 1000 (đang là \(n))", en: "news_per_page must be 1 to 1000 (it is \(n))"))
        }
        settings.plan = plan(v, publicNames: settings.publicNames, log: log)
        settings.wardFolders = v.list("ward_folders") ?? []
        return settings
    }

    /// The plan's head and signer block; nil when none of its keys is set.
    static func plan(_ v: FieldValues, publicNames: [String], log: DiagnosticLog) -> PlanDocument? {
        let keys = ["plan_number", "plan_place", "plan_date", "plan_title", "plan_issuer", "signer", "signer_name"]
        guard keys.contains(where: { v.position($0) != nil }) else { return nil }
        var plan = PlanDocument(number: v.text("plan_number"), place: v.text("plan_place"), title: v.text("plan_title"),
                                issuer: v.text("plan_issuer"), signerLines: v.list("signer") ?? [], signerName: v.text("signer_name"))
        if let raw = v.text("plan_date"), let p = v.position("plan_date") {
            if let d = PlanDate(raw) { plan.date = d } else {
                log.add(Diagnostic(p, vi: "ngày kế hoạch «\(raw)» không hợp lệ; dùng 2023-06-01, 01/06/2023, 10/2024 (chưa ghi ngày) hoặc 2025",
                                   en: "plan date «\(raw)» is not valid; use 2023-06-01, 01/06/2023, 10/2024 (no day yet) or 2025"))
            }
        }
        // The signer is printed on every form; only an official declared public may be named.
        if let name = plan.signerName, let p = v.position("signer_name"), !publicNames.contains(name) {
            log.add(Diagnostic(p, kind: .privacy,
                vi: "người ký «\(name)» chưa được khai báo là cán bộ công khai; thêm tên vào public_names nếu đúng là người ký kế hoạch",
                en: "signer «\(name)» is not a declared official; add the name to public_names if they sign the plan"))
        }
        return plan
    }
}
