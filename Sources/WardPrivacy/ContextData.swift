/// The words around an identifier that tell what it is: who a name belongs to, which number a
/// label announces, what makes a number an amount or an age a cohort.
enum ContextData {
    /// Words for a person whose name must never appear: a given name alone after them is
    /// refused, and a famous name after them is still a person ("đối tượng Lê Lợi").
    static let personRoles = """
    đối tượng, đối tượng nghiện, người nghiện, người nghiện ma túy, người nghiện ma tuý, con nghiện,
    người sử dụng ma túy, người sử dụng trái phép ma túy, người sử dụng trái phép chất ma túy,
    người sử dụng chất ma túy, người sử dụng ma tuý, người sử dụng trái phép chất ma tuý,
    người sau cai, người sau cai nghiện, người sau cai nghiện ma túy, người cai nghiện,
    người đang cai nghiện, học viên, học viên cai nghiện, trại viên, bị can, bị cáo, bị hại,
    người bị hại, nghi phạm, nghi can, phạm nhân, can phạm, tù nhân, nạn nhân, đương sự,
    người vi phạm, người mãn hạn tù, người tái hòa nhập cộng đồng, người được giáo dục,
    người làm chứng, nhân chứng, bệnh nhân, người bệnh, bệnh nhi, chủ hộ, trường hợp, tên, gã,
    thanh niên, nam thanh niên, nữ thanh niên, thiếu niên, thanh thiếu niên, nữ sinh, nam sinh,
    học sinh, sinh viên, vợ chồng, vợ, chồng, con trai, con gái, người đàn ông, người phụ nữ,
    cụ ông, cụ bà, cháu bé, bé trai, bé gái, tài xế, lái xe, chủ quán, chủ nhà, chủ nhà trọ,
    chủ cơ sở, chủ xe, người thân, người nhà, bố, mẹ, cha, con, người mẹ, người cha, em trai,
    em gái, anh trai, chị gái, người yêu, bạn gái, bạn trai, nhân viên, công nhân, người lao động,
    hộ gia đình, gia đình, hộ, nữ, nam, người, bạn, người này, người kia
    """

    /// Forms of address and titles: a given name alone after them is a person ("anh Tư", "chị
    /// Hoa"), but a famous name after them is the figure ("Bác Hồ", "chị Võ Thị Sáu").
    static let politeRoles = """
    anh, chị, ông, bà, em, cháu, cô, chú, bác, cụ, dì, cậu, mợ, thím, bé, ông bà,
    đồng chí, thầy, thầy giáo, cô giáo, giáo viên, bác sĩ, y sĩ, điều dưỡng, luật sư, nhà báo,
    phóng viên, cán bộ, chiến sĩ, công an viên, dân quân, bảo vệ, đảng viên, hội viên,
    đoàn viên, tổ trưởng, tổ phó, trưởng thôn, trưởng khu phố, trưởng ấp, trưởng bản,
    thượng úy, trung úy, thiếu úy, đại úy, thiếu tá, trung tá, thượng tá, đại tá, người dân
    """

    /// Social-network words: the capitalised words after them are a profile name in any order
    /// ("Facebook Hùng Nguyễn").
    static let socialLabels = """
    facebook, fb, face, zalo, tiktok, tik tok, instagram, insta, telegram, twitter, youtube,
    threads, nick, nickname, nick name, tài khoản facebook, tài khoản zalo, tài khoản tiktok,
    trang cá nhân, kênh tiktok, kênh youtube
    """

    /// Words after which capitalised words are a place, not a person. `street` entries also
    /// carry a list on across commas and "và" ("các tuyến Lê Văn Lương, Trần Khát Chân").
    static let streetWords = """
    đường, phố, tuyến, tuyến đường, tuyến phố, các tuyến, các tuyến đường, các tuyến phố,
    các đường, các phố, các con đường, con đường, các con phố, con phố, đường phố, đại lộ, ngõ,
    ngách, hẻm, kiệt, các ngõ, các hẻm, các kiệt, tỉnh lộ, phố đi bộ, nút giao, ngã ba, ngã tư,
    ngã năm, ngã sáu, vòng xoay, bùng binh, cầu, các cầu, cầu vượt, hầm, đê, bến, bến xe, ga,
    các trường, các phường, các xã, các tổ, các thôn, các khu phố, các tổ dân phố, mang tên,
    đặt tên, tên đường, tên phố, trục đường, các trục đường, đoạn, đoạn đường, các đoạn, dọc
    """

    /// Administrative units and organisations: a two-word name after them is a place ("phường
    /// Kim Trà"), but a full name with a middle name is a person ("Chủ tịch UBND phường Lê Văn A").
    static let adminWords = """
    phường, xã, quận, huyện, thị xã, thị trấn, tỉnh, thành phố, tp, tx, tt, tổ, tổ dân phố,
    tổ dân cư, tdp, khu phố, kp, khu, khu dân cư, kdc, thôn, xóm, ấp, bản, làng, buôn, sóc, plei,
    cụm, cụm dân cư, khu vực, địa bàn, đoàn, hội, ban, chi bộ, đảng bộ, ủy ban, uỷ ban, ubnd,
    công an, mặt trận, quê, tổ nhân dân, liên tổ
    """

    static let placeWords = """
    trường, khu đô thị, kđt, khu tập thể,
    ktt, khu công nghiệp, kcn, khu chung cư, chung cư, tòa nhà, toà nhà, khu trọ,
    xứ, giáo xứ, giáo họ, giáo phận, chùa, đình,
    đền, miếu, am, nhà thờ, thánh đường, nhà văn hóa, nhà văn hoá, nvh, nhà sinh hoạt cộng đồng,
    nhà thi đấu, sân vận động, svđ, sân, công viên, vườn hoa, quảng trường, chợ, siêu thị,
    trung tâm thương mại, bệnh viện, bv, trạm y tế, tyt, trung tâm y tế, phòng khám, trung tâm,
    học viện, viện, đại học, cao đẳng, trường đại học, trường cao đẳng, trường thpt, trường thcs,
    trường tiểu học, trường mầm non, trường mẫu giáo, trường trung học cơ sở,
    trường trung học phổ thông, trường phổ thông, trường chuyên, trường thcs và thpt,
    trường ptdtbt, trường ptdtnt, trường th, trường mn, trường tiểu học và thcs, thpt, thcs,
    tiểu học, mầm non, mẫu giáo, trung học cơ sở, trung học phổ thông, liên đội, chi đội,
    chi đoàn, câu lạc bộ, clb, hợp tác xã, htx, công ty, bảo tàng, di tích, khu di tích,
    tượng đài, đài tưởng niệm, nghĩa trang, lăng, sông, kênh, rạch, suối, núi, đồi, đèo, đảo,
    vịnh, biển, bãi biển, cửa khẩu, cảng, sân bay, nhà máy, mỏ, trạm, đồn, đồn biên phòng,
    huân chương, giải thưởng, tư tưởng, phong trào, cuộc vận động, chương trình, quỹ, học bổng,
    đề án, thư viện, nhà thiếu nhi, cung thiếu nhi, cung văn hóa, nhà hát, hội trường, vùng,
    miền, nhà văn hóa tổ, nhà văn hóa thôn, nhà văn hóa khu phố
    """

    /// Place words that are also surnames or common nouns; only lower-case counts ("hồ Gươm").
    static let lowerPlaceWords = "hồ, đồng, hà, giang, lâm, đoàn, quê"

    static let phoneLabels = """
    sđt, sdt, số đt, đt, dt, đtdđ, dđ, đtcđ, điện thoại, số điện thoại, điện thoại di động,
    di động, máy bàn, tel, phone, mobile, mob, hotline, đường dây nóng, liên hệ, lh, gọi,
    gọi điện, nhắn tin, sms, fax, zalo, viber, số máy, sđt zalo
    """
    static let citizenLabels = """
    cccd, căn cước, căn cước công dân, thẻ căn cước, số căn cước, số định danh, mã định danh,
    định danh cá nhân, số định danh cá nhân, cc, số cccd, thẻ cccd
    """
    static let oldIDLabels = "cmnd, cmt, chứng minh nhân dân, chứng minh thư, giấy chứng minh, số chứng minh, số cmnd"
    static let taxLabels = "mst, mã số thuế, mã thuế, mã số doanh nghiệp, msdn, mã số thuế cá nhân"
    static let bankLabels = """
    stk, số tài khoản, số tk, tài khoản, tài khoản số, tk, account, acc, ngân hàng, nh,
    chuyển khoản, ck, tài khoản ngân hàng
    """
    static let bankNames = """
    vietcombank, vcb, bidv, agribank, vietinbank, techcombank, tcb, mb, mbbank, mb bank, vpbank,
    acb, sacombank, tpbank, hdbank, vib, shb, ocb, seabank, msb, eximbank, lienvietpostbank,
    lpbank, nam a bank, namabank, bac a bank, bacabank, abbank, pvcombank, kienlongbank,
    vietabank, saigonbank, scb, baovietbank, ncb, gpbank, oceanbank, cbbank, vietbank, pgbank,
    vietcapitalbank, bvbank, shinhan, woori, hsbc, uob, citibank, momo, zalopay, viettelpay,
    vnpay, ngân hàng nông nghiệp, ngân hàng ngoại thương, ngân hàng công thương
    """
    static let cardLabels = """
    số thẻ, thẻ atm, atm, thẻ tín dụng, thẻ ghi nợ, thẻ visa, thẻ ngân hàng, card, visa,
    mastercard, master card, jcb, napas, thẻ
    """
    static let socialInsuranceLabels = """
    bhxh, bảo hiểm xã hội, mã số bhxh, mã bhxh, số sổ bhxh, sổ bhxh, sổ bảo hiểm xã hội,
    mã số bảo hiểm xã hội, mã số bảo hiểm
    """
    static let healthInsuranceLabels = "bhyt, bảo hiểm y tế, thẻ bhyt, mã thẻ bhyt, số thẻ bhyt, thẻ bảo hiểm y tế"
    static let passportLabels = "hộ chiếu, số hộ chiếu, passport, pp"
    static let licenceLabels = "gplx, giấy phép lái xe, bằng lái, bằng lái xe, số gplx, giấy phép lái, bằng"
    static let plateLabels = "biển số, biển kiểm soát, bks, bsx, biển số xe, biển"

    /// Words that may stand between a label and its number ("CCCD của đối tượng là …").
    static let labelFillers = """
    số, là, của, mã, cá nhân, đối tượng, anh, chị, ông, bà, em, y, thị, này, tôi, mình,
    người, chủ, hộ, đã, được, cấp, ngày, tại, có, ghi, viết, như, sau, gồm
    """

    /// After a number, these make it an amount or a quantity.
    static let units = """
    đồng, đ, vnđ, vnd, triệu, tr, tỷ, tỉ, nghìn, ngàn, trăm, k, usd, đô, euro, phần trăm, kg,
    g, gam, gram, mg, tấn, tạ, lít, ml, m, m2, m3, km, cm, mm, ha, hécta, sào, mẫu, người, hộ,
    nhân khẩu, lượt, buổi, lần, vụ, đối tượng, trường hợp, em, học sinh, cái, chiếc, bộ, cuốn,
    tờ, bản, phần, suất, xuất, bao, gói, viên, liều, tép, bánh, cây, ống, chai, lọ, hộp, thùng,
    phút, giờ, ngày, tháng, năm, tuần, điểm, cuộc, tin, bài, tổ, khu, xã, phường, thôn
    """

    /// People counted in a group: after a number they make a cohort ("45 thanh niên").
    static let peopleNouns = """
    người, thanh niên, thanh thiếu niên, thiếu niên, học sinh, sinh viên, em, cháu, trẻ,
    trẻ em, công dân, đối tượng, trường hợp, nam, nữ, cụ, hộ, đoàn viên, hội viên, tân binh,
    chiến sĩ, quân nhân, thí sinh, cán bộ, người lao động, lao động, phụ nữ, người cao tuổi,
    thanh niên nam, thanh niên nữ, nam thanh niên, nữ thanh niên, học viên, trại viên
    """

    /// Words that make what follows a group of people, not one person.
    static let cohortWords = """
    các, những, nhiều, mọi, toàn bộ, tất cả, nhóm, số, lứa, lớp, thế hệ, đa số, phần lớn,
    hàng, độ tuổi, lứa tuổi, nhóm tuổi, đợt, khóa, khoá
    """

    /// Before "N tuổi": the age bounds a group ("dưới 18 tuổi", "từ 14 đến 30 tuổi").
    static let ageBounds = "dưới, trên, từ, đến, tới, đủ, quá, ngoài, độ tuổi, lứa tuổi, nhóm tuổi, tuổi, và, hoặc"

    /// After a year or an age: a range of them.
    static let rangeTails = "trở lên, trở xuống, trở về trước, trở về sau, trở đi, về trước, về sau, đến, tới, và, hoặc"

    /// A word before "sinh" that makes another word of it ("học sinh năm 2025", "hy sinh năm 1968").
    static let sinhCompounds = """
    học, phát, vệ, hy, hi, giáng, nảy, sản, hồi, ký, kí, tái, sơ, dân, an, nhân, thí, khai, song,
    mưu, hộ, trường, tân, cộng, nữ, nam, cựu, tử, sát, phóng, siêu, dưỡng, tiên, hậu, phục, vãng,
    lưu, ngoại, nội, trung, giáo, y, thư, môn, mĩ, mỹ, sư, thiên, tư, thủy, thuỷ
    """

    /// Generic people right before "sinh năm" make a cohort ("thanh niên sinh năm 2007").
    static let cohortNouns = """
    thanh niên, thanh thiếu niên, thiếu niên, công dân, học sinh, sinh viên, trẻ em, tân binh,
    thí sinh, trẻ, lao động, người lao động, nam giới, nữ giới
    """

    /// Words that cannot follow a middle name in a personal name ("Văn hóa", "Thị xã").
    static let notAfterMiddle = """
    văn hóa, văn hoá, văn bản, văn phòng, văn kiện, văn nghệ, văn thư, văn chương, văn miếu,
    văn hiến, văn học, văn minh hóa, văn công, văn thể, thị xã, thị trấn, thị trường, thị thực, thị sát, thị giác,
    thị hiếu, thị uỷ, thị ủy, thị chính, thị phần
    """

    /// Capitalised titles that end a name ("Nguyễn Văn Minh Chủ tịch …").
    static let titleWords = """
    chủ, phó, bí, trưởng, giám, ủy, uỷ, cán, tổ, đội, trung, thượng, đại, thiếu, bộ, sở, ban,
    phòng, hội, đoàn, ubnd, công, thư, tổng, chánh, viện, kế, kiểm, thủ, ông, bà, anh, chị
    """

    /// Words before a house number or an address.
    static let residenceWords = """
    tại, ở, trú, trú tại, ngụ, ngụ tại, cư trú, cư trú tại, thường trú, thường trú tại, tạm trú,
    tạm trú tại, địa chỉ, đ/c, đc, sống tại, sinh sống tại, nhà ở, hktt, nơi ở, quê, quê quán
    """

    /// Lodging words: the number after them is a room or a flat.
    static let roomWords = """
    phòng trọ, nhà trọ, dãy trọ, căn hộ, căn nhà, căn hộ số, phòng trọ số, nhà trọ số, nhà nghỉ, khách sạn,
    ki-ốt, ki ốt, kiốt, kiot, ki-ot, kiosk, thửa đất, thửa, lô đất
    """
}
