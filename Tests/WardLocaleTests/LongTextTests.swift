import Foundation
import WardLocale
import XCTest

/// Text far longer than a name must still fold, slug and sort correctly, in time proportional to
/// its length: these inputs took minutes with Foundation's normalisation (a 3 MB title 21 s, a
/// long run of accents far longer). The seconds are printed as benchmark figures, not asserted.
final class LongTextTests: XCTestCase {
    private static let title = "Tổ dân phố Đồng Tâm – Phường Hòa Bình, SỐ 12: ậ ặ ỡ ự Ước "
    private static let megabytes3 = 3 * 1024 * 1024

    private func benchmark<T>(_ label: String, _ work: () -> T) -> T {
        let start = Date()
        let result = work()
        print(String(format: "benchmark: %@ %.2f s", label, Date().timeIntervalSince(start)))
        return result
    }

    func testThreeMegabyteTitle() {
        let count = Self.megabytes3 / Self.title.utf8.count
        let long = String(repeating: Self.title, count: count)
        let folded = benchmark("fold 3 MB title") { Vietnamese.fold(long) }
        XCTAssertEqual(folded, String(repeating: Vietnamese.fold(Self.title), count: count))
        let slug = benchmark("slug 3 MB title") { Vietnamese.slug(long) }
        XCTAssertEqual(slug, Array(repeating: Vietnamese.slug(Self.title), count: count).joined(separator: "-"))
        let nfd = String(repeating: Self.title.decomposedStringWithCanonicalMapping, count: count)
        let keys = benchmark("collation keys of 3 MB title, NFC and NFD") {
            (Vietnamese.collationKey(long), Vietnamese.collationKey(nfd))
        }
        XCTAssertEqual(keys.0, keys.1, "canonically equal text has equal keys")
        XCTAssertLessThan(Vietnamese.collationKey(long + "a"), Vietnamese.collationKey(long + "b"))
    }

    /// One letter under half a million combining marks (1 MB), in two canonically equal orders:
    /// Foundation took 164 s for 800 KB of these.
    func testAMegabyteOfStackedMarks() {
        let pairs = 1024 * 1024 / 4
        let stacked = "a" + String(repeating: "\u{301}\u{323}", count: pairs) + " Bình"
        let reordered = "a" + String(repeating: "\u{323}\u{301}", count: pairs) + " Bình"
        XCTAssertEqual(benchmark("fold 1 MB of stacked marks") { Vietnamese.fold(stacked) }, "a binh")
        XCTAssertEqual(Vietnamese.slug(stacked), "a-binh")
        let keys = benchmark("collation keys of 1 MB of stacked marks, two orders") {
            (Vietnamese.collationKey(stacked), Vietnamese.collationKey(reordered))
        }
        XCTAssertEqual(keys.0, keys.1, "the order of marks of different classes does not matter")
        XCTAssertNotEqual(keys.0, Vietnamese.collationKey("a" + String(repeating: "\u{301}", count: pairs) + " Bình"))
    }

    /// The long path (own normalisation) must agree with the short one (Foundation): folding is
    /// local to each character, so a long text folds to its short pieces folded one by one.
    func testLongTextFoldsLikeItsPieces() {
        let pieces = [
            "Phường Hòa Bình", "PHƯỜNG KIM TRÀ", "Ậ Ặ Ỡ Ự", "\u{D0}ường 19/5",
            "Tổ dân phố".decomposedStringWithCanonicalMapping,
            "한국어 서울특별시", "한국어".decomposedStringWithCanonicalMapping,  // Hangul by arithmetic
            "Ωμέγα ἄλφα", "ﬁ ﬀ Å Ω", "\u{F900}\u{2F800}",  // singletons and compatibility forms
            "க\u{BC6}\u{BBE} ো \u{DD9}\u{DCF}",  // Tamil, Bengali and Sinhala two-part vowels
            "a\u{323}\u{302}\u{301} q\u{301}\u{323}\u{31B}", "e\u{0}x\u{1F}", "東京 Zürich Ça",
        ]
        var long: [String] = []
        var expected: [String] = []
        while long.joined().utf8.count < 20_000 {
            for piece in pieces {
                long.append(piece)
                expected.append(Vietnamese.fold(piece))
            }
        }
        XCTAssertEqual(Vietnamese.fold(long.joined(separator: "\n")), expected.joined(separator: "\n"))
        for piece in pieces {
            let repeated = Array(repeating: piece, count: 5000 / piece.utf8.count + 1).joined(separator: " ")
            XCTAssertEqual(Vietnamese.fold(repeated), Array(repeating: Vietnamese.fold(piece), count: 5000 / piece.utf8.count + 1).joined(separator: " "), piece)
            let nfc = repeated.precomposedStringWithCanonicalMapping
            let nfd = repeated.decomposedStringWithCanonicalMapping
            XCTAssertEqual(Vietnamese.collationKey(nfc), Vietnamese.collationKey(nfd), piece)
            XCTAssertEqual(Vietnamese.collationKey(repeated), Vietnamese.collationKey(nfd), piece)
        }
    }
}
