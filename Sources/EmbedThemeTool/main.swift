import Foundation

// Writes `enum DefaultTheme { static let files: [String: Data] }` from a theme folder: one
// base64 literal per file (short to compile, exact for binary files such as og-image.png).
// Hidden files and folders (editor droppings, .DS_Store) are left out, as Theme.load does.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: EmbedThemeTool THEME_DIR OUTPUT.swift\n".utf8))
    exit(2)
}
let theme = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])
let base = theme.path + "/"

var files: [(String, Data)] = []
guard let walker = FileManager.default.enumerator(at: theme, includingPropertiesForKeys: [.isRegularFileKey],
                                                  options: [.skipsHiddenFiles]) else {
    FileHandle.standardError.write(Data("EmbedThemeTool: cannot read \(theme.path)\n".utf8))
    exit(1)
}
for case let url as URL in walker {
    guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
    let path = url.standardizedFileURL.path
    guard path.hasPrefix(base), let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("EmbedThemeTool: cannot read \(path)\n".utf8))
        exit(1)
    }
    files.append((String(path.dropFirst(base.count)), data))
}
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("EmbedThemeTool: \(theme.path) holds no files\n".utf8))
    exit(1)
}
files.sort { $0.0 < $1.0 }

func literal(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

var source = "// Generated at build time by the EmbedTheme plugin from theme/; not committed.\n"
source += "import Foundation\n\nenum DefaultTheme {\n    static let files: [String: Data] = [\n"
for (name, data) in files {
    source += "        \(literal(name)): Data(base64Encoded: \"\(data.base64EncodedString())\")!,\n"
}
source += "    ]\n}\n"

// Rewrite only on change, so an unchanged theme does not recompile the WardKit module.
let bytes = Data(source.utf8)
if FileManager.default.contents(atPath: output.path) != bytes {
    do {
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: output, options: .atomic)
    } catch {
        FileHandle.standardError.write(Data("EmbedThemeTool: cannot write \(output.path): \(error)\n".utf8))
        exit(1)
    }
}
