/// Reads a ZIP archive through its central directory (APPNOTE 6.3.x), the way spreadsheet
/// programs do: entries are found by name and decompressed one at a time, on demand. Only what
/// .xlsx writers produce is accepted — stored or deflated entries on one volume, no ZIP64, no
/// encryption — and every limit in `ZipLimits` is checked before anything is inflated.
public struct ZipArchive: Sendable {
    public let entries: [ZipEntry]
    private let bytes: [UInt8]
    /// Lower-cased names: OPC part names compare case-insensitively.
    private let byName: [String: Int]
    private let limits: ZipLimits

    private static let endRecordSignature = 0x0605_4B50
    private static let zip64LocatorSignature = 0x0706_4B50
    private static let centralSignature = 0x0201_4B50
    private static let localSignature = 0x0403_4B50

    public init(_ bytes: [UInt8], limits: ZipLimits = ZipLimits()) throws(ZipError) {
        self.bytes = bytes
        self.limits = limits
        let view = ByteView(bytes: bytes)
        guard let end = Self.findEndRecord(view) else {
            throw .make(view.has(0, 4) && view.u32(0) == Self.localSignature ? .truncated : .notZip)
        }
        if view.has(end - 20, 4) && view.u32(end - 20) == Self.zip64LocatorSignature { throw .make(.zip64) }
        let count = view.u16(end + 10), size = view.u32(end + 12), start = view.u32(end + 16)
        guard view.u16(end + 4) == 0, view.u16(end + 6) == 0, view.u16(end + 8) == count else { throw .make(.multiDisk) }
        if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF { throw .make(.zip64) }
        guard count <= limits.maxEntries else { throw .make(.tooManyEntries) }
        guard start + size <= end else { throw .make(.truncated) }

        var entries: [ZipEntry] = []
        var byName: [String: Int] = [:]
        var offset = start
        var total = 0
        for _ in 0..<count {
            guard view.has(offset, 46), view.u32(offset) == Self.centralSignature else { throw .make(.truncated) }
            let nameLength = view.u16(offset + 28), extraLength = view.u16(offset + 30), commentLength = view.u16(offset + 32)
            guard view.has(offset + 46, nameLength) else { throw .make(.truncated) }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            let entry = ZipEntry(name: name, method: UInt16(view.u16(offset + 10)), flags: UInt16(view.u16(offset + 8)),
                                 crc32: UInt32(view.u32(offset + 16)), compressedSize: view.u32(offset + 20),
                                 uncompressedSize: view.u32(offset + 24), localHeaderOffset: view.u32(offset + 42))
            try Self.checkLimits(entry, limits: limits)
            total += entry.uncompressedSize
            guard total <= limits.maxTotalSize else { throw .make(.totalTooLarge, entry: name) }
            guard byName.updateValue(entries.count, forKey: name.lowercased()) == nil else {
                throw .make(.duplicateEntry, entry: name)
            }
            entries.append(entry)
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
        self.byName = byName
    }

    public func entry(named name: String) -> ZipEntry? {
        byName[name.lowercased()].map { entries[$0] }
    }

    /// The entry's bytes, decompressed and checked against its recorded size and CRC-32.
    public func contents(of entry: ZipEntry) throws(ZipError) -> [UInt8] {
        let view = ByteView(bytes: bytes)
        if entry.isEncrypted { throw .make(.encrypted, entry: entry.name) }
        let header = entry.localHeaderOffset
        guard view.has(header, 30), view.u32(header) == Self.localSignature else { throw .make(.truncated, entry: entry.name) }
        let dataStart = header + 30 + view.u16(header + 26) + view.u16(header + 28)
        guard view.has(dataStart, entry.compressedSize) else { throw .make(.truncated, entry: entry.name) }
        let compressed = bytes[dataStart..<(dataStart + entry.compressedSize)]
        let output: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else { throw .make(.sizeMismatch, entry: entry.name) }
            output = Array(compressed)
        case 8:
            do {
                output = try Inflate.decompress(compressed, limit: entry.uncompressedSize, expectedSize: entry.uncompressedSize)
            } catch .outputLimitExceeded {
                throw .make(.sizeMismatch, entry: entry.name)
            } catch .truncated {
                throw .make(.truncated, entry: entry.name)
            } catch {
                throw .make(.corrupt(error), entry: entry.name)
            }
        default:
            throw .make(.unsupportedMethod(entry.method), entry: entry.name)
        }
        guard output.count == entry.uncompressedSize else { throw .make(.sizeMismatch, entry: entry.name) }
        guard CRC32.checksum(output) == entry.crc32 else { throw .make(.crcMismatch, entry: entry.name) }
        return output
    }

    private static func checkLimits(_ entry: ZipEntry, limits: ZipLimits) throws(ZipError) {
        guard entry.uncompressedSize <= limits.maxEntrySize else { throw .make(.entryTooLarge, entry: entry.name) }
        if entry.uncompressedSize > limits.ratioFloor && entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maxRatio {
            throw .make(.ratioTooHigh, entry: entry.name)
        }
    }

    /// The end-of-central-directory record is the last thing in the file, followed only by a
    /// comment of at most 65,535 bytes; the match whose comment ends exactly at the end wins.
    private static func findEndRecord(_ view: ByteView) -> Int? {
        let count = view.bytes.count
        guard count >= 22 else { return nil }
        var candidate = count - 22
        let lowest = max(0, count - 22 - 0xFFFF)
        var loose: Int?
        while candidate >= lowest {
            if view.u32(candidate) == endRecordSignature {
                if candidate + 22 + view.u16(candidate + 20) == count { return candidate }
                if loose == nil && candidate + 22 + view.u16(candidate + 20) <= count { loose = candidate }
            }
            candidate -= 1
        }
        return loose
    }
}
