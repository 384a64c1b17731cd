/// A hierarchical table of one sensitive count (e.g. people in rehabilitation by province →
/// ward → residential group). Every inner node's value is the sum of its children, which is
/// exactly what lets a reader subtract shown cells from a total; the audit relies on it.
public struct CountTree: Sendable {
    public struct Node: Sendable {
        public let id: String
        public let value: Int
        /// Indices into the tree's `nodes`.
        public let children: [Int]

        public init(id: String, value: Int, children: [Int] = []) {
            self.id = id
            self.value = value
            self.children = children
        }
    }

    public let nodes: [Node]
    public let root: Int
    /// -1 for the root.
    let parent: [Int]
    /// Parents before children; the suppressor and the audit walk it both ways instead of
    /// recursing, so deep trees cannot overflow the stack.
    let preorder: [Int]
    let indexByID: [String: Int]

    /// For trees built by code that already guarantees the shape; traps on a malformed tree.
    /// Use `init(validating:root:)` for data that came from staff.
    public init(nodes: [Node], root: Int) {
        do {
            try self.init(validating: nodes, root: root)
        } catch {
            preconditionFailure(error.en)
        }
    }

    public init(validating nodes: [Node], root: Int) throws(CountTreeProblem) {
        guard nodes.indices.contains(root) else { throw .badIndex(node: "", index: root) }
        var parent = [Int](repeating: -2, count: nodes.count)
        var order: [Int] = []
        order.reserveCapacity(nodes.count)
        parent[root] = -1
        var stack = [root]
        while let v = stack.popLast() {
            order.append(v)
            for c in nodes[v].children.reversed() {
                guard nodes.indices.contains(c) else { throw .badIndex(node: nodes[v].id, index: c) }
                guard parent[c] == -2 else { throw .notATree(node: nodes[c].id) }
                parent[c] = v
                stack.append(c)
            }
        }
        var indexByID: [String: Int] = [:]
        for (i, node) in nodes.enumerated() {
            guard parent[i] != -2 else { throw .notATree(node: node.id) }
            guard node.value >= 0 else { throw .negative(node: node.id, value: node.value) }
            guard indexByID.updateValue(i, forKey: node.id) == nil else { throw .duplicateID(node.id) }
            if !node.children.isEmpty {
                let sum = node.children.reduce(0) { $0 + nodes[$1].value }
                guard sum == node.value else { throw .sumMismatch(node: node.id, value: node.value, sum: sum) }
            }
        }
        self.nodes = nodes
        self.root = root
        self.parent = parent
        self.preorder = order
        self.indexByID = indexByID
    }
}

/// A count table that cannot be published as a tree of sums.
public enum CountTreeProblem: Error, Sendable, Equatable {
    case badIndex(node: String, index: Int)
    /// A node listed under two parents, or a cycle, or a node not under the root.
    case notATree(node: String)
    case negative(node: String, value: Int)
    case duplicateID(String)
    case sumMismatch(node: String, value: Int, sum: Int)

    public var vi: String {
        switch self {
        case .badIndex(let node, let index): "Bảng số liệu lỗi: mục «\(node)» trỏ tới dòng con không tồn tại (\(index))."
        case .notATree(let node): "Bảng số liệu lỗi: mục «\(node)» không nằm đúng một chỗ trong cây đơn vị."
        case .negative(let node, let value): "Bảng số liệu lỗi: mục «\(node)» có số âm (\(value))."
        case .duplicateID(let node): "Bảng số liệu lỗi: mã «\(node)» bị trùng."
        case .sumMismatch(let node, let value, let sum):
            "Bảng số liệu lỗi: tổng của «\(node)» là \(value) nhưng cộng các đơn vị con được \(sum)."
        }
    }

    public var en: String {
        switch self {
        case .badIndex(let node, let index): "Count table error: «\(node)» lists a child that does not exist (\(index))."
        case .notATree(let node): "Count table error: «\(node)» is not in exactly one place under the root."
        case .negative(let node, let value): "Count table error: «\(node)» has a negative count (\(value))."
        case .duplicateID(let node): "Count table error: the id «\(node)» is used twice."
        case .sumMismatch(let node, let value, let sum):
            "Count table error: «\(node)» totals \(value) but its parts add up to \(sum)."
        }
    }
}
