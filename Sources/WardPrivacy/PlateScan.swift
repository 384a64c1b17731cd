/// Vehicle plates ("29B1-123.45", "29MĐ1-123.45", "30A-123.45", "51F 123 45") and the numbers
/// led by letters: health-insurance card codes ("DN4010123456789") and passports ("B1234567"
/// after "hộ chiếu").
extension Analyzer {
    @inline(__always) private func plateLetter(_ v: UInt32) -> Bool {
        Letters.isASCIILetter(v) || v == 0x110 || v == 0x111
    }

    mutating func plate(at i: Int) -> Int? {
        let s = seg.s
        let n = s.count
        guard i + 3 < n, Letters.isDigit(s[i + 1]) else { return nil }
        let province = (s[i] - 0x30) * 10 + (s[i + 1] - 0x30)
        guard province >= 11 else { return nil }
        var j = i + 2
        var spaced = false
        if s[j] == 0x2D || s[j] == 0x20 {
            spaced = s[j] == 0x20
            j += 1
        }
        let seriesStart = j
        var allUpper = true
        while j < n && j - seriesStart < 2 && plateLetter(s[j]) {
            if !(Letters.isASCIIUpper(s[j]) || s[j] == 0x110) { allUpper = false }
            j += 1
        }
        guard j > seriesStart, j < n, !Letters.isLetter(s[j]) else { return nil }
        // "12 ha 12345" is an area and a number, "29 B1 12345" a plate: a spaced series is upper-case.
        if spaced && !allUpper { return nil }
        var seriesDigit = false
        if Letters.isDigit(s[j]), j + 1 < n, s[j + 1] == 0x2D || s[j + 1] == 0x20 || s[j + 1] == 0x2E {
            j += 1
            seriesDigit = true
        }
        var separator: UInt32 = 0
        if j < n, s[j] == 0x2D || s[j] == 0x20 || s[j] == 0x2E {
            separator = s[j]
            j += 1
        }
        if separator == 0 && !allUpper { return nil }
        let serial = j
        while j < n && Letters.isDigit(s[j]) { j += 1 }
        let length = j - serial
        var end: Int
        if length == 3, j + 2 < n, s[j] == 0x2E || s[j] == 0x20, Letters.isDigit(s[j + 1]), Letters.isDigit(s[j + 2]) {
            end = j + 3
        } else if length == 5 || (length == 4 && (separator == 0x2D || seriesDigit)) {
            end = j
        } else {
            return nil
        }
        if end < n && Letters.isAlnum(s[end]) { return nil }
        if end + 1 < n && (s[end] == 0x2E || s[end] == 0x2C) && Letters.isDigit(s[end + 1]) { return nil }
        guard !isTaken(i..<end) else { return nil }
        var key = ""
        for v in s[i..<end] where Letters.isAlnum(v) {
            key.unicodeScalars.append(Unicode.Scalar(v == 0x111 ? 0x110 : Letters.isASCIILetter(v) ? v & ~0x20 : v) ?? " ")
        }
        emit(.vehiclePlate, i..<end, masked: text(i..<serial) + starredDigits(serial..<end), key: key)
        end = max(end, i + 1)
        return end
    }

    /// BHYT codes anywhere; passports after their label. Returns the end when one was found.
    mutating func letterLedNumber(at i: Int, token: Int) -> Int? {
        let s = seg.s
        let n = s.count
        func skipSpace(_ k: Int) -> Int { k < n && s[k] == 0x20 ? k + 1 : k }
        func run(_ k: Int) -> Int {
            var e = k
            while e < n && Letters.isDigit(s[e]) { e += 1 }
            return e
        }
        // Health insurance: 2 letters, benefit level 1–5, province, 10-digit social insurance number.
        if i + 2 < n, Letters.isASCIILetter(s[i + 1]), !Letters.isLetter(s[i + 2]) {
            let upper = Letters.isASCIIUpper(s[i]) && Letters.isASCIIUpper(s[i + 1])
            var j = skipSpace(i + 2)
            let levelEnd = run(j)
            var digitsSeen = levelEnd - j
            if digitsSeen >= 1, s[j] >= 0x31 && s[j] <= 0x35 {
                j = levelEnd
                while digitsSeen < 13 {
                    let k = skipSpace(j)
                    let e = run(k)
                    guard e > k else { break }
                    digitsSeen += e - k
                    j = e
                }
                if digitsSeen == 13, j >= n || !Letters.isAlnum(s[j]),
                   upper || label(before: token, start: i).label == .healthInsurance {
                    let code = text(i..<j).filter { !$0.isWhitespace }.uppercased()
                    emit(.healthInsurance, i..<j, masked: String(code.prefix(3)) + " *** " + String(code.suffix(3)), key: code)
                    return j
                }
            }
        }
        // Passport: a letter and seven digits after "hộ chiếu".
        let j = skipSpace(i + 1)
        let e = run(j)
        if e - j == 7, j > i, e >= n || !Letters.isAlnum(s[e]), label(before: token, start: i).label == .passport {
            let code = text(i..<e).filter { !$0.isWhitespace }.uppercased()
            emit(.passport, i..<e, masked: String(code.prefix(1)) + " *** " + String(code.suffix(3)), key: code)
            return e
        }
        return nil
    }
}
