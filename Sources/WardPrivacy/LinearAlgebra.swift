/// Dense elimination for the audit's small linear systems. Coefficients start as 0 and ±1 and
/// stay small under elimination, so doubles with a tolerance are exact enough; the brute-force
/// tests compare the result with integer enumeration.
enum LinearAlgebra {
    static let tolerance = 1e-9

    /// Reduced row echelon form in place, partial pivoting; zero rows are dropped. Returns the
    /// pivot column of each remaining row.
    @discardableResult
    static func reduce(_ rows: inout [[Double]], columns: Int) -> [Int] {
        var pivots: [Int] = []
        var r = 0
        for col in 0..<columns where r < rows.count {
            var best = r
            for i in r..<rows.count where abs(rows[i][col]) > abs(rows[best][col]) { best = i }
            guard abs(rows[best][col]) > tolerance else { continue }
            rows.swapAt(r, best)
            let scale = rows[r][col]
            for j in 0..<columns { rows[r][j] /= scale }
            rows[r][col] = 1
            for i in 0..<rows.count where i != r {
                let f = rows[i][col]
                guard abs(f) > tolerance else { continue }
                for j in 0..<columns { rows[i][j] -= f * rows[r][j] }
                rows[i][col] = 0
            }
            pivots.append(col)
            r += 1
        }
        rows.removeLast(rows.count - r)
        for i in rows.indices { for j in 0..<columns where abs(rows[i][j]) < tolerance { rows[i][j] = 0 } }
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
    private var tableau: [[Double]]
    private var basic: [Int]
    private var isBasic: [Bool]
    private var x: [Double]
    private let atBound: [Bool]
    private let n: Int

    init(reduced rows: [[Double]], pivots: [Int], columns: Int, atBound: [Bool]) {
        tableau = rows
        basic = pivots
        n = columns
        isBasic = [Bool](repeating: false, count: columns)
        for p in pivots { isBasic[p] = true }
        x = [Double](repeating: 0, count: columns)
        self.atBound = atBound
    }

    mutating func movable() -> [Bool] {
        var found = [Bool](repeating: false, count: n)
        var objective = atBound.map { $0 ? 1.0 : 0.0 }
        let cap = 20 * (n + tableau.count) + 100
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
        while true {
            steps += 1
            if steps > cap { return false }
            var entering = -1
            var direction = 0.0
            for j in 0..<n where !isBasic[j] {
                var rc = c[j]
                for i in tableau.indices { rc -= c[basic[i]] * tableau[i][j] }
                if rc > eps && canRise(j) { entering = j; direction = 1; break }
                if rc < -eps && canFall(j) { entering = j; direction = -1; break }
            }
            guard entering >= 0 else { return true }
            var step = atBound[entering] ? (direction > 0 ? 1 - x[entering] : x[entering]) : Double.infinity
            var leaving = -1
            for i in tableau.indices {
                let b = basic[i]
                guard atBound[b] else { continue }
                let delta = -tableau[i][entering] * direction
                let limit: Double
                if delta > eps { limit = (1 - x[b]) / delta } else if delta < -eps { limit = x[b] / -delta } else { continue }
                if limit < step - eps || (abs(limit - step) <= eps && leaving >= 0 && b < basic[leaving]) {
                    step = max(0, limit)
                    leaving = i
                }
            }
            guard step.isFinite else { return true }
            x[entering] += direction * step
            for i in tableau.indices { x[basic[i]] -= tableau[i][entering] * direction * step }
            for j in 0..<n where atBound[j] {
                if abs(x[j]) < 1e-12 { x[j] = 0 } else if abs(x[j] - 1) < 1e-12 { x[j] = 1 }
            }
            if leaving >= 0 { pivot(row: leaving, column: entering) }
        }
    }

    private mutating func pivot(row r: Int, column j: Int) {
        let scale = tableau[r][j]
        for k in 0..<n { tableau[r][k] /= scale }
        for i in tableau.indices where i != r {
            let f = tableau[i][j]
            guard f != 0 else { continue }
            for k in 0..<n { tableau[i][k] -= f * tableau[r][k] }
            tableau[i][j] = 0
        }
        isBasic[basic[r]] = false
        basic[r] = j
        isBasic[j] = true
    }
}
