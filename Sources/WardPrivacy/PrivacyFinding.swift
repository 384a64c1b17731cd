/// One refused identifier. The value itself is shown masked only: findings end up in build logs
/// and error pages, which must not leak what the guard stopped from being published.
public struct PrivacyFinding: Sendable, Hashable {
    public let kind: IdentifierKind
    /// 1-based position in the raw text that was scanned (before markup, entities and Markdown
    /// were read), so staff find it in their editor; `column` counts Characters.
    public let line: Int, column: Int
    /// UTF-8 offset of the same position, for callers that map positions themselves.
    public let utf8Offset: Int
    public let masked: String
    /// The normalised value — national digits, the folded name ("nguyen van hung"), the
    /// lower-cased address — for attributing an output finding to the input that produced it.
    /// It is the identifier itself: never print it, never write it anywhere.
    public let key: String
    /// For a name that may be public: what staff can write to declare it. Nil for a name after a
    /// word for a person («đối tượng», «chủ hộ») — those are never declarable.
    public let declaration: NameDeclaration?

    public init(kind: IdentifierKind, line: Int, column: Int, masked: String, utf8Offset: Int = 0, key: String = "",
                declaration: NameDeclaration? = nil) {
        self.kind = kind
        self.line = line
        self.column = column
        self.masked = masked
        self.utf8Offset = utf8Offset
        self.key = key
        self.declaration = declaration
    }

    public var fixVi: String {
        declaration == nil && kind == .personName
            ? "Tên người trong tin về ma túy, cai nghiện, vi phạm không bao giờ được đăng: hãy xóa hoặc thay bằng vai trò («một đối tượng», «chủ hộ»)."
            : kind.fixVi
    }

    public var fixEn: String {
        declaration == nil && kind == .personName
            ? "A person named in news about drugs, rehabilitation or offences is never published: remove the name or write the role («một đối tượng», «chủ hộ»)."
            : kind.fixEn
    }

    /// "số điện thoại di động «0912 *** 678». Hãy xóa …" — one line, with the fix.
    public var vi: String { "\(kind.vi) «\(masked)». \(fixVi)" }
    public var en: String { "\(kind.en) «\(masked)». \(fixEn)" }
}

/// How a name could be declared public, for `wardkit check` (staff only: it contains the name).
public struct NameDeclaration: Sendable, Hashable {
    /// The name as written, NFC, single spaces.
    public let name: String

    public init(name: String) { self.name = name }

    /// The settings line that declares the name, keeping the names already declared.
    public func settingsLine(existing: [String] = []) -> String {
        "public_names: [" + (existing + [name]).joined(separator: ", ") + "]"
    }

    /// How to write it if it is a street.
    public var streetSpelling: String { "đường \(name)" }

    public func vi(existing: [String] = []) -> String {
        "Nếu đây là cán bộ được phép công khai, sửa settings.txt thành: \(settingsLine(existing: existing)). Nếu là tên đường hoặc trường, viết «\(streetSpelling)» hoặc «trường \(name)»."
    }

    public func en(existing: [String] = []) -> String {
        "If this is an official who may be named, change settings.txt to: \(settingsLine(existing: existing)). If it is a street or a school, write «\(streetSpelling)» or «trường \(name)»."
    }
}
