import WardPrivacy
import XCTest

/// Personal numbers across separators, labels, prefixes and typing tricks — and the numbers
/// that are not personal (amounts, dates, documents, service lines).
final class NumberTests: XCTestCase, ScannerChecks {
    func testMobilesInEveryEverydayForm() {
        assertEach([
            "Liên hệ 0912345678.", "Liên hệ 0912 345 678", "Liên hệ 0912  345  678", "Liên hệ 0912.345.678",
            "Liên hệ 0912-345-678", "Liên hệ 0912 – 345 – 678", "Liên hệ 091 234 5678", "Liên hệ (0912) 345 678",
            "Liên hệ +84 912 345 678", "Liên hệ +84912345678", "Liên hệ 84 912 345 678", "Liên hệ (+84) 912 345 678",
            "Liên hệ 0084 912 345 678", "SĐT0912345678", "SĐT: 0912345678", "sdt 0912345678", "ĐT 0912.345.678",
            "Zalo 0912345678", "gọi 0168 234 5678", "gọi 01682345678", "gọi 84 168 234 5678",
            "O912 345 678 (chữ O thay số 0)", "09l2 345 678", "0912 345 67O", "０９１２３４５６７８",
            "0912\u{200B}345\u{200B}678", "09\u{00AD}12345678", "0912\u{2060}345678", "\u{FEFF}0912345678",
            "SĐT 912 345 678 (thiếu số 0)",
        ], are: .mobilePhone)
    }

    func testMobilesAreMaskedAndKeyedByTheirNationalDigits() {
        let f = plain.scan("Gọi (+84) 912.345.678 ngay")
        XCTAssertEqual(f.map(\.masked), ["0912 *** 678"])
        XCTAssertEqual(f.map(\.key), ["0912345678"])
        XCTAssertEqual(f.map(\.column), [5], "a bracketed +84 is reported from its bracket")
    }

    func testLandlines() {
        assertEach(["Trực ban: 024 3825 1234", "Trực ban: (024) 3825 1234", "Trực ban: 0234.3822.111",
                    "Trực ban: +84 24 3825 1234", "Máy bàn 02438251234", "ĐT cơ quan: 3825 1234"], are: .landline)
    }

    func testTwoPhonesInOneRunAreTwoFindings() {
        XCTAssertEqual(kinds("Gọi 0912 345 678 - 0987 654 321"), [.mobilePhone, .mobilePhone])
        XCTAssertEqual(kinds("gọi lần 2 0912 345 678"), [.mobilePhone])
        XCTAssertEqual(positions("gọi lần 2 0912 345 678"), [[1, 11]])
    }

    func testNumbersInsideURLs() {
        assertEach(["https://zalo.me/0912345678", "Nhắn https://zalo.me/0912345678 nhé", "xem ?phone=0912345678",
                    "https://example.vn/lien-he?sdt=0912.345.678", "https://example.vn/tin/2026/0912345678-ke-hoach.html",
                    "tel:+84912345678", "https://example.vn/%30%39%31%32%33%34%35%36%37%38"], are: .mobilePhone)
        assertClean(["Xem https://baochinhphu.vn/ha-noi-trien-khai-thang-hanh-dong-102230601.htm",
                     "https://vnexpress.net/tin-tuc-4795123.html", "https://example.vn/p/123456789",
                     "https://dantri.com.vn/xa-hoi/20240626103012345.htm"])
    }

    func testServiceAndDeclaredNumbersPass() {
        assertClean(["Gọi 113, 114, 115 hoặc 111", "Tổng đài 1900 1234", "Tổng đài 1900 123 456", "1800.1567",
                     "Tổng đài 1800 599 920"])
        let ward = SharedScanners.ward
        assertClean(["Công an phường: 0234 3822 123", "Trực ban 84 234 3822 123", "Phòng PC04: 0234.3823.456"], .plain, ward)
        XCTAssertEqual(kinds("Gọi 0234 3822 124", .plain, ward), [.landline])
    }

    func testIDNumbersWithLabelsAndWithout() {
        assertEach(["CCCD001090012345", "CCCD: 001 090 012 345", "Căn cước công dân số 038095001234",
                    "mã định danh 079090001234", "số 001090012345"], are: .citizenID)
        assertEach(["CMND 012.345.678", "CMND: 012345678", "CMT 187 654 321", "chứng minh nhân dân 123456789",
                    "CMND/CCCD: 012345678", "mã 012345678"], are: .oldID)
        XCTAssertEqual(kinds("CMND/CCCD: 001090012345"), [.citizenID])
        XCTAssertEqual(plain.scan("CCCD 001090012345").map(\.masked), ["001 *** 345"])
    }

    func testEveryOtherPersonalNumberHasItsOwnKind() {
        assertEach(["MST 0101234567", "Mã số thuế cá nhân: 8012345678", "MST 0101234567-001"], are: .taxCode)
        assertEach(["STK 0123456789 Vietcombank", "Số tài khoản: 1903 6789 1234 56", "chuyển khoản vào 123456789 Agribank",
                    "tài khoản số 0011004123456", "STK: 0912345678 (MB Bank)"], are: .bankAccount)
        assertEach(["thẻ 4111 1111 1111 1111", "Số thẻ: 5500 0000 0000 0004", "4111111111111111",
                    "thẻ ATM 9704 0000 0000 0018"], are: .cardNumber)
        assertEach(["BHXH 0123456789", "Mã số BHXH: 7912345678", "sổ bảo hiểm xã hội số 0123456789"], are: .socialInsurance)
        assertEach(["thẻ BHYT DN4010123456789", "DN4010123456789", "mã thẻ BHYT: GD 4 79 7912345678",
                    "BHYT 0123456789"], are: .healthInsurance)
        assertEach(["hộ chiếu B1234567", "Hộ chiếu số: C 1234567", "passport N1234567"], are: .passport)
        assertEach(["GPLX 012345678901", "Giấy phép lái xe số 790123456789", "bằng lái: 012345678901"], are: .drivingLicence)
        // A 16-digit run that fails Luhn is no card.
        assertClean(["Mã đơn hàng 4111 1111 1111 1112"])
    }

    func testAmountsDatesDocumentsAndCountsAreNotIdentifiers() {
        assertClean([
            "Hỗ trợ 150000000 đồng", "Tặng 123 456 789 đồng", "Tổng 1.234.567.890 đồng", "Kinh phí 350.000.000đ",
            "Chi 2,5 triệu", "giá 120000 VNĐ", "tổng 123.456.789", "Lớp 12A1 và Tổ 15A", "mã QĐ0101234567",
            "năm 2024 2025", "ngày 12/3/2026", "ngày 2026-06-01", "lúc 19:30", "số 591/KH-UBND", "Số 265/KH-UBND",
            "Quyết định số 28/QĐ-TTg", "Chỉ thị số 26-CT/TU ngày 12/3/2024", "Nghị định 105/2021/NĐ-CP",
            "Thông tư số 124/2021/TT-BCA", "số 1234567890/UBND-VP", "Kế hoạch số 70 /KH-ĐU ngày 22/03/2024",
            "đạt 55,6 %", "tăng 12,5%", "dân số 12.345 người", "1.032 nhân khẩu", "Khu phố 3, Tổ 12",
            "Giai đoạn 2024 - 2025", "2025–2030", "Tổng số 123 456 lượt", "Mã bưu chính 530000",
        ])
    }

    func testPlates() {
        assertEach(["xe 29b1-123.45", "xe 29MĐ1-123.45", "xe 30A-123.45", "xe 51F 123 45", "xe 29-B1 123.45",
                    "biển số 59X1-234.56", "BKS: 30G-567.89", "xe 29A-1234", "xe 51F-12345", "xe 43B1 234.56"], are: .vehiclePlate)
        XCTAssertEqual(plain.scan("xe 29MĐ1-123.45").map(\.masked), ["29MĐ1-***.**"])
        assertClean(["diện tích 12 ha 12345", "lúc 10h 30", "tổ 15A 2026"])
    }

    func testEmailsAndTheirDisguises() {
        assertEach(["nguyenvana@gmail.com", "a [at] gmail.com", "a(at)gmail(dot)com", "a @ gmail . com",
                    "tran.thi.b [at] yahoo [dot] com", "lan.pham{at}gmail{dot}com", "hung a còng gmail chấm com",
                    "hung at gmail dot com", "mailto:abc@yahoo.com.vn"], are: .email)
        XCTAssertEqual(plain.scan("Gửi nguyenvanhung1990@gmail.com").map(\.masked), ["ng***@gmail.com"])
        assertClean(["Hộp thư: ubnd.songmay@hue.gov.vn", "UBND.SONGMAY@HUE.GOV.VN"], .plain, SharedScanners.ward)
        assertClean(["Gặp nhau at the office", "Họp lúc 8h at hội trường"])
    }

    func testSocialProfilesAndHandles() {
        assertEach(["facebook.com/nguyen.van.hung", "https://www.facebook.com/tuan.nguyen.9999",
                    "https://facebook.com/profile.php?id=100045678901234", "fb.com/hunghung", "m.facebook.com/lan.pham",
                    "tiktok.com/@bichngoc_2k5", "TikTok @bichngoc_2k5", "https://www.instagram.com/lan.pham/",
                    "t.me/hungpham", "https://x.com/hungpham", "youtube.com/@hungvlog"], are: .socialProfile)
        assertClean(["facebook.com/conganphuongsongmay", "https://www.facebook.com/tuoitrephuongsongmay",
                     "facebook.com/sharer/sharer.php?u=x", "https://www.youtube.com/watch?v=abc", "@media print { }",
                     "facebook.com/songmay2026", "@songmaytv"], .plain, SharedScanners.ward)
        XCTAssertEqual(kinds("a { } @media print { }", .code), [])
        XCTAssertEqual(kinds("facebook: Hùng Nguyễn"), [.socialProfile])
    }

    func testAProfileFindingStartsOnTheHandle() {
        XCTAssertEqual(positions("https://www.facebook.com/nguyenvanlong1990"), [[1, 26]])
        XCTAssertEqual(positions("facebook.com/profile.php?id=100012345678901"), [[1, 29]])
        XCTAssertEqual(positions("https://www.tiktok.com/@ngoc.anh.2k5"), [[1, 24]])
        assertEach(["Nick Zalo «Hùng Cầu Tre» rao bán «nước vui»", "nick Zalo \"Bảy Chợ Đêm\" nhận đặt hàng"], are: .socialProfile)
        assertClean(["Trang Zalo «Công an phường Sông Mây» đăng tin", "Theo dõi Facebook «Tuổi trẻ Sông Mây»"])
    }
}
