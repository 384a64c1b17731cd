/// The pages of a build, in order, without each being held as a value. A province has about
/// 500,000 pages — a progress page and four printables per group — and as listed jobs (paths,
/// print targets, a closure and its captures) they cost some 600 bytes a page before the first
/// one was rendered. The per-group runs are therefore made from their index when asked for, and
/// only the few other pages are listed.
public struct PageJobs: RandomAccessCollection, Sendable {
    private enum Part: Sendable {
        case listed([PageJob])
        case indexed(count: Int, make: @Sendable (Int) -> PageJob)

        var count: Int {
            switch self {
            case .listed(let jobs): return jobs.count
            case .indexed(let count, _): return count
            }
        }
    }

    private var parts: [Part] = []
    /// Index one past each part's last page: a build has a handful of parts, searched in order.
    private var ends: [Int] = []

    public init(_ jobs: [PageJob] = []) { append(contentsOf: jobs) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.last ?? 0 }

    public subscript(i: Int) -> PageJob {
        precondition(i >= 0 && i < endIndex, "page index out of range")
        var start = 0
        for (k, end) in ends.enumerated() {
            if i < end {
                switch parts[k] {
                case .listed(let jobs): return jobs[i - start]
                case .indexed(_, let make): return make(i - start)
                }
            }
            start = end
        }
        preconditionFailure("page index out of range")
    }

    public mutating func append(_ job: PageJob) { append(contentsOf: [job]) }

    public mutating func append(contentsOf jobs: [PageJob]) {
        guard !jobs.isEmpty else { return }
        if case .listed(let last)? = parts.last {
            parts[parts.count - 1] = .listed(last + jobs)
            ends[ends.count - 1] += jobs.count
        } else {
            add(.listed(jobs))
        }
    }

    /// `count` pages, the i-th made by `make(i)` each time it is asked for (render, sitemap).
    public mutating func append(count: Int, make: @escaping @Sendable (Int) -> PageJob) {
        if count > 0 { add(.indexed(count: count, make: make)) }
    }

    public mutating func append(contentsOf other: PageJobs) {
        for part in other.parts {
            switch part {
            case .listed(let jobs): append(contentsOf: jobs)
            case .indexed(let count, let make): append(count: count, make: make)
            }
        }
    }

    private mutating func add(_ part: Part) {
        ends.append(endIndex + part.count)
        parts.append(part)
    }

    public static func + (a: PageJobs, b: PageJobs) -> PageJobs {
        var out = a
        out.append(contentsOf: b)
        return out
    }
}
