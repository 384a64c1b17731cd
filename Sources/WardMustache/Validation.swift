/// A `{{>name}}` or `{{<name}}` written in a template.
public struct MustacheReference: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case partial, parent }

    public let name: String
    public let kind: Kind
    public let line: Int
    public let column: Int
}

extension MustacheTemplate {
    /// Every partial and parent this template names, in source order.
    public var references: [MustacheReference] {
        var found: [(name: String, kind: MustacheReference.Kind, offset: Int)] = []
        // An explicit work list rather than recursion: sections and blocks nest.
        var pending: [[Node]] = [nodes]
        while let list = pending.popLast() {
            for node in list {
                switch node {
                case .section(_, let children, _), .inverted(_, let children, _):
                    pending.append(children)
                case .partial(let name, _, let at):
                    found.append((name, .partial, at))
                case .parent(let name, _, let blocks, let at):
                    found.append((name, .parent, at))
                    pending += blocks.values.map(\.nodes)
                case .block(_, let definition, _):
                    pending.append(definition.nodes)
                case .text, .lineStart, .variable:
                    break
                }
            }
        }
        found.sort { $0.offset < $1.offset }
        let positions = SourcePosition.positions(of: found.map(\.offset), in: source.bytes)
        return zip(found, positions).map {
            MustacheReference(name: $0.name, kind: $0.kind, line: $1.line, column: $1.column)
        }
    }

    /// An error for each partial or parent named here that is not in `available`. At render
    /// time such a name prints nothing, as the spec asks, which would silently drop part of a
    /// page; checking first turns a misspelt name into an error at its tag.
    public func missingReferences(available: Set<String>) -> [MustacheError] {
        references.filter { !available.contains($0.name) }.map { reference in
            let (vi, en) = reference.kind == .partial ? ("mẫu con", "partial") : ("mẫu kế thừa", "parent template")
            return MustacheError(
                templateName: name, line: reference.line, column: reference.column,
                vi: "không có \(vi) «\(reference.name)» (không có tệp templates/\(reference.name).mustache)",
                en: "there is no \(en) «\(reference.name)» (no file templates/\(reference.name).mustache)")
        }
    }
}

extension MustachePartials {
    /// Everything that would make a render of these templates go wrong, before any render:
    /// each reference to a template not in the set, and each reference that closes a cycle (a
    /// template that includes or extends itself, directly or through others, which expands
    /// until a limit of `MustacheLimits` stops it). Sorted by template name, line and column.
    /// - Parameter available: the names that exist, when some templates of the theme failed to
    ///   parse and are reported already; by default the names in this set.
    public func validate(available: Set<String>? = nil) -> [MustacheError] {
        let available = available ?? Set(templates.keys)
        let names = templates.keys.sorted()
        var errors: [MustacheError] = []
        var edges: [String: [MustacheReference]] = [:]
        for name in names {
            let template = templates[name]!
            errors += template.missingReferences(available: available)
            edges[name] = template.references.filter { templates[$0.name] != nil }
        }
        errors += cycles(names: names, edges: edges)
        return errors.sorted {
            ($0.templateName, $0.line, $0.column) < ($1.templateName, $1.line, $1.column)
        }
    }

    /// Depth-first search with an explicit stack; a reference to a template still on the path
    /// closes a cycle, reported at that reference with the path it closes.
    private func cycles(names: [String], edges: [String: [MustacheReference]]) -> [MustacheError] {
        enum Mark { case onPath, done }
        var marks: [String: Mark] = [:]
        var errors: [MustacheError] = []
        for root in names where marks[root] == nil {
            var path: [(name: String, next: Int)] = [(root, 0)]
            marks[root] = .onPath
            while let top = path.last {
                let outgoing = edges[top.name] ?? []
                guard top.next < outgoing.count else {
                    marks[top.name] = .done
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let reference = outgoing[top.next]
                switch marks[reference.name] {
                case .onPath:
                    let start = path.firstIndex { $0.name == reference.name }!
                    let chain = (path[start...].map(\.name) + [reference.name]).joined(separator: " → ")
                    errors.append(MustacheError(
                        templateName: templates[top.name]!.name, line: reference.line, column: reference.column,
                        vi: "mẫu «\(reference.name)» gọi lại chính nó (\(chain)): trang sẽ không bao giờ dựng xong",
                        en: "template «\(reference.name)» includes itself (\(chain)): the page would never finish"))
                case .done:
                    break
                case nil:
                    marks[reference.name] = .onPath
                    path.append((reference.name, 0))
                }
            }
        }
        return errors
    }
}
