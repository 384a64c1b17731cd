/// A template parsed once into a node tree, ready to be rendered many times (a province site
/// renders the same few templates for ~100k pages).
public struct MustacheTemplate: Sendable {
    /// The name given at parse time (usually the file path), used in error messages.
    public let name: String
    let nodes: [Node]
    let source: TemplateSource

    public init(source: String, name: String) throws(MustacheError) {
        try self.init(checkedUTF8: Array(source.utf8), name: name)
    }

    /// Parses a template file's bytes (`Data` works as is). Bytes that are not UTF-8 are an error
    /// at the first bad byte: decoding them leniently would put U+FFFD on every page. A leading
    /// byte order mark (Windows Notepad writes one) is dropped, since it would otherwise be
    /// printed wherever the template is included; columns are then counted as editors show them.
    public init<Bytes: Collection<UInt8>>(utf8 bytes: Bytes, name: String) throws(MustacheError) {
        var bytes = Array(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let error = UTF8Check.firstError(in: bytes, name: name) { throw error }
        try self.init(checkedUTF8: bytes, name: name)
    }

    private init(checkedUTF8 bytes: [UInt8], name: String) throws(MustacheError) {
        var scanner = Scanner(bytes: bytes, name: name)
        let pieces = try scanner.scan()
        let source = TemplateSource(name: name, bytes: bytes)
        var builder = TreeBuilder(tokens: LineFolder.fold(pieces), source: source)
        self.name = name
        self.nodes = builder.build()
        self.source = source
    }

    /// Rendering fails only when a bound of `limits` is exceeded (a partial that includes
    /// itself, a page of absurd size); the error names the template, line and column of the
    /// innermost tag being expanded, which may be in a partial rather than in this template.
    public func render(
        _ context: MustacheValue, partials: any MustachePartialProvider, limits: MustacheLimits = .standard
    ) throws(MustacheError) -> String {
        var renderer = Renderer(context: context, partials: partials, limits: limits)
        try renderer.render(self)
        return renderer.output
    }

    /// For templates that include no partials or parents.
    public func render(_ context: MustacheValue, limits: MustacheLimits = .standard) throws(MustacheError) -> String {
        try render(context, partials: MustachePartials([:]), limits: limits)
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
