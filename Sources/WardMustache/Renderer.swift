/// Walks a node tree, appending everything to one output string, within `MustacheLimits`.
///
/// The walk keeps its own stack of frames instead of recursing, so the depth it may reach is a
/// policy (`maxDepth`) rather than whatever the thread's stack happens to allow: a debug build
/// needs kilobytes of machine stack per level of recursion, and worker threads have little.
struct Renderer {
    private(set) var output = ""
    private var stack: [MustacheValue]
    private let partials: any MustachePartialProvider
    private let limits: MustacheLimits
    private var steps = 0

    /// One list of nodes being walked: a template, a section's content (once per list item), a
    /// partial or a block.
    private struct Frame {
        let nodes: [Node]
        var next = 0
        let indent: String
        /// The block arguments in force, outermost first-come (spec: "Multi-level inheritance",
        /// the child's argument beats the parent's).
        let blocks: [String: BlockDefinition]
        /// The template these nodes were written in.
        let source: TemplateSource
        /// The tag that opened this frame, and its template: where a render that has to stop
        /// says it stopped.
        let site: (source: TemplateSource, offset: Int)
        /// Whether a context was pushed for this frame (sections), and the list items still to
        /// render the same nodes for.
        let pushesContext: Bool
        var remaining: ArraySlice<MustacheValue> = []
    }

    private var frames: [Frame] = []

    init(context: MustacheValue, partials: any MustachePartialProvider, limits: MustacheLimits) {
        self.stack = [context]
        self.partials = partials
        self.limits = limits
    }

    mutating func render(_ template: MustacheTemplate) throws(MustacheError) {
        frames = [Frame(nodes: template.nodes, indent: "", blocks: [:], source: template.source,
                        site: (template.source, 0), pushesContext: false)]
        while let top = frames.indices.last {
            guard frames[top].next < frames[top].nodes.count else {
                finishPass(top)
                continue
            }
            let node = frames[top].nodes[frames[top].next]
            frames[top].next += 1
            steps += 1
            if steps > limits.maxSteps { throw tooMuchWork(at: frames[top].site) }
            try visit(node, in: top)
            if output.utf8.count > limits.maxOutputBytes {
                var site = frames[frames.count - 1].site
                if case .variable(_, _, let at) = node { site = (frames[top].source, at) }
                throw tooMuchOutput(at: site)
            }
        }
    }

    private mutating func visit(_ node: Node, in top: Int) throws(MustacheError) {
        // Read from the frame only where needed: text and variables, most of the nodes, would
        // otherwise retain and release the frame's indent, blocks and source on every visit.
        var indent: String { frames[top].indent }
        var blocks: [String: BlockDefinition] { frames[top].blocks }
        var source: TemplateSource { frames[top].source }
        switch node {
        case .text(let text):
            output += text
        case .lineStart:
            if !frames[top].indent.isEmpty { output += frames[top].indent }
        case .variable(let path, let escaped, _):
            lookup(path)?.appendText(to: &output, escaped: escaped)
        case .section(let path, let children, let at):
            guard let value = lookup(path), !value.isFalsey else { break }
            var items: ArraySlice<MustacheValue> = [value]
            if case .array(let list) = value { items = list[...] }
            try push(Frame(nodes: children, indent: indent, blocks: blocks, source: source, site: (source, at),
                           pushesContext: true, remaining: items.dropFirst()))
            stack.append(items.first!)
        case .inverted(let path, let children, let at):
            guard lookup(path)?.isFalsey ?? true else { break }
            try push(Frame(nodes: children, indent: indent, blocks: blocks, source: source, site: (source, at), pushesContext: false))
        case .partial(let name, let ownIndent, let at):
            // A partial not found renders as nothing, as the spec asks; `MustachePartials.validate()`
            // reports it before any render.
            guard let template = partials.template(named: name) else { break }
            try push(Frame(nodes: template.nodes, indent: ownIndent.map { indent + $0 } ?? "", blocks: blocks,
                           source: template.source, site: (source, at), pushesContext: false))
        case .parent(let name, let ownIndent, let arguments, let at):
            guard let template = partials.template(named: name) else { break }
            var inForce = blocks
            for (blockName, argument) in arguments where inForce[blockName] == nil {
                inForce[blockName] = argument
            }
            try push(Frame(nodes: template.nodes, indent: ownIndent.map { indent + $0 } ?? "", blocks: inForce,
                           source: template.source, site: (source, at), pushesContext: false))
        case .block(let name, let definition, let at):
            let chosen = blocks[name] ?? definition
            var inner = indent
            if let siteIndent = definition.siteIndent {
                inner += siteIndent
                if !chosen.startsLine { output += inner }
            }
            try push(Frame(nodes: chosen.nodes, indent: inner, blocks: blocks, source: chosen.source,
                           site: (source, at), pushesContext: false))
        }
    }

    private mutating func push(_ frame: Frame) throws(MustacheError) {
        // The root template is frame 0, so `maxDepth` levels may be open inside it.
        guard frames.count <= limits.maxDepth else { throw tooDeep(at: frame.site) }
        frames.append(frame)
    }

    /// The end of a frame's nodes: the next list item, if any, renders them again.
    private mutating func finishPass(_ top: Int) {
        if frames[top].pushesContext { stack.removeLast() }
        if let item = frames[top].remaining.first {
            frames[top].remaining.removeFirst()
            frames[top].next = 0
            stack.append(item)
        } else {
            frames.removeLast()
        }
    }

    /// The first name is searched from the innermost context outwards; the rest of a dotted name
    /// must then resolve inside what was found, with no further searching (spec: "Dotted Names -
    /// Broken Chain Resolution").
    private func lookup(_ path: Path) -> MustacheValue? {
        guard let first = path.first else { return stack.last }
        var found: MustacheValue?
        // By index, innermost first: a reversed iterator retained the stack and copied out each
        // context it passed, for every tag of every page.
        var i = stack.count - 1
        while i >= 0 {
            if case .object(let fields) = stack[i], let value = fields[first] {
                found = value
                break
            }
            i -= 1
        }
        for key in path.rest {
            guard case .object(let fields)? = found else { return nil }
            found = fields[key]
        }
        return found
    }

    // MARK: errors, reported at the innermost tag being expanded

    private func tooDeep(at site: (source: TemplateSource, offset: Int)) -> MustacheError {
        site.source.error(
            at: site.offset,
            vi: "mẫu lồng quá sâu: quá \(limits.maxDepth) tầng khối, mẫu con và mẫu kế thừa trong nhau khi dựng một trang. Có thể một mẫu con gọi lại chính nó",
            en: "templates nest too deeply: more than \(limits.maxDepth) levels of sections, partials and parents inside each other in one render. A partial may include itself")
    }

    private func tooMuchWork(at site: (source: TemplateSource, offset: Int)) -> MustacheError {
        site.source.error(
            at: site.offset,
            vi: "mẫu mở rộng quá nhiều: quá \(limits.maxSteps) bước khi dựng một trang. Có thể một mẫu con gọi lại chính nó nhiều lần",
            en: "the template expands too much: more than \(limits.maxSteps) steps in one render. A partial may include itself more than once")
    }

    private func tooMuchOutput(at site: (source: TemplateSource, offset: Int)) -> MustacheError {
        site.source.error(
            at: site.offset,
            vi: "trang dựng từ mẫu dài quá \(limits.maxOutputBytes / 1024 / 1024) MiB. Có thể một mẫu con hoặc một danh sách bị lặp lại quá nhiều lần",
            en: "the page rendered from this template exceeds \(limits.maxOutputBytes / 1024 / 1024) MiB. A partial or a list may be repeated too many times")
    }
}
