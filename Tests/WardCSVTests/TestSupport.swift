import Foundation
import XCTest
import WardCSV

func readCSV(_ text: String) throws -> CSVDocument {
    try CSVReader.read(Data(text.utf8))
}

func cellValues(_ document: CSVDocument) -> [[String]] {
    document.records.map { $0.fields.map(\.value) }
}

/// Reads `data`, expecting it to fail, and returns the error for closer inspection.
func readError(_ data: Data, file: StaticString = #filePath, line: UInt = #line) -> CSVError? {
    do {
        let document = try CSVReader.read(data)
        XCTFail("expected an error, got \(document.records.count) records", file: file, line: line)
        return nil
    } catch {
        return error
    }
}

func assertError(_ data: Data, kind: CSVError.Kind, line: Int, column: Int,
                 file: StaticString = #filePath, testLine: UInt = #line) {
    guard let error = readError(data, file: file, line: testLine) else { return }
    XCTAssertEqual(error.kind, kind, file: file, line: testLine)
    XCTAssertEqual([error.line, error.column], [line, column], "line, column of \(error)", file: file, line: testLine)
    XCTAssertFalse(error.vi.isEmpty, file: file, line: testLine)
    XCTAssertFalse(error.en.isEmpty, file: file, line: testLine)
}
