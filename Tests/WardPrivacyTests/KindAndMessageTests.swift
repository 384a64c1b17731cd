import WardPrivacy
import XCTest

/// Every kind names itself and its fix in both languages; findings print masked values only.
final class KindAndMessageTests: XCTestCase, ScannerChecks {
    func testEveryKindHasItsOwnWordingAndFix() {
        let vi = IdentifierKind.allCases.map(\.vi)
        XCTAssertEqual(Set(vi).count, vi.count, "no two kinds share a name")
        XCTAssertEqual(Set(IdentifierKind.allCases.map(\.en)).count, vi.count)
        for kind in IdentifierKind.allCases {
            XCTAssertFalse(kind.fixVi.isEmpty, "\(kind)")
            XCTAssertFalse(kind.fixEn.isEmpty, "\(kind)")
            XCTAssertFalse(kind.fixVi.contains("\n"), "one line")
        }
        XCTAssertEqual(IdentifierKind.bankAccount.vi, "số tài khoản ngân hàng")
        XCTAssertEqual(IdentifierKind.drivingLicence.en, "driving licence number")
    }

    func testMessagesCarryTheMaskNotTheValue() throws {
        let text = "Gọi 0912.345.678; CCCD 001090012345; đối tượng Nguyễn Văn An; nguyenvana@gmail.com; xe 29A-123.45"
        let found = plain.scan(text)
        XCTAssertEqual(found.map(\.masked), ["0912 *** 678", "001 *** 345", "Nguyễn V** A**", "ng***@gmail.com", "29A-***.**"])
        for f in found {
            XCTAssertFalse(f.vi.contains("345678") || f.vi.contains("090012") || f.vi.contains("Văn An") || f.vi.contains("nguyenvana"), f.vi)
            XCTAssertTrue(f.vi.hasPrefix(f.kind.vi + " «" + f.masked + "»"), f.vi)
        }
        XCTAssertEqual(found[0].vi, "số điện thoại di động «0912 *** 678». Hãy xóa số này; nếu là số công khai (đường dây nóng, số trực của cơ quan), khai báo trong public_phones của settings.txt.")
        XCTAssertTrue(found[0].en.hasPrefix("mobile phone number «0912 *** 678». Remove it"))
        XCTAssertEqual(found.map(\.utf8Offset).first, 6, "«ọ» is three bytes")
    }

    func testTheKeyLinksAnOutputFindingToItsInput() {
        let input = plain.scan("Liên hệ 0912 345 678", format: .plain)
        let output = plain.scan("<p>Liên hệ <a href=\"tel:+84912345678\">+84 912.345.678</a></p>", format: .markup)
        XCTAssertEqual(Set(output.map(\.key)), Set(input.map(\.key)))
        let name = plain.scan("Đối tượng NGUYỄN VĂN HÙNG", format: .plain)
        let slug = plain.scan("tin-tuc/nguyen-van-hung/index.html", format: .path)
        XCTAssertEqual(name.map(\.key), slug.map(\.key))
    }
}
