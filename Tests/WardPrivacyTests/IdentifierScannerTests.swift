import Foundation
import WardPrivacy
import XCTest

final class IdentifierScannerTests: XCTestCase {
    private let scanner = IdentifierScanner()

    private func kinds(_ text: String, _ scanner: IdentifierScanner? = nil) -> [IdentifierKind] {
        (scanner ?? self.scanner).scan(text).map(\.kind)
    }

    func testKindWordingIsWhatStaffRead() {
        XCTAssertEqual(IdentifierKind.allCases.map(\.vi), [
            "số điện thoại di động", "số điện thoại cố định", "số CCCD", "số CMND", "mã số thuế",
            "địa chỉ email", "biển số xe", "ngày/năm sinh", "địa chỉ nhà", "tên người",
        ])
        XCTAssertTrue(IdentifierKind.allCases.allSatisfy { !$0.en.isEmpty })
        let finding = PrivacyFinding(kind: .mobilePhone, line: 1, column: 1, masked: "0912 *** 678")
        XCTAssertEqual(finding.vi, "số điện thoại di động «0912 *** 678». Hãy xóa thông tin này, hoặc nếu đây là số/tên công khai, khai báo trong tệp cài đặt (public_phones / public_names).")
        XCTAssertTrue(finding.en.hasPrefix("mobile phone number «0912 *** 678». Remove it"))
    }

    func testMasksKeepOnlyEnoughToFindTheValue() {
        let text = """
        Gọi 0912.345.678; CCCD 001090012345; CMND 123456789; MST 0101234567-001
        đối tượng Nguyễn Văn An, sinh ngày 12/03/1990, ở số nhà 12 ngõ 34, email nguyenvana@gmail.com
        xe 29A-123.45 và 59-B1 123.45; máy bàn (024) 3825 1234
        """
        XCTAssertEqual(scanner.scan(text).map(\.masked), [
            "0912 *** 678", "0010 **** 345", "123 *** 789", "0101 *** 567-***",
            "Nguyễn V** A**", "**/**/19**", "số nhà ** ngõ **", "ng***@gmail.com",
            "29A-***.**", "59-B1 ***.**", "0243 **** 234",
        ])
    }

    func testPositionsCountCharactersAcrossLinesAndScripts() {
        // 👍🏽 is one Character of two scalars; "ệ" typed as e + two combining marks is one.
        let text = "Tin nhắn\r\n\n👍🏽 Liên he\u{323}\u{302} 0912345678\nSN 1990"
        let findings = scanner.scan(text)
        XCTAssertEqual(findings.map { [$0.line, $0.column] }, [[3, 11], [4, 4]])
        XCTAssertEqual(findings.map(\.kind), [.mobilePhone, .birthDate])
    }

    func testInternationalAndGroupedPhones() {
        for written in ["0912345678", "0912 345 678", "091 234 5678", "0912-345-678", "+84 912 345 678",
                        "+84912345678", "84 912 345 678", "(+84) 912 345 678"] {
            XCTAssertEqual(kinds("Liên hệ: \(written)."), [.mobilePhone], written)
        }
        XCTAssertEqual(kinds("Máy bàn +84 24 3825 1234 hoặc 0234.3822.123"), [.landline, .landline])
        // A count glued to the number by a space does not hide it.
        XCTAssertEqual(scanner.scan("gọi lần 2 0912 345 678").map(\.column), [11])
    }

    func testDeclaredPublicNumbersAndNamesPassInAnySpelling() {
        let declared = IdentifierScanner(allowlist: PublicAllowlist(
            phones: ["+84 234 3822 123", "0912.345.678"],
            names: ["Nguye\u{302}\u{303}n Văn Minh"]
        ))
        XCTAssertEqual(kinds("Trực ban: 0234 3822 123, 84 912 345 678", declared), [])
        XCTAssertEqual(kinds("Ông Nguyễn Văn Minh, Chủ tịch UBND phường", declared), [])
        XCTAssertEqual(kinds("Ông Nguyễn Văn Minh Chủ tịch UBND phường", declared), [])
        XCTAssertEqual(kinds("Ông Nguyễn Văn Mạnh, Chủ tịch UBND phường", declared), [.personName])
        XCTAssertEqual(kinds("Gọi 0234 3822 124"), [.landline])
    }

    func testServiceNumbersAmountsAndCodesAreNotIdentifiers() {
        for text in ["Gọi 113, 114, 115", "Tổng đài 1900 1234", "Tổng đài 1900 123 456", "1800.1567",
                     "Hỗ trợ 150000000 đồng", "Tặng 123 456 789 đồng", "Tổng 1.234.567.890 đồng",
                     "Lớp 12A1 và Tổ 15A", "mã QĐ0101234567", "năm 2024 2025", "ngày 12/3/2026",
                     "số 591/KH-UBND", "ngõ văn hóa", "số nhà được gắn biển", "Khu phố 3, Tổ 12"] {
            XCTAssertEqual(kinds(text), [], text)
        }
    }

    func testNamesNeedARoleWordOrATableCell() {
        XCTAssertEqual(kinds("đối tượng nghiện ma túy"), [])
        XCTAssertEqual(kinds("Đối tượng Nguyễn văn a"), [])
        XCTAssertEqual(kinds("bà Nguyễn Thị Lan và chợ Bà Chiểu"), [.personName])
        XCTAssertEqual(kinds("Bà Huyện Thanh Quan"), [])
        XCTAssertEqual(kinds("Bị can Hờ A Páo"), [.personName])
        XCTAssertEqual(kinds("Anh Minh Tuấn"), [])
        XCTAssertEqual(kinds("1. Nguyễn Văn An\n- Trần Thị Bé;\nNguyễn Văn Cừ, Lê Văn Tám"), [.personName, .personName])
        XCTAssertEqual(kinds("Hà Nội, ngày 01/6/2026"), [])
    }

    func testBirthWordsAfterCompoundsAreNotBirths() {
        XCTAssertEqual(kinds("học sinh năm 2025, phát sinh năm 2024, vệ sinh ngày 5/6/2026, an sinh năm 2026"), [])
        XCTAssertEqual(kinds("con sinh năm 2020"), [.birthDate])
        XCTAssertEqual(kinds("ngày sinh 12/3"), [])
    }

    /// One very long decomposed line (no newline) goes through the chunked NFC path.
    func testLongDecomposedLineMatchesComposed() {
        let sentence = "Đối tượng Nguyễn Văn A, SN 1990, ở hẻm 45/12, gọi 0912 345 678. "
        let line = String(repeating: sentence, count: 3000)
        let composed = scanner.scan(line)
        XCTAssertEqual(composed.count, 4 * 3000)
        XCTAssertEqual(scanner.scan(line.decomposedStringWithCanonicalMapping), composed)
        XCTAssertEqual(composed.last?.column, line.count - sentence.count + sentence.distance(
            from: sentence.startIndex, to: sentence.firstRange(of: "0912")!.lowerBound) + 1)
    }
}
