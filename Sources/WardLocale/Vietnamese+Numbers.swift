/// Vietnamese number conventions (TCVN / Nghị định 30/2020): "." groups thousands and ","
/// marks decimals — the reverse of English, which is why nothing here uses `String(format:)`
/// or a locale-dependent `NumberFormatter` whose output would change with the build machine.
extension Vietnamese {
    /// 1234 → "1.234", -1234567 → "-1.234.567".
    public static func integer(_ n: Int) -> String {
        (n < 0 ? "-" : "") + groupedThousands(String(n.magnitude))
    }

    /// 55.56 → "55,6". Rounds half away from zero on the number as written in decimal (the
    /// shortest text that reads back as `x`), so 2.675 gives "2,68" as a person expects, not
    /// the "2,67" that the binary value 2.67499999… would give. A result of zero never carries
    /// a minus sign; NaN and infinities print `noValue`.
    public static func decimal(_ x: Double, fractionDigits: Int = 1) -> String {
        guard x.isFinite else { return noValue }
        let places = max(0, fractionDigits)
        let rounded = DecimalDigits(x.magnitude).rounded(toFractionDigits: places)
        let text = groupedThousands(rounded.integerPart) + (places > 0 ? "," + rounded.fractionPart(places) : "")
        return (x < 0 && !rounded.isZero ? "-" : "") + text
    }

    /// 15 of 27 → "55,6 %": always one decimal, so a column of shares lines up, and a no-break
    /// space before "%" (Vietnamese typography) so the sign never wraps onto its own line.
    /// A share of nothing (`whole == 0`) is `noValue`, never "0,0 %", which would claim a result.
    /// Computed in integers: the binary error of 15.0 / 27.0 * 100 could flip a half-way digit.
    public static func percent(_ part: Int, of whole: Int) -> String {
        guard let tenths = percentTenths(part, of: whole) else {
            return whole == 0 ? noValue : decimal(Double(part) / Double(whole) * 100) + "\u{00A0}%"
        }
        let (units, tenth) = tenths.magnitude.quotientAndRemainder(dividingBy: 10)
        let sign = tenths.negative && tenths.magnitude != 0 ? "-" : ""
        return sign + groupedThousands(String(units)) + "," + String(tenth) + "\u{00A0}%"
    }

    /// The value `percent` prints, as a number for charts: 15 of 27 → 55.6. A share of nothing
    /// is 0 so that a chart draws an empty bar instead of failing on NaN.
    public static func percentValue(_ part: Int, of whole: Int) -> Double {
        guard whole != 0 else { return 0 }
        guard let tenths = percentTenths(part, of: whole) else { return Double(part) / Double(whole) * 100 }
        let value = Double(tenths.magnitude) / 10
        return tenths.negative ? -value : value
    }

    /// part/whole × 1000, rounded half away from zero, in full-width unsigned arithmetic so
    /// that no count can overflow. `nil` for whole == 0 or a ratio beyond 1.8e15 %.
    static func percentTenths(_ part: Int, of whole: Int) -> (negative: Bool, magnitude: UInt)? {
        guard whole != 0 else { return nil }
        let divisor = whole.magnitude
        let product = part.magnitude.multipliedFullWidth(by: 1000)
        guard product.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        // remainder ≥ divisor/2, written so that it cannot overflow.
        let roundsUp = remainder >= divisor - remainder
        if roundsUp && quotient == .max { return nil }
        return ((part < 0) != (whole < 0), roundsUp ? quotient + 1 : quotient)
    }

    /// "1234567" → "1.234.567". Expects ASCII digits only.
    static func groupedThousands(_ digits: String) -> String {
        var out = ""
        out.reserveCapacity(digits.utf8.count + digits.utf8.count / 3)
        let count = digits.utf8.count
        for (index, char) in digits.enumerated() {
            if index > 0 && (count - index) % 3 == 0 { out.append(".") }
            out.append(char)
        }
        return out
    }
}
