/// One file in a ZIP archive, as its central-directory record describes it.
public struct ZipEntry: Sendable, Equatable {
    public let name: String
    public let method: UInt16
    public let flags: UInt16
    public let crc32: UInt32
    public let compressedSize: Int
    public let uncompressedSize: Int
    let localHeaderOffset: Int

    /// Traditional PKWARE encryption (bit 0) or strong encryption (bit 6).
    public var isEncrypted: Bool { flags & 0x0041 != 0 }
}

/// Little-endian field reads with bounds checks: every offset in a ZIP comes from the file.
struct ByteView {
    let bytes: [UInt8]

    func has(_ offset: Int, _ count: Int) -> Bool {
        offset >= 0 && count >= 0 && offset <= bytes.count - count
    }

    func u16(_ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> Int {
        u16(offset) | u16(offset + 2) << 16
    }
}
