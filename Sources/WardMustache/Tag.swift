/// What a tag does, decided by the sigil right after the opening delimiter.
enum TagKind: Equatable {
    case escaped      // {{name}}
    case unescaped    // {{{name}}} or {{&name}}
    case section      // {{#name}}
    case inverted     // {{^name}}
    case close        // {{/name}}
    case comment      // {{! … }}
    case partial      // {{>name}}
    case delimiters   // {{=<% %>=}}
    case parent       // {{<name}}
    case block        // {{$name}}

    /// Interpolations print something, so a line holding one is never "standalone".
    var canStandAlone: Bool { self != .escaped && self != .unescaped }

    /// Tags that are closed by a matching {{/name}}.
    var opensScope: Bool {
        self == .section || self == .inverted || self == .parent || self == .block
    }

    /// How an unclosed tag of this kind is called in messages.
    var scopeWords: (vi: String, en: String) {
        switch self {
        case .inverted: ("thẻ mở khối đảo", "unclosed inverted section")
        case .parent: ("thẻ kế thừa", "unclosed parent")
        case .block: ("thẻ khối thay thế", "unclosed block")
        default: ("thẻ mở khối", "unclosed section")
        }
    }
}

/// One tag as scanned, before it becomes a node.
struct Tag {
    var kind: TagKind
    /// The trimmed content: a name, a partial name, or empty for comments and delimiter changes.
    var name: String
    /// UTF-8 range of the whole tag in the source, for error positions and messages.
    var offset: Int
    var end: Int
    /// For a closing tag, the kind of tag it closes; the inheritance rules for standalone lines
    /// need to know whether `{{/x}}` ends a block or a parent.
    var closes: TagKind?
    /// Set when the tag's line is standalone: the whitespace that preceded it on that line.
    var standaloneIndent: String?

    var isInheritance: Bool {
        switch kind {
        case .parent, .block: true
        case .close: closes == .parent || closes == .block
        default: false
        }
    }
}

/// Scanner output: text never runs past a newline, so that lines can be judged one by one.
enum Piece {
    case text(String)
    case tag(Tag)
}

/// Line-folded output: standalone lines are reduced to their tags, and every other line begins
/// with `lineStart`, the place where a partial's indentation goes.
enum Token {
    case lineStart
    case text(String)
    case tag(Tag)
}
