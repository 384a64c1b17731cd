import Foundation
import WardLocale

extension CommandLineInterface {
    /// `wardkit init DIR --name "Phường …"`: a new site that builds at once, with the parts every
    /// ward needs (national hotlines, both standard criteria sets) and placeholders to fill in.
    func initSite(_ args: [String]) -> Int32 {
        guard let p = parse(args, flags: [], options: ["--name"]), p.positional.count == 1 else {
            err(say("lỗi: cần thư mục, ví dụ: wardkit init phuong-hoa-binh --name \"Phường Hòa Bình\"",
                    "error: a folder is required, e.g. wardkit init phuong-hoa-binh --name \"Phường Hòa Bình\""))
            return 2
        }
        let name = p.options["--name"] ?? "Phường Mới"
        let dir = URL(fileURLWithPath: p.positional[0]).standardizedFileURL
        let content = dir.appendingPathComponent("content")
        if FileManager.default.fileExists(atPath: content.path) {
            err(say("lỗi: \(content.path) đã có; không ghi đè nội dung sẵn có", "error: \(content.path) exists; existing content is never overwritten"))
            return 1
        }
        do {
            for (path, text) in StarterSite.files(name: name, today: .today()) {
                let url = content.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        } catch {
            err(say("lỗi: không tạo được trang: \(error)", "error: could not create the site: \(error)"))
            return 1
        }
        print(say("Đã tạo trang «\(name)» trong \(dir.path). Tiếp theo: điền content/units.csv, content/hotlines.csv rồi chạy «wardkit build \(dir.path)».",
                  "Created «\(name)» in \(dir.path). Next: fill in content/units.csv and content/hotlines.csv, then run «wardkit build \(dir.path)»."))
        return 0
    }
}

/// The starter content of `wardkit init`.
public enum StarterSite {
    /// The two criteria sets every ward plan cites: the six criteria of the "Tổ dân phố không ma
    /// túy" model and the three of Article 5, Decision 28/QĐ-TTg (drug-free area).
    public static let criteriaCSV = """
    set,code,text,source
    TDP6,TC1,"Không có điểm, tụ điểm, điểm nguy cơ hoặc nơi bán lẻ trái phép chất ma túy",Mô hình «Tổ dân phố không ma túy»
    TDP6,TC2,"Không có tổ chức, đường dây, nhóm đối tượng nghi vấn hoạt động phạm tội về ma túy",Mô hình «Tổ dân phố không ma túy»
    TDP6,TC3,"100 % người nghiện ma túy được quản lý và áp dụng biện pháp cai nghiện phù hợp",Mô hình «Tổ dân phố không ma túy»
    TDP6,TC4,"100 % người sử dụng trái phép chất ma túy được quản lý, áp dụng biện pháp quản lý",Mô hình «Tổ dân phố không ma túy»
    TDP6,TC5,"100 % đại diện hộ gia đình ký cam kết; có hòm thư tố giác tội phạm và bảng niêm yết số điện thoại đường dây nóng",Mô hình «Tổ dân phố không ma túy»
    TDP6,TC6,"Có ít nhất một mô hình phòng, chống ma túy hoạt động hiệu quả",Mô hình «Tổ dân phố không ma túy»
    QD28,D1,"Không có tội phạm và tệ nạn ma túy trên địa bàn",Điều 5 Quyết định 28/QĐ-TTg
    QD28,D2,"Không có người nghiện, người sử dụng trái phép chất ma túy ngoài xã hội",Điều 5 Quyết định 28/QĐ-TTg
    QD28,D3,"Không phát hiện trồng cây có chứa chất ma túy",Điều 5 Quyết định 28/QĐ-TTg

    """

    static func files(name: String, today: CalendarDate) -> [(String, String)] {
        let wardID = Vietnamese.slug(name).uppercased().replacingOccurrences(of: "-", with: "")
        return [
            ("settings.txt", """
            # Cài đặt trang — mỗi dòng là «khóa: giá trị». Dòng bắt đầu bằng # là ghi chú.
            name: \(name)
            # Mã đơn vị của phường/xã trong units.csv
            unit: \(wardID)
            description: Thông tin phòng, chống ma túy và tiến độ xây dựng «\(name) không ma túy».
            # Địa chỉ đăng trang, ví dụ https://ubnd.example.vn/khong-ma-tuy/
            base_url: https://example.invalid/
            # Ngưỡng ẩn số nhỏ (không nhỏ hơn 3)
            small_count_threshold: 5
            criteria_set: TDP6
            # Số điện thoại và tên được phép công khai (cán bộ ký văn bản, đường dây nóng của phường)
            public_phones: []
            public_names: []

            """),
            ("units.csv", """
            id,name,kind,parent,households,mailbox
            \(wardID),\(name.replacingOccurrences(of: "Phường ", with: "").replacingOccurrences(of: "Xã ", with: "")),\(name.hasPrefix("Xã") ? "Xã" : "Phường"),,,
            TDP01,Tổ dân phố 1,Tổ dân phố,\(wardID),120,Nhà văn hóa tổ 1
            TDP02,Tổ dân phố 2,Tổ dân phố,\(wardID),95,Nhà văn hóa tổ 2
            TDP03,Tổ dân phố 3,Tổ dân phố,\(wardID),140,Nhà văn hóa tổ 3

            """),
            ("criteria.csv", criteriaCSV),
            ("hotlines.csv", """
            name,number,hours,channels,scope
            Công an (khẩn cấp),113,24/7,Gọi,toàn quốc
            Tổng đài quốc gia bảo vệ trẻ em,111,24/7,Gọi,toàn quốc

            """),
            ("targets.csv", "year,group\n\(today.year),TDP01\n"),
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
