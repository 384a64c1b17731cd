/// Walks a node tree, appending everything to one output string.
struct Renderer {
    /// How deeply partials, parents and block overrides may nest. Finite recursive data stops
    /// well before this; a template that includes itself unconditionally would otherwise
    /// overflow the stack, and simply stops expanding here instead.
    static let maxDepth = 100

    private(set) var output = ""
    private var stack: [MustacheValue]
    private let partials: any MustachePartialProvider
    private var depth = 0

    init(context: MustacheValue, partials: any MustachePartialProvider) {
        self.stack = [context]
        self.partials = partials
    }

    /// - Parameters:
    ///   - indent: printed at every line start; non-empty inside standalone partials and blocks.
    ///   - blocks: the block arguments in force, outermost first-come (spec: "Multi-level
    ///     inheritance", the child's argument beats the parent's).
    mutating func render(_ nodes: [Node], indent: String, blocks: [String: BlockDefinition]) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .lineStart:
                if !indent.isEmpty { output += indent }
            case .variable(let path, let escaped):
                lookup(path)?.appendText(to: &output, escaped: escaped)
            case .section(let path, let children):
                guard let value = lookup(path), !value.isFalsey else { break }
                if case .array(let items) = value {
                    for item in items { renderInside(item, children, indent: indent, blocks: blocks) }
                } else {
                    renderInside(value, children, indent: indent, blocks: blocks)
                }
            case .inverted(let path, let children):
                if lookup(path)?.isFalsey ?? true { render(children, indent: indent, blocks: blocks) }
            case .partial(let name, let ownIndent):
                expand(name, indent: ownIndent.map { indent + $0 } ?? "", blocks: blocks)
            case .parent(let name, let ownIndent, let arguments):
                var inForce = blocks
                for (blockName, argument) in arguments where inForce[blockName] == nil {
                    inForce[blockName] = argument
                }
                expand(name, indent: ownIndent.map { indent + $0 } ?? "", blocks: inForce)
            case .block(let name, let definition):
                renderBlock(blocks[name] ?? definition, at: definition, indent: indent, blocks: blocks)
            }
        }
    }

    private mutating func renderInside(
        _ value: MustacheValue, _ nodes: [Node], indent: String, blocks: [String: BlockDefinition]
    ) {
        stack.append(value)
        render(nodes, indent: indent, blocks: blocks)
        stack.removeLast()
    }

    /// A partial not found renders as nothing, as the spec asks.
    private mutating func expand(_ name: String, indent: String, blocks: [String: BlockDefinition]) {
        guard depth < Renderer.maxDepth, let template = partials.template(named: name) else { return }
        depth += 1
        render(template.nodes, indent: indent, blocks: blocks)
        depth -= 1
    }

    private mutating func renderBlock(
        _ chosen: BlockDefinition, at site: BlockDefinition, indent: String,
        blocks: [String: BlockDefinition]
    ) {
        guard depth < Renderer.maxDepth else { return }
        depth += 1
        defer { depth -= 1 }
        guard let siteIndent = site.siteIndent else {
            render(chosen.nodes, indent: indent, blocks: blocks)
            return
        }
        let inner = indent + siteIndent
        if !chosen.startsLine { output += inner }
        render(chosen.nodes, indent: inner, blocks: blocks)
    }

    /// The first name is searched from the innermost context outwards; the rest of a dotted name
    /// must then resolve inside what was found, with no further searching (spec: "Dotted Names -
    /// Broken Chain Resolution").
    private func lookup(_ path: Path) -> MustacheValue? {
        guard let first = path.first else { return stack.last }
        var found: MustacheValue?
        for frame in stack.reversed() {
            if case .object(let fields) = frame, let value = fields[first] {
                found = value
                break
            }
        }
        for key in path.rest {
            guard case .object(let fields)? = found else { return nil }
            found = fields[key]
        }
        return found
    }
}
