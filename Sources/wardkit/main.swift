import Foundation
import WardKit

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
