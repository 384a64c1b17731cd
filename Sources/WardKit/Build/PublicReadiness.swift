import Foundation

/// What a preview may leave unfinished and a printed sheet or a published site may not: the
/// site's address (every QR code and shared link leads there) and the blanks `wardkit init`
/// wrote for staff to fill in. `build` and `check` warn; `print --pdf` and `publish` refuse.
enum PublicReadiness {
    /// nil when the address is fit to print (BaseURL.publishingProblem says why not). The
    /// position is the settings' `base_url` line, or the file when the line is missing; none
    /// when the address came from `--base-url`, which the message then names.
    static func address(_ base: String, fromCommandLine: Bool, settings: SiteSettings, refuse: Bool) -> Diagnostic? {
        guard let problem = BaseURL.publishingProblem(base) else { return nil }
        let then = refuse
            ? ("; sửa trước khi in PDF hoặc đăng trang", "; fix it before printing PDFs or publishing")
            : (". «wardkit print --pdf» và «wardkit publish» từ chối chạy cho đến khi sửa",
               ". «wardkit print --pdf» and «wardkit publish» refuse to run until it is fixed")
        let position = fromCommandLine ? nil
            : settings.baseURLPosition ?? SourcePosition(file: "content/\(SettingsLoader.fileName)", line: 1)
        let source = fromCommandLine ? ("--base-url: ", "--base-url: ") : ("", "")
        return Diagnostic(position, kind: refuse ? .error : .warning,
                          vi: source.0 + problem.vi + then.0, en: source.1 + problem.en + then.1)
    }

    /// Everything that must be finished before printing or publishing, as errors.
    static func refusals(_ content: SiteContent, base: String, fromCommandLine: Bool) -> [Diagnostic] {
        let address = self.address(base, fromCommandLine: fromCommandLine, settings: content.settings, refuse: true)
        return (address.map { [$0] } ?? []) + content.unfilled.map { Diagnostic($0.position, kind: .error, vi: $0.vi, en: $0.en) }
    }
}
