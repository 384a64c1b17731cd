/// A non-negative number as decimal digits, for rounding the way it is written rather than the
/// way it is stored in binary.
struct DecimalDigits {
    /// Significant digits with no leading zeros; empty means zero.
    private var digits: [UInt8]
    /// How many of `digits` stand before the decimal point (may be ≤ 0 or exceed the count).
    private var pointIndex: Int

    /// Starts from Swift's shortest round-trip text ("55.56", "1e-05", "1.2345e+20").
    init(_ magnitude: Double) {
        var digits: [UInt8] = []
        var pointIndex: Int?
        var exponent = 0
        let text = magnitude.description.utf8
        var rest = text[...]
        while let byte = rest.popFirst() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "."): pointIndex = digits.count
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                exponent = Int(Substring(rest)) ?? 0
                rest = rest[rest.endIndex...]
            default: break
            }
        }
        var point = (pointIndex ?? digits.count) + exponent
        let leadingZeros = digits.prefix { $0 == 0 }.count
        digits.removeFirst(leadingZeros)
        point -= leadingZeros
        self.digits = digits
        self.pointIndex = digits.isEmpty ? 0 : point
    }

    var isZero: Bool { digits.allSatisfy { $0 == 0 } }

    /// Round half away from zero (on a magnitude: half up) to `places` fraction digits.
    func rounded(toFractionDigits places: Int) -> DecimalDigits {
        var copy = self
        let keep = pointIndex + places
        guard keep < digits.count else { return copy }
        guard keep >= 0 else {
            // Every digit lies more than one place past the last kept one: below half a unit.
            copy.digits = []
            copy.pointIndex = 0
            return copy
        }
        let roundsUp = digits[keep] >= 5
        copy.digits.removeLast(digits.count - keep)
        if roundsUp {
            var index = copy.digits.count - 1
            while index >= 0 && copy.digits[index] == 9 {
                copy.digits[index] = 0
                index -= 1
            }
            if index >= 0 {
                copy.digits[index] += 1
            } else {
                copy.digits.insert(1, at: 0)
                copy.pointIndex += 1
            }
        }
        return copy
    }

    var integerPart: String {
        guard pointIndex > 0 else { return "0" }
        return String((0..<pointIndex).map { digitCharacter(at: $0) })
    }

    func fractionPart(_ places: Int) -> String {
        String((0..<places).map { digitCharacter(at: pointIndex + $0) })
    }

    private func digitCharacter(at index: Int) -> Character {
        let digit = digits.indices.contains(index) ? digits[index] : 0
        return Character(Unicode.Scalar(UInt8(ascii: "0") + digit))
    }
}
