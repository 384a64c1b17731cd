import Foundation

/// Where something came from, so every complaint can name file, line and column — or, in a
/// workbook, file, sheet and cell: there `line` is the row and `column` the column number
/// (1 = A), so the same value orders and compares, and only the wording differs.
public struct SourcePosition: Sendable, Hashable, Comparable {
    public let file: String
    /// The worksheet, for a position in an .xlsx workbook.
    public let sheet: String?
    public let line: Int
    public let column: Int

    public init(file: String, sheet: String? = nil, line: Int, column: Int = 1) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.file, a.sheet ?? "", a.line, a.column) < (b.file, b.sheet ?? "", b.line, b.column)
    }

    /// `content/units.csv:7:9`, or `content/du-lieu.xlsx, trang «units», ô I7` in a workbook;
    /// a workbook position with no sheet yet names only the file, and line 0 the whole sheet.
    public func formatted(_ language: Language) -> String {
        if let sheet {
            // Line 0: the sheet as a whole, no cell to point at.
            if line == 0 { return language == .vi ? "\(file), trang «\(sheet)»" : "\(file), sheet «\(sheet)»" }
            return language == .vi ? "\(file), trang «\(sheet)», ô \(cell)" : "\(file), sheet «\(sheet)», cell \(cell)"
        }
        return file.hasSuffix(".xlsx") ? file : "\(file):\(line):\(column)"
    }

    /// The A1 reference of a workbook position ("I7").
    public var cell: String {
        var letters: [Character] = [], n = column
        while n > 0 {
            letters.append(Character(Unicode.Scalar(UInt8(65 + (n - 1) % 26))))
            n = (n - 1) / 26
        }
        return String(letters.reversed()) + String(line)
    }
}

/// Staff read Vietnamese; developers and CI logs may want English. Both are carried so the
/// choice is made once, at the edge, when printing.
public struct Diagnostic: Error, Sendable, Hashable {
    public enum Kind: String, Sendable { case error, privacy, warning }

    public let position: SourcePosition?
    public let kind: Kind
    public let vi: String
    public let en: String

    public init(_ position: SourcePosition?, kind: Kind = .error, vi: String, en: String) {
        self.position = position
        self.kind = kind
        self.vi = vi
        self.en = en
    }

    public func formatted(_ language: Language) -> String {
        let label: String
        switch (kind, language) {
        case (.error, .vi): label = "lỗi"
        case (.error, .en): label = "error"
        case (.privacy, .vi): label = "lỗi riêng tư"
        case (.privacy, .en): label = "privacy error"
        case (.warning, .vi): label = "cảnh báo"
        case (.warning, .en): label = "warning"
        }
        let text = language == .vi ? vi : en
        guard let p = position else { return "\(label): \(text)" }
        return "\(p.formatted(language)): \(label): \(text)"
    }
}

public enum Language: Sendable {
    case vi, en

    /// `LANG=en*` asks for English; everything else (including no LANG) gets Vietnamese,
    /// because the people running WardKit are ward staff.
    public static func from(environment: [String: String]) -> Language {
        let lang = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        return lang.lowercased().hasPrefix("en") ? .en : .vi
    }
}

/// Thrown when a stage found problems; carries every diagnostic, not just the first, so staff
/// can fix a whole sheet in one pass.
public struct BuildFailure: Error, Sendable {
    public let diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { (Self.rank($0), $0.position?.file ?? "", $0.position?.line ?? 0, $0.position?.column ?? 0)
            < (Self.rank($1), $1.position?.file ?? "", $1.position?.line ?? 0, $1.position?.column ?? 0) }
    }

    /// Files other files depend on come first, so the root cause is read before anything that
    /// follows from it: settings, then the unit list, then the criteria, then everything else.
    static func rank(_ d: Diagnostic) -> Int {
        guard let file = d.position?.file else { return 3 }
        if file.hasSuffix("settings.txt") { return 0 }
        if file.hasSuffix("units.csv") { return 1 }
        if file.hasSuffix("criteria.csv") { return 2 }
        return 3
    }
}

/// Collects diagnostics from a stage; thread-safe because loading runs in parallel.
public final class DiagnosticLog: @unchecked Sendable {
    private let lock = AdaptiveLock()
    private var items: [Diagnostic] = []

    public init() {}

    public func add(_ d: Diagnostic) {
        lock.lock(); items.append(d); lock.unlock()
    }

    public func add(contentsOf ds: [Diagnostic]) {
        lock.lock(); items.append(contentsOf: ds); lock.unlock()
    }

    public var all: [Diagnostic] {
        lock.lock(); defer { lock.unlock() }
        return items
    }

    public var isEmpty: Bool { all.isEmpty }

    /// Ends a stage: if anything was logged, the build stops here with all of it.
    public func throwIfAny() throws(BuildFailure) {
        let ds = all
        if !ds.isEmpty { throw BuildFailure(ds) }
    }
}
