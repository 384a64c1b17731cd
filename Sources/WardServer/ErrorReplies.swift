extension Reply {
    /// The bilingual page for every status the server produces on its own.
    static func error(_ status: HTTPStatus) -> Reply {
        let text = errorTexts[status.code] ?? ("Lỗi máy chủ xem trước.", "Preview server error.")
        var reply = message(status, vi: text.vi, en: text.en)
        // RFC 9110 §15.5.6: a 405 must say which methods would work.
        if status == .methodNotAllowed { reply.extraHeaders.append(("Allow", "GET, HEAD")) }
        return reply
    }

    private static let errorTexts: [Int: (vi: String, en: String)] = [
        400: ("Yêu cầu không hợp lệ.", "The request is malformed."),
        403: ("Không có quyền đọc tệp này.", "This file cannot be read (permission denied)."),
        404: ("Không tìm thấy trang này.", "This page does not exist."),
        405: ("Máy chủ xem trước chỉ nhận GET và HEAD.", "The preview server only accepts GET and HEAD."),
        408: ("Yêu cầu đến quá chậm.", "The request took too long to arrive."),
        431: ("Phần đầu yêu cầu quá lớn.", "The request headers are too large."),
        505: ("Chỉ hỗ trợ HTTP/1.0 và HTTP/1.1.", "Only HTTP/1.0 and HTTP/1.1 are supported."),
    ]
}
