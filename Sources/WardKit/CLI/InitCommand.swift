import Foundation
import WardLocale

extension CommandLineInterface {
    /// `wardkit init DIR --name "Phường …"`: a new site that builds at once, with the parts every
    /// ward needs (national hotlines, both standard criteria sets) and placeholders to fill in.
    func initSite(_ args: [String]) -> Int32 {
        guard let p = parse(args, flags: [], options: ["--name", "--base-url"]), p.positional.count == 1 else {
            err(say("lỗi: cần thư mục, ví dụ: wardkit init phuong-hoa-binh --name \"Phường Hòa Bình\" --base-url https://ubnd.example.vn/khong-ma-tuy/",
                    "error: a folder is required, e.g. wardkit init phuong-hoa-binh --name \"Phường Hòa Bình\" --base-url https://ubnd.example.vn/khong-ma-tuy/"))
            return 2
        }
        let name = p.options["--name"] ?? "Phường Mới"
        if let base = p.options["--base-url"], let problem = BaseURL.problem(base) {
            err(say("lỗi: --base-url: \(problem.vi)", "error: --base-url: \(problem.en)"))
            return 2
        }
        let dir = URL(fileURLWithPath: p.positional[0]).standardizedFileURL
        let content = dir.appendingPathComponent("content")
        if FileManager.default.fileExists(atPath: content.path) {
            err(say("lỗi: \(content.path) đã có; không ghi đè nội dung sẵn có", "error: \(content.path) exists; existing content is never overwritten"))
            return 1
        }
        do {
            for (path, text) in StarterSite.files(name: name, today: .today(), baseURL: p.options["--base-url"]) {
                let url = content.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        } catch {
            err(say("lỗi: không tạo được trang: \(error)", "error: could not create the site: \(error)"))
            return 1
        }
        print(StarterSite.closing(name: name, dir: dir, baseURL: p.options["--base-url"], language: language))
        return 0
    }
}

/// The starter content of `wardkit init`.
public enum StarterSite {
    /// The two criteria sets every ward plan cites: the six criteria of the "Tổ dân phố không ma
    /// túy" model (worded as the An Hải plan states them, for groups) and the three of Article 5,
    /// Decision 28/QĐ-TTg, worded as the Kim Trà plan quotes it (for communes).
    public static let criteriaCSV = """
    Bộ tiêu chí,Mã tiêu chí,Nội dung,Căn cứ,Áp dụng cho
    TDP6,TC1,"Không có tụ điểm, điểm phức tạp về ma túy, đối tượng bán lẻ trái phép chất ma túy, điểm tổ chức và sử dụng trái phép chất ma túy trên địa bàn.","Mô hình «Tổ dân phố không ma túy» (Kế hoạch của UBND phường An Hải, Hải Phòng, 2025)",tổ dân phố
    TDP6,TC2,"Không có đối tượng, nhóm, đường dây có biểu hiện nghi vấn liên quan đến hoạt động phạm tội về ma túy trên địa bàn.","Mô hình «Tổ dân phố không ma túy» (Kế hoạch của UBND phường An Hải, Hải Phòng, 2025)",tổ dân phố
    TDP6,TC3,"100% người nghiện ma túy trên địa bàn có hồ sơ quản lý; 100% người nghiện ma túy có mặt tại địa bàn được lập hồ sơ áp dụng các hình thức cai nghiện phù hợp và 100% người sau cai nghiện được lập hồ sơ quản lý theo quy định.","Mô hình «Tổ dân phố không ma túy» (Kế hoạch của UBND phường An Hải, Hải Phòng, 2025)",tổ dân phố
    TDP6,TC4,"100% người sử dụng trái phép chất ma túy có mặt tại nơi cư trú trên địa bàn được lập hồ sơ quản lý, theo dõi, giám sát chặt chẽ theo quy định pháp luật.","Mô hình «Tổ dân phố không ma túy» (Kế hoạch của UBND phường An Hải, Hải Phòng, 2025)",tổ dân phố
    TDP6,TC5,"100% đại diện hộ gia đình trên địa bàn cam kết không phạm tội, không tham gia tệ nạn ma túy và tự nguyện hợp tác với các lực lượng chức năng trong công tác phòng, chống ma túy; 100% tổ dân phố có hòm thư tố giác tội phạm, có bảng niêm yết công khai số điện thoại đường dây nóng của lực lượng chức năng trong phòng, chống tội phạm ma túy.","Mô hình «Tổ dân phố không ma túy» (Kế hoạch của UBND phường An Hải, Hải Phòng, 2025)",tổ dân phố
    TDP6,TC6,"Xây dựng và duy trì hiệu quả ít nhất 01 mô hình về phòng chống tội phạm, tệ nạn ma túy trên địa bàn.","Mô hình «Tổ dân phố không ma túy» (Kế hoạch của UBND phường An Hải, Hải Phòng, 2025)",tổ dân phố
    QD28,D1,"Không có người hiện đang cư trú trên địa bàn nghiện ma túy, sử dụng trái phép chất ma túy, trừ người đang tham gia điều trị nghiện ma túy bằng thuốc thay thế, người đang cai nghiện tại gia đình, cộng đồng và người đang bị quản lý sau cai nghiện ma túy",Điều 5 Quyết định số 28/QĐ-TTg ngày 24/8/2025 của Thủ tướng Chính phủ,xã
    QD28,D2,"Không có người hiện đang cư trú trên địa bàn vi phạm pháp luật về ma túy trên địa bàn, không có đối tượng bị truy nã do phạm tội về ma túy lẫn trốn trên địa bàn.",Điều 5 Quyết định số 28/QĐ-TTg ngày 24/8/2025 của Thủ tướng Chính phủ,xã
    QD28,D3,"Không có điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy.",Điều 5 Quyết định số 28/QĐ-TTg ngày 24/8/2025 của Thủ tướng Chính phủ,xã

    """

    /// The site's level is read from its name, as staff write it: «Quận Long Biên» is a district,
    /// «Xã Bãi Trành» a commune. The rest of the name is the unit's name in units.csv.
    static func level(of name: String) -> (kind: UnitKind, rest: String) {
        let kinds: [UnitKind] = [.townCity, .town, .centralCity, .province, .urbanDistrict, .district, .ward, .commune]
        let lower = name.lowercased()
        for k in kinds where lower.hasPrefix(k.vi.lowercased() + " ") {
            return (k, String(name.dropFirst(k.vi.count + 1)).trimmingCharacters(in: .whitespaces))
        }
        return (.ward, name)
    }

    /// A starter tree below the site's unit: groups for a ward or commune, a ward with groups
    /// and one without for a district (both build), one more level for a province.
    static func unitsCSV(name: String, id: String) -> String {
        let (kind, rest) = level(of: name)
        var rows = [unitsHeader, "\(id),\(rest),\(kind.vi),,,"]
        func groups(_ parent: String, _ groupKind: UnitKind, _ prefix: String) {
            for (i, hh) in [120, 95, 140].enumerated() {
                rows.append("\(prefix)\(i + 1),\(groupKind.vi) \(i + 1),\(groupKind.vi),\(parent),\(hh),Nhà văn hóa \(groupKind.vi.lowercased()) \(i + 1)")
            }
        }
        switch kind.level ?? .commune {
        case .group, .commune:
            groups(id, kind == .commune ? .village : .residentialGroup, kind == .commune ? "THON0" : "TDP0")
        case .district:
            let ward: UnitKind = kind == .district ? .commune : .ward
            rows.append("\(ward == .commune ? "XA" : "P")01,\(ward.vi) 1,\(ward.vi),\(id),,")
            rows.append("\(ward == .commune ? "XA" : "P")02,\(ward.vi) 2,\(ward.vi),\(id),,")
            groups("\(ward == .commune ? "XA" : "P")01", ward == .commune ? .village : .residentialGroup, ward == .commune ? "THON0" : "TDP0")
        case .province:
            rows.append("H01,Huyện 1,Huyện,\(id),,")
            rows.append("XA01,Xã 1,Xã,H01,,")
            groups("XA01", .village, "THON0")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    static func files(name: String, today: CalendarDate, baseURL: String? = nil) -> [(String, String)] {
        let wardID = Vietnamese.slug(name).uppercased().replacingOccurrences(of: "-", with: "")
        return [
            ("settings.txt", """
            # Cài đặt trang — mỗi dòng là «khóa: giá trị». Dòng bắt đầu bằng # là ghi chú.
            name: \(name)
            # Mã đơn vị của phường/xã trong units.csv
            unit: \(wardID)
            description: Thông tin phòng, chống ma túy và tiến độ xây dựng «\(name) không ma túy».
            # Địa chỉ đăng trang (mã QR trên tài liệu in dẫn về đây), ví dụ https://ubnd.example.vn/khong-ma-tuy/
            # Khi còn là địa chỉ mẫu, «wardkit print --pdf» và «wardkit publish» từ chối chạy.
            base_url: \(baseURL ?? placeholderBaseURL)
            # Ngưỡng ẩn số nhỏ (không nhỏ hơn 3)
            small_count_threshold: 5
            criteria_set: TDP6
            # Số điện thoại và tên được phép công khai (cán bộ ký văn bản, đường dây nóng của phường)
            public_phones: []
            public_names: []
            # Kế hoạch của trang (số, địa danh, ngày, trích yếu, khối chữ ký); bỏ dấu # để dùng.
            # plan_number: 123/KH-UBND
            # plan_place: \(level(of: name).rest)
            # plan_date: 01/06/\(today.year)
            # plan_title: Xây dựng địa bàn «không ma túy» năm \(today.year)
            # signer: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
            # signer_name: (tên người ký — phải có trong public_names)

            """),
            ("units.csv", unitsCSV(name: name, id: wardID)),
            ("criteria.csv", criteriaCSV),
            ("hotlines.csv", hotlinesCSV(name: name)),
            ("targets.csv", "Năm,Mã tổ\n\(today.year),\(firstGroup(unitsCSV(name: name, id: wardID)))\n"),
            ("news/\(today.iso)-ra-mat-trang.md", """
            ---
            title: Ra mắt trang thông tin phòng, chống ma túy
            date: \(today.iso)
            summary: \(name) ra mắt trang theo dõi tiến độ xây dựng địa bàn không ma túy.
            ---
            Trang này công bố tiến độ của từng tổ dân phố, các số đường dây nóng và tài liệu in cho hộ gia đình.

            """),
        ]
    }
}

extension StarterSite {
    /// The first group of a starter sheet: the sample target.
    static func firstGroup(_ csv: String) -> String {
        csv.split(separator: "\n").dropFirst().first { $0.contains(",\(UnitKind.residentialGroup.vi),") || $0.contains(",\(UnitKind.village.vi),") }
            .map { String($0.split(separator: ",")[0]) } ?? ""
    }
}
