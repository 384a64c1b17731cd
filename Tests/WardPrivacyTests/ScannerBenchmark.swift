import Foundation
import WardPrivacy
import XCTest

/// Prints the scanner's throughput on a typical generated page and on adversarial input.
/// Figures only — nothing here asserts a time (build with `-c release` for real numbers).
final class ScannerBenchmark: XCTestCase {
    static func typicalPage() -> String {
        var body = ""
        for i in 0..<40 {
            body += """
            <article class="card"><h2><a href="/tin-tuc/2026-06-\(i % 28 + 1)-ra-quan/">Ra quân tháng hành động phòng, chống ma túy</a></h2>
            <p class="meta"><time datetime="2026-06-02">02/06/2026</time> · Tổ dân phố An Phú</p>
            <p>Sáng 2/6, UBND phường Sông Mây tổ chức lễ ra quân tại nhà văn hóa tổ Bàu Sen với sự tham gia của 245 hộ gia đình,
            các tuyến Lê Văn Lương, Trần Khát Chân được lắp thêm 12 camera. Đường dây nóng: <a href="tel:113">113</a>.</p>
            <table><tr><td>TC1</td><td>đạt</td><td>55,6 %</td></tr></table>
            <svg viewBox="0 0 300 40" role="img" aria-label="Tiến độ 15/27 tổ"><rect x="0" y="0" width="180" height="40"/></svg>
            </article>

            """
        }
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Tin tức</title>"
            + "<link rel=\"stylesheet\" href=\"/style.css\"></head><body><main>" + body + "</main></body></html>"
    }

    func measure(_ label: String, _ text: String, _ format: TextFormat, repeats: Int) {
        let scanner = IdentifierScanner(allowlist: PublicAllowlist(phones: ["113"]))
        _ = scanner.scan(text, format: format)
        let start = Date()
        var findings = 0
        for _ in 0..<repeats { findings += scanner.scan(text, format: format).count }
        let seconds = Date().timeIntervalSince(start)
        let mb = Double(text.utf8.count * repeats) / 1_048_576
        print(String(format: "ScannerBenchmark %@: %.2f MB in %.3f s = %.1f MB/s (%d findings)", label, mb, seconds, mb / seconds, findings))
    }

    func testPrintThroughput() {
        let page = Self.typicalPage()
        // Debug builds are tens of times slower; `swift run -c release scanner-bench` gives the real figures.
        measure("typical HTML page (\(page.utf8.count / 1024) KB)", page, .markup, repeats: 5)
        let news = String(repeating: "Sáng 12/6, Công an phường phối hợp Đoàn Thanh niên tuyên truyền tại tổ 5, các tuyến Lê Lợi, Trần Phú.\n\n", count: 500)
        measure("Markdown news", news, .markdown, repeats: 2)
    }
}
