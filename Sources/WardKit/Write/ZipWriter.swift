import Foundation

/// Writes a ZIP archive of a folder for portals that take an upload instead of a folder.
///
/// Entries are stored, not compressed: pages are small, portals unpack them anyway, and a
/// stored archive needs no compressor (the no-dependency rule). Names are UTF-8 (flag bit 11),
/// and Zip64 records are added past 65,535 entries or 4 GiB, which a province site reaches.
struct ZipWriter {
    private var out: FileHandle
    private var offset: UInt64 = 0
    private var central = Data()
    private var count: UInt64 = 0

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else {
            throw Diagnostic(SourcePosition(file: path, line: 1), vi: "không tạo được tệp nén (không có quyền ghi?)", en: "cannot create the archive (no write permission?)")
        }
        out = h
    }

    /// Every file under `folder`, in a stable order, named relative to it.
    static func archive(folder: String, to path: String) throws -> Int {
        var writer = try ZipWriter(path: path)
        var files: [String] = []
        let walker = FileManager.default.enumerator(atPath: folder)
        while let rel = walker?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + rel, isDirectory: &isDir), !isDir.boolValue { files.append(rel) }
        }
        for rel in files.sorted() {
            guard let data = FileManager.default.contents(atPath: folder + "/" + rel) else {
                throw Diagnostic(SourcePosition(file: folder + "/" + rel, line: 1), vi: "không đọc được tệp", en: "cannot read the file")
            }
            try writer.add(rel, data)
        }
        try writer.finish()
        return files.count
    }

    mutating func add(_ name: String, _ data: Data) throws {
        let nameBytes = Data(name.utf8)
        let crc = CRC32.checksum(data)
        let size = UInt64(data.count)
        let start = offset
        let big = size >= 0xFFFF_FFFF || start >= 0xFFFF_FFFF
        var local = Data()
        local.le32(0x0403_4B50)
        local.le16(big ? 45 : 20); local.le16(0x0800); local.le16(0)          // version, UTF-8 names, stored
        local.le16(0); local.le16(0x21)                                        // 1980-01-01 00:00: reproducible
        local.le32(crc)
        local.le32(big ? 0xFFFF_FFFF : UInt32(size)); local.le32(big ? 0xFFFF_FFFF : UInt32(size))
        local.le16(UInt16(nameBytes.count)); local.le16(big ? 20 : 0)
        local.append(nameBytes)
        if big { local.le16(1); local.le16(16); local.le64(size); local.le64(size) }
        try write(local)
        try write(data)

        var entry = Data()
        entry.le32(0x0201_4B50)
        entry.le16(0x031E); entry.le16(big ? 45 : 20); entry.le16(0x0800); entry.le16(0)
        entry.le16(0); entry.le16(0x21)
        entry.le32(crc)
        entry.le32(big ? 0xFFFF_FFFF : UInt32(size)); entry.le32(big ? 0xFFFF_FFFF : UInt32(size))
        entry.le16(UInt16(nameBytes.count)); entry.le16(big ? 28 : 0); entry.le16(0)
        entry.le16(0); entry.le16(0); entry.le32(0o100644 << 16)
        entry.le32(big ? 0xFFFF_FFFF : UInt32(start))
        entry.append(nameBytes)
        if big { entry.le16(1); entry.le16(24); entry.le64(size); entry.le64(size); entry.le64(start) }
        central.append(entry)
        count += 1
    }

    mutating func finish() throws {
        let start = offset
        try write(central)
        let end = offset
        if count >= 0xFFFF || start >= 0xFFFF_FFFF {
            var z = Data()
            z.le32(0x0606_4B50); z.le64(44); z.le16(45); z.le16(45); z.le32(0); z.le32(0)
            z.le64(count); z.le64(count); z.le64(end - start); z.le64(start)
            z.le32(0x0706_4B50); z.le32(0); z.le64(end); z.le32(1)
            try write(z)
        }
        var e = Data()
        e.le32(0x0605_4B50); e.le16(0); e.le16(0)
        e.le16(UInt16(min(count, 0xFFFF))); e.le16(UInt16(min(count, 0xFFFF)))
        e.le32(UInt32(min(end - start, 0xFFFF_FFFF))); e.le32(UInt32(min(start, 0xFFFF_FFFF)))
        e.le16(0)
        try write(e)
        try out.synchronize()
        try out.close()
    }

    private mutating func write(_ d: Data) throws {
        try out.write(contentsOf: d)
        offset += UInt64(d.count)
    }
}

enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ data: Data) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        data.withUnsafeBytes { buf in
            for b in buf { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        }
        return ~c
    }
}

extension Data {
    mutating func le16(_ v: UInt16) { append(UInt8(v & 0xFF)); append(UInt8(v >> 8)) }
    mutating func le32(_ v: UInt32) { for i in 0..<4 { append(UInt8((v >> (8 * UInt32(i))) & 0xFF)) } }
    mutating func le64(_ v: UInt64) { for i in 0..<8 { append(UInt8((v >> (8 * UInt64(i))) & 0xFF)) } }
}
