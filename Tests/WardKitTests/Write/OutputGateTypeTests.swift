import Foundation
import XCTest
@testable import WardKit

/// The writer accepts only `AuditedFile`, and only the output gate can make one: code that
/// tries to hand the writer bytes of its own does not compile. Proven by compiling such code
/// against the built module, next to a control that uses the module's public API and compiles.
final class OutputGateTypeTests: XCTestCase {
    private func typecheck(_ source: String) throws -> (status: Int32, output: String) {
        var dir = wardkitBinary.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Modules/WardKit.swiftmodule").path) {
            dir = packageRoot.appendingPathComponent(".build/debug")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gate-\(UUID().uuidString).swift")
        try Data(source.utf8).write(to: file)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["swiftc", "-typecheck", "-I", dir.appendingPathComponent("Modules").path,
                       "-Xcc", "-fmodule-map-file=" + packageRoot.appendingPathComponent("Sources/CCmarkGFM/module.modulemap").path, file.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    func testCodeOutsideTheGateCannotMakeAnAuditedFile() throws {
        let control = try typecheck("""
            import Foundation
            import WardKit
            let origin = OutputOrigin.file("theme/static/x.html")
            func send(_ f: AuditedFile, to out: StagedOutput) throws { try out.write(f) }
            """)
        XCTAssertEqual(control.status, 0, "the control must compile, or this test proves nothing: \(control.output)")

        let forged = try typecheck("""
            import Foundation
            import WardKit
            let f = AuditedFile(path: "danh-sach.html", bytes: Data("Nguyễn Văn Hùng 0912 345 678".utf8))
            """)
        XCTAssertNotEqual(forged.status, 0)
        XCTAssertTrue(forged.output.contains("inaccessible due to 'fileprivate' protection level"), forged.output)

        let raw = try typecheck("""
            import Foundation
            import WardKit
            func leak(_ out: StagedOutput) throws { try out.write("danh-sach.html", Data()) }
            """)
        XCTAssertNotEqual(raw.status, 0, "the writer has no entry point for raw bytes")
    }
}
