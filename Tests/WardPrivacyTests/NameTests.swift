import WardPrivacy
import XCTest

/// Names by their shape, in every case and spelling, and the public names that look like them.
final class NameTests: XCTestCase, ScannerChecks {
    func testFullNamesWhateverTheCaseOrRoleWord() {
        assertEach([
            "ĐỐI TƯỢNG NGUYỄN VĂN HÙNG BỊ BẮT", "doi tuong Nguyen Van Tu bi bat", "Người sau cai nghiện Hoàng Văn Tiến trở về",
            "Chủ hộ Lương Văn Đạt ký cam kết", "Trường hợp Phan Văn Đức", "thanh niên Lý Văn Quang nghiện heroin",
            "Nữ sinh Trịnh Thu Trang bị rủ rê", "Hôm qua Trần Minh Khôi bị bắt", "Nguyễn Thị Mai là người nghiện",
            "Lò Văn Pó ở bản Nà Sản", "Bị can Hờ A Páo", "Nguyễn Văn A bị bắt", "Nguyễn Văn H. bị bắt",
            "Bà Nguyễn Thị Lan và chợ Bà Chiểu", "Vợ chồng Đào Văn Lợi", "Nguye\u{302}\u{303}n Va\u{306}n Hu\u{300}ng",
            "| 3 | Trần Văn Long | 1978 |", "Chủ tịch UBND phường Lê Văn Hùng phát biểu",
        ], are: .personName)
        XCTAssertEqual(plain.scan("Đối tượng Nguyễn Văn An").map(\.masked), ["Nguyễn V** A**"])
        XCTAssertEqual(plain.scan("ĐỐI TƯỢNG NGUYỄN VĂN HÙNG").map(\.key), ["nguyen van hung"])
    }

    func testSlugsAreNames() {
        assertEach(["nguyen-van-hung", "tin-tuc/2026-06-02-nguyen-van-hung-bi-bat/", "tran_thi_mai.pdf",
                    "pham-minh-tuan.html", "content/news/2026-06-02-le-thi-hong-nhung.md"], are: .personName, .path)
        assertEach(["https://example.vn/tin/nguyen-van-hung-bi-bat.html"], are: .personName)
        assertClean(["tin-tuc/2026-06-02-ra-quan-thang-hanh-dong/", "to-dan-pho/la-chu-thuong/", "chu-de/nam-2025/",
                     "in-an/bang-niem-yet/giap-dong/a3.html", "duong-le-loi/", "tien-do/tieu-chi.html",
                     "tin-tuc/hoang-van-thu-tuyen-pho-kieu-mau/", "truong-thcs-tran-phu/"], .path)
    }

    func testAGivenNameAloneAfterARoleWord() {
        assertEach(["đối tượng Tuấn", "anh Tư xe ôm", "chị Hoa bán hàng", "người nghiện Hùng", "Người nghiện Hùng",
                    "ông Ba Tèo", "cháu Nam 12 tuổi học lớp 6", "vợ chồng anh Hải", "chủ hộ Hoa", "ĐỐI TƯỢNG TUẤN",
                    "chị Thu Hà cho biết"].map { $0.replacingOccurrences(of: " 12 tuổi", with: "") }, are: .personName)
        XCTAssertEqual(plain.scan("anh Tư xe ôm").map(\.masked), ["anh T**"])
        assertClean(["Bà Triệu", "Bác Hồ luôn dạy thanh niên", "phố Cô Giang", "Bà Rịa - Vũng Tàu", "anh hùng Kim Đồng",
                     "Anh hùng lực lượng vũ trang", "chị em phụ nữ", "ông bà, cha mẹ", "thanh niên Việt Nam",
                     "học sinh Trường THCS Trần Phú", "đối tượng Việt kiều", "trường hợp Hải Phòng"])
    }

    func testStreetsSchoolsAndUnitsNamedAfterFigures() {
        assertClean([
            "Các tuyến Lê Văn Lương, Trần Khát Chân đã lắp camera.", "các tuyến đường Nguyễn Chí Thanh, Láng Hạ và Kim Mã",
            "Đường Lê Văn Lương được lắp camera.", "tại đường Nguyễn Văn Cừ, phường Bồ Đề", "Trường THCS Lê Quý Đôn",
            "Trường Tiểu học Kim Đồng", "phố Bà Triệu và phố Lê Lợi", "Phường Phạm Ngũ Lão và phường Lê Đại Hành",
            "Cầu Trần Thị Lý", "Bệnh viện Bạch Mai", "đường Nguyễn Văn Lộc", "phố Nguyễn Thị Lựu",
            "Lê Văn Lương", "Trần Khát Chân", "Nguyễn Trãi, Lê Lợi, Trần Hưng Đạo", "Hai Bà Trưng", "Võ Thị Sáu",
            "Nguyễn Thị Minh Khai", "Học tập tấm gương Hồ Chí Minh", "Đại tướng Võ Nguyên Giáp",
            "Tổng Bí thư Tô Lâm chỉ đạo", "Hà Nội, ngày 01 tháng 6 năm 2023", "tỉnh Thái Bình, Cao Bằng, Lâm Đồng",
            "quận Hoàng Mai", "Hồ Gươm", "TRƯỜNG THPT NGUYỄN TRÃI", "PHƯỜNG LÊ ĐẠI HÀNH", "mang tên Nguyễn Văn Lộc",
        ])
    }

    func testTheSiteUnitsArePlaces() {
        let ward = SharedScanners.ward
        assertClean(["La Chũ Thượng, La Chũ Đông đạt chuẩn", "Tổ Phạm Ngũ Lão, Lê Đại Hành", "Giáp Dương có 222 hộ",
                     "Dương Sơn", "tổ dân phố Giáp Dương"], .plain, ward)
        XCTAssertEqual(kinds("Giáp Dương có 222 hộ"), [.personName], "without the units sheet it reads as a name")
    }

    func testOfficialsOnTheirWholeNameWhateverTheTonePlacement() {
        let ward = SharedScanners.ward
        assertClean(["Ông Trần Văn Minh, Chủ tịch UBND phường", "Ông Trần Văn Minh Chủ tịch UBND phường",
                     "Bà Lê Thị Hồng phát biểu", "bà Nguyễn Thị Thuý", "Bà Nguyễn Thị Thúy", "ông Phạm Văn Hoà",
                     "bà Đỗ Thị Qùy", "LÊ THỊ HỒNG", "Le Thi Hong", "Chủ tịch UBND phường Trần Văn Minh"], .plain, ward)
        XCTAssertEqual(kinds("Đối tượng Lê Thị Hồng Nhung", .plain, ward), [.personName])
        XCTAssertEqual(kinds("Bà Lê Thị Hồng Nhung", .plain, ward), [.personName])
        XCTAssertEqual(kinds("Ông Trần Văn Mạnh", .plain, ward), [.personName])
    }

    func testHeadingsAndOrdinaryWordsThatStartWithASurname() {
        assertClean([
            "KẾ HOẠCH TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG MA TÚY", "II. MỘT SỐ CHỈ TIÊU CÔNG TÁC CỤ THỂ",
            "BỘ TIÊU CHÍ ĐỒNG CHÍ", "Đoàn Thanh niên phường ra quân", "Tăng cường công tác quản lý",
            "Quan trọng nhất là phòng ngừa", "Đồng chí Bí thư phát biểu", "Tiêu chí 1 đạt", "Dương tính với ma túy",
            "Hồ sơ gồm đơn đề nghị", "Cao điểm tấn công trấn áp", "Mai Linh tài trợ", "Hoa Sen, Hoa Mai là tên tổ",
            "Tôn vinh các điển hình", "Lưu ý: mang theo giấy tờ", "Vũ trường, quán bar", "Lý do vắng mặt",
            "THÔNG BÁO KẾT QUẢ THI ĐUA", "Hội Liên hiệp Phụ nữ Việt Nam", "Phó Thủ tướng chỉ đạo",
        ])
    }

    func testDeclarationHintForANameThatMayBePublic() throws {
        let f = try XCTUnwrap(plain.scan("Bà Ngô Thị Thuý Hằng dự họp").first)
        XCTAssertEqual(f.declaration?.settingsLine(existing: ["Trần Văn Minh"]), "public_names: [Trần Văn Minh, Ngô Thị Thuý Hằng]")
        XCTAssertEqual(f.declaration?.streetSpelling, "đường Ngô Thị Thuý Hằng")
        XCTAssertTrue(try XCTUnwrap(f.declaration).vi().contains("public_names: [Ngô Thị Thuý Hằng]"))
        // After a word for an offender the name is never declarable.
        XCTAssertNil(try XCTUnwrap(plain.scan("đối tượng Ngô Văn Hùng").first).declaration)
        XCTAssertTrue(try XCTUnwrap(plain.scan("đối tượng Ngô Văn Hùng").first).vi.contains("không bao giờ được đăng"))
    }

    func testKinshipWordsOpeningASentence() {
        assertEach(["Cụ Tám ngoài 80 tuổi vẫn đi vận động", "Em Phương, học sinh lớp 8, bị rủ rê", "Chú Bảy xe ôm báo tin",
                    "Cô Ngọc tư vấn tại nhà", "Bé Su được đưa đi khám"].map { $0.replacingOccurrences(of: " ngoài 80 tuổi", with: "") },
                   are: .personName)
        assertClean(["Cô Giang là nữ anh hùng", "Nam Định, Ba Đình và Cô Tô", "Bà Triệu", "Cô Tô có 3 xã đảo"])
    }

    func testABirthOrderNameKeepsItsEpithet() {
        assertEach(["Anh Tư Cầu Tre giữ hòm thư", "nhà bác Ba Hói"], are: .personName)
        XCTAssertEqual(plain.scan("Anh Tư Cầu Tre giữ hòm thư").map(\.masked), ["Anh T**"])
        assertClean(["Anh hùng lực lượng vũ trang Hai Bà Trưng", "Anh hùng Kim Đồng"])
    }

    func testComradeAbbreviatedAndAbbreviatedFamilyNames() {
        assertEach(["Đ/c Hải - Phó trưởng Công an phường", "đ/c Ng. Văn Tùng kiểm tra", "N. Văn Tùng", "Ng. Thị Hoa"], are: .personName)
        assertClean(["TP. Hồ Chí Minh", "đ/c: Số 12 đường Lê Lợi, phường Sông Mây"], .plain, SharedScanners.ward)
    }

    func testCompoundFamilyNames() {
        assertEach(["Bà Tôn Nữ Thị Ngọc Hân tuyên truyền", "Ông Tôn Thất Phước vận động", "ho-so-ton-nu-thi-hoa"], are: .personName)
        assertClean(["đường Tôn Thất Tùng", "Tôn Thất Thuyết", "bệnh viện Tôn Thất Tùng"])
    }

    func testLowerCaseNamesAndPlaceWordsTypedWithoutDiacritics() {
        assertEach(["nguyen van ty", "| 3 | tran thi mai | 1978 |", "Ngo Thanh Tung", "doi_tuong: Ngo Thanh Tung"], are: .personName)
        assertClean(["đoàn văn công tỉnh biểu diễn", "Duong Le Loi", "ngo 5 pho Hue", "trần nhà bị dột", "mai văn hóa"])
    }

    func testSlugsInTextAndJoinedNamesInURLs() {
        assertEach(["Xem tệp ho-so-nguyen-thi-thanh-huong.pdf đính kèm", "114/QĐ-UBND (ho-so-tran-van-khanh.pdf)"], are: .personName)
        assertEach(["2026-06-10-NguyenThiThanhHuong-nhan-giay-khen", "tin-tuc/2026-06-10-nguyenthithanhhuong-nhan-giay-khen/",
                    "ban-chi-dao-pham-van-tuoi", "nguoi-sau-cai-giang-a-pao", "ngo-thanh-tung-nhan-qua"], are: .personName, .path)
        assertClean(["tin-tuc/thongtinvanbanphapluat/", "tin-tuc/2026-10-01-ra-quan-thang-hanh-dong/", "WardKit-YouTube-TikTok.png"], .path)
        assertClean(["Tổ 5-6-7 họp ngày 12-10-2026", "Bà Rịa-Vũng Tàu", "ki-ốt"])
    }

    func testABirthOrderNameAfterAFormOfAddressInASlug() {
        assertEach(["2026-10-30-anh-tu-cau-tre-giu-hom-thu", "tin-tuc/2026-06-02-bac-ba-hoi-tham-gia-tuan-tra/", "chu-nam-xe-om"],
                   are: .personName, .path)
        // Without diacritics the same letters are also "có hai", "chỉ ba", "ảnh tư liệu", "Bắc – Nam".
        assertClean(["2026-06-02-co-hai-doi-tuong-bi-bat", "chi-ba-thang-hoan-thanh", "2026-05-01-anh-tu-lieu-ngay-hoi",
                     "cao-toc-bac-nam-qua-phuong", "ong-ba-cham-chau-ngoan", "2026-06-26-ba-nam-dat-chuan"], .path)
    }

    func testAFamousNameAfterAPoliteWordThatRunsOnIsAPerson() {
        assertEach(["Trụ sở tạm tại nhà ông TẠ QUANG VINH", "Ông Tạ Quang Vinh"], are: .personName)
        assertClean(["chợ Ông Tạ", "Bà Triệu – Lê Đại Hành: tuyến phố an toàn"])
    }

    func testAUnitNamedAfterAPersonIsNoPlace() {
        let ward = IdentifierScanner(allowlist: PublicAllowlist(places: ["Tổ 5 - Lê Văn Khải", "Kênh Đào – nhà ông Quách Văn Bảy", "Phạm Ngũ Lão", "Tổ dân phố Giáp Dương"]))
        XCTAssertEqual(kinds("Tổ 5 - Lê Văn Khải", .plain, ward), [.personName])
        XCTAssertEqual(kinds("Kênh Đào – nhà ông Quách Văn Bảy", .plain, ward), [.personName])
        assertClean(["Phạm Ngũ Lão", "tổ dân phố Giáp Dương", "Giáp Dương có 222 hộ"], .plain, ward)
    }
}
