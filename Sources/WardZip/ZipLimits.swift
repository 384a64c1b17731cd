/// Ceilings that keep a hostile or broken archive from exhausting memory. Declared sizes are
/// checked when the archive is opened, and the decoder refuses to produce a byte more than the
/// entry declared, so the declared figures bound the real cost.
public struct ZipLimits: Sendable {
    /// Entries in the central directory; an .xlsx has a dozen or two.
    public var maxEntries = 10_000
    /// Uncompressed bytes of one entry (a 100,000-group unit sheet is about 20 MB of XML).
    public var maxEntrySize = 256 << 20
    /// Uncompressed bytes of all entries together.
    public var maxTotalSize = 512 << 20
    /// Uncompressed ÷ compressed for any entry larger than `ratioFloor`. Sheet XML compresses
    /// 5–30×; DEFLATE's ceiling is about 1,032×, where bombs live.
    public var maxRatio = 200
    public var ratioFloor = 1 << 20

    public init() {}
}
