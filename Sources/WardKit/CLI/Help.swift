import Foundation

enum Help {
    static func main(_ l: Language) -> String {
        l == .vi ? """
        wardkit — tạo trang web và tài liệu in cho phong trào "không ma túy" của phường, xã

        Cách dùng: wardkit <lệnh> [THƯ_MỤC_TRANG] [tùy chọn]

        Lệnh:
          build    tạo trang web vào THƯ_MỤC_TRANG/public/
          check    kiểm tra nội dung và quyền riêng tư, không ghi gì
          print    tạo trang web rồi xuất PDF các mẫu in (cần Chromium)
          init     tạo một trang mới có nội dung mẫu
          serve    xem thử trang ở http://127.0.0.1:8000/

        Tùy chọn chung: --lang en (tiếng Anh), --help
        Xem «wardkit <lệnh> --help» cho từng lệnh.
        """ : """
        wardkit — static site and print kit for Vietnamese drug-free ward campaigns

        Usage: wardkit <command> [SITE] [options]

        Commands:
          build    build the site into SITE/public/
          check    check content and privacy without writing
          print    build, then export the printables as PDF (needs Chromium)
          init     create a new site with starter content
          serve    preview the site at http://127.0.0.1:8000/

        Common options: --lang en, --help
        See «wardkit <command> --help».
        """
    }

    static func command(_ c: String, _ l: Language) -> String {
        let vi = l == .vi
        switch c {
        case "build", "check", "print":
            return vi ? """
            Cách dùng: wardkit \(c) [THƯ_MỤC_TRANG] [--output THƯ_MỤC] [--base-url URL] [--date NGÀY]\(c == "print" ? " [--pdf] [--bundle]" : "")

              THƯ_MỤC_TRANG   thư mục có content/ (và theme/ nếu có); mặc định: thư mục hiện tại
              --output        nơi ghi trang (mặc định THƯ_MỤC_TRANG/public)
              --base-url      địa chỉ đăng trang, ví dụ https://ubnd.example.vn/khong-ma-tuy/
              --date          ngày lập trang, 2026-06-01 hoặc 01/06/2026 (mặc định hôm nay; hoặc biến WARDKIT_DATE)
            \(c == "print" ? "  --pdf           xuất PDF cạnh mỗi mẫu in (tên theo mẫu và tổ) và mỗi mẫu một tệp gộp cho cả phường (in-an/tat-ca/)\n  --bundle        thêm tệp in cam kết theo tổ: N bản, N = số hộ\n" : "")
            Mã thoát: 0 thành công, 1 lỗi nội dung, 2 sai cách dùng.
            """ : """
            Usage: wardkit \(c) [SITE] [--output DIR] [--base-url URL] [--date YYYY-MM-DD]\(c == "print" ? " [--pdf] [--bundle]" : "")

              SITE         folder with content/ (and optionally theme/); default: current folder
              --output     output folder (default SITE/public)
              --base-url   where the site is published, e.g. https://ubnd.example.vn/khong-ma-tuy/
              --date       build date, 2026-06-01 or 01/06/2026 (default today; or WARDKIT_DATE)
            \(c == "print" ? "  --pdf        write a PDF beside each printable (named for the form and the group) and one merged file per form for the ward (in-an/tat-ca/)\n  --bundle     also a per-group pledge bundle: N copies, N = households\n" : "")
            Exit codes: 0 success, 1 content errors, 2 usage errors.
            """
        case "init":
            return vi ? "Cách dùng: wardkit init THƯ_MỤC --name \"Phường …\"\n\nTạo trang mới với cài đặt, đường dây nóng, bộ tiêu chí, bảng đơn vị mẫu và một tin mẫu. Cấp của trang lấy từ tên: «Phường …», «Xã …», «Quận …», «Huyện …», «Tỉnh …»."
                      : "Usage: wardkit init DIR --name \"Phường …\"\n\nCreates a new site with settings, hotlines, criteria, a sample unit sheet and one news post. The site's level is read from the name: «Phường …», «Xã …», «Quận …», «Huyện …», «Tỉnh …»."
        case "serve":
            return vi ? "Cách dùng: wardkit serve [THƯ_MỤC_TRANG] [--port 8000] [--output THƯ_MỤC] [--base-path /khong-ma-tuy/] [--base-url URL] [--date NGÀY] [--no-watch]\n\nDựng trang (như «wardkit build») rồi phục vụ ở http://127.0.0.1:PORT/ để xem thử (chỉ máy này truy cập được). Mỗi khi lưu một tệp trong content/ hoặc theme/, trang được dựng lại và các trang đang mở tự tải lại; nếu dựng lỗi, trang cũ vẫn hiện kèm danh sách lỗi (tệp:dòng:cột). --no-watch: không theo dõi thay đổi."
                      : "Usage: wardkit serve [SITE] [--port 8000] [--output DIR] [--base-path /khong-ma-tuy/] [--base-url URL] [--date DATE] [--no-watch]\n\nBuilds the site (as «wardkit build» does) and serves it at http://127.0.0.1:PORT/ for preview (this machine only). Each save in content/ or theme/ rebuilds it and open pages reload by themselves; when a rebuild fails, the last good site stays, with its errors (file:line:col) over the page. --no-watch: do not watch for changes."
        default:
            return main(l)
        }
    }
}
