/// Errors that only follow from an earlier one are not printed: staff fix the cause, and the
/// next build shows whatever is left. What counts as a follow-on is decided where both are
/// known, so nothing independent is ever hidden.
enum FollowOnErrors {
    /// A Markdown link refused at its line (an image from another host, a file on the office
    /// computer) is then also found by the output gate in the rendered page, which can only name
    /// the page's source file as a whole (line 1, column 1). That second finding is the same
    /// problem seen later; findings in files without a refused link are all kept.
    static func removing(from diagnostics: [Diagnostic], causedBy linkErrors: [Diagnostic]) -> [Diagnostic] {
        guard !linkErrors.isEmpty else { return diagnostics }
        let causes = Set(linkErrors)
        let files = Set(linkErrors.compactMap { $0.position?.file })
        return diagnostics.filter { d in
            guard !causes.contains(d), d.kind == .privacy, let p = d.position, p.sheet == nil else { return true }
            return !(files.contains(p.file) && p.line == 1 && p.column == 1)
        }
    }
}
