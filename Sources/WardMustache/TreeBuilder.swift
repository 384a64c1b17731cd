/// Turns the folded token list into the node tree. The scanner already checked nesting, so every
/// opening tag here has a partner, and bounded its depth, which bounds the recursion here.
struct TreeBuilder {
    private var tokens: [Token]
    private let source: TemplateSource
    /// For each opening or closing tag, the index of its partner; -1 elsewhere.
    private let partner: [Int]

    init(tokens: [Token], source: TemplateSource) {
        var partner = Array(repeating: -1, count: tokens.count)
        var open: [Int] = []
        for (index, token) in tokens.enumerated() {
            guard case .tag(let tag) = token else { continue }
            if tag.kind.opensScope {
                open.append(index)
            } else if tag.kind == .close, let opener = open.popLast() {
                partner[opener] = index
                partner[index] = opener
            }
        }
        self.tokens = tokens
        self.partner = partner
        self.source = source
    }

    mutating func build() -> [Node] {
        build(0..<tokens.count)
    }

    private mutating func build(_ range: Range<Int>) -> [Node] {
        var nodes: [Node] = []
        // Adjacent text merges so that rendering appends one string, not many; it is gathered
        // here rather than by re-concatenating the last node, which would copy it every time.
        var text = ""
        func append(_ node: Node) {
            if !text.isEmpty {
                nodes.append(.text(text))
                text = ""
            }
            nodes.append(node)
        }
        var index = range.lowerBound
        while index < range.upperBound {
            switch tokens[index] {
            case .lineStart:
                append(.lineStart)
            case .text(let more):
                text += more
            case .tag(let tag):
                switch tag.kind {
                case .escaped, .unescaped:
                    append(.variable(Path(tag.name), escaped: tag.kind == .escaped, at: tag.offset))
                case .section, .inverted:
                    let end = partner[index]
                    let children = build(index + 1..<end)
                    let path = Path(tag.name)
                    append(tag.kind == .section
                        ? .section(path, children, at: tag.offset) : .inverted(path, children, at: tag.offset))
                    index = end
                case .partial:
                    append(.partial(tag.name, indent: tag.standaloneIndent, at: tag.offset))
                case .parent:
                    let end = partner[index]
                    let blocks = arguments(index + 1..<end)
                    append(.parent(tag.name, indent: tag.standaloneIndent, blocks: blocks, at: tag.offset))
                    index = end
                case .block:
                    let end = partner[index]
                    append(.block(tag.name, blockDefinition(tag, content: index + 1..<end), at: tag.offset))
                    index = end
                case .comment, .delimiters, .close:
                    break
                }
            }
            index += 1
        }
        if !text.isEmpty { nodes.append(.text(text)) }
        return nodes
    }

    /// The blocks written directly inside a parent tag; any other content there is ignored, as
    /// the spec asks.
    private mutating func arguments(_ range: Range<Int>) -> [String: BlockDefinition] {
        var blocks: [String: BlockDefinition] = [:]
        var index = range.lowerBound
        while index < range.upperBound {
            if case .tag(let tag) = tokens[index], tag.kind.opensScope {
                let end = partner[index]
                if tag.kind == .block, blocks[tag.name] == nil {
                    blocks[tag.name] = blockDefinition(tag, content: index + 1..<end)
                }
                index = end
            }
            index += 1
        }
        return blocks
    }

    /// A standalone block's content loses its common indentation here and gets the indentation
    /// of the place it is expanded at render time (spec: "Block reindentation").
    private mutating func blockDefinition(_ tag: Tag, content: Range<Int>) -> BlockDefinition {
        guard let before = tag.standaloneIndent else {
            return BlockDefinition(nodes: build(content), source: source, startsLine: false, siteIndent: nil)
        }
        let common = Indentation.common(in: tokens, content)
        if !common.isEmpty { Indentation.remove(common, from: &tokens, content) }
        return BlockDefinition(
            nodes: build(content), source: source, startsLine: true, siteIndent: common.isEmpty ? before : common)
    }
}
