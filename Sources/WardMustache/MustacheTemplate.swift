/// A template parsed once into a node tree, ready to be rendered many times (a province site
/// renders the same few templates for ~100k pages).
public struct MustacheTemplate: Sendable {
    /// The name given at parse time (usually the file path), used in error messages.
    public let name: String
    let nodes: [Node]

    public init(source: String, name: String) throws(MustacheError) {
        var scanner = Scanner(source: source, name: name)
        let pieces = try scanner.scan()
        var builder = TreeBuilder(tokens: LineFolder.fold(pieces))
        self.name = name
        self.nodes = builder.build()
    }

    public func render(_ context: MustacheValue, partials: any MustachePartialProvider) -> String {
        var renderer = Renderer(context: context, partials: partials)
        renderer.render(nodes, indent: "", blocks: [:])
        return renderer.output
    }

    /// For templates that include no partials or parents.
    public func render(_ context: MustacheValue) -> String {
        render(context, partials: MustachePartials([:]))
    }
}

/// Supplies the templates named by `{{>name}}` and `{{<name}}`. They are already parsed, so a
/// render never parses anything.
public protocol MustachePartialProvider: Sendable {
    func template(named: String) -> MustacheTemplate?
}

/// A provider backed by a dictionary of parsed templates.
public struct MustachePartials: MustachePartialProvider {
    public let templates: [String: MustacheTemplate]

    public init(_ templates: [String: MustacheTemplate]) {
        self.templates = templates
    }

    /// Parses each source once, naming each template after its key.
    public init(sources: [String: String]) throws(MustacheError) {
        var templates: [String: MustacheTemplate] = [:]
        for (name, source) in sources {
            templates[name] = try MustacheTemplate(source: source, name: name)
        }
        self.templates = templates
    }

    public func template(named name: String) -> MustacheTemplate? {
        templates[name]
    }
}
