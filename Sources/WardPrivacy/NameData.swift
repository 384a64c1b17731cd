/// The closed vocabularies of Vietnamese personal names. Words are separated by spaces or
/// commas; diacritics are written as usual (text without them is matched folded).
enum NameData {
    /// Family names, the common ones first; Kinh, Tày, Thái, Mường, H'Mông, Dao and a few
    /// Central Highlands names. Words that are mostly something else ("Y", "Sơn", "Văn") are
    /// left out on purpose.
    static let surnames = """
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lí Đào Đoàn Vương
    Trịnh Trương Lâm Phùng Mai Tô Tạ Hà Thái Cao Lưu Quách Lương Đinh Đàm Kiều Chu Châu Lục
    Triệu Tăng Khúc Kim La Lò Lã Lạc Mạc Nghiêm Nông Ông Phí Quan Tôn Từ Thân Thạch Tiêu Doãn
    Diệp Giáp Hứa Khổng Khương Lai Lỗ Mẫn Ninh Nhữ Quản Sầm Tống Trình Ưng Vi Viên Âu Bạch Bế
    Cù Cung Đồng Giang Hầu Hàn Hoa Kha Lầu Mông Sùng Giàng Thào Vàng Hờ Ly Mùa Tráng Lường
    Quàng Cầm Điêu Vì Ksor Siu Rmah Bàn Mã Ma Lại Đới Thiều Khuất Ngụy Nguỵ Lữ Lư Tào Tất Bành
    Chế Đái Đậu Lều Mạch Nhan Phó Tiết Tòng Vừ Hạng Dìu Chảo Phàn Mè
    """

    /// Surnames common enough that a lower-case slug led by them ("nguyen-hung") is read as a
    /// name; the others need a middle name in a slug ("quan-van-thang"), because as words they
    /// are everywhere ("quan", "to", "le", "ha", "mai").
    static let strongSurnames = """
    Nguyễn Trần Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Ngô Dương Đào Đoàn Vương Trịnh Trương
    Phùng Quách Lương Đinh Nghiêm Khổng Khương Giàng Thào Sùng
    """

    /// Two-word family names: the second word is no given name ("Tôn Nữ Thị Hân", "Tôn Thất Phước").
    static let compoundSurnames = "Tôn Nữ, Tôn Thất, Công Tằng Tôn Nữ, Âu Dương, Tư Mã"

    /// Middle names that mark a personal name whatever follows them.
    static let middles = "Văn Thị A Seo Mí"

    /// Given-name syllables. A surname followed by one to three of these (or by a middle name)
    /// is a personal name unless it is known to be public.
    static let given = """
    An Ân Anh Ánh Ái Bá Bách Bạch Bảo Bắc Bằng Bé Bích Biên Bình Bính Bông Bội Bửu Ca Cảnh Cát
    Cầm Cẩm Cần Châm Chánh Châu Chí Chiến Chiêu Chinh Chính Chung Chuyên Chương Công Cúc Cung
    Cương Cường Cừ Danh Diễm Diệp Diệu Dinh Doanh Du Dũng Dung Dụng Duy Duyên Duyệt Dương Đan
    Đào Đạt Đắc Đăng Điềm Điền Điệp Định Đình Đoan Đông Đồng Đức Được Gấm Gia Giang Giao Giáp Hà
    Hải Hân Hạnh Hào Hảo Hậu Hằng Hiền Hiển Hiến Hiệp Hiếu Hinh Hòa Hoa Hoài Hoan Hoàn Hoàng Hồ
    Hội Hồng Hợp Huân Huấn Huế Huệ Hùng Hưng Hương Hường Hữu Huy Huyền Huynh Hưởng Hỷ Kha Khải
    Khang Khanh Khánh Khiêm Khiết Khoa Khôi Khuê Khuyên Khương Kiên Kiệt Kiều Kim Kính Kỳ Lạc
    Lai Lam Lâm Lan Lãm Lành Lập Lệ Lễ Liên Liêm Liễu Linh Lĩnh Loan Lộc Lợi Long Luân Luận Lụa
    Lực Lương Lượng Luyến Lưu Ly Lý Mai Mạnh Mẫn Mậu Miên Minh Mơ My Mỹ Na Nam Nga Ngà Ngân Nghị
    Nghĩa Ngọc Nguyên Nguyệt Nhàn Nhạn Nhân Nhẫn Nhật Nhi Nhiên Như Nhung Ninh Oanh Phát Phi
    Phong Phú Phúc Phụng Phước Phương Phượng Quân Quang Quảng Quế Quốc Quý Quyên Quyền Quyết
    Quỳnh Sang Sáng Sâm Sen Sinh Sơn Sương Sỹ Sĩ Tài Tâm Tân Tấn Thạch Thái Thắm Thắng Thăng
    Thanh Thành Thảo Thế Thi Thiên Thiện Thiệu Thịnh Thìn Thoa Thoại Thọ Thơ Thơm Thông Thu Thư
    Thuận Thục Thùy Thủy Thúy Thụy Thy Tiên Tiến Tiệp Tín Tình Tịnh Toàn Toản Trà Trác Trâm Trân
    Trang Tráng Trí Triết Triều Triệu Trinh Trọng Trúc Trung Trường Tú Tuấn Tuân Tuệ Tùng Tường
    Tuyên Tuyền Tuyết Tư Tứ Tự Út Uy Uyên Vân Vi Việt Vinh Vĩnh Vịnh Vũ Vương Vượng Vỹ Vĩ Xuân
    Xuyến Yên Yến Thuần Thức Thường Thưởng Tiếp Toại Trãi Triển Truyền Tuất Tỵ Tý Vạn Viễn Vui
    Xinh Hách Hiệu Hoạt Khai Khoái Lãng Mùi Mừng Nết Nghiệp Nhuận Nụ Quyến Thạc Thao Thiều Thới
    Trạch Trụ Tuyến Chất Đệ Đô Giỏi Hiên Khả Khắc Kiện Lựu Mến Nhã Nhị Thuyết Tòng Viết Thạnh
    Thơi Thuyên Tiềm Trực Diễn Chiểu Đam Kháng Khoát Khuyến Thiêm
    """

    /// Nicknames by birth order and pet names: "anh Tư", "chị Út", "bé Bi".
    /// Names by birth order: a form of address before one is a person even in a slug ("anh-tu").
    static let birthOrder = "Hai Ba Tư Năm Sáu Bảy Tám Chín Mười Út"
    static let nicknames = birthOrder + " Tí Tèo Bi Cu Bống Mít Bin Tũn Bo Ken Su"

    /// A surname followed by one of these is an ordinary word, not a name: "Tăng cường",
    /// "ĐỒNG CHÍ", "TIÊU CHÍ", "Quan trọng", "Đoàn Thanh niên".
    static let notNames = """
    tăng cường, tăng trưởng, tăng ca, tăng thêm, đồng chí, đồng bào, đồng thời, đồng ý, đồng bộ,
    đồng tâm, đồng hành, đồng loạt, đồng minh, đồng tình, đồng thuận, đồng nghiệp, đồng hương,
    tiêu chí, tiêu chuẩn, tiêu cực, tiêu thụ, tiêu hủy, tiêu biểu, tiêu dùng, quan tâm, quan trọng,
    quan hệ, quan điểm, quan sát, quan liêu, quan thoại, quản lý, quản lí, đoàn thanh niên,
    đoàn thanh, đoàn kết, đoàn thể, đoàn viên, đoàn công tác, đoàn kiểm tra, đoàn giám sát,
    hoa hồng, hoa mai, hoa đào, hoa lan, hoa sen, hoa cúc, hoa văn, hoa kỳ, hoa tiêu, kim cương,
    kim ngân, kim loại, kim tiêm, kim chỉ nam, vương quốc, thân nhân, thân thiện, thân thương,
    thân mật, tôn vinh, tôn trọng, tôn giáo, tôn chỉ, từ thiện, từ tâm, từ ngày, từ năm, từ khi,
    cao quý, cao thượng, cao điểm, cao đẳng, cao cấp, cao tốc, cao trào, cao su, cao niên, nghiêm minh,
    nghiêm túc, nghiêm trọng, nghiêm cấm, nghiêm khắc, chu toàn, chu đáo, chu kỳ, triệu phú,
    triệu tập, triệu chứng, thái bình, thái độ, thái hậu, lạc quan, lạc hậu, lạc hồng, giang sơn,
    giang hồ, lương thiện, lương tâm, lương thực, lương y, lưu ý, lưu động, lưu hành, lưu trú,
    lưu trữ, vũ trường, vũ khí, vũ lực, vũ trụ, vũ công, dương tính, dương lịch, hồ sơ, hồ chứa,
    đào tạo, đào hoa, lâm thời, lâm sàng, lâm nghiệp, ma túy, ma tuý, mai táng, mai sau, lý do,
    lý lịch, lý luận, lý thuyết, lý tưởng, vi phạm, vi khuẩn, châu báu, hàn quốc, ninh bình,
    phí dịch vụ, mã số, mã vạch, hà khắc, tô điểm, thạch sùng, lò xo, bạch kim, cung cấp, cung ứng,
    âu lo, giáp ranh, khổng lồ, hầu hết, đinh ninh, đàm phán, kiều bào, lục soát, triệu đồng,
    phùng mang, trình độ, trình bày, cầm quyền, hoàng hôn, hoàng gia, thái tử, hồ hởi, đỗ đạt,
    ông bà, ông cha, lâm đồng, thái nguyên, nông thôn, nông dân, nông nghiệp, quan hoa, mạc thái,
    lê dương, trần trụi, trần tình, bế mạc, bế giảng, khúc mắc, khúc khuỷu, tiêu điểm, phó chủ, phó thủ, cao học, quản trị
    """

    /// After "anh", "bà", "ông" … these make an ordinary word or a folk figure, not a person.
    static let notRoleNames = """
    anh hùng, anh tài, anh minh, anh em, chị hằng, chị em, ông táo, ông công, ông bụt, ông địa,
    ông trời, ông bà, bà chúa, bà tiên, bà con, bà mẹ, cô tiên, chú cuội, thần tài, em út, chú ý,
    cô đơn, bé nhỏ, cháu ngoan, con người, con đường, con em, con cháu, cụ thể, bác sĩ, bác ái,
    việt kiều, hoa kiều, kiều bào, ảnh tư liệu, bắc nam
    """
}
