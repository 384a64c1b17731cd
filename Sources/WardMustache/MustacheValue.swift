/// The data a template is rendered against: the JSON-like shape that Mustache is defined over,
/// as a value type so that a page's context can be built once and shared across threads.
public indirect enum MustacheValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([MustacheValue])
    case object([String: MustacheValue])
}

extension MustacheValue {
    /// Whether a section shows (or an inverted section hides). Besides the spec's `false`, null and
    /// empty lists, an empty string is falsey too: ward data comes from spreadsheet cells, where an
    /// empty cell means "no value", and `{{#phone}}…{{/phone}}` should then drop the whole line.
    /// Numbers are always truthy because a count of 0 is still something worth printing.
    var isFalsey: Bool {
        switch self {
        case .null, .bool(false): true
        case .string(let text): text.isEmpty
        case .array(let items): items.isEmpty
        case .bool(true), .int, .double, .object: false
        }
    }

    /// Appends the value as interpolated text. Lists and objects have no sensible text form, so
    /// they print nothing, as a missing value does.
    func appendText(to out: inout String, escaped: Bool) {
        switch self {
        case .string(let text):
            if escaped { appendHTMLEscaped(text, to: &out) } else { out += text }
        case .int(let number):
            out += String(number)
        case .double(let number):
            out += MustacheValue.format(number)
        case .bool(let flag):
            out += flag ? "true" : "false"
        case .null, .array, .object:
            break
        }
    }

    /// Integral doubles print without ".0" because data from CSV or JSON often carries whole
    /// numbers as doubles, and "12.0 hộ gia đình" would look wrong on a page. Beyond 2^53 a
    /// double no longer holds exact integers, so those keep Swift's own shortest form.
    static func format(_ number: Double) -> String {
        // Truncate-and-compare rather than `rounded()`, which would pull in libm for this module.
        if number.magnitude < 9_007_199_254_740_992, Double(Int64(number)) == number {
            return String(Int64(number))
        }
        return String(number)
    }
}

/// Escapes the five characters that can end an element or an attribute value. The apostrophe is
/// included (beyond the spec's four) so that values are also safe inside single-quoted attributes.
func appendHTMLEscaped(_ text: String, to out: inout String) {
    // Most values (names, addresses) need no escaping; one scan then appends them whole.
    // On the contiguous bytes: the generic walk over the UTF-8 view was a sixtieth of a build.
    let needed = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: needsEscaping) }
        ?? text.utf8.contains(where: needsEscaping)
    guard needed else {
        out += text
        return
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 32)
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "&"): bytes += "&amp;".utf8
        case UInt8(ascii: "<"): bytes += "&lt;".utf8
        case UInt8(ascii: ">"): bytes += "&gt;".utf8
        case UInt8(ascii: "\""): bytes += "&quot;".utf8
        case UInt8(ascii: "'"): bytes += "&#39;".utf8
        default: bytes.append(byte)
        }
    }
    out += String(decoding: bytes, as: UTF8.self)
}

/// The same escaping for code that builds markup outside templates (charts, feeds), so the
/// site has one definition of "HTML-safe".
public func htmlEscaped(_ text: String) -> String {
    var out = ""
    appendHTMLEscaped(text, to: &out)
    return out
}

private func needsEscaping(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
}

extension MustacheValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: MustacheValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }

    /// Later duplicates win, as they would when assigning keys one by one.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
