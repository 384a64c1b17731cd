/// Arithmetic in GF(2⁸) with the QR primitive polynomial x⁸+x⁴+x³+x²+1 (0x11D), via log/antilog
/// tables so that a product costs two lookups instead of a bitwise loop.
struct GF256: Sendable {
    /// exp[i] = αⁱ, doubled in length so exp[log a + log b] needs no modulo.
    let exp: [UInt8]
    /// log[a] for a ≠ 0; log[0] is unused.
    let log: [Int]

    // Immutable lookup tables, built once; a constant, not shared mutable state.
    static let standard = GF256()

    private init() {
        var exp = [UInt8](repeating: 0, count: 512)
        var log = [Int](repeating: 0, count: 256)
        var x = 1
        for i in 0..<255 {
            exp[i] = UInt8(x)
            log[x] = i
            x <<= 1
            if x & 0x100 != 0 { x ^= 0x11D }
        }
        for i in 255..<512 { exp[i] = exp[i - 255] }
        self.exp = exp
        self.log = log
    }

    func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exp[log[Int(a)] + log[Int(b)]]
    }
}

/// Reed–Solomon error-correction codewords as ISO 18004 §7.5.2 defines them: the remainder of
/// data(x)·x^n divided by the generator g(x) = ∏(x − αⁱ), i = 0…n−1.
struct ReedSolomon: Sendable {
    /// Generator coefficients from the highest power down, without the leading 1.
    let generator: [UInt8]

    init(degree: Int) {
        let field = GF256.standard
        // Start from g(x) = 1 and multiply in (x − αⁱ) one root at a time.
        var poly: [UInt8] = [1]
        for i in 0..<degree {
            var next = [UInt8](repeating: 0, count: poly.count + 1)
            for (j, c) in poly.enumerated() {
                next[j] ^= c
                next[j + 1] ^= field.multiply(c, field.exp[i])
            }
            poly = next
        }
        generator = Array(poly.dropFirst())
    }

    /// The generator's coefficients as powers of α, highest power first — the form the
    /// standard's Annex A lists, so tests can compare against it.
    var generatorExponents: [Int] {
        [0] + generator.map { GF256.standard.log[Int($0)] }
    }

    func remainder(of data: some Collection<UInt8>) -> [UInt8] {
        let field = GF256.standard
        var rem = [UInt8](repeating: 0, count: generator.count)
        // Polynomial long division as a shift register: each data byte feeds back through g(x).
        for byte in data {
            let factor = byte ^ rem[0]
            rem.removeFirst()
            rem.append(0)
            if factor == 0 { continue }
            for i in 0..<generator.count {
                rem[i] ^= field.multiply(generator[i], factor)
            }
        }
        return rem
    }
}
