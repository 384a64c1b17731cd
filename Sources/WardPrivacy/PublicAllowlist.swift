import Foundation

/// Numbers and names the ward has declared public (hotlines, the office landline, officials),
/// so the guard stays quiet about them instead of teaching staff to ignore it.
public struct PublicAllowlist: Sendable {
    /// National-form digits ("0234 3822 123" and "+84 234 3822 123" both become "02343822123").
    let phones: Set<String>
    /// Lower-cased NFC names with single spaces.
    let names: Set<String>
    let emails: Set<String>

    /// `phones` may be written in any grouping and with a +84 / 84 prefix; `names` are the full
    /// names of declared officials; `emails` are public mailboxes (e.g. the ward office).
    public init(phones: [String] = [], names: [String] = [], emails: [String] = []) {
        self.phones = Set(phones.map(Self.nationalDigits).filter { !$0.isEmpty })
        self.names = Set(names.map(Self.nameKey).filter { !$0.isEmpty })
        self.emails = Set(emails.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
    }

    func allowsPhone(_ nationalDigits: String) -> Bool { phones.contains(nationalDigits) }
    func allowsName(_ key: String) -> Bool { names.contains(key) }
    func allowsEmail(_ address: String) -> Bool { emails.contains(address.lowercased()) }

    /// Digits only, with the international prefix turned back into the leading 0 the scanner
    /// compares against; short service numbers (113, 1900 …) are left as written.
    static func nationalDigits(_ raw: String) -> String {
        let digits = raw.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.map(Character.init)
        let plain = String(digits)
        let hasPlus = raw.contains("+")
        if plain.hasPrefix("84") && (hasPlus || plain.count == 11 || plain.count == 12) {
            return "0" + plain.dropFirst(2)
        }
        return plain
    }

    /// Same lower-casing as the scanner uses on candidate names, so both sides agree.
    static func nameKey(_ raw: String) -> String {
        let nfc = raw.precomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        for s in nfc.unicodeScalars {
            out.append(Unicode.Scalar(ScalarClass.lower(s.value)) ?? s)
        }
        return String(out).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
