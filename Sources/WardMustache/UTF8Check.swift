/// Template files are read as bytes; anything that is not UTF-8 is refused at its first bad
/// byte rather than decoded leniently, which would print U+FFFD on every page built from it.
enum UTF8Check {
    static func firstError(in bytes: [UInt8], name: String) -> MustacheError? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        let hex = "0x" + String(bytes[offset], radix: 16, uppercase: true)
        let position = SourcePosition(offset: offset, in: bytes)
        return MustacheError(
            templateName: name, line: position.line, column: position.column,
            vi: "tệp mẫu không phải văn bản UTF-8 (byte \(hex) không hợp lệ). Hãy mở tệp bằng trình soạn thảo và lưu lại dạng UTF-8",
            en: "the template file is not UTF-8 text (invalid byte \(hex)). Open it in an editor and save it as UTF-8")
    }
}
