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
        var names: Set<String> = []
        func report(_ error: MustacheError) {
            diagnostics.append(Diagnostic(SourcePosition(file: error.templateName, line: error.line, column: error.column), vi: error.vi, en: error.en))
        }
        for (path, data) in files where path.hasPrefix("templates/") && path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            names.insert(name)
            do {
                out[name] = try MustacheTemplate(utf8: data, name: origins[path] ?? path)
            } catch {
                report(error)
            }
        }
        // Names of templates that failed to parse still exist: their error is already reported.
        MustachePartials(out).validate(available: names).forEach(report)
        return (out, diagnostics)
    }

    /// UI strings from `strings.txt`, exposed to templates as `{{t.key}}`. Unlike other theme
    /// files, a site's strings file is merged key by key over the default one, so a ward can
    /// reword one label without copying (and later missing) every new string.
    func strings() -> ([String: String], [Diagnostic]) {
        var out: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        let layers = [(DefaultTheme.files["strings.txt"], "<wardkit>/theme/strings.txt")]
            + (origins["strings.txt"]?.hasPrefix("theme/") == true ? [(files["strings.txt"], "theme/strings.txt")] : [])
        for (data, origin) in layers {
            guard let data else { continue }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let (entries, errors) = KeyValueParser.parse(lines, file: origin, firstLine: 1)
            diagnostics += errors
            for e in entries {
                if case .scalar(let s) = e.raw { out[e.key] = s }
            }
        }
        return (out, diagnostics)
    }

    /// Files copied verbatim into the output (CSS, JS, icons).
    var staticFiles: [(String, Data)] {
        files.filter { $0.key.hasPrefix("static/") }.map { (String($0.key.dropFirst("static/".count)), $0.value) }.sorted { $0.0 < $1.0 }
    }
}
