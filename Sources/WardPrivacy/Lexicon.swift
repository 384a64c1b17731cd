/// What a phrase before a number announces.
enum NumberLabel: Sendable, Equatable {
    case phone, citizenID, oldID, taxCode, bank, card, socialInsurance, healthInsurance, passport, licence, plate, social
}

enum RoleKind: Sendable, Equatable {
    /// Only a person can follow ("đối tượng", "chủ hộ", "thanh niên").
    case person
    /// Forms of address and titles ("anh", "bà", "đồng chí").
    case polite
    /// A profile name follows ("Facebook", "nick Zalo").
    case social
}

enum PlaceKind: Sendable, Equatable {
    case street, place, admin
}

/// The fixed vocabulary of the scanner, hashed once per process.
final class Lexicon: Sendable {
    let surnames: PhraseTable<Bool>          // value: strong (a slug led by it is a name)
    let middles: PhraseTable<Bool>
    let given: PhraseTable<Bool>
    let nicknames: PhraseTable<Bool>
    let notNames: PhraseTable<Bool>
    let notRoleNames: PhraseTable<Bool>
    let publicNames: PhraseTable<Bool>       // value: is a place (not a person)
    let roles: PhraseTable<RoleKind>
    let placeWords: PhraseTable<PlaceKind>
    let lowerPlaceWords: PhraseTable<Bool>
    let labels: PhraseTable<NumberLabel>
    let bankNames: PhraseTable<Bool>
    let labelFillers: PhraseTable<Bool>
    let units: PhraseTable<Bool>
    let peopleNouns: PhraseTable<Bool>
    let cohortWords: PhraseTable<Bool>
    let ageBounds: PhraseTable<Bool>
    let rangeTails: PhraseTable<Bool>
    let sinhCompounds: PhraseTable<Bool>
    let residenceWords: PhraseTable<Bool>
    let roomWords: PhraseTable<Bool>
    let cohortNouns: PhraseTable<Bool>
    let notAfterMiddle: PhraseTable<Bool>
    let titleWords: PhraseTable<Bool>
    let compoundSurnames: PhraseTable<Bool>
    /// Folded spellings, for names written as one word in a URL ("nguyenthithanhhuong").
    let joinedSurnames: [[UInt8]]
    let joinedGiven: Set<[UInt8]>
    /// Single words used by the matchers by identity.
    let w: Words
    /// Union of the first-word filters of every table a word can lead in the word pass: a word
    /// outside it (most words) is skipped at once.
    let leading: [UInt64]

    @inline(__always) func mayLead(_ t: Token) -> Bool {
        let h = t.marked ? t.accent : t.folded
        return leading[Int(h & 4095) >> 6] & (1 << (h & 63)) != 0
    }

    final class Words: Sendable {
        let sinh, năm, ngày, tháng, sn, số, nhà, tuổi, at, dot, chấm, còng, a, một, và, cùng, với, phòng,
            trọ, tầng, thuê, là, trở, ns, bị, đ, c, ki, ốt, p: WordID
        let lowerOnlyRoles: PhraseTable<Bool>
        /// Kinship words that, capitalised at a sentence start, still address a person when a
        /// given name follows ("Cụ Tám", "Em Phương"), unlike "Nam Định" or "Ba Đình".
        let kinWords: PhraseTable<Bool>
        let slugKin: PhraseTable<Bool>
        let birthOrder: PhraseTable<Bool>
        let alleys: PhraseTable<Bool>

        init(sinh: WordID, năm: WordID, ngày: WordID, tháng: WordID, sn: WordID, số: WordID, nhà: WordID, tuổi: WordID,
             at: WordID, dot: WordID, chấm: WordID, còng: WordID, a: WordID, một: WordID, và: WordID, cùng: WordID,
             với: WordID, phòng: WordID, trọ: WordID, tầng: WordID, thuê: WordID, là: WordID, trở: WordID,
             ns: WordID, bị: WordID, abbreviations: [WordID], lowerOnlyRoles: PhraseTable<Bool>, kinWords: PhraseTable<Bool>, slugKin: PhraseTable<Bool>, birthOrder: PhraseTable<Bool>, alleys: PhraseTable<Bool>) {
            (self.sinh, self.năm, self.ngày, self.tháng, self.sn, self.số, self.nhà, self.tuổi) = (sinh, năm, ngày, tháng, sn, số, nhà, tuổi)
            (self.at, self.dot, self.chấm, self.còng, self.a, self.một, self.và, self.cùng) = (at, dot, chấm, còng, a, một, và, cùng)
            (self.với, self.phòng, self.trọ, self.tầng, self.thuê, self.là, self.trở) = (với, phòng, trọ, tầng, thuê, là, trở)
            (self.ns, self.bị) = (ns, bị)
            (self.đ, self.c, self.ki, self.ốt, self.p) = (abbreviations[0], abbreviations[1], abbreviations[2], abbreviations[3], abbreviations[4])
            self.lowerOnlyRoles = lowerOnlyRoles
            self.kinWords = kinWords
            self.slugKin = slugKin
            self.birthOrder = birthOrder
            self.alleys = alleys
        }
    }

    static let shared = Lexicon()

    private init() {
        func list(_ text: String) -> [String] {
            text.split(whereSeparator: { $0 == "," || $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
        func words(_ text: String) -> [String] { text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) }
        func table(_ text: String) -> PhraseTable<Bool> { PhraseTable(list(text), true) }

        let surnames = PhraseTable(words(NameData.surnames), false)
        for s in words(NameData.strongSurnames) { surnames.add(s, true) }
        self.surnames = surnames
        middles = PhraseTable(words(NameData.middles), true)
        given = PhraseTable(words(NameData.given), true)
        nicknames = PhraseTable(words(NameData.nicknames), true)
        notNames = table(NameData.notNames)
        notRoleNames = table(NameData.notRoleNames)
        let publicNames = PhraseTable<Bool>()
        for name in list(FigureData.early) + list(FigureData.modern) + list(FigureData.streets) + list(FigureData.leaders) {
            publicNames.add(name, false)
        }
        for place in list(PlaceData.places) { publicNames.add(place, true) }
        self.publicNames = publicNames

        let roles = PhraseTable<RoleKind>()
        for r in list(ContextData.personRoles) { roles.add(r, .person) }
        for r in list(ContextData.politeRoles) { roles.add(r, .polite) }
        for r in list(ContextData.socialLabels) { roles.add(r, .social) }
        self.roles = roles
        let places = PhraseTable<PlaceKind>()
        for p in list(ContextData.placeWords) { places.add(p, .place) }
        for p in list(ContextData.adminWords) { places.add(p, .admin) }
        for p in list(ContextData.streetWords) { places.add(p, .street) }
        placeWords = places
        lowerPlaceWords = table(ContextData.lowerPlaceWords)

        let labels = PhraseTable<NumberLabel>()
        let groups: [(String, NumberLabel)] = [
            (ContextData.phoneLabels, .phone), (ContextData.citizenLabels, .citizenID), (ContextData.oldIDLabels, .oldID),
            (ContextData.taxLabels, .taxCode), (ContextData.bankLabels, .bank), (ContextData.bankNames, .bank),
            (ContextData.cardLabels, .card), (ContextData.socialInsuranceLabels, .socialInsurance),
            (ContextData.healthInsuranceLabels, .healthInsurance), (ContextData.passportLabels, .passport),
            (ContextData.licenceLabels, .licence), (ContextData.plateLabels, .plate),
        ]
        for (text, label) in groups { for l in list(text) { labels.add(l, label) } }
        self.labels = labels
        bankNames = table(ContextData.bankNames)
        labelFillers = table(ContextData.labelFillers)
        units = table(ContextData.units)
        peopleNouns = table(ContextData.peopleNouns)
        cohortWords = table(ContextData.cohortWords)
        ageBounds = table(ContextData.ageBounds)
        rangeTails = table(ContextData.rangeTails)
        sinhCompounds = table(ContextData.sinhCompounds)
        residenceWords = table(ContextData.residenceWords)
        roomWords = table(ContextData.roomWords)
        cohortNouns = table(ContextData.cohortNouns)
        notAfterMiddle = table(ContextData.notAfterMiddle)
        titleWords = table(ContextData.titleWords)
        compoundSurnames = table(NameData.compoundSurnames)
        func ascii(_ s: String) -> [UInt8] {
            Array(s.lowercased().replacingOccurrences(of: "đ", with: "d").folding(options: .diacriticInsensitive, locale: nil).utf8)
        }
        joinedSurnames = words(NameData.strongSurnames).map(ascii)
        joinedGiven = Set(words(NameData.given).map(ascii))

        let id = WordID.init
        w = Words(sinh: id("sinh"), năm: id("năm"), ngày: id("ngày"), tháng: id("tháng"), sn: id("sn"), số: id("số"),
                  nhà: id("nhà"), tuổi: id("tuổi"), at: id("at"), dot: id("dot"), chấm: id("chấm"), còng: id("còng"),
                  a: id("a"), một: id("một"), và: id("và"), cùng: id("cùng"), với: id("với"), phòng: id("phòng"),
                  trọ: id("trọ"), tầng: id("tầng"), thuê: id("thuê"), là: id("là"), trở: id("trở"), ns: id("ns"), bị: id("bị"), abbreviations: ["đ", "c", "ki", "ốt", "p"].map(id),
                  lowerOnlyRoles: PhraseTable(["nam", "nữ", "người", "hộ", "con", "bạn", "ba", "má", "tên", "bé", "em",
                                               "cô", "chú", "bác", "cụ", "cậu", "gia đình", "hộ gia đình", "gã"], true),
                  kinWords: PhraseTable(["em", "cô", "chú", "bác", "cụ", "cậu", "bé"], true),
                  // Without diacritics "co", "chi", "di", "ba", "cau", "mo" are also "có", "chỉ", "đi",
                  // "ba", "câu", "mở", which come before numbers ("co-hai-doi-tuong"): only these
                  // forms of address open a birth-order name in a slug.
                  slugKin: PhraseTable(["anh", "ông", "chú", "bác", "cụ", "em", "thím"], true),
                  birthOrder: PhraseTable(words(NameData.birthOrder), true),
                  alleys: PhraseTable(["ngõ", "ngách", "hẻm", "kiệt"], true))
        var leading = [UInt64](repeating: 0, count: 64)
        let single = PhraseTable(["sinh", "năm", "ngày", "số", "nhà", "sn", "ns", "phòng"], true)
        for table in [surnames.filter, publicNames.filter, roles.filter, places.filter, table(ContextData.roomWords).filter,
                      table(ContextData.residenceWords).filter, single.filter] {
            for k in 0..<64 { leading[k] |= table[k] }
        }
        self.leading = leading
    }
}

/// One word compared by identity: with its diacritics, or folded when the text has none.
struct WordID: Sendable {
    let accent: UInt64, folded: UInt64

    init(_ text: String) {
        let t = PhraseKey.words(of: text)[0]
        accent = t.accent
        folded = t.folded
    }

    @inline(__always) func matches(_ t: Token) -> Bool {
        t.kind == .word && (t.marked ? t.accent == accent : t.folded == folded)
    }
}
