import Foundation

/// What the ward has declared public — hotlines and office numbers, public mailboxes and pages,
/// officials who may be named, the site's own unit names, the office address — so the guard
/// stays quiet about them instead of teaching staff to ignore it.
public struct PublicAllowlist: Sendable {
    public var phones: [String]
    public var names: [String]
    public var emails: [String]
    public var places: [String]
    public var officeAddresses: [String]
    public var profiles: [String]

    /// - Parameters:
    ///   - phones: public numbers of any kind (phones, a fund's bank account, the unit's tax
    ///     code), in any grouping, with or without +84/84.
    ///   - names: officials who may be named, matched on the whole name whatever the tone
    ///     placement (Thuý = Thúy, Hoà = Hòa) — never as a prefix of a longer name.
    ///   - emails: public mailboxes.
    ///   - places: the site's unit names (units.csv): places, never persons.
    ///   - officeAddresses: the office's own address(es), e.g. "Số 12 đường Lê Lợi".
    ///   - profiles: official pages and handles, e.g. "facebook.com/conganphuongsongmay", "@ubnd.songmay".
    public init(phones: [String] = [], names: [String] = [], emails: [String] = [], places: [String] = [],
                officeAddresses: [String] = [], profiles: [String] = []) {
        self.phones = phones
        self.names = names
        self.emails = emails
        self.places = places
        self.officeAddresses = officeAddresses
        self.profiles = profiles
    }
}

/// The allowlist in the form the matchers compare against (a class: every analyser shares it).
final class CompiledAllowlist: Sendable {
    let numbers: Set<String>
    let emails: Set<String>
    let officials: PhraseTable<Bool>
    let places: PhraseTable<Bool>
    /// House-number keys of the office address, as `AddressScan` computes them.
    let addresses: Set<String>
    let profiles: Set<String>

    init(_ list: PublicAllowlist = .init(), lexicon: Lexicon, addresses: Set<String> = []) {
        var numbers: Set<String> = []
        for p in list.phones {
            let digits = String(p.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.map(Character.init))
            guard !digits.isEmpty else { continue }
            numbers.insert(digits)
            if digits.hasPrefix("0084") {
                numbers.insert("0" + digits.dropFirst(4))
            } else if digits.hasPrefix("84") && (p.contains("+") || digits.count == 11 || digits.count == 12) {
                numbers.insert("0" + digits.dropFirst(2))
            } else if !digits.hasPrefix("0") && digits.count == 9 {
                numbers.insert("0" + digits)
            }
        }
        self.numbers = numbers
        emails = Set(list.emails.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        officials = PhraseTable(list.names, true)
        let places = PhraseTable<Bool>()
        for p in list.places {
            places.add(p, true)
            // "Tổ dân phố La Chũ Thượng" is also written "La Chũ Thượng".
            let all = PhraseKey.words(of: p)
            var words = all
            while words.count > 1, let m = lexicon.placeWords.longest(words, at: 0), m.next < words.count {
                words.removeFirst(m.next)
            }
            if words.count < all.count {
                places.add(p.split(separator: " ").suffix(words.count).joined(separator: " "), true)
            }
        }
        self.places = places
        self.addresses = addresses
        var profiles: Set<String> = []
        for p in list.profiles {
            var v = p.trimmingCharacters(in: .whitespaces).lowercased()
            for prefix in ["https://", "http://", "www.", "m.", "web."] where v.hasPrefix(prefix) { v.removeFirst(prefix.count) }
            while v.hasSuffix("/") { v.removeLast() }
            v = v.replacingOccurrences(of: "/@", with: "/")
            profiles.insert(v)
            if !v.hasPrefix("@") && !v.contains("/") { profiles.insert("@" + v) }
        }
        self.profiles = profiles
    }
}
