import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses one XML part of a workbook with Foundation's XMLParser (libxml2 on Linux), after
/// refusing what real spreadsheets never contain and attacks always do: a DOCTYPE or ENTITY
/// declaration (billion laughs, external entities), and any encoding but UTF-8 — a UTF-7 or
/// UTF-16 part could spell a DOCTYPE that a byte scan does not see.
class XMLPart: NSObject, XMLParserDelegate {
    /// Set by a subclass to stop the parse with this error.
    var failure: XLSXError?
    private weak var parser: XMLParser?
    private var sawError = false

    /// Element names and attribute names arrive without their namespace prefix (`x:c` → `c`,
    /// `r:id` → `id`): writers differ in prefixes, never in local names.
    func start(_ name: Substring, _ attributes: Attributes) {}
    func end(_ name: Substring) {}
    func text(_ text: String) {}

    func fail(_ error: XLSXError) {
        if failure == nil { failure = error }
        parser?.abortParsing()
    }

    func parse(_ bytes: [UInt8], part: String, sheet: String? = nil) throws(XLSXError) {
        try Self.refuseUnsafe(bytes, part: part, sheet: sheet)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = self
        self.parser = parser
        // On Linux parse() may return true after an error (libxml2 recovers), so the error
        // callback and parserError are what count: a half-read sheet must never pass.
        let ok = parser.parse() && parser.parserError == nil && !sawError
        if let failure { throw failure }
        if !ok {
            throw XLSXError(.malformedXML, sheet: sheet,
                vi: "phần «\(part)» của bảng tính bị hỏng (XML sai ở dòng \(parser.lineNumber)). Hãy mở bằng Excel hoặc LibreOffice và lưu lại.",
                en: "part “\(part)” of the workbook is damaged (malformed XML at line \(parser.lineNumber)). Open it in Excel or LibreOffice and save it again.")
        }
    }

    static func refuseUnsafe(_ bytes: [UInt8], part: String, sheet: String?) throws(XLSXError) {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let notUTF8 = XLSXError(.malformedXML, sheet: sheet,
            vi: "phần «\(part)» của bảng tính không phải XML UTF-8. Hãy mở bằng Excel hoặc LibreOffice và lưu lại.",
            en: "part “\(part)” of the workbook is not UTF-8 XML. Open it in Excel or LibreOffice and save it again.")
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<"), !bytes.contains(0) else { throw notUTF8 }
        if let declared = declaredEncoding(bytes[start...]), !["utf-8", "utf8"].contains(declared.lowercased()) { throw notUTF8 }
        if containsDeclaration(bytes) {
            throw XLSXError(.entityDeclaration, sheet: sheet,
                vi: "phần «\(part)» có khai báo DOCTYPE/ENTITY — bảng tính thật không bao giờ có, đây là dấu hiệu tấn công «mở rộng thực thể XML»; không đọc tệp này.",
                en: "part “\(part)” declares a DOCTYPE/ENTITY — real workbooks never do; this is the mark of an XML entity-expansion attack, so the file is not read.")
        }
    }

    /// `<!DOCTYPE` or `<!ENTITY` anywhere, in any letter case.
    private static func containsDeclaration(_ bytes: [UInt8]) -> Bool {
        let words: [[UInt8]] = [Array("DOCTYPE".utf8), Array("ENTITY".utf8)]
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "<") && bytes[i + 1] == UInt8(ascii: "!") {
                for word in words where i + 2 + word.count <= bytes.count {
                    if zip(bytes[(i + 2)...], word).allSatisfy({ $0 & 0xDF == $1 }) { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// The `encoding` pseudo-attribute of the XML declaration, if there is one.
    private static func declaredEncoding(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)), let close = bytes.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = String(decoding: bytes[..<close], as: UTF8.self)
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    // MARK: XMLParserDelegate

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        // Re-keying only when a prefixed name is present: a sheet has one <c> per cell, and
        // building a fresh dictionary for each one cost a fifth of the parse.
        if attributeDict.keys.contains(where: { $0.utf8.contains(UInt8(ascii: ":")) }) {
            var attributes: [String: String] = [:]
            for (key, value) in attributeDict { attributes[String(Self.local(key))] = value }
            start(Self.local(elementName), Attributes(attributes))
        } else {
            start(Self.local(elementName), Attributes(attributeDict))
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        end(Self.local(elementName))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        sawError = true
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
        sawError = true
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        text(String(decoding: CDATABlock, as: UTF8.self))
    }

    private static func local(_ name: String) -> Substring {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name[...] }
        return name[name.index(after: colon)...]
    }
}

/// An element's attributes by local name.
struct Attributes {
    private let values: [String: String]
    init(_ values: [String: String]) { self.values = values }
    subscript(_ name: String) -> String? { values[name] }
}
