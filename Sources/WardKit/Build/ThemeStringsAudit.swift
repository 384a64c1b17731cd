import Foundation

extension SiteBuilder {
    /// Every string of the site's own theme can reach a page — under another unit kind, on an
    /// empty search, in a later month — so all of them are audited with the output, not only the
    /// ones this build happened to render. A finding the page audit already placed on the same
    /// line and column is not reported twice.
    static func auditThemeStrings(_ theme: Theme, privacy: PrivacyGuard, already: [Diagnostic]) -> [Diagnostic] {
        guard theme.origins["strings.txt"]?.hasPrefix("theme/") == true, let data = theme.files["strings.txt"] else { return [] }
        let file = "theme/strings.txt"
        let seen = Set(already.compactMap { d -> String? in
            guard d.kind == .privacy, let p = d.position, p.file == file else { return nil }
            return "\(p.line):\(p.column)"
        })
        let text = String(decoding: data, as: UTF8.self)
        return privacy.scanInputs([.text(SourceText(file: file, text: text, firstLine: 1))]).filter { d in
            guard let p = d.position else { return true }
            return !seen.contains("\(p.line):\(p.column)")
        }
    }
}
