import WardPrivacy
import XCTest

/// Births, ages, house and room numbers next to a person — and the groups, dates and places
/// that only look like them.
final class BirthAndAddressTests: XCTestCase, ScannerChecks {
    func testBirthYearsAndDates() {
        assertEach(["SN 1990", "sn 1995", "SN: 1987", "sinh năm 90", "sinh năm 1990", "năm sinh 1988", "sinh ngày 12/03/1990",
                    "ngày sinh: 05-09-1990", "sinh ngày 12 tháng 3 năm 1990", "Hùng (1990) bị bắt", "con sinh năm 2020",
                    "(SN 1992, trú tổ 5)"], are: .birthDate)
        XCTAssertEqual(kinds("Nguyễn Văn Tùng (1992) bị bắt"), [.personName, .birthDate])
        XCTAssertEqual(kinds("Chủ hộ Lê Văn Sáu, 1962, ký cam kết"), [.personName, .birthDate])
        XCTAssertEqual(plain.scan("SN 1990").map(\.masked), ["19**"])
    }

    func testAges() {
        assertEach(["nạn nhân 35 tuổi", "một thanh niên 19 tuổi", "cháu bé (6 tuổi)", "bà cụ 80 tuổi sống một mình"], are: .age)
        XCTAssertEqual(kinds("Đối tượng Trần Minh Khôi, 28 tuổi"), [.personName, .age])
    }

    func testGroupsAreNotPeople() {
        assertClean(["45 thanh niên sinh năm 2007 tham gia", "Công dân sinh năm 2008 đăng ký nghĩa vụ quân sự",
                     "các em sinh năm 2010", "thanh niên sinh năm 2005 đến 2007", "sinh năm 2005 - 2007",
                     "Trẻ em dưới 16 tuổi", "Thanh thiếu niên từ 14 đến 30 tuổi", "từ 14-30 tuổi", "người trên 80 tuổi",
                     "18 tuổi trở lên", "độ tuổi 15 tuổi", "học sinh năm 2025", "phát sinh năm 2024", "vệ sinh ngày 5/6/2026",
                     "an sinh năm 2026", "liệt sĩ hy sinh năm 1968", "Kỷ niệm 95 năm thành lập", "ngày sinh 12/3",
                     "Nhân dịp kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh 19/5", "Tổ dân phố có 20 cụ trên 90 tuổi"])
    }

    func testHouseAndRoomNumbers() {
        assertEach(["tại số 45 đường Lê Lợi", "số nhà 12", "nhà số 56 tổ 7", "SN 12 ngõ 5", "số 17 ngõ 42 phố Kim Mã",
                    "phòng trọ số 3", "Phòng trọ 12", "căn hộ 1203", "phòng 203 nhà nghỉ Hoa Hồng", "thuê phòng 5",
                    "trú tại 45 Lê Lợi", "Tại 123/4 Lê Văn Sỹ có người nghiện", "số 12 Nguyễn Du"], are: .houseAddress)
        XCTAssertEqual(plain.scan("tại số 45 đường Lê Lợi").map(\.masked), ["số ** đường Lê Lợi"])
        XCTAssertEqual(plain.scan("tại số 45 đường Lê Lợi").map(\.key), ["45|le loi"])
    }

    func testStreetsAlleysGroupsAndDocumentsAreNotHomes() {
        assertClean(["Tổ 3, Khu phố 5", "tổ dân phố số 3", "Ngõ 12 phố Kim Ngưu", "Hẻm 45 đường Lê Văn Sỹ", "Kiệt 23 Trần Phú",
                     "Số 265/KH-UBND", "số 3 trong danh sách", "phòng họp số 2", "Phòng Văn hóa - Thông tin",
                     "ở 3 tổ dân phố", "tại 2 điểm trường", "Số lượng 45 người"])
    }

    func testTheOfficeAddressIsDeclarable() {
        let ward = SharedScanners.ward
        assertClean(["Trụ sở: Số 12 đường Lê Lợi, phường Sông Mây", "Địa chỉ: số 12 Lê Lợi", "tại 12 Lê Lợi"], .plain, ward)
        XCTAssertEqual(kinds("tại số 14 đường Lê Lợi", .plain, ward), [.houseAddress])
    }

    func testBirthLabelsWrittenShortOrWithSeparatorsAndInSlugs() {
        assertEach(["Năm sinh: 2.001", "NS 12/03/1990", "Đối tượng T. (NS 05/11/1998) bị xử phạt", "SN 05/11/1998"], are: .birthDate)
        assertEach(["2026-10-18-doi-tuong-sinh-nam-1993-bi-khoi-to"], are: .birthDate, .path)
        XCTAssertEqual(plain.scan("Năm sinh: 2.001").map(\.masked), ["2.***"])
        assertClean(["Kinh phí 2.001 triệu đồng", "Quyết định số 28/QĐ-UBND ngày 12/3/2026 cấp 2.000 đồng"])
        assertClean(["2026-02-20-45-thanh-nien-sinh-nam-2007-nhap-ngu"], .path)
    }

    func testAGenericNounIsOnePersonWhenSomethingHappensToThem() {
        assertEach(["Thiếu niên sinh năm 2009 ở tổ La Khê bị rủ rê sử dụng thuốc lá điện tử"], are: .birthDate)
        assertClean(["Thanh niên sinh năm 2007, 2008", "thanh niên sinh năm 2007 đăng ký nghĩa vụ quân sự",
                     "45 thanh niên sinh năm 2007 được tuyên truyền"])
    }

    func testStallsParcelsRoomsWrittenShortAndAlleyHouses() {
        assertEach(["Chủ ki-ốt số 12 chợ Đông Ba", "tại thửa đất số 112, tờ bản đồ số 9", "tụ tập tại P.304 nhà B5",
                    "tại hẻm 45/12 Lý Thường Kiệt", "kiốt 7 chợ Hôm"], are: .houseAddress)
        assertEach(["2026-07-07-diem-nguy-co-so-45-ngo-8", "hom-thu-nha-so-27-kiet-14"], are: .houseAddress, .path)
        assertClean(["P.5, Q.3, TP. Hồ Chí Minh", "hẻm 45 Lý Thường Kiệt", "ngõ 12 phố Hàng Bạc", "tin-tuc/quyet-dinh-so-28-qd-ubnd/"])
        assertClean(["Tiêu chí 12/3 đạt"], .plain)
    }
}
