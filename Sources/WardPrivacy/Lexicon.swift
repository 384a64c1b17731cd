import Foundation

/// What a keyword phrase announces about the words or number after it.
enum PhraseRole: Sendable, Equatable {
    /// Role words of criminal or drug news: whatever capitalised name follows is a person.
    case strongName
    /// Polite forms of address (ông, bà, anh …) also start place names ("chợ Bà Chiểu"), so
    /// the name after them must look like a Vietnamese full name.
    case weakName
    case birth(dateOnly: Bool)
    /// "số nhà", "nhà số": a number after them locates a home.
    case houseWord
    /// ngõ, ngách, hẻm, kiệt: alleys, which also continue an address ("số nhà 12 ngõ 34").
    case alleyWord
    /// "số 12" alone is a document or list number; only "số 12 ngõ 5" is an address.
    case houseNumberWord
    /// Street, school and administrative words: capitalised words after them are a place name.
    case place
}

struct Phrase: Sendable {
    let words: [UInt64]
    let role: PhraseRole
    /// "sinh năm" after "học"/"phát"/"vệ"… is a student, an expense or hygiene, not a birth.
    let startsWithSinh: Bool
}

/// The fixed Vietnamese vocabulary of the guard, hashed once.
struct Lexicon: Sendable {
    private let phrasesByFirst: [UInt64: [Phrase]]
    /// 1024-bit prefilter so that most words skip the dictionary lookup altogether.
    private let firstWordBits: [UInt64]
    let surnames: Set<UInt64>
    let middleNames: Set<UInt64>
    let titleWords: Set<UInt64>
    let sinhCompounds: Set<UInt64>
    let unitWords: Set<UInt64>
    let nameFillers: Set<UInt64>
    let listJoiners: Set<UInt64>
    let publicFigures: Set<String>
    let sn = WordHash.of("sn")
    let thang = WordHash.of("tháng")
    let nam = WordHash.of("năm")

    static let standard = Lexicon()

    private init() {
        var table: [UInt64: [Phrase]] = [:]
        var bits = [UInt64](repeating: 0, count: 16)
        func add(_ texts: [String], _ role: PhraseRole) {
            for text in texts {
                let words = text.split(separator: " ").map { WordHash.of(String($0)) }
                let phrase = Phrase(words: words, role: role, startsWithSinh: text.hasPrefix("sinh "))
                table[words[0], default: []].append(phrase)
                bits[Int(words[0] & 1023) >> 6] |= 1 << (words[0] & 63)
            }
        }
        add(Self.withDrugSpellings([
            "đối tượng", "người nghiện", "người nghiện ma túy", "người sử dụng ma túy",
            "người sử dụng chất ma túy", "người sử dụng trái phép ma túy",
            "người sử dụng trái phép chất ma túy", "bị can", "bị cáo", "bị hại", "người bị hại",
            "nghi phạm", "nghi can", "học viên", "tên là", "họ tên", "họ và tên",
        ]), .strongName)
        add(["ông", "bà", "anh", "chị", "cháu", "em", "cụ", "bé", "chú", "cô"], .weakName)
        add(["sinh năm", "năm sinh"], .birth(dateOnly: false))
        add(["sinh ngày", "ngày sinh", "ngày tháng năm sinh"], .birth(dateOnly: true))
        add(["số nhà", "nhà số"], .houseWord)
        add(["ngõ", "ngách", "hẻm", "kiệt"], .alleyWord)
        add(["số"], .houseNumberWord)
        add([
            "đường", "phố", "trường", "phường", "xã", "tổ dân phố", "thôn", "khu phố", "cầu", "chợ",
            "tỉnh", "huyện", "quận", "thành phố", "tp", "thị trấn", "thị xã", "ấp", "bản", "làng",
            "sông", "núi", "đình", "chùa", "đền", "bệnh viện", "công viên", "nhà văn hóa",
            "nhà văn hoá", "trung tâm", "đại lộ", "quảng trường", "học viện", "viện", "khu", "cụm",
            "nhà thờ", "giáo xứ", "bến", "trạm", "khu dân cư",
        ], .place)
        for key in table.keys { table[key]!.sort { $0.words.count > $1.words.count } }
        phrasesByFirst = table
        firstWordBits = bits

        func hashes(_ words: [String]) -> Set<UInt64> { Set(words.map(WordHash.of)) }
        surnames = hashes([
            "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi",
            "đỗ", "hồ", "ngô", "dương", "lý", "lí", "đào", "đoàn", "vương", "trịnh", "trương",
            "lâm", "phùng", "mai", "tô", "tạ", "hà", "thái", "cao", "lưu", "quách", "lương",
            "đinh", "đàm", "kiều", "chu", "châu", "lục", "triệu", "tăng", "khúc", "kim", "la",
            "lò", "lã", "lạc", "mạc", "mạch", "nghiêm", "nông", "ông", "phí", "quan", "tôn", "từ",
            "thân", "thạch", "tiêu", "doãn", "diệp", "giáp", "hứa", "khổng", "khương", "lai",
            "lỗ", "mẫn", "ninh", "nhữ", "quản", "sầm", "tống", "trình", "ưng", "vi", "viên",
            "âu", "bạch", "bế", "cù", "cung", "đồng", "giang", "hầu", "hàn", "hoa", "kha", "lầu",
            "mông", "sùng", "giàng", "thào", "vàng", "hờ", "ly", "mùa", "tráng", "lường",
            "quàng", "cầm", "điêu", "vì", "ksor", "siu", "rmah", "nay", "bàn", "mã", "ma", "y",
        ])
        middleNames = hashes(["văn", "thị"])
        // A run of capitals after a name is usually the person's title ("Nguyễn Văn Minh Chủ
        // tịch …"); cutting there keeps declared officials matching.
        titleWords = hashes(["chủ", "phó", "bí", "giám", "ủy", "uỷ", "tổ", "trưởng", "cán"])
        sinhCompounds = hashes([
            "học", "phát", "vệ", "hy", "giáng", "nảy", "sản", "hồi", "ký", "kí", "tái", "sơ",
            "dân", "an", "nhân", "thí", "khai", "song", "mưu", "hộ", "trường", "ký", "tân",
        ])
        unitWords = hashes([
            "đồng", "đ", "vnđ", "vnd", "usd", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "người", "hộ",
            "lượt", "tấn", "kg", "ha", "m2", "m", "km", "lít",
        ])
        nameFillers = hashes(["là", "tên"])
        listJoiners = hashes(["và", "cùng", "với"])
        // Heroes and leaders whose names are also street and school names; they are public.
        publicFigures = Set([
            "hồ chí minh", "võ nguyên giáp", "tôn đức thắng", "phạm văn đồng", "lê duẩn",
            "nguyễn văn linh", "võ văn kiệt", "nguyễn văn cừ", "nguyễn văn trỗi", "lê văn tám",
            "võ thị sáu", "nguyễn thị minh khai", "trần hưng đạo", "lý thường kiệt",
            "lê hồng phong", "phan đình phùng", "phan bội châu", "phan chu trinh",
            "nguyễn thái học", "hoàng văn thụ", "nguyễn đình chiểu", "trần quốc toản",
            "lê thánh tông", "nguyễn tất thành", "lý tự trọng", "nguyễn chí thanh",
            "hoàng hoa thám", "nguyễn thị định", "trần văn ơn", "nguyễn văn huyên",
        ])
    }

    /// The same phrase written with old and new tone placement ("ma túy" / "ma tuý").
    private static func withDrugSpellings(_ texts: [String]) -> [String] {
        texts + texts.filter { $0.contains("túy") }.map { $0.replacingOccurrences(of: "túy", with: "tuý") }
    }

    @inline(__always) func mayStartPhrase(_ h: UInt64) -> Bool {
        firstWordBits[Int(h & 1023) >> 6] & (1 << (h & 63)) != 0
    }

    func phrases(startingWith h: UInt64) -> [Phrase]? {
        mayStartPhrase(h) ? phrasesByFirst[h] : nil
    }
}
