import Foundation

/// The text an image carries besides its pixels — PNG text chunks, JPEG comments, Exif and XMP
/// — which is where a camera or an editor puts an author's name or a phone number. Pixels are
/// not read (the guard cannot see faces or text in a photo; the README says so).
enum ImageText {
    enum Problem: Error { case notThisFormat, compressedText }

    /// Text runs to audit, or a problem that makes the file unpublishable.
    static func extract(_ data: Data, as format: PublishedFileType.Image) -> Result<[String], Problem> {
        let b = [UInt8](data)
        switch format {
        case .png:
            guard b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return .failure(.notThisFormat) }
            return png(b)
        case .jpeg:
            guard b.starts(with: [0xFF, 0xD8, 0xFF]) else { return .failure(.notThisFormat) }
            return .success(jpeg(b))
        case .gif:
            guard b.starts(with: Array("GIF87a".utf8)) || b.starts(with: Array("GIF89a".utf8)) else { return .failure(.notThisFormat) }
            return .success(printableRuns(b[...]))
        case .webp:
            guard b.count >= 12, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) else { return .failure(.notThisFormat) }
            return .success(printableRuns(b[...]))
        case .ico:
            guard b.starts(with: [0, 0, 1, 0]) else { return .failure(.notThisFormat) }
            return .success(printableRuns(b[...]))
        }
    }

    /// Every ancillary chunk's text; compressed text (zTXt, compressed iTXt) is refused rather
    /// than trusted, since it cannot be read here.
    private static func png(_ b: [UInt8]) -> Result<[String], Problem> {
        var out: [String] = []
        var i = 8
        while i + 8 <= b.count {
            let length = Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
            let type = String(decoding: b[(i + 4)..<(i + 8)], as: UTF8.self)
            let start = i + 8, end = min(b.count, start + max(0, length))
            switch type {
            case "zTXt": return .failure(.compressedText)
            case "iTXt":
                // keyword \0 flag method lang \0 translated \0 text
                if let nul = b[start..<end].firstIndex(of: 0), nul + 1 < end, b[nul + 1] != 0 { return .failure(.compressedText) }
                out += printableRuns(b[start..<end])
            case "IDAT", "IHDR", "PLTE", "IEND", "tRNS": break
            default: out += printableRuns(b[start..<end])
            }
            if type == "IEND" { break }
            i = end + 4
        }
        return .success(out)
    }

    /// Segments before the image data (COM, APPn with Exif and XMP).
    private static func jpeg(_ b: [UInt8]) -> [String] {
        var out: [String] = []
        var i = 2
        while i + 4 <= b.count, b[i] == 0xFF {
            let marker = b[i + 1]
            if marker == 0xDA || marker == 0xD9 { break }     // start of scan / end of image
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            let end = min(b.count, i + 2 + length)
            if marker == 0xFE || (0xE0...0xEF).contains(marker) { out += printableRuns(b[(i + 4)..<max(i + 4, end)]) }
            i = end
        }
        return out
    }

    /// Runs of printable text (ASCII or UTF-8) at least four characters long. Random pixel data
    /// almost never forms one that looks like a phone number or a name.
    static func printableRuns(_ bytes: ArraySlice<UInt8>) -> [String] {
        var out: [String] = []
        var run: [UInt8] = []
        func flush() {
            if run.count >= 4, let s = String(bytes: run, encoding: .utf8) { out.append(s) }
            run.removeAll(keepingCapacity: true)
        }
        for c in bytes {
            if (c >= 0x20 && c < 0x7F) || c >= 0x80 { run.append(c) } else { flush() }
        }
        flush()
        return out
    }
}
