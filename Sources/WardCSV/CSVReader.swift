import Foundation

public enum CSVReader {
    /// Decodes an Excel/LibreOffice export (UTF-8, UTF-16 with BOM, or Windows-1258), detects its delimiter and shapes it into a header and
    /// rows of exactly the header's width.
    public static func read(_ data: Data) throws(CSVError) -> CSVDocument {
        let (text, legacy) = try TextDecoding.decode(data)
        let detected = DelimiterDetection.detect(in: text)
        var rows = try records(in: text, delimiter: detected.delimiter)
        if detected.hasSeparatorLine && !rows.isEmpty { rows.removeFirst() }
        return try DocumentShaping.document(from: rows, delimiter: detected.delimiter, legacyEncoding: legacy, refusesLostCells: true)
    }

    /// Raw records, header included, exactly as the file has them (no trimming or padding);
    /// fully empty lines produce no record.
    public static func records(in text: String, delimiter: Character) throws(CSVError) -> [CSVRecord] {
        var tokenizer = RecordTokenizer(text: text, delimiter: delimiter)
        return try tokenizer.records()
    }
}
