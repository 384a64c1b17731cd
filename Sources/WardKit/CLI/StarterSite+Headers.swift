import Foundation
import WardLocale

/// The starter sheets speak the staff's language: Vietnamese headers (which the loaders'
/// column aliases accept, beside the English names), and the ward police's hotline as a row
/// to fill in — a blank «0xxx xxx xxx» that build warns about and print --pdf and publish
/// refuse, never a made-up number on a resident's notice board.
extension StarterSite {
    static let unitsHeader = "Mã,Tên,Loại,Cấp trên,Số hộ,Vị trí hòm thư"
    static let placeholderBaseURL = "https://example.invalid/"
    static let blankNumber = "0xxx xxx xxx"

    /// «Công an phường Hòa Bình»: the site's own police, named as the ward names it.
    static func policeLine(name: String) -> String {
        let (kind, rest) = level(of: name)
        return "Công an \(kind.vi.lowercased()) \(rest)"
    }

    static func hotlinesCSV(name: String) -> String {
        let scope = level(of: name).kind == .province ? "tỉnh" : "phường"
        return """
        Tên đường dây,Số đường dây,Thời gian,Kênh,Phạm vi
        Công an (khẩn cấp),113,24/7,Gọi,toàn quốc
        Tổng đài quốc gia bảo vệ trẻ em,111,24/7,Gọi,toàn quốc
        \(policeLine(name: name)),\(blankNumber),24/7,Gọi,\(scope)

        """
    }

    /// What init says last: the next steps, and first of all what stops printing until it is
    /// done — a printed QR code with the example address opens nothing.
    static func closing(name: String, dir: URL, baseURL: String?, language: Language) -> String {
        let vi = language == .vi
        var lines = [vi ? "Đã tạo trang «\(name)» trong \(dir.path)." : "Created «\(name)» in \(dir.path)."]
        if baseURL == nil || BaseURL.isPlaceholder(baseURL!) {
            lines.append(vi
                ? "Cần làm trước khi in hoặc đăng trang: ghi địa chỉ thật của trang vào dòng base_url trong content/settings.txt (hiện là địa chỉ mẫu \(placeholderBaseURL), mã QR in ra sẽ không mở được), hoặc tạo lại với --base-url."
                : "Before printing or publishing: put the site's real address on the base_url line of content/settings.txt (now the placeholder \(placeholderBaseURL); printed QR codes would not open), or create it again with --base-url.")
        }
        lines.append(vi
            ? "Điền số trực ban của «\(policeLine(name: name))» vào content/hotlines.csv (thay «\(blankNumber)»)."
            : "Fill in the duty number of «\(policeLine(name: name))» in content/hotlines.csv (replacing «\(blankNumber)»).")
        lines.append(vi
            ? "Tiếp theo: điền content/units.csv rồi chạy «wardkit build \(dir.path)»."
            : "Next: fill in content/units.csv, then run «wardkit build \(dir.path)».")
        return lines.joined(separator: "\n")
    }
}
