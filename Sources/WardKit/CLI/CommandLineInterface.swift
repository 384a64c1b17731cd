import Foundation
import WardLocale

/// Argument handling and messages for the `wardkit` executable, kept in the library so it can
/// be tested without spawning processes.
public struct CommandLineInterface: Sendable {
    let language: Language
    let environment: [String: String]

    public init(language: Language, environment: [String: String]) {
        self.language = language
        self.environment = environment
    }

    func say(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    func err(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

    public func run(_ args: [String]) -> Int32 {
        guard let command = args.first else { print(Help.main(language)); return 2 }
        let rest = Array(args.dropFirst())
        if rest.contains("--help") || rest.contains("-h") { print(Help.command(command, language)); return 0 }
        switch command {
        case "--help", "-h", "help": print(Help.main(language)); return 0
        case "--version": print("wardkit 0.1.0"); return 0
        case "build": return build(rest, dryRun: false, pdf: false)
        case "check": return build(rest, dryRun: true, pdf: false)
        case "print": return build(rest, dryRun: false, pdf: rest.contains("--pdf"))
        case "init": return initSite(rest)
        case "serve": return serve(rest)
        case "publish": return publish(rest)
        default:
            err(say("lỗi: lệnh «\(command)» không tồn tại; xem «wardkit --help»", "error: unknown command «\(command)»; see «wardkit --help»"))
            return 2
        }
    }

    struct Parsed {
        var positional: [String] = []
        var options: [String: String] = [:]
        var flags: Set<String> = []
    }

    /// Options that take a value; everything else starting with "--" is a flag.
    static let valued: Set<String> = ["--output", "--base-url", "--date", "--name", "--port", "--copies", "--to", "--zip", "--keep"]

    func parse(_ args: [String], flags allowed: Set<String>, options allowedOptions: Set<String>) -> Parsed? {
        var p = Parsed()
        var i = 0
        while i < args.count {
            let a = args[i]
            if a.hasPrefix("--") {
                let (key, inline) = a.contains("=") ? (String(a.split(separator: "=", maxSplits: 1)[0]), String(a.split(separator: "=", maxSplits: 1)[1])) : (a, nil)
                if allowedOptions.contains(key) {
                    if let v = inline { p.options[key] = v } else if i + 1 < args.count { p.options[key] = args[i + 1]; i += 1 } else {
                        err(say("lỗi: tùy chọn \(key) cần một giá trị", "error: option \(key) needs a value")); return nil
                    }
                } else if allowed.contains(key) {
                    p.flags.insert(key)
                } else {
                    err(say("lỗi: tùy chọn «\(a)» không hợp lệ; xem «wardkit --help»", "error: unknown option «\(a)»; see «wardkit --help»"))
                    return nil
                }
            } else {
                p.positional.append(a)
            }
            i += 1
        }
        return p
    }

    func buildDate(_ p: Parsed) -> CalendarDate? {
        guard let s = p.options["--date"] ?? environment["WARDKIT_DATE"] else { return .today() }
        // The two forms front matter takes (staff write 01/06/2026 everywhere else), with a
        // four-digit year: «01/06/26» would be guessed, not read.
        guard let d = CalendarDate(iso: s) ?? (s.split(separator: "/").last?.count == 4 ? parseDMY(s) : nil) else {
            err(say("lỗi: ngày «\(s)» không hợp lệ (dạng 2026-06-01 hoặc 01/06/2026)", "error: invalid date «\(s)» (use 2026-06-01 or 01/06/2026)"))
            return nil
        }
        return d
    }

    func report(_ failure: BuildFailure) {
        for d in failure.diagnostics { err(d.formatted(language)) }
        let n = failure.diagnostics.count
        err(say("\(n) lỗi; trang cũ (nếu có) được giữ nguyên.", "\(n) error(s); the previous output (if any) is unchanged."))
    }
}
