import Foundation
import Glibc
import Synchronization
import WardServer

/// `wardkit serve`'s builds: exactly `wardkit build`'s (the same `SiteBuilder.build`, staged and
/// swapped in whole, under the same lock), run at start and after every batch of changes. A
/// build that fails leaves the published folder as it was, so the preview keeps showing the last
/// good site while its pages show the errors.
public final class PreviewRebuilds: Sendable {
    public let options: BuildOptions
    public let events: PreviewEvents
    let language: Language
    let log: @Sendable (String) -> Void
    /// The last build's warnings: a rebuild prints only new ones, or the same ten would bury
    /// the line that says what happened at every save.
    private let lastWarnings = Mutex<Set<String>>([])

    /// More than this many errors on the page would hide the site; the terminal gets them all.
    static let errorsOnPage = 30

    public init(options: BuildOptions, events: PreviewEvents, language: Language, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.events = events
        self.language = language
        self.log = log
    }

    /// One build; `changed` (absolute paths) only says in the log why it runs. Open pages hear
    /// of the outcome either way.
    @discardableResult
    public func build(changed: Set<String> = []) -> Bool {
        if !changed.isEmpty { log(say("thay đổi: \(describe(changed))", "changed: \(describe(changed))")) }
        let started = ContinuousClock.now
        do {
            let report = try SiteBuilder.build(options)
            let took = seconds(ContinuousClock.now - started)
            let warnings = report.warnings.map { $0.formatted(language) }
            let seen = lastWarnings.withLock { last in
                defer { last = Set(warnings) }
                return last
            }
            let fresh = warnings.filter { !seen.contains($0) }
            for warning in fresh.prefix(20) { log(warning) }
            let repeated = warnings.count - fresh.count
            let note = repeated == 0 ? "" : say(" (\(repeated) như lần trước)", " (\(repeated) as before)")
            log(say("dựng xong trong \(took) s: \(report.files.count) tệp, \(report.pages) trang, \(report.warnings.count) cảnh báo\(note)",
                    "built in \(took) s: \(report.files.count) files, \(report.pages) pages, \(report.warnings.count) warnings\(note)"))
            events.built()
            return true
        } catch {
            let took = seconds(ContinuousClock.now - started)
            for diagnostic in error.diagnostics { log(diagnostic.formatted(language)) }
            log(say("dựng KHÔNG thành công sau \(took) s: \(error.diagnostics.count) lỗi; vẫn đang xem bản dựng tốt gần nhất",
                    "build FAILED after \(took) s: \(error.diagnostics.count) error(s); still showing the last good build"))
            events.failed(failure(error))
            return false
        }
    }

    /// What the open pages show: the same lines the terminal printed, in the same language.
    func failure(_ error: BuildFailure) -> PreviewFailure {
        let all = error.diagnostics.map { $0.formatted(language) }
        var shown = Array(all.prefix(Self.errorsOnPage))
        if all.count > shown.count {
            shown.append(say("… và \(all.count - shown.count) lỗi khác (xem trong cửa sổ lệnh)",
                             "… and \(all.count - shown.count) more (see the terminal)"))
        }
        return PreviewFailure(
            language: language == .vi ? "vi" : "en",
            title: say("Dựng lại trang không thành công: \(all.count) lỗi", "The rebuild failed: \(all.count) error(s)"),
            messages: shown,
            note: say("Trang bên dưới là bản dựng tốt gần nhất. Sửa tệp rồi lưu lại: trang sẽ tự tải lại.",
                      "The page below is the last good build. Fix the file and save it: the page reloads by itself."),
            dismiss: say("Ẩn thông báo", "Hide"))
    }

    private func describe(_ changed: Set<String>) -> String {
        let prefix = options.site.standardizedFileURL.path + "/"
        let names = changed.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }.sorted()
        return names.prefix(5).joined(separator: ", ") + (names.count > 5 ? " (+\(names.count - 5))" : "")
    }

    private func seconds(_ duration: Duration) -> String {
        let (whole, atto) = duration.components
        let text = String(format: "%.2f", Double(whole) + Double(atto) / 1e18)
        return language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    private func say(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }
}

/// Lines for the staff member's terminal, written with one write(2) each: unbuffered even when
/// the output is a pipe or a file (print() would hold them back), and never interleaved with the
/// server's request lines.
enum TerminalLine {
    static func write(_ line: String, fd: Int32 = 2) {
        var time = time(nil)
        var parts = tm()
        localtime_r(&time, &parts)
        let stamp = String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
        let bytes = Array("[wardkit serve] \(stamp) \(line)\n".utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }
}
