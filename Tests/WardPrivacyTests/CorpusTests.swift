import Foundation
import WardPrivacy
import XCTest

/// The planted/traps corpus: real-looking ward news that the guard must refuse, and the
/// ordinary text (streets, hotlines, officials, dates, amounts, document numbers) it must let
/// through so that staff keep trusting it.
final class CorpusTests: XCTestCase {
    struct Planted {
        let line: Int
        let kind: IdentifierKind
        let column: Int
        let value: String
    }

    static let corpusDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static let allowlist = PublicAllowlist(
        phones: ["113", "0234 3822 123", "024 3825 1111"],
        names: ["Nguyễn Văn Minh", "Trần Thị Hoa"],
        emails: ["ubndphuongan@hanoi.gov.vn"]
    )

    /// The file's lines with comments and blanks emptied, so line numbers are the file's.
    static func lines(of name: String) throws -> [String] {
        let text = try String(contentsOf: corpusDirectory.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("#") ? "" : String(line)
        }
    }

    static func planted() throws -> (lines: [String], planted: [Planted]) {
        var scanned: [String] = []
        var planted: [Planted] = []
        for (index, line) in try lines(of: "planted.txt").enumerated() {
            guard let open = line.firstIndex(of: "⟦") else {
                scanned.append(line)
                continue
            }
            var sentence = String(line[..<open])
            while sentence.last == " " { sentence.removeLast() }
            scanned.append(sentence)
            var rest = line[open...]
            while let start = rest.firstIndex(of: "⟦"), let end = rest.firstIndex(of: "⟧") {
                let marker = rest[rest.index(after: start)..<end]
                rest = rest[rest.index(after: end)...]
                let parts = marker.split(separator: ":", maxSplits: 1)
                guard parts.count == 2, let kind = IdentifierKind(rawValue: String(parts[0])) else {
                    XCTFail("planted.txt:\(index + 1): bad marker ⟦\(marker)⟧")
                    continue
                }
                let value = parts[1].trimmingCharacters(in: .whitespaces)
                guard let range = sentence.firstRange(of: value) else {
                    XCTFail("planted.txt:\(index + 1): «\(value)» is not in the sentence")
                    continue
                }
                let column = sentence.distance(from: sentence.startIndex, to: range.lowerBound) + 1
                planted.append(Planted(line: index + 1, kind: kind, column: column, value: value))
            }
        }
        return (scanned, planted)
    }

    func testCorpusCatchesEveryPlantedIdentifierAndRefusesNoTrap() throws {
        let scanner = IdentifierScanner(allowlist: Self.allowlist)
        let (lines, planted) = try Self.planted()
        let findings = scanner.scan(lines.joined(separator: "\n"))

        var caught = 0
        for p in planted {
            if findings.contains(where: { $0.line == p.line && $0.column == p.column && $0.kind == p.kind }) {
                caught += 1
            } else {
                let got = findings.filter { $0.line == p.line }.map { "\($0.kind)@\($0.column)" }
                XCTFail("planted.txt:\(p.line): missed \(p.kind) «\(p.value)» at column \(p.column); got \(got)")
            }
        }
        for f in findings where !planted.contains(where: { $0.line == f.line && $0.column == f.column && $0.kind == f.kind }) {
            XCTFail("planted.txt:\(f.line):\(f.column): unexpected \(f.kind) «\(f.masked)»")
        }

        let traps = try Self.lines(of: "traps.txt")
        var trapCount = 0
        var refused = 0
        for (index, line) in traps.enumerated() where !line.isEmpty {
            trapCount += 1
            let wrong = scanner.scan(line)
            if !wrong.isEmpty {
                refused += 1
                XCTFail("traps.txt:\(index + 1): wrongly refused \(wrong.map { "\($0.kind) «\($0.masked)» at \($0.column)" })")
            }
        }
        print("Privacy corpus: caught \(caught)/\(planted.count) planted identifiers; \(refused)/\(trapCount) traps wrongly refused")
        XCTAssertGreaterThanOrEqual(planted.count, 60)
        XCTAssertGreaterThanOrEqual(trapCount, 40)
        for kind in IdentifierKind.allCases {
            XCTAssertGreaterThanOrEqual(planted.filter { $0.kind == kind }.count, 4, "too few planted \(kind)")
        }
    }

    /// Masks are shown in logs; they must not let the identifier through themselves.
    func testMasksNeverContainTheIdentifier() throws {
        let scanner = IdentifierScanner(allowlist: Self.allowlist)
        let (lines, planted) = try Self.planted()
        let findings = scanner.scan(lines.joined(separator: "\n"))
        XCTAssertFalse(findings.isEmpty)
        for p in planted {
            guard let f = findings.first(where: { $0.line == p.line && $0.column == p.column }) else { continue }
            XCTAssertFalse(f.masked.contains(p.value), "\(f.masked) shows \(p.value)")
            let digits = p.value.filter(\.isNumber)
            let shown = f.masked.filter(\.isNumber)
            if !digits.isEmpty {
                XCTAssertLessThan(shown.count, digits.count, "\(f.masked) shows every digit of \(p.value)")
                XCTAssertFalse(shown.contains(digits), "\(f.masked) shows \(p.value)")
            }
            XCTAssertTrue(f.vi.contains("«\(f.masked)»") && !f.vi.contains(p.value))
            XCTAssertTrue(f.en.contains("«\(f.masked)»") && !f.en.contains(p.value))
        }
    }

    /// NFD text (pasted from macOS), CRLF files and line-by-line scanning all give the same
    /// findings at the same positions.
    func testNormalisationLineEndingsAndSlicingDoNotMoveFindings() throws {
        let scanner = IdentifierScanner(allowlist: Self.allowlist)
        let (lines, _) = try Self.planted()
        let whole = lines.joined(separator: "\n")
        let reference = scanner.scan(whole)
        XCTAssertEqual(scanner.scan(whole.decomposedStringWithCanonicalMapping), reference)
        XCTAssertEqual(scanner.scan(lines.joined(separator: "\r\n")), reference)
        XCTAssertEqual(scanner.scan(lines.joined(separator: "\r")), reference)
        var lineByLine: [PrivacyFinding] = []
        for (index, line) in lines.enumerated() {
            lineByLine += scanner.scan(line).map {
                PrivacyFinding(kind: $0.kind, line: index + 1, column: $0.column, masked: $0.masked)
            }
        }
        XCTAssertEqual(lineByLine, reference)

        let traps = try Self.lines(of: "traps.txt").joined(separator: "\n")
        XCTAssertEqual(scanner.scan(traps.decomposedStringWithCanonicalMapping), [])
    }
}
