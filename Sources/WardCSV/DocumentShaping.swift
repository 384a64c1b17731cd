import Foundation

/// Turns raw records into a header plus rows of exactly the header's width, absorbing Excel's
/// padding while refusing data that has no column to go in.
enum DocumentShaping {
    /// - Parameter refusesLostCells: for a text CSV. Excel may leave out the delimiters of
    ///   empty cells at a row's end, so a short row is normally padded; but once the file shows
    ///   its writer keeps them (a row spelling out an empty last cell, `SM,Sông Mây,Phường,,,`),
    ///   a shorter row has lost a cell by hand — its text may have slid into the wrong column,
    ///   or an officer's value vanished — and is refused at its end.
    static func document(from rows: [CSVRecord], delimiter: Character,
                         legacyEncoding: LegacyEncoding? = nil, refusesLostCells: Bool = false) throws(CSVError) -> CSVDocument {
        guard let headerRow = rows.first else { throw CSVError.emptyFile() }
        var header = headerRow.fields.map {
            CSVField(value: $0.value.trimmingCharacters(in: .whitespacesAndNewlines), line: $0.line, column: $0.column)
        }
        // Excel pads every row to the widest used range, so empty trailing header cells are padding.
        while header.last?.value.isEmpty == true { header.removeLast() }
        guard !header.isEmpty else { throw CSVError.emptyHeader(line: headerRow.line) }

        let keepsEmptyEndCells = refusesLostCells && rows.dropFirst().contains { row in
            row.fields.count >= header.count && isBlank(row.fields[header.count - 1].value)
                && row.fields.contains { !isBlank($0.value) }
        }
        var records: [CSVRecord] = []
        records.reserveCapacity(rows.count - 1)
        for row in rows.dropFirst() {
            // A row of only delimiters is an empty spreadsheet row that Excel still wrote out.
            guard let lastFilled = row.fields.lastIndex(where: { !isBlank($0.value) }) else { continue }
            if lastFilled >= header.count {
                let extra = row.fields[header.count...].first { !isBlank($0.value) }!
                throw CSVError.tooManyFields(extra, headerCount: header.count)
            }
            if keepsEmptyEndCells && row.fields.count < header.count {
                throw CSVError.tooFewFields(row, count: row.fields.count, headerCount: header.count)
            }
            var fields = Array(row.fields.prefix(header.count))
            while fields.count < header.count {
                fields.append(CSVField(value: "", line: row.endLine, column: row.endColumn))
            }
            records.append(CSVRecord(fields: fields, line: row.line, endLine: row.endLine, endColumn: row.endColumn))
        }
        return CSVDocument(header: header, records: records, delimiter: delimiter, legacyEncoding: legacyEncoding)
    }

    /// Whitespace-only counts as empty here: a stray space beyond the last column is not data.
    private static func isBlank(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
