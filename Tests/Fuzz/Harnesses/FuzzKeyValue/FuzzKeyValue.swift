import WardKit
import FuzzDriver

/// Any text as a settings or front-matter file: entries and positioned diagnostics.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeyValue(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: fuzzInput(data, size), as: UTF8.self)
    let (entries, diagnostics) = KeyValueSyntax.parse(text, file: "settings.txt")
    precondition(Set(entries.map(\.key)).count == entries.count, "a key is accepted once")
    precondition(diagnostics.allSatisfy { ($0.position?.line ?? 1) >= 1 })
    return 0
}

@main
enum Harness {
    static func main() { fuzzMain(fuzzKeyValue) }
}
