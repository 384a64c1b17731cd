/// Which personal number a digit cluster is. Each kind has its own rule: a label says it,
/// or the count and prefix do (mobile 0[35789]·8 digits, old mobile 01[2689]·8, landline
/// 02·9, CCCD 12 digits led by a province code, card numbers by Luhn).
extension Analyzer {
    /// Province codes that lead a 12-digit citizen ID (Circular 59/2021/TT-BCA).
    private static let provinces: Set<Int> = [
        1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42,
        44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86,
        87, 89, 91, 92, 93, 94, 95, 96,
    ]

    func classify(_ range: Range<Int>, context c: NumberContext, whole: Bool) -> NumberHit? {
        var count = 0
        for g in groups[range] {
            count += g.count
            if count > 19 { return nil }
        }
        guard count >= 6 else { return nil }
        var d: [UInt8] = []
        d.reserveCapacity(count)
        for g in groups[range] { for k in g { d.append(digitOrSubstitute(k)) } }
        func hit(_ kind: IdentifierKind, _ key: [UInt8], keep: Int, tail: Int = 3) -> NumberHit {
            NumberHit(kind: kind, masked: Self.mask(key, keep: keep, tail: tail), key: Self.string(key), rawKey: Self.string(d))
        }
        // Toll-free and premium service lines (1800, 1900) are published by design.
        if d.starts(with: [1, 8, 0, 0]) || d.starts(with: [1, 9, 0, 0]) { return nil }
        var national = d
        var international = false
        if d.starts(with: [0, 0, 8, 4]) {
            national = [0] + d.dropFirst(4)
            international = true
        } else if d.starts(with: [8, 4]) && (c.plus || count == 11 || count == 12) {
            national = [0] + d.dropFirst(2)
            international = true
        } else if c.plus {
            return count >= 8 && count <= 15 ? hit(.mobilePhone, d, keep: 3) : nil
        }
        if let label = c.label, let kind = labelled(label, count: count) {
            return hit(kind, d, keep: kind == .bankAccount || kind == .socialInsurance ? 2 : 3, tail: kind == .cardNumber ? 4 : 3)
        }
        let n = national.count
        if n == 10 && national[0] == 0 && [3, 5, 7, 8, 9].contains(national[1]) { return hit(.mobilePhone, national, keep: 4) }
        if n == 11 && national[0] == 0 && national[1] == 1 && [2, 6, 8, 9].contains(national[2]) {
            return hit(.mobilePhone, national, keep: 4)
        }
        if n == 11 && national[0] == 0 && national[1] == 2 { return hit(.landline, national, keep: 4, tail: 3) }
        if n == 10 && national[0] == 0 && [2, 4, 6].contains(national[1]) && !c.document { return hit(.landline, national, keep: 3) }
        if whole && (c.label == .phone || c.label == .social) {
            if n == 9 && [3, 5, 7, 8, 9].contains(national[0]) { return hit(.mobilePhone, [0] + national, keep: 4) }
            if n == 8 && !c.document && !c.unitAfter { return hit(.landline, national, keep: 2) }
        }
        if international { return nil }
        let province = Int(d[0]) * 100 + Int(d[1]) * 10 + Int(d[2])
        if count == 12 && d[0] == 0 && Self.provinces.contains(province) && !c.unitAfter && !c.gluedAfter {
            return hit(.citizenID, d, keep: 3)
        }
        guard whole, !c.gluedBefore, !c.gluedAfter, !c.document, !(c.unitAfter && d[0] != 0) else { return nil }
        if count >= 13 && Self.luhn(d) && Self.cardIssuer(d) && (range.count == 1 || groups[range].allSatisfy { $0.count == 4 || $0.count <= 4 && $0 == groups[range.upperBound - 1] }) {
            return hit(.cardNumber, d, keep: 4, tail: 4)
        }
        guard !c.inPath, !isAmount(range) else { return nil }
        let seps = separators[range.lowerBound..<(range.upperBound - 1)]
        if count == 9 && d[0] <= 3 && (range.count == 1 || (range.count == 3 && groups[range].allSatisfy { $0.count == 3 } && !seps.contains(0x2E))) {
            return hit(.oldID, d, keep: 3)
        }
        if count == 10 && range.count == 1 && (d[0] == 0 || d[0] == 8) { return hit(.taxCode, d, keep: 4) }
        if count == 13 && range.count == 2 && groups[range.lowerBound].count == 10 && seps.first == 0x2D {
            return hit(.taxCode, Array(d.prefix(10)), keep: 4)
        }
        return nil
    }

    private func labelled(_ label: NumberLabel, count: Int) -> IdentifierKind? {
        switch label {
        case .citizenID, .oldID: count == 12 ? .citizenID : count == 9 ? .oldID : nil
        case .taxCode: count == 10 || count == 13 ? .taxCode : nil
        case .bank: count >= 6 && count <= 19 ? .bankAccount : nil
        case .card: count >= 13 && count <= 19 ? .cardNumber : nil
        case .socialInsurance: count == 10 ? .socialInsurance : nil
        case .healthInsurance: count == 10 || count == 13 || count == 15 ? .healthInsurance : nil
        case .licence: count == 12 ? .drivingLicence : nil
        case .phone, .social, .passport, .plate: nil
        }
    }

    /// "15.000.000", "1,234,567": thousands separators mean money or a count.
    private func isAmount(_ range: Range<Int>) -> Bool {
        guard range.count > 1 else { return false }
        let seps = separators[range.lowerBound..<(range.upperBound - 1)]
        guard let sep = seps.first, sep == 0x2E || sep == 0x2C, seps.allSatisfy({ $0 == sep }) else { return false }
        let head = groups[range.lowerBound]
        guard head.count <= 3, head.count == 1 || seg.s[head.lowerBound] != 0x30 else { return false }
        return groups[(range.lowerBound + 1)..<range.upperBound].allSatisfy { $0.count == 3 }
    }

    func digitOrSubstitute(_ k: Int) -> UInt8 {
        let v = seg.s[k]
        if Letters.isDigit(v) { return UInt8(v - 0x30) }
        return v == 0x4F || v == 0x6F ? 0 : 1
    }

    static func luhn(_ d: [UInt8]) -> Bool {
        var sum = 0
        for (i, x) in d.reversed().enumerated() {
            var v = Int(x)
            if i % 2 == 1 {
                v *= 2
                if v > 9 { v -= 9 }
            }
            sum += v
        }
        return sum % 10 == 0
    }

    /// Visa, Mastercard, Amex, JCB, UnionPay, Napas.
    static func cardIssuer(_ d: [UInt8]) -> Bool {
        let two = Int(d[0]) * 10 + Int(d[1])
        let four = two * 100 + Int(d[2]) * 10 + Int(d[3])
        return d[0] == 4 || (51...55).contains(two) || (22...27).contains(two) || two == 34 || two == 37 || two == 35
            || two == 62 || four == 9704
    }

    static func string(_ d: [UInt8]) -> String {
        String(String.UnicodeScalarView(d.map { Unicode.Scalar($0 + 0x30) }))
    }

    /// "0912345678" → "0912 *** 678": enough for staff to find the number, too little to use it.
    static func mask(_ d: [UInt8], keep: Int, tail: Int) -> String {
        let k = min(keep, max(0, d.count - tail - 2))
        return string(Array(d.prefix(k))) + " *** " + string(Array(d.suffix(tail)))
    }
}
