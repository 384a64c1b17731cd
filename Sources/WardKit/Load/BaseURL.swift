import Foundation

/// The address the site is published at. It goes into every canonical link, feed entry and
/// printed QR code, so anything but a plain absolute http(s) URL is refused before it spreads:
/// a `javascript:` scheme, quotes that would break out of an attribute, spaces, control
/// characters, a query or a fragment.
enum BaseURL {
    static func problem(_ s: String) -> (vi: String, en: String)? {
        let lower = s.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
            return ("địa chỉ trang «\(s)» phải bắt đầu bằng https:// (hoặc http://), ví dụ https://ubnd.example.vn/khong-ma-tuy/",
                    "the site address «\(s)» must start with https:// (or http://), e.g. https://ubnd.example.vn/khong-ma-tuy/")
        }
        if s.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || "\"'<>\\`{}|^".unicodeScalars.contains($0) }) {
            return ("địa chỉ trang «\(s)» có dấu cách, dấu nháy hoặc ký tự không được phép trong địa chỉ web",
                    "the site address «\(s)» contains a space, a quote or a character not allowed in a web address")
        }
        guard let c = URLComponents(string: s), let host = c.host, !host.isEmpty, c.query == nil, c.fragment == nil, c.user == nil else {
            return ("địa chỉ trang «\(s)» không hợp lệ: cần tên máy chủ, không có «?», «#» hay tên đăng nhập",
                    "the site address «\(s)» is not valid: it needs a host name and no «?», «#» or user name")
        }
        return nil
    }
}
