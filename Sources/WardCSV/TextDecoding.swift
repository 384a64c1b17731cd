import Foundation

/// Turns the bytes of an export into text. Unicode is read as is; Windows-1258, Excel's default
/// CSV on a Vietnamese Windows, is decoded only when `LegacyEncodingGuess` finds it beyond doubt.
/// Anything else is refused with a positioned error: a wrong guess would publish mojibake under
/// a ward's name.
enum TextDecoding {
    static func decode(_ data: Data) throws(CSVError) -> (text: String, legacy: LegacyEncoding?) {
        let bytes = [UInt8](data)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (try decodeUTF8(bytes.dropFirst(3)), nil) }
        // Excel's "Unicode text" export is UTF-16 LE with a BOM; BE is accepted for symmetry.
        if bytes.starts(with: [0xFF, 0xFE]) { return (try decodeUTF16(bytes.dropFirst(2), bigEndian: false), nil) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (try decodeUTF16(bytes.dropFirst(2), bigEndian: true), nil) }
        do {
            return (try decodeUTF8(bytes), nil)
        } catch {
            guard case .notUTF8 = error.kind, LegacyEncodingGuess.isWindows1258(bytes),
                  let text = Windows1258.decode(bytes) else { throw error }
            return (text, .windows1258)
        }
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) throws(CSVError) -> String {
        // NUL is valid UTF-8 but never text: checking it first catches BOM-less UTF-16, whose
        // ASCII would otherwise "decode" fine with a NUL after every letter.
        if let nul = bytes.firstIndex(of: 0) {
            throw CSVError.nulByte(at: cursor(after: String(decoding: bytes[..<nul], as: UTF8.self)))
        }
        // Fast path: the standard library's validator; the positioned scan only runs on failure.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        throw firstUTF8Error(in: bytes)
    }

    private static func firstUTF8Error(in bytes: ArraySlice<UInt8>) -> CSVError {
        var position = TextCursor()
        var offset = bytes.startIndex
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            position.advance(over: scalar)
            offset += UTF8.width(scalar)
        }
        let byte = offset < bytes.endIndex ? bytes[offset] : 0
        return CSVError.notUTF8(at: position, byte: byte, suspected: LegacyEncodingGuess.guess(bytes))
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(CSVError) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var position = TextCursor()
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" { throw CSVError.nulByte(at: position) }
                scalars.append(scalar)
                position.advance(over: scalar)
            case .emptyInput:
                if bytes.count % 2 != 0 { throw CSVError.invalidUTF16(at: position) }  // half a code unit at the end
                return String(scalars)
            case .error:
                throw CSVError.invalidUTF16(at: position)
            }
        }
    }

    private static func cursor(after text: String) -> TextCursor {
        var position = TextCursor()
        for scalar in text.unicodeScalars { position.advance(over: scalar) }
        return position
    }
}
