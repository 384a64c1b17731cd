import WardPrivacy
import XCTest

final class ProseCountsTests: XCTestCase {
    let scanner = ProseCountScanner(policy: try! SuppressionPolicy(k: 5), placesBelowWard: ["Bến Đò", "Phụ Ổ 1"], hiddenValues: [11])

    func kinds(_ text: String) -> [ProseCountFinding.Kind] { scanner.scan(text).map(\.kind) }

    func testSmallCountsOfPeopleInSensitiveCategories() {
        XCTAssertEqual(kinds("Phường đã đưa 3 người nghiện đi cai nghiện."), [.small])
        XCTAssertEqual(kinds("Bắt giữ ba đối tượng."), [.small], "number words")
        XCTAssertEqual(kinds("Có 2 trường hợp tái nghiện."), [.small])
        XCTAssertEqual(kinds("4 hộ có người nghiện được hỗ trợ."), [.small])
        XCTAssertEqual(kinds("Phường đã đưa 7 người nghiện đi cai nghiện."), [], "≥ k at ward level")
        XCTAssertEqual(kinds("Không có người nghiện: 0 người."), [])
        // Counter nouns an outside attacker's posts used and the first check let through.
        XCTAssertEqual(kinds("Tại thị trấn Cát Tiên, 3 ca nghiện được đưa đi cai nghiện bắt buộc."), [.small])
        XCTAssertEqual(kinds("Công an đã bắt giữ 4 công dân."), [.small])
        XCTAssertEqual(kinds("Có 3 cá nhân bị khởi tố."), [.small])
        XCTAssertEqual(kinds("2 lượt người nghiện được tư vấn."), [.small])
        XCTAssertEqual(kinds("Trực 3 ca trong đợt cao điểm."), [], "a shift is no person when nothing sensitive is said")
    }

    func testCountsTiedToAGroup() {
        let f = scanner.scan("Hiện có 6 người nghiện ở tổ dân phố Hòa Lạc.")
        XCTAssertEqual(f.map(\.kind), [.belowWard(place: "tổ dân phố Hòa Lạc")])
        XCTAssertEqual(f.first?.phrase, "6 người nghiện")
        XCTAssertEqual(f.first.map { [$0.line, $0.column] }, [1, 9])
        XCTAssertEqual(kinds("Số người sử dụng ma túy được quản lý: Bến Đò 6 người."), [.belowWard(place: "Bến Đò")], "a group from the unit list")
        XCTAssertEqual(kinds("Người nghiện ở Phụ Ổ 1\nlà 8 người."), [.belowWard(place: "Phụ Ổ 1")], "a soft line break stays in the sentence")
        XCTAssertEqual(kinds("Thôn 3 có 9 học viên cai nghiện trở về."), [.belowWard(place: "Thôn 3")])
        XCTAssertEqual(kinds("Đến tháng 10 đã khởi tố 6 người."), [], "«tố» is not «tổ»")
        XCTAssertEqual(kinds("Các tổ dân phố có 30 người nghiện."), [], "no group named")
    }

    func testRatesAndHiddenFiguresAndOrdinaryNumbers() {
        XCTAssertEqual(kinds("50 % người nghiện được điều trị methadone."), [.rate])
        XCTAssertEqual(kinds("100 % người nghiện được quản lý; 0 % tái nghiện."), [])
        XCTAssertEqual(kinds("Đã có 11 người nghiện được đưa đi cai nghiện."), [.hiddenFigure])
        XCTAssertEqual(kinds("150 người dân tham gia lễ ra quân phòng, chống ma túy tại 24 tổ dân phố."), [], "not a sensitive category")
        XCTAssertEqual(kinds("Phát 1.200 tờ rơi cho 3 hộ gia đình."), [])
        XCTAssertEqual(kinds("| Tổ Bến Đò | 12 |\n| Số người nghiện | 3 người |"), [.small], "table rows are sentences of their own")
    }

    func testMessagesNameThePhrase() {
        let f = scanner.scan("Có 2 đối tượng bị bắt.")[0]
        XCTAssertTrue(f.vi.contains("«2 đối tượng»") && f.vi.contains("5"))
        XCTAssertTrue(f.en.contains("«2 đối tượng»"))
    }
}
