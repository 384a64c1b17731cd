import Foundation
import WardMustache

/// A theme is a set of files: `templates/*.mustache`, `static/…` (copied to the output) and
/// `strings.txt` (every UI string, in Vietnamese). A site's own `theme/` overrides the default
/// theme file by file, so a ward can restyle one template without copying the rest.
public struct Theme: Sendable {
    public let files: [String: Data]
    /// Where each file came from, for error messages ("theme/templates/base.mustache").
    public let origins: [String: String]

    public static func load(siteThemeDir: URL?) -> Theme {
        var files = DefaultTheme.files
        var origins = Dictionary(uniqueKeysWithValues: files.keys.map { ($0, "<wardkit>/theme/\($0)") })
        if let dir = siteThemeDir, let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey]) {
            let base = dir.standardizedFileURL.path + "/"
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                      let data = FileManager.default.contents(atPath: url.path) else { continue }
                let rel = String(url.standardizedFileURL.path.dropFirst(base.count))
                if rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                files[rel] = data
                origins[rel] = "theme/\(rel)"
            }
        }
        return Theme(files: files, origins: origins)
    }

    /// Compiles every template; a broken one is reported with its file, line and column.
    func templates() -> ([String: MustacheTemplate], [Diagnostic]) {
        var out: [String: MustacheTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        for (path, data) in files where path.hasPrefix("templates/") && path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            let origin = origins[path] ?? path
            do {
                out[name] = try MustacheTemplate(source: String(decoding: data, as: UTF8.self), name: origin)
            } catch {
                diagnostics.append(Diagnostic(SourcePosition(file: origin, line: error.line, column: error.column), vi: error.vi, en: error.en))
            }
        }
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
