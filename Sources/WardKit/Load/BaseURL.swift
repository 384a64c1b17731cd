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

    /// Placeholders and missing addresses: fine for a preview, wrong for anything printed or
    /// published, because every QR code and canonical link would lead nowhere.
    static func isPlaceholder(_ s: String) -> Bool {
        guard let host = URLComponents(string: s)?.host?.lowercased(), !host.isEmpty else { return true }
        let reservedTLDs = [".invalid", ".example", ".test", ".localhost", ".local"]
        let exampleDomains = ["example.com", "example.net", "example.org"]
        return reservedTLDs.contains { host.hasSuffix($0) } || exampleDomains.contains { host == $0 || host.hasSuffix("." + $0) }
            || host == "localhost" || host == "127.0.0.1"
    }

    static func publishingProblem(_ s: String) -> (vi: String, en: String)? {
        if let p = problem(s) { return p }
        guard isPlaceholder(s) else { return nil }
        return ("địa chỉ trang «\(s)» chỉ là địa chỉ mẫu: mã QR và liên kết sẽ không mở được. Hãy ghi địa chỉ thật vào khóa base_url trong content/settings.txt (hoặc dùng --base-url)",
                "the site address «\(s)» is a placeholder: QR codes and links would not open. Put the real address in base_url in content/settings.txt (or use --base-url)")
    }
}
