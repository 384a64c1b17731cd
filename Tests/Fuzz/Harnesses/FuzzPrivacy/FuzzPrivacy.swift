import WardPrivacy
import FuzzDriver

/// Any text through the simplest public scan entry point (kept to this one call so that a new
/// scanner API is a one-line change here).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPrivacy(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: fuzzInput(data, size), as: UTF8.self)
    _ = IdentifierScanner().scan(text)
    return 0
}

@main
enum Harness {
    static func main() { fuzzMain(fuzzPrivacy) }
}
