import Foundation
import WardCSV
import FuzzDriver

/// Any bytes: a document or a positioned error, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Data(fuzzInput(data, size))
    do {
        let document = try CSVReader.read(bytes)
        // Shaping promises rows exactly as wide as the header.
        precondition(document.records.allSatisfy { $0.fields.count == document.header.count })
    } catch {
        precondition(error.line >= 1 && error.column >= 1)
    }
    _ = try? CSVReader.records(in: String(decoding: bytes, as: UTF8.self), delimiter: ";")
    return 0
}

@main
enum Harness {
    static func main() { fuzzMain(fuzzCSV) }
}
