import Dispatch
import WardMustache
import XCTest

final class MustacheRenderTests: XCTestCase {
    private func render(
        _ source: String, _ context: MustacheValue, partials: [String: String] = [:]
    ) throws -> String {
        try MustacheTemplate(source: source, name: "test").render(
            context, partials: MustachePartials(sources: partials))
    }

    func testLayoutThroughInheritanceWithAPartial() throws {
        let layout = """
            <html>
            <head><title>{{$title}}Cổng thông tin{{/title}}</title></head>
            <body>
              <main>
                {{$body}}
                {{/body}}
              </main>
              {{>footer}}
            </body>
            </html>

            """
        let footer = """
            <footer>
              {{ward}} – {{year}}
            </footer>

            """
        let page = """
            {{<layout}}
            {{$title}}{{heading}} | {{ward}}{{/title}}
            {{$body}}
            <h1>{{heading}}</h1>
            {{#steps}}
            <p>{{.}}</p>
            {{/steps}}
            {{/body}}
            {{/layout}}

            """
        let context: MustacheValue = [
            "ward": "Phường Hòa Bình", "year": 2025, "heading": "Không ma túy",
            "steps": ["Tuyên truyền", "Hỗ trợ cai nghiện"],
        ]
        let expected = """
            <html>
            <head><title>Không ma túy | Phường Hòa Bình</title></head>
            <body>
              <main>
                <h1>Không ma túy</h1>
                <p>Tuyên truyền</p>
                <p>Hỗ trợ cai nghiện</p>
              </main>
              <footer>
                Phường Hòa Bình – 2025
              </footer>
            </body>
            </html>

            """
        XCTAssertEqual(try render(page, context, partials: ["layout": layout, "footer": footer]), expected)
    }

    /// The spec keeps the newline after a block opened and closed on one line, so the argument's
    /// own last newline is followed by a blank line; writing the tags on two lines avoids it.
    func testOneLineBlockKeepsItsNewline() throws {
        let layout = "<main>\n  {{$body}}{{/body}}\n</main>\n"
        let page = "{{<layout}}{{$body}}\n<p>a</p>\n{{/body}}{{/layout}}"
        XCTAssertEqual(try render(page, [:], partials: ["layout": layout]), "<main>\n  <p>a</p>\n\n</main>\n")
    }

    func testLayoutDefaultsShowWhenNotOverridden() throws {
        let layout = "<title>{{$title}}Cổng thông tin{{/title}}</title>"
        XCTAssertEqual(
            try render("{{<layout}}{{/layout}}", [:], partials: ["layout": layout]),
            "<title>Cổng thông tin</title>")
    }

    func testVietnameseTextIsNotEscaped() throws {
        XCTAssertEqual(try render("{{ward}}", ["ward": "Phường Hòa Bình"]), "Phường Hòa Bình")
        XCTAssertEqual(
            try render("<p title=\"{{name}}\">{{name}}</p>", ["name": "Xã Đắk Nông & \"Ấp 3\""]),
            "<p title=\"Xã Đắk Nông &amp; &quot;Ấp 3&quot;\">Xã Đắk Nông &amp; &quot;Ấp 3&quot;</p>")
    }

    func testEscapingCoversMarkupAndApostrophes() throws {
        XCTAssertEqual(try render("{{x}}", ["x": "<b>'a'</b>"]), "&lt;b&gt;&#39;a&#39;&lt;/b&gt;")
        XCTAssertEqual(try render("{{{x}}}|{{&x}}", ["x": "<b>'a'</b>"]), "<b>'a'</b>|<b>'a'</b>")
    }

    func testNestedDictionariesRender() throws {
        let district: [String: MustacheValue] = ["name": "Quận 1", "wards": .array([
            .object(["name": "Phường Bến Nghé", "households": 1200, "cleared": true]),
            .object(["name": "Phường Đa Kao", "households": .int(950), "cleared": false]),
        ])]
        let context = MustacheValue.object(["district": .object(district), "province": ["name": "TP. Hồ Chí Minh"]])
        let source = """
            {{province.name}} / {{district.name}}
            {{#district.wards}}
            - {{name}} ({{households}} hộ){{#cleared}} ✓{{/cleared}}{{^cleared}} …{{/cleared}}, {{district.name}}
            {{/district.wards}}

            """
        let expected = """
            TP. Hồ Chí Minh / Quận 1
            - Phường Bến Nghé (1200 hộ) ✓, Quận 1
            - Phường Đa Kao (950 hộ) …, Quận 1

            """
        XCTAssertEqual(try render(source, context), expected)
    }

    func testNumbersAndBooleans() throws {
        let context: MustacheValue = ["a": 12.0, "b": 1.5, "c": -3, "d": true, "e": nil]
        XCTAssertEqual(try render("{{a}} {{b}} {{c}} {{d}} [{{e}}]", context), "12 1.5 -3 true []")
    }

    func testEmptyStringIsFalseyButZeroIsNot() throws {
        let source = "{{#phone}}ĐT: {{phone}}{{/phone}}{{^phone}}-{{/phone}} {{#count}}{{count}} ca{{/count}}"
        XCTAssertEqual(try render(source, ["phone": "", "count": 0]), "- 0 ca")
        XCTAssertEqual(try render(source, ["phone": "0901", "count": 2]), "ĐT: 0901 2 ca")
    }

    func testRecursivePartialOverFiniteData() throws {
        let tree: MustacheValue = ["name": "Tỉnh", "children": [
            ["name": "Huyện A", "children": [["name": "Xã A1", "children": []]]],
            ["name": "Huyện B", "children": []],
        ]]
        let node = "{{name}}{{#children}}[{{>node}}]{{/children}}"
        XCTAssertEqual(
            try render("{{>node}}", tree, partials: ["node": node]),
            "Tỉnh[Huyện A[Xã A1]][Huyện B]")
    }

    func testEndlessSelfInclusionIsAnErrorInsteadOfACrash() throws {
        let template = try MustacheTemplate(source: "{{>loop}}", name: "page")
        let partials = try MustachePartials(sources: ["loop": "x\n {{>loop}}", "layout": "{{<layout}}{{/layout}}"])
        // Worker threads have much smaller stacks than the main thread; the pipeline renders there.
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            do throws(MustacheError) {
                let output = try template.render([:], partials: partials)
                XCTFail("rendered \(output.count) characters")
            } catch {
                XCTAssertEqual([error.templateName, "\(error.line):\(error.column)"], ["loop", "2:2"])
                XCTAssertEqual(error.en.hasPrefix("templates nest too deeply: more than 200 levels"), true, "\(error)")
            }
            XCTAssertNil(try? MustacheTemplate(source: "{{<layout}}{{/layout}}", name: "p").render([:], partials: partials))
        }
    }

    func testPartialIndentationAppliesToNestedStandalonePartials() throws {
        let partials = ["list": "<ul>\n  {{>item}}\n</ul>\n", "item": "<li>\n  {{.}}\n</li>\n"]
        let source = "<nav>\n  {{#items}}\n  {{>list}}\n  {{/items}}\n</nav>\n"
        let expected = "<nav>\n  <ul>\n    <li>\n      một\n    </li>\n  </ul>\n</nav>\n"
        XCTAssertEqual(try render(source, ["items": ["một"]], partials: partials), expected)
    }

    func testTemplateRendersTheSameFromManyThreads() throws {
        let template = try MustacheTemplate(source: "{{#rows}}{{n}},{{/rows}}", name: "rows")
        let context: MustacheValue = ["rows": .array((0..<50).map { .object(["n": .int($0)]) })]
        let expected = (0..<50).map { "\($0)," }.joined()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            XCTAssertEqual(try? template.render(context), expected)
        }
    }
}
