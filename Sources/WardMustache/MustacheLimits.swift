/// Bounds on what one template may cost, so that no theme file can hang a build, exhaust its
/// memory or overflow a thread's stack. Ward staff edit templates by hand and a partial that
/// includes itself twice would otherwise expand 2^depth times; each bound stops the render
/// with an error naming the template, line and column instead.
///
/// The defaults are far above any real page. The largest pages of a province site (a district
/// list of a thousand groups) visit some 50,000 nodes and print well under 5 MB; the bounds
/// leave a margin of 200 times and more, while still stopping a runaway render within about
/// 3 seconds of a release build (10 million steps of partial expansion measured 2.4 s).
public struct MustacheLimits: Sendable, Equatable {
    /// Sections, parents and blocks open at once in one template's source. The parser refuses
    /// deeper nesting, which keeps its recursion (and the node tree's) shallow: 100,000 nested
    /// sections are an error at the 101st, not a stack overflow.
    public static let maxNesting = 100

    /// Sections, inverted sections, partials, parents and blocks being rendered inside each
    /// other, across templates. The renderer recurses once per level; 200 levels fit easily in
    /// the 512 KiB stack of a secondary thread.
    public var maxDepth: Int
    /// Nodes visited in one render (each text, variable and tag, and each list item's visit of
    /// a section's content): the total work, whatever its shape.
    public var maxSteps: Int
    /// UTF-8 bytes of output of one render.
    public var maxOutputBytes: Int

    public init(maxDepth: Int = 200, maxSteps: Int = 10_000_000, maxOutputBytes: Int = 64 * 1024 * 1024) {
        self.maxDepth = maxDepth
        self.maxSteps = maxSteps
        self.maxOutputBytes = maxOutputBytes
    }

    public static let standard = MustacheLimits()
}
