import Foundation
import XCTest
import WardCSV

/// Windows-1258 against outside references: Python's cp1258 codec for every byte and every
/// Vietnamese letter, the sample site's CSVs as Excel would save them, and glibc's iconv for
/// TCVN3 copies, which must stay refused.
final class Windows1258Tests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let samples = ["units", "criteria", "hotlines", "targets", "indicators", "statistics/2026-10", "statistics/2026-11",
                                  "progress/2026-08", "progress/2026-09", "progress/2026-10", "progress/2026-11"]

    /// targets.csv and the statistics sheets hold codes and digits only: UTF-8 and Windows-1258 alike.
    private static func isASCII(_ name: String) -> Bool { name == "targets" || name.hasPrefix("statistics/") }

    /// Every byte decodes as Python's codec decodes it, inside Vietnamese text (ư marks it so):
    /// tone bytes after a vowel, symbols 0xA1–0xBF between spaces, other bytes after a letter.
    /// Undefined bytes and the Latin-1 letters Vietnamese never uses are refused.
    func testEveryByteDecodesAsPythonsCodec() throws {
        let python = try runTool("/usr/bin/env", ["python3", "-c", """
            for b in range(0x80, 0x100):
                try: print("%02X %04X" % (b, ord(bytes([b]).decode("cp1258"))))
                except UnicodeDecodeError: print("%02X -" % b)
            """])
        let lines = python.split(separator: "\n")
        XCTAssertEqual(lines.count, 128)
        let foreign: Set<UInt8> = [0xC4, 0xC5, 0xC6, 0xC7, 0xCB, 0xCE, 0xCF, 0xD1, 0xD6, 0xD8, 0xDC, 0xDF,
                                   0xE4, 0xE5, 0xE6, 0xE7, 0xEB, 0xEE, 0xEF, 0xF1, 0xF6, 0xF8, 0xFC, 0xFF]
        var decoded = 0
        for line in lines {
            let parts = line.split(separator: " ")
            let byte = UInt8(parts[0], radix: 16)!
            let symbol = (0xA1...0xBF).contains(byte) && byte != 0xAB && byte != 0xBB
            let data = Data(symbol ? [0x61, 0x20, byte, 0x20, 0xFD, 0x0A] : [0x61, byte, 0x20, 0xFD, 0x0A])
            guard parts[1] != "-", !foreign.contains(byte) else {
                XCTAssertNotNil(readError(data), "0x\(parts[0]) is refused")
                continue
            }
            let character = String(Unicode.Scalar(UInt32(parts[1], radix: 16)!)!)
            let expected = ((symbol ? "a " : "a") + character + (symbol ? " ư" : " ư")).precomposedStringWithCanonicalMapping
            let document = try CSVReader.read(data)
            XCTAssertEqual(document.header.first?.value, expected, "byte 0x\(parts[0])")
            XCTAssertEqual(document.legacyEncoding, .windows1258)
            decoded += 1
        }
        XCTAssertEqual(decoded, 128 - 9 - 24, "all but the 9 undefined bytes and 24 foreign letters")
    }

    /// All 134 toned vowels in both cases, and đ Đ, as Windows writes them (base + tone byte),
    /// encoded by Python, decode to the NFC letters.
    func testEveryVietnameseLetterRoundTrips() throws {
        let letters = Windows1258TestsSupport.vietnameseLetters
        XCTAssertEqual(letters.count, 2 * (12 * 6 - 6 + 1), "12 vowels × 6 tones (level included) less 6 ASCII, and đ, in both cases")
        let encoded = try runTool("/usr/bin/env", ["python3", "-c", Windows1258TestsSupport.pythonEncoder, letters.map(String.init).joined(separator: " ")])
        let bytes = encoded.split(separator: " ").map { UInt8($0, radix: 16)! }
        let document = try CSVReader.read(Data(bytes + [0x0A]))
        XCTAssertEqual(document.legacyEncoding, .windows1258)
        XCTAssertEqual(document.header.first.map { Array($0.value.unicodeScalars) },
                       Array(letters.map(String.init).joined(separator: " ").unicodeScalars))
    }

    func testSampleCSVsSavedByExcelDecodeToTheUTF8Documents() throws {
        for name in Self.samples {
            let original = try CSVReader.read(Data(contentsOf: root.appendingPathComponent("Tests/WardKitTests/Fixtures/Workbooks/source/\(name).csv")))
            let legacy = try CSVReader.read(Data(contentsOf: root.appendingPathComponent("Tests/WardKitTests/Fixtures/Workbooks/cp1258/\(name).csv")))
            XCTAssertEqual(legacy.header, original.header, name)
            XCTAssertEqual(legacy.records.map(\.fields), original.records.map(\.fields), name)
            XCTAssertEqual(legacy.legacyEncoding, Self.isASCII(name) ? nil : .windows1258, name)
        }
    }

    /// The sample text in TCVN3 (glibc iconv, lower-cased as .VnTime users type capitals with
    /// the .VnTimeH font) is refused, never decoded as Windows-1258.
    func testTCVN3CopiesOfTheSamplesAreRefused() throws {
        for name in Self.samples where !Self.isASCII(name) {
            let text = try String(contentsOf: root.appendingPathComponent("content/\(name).csv"), encoding: .utf8).lowercased()
            let tcvn3 = try runToolData("/usr/bin/iconv", ["-f", "UTF-8", "-t", "TCVN5712-1//TRANSLIT"], input: Data(text.utf8))
            guard let error = readError(tcvn3) else { continue }
            XCTAssertEqual(error.kind, .notUTF8(suspected: .tcvn3), name)
            XCTAssertTrue(error.vi.contains("TCVN3"), error.vi)
        }
    }

    /// A UTF-8 file with one bad byte is damaged UTF-8, not Windows-1258 mojibake «PhÆ°á»ng».
    func testDamagedUTF8IsNotReadAsWindows1258() throws {
        for name in Self.samples where !Self.isASCII(name) {
            var bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent("content/\(name).csv")))
            bytes[bytes.count / 2] = 0xFF
            XCTAssertNotNil(readError(Data(bytes)), name)
            var cut = [UInt8](try Data(contentsOf: root.appendingPathComponent("content/\(name).csv")))
            if let lead = cut.lastIndex(where: { $0 >= 0xE0 }) { cut.remove(at: lead + 1) }  // a 3-byte letter loses a byte
            XCTAssertNotNil(readError(Data(cut)), name)
        }
    }
}

enum Windows1258TestsSupport {
    static let vietnameseLetters: [Character] = {
        let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
        let tones = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]
        var out: [Character] = []
        for v in vowels {
            for tone in tones { out.append(Character((v + tone).precomposedStringWithCanonicalMapping)) }
            if !["a", "e", "i", "o", "u", "y"].contains(v) { out.append(Character(v)) }
        }
        out.append("đ")
        return out + out.map { Character($0.uppercased()) }
    }()

    /// The same conversion as Fixtures/Workbooks/make_fixtures.py's to_cp1258.
    static let pythonEncoder = """
    import sys, unicodedata
    out = bytearray()
    for ch in unicodedata.normalize("NFC", sys.argv[1]):
        try:
            out += ch.encode("cp1258"); continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tone = [c for c in d if c in "\\u0300\\u0301\\u0303\\u0309\\u0323"]
        out += unicodedata.normalize("NFC", "".join(c for c in d if c not in tone)).encode("cp1258") + "".join(tone).encode("cp1258")
    print(" ".join("%02X" % b for b in out))
    """
}

func runTool(_ path: String, _ arguments: [String]) throws -> String {
    String(decoding: try runToolData(path, arguments, input: nil), as: UTF8.self).trimmingCharacters(in: .newlines)
}

/// Runs an outside reference (python3, iconv); a missing tool fails the test.
func runToolData(_ path: String, _ arguments: [String], input: Data?) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe(), feed = Pipe()
    process.standardOutput = output
    process.standardInput = feed
    try process.run()
    if let input { feed.fileHandleForWriting.write(input) }
    try feed.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw NSError(domain: path, code: Int(process.terminationStatus), userInfo: [NSLocalizedDescriptionKey: "\(path) \(arguments.first ?? "") failed"])
    }
    return data
}
