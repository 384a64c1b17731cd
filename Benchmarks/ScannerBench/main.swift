import Foundation
import WardPrivacy

// Prints the scanner's throughput (build with -c release): on a typical generated page, on a
// folder of real output if one is given, and on adversarial input. Figures only.
//   swift run -c release scanner-bench [public-folder]

func typicalPage() -> String {
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

/// Written at once (not buffered), so figures appear while it runs.
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

let scanner = IdentifierScanner(allowlist: PublicAllowlist(phones: ["113", "111", "0234 3823 456", "0234 3822 123"]))

func measure(_ label: String, _ texts: [(String, TextFormat)], repeats: Int) {
    var findings = 0
    for (t, f) in texts { findings += scanner.scan(t, format: f).count }
    let bytes = texts.reduce(0) { $0 + $1.0.utf8.count } * repeats
    // CPU time of this process: the build machine is shared, wall time would measure the others.
    func cpu() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    let start = cpu()
    for _ in 0..<repeats { for (t, f) in texts { _ = scanner.scan(t, format: f) } }
    let seconds = cpu() - start
    let mb = Double(bytes) / 1_048_576
    say(String(format: "%@: %.1f MB in %.3f s CPU = %.1f MB/s (%d findings per pass)", label, mb, seconds, mb / seconds, findings))
}

let t0 = Date(); _ = scanner.scan(typicalPage(), format: .markup); say("one page: \(Date().timeIntervalSince(t0)) s")
if ProcessInfo.processInfo.environment["TEXT_ONLY"] == nil {
measure("typical HTML page (\(typicalPage().utf8.count / 1024) KB)", [(typicalPage(), .markup)], repeats: 200)
}
if ProcessInfo.processInfo.environment["PAGE_ONLY"] != nil { exit(0) }
if CommandLine.arguments.count > 1 {
    let dir = CommandLine.arguments[1]
    let files = (FileManager.default.enumerator(atPath: dir)?.compactMap { $0 as? String } ?? []).sorted()
    let texts = files.compactMap { f -> (String, TextFormat)? in
        guard let t = try? String(contentsOfFile: dir + "/" + f, encoding: .utf8) else { return nil }
        return (t, TextFormat.of(fileName: f))
    }
    measure("\(dir) (\(texts.count) files)", texts, repeats: 5)
}
measure("Markdown news", [(String(repeating: "Sáng 12/6, Công an phường phối hợp Đoàn Thanh niên tuyên truyền tại tổ 5, các tuyến Lê Lợi, Trần Phú.\n", count: 20000), .markdown)], repeats: 3)
measure("3 MB single line", [(String(repeating: "Đối tượng Nguyễn Văn A, SN 1990, gọi 0912 345 678. ", count: 55_000), .plain)], repeats: 1)
measure("1M digits", [(String(repeating: "7", count: 1_000_000), .plain)], repeats: 1)
measure("1M digits and spaces", [(String(repeating: "1 ", count: 500_000), .plain)], repeats: 1)
measure("300k '<' in Markdown", [(String(repeating: "<", count: 300_000), .markdown)], repeats: 1)
