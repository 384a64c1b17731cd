import WardPrivacy

/// SplitMix64: a seeded generator, so every property-test failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random count trees shaped like province → ward → group tables, with many small counts.
enum TreeGenerator {
    /// Depth 1–4 below the root, fan-out 1–8; leaves 0–30, skewed small.
    static func tree(_ rng: inout SeededGenerator, maxDepth: Int = 4, maxFanOut: Int = 8, maxValue: Int = 30) -> CountTree {
        let depth = Int.random(in: 1...maxDepth, using: &rng)
        var ids: [String] = []
        var values: [Int] = []
        var children: [[Int]] = []
        func grow(level: Int, name: String) -> Int {
            let index = ids.count
            ids.append(name)
            values.append(0)
            children.append([])
            let isLeaf = level == depth || (level > 0 && Int.random(in: 0..<10, using: &rng) < 3)
            if isLeaf {
                values[index] = leafValue(&rng, maxValue: maxValue)
            } else {
                let fanOut = Int.random(in: 1...maxFanOut, using: &rng)
                let parts = (0..<fanOut).map { grow(level: level + 1, name: "\(name).\($0)") }
                children[index] = parts
                values[index] = parts.reduce(0) { $0 + values[$1] }
            }
            return index
        }
        _ = grow(level: 0, name: "r")
        let nodes = ids.indices.map { CountTree.Node(id: ids[$0], value: values[$0], children: children[$0]) }
        return CountTree(nodes: nodes, root: 0)
    }

    static func leafValue(_ rng: inout SeededGenerator, maxValue: Int) -> Int {
        switch Int.random(in: 0..<20, using: &rng) {
        case 0..<4: 0
        case 4..<10: 1
        case 10..<14: Int.random(in: 2...4, using: &rng)
        default: Int.random(in: 0...maxValue, using: &rng)
        }
    }
}
