import Foundation
import WardMustache

/// A theme is a set of files: `templates/*.mustache`, `static/…` (copied to the output) and
/// `strings.txt` (every UI string, in Vietnamese). A site's own `theme/` overrides the default
/// theme file by file, so a ward can restyle one template without copying the rest.
public struct Theme: Sendable {
    public let files: [String: Data]
    /// Where each file came from, for error messages ("theme/templates/base.mustache").
    public let origins: [String: String]

    /// Files of the site's theme that could not be read, or links leading out of the site: a
    /// theme silently falling back to the default would publish something staff did not write.
    public let problems: [Diagnostic]

    public static func load(siteThemeDir: URL?) -> Theme {
        var files = DefaultTheme.files
        var origins = Dictionary(uniqueKeysWithValues: files.keys.map { ($0, "<wardkit>/theme/\($0)") })
        var problems: [Diagnostic] = []
        guard let dir = siteThemeDir else { return Theme(files: files, origins: origins, problems: []) }
        let fm = FileManager.default
        let base = dir.standardizedFileURL.path
        let realBase = SourceReader.realPath(base) ?? base
        // A hand-written walk rather than FileManager's enumerator, which skips what it cannot
        // read without saying so.
        var pending = [""]
        while let rel = pending.popLast() {
            let path = rel.isEmpty ? base : base + "/" + rel
            let shown = rel.isEmpty ? "theme/" : "theme/\(rel)/"
            let names: [String]
            do { names = try fm.contentsOfDirectory(atPath: path) } catch {
                problems.append(Diagnostic(SourcePosition(file: shown, line: 1),
                    vi: "không đọc được thư mục «\(shown)» (không có quyền đọc?)", en: "cannot read the folder «\(shown)» (no read permission?)"))
                continue
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let childRel = rel.isEmpty ? name : rel + "/" + name
                let childPath = base + "/" + childRel
                if let real = SourceReader.realPath(childPath), real != realBase && !real.hasPrefix(realBase + "/") {
                    problems.append(Diagnostic(SourcePosition(file: "theme/\(childRel)", line: 1),
                        vi: "«theme/\(childRel)» là liên kết trỏ ra ngoài thư mục giao diện (\(real)); hãy chép tệp vào thay cho liên kết",
                        en: "«theme/\(childRel)» is a link pointing outside the theme folder (\(real)); copy the file in instead of linking"))
                    continue
                }
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: childPath, isDirectory: &isDir) else { continue }
                if isDir.boolValue { pending.append(childRel); continue }
                guard let data = fm.contents(atPath: childPath) else {
                    problems.append(Diagnostic(SourcePosition(file: "theme/\(childRel)", line: 1),
                        vi: "không đọc được tệp «theme/\(childRel)» (không có quyền đọc?)", en: "cannot read «theme/\(childRel)» (no read permission?)"))
                    continue
                }
                files[childRel] = data
                origins[childRel] = "theme/\(childRel)"
            }
        }
        return Theme(files: files, origins: origins, problems: problems)
    }

    /// Compiles every template; a broken one (bad syntax, not UTF-8, a partial that does not
    /// exist or includes itself) is reported with its file, line and column.
    func templates() -> ([String: MustacheTemplate], [Diagnostic]) {
        var out: [String: MustacheTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        func report(_ error: MustacheError) {
            diagnostics.append(Diagnostic(SourcePosition(file: error.templateName, line: error.line, column: error.column), vi: error.vi, en: error.en))
        }
        let sources = files.filter { $0.key.hasPrefix("templates/") && $0.key.hasSuffix(".mustache") }
        // Names of templates that fail to parse still exist: their error is reported once.
        let names = Set(sources.keys.map { String($0.dropFirst("templates/".count).dropLast(".mustache".count)) })
        for (path, data) in sources {
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            do {
                out[name] = try MustacheTemplate(utf8: data, name: origins[path] ?? path)
            } catch {
                // «{{<basee}} … {{/base}}»: the close only mismatches because the parent's name
                // is misspelt, so the name that exists nowhere is the cause to show.
                if let opener = error.mismatchedOpener, opener.isParent, !names.contains(opener.name) {
                    diagnostics.append(Diagnostic(SourcePosition(file: error.templateName, line: opener.line, column: opener.column),
                        vi: "không có mẫu kế thừa «\(opener.name)» (không có tệp templates/\(opener.name).mustache)",
                        en: "there is no parent template «\(opener.name)» (no file templates/\(opener.name).mustache)"))
                } else {
                    report(error)
                }
            }
        }
        MustachePartials(out).validate(available: names).forEach(report)
        return (out, diagnostics)
    }

    /// UI strings from `strings.txt`, exposed to templates as `{{t.key}}`. Unlike other theme
    /// files, a site's strings file is merged key by key over the default one, so a ward can
    /// reword one label without copying (and later missing) every new string. A key of the
    /// site's file that neither the default strings nor any template uses is a typo
    /// («nav_homee»), which would leave the label it meant unchanged without a word.
    func strings() -> ([String: String], [Diagnostic]) {
        var out: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        if let data = DefaultTheme.files["strings.txt"] {
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let (entries, errors) = KeyValueParser.parse(lines, file: "<wardkit>/theme/strings.txt", firstLine: 1)
            diagnostics += errors
            for e in entries { if case .scalar(let s) = e.raw { out[e.key] = s } }
        }
        guard origins["strings.txt"]?.hasPrefix("theme/") == true, let data = files["strings.txt"] else { return (out, diagnostics) }
        let file = "theme/strings.txt"
        let text: String
        switch TextFile.decode(data, file: file) {
        case .success(let t): text = t
        case .failure(let d): return (out, diagnostics + [d])
        }
        let known = Set(out.keys)
        let templateTexts = files.filter { $0.key.hasPrefix("templates/") }.map { String(decoding: $0.value, as: UTF8.self) }
        let (entries, errors) = KeyValueParser.parse(text.split(separator: "\n", omittingEmptySubsequences: false), file: file, firstLine: 1)
        diagnostics += errors
        for e in entries {
            if !known.contains(e.key) && !templateTexts.contains(where: { Self.uses($0, key: e.key) }) {
                diagnostics.append(Diagnostic(e.keyPosition,
                    vi: "khóa «\(e.key)» không có trong chuỗi giao diện và không mẫu nào dùng (gõ nhầm?); nhãn mà nó định đổi sẽ không đổi",
                    en: "key «\(e.key)» is not a UI string and no template uses it (a typo?); the label it meant to change would stay as it is"))
                continue
            }
            if case .scalar(let s) = e.raw { out[e.key] = s }
        }
        return (out, diagnostics)
    }

    /// Whether a template names `t.key` (as `{{t.key}}`, `{{#t.key}}` …), not `t.keyboard`.
    private static func uses(_ template: String, key: String) -> Bool {
        let needle = "t." + key
        var rest = template[...]
        while let r = rest.range(of: needle) {
            let before = r.lowerBound == template.startIndex ? " " : template[template.index(before: r.lowerBound)]
            let after = r.upperBound == template.endIndex ? " " : template[r.upperBound]
            let identifier: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
            if !identifier(before) && !identifier(after) { return true }
            rest = template[r.upperBound...]
        }
        return false
    }

    /// Files copied verbatim into the output (CSS, JS, icons).
    var staticFiles: [(String, Data)] {
        files.filter { $0.key.hasPrefix("static/") }.map { (String($0.key.dropFirst("static/".count)), $0.value) }.sorted { $0.0 < $1.0 }
    }
}
