/// A DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks. Written here
/// because the project takes no package dependencies; it is checked against zlib at every level
/// and strategy in the tests, and it never writes more than the caller's limit.
public enum Inflate {
    /// Decodes a raw DEFLATE stream (no zlib or gzip wrapper), stopping with an error as soon as
    /// the output would pass `limit` bytes. `expectedSize` only presizes the output.
    public static func decompress(_ input: [UInt8], limit: Int, expectedSize: Int = 0) throws(InflateError) -> [UInt8] {
        try decompress(input[...], limit: limit, expectedSize: expectedSize)
    }

    public static func decompress(_ input: ArraySlice<UInt8>, limit: Int, expectedSize: Int = 0) throws(InflateError) -> [UInt8] {
        let output = OutputWindow(expected: expectedSize, limit: limit)
        let result: Result<Void, InflateError> = input.withUnsafeBufferPointer { buffer in
            var reader = BitReader(buffer)
            do throws(InflateError) {
                try run(&reader, into: output)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
        return output.array
    }

    private static func run(_ reader: inout BitReader, into output: OutputWindow) throws(InflateError) {
        var isFinal = false
        while !isFinal {
            isFinal = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try storedBlock(&reader, into: output)
            case 1: try huffmanBlock(&reader, FixedCodes.literals, FixedCodes.distances, into: output)
            case 2:
                let (literals, distances) = try DynamicHeader.read(&reader)
                try huffmanBlock(&reader, literals, distances, into: output)
            default: throw .invalidBlockType
            }
        }
    }

    private static func storedBlock(_ reader: inout BitReader, into output: OutputWindow) throws(InflateError) {
        reader.alignToByte()
        let length = try reader.bits(16), complement = try reader.bits(16)
        guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
        try output.reserve(length)
        try reader.copyBytes(length, to: output)
    }

    private static func huffmanBlock(_ reader: inout BitReader, _ literals: HuffmanTable, _ distances: HuffmanTable,
                                     into output: OutputWindow) throws(InflateError) {
        while true {
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                try output.reserve(1)
                output.append(UInt8(truncatingIfNeeded: symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthCode = symbol - 257
            guard lengthCode < 29 else { throw .invalidSymbol }
            let length = Lengths.base[lengthCode] + (try reader.bits(Lengths.extra[lengthCode]))
            let distanceCode = try distances.decode(&reader)
            guard distanceCode < 30 else { throw .invalidSymbol }
            let distance = Distances.base[distanceCode] + (try reader.bits(Distances.extra[distanceCode]))
            guard distance <= output.count else { throw .distanceTooFar }
            try output.reserve(length)
            // Byte by byte on purpose: a match may overlap the bytes it is producing (run-length).
            output.copyMatch(distance: distance, length: length)
        }
    }
}

enum Lengths {
    static let base = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let extra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
}

enum Distances {
    static let base = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                       1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let extra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
}

/// RFC 1951 §3.2.6. Symbols 286–287 and distances 30–31 have codes but are invalid when met.
enum FixedCodes {
    static let literals: HuffmanTable = {
        let lengths = [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
            + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8)
        return try! HuffmanTable(lengths: lengths[...], allowSingleIncomplete: false)
    }()
    static let distances: HuffmanTable = try! HuffmanTable(lengths: [UInt8](repeating: 5, count: 32)[...], allowSingleIncomplete: false)
}

/// The header of a dynamic-Huffman block (RFC 1951 §3.2.7): code lengths, themselves coded.
enum DynamicHeader {
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    static func read(_ reader: inout BitReader) throws(InflateError) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeLengthCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .tooManySymbols }

        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<codeLengthCount { codeLengthLengths[codeLengthOrder[i]] = UInt8(try reader.bits(3)) }
        let codeLengths = try HuffmanTable(lengths: codeLengthLengths[...], allowSingleIncomplete: false)

        let total = literalCount + distanceCount
        var lengths = [UInt8](repeating: 0, count: total)
        var i = 0
        while i < total {
            let symbol = try codeLengths.decode(&reader)
            let value: UInt8, repeats: Int
            switch symbol {
            case 0...15: value = UInt8(symbol); repeats = 1
            case 16:
                guard i > 0 else { throw .invalidLengthRepeat }
                value = lengths[i - 1]; repeats = 3 + (try reader.bits(2))
            case 17: value = 0; repeats = 3 + (try reader.bits(3))
            default: value = 0; repeats = 11 + (try reader.bits(7))
            }
            guard i + repeats <= total else { throw .invalidLengthRepeat }
            for _ in 0..<repeats { lengths[i] = value; i += 1 }
        }
        guard lengths[256] > 0 else { throw .missingEndOfBlock }
        return (try HuffmanTable(lengths: lengths[..<literalCount], allowSingleIncomplete: true),
                try HuffmanTable(lengths: lengths[literalCount...], allowSingleIncomplete: true))
    }
}
