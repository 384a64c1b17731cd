import Glibc

/// Why the preview server could not start, told to ward staff in Vietnamese first and English second.
/// There is no line or column: these errors are about the machine (ports, folders), not a file.
public struct ServerError: Error, Sendable, CustomStringConvertible {
    public let vi: String
    public let en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    public var description: String { "\(vi) | \(en)" }
}

extension ServerError {
    static func invalidPort(_ port: Int) -> ServerError {
        ServerError(
            vi: "Số cổng \(port) không hợp lệ: cần một số từ 0 đến 65535.",
            en: "Port \(port) is not valid: it must be a number from 0 to 65535."
        )
    }

    static func invalidBasePath(_ basePath: String) -> ServerError {
        ServerError(
            vi: "Đường dẫn gốc \"\(basePath)\" không hợp lệ: chỉ dùng tên thư mục, không có \"..\", \"?\", \"#\" hay \"%\".",
            en: "Base path \"\(basePath)\" is not valid: use folder names only, without \"..\", \"?\", \"#\" or \"%\"."
        )
    }

    static func missingRoot(_ path: String) -> ServerError {
        ServerError(
            vi: "Không tìm thấy thư mục trang web \"\(path)\". Hãy dựng trang trước rồi chạy lại.",
            en: "The site folder \"\(path)\" does not exist. Build the site first, then try again."
        )
    }

    static func unresolvableHost(_ host: String, reason: String) -> ServerError {
        ServerError(
            vi: "Không hiểu địa chỉ máy \"\(host)\" (\(reason)). Hãy dùng 127.0.0.1.",
            en: "Cannot resolve host \"\(host)\" (\(reason)). Use 127.0.0.1."
        )
    }

    static func cannotListen(host: String, port: Int, errno code: Int32) -> ServerError {
        let reason = String(cString: strerror(code))
        switch code {
        case EADDRINUSE:
            return ServerError(
                vi: "Cổng \(port) đang được chương trình khác dùng. Hãy tắt chương trình đó hoặc chọn cổng khác (ví dụ --port \(port == 65535 ? 8001 : port + 1)).",
                en: "Port \(port) is already in use by another program. Stop that program or choose another port (e.g. --port \(port == 65535 ? 8001 : port + 1))."
            )
        case EACCES:
            return ServerError(
                vi: "Không có quyền mở cổng \(port) (cổng dưới 1024 cần quyền quản trị). Hãy chọn cổng từ 1024 trở lên.",
                en: "Not allowed to open port \(port) (ports below 1024 need administrator rights). Choose a port of 1024 or above."
            )
        case EADDRNOTAVAIL:
            return ServerError(
                vi: "Máy này không có địa chỉ \(host). Hãy dùng 127.0.0.1.",
                en: "This machine has no address \(host). Use 127.0.0.1."
            )
        default:
            return ServerError(
                vi: "Không mở được máy chủ xem trước tại \(host):\(port) (\(reason)).",
                en: "Could not start the preview server on \(host):\(port) (\(reason))."
            )
        }
    }

    static func systemFailure(_ what: String, errno code: Int32) -> ServerError {
        let reason = String(cString: strerror(code))
        return ServerError(
            vi: "Hệ thống từ chối \(what) (\(reason)).",
            en: "The system refused \(what) (\(reason))."
        )
    }
}
