/// A dense matrix in one row-major buffer: the audit's systems are small, but they are reduced
/// many times, and one buffer keeps that cheap even in debug builds.
struct Matrix {
    var rows: Int
    let columns: Int
    var storage: [Double]

    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        storage = [Double](repeating: 0, count: rows * columns)
    }

    subscript(r: Int, c: Int) -> Double {
        get { storage[r * columns + c] }
        set { storage[r * columns + c] = newValue }
    }

    func row(_ r: Int) -> ArraySlice<Double> { storage[(r * columns)..<((r + 1) * columns)] }
}

/// Dense elimination for the audit's small linear systems. Coefficients start as 0 and ±1 and
/// stay small under elimination, so doubles with a tolerance are exact enough; the brute-force
/// tests compare the result with integer enumeration.
enum LinearAlgebra {
    static let tolerance = 1e-9

    /// Reduced row echelon form in place, partial pivoting; zero rows are dropped. Returns the
    /// pivot column of each remaining row.
    @discardableResult
    static func reduce(_ m: inout Matrix) -> [Int] {
        let n = m.columns
        var pivots: [Int] = []
        var r = 0
        let rows = m.rows
        m.storage.withUnsafeMutableBufferPointer { a in
            for col in 0..<n where r < rows {
                var best = r
                for i in r..<rows where abs(a[i * n + col]) > abs(a[best * n + col]) { best = i }
                guard abs(a[best * n + col]) > tolerance else { continue }
                if best != r { for j in 0..<n { a.swapAt(r * n + j, best * n + j) } }
                let scale = a[r * n + col]
                for j in col..<n { a[r * n + j] /= scale }
                a[r * n + col] = 1
                for i in 0..<rows where i != r {
                    let f = a[i * n + col]
                    guard abs(f) > tolerance else { continue }
                    for j in col..<n { a[i * n + j] -= f * a[r * n + j] }
                    a[i * n + col] = 0
                }
                pivots.append(col)
                r += 1
            }
            for k in 0..<(r * n) where abs(a[k]) < tolerance { a[k] = 0 }
        }
        m.rows = r
        m.storage.removeLast(m.storage.count - r * n)
        return pivots
    }
}

/// Which variables at their lower bound can still move up, in the cone of directions
/// { d : A d = 0, d_j ≥ 0 for every j at its bound }: a bounded-variable primal simplex that
/// maximises the sum of the not-yet-movable ones, over a tableau already in reduced form.
///
/// The origin is feasible and the objective is bounded (those variables are capped at 1, the
/// others are free), so no phase one is needed. Bland's rule prevents cycling; should the
/// iteration cap still be reached, the remaining variables are reported as fixed, which only
/// makes the suppressor hide more.
struct ConeProbe {
    private var tableau: Matrix
    private var basic: [Int]
    private var isBasic: [Bool]
    private var x: [Double]
    private let atBound: [Bool]
    private let n: Int

    init(reduced: Matrix, pivots: [Int], atBound: [Bool]) {
        tableau = reduced
        basic = pivots
        n = reduced.columns
        isBasic = [Bool](repeating: false, count: n)
        for p in pivots { isBasic[p] = true }
        x = [Double](repeating: 0, count: n)
        self.atBound = atBound
    }

    mutating func movable() -> [Bool] {
        var found = [Bool](repeating: false, count: n)
        var objective = atBound.map { $0 ? 1.0 : 0.0 }
        let cap = 20 * (n + tableau.rows) + 100
        var steps = 0
        while objective.contains(where: { $0 > 0 }) {
            let finished = optimise(objective, steps: &steps, cap: cap)
            var progressed = false
            for j in 0..<n where atBound[j] && !found[j] && x[j] > 1e-7 {
                found[j] = true
                objective[j] = 0
                progressed = true
            }
            if !progressed || !finished { break }
        }
        return found
    }

    private func canRise(_ j: Int) -> Bool { !atBound[j] || x[j] < 1 - LinearAlgebra.tolerance }
    private func canFall(_ j: Int) -> Bool { !atBound[j] || x[j] > LinearAlgebra.tolerance }

    /// Returns false when the iteration cap stopped it.
    private mutating func optimise(_ c: [Double], steps: inout Int, cap: Int) -> Bool {
        let eps = 1e-9
        let rows = tableau.rows
        while true {
            steps += 1
            if steps > cap { return false }
            // Reduced costs of all columns at once: c − c_B · T.
            var rc = c
            tableau.storage.withUnsafeBufferPointer { t in
                for i in 0..<rows {
                    let cb = c[basic[i]]
                    guard cb != 0 else { continue }
                    for j in 0..<n { rc[j] -= cb * t[i * n + j] }
                }
            }
            var entering = -1
            var direction = 0.0
            for j in 0..<n where !isBasic[j] {
                if rc[j] > eps && canRise(j) { entering = j; direction = 1; break }
                if rc[j] < -eps && canFall(j) { entering = j; direction = -1; break }
            }
            guard entering >= 0 else { return true }
            var step = atBound[entering] ? (direction > 0 ? 1 - x[entering] : x[entering]) : Double.infinity
            var leaving = -1
            for i in 0..<rows {
                let b = basic[i]
                guard atBound[b] else { continue }
                let delta = -tableau[i, entering] * direction
                let limit: Double
                if delta > eps { limit = (1 - x[b]) / delta } else if delta < -eps { limit = x[b] / -delta } else { continue }
                if limit < step - eps || (abs(limit - step) <= eps && leaving >= 0 && b < basic[leaving]) {
                    step = max(0, limit)
                    leaving = i
                }
            }
            guard step.isFinite else { return true }
            x[entering] += direction * step
            for i in 0..<rows { x[basic[i]] -= tableau[i, entering] * direction * step }
            for j in 0..<n where atBound[j] {
                if abs(x[j]) < 1e-12 { x[j] = 0 } else if abs(x[j] - 1) < 1e-12 { x[j] = 1 }
            }
            if leaving >= 0 { pivot(row: leaving, column: entering) }
        }
    }

    private mutating func pivot(row r: Int, column j: Int) {
        let n = self.n, rows = tableau.rows
        tableau.storage.withUnsafeMutableBufferPointer { t in
            let scale = t[r * n + j]
            for k in 0..<n { t[r * n + k] /= scale }
            for i in 0..<rows where i != r {
                let f = t[i * n + j]
                guard f != 0 else { continue }
                for k in 0..<n { t[i * n + k] -= f * t[r * n + k] }
                t[i * n + j] = 0
            }
        }
        isBasic[basic[r]] = false
        basic[r] = j
        isBasic[j] = true
    }
}
