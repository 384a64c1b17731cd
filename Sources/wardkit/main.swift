import Foundation
import Glibc
import WardKit

// glibc raises its mmap threshold each time a large block is freed (up to 32 MB); after that, a
// province's multi-megabyte tables and sheets come from the heap, and the space they leave is
// kept by the process for the rest of the build. Fixed thresholds give it back: at 100k groups
// the render ran at some 70 MB more without them.
// Swift's Glibc module does not export mallopt (<malloc.h>), so it is looked up; the numbers
// are M_TRIM_THRESHOLD (-1) and M_MMAP_THRESHOLD (-3) from that header. Same effect as
// MALLOC_MMAP_THRESHOLD_ and MALLOC_TRIM_THRESHOLD_ in the environment.
if let symbol = dlsym(nil, "mallopt") {
    let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
    _ = mallopt(-3, 256 << 10)
    _ = mallopt(-1, 256 << 10)
}

// The CLI is a thin shell: parse arguments, call the library, print diagnostics, set the exit
// code (0 success, 1 content errors, 2 usage errors).
let environment = ProcessInfo.processInfo.environment
var arguments = Array(CommandLine.arguments.dropFirst())
var language = Language.from(environment: environment)
if let i = arguments.firstIndex(of: "--lang"), i + 1 < arguments.count {
    language = arguments[i + 1].hasPrefix("en") ? .en : .vi
    arguments.removeSubrange(i...(i + 1))
}
let cli = CommandLineInterface(language: language, environment: environment)
exit(cli.run(arguments))
