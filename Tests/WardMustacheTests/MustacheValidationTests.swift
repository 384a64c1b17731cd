import Foundation
import WardMustache
import XCTest

/// Problems that would silently drop part of a page, or never let it finish, are found before
/// anything is rendered, at the tag that causes them.
final class MustacheValidationTests: XCTestCase {
    private func partials(_ sources: [String: String]) throws -> MustachePartials {
        var templates: [String: MustacheTemplate] = [:]
        for (name, source) in sources {
            templates[name] = try MustacheTemplate(source: source, name: "theme/templates/\(name).mustache")
        }
        return MustachePartials(templates)
    }

    private func described(_ errors: [MustacheError]) -> [String] {
        errors.map { "\($0.templateName):\($0.line):\($0.column): \($0.en)" }
    }

    func testReferencesAreListedInSourceOrderWithPositions() throws {
        let template = try MustacheTemplate(source: "{{<base}}\n{{$body}}\n  Phường {{>a}}{{#x}}{{> b }}{{/x}}\n{{/body}}\n{{/base}}", name: "t")
        XCTAssertEqual(template.references.map { "\($0.name)@\($0.line):\($0.column)" }, ["base@1:1", "a@3:10", "b@3:22"])
        XCTAssertEqual(template.references.map(\.kind), [.parent, .partial, .partial])
    }

    func testMissingPartialsAndParentsAreErrorsAtTheirTags() throws {
        let set = try partials([
            "page": "{{<bsae}}{{/bsae}}",
            "base": "<body>\n  {{> footer}}\n  {{>hotline-strip}}\n</body>",
            "hotline-strip": "<p>113</p>",
        ])
        XCTAssertEqual(described(set.validate()), [
            "theme/templates/base.mustache:2:3: there is no partial «footer» (no file templates/footer.mustache)",
            "theme/templates/page.mustache:1:1: there is no parent template «bsae» (no file templates/bsae.mustache)",
        ])
        let base = try XCTUnwrap(set.template(named: "base"))
        XCTAssertEqual(base.missingReferences(available: ["footer", "hotline-strip"]), [])
        XCTAssertEqual(base.missingReferences(available: []).first?.vi, "không có mẫu con «footer» (không có tệp templates/footer.mustache)")
    }

    func testSelfInclusionDirectAndThroughOthersIsAnError() throws {
        let set = try partials([
            "loop": "a\n{{#x}}{{>loop}}{{/x}}",
            "ping": "{{>pong}}",
            "pong": "\n\n   {{>ping}}",
            "layout": "{{<layout}}{{/layout}}",
            "fine": "{{>leaf}}{{>leaf}}",
            "leaf": "lá",
        ])
        XCTAssertEqual(described(set.validate()), [
            "theme/templates/layout.mustache:1:1: template «layout» includes itself (layout → layout): the page would never finish",
            "theme/templates/loop.mustache:2:7: template «loop» includes itself (loop → loop): the page would never finish",
            "theme/templates/pong.mustache:3:4: template «ping» includes itself (ping → pong → ping): the page would never finish",
        ])
        XCTAssertTrue(set.validate()[2].vi.hasPrefix("mẫu «ping» gọi lại chính nó (ping → pong → ping)"))
    }

    func testTheDefaultThemeShapeValidates() throws {
        let set = try partials([
            "base": "{{$main}}{{/main}}{{>hotline-strip}}", "hotline-strip": "113",
            "home": "{{<base}}{{$main}}{{>summary}}{{/main}}{{/base}}", "summary": "{{#a}}{{b}}{{/a}}",
        ])
        XCTAssertEqual(described(set.validate()), [])
    }

    func testInvalidUTF8IsAnErrorAtTheFirstBadByte() throws {
        var bytes = Array("<p>\nPhường {{x}} ".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\n".utf8)
        XCTAssertThrowsError(try MustacheTemplate(utf8: Data(bytes), name: "theme/templates/a.mustache")) { error in
            let error = error as? MustacheError
            XCTAssertEqual(error.map { "\($0.templateName):\($0.line):\($0.column)" }, "theme/templates/a.mustache:2:14")
            XCTAssertEqual(error?.en, "the template file is not UTF-8 text (invalid byte 0xC3). Open it in an editor and save it as UTF-8")
            XCTAssertEqual(error?.vi.hasPrefix("tệp mẫu không phải văn bản UTF-8 (byte 0xC3 không hợp lệ)"), true)
        }
        XCTAssertThrowsError(try MustacheTemplate(utf8: [0xFF], name: "b")) { error in
            XCTAssertEqual((error as? MustacheError).map { [$0.line, $0.column] }, [1, 1])
        }
    }

    func testUTF8BytesParseLikeTheStringAndLoseALeadingBOM() throws {
        let source = "{{#a}}Hòa Bình{{/a}}"
        let fromBytes = try MustacheTemplate(utf8: [0xEF, 0xBB, 0xBF] + Array(source.utf8), name: "t")
        XCTAssertEqual(try fromBytes.render(["a": true]), "Hòa Bình")
        XCTAssertThrowsError(try MustacheTemplate(utf8: [0xEF, 0xBB, 0xBF] + Array("x {{#a}}".utf8), name: "t")) { error in
            XCTAssertEqual((error as? MustacheError).map { [$0.line, $0.column] }, [1, 3])
        }
    }
}
