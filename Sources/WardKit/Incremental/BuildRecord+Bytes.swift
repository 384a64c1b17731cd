import Foundation

/// The record's text, written and read on its UTF-8 bytes: a province's record is 100k lines
/// read and written on every rebuild, and String splitting and interpolation of them was a
/// tenth of a rebuild that renders nothing.
extension BuildRecord {
    /// Tab-separated lines; paths last, and a path holding a tab or a line break is left out
    /// (that file is simply rendered again next time).
    var bytes: [UInt8] {
        var out: [UInt8] = []
        let files = files
        Self.write(tree: tree, site: site, audit: audit, cleanInputs: cleanInputs, paths: files.keys.sorted(), entry: { files[$0] },
                   to: &out, flush: { _ in })
        return out
    }

    /// The record's lines, written as they are made: a province's record is half a million
    /// lines, and built whole in memory (then copied into the file's `Data`) it was the
    /// build's highest point of memory. `flush` is handed the buffer whenever it passes 1 MB
    /// and empties it; `entry` is nil for a path left out of the record.
    static func write(tree: Stamp?, site: Digest, audit: Digest, cleanInputs: Set<Digest>, paths: [String], entry: (String) -> Entry?,
                      to out: inout [UInt8], flush: (inout [UInt8]) -> Void) {
        out += Self.formatLine.utf8; out.append(0x0A)
        if let t = tree { out += "tree".utf8; Self.tab(&out); Self.decimal(t.device, &out); Self.tab(&out); Self.decimal(t.inode, &out); out.append(0x0A) }
        out += "site".utf8; Self.tab(&out); Self.hex(site, &out); out.append(0x0A)
        out += "audit".utf8; Self.tab(&out); Self.hex(audit, &out); out.append(0x0A)
        for d in cleanInputs.map(\.description).sorted() { out += "input".utf8; Self.tab(&out); out += d.utf8; out.append(0x0A) }
        for path in paths where !path.utf8.contains(0x09) && !path.utf8.contains(0x0A) {
            guard let e = entry(path) else { continue }
            let s = e.stamp
            out += "file".utf8
            Self.tab(&out); Self.hex(e.input, &out); Self.tab(&out); Self.hex(e.output, &out)
            Self.tab(&out); if let q = e.quick { Self.hex(q, &out) } else { out.append(0x2D) }
            Self.tab(&out); Self.decimal(s.device, &out); Self.tab(&out); Self.decimal(s.inode, &out)
            Self.tab(&out); Self.decimal(s.size, &out); Self.tab(&out); Self.decimal(s.seconds, &out); Self.tab(&out); Self.decimal(s.nanoseconds, &out)
            Self.tab(&out); out += path.utf8; out.append(0x0A)
            if out.count >= 1 << 20 { flush(&out) }
        }
    }

    /// nil for anything but a well-formed record of this format: a damaged record must not
    /// vouch for a single file. Empty lines are skipped.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard let r = RecordReader(bytes).read() else { return nil }
        self = r
    }

    @inline(__always) private static func tab(_ out: inout [UInt8]) { out.append(0x09) }

    private static func hex(_ d: Digest, _ out: inout [UInt8]) {
        for v in [d.high, d.low] {
            var shift: UInt64 = 60
            while true {
                let n = UInt8((v >> shift) & 0xF)
                out.append(n < 10 ? 0x30 + n : 0x57 + n)
                if shift == 0 { break }
                shift -= 4
            }
        }
    }

    /// Digits appended, then reversed in place: no array per number.
    private static func decimal(_ v: UInt64, _ out: inout [UInt8]) {
        let start = out.count
        var v = v
        repeat { out.append(0x30 + UInt8(v % 10)); v /= 10 } while v > 0
        out[start...].reverse()
    }

    private static func decimal(_ v: Int64, _ out: inout [UInt8]) {
        if v < 0 { out.append(0x2D) }
        decimal(v.magnitude, &out)
    }
}

/// Reads the record's lines in place, without making a String of any field but the path.
private struct RecordReader {
    let b: UnsafeBufferPointer<UInt8>
    init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    func read() -> BuildRecord? {
        var site: Digest?, audit: Digest?, tree: BuildRecord.Stamp?
        var clean: Set<Digest> = []
        var files: [String: BuildRecord.Entry] = [:]
        var sawFormat = false
        var f: [Range<Int>] = []
        f.reserveCapacity(10)
        var i = 0
        while i < b.count {
            var end = i
            while end < b.count && b[end] != 0x0A { end += 1 }
            defer { i = end + 1 }
            guard end > i else { continue }
            guard sawFormat else {
                guard same(i..<end, BuildRecord.formatLine) else { return nil }
                sawFormat = true
                continue
            }
            // At most 10 fields, the last (a file's path) taking the rest of the line.
            f.removeAll(keepingCapacity: true)
            var start = i, j = i
            while j < end && f.count < 9 {
                if b[j] == 0x09 { f.append(start..<j); start = j + 1 }
                j += 1
            }
            f.append(start..<end)
            let tag = f[0]
            if same(tag, "file") {
                let noQuick = f.count == 10 && same(f[3], "-")
                guard f.count == 10, let input = digest(f[1]), let output = digest(f[2]), noQuick || digest(f[3]) != nil,
                      let dev = unsigned(f[4]), let ino = unsigned(f[5]),
                      let size = signed(f[6]), let sec = signed(f[7]), let nsec = signed(f[8]) else { return nil }
                let path = String(decoding: UnsafeBufferPointer(rebasing: b[f[9]]), as: UTF8.self)
                files[path] = BuildRecord.Entry(input: input, output: output,
                                                stamp: BuildRecord.Stamp(device: dev, inode: ino, size: size, seconds: sec, nanoseconds: nsec),
                                                quick: noQuick ? nil : digest(f[3]))
            } else if same(tag, "input") {
                guard f.count == 2, let d = digest(f[1]) else { return nil }
                clean.insert(d)
            } else if same(tag, "site") {
                guard f.count == 2, let d = digest(f[1]) else { return nil }
                site = d
            } else if same(tag, "audit") {
                guard f.count == 2, let d = digest(f[1]) else { return nil }
                audit = d
            } else if same(tag, "tree") {
                guard f.count == 3, let dev = unsigned(f[1]), let ino = unsigned(f[2]) else { return nil }
                tree = BuildRecord.Stamp(device: dev, inode: ino, size: 0, seconds: 0, nanoseconds: 0)
            } else {
                return nil
            }
        }
        guard sawFormat, let site, let audit else { return nil }
        return BuildRecord(tree: tree, site: site, audit: audit, cleanInputs: clean, files: files)
    }

    private func same(_ r: Range<Int>, _ s: String) -> Bool {
        guard r.count == s.utf8.count else { return false }
        for (at, c) in zip(r, s.utf8) where b[at] != c { return false }
        return true
    }

    private func unsigned(_ r: Range<Int>) -> UInt64? {
        guard !r.isEmpty else { return nil }
        var v: UInt64 = 0
        for at in r {
            let d = b[at] &- 0x30
            guard d < 10 else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(UInt64(d))
            guard !o1, !o2 else { return nil }
            v = a
        }
        return v
    }

    private func signed(_ r: Range<Int>) -> Int64? {
        if !r.isEmpty, b[r.lowerBound] == 0x2D {
            guard let m = unsigned(r.dropFirst()), m <= UInt64(Int64.max) + 1 else { return nil }
            return m == UInt64(Int64.max) + 1 ? Int64.min : -Int64(m)
        }
        guard let m = unsigned(r), m <= UInt64(Int64.max) else { return nil }
        return Int64(m)
    }

    private func digest(_ r: Range<Int>) -> Digest? {
        guard r.count == 32, let h = hex(r.lowerBound..<(r.lowerBound + 16)), let l = hex((r.lowerBound + 16)..<r.upperBound) else { return nil }
        return Digest(high: h, low: l)
    }

    private func hex(_ r: Range<Int>) -> UInt64? {
        var v: UInt64 = 0
        for at in r {
            let c = b[at]
            let n: UInt8
            switch c {
            case 0x30...0x39: n = c - 0x30
            case 0x61...0x66: n = c - 0x57
            case 0x41...0x46: n = c - 0x37
            default: return nil
            }
            v = v << 4 | UInt64(n)
        }
        return v
    }
}
