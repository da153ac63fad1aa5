import Foundation
import SpiegelCore
import SpiegelReport
import SpiegelTestSupport
import Testing

/// The blank, printable form: its view model, and both of Spiegel's templates laid out over it.
@Suite("Printable form view model and its templates")
struct FormViewTests {
    static let templates = try! ReportTemplates(folder: Fixtures.repository.appending(path: "Templates"))

    /// The instrument with every kind of item and texts that Markdown and HTML must escape.
    static func everyKind() throws -> Instrument {
        let url = Fixtures.fixture("forms/every-kind.xml")
        let result = Fixtures.loader.load(try Fixtures.bytes(of: url), source: "every-kind.xml")
        return try #require(result.instrument, "\(result.diagnostics)")
    }

    static func render(_ instrument: Instrument) throws -> (html: String, markdown: String) {
        let form = FormView(instrument)
        return (try templates.render(form, template: "form.html"), try templates.render(form, template: "form.md"))
    }

    @Test("every item and indicator appears verbatim and in form order, in HTML and Markdown", arguments: Fixtures.bundledInstrumentNames)
    func everyTextInOrder(name: String) throws {
        let instrument = try Fixtures.bundled(name)
        let (html, markdown) = try Self.render(instrument)
        var texts: [String] = []
        for item in instrument.items {
            texts.append(item.prompt.original)
            texts += item.indicators.map(\.label.original)
        }
        #expect(texts.count >= 20)
        expectInOrder(texts.map(Self.htmlEscaped), in: html, name)
        expectInOrder(texts.map(Self.markdownEscaped), in: markdown, name)
    }

    @Test("School2Care: every factor and indicator of the seed's paper form appears, in order")
    func school2careAgainstSeed() throws {
        let (html, markdown) = try Self.render(try Fixtures.bundled("school2care-reflectie.xml"))
        let seed = try SeedForms.school2care()
        let texts = seed.flatMap { section in [section.section] + section.factors.flatMap { [$0.title] + $0.indicators } }
        #expect(texts.count == 3 + 14 + 55)
        expectInOrder(texts, in: html, "html")
        expectInOrder(texts, in: markdown, "markdown")
        for factor in seed.flatMap(\.factors) {
            #expect(html.contains("<span class=\"num\">\(factor.number).</span><span class=\"prompt\">\(factor.title)"))
            #expect(markdown.contains("### \(factor.number). \(factor.title)\n"))
        }
    }

    @Test("Observatielijst: every question of Bijlage 11 appears, in order, with ja and nee")
    func observationListAgainstSeed() throws {
        let (html, markdown) = try Self.render(try Fixtures.bundled("observatielijst-coachingsgesprekken.xml"))
        let seed = try SeedForms.observationList()
        expectInOrder(seed.pupil + seed.teacher, in: html, "html")
        expectInOrder(seed.pupil + seed.teacher, in: markdown, "markdown")
        #expect(markdown.contains("- Wordt er gebruik gemaakt van een agenda? (ll1) ☐ ja ☐ nee\n"))
        #expect(markdown.contains("- Is het een sturend of coachend gesprek? (lk4) ☐ sturend ☐ coachend\n"))
    }

    @Test("one box per scale level and n.v.t., with the level's value and label")
    func boxesPerLevel() throws {
        let form = FormView(try Fixtures.bundled("school2care-reflectie.xml"))
        let items = form.sections.flatMap(\.items)
        #expect(items.count == 14)
        for item in items {
            #expect(item.boxes.map(\.mark) == ["1", "2", "3", ""])
            #expect(item.boxes.map(\.label.text) == ["Verdient aandacht", "Acceptabel", "Goed", "n.v.t."])
            #expect(item.boxes.map(\.code) == ["1", "2", "3", "nvt"])
            #expect(item.boxes.last?.isNotApplicable == true)
        }
        #expect(form.scales.map(\.id) == ["drie"])
        #expect(form.roles.map(\.code) == ["self", "peer", "supervisor"])
    }

    @Test("the rendered boxes are exactly the model's: answers, number marks and roles", arguments: Fixtures.bundledInstrumentNames)
    func renderedBoxes(name: String) throws {
        let instrument = try Fixtures.bundled(name)
        let form = FormView(instrument)
        let items = form.sections.flatMap(\.items)
        let expected = items.map { $0.boxes.count + $0.numberRows.map(\.marks.count).reduce(0, +) }.reduce(0, +) + form.roles.count
        for item in instrument.items {
            guard let scale = item.scaleID.flatMap(instrument.scale) else { continue }
            let block = try #require(items.first { $0.id == item.id.rawValue })
            #expect(block.boxes.count == scale.levels.count + scale.notApplicable.count)
        }
        let (html, markdown) = try Self.render(instrument)
        #expect(html.components(separatedBy: "<span class=\"box\"></span>").count - 1 == expected)
        #expect(markdown.components(separatedBy: "☐").count - 1 == expected)
    }

    @Test("check, choice, number and text items; hints; feedback lines")
    func everyKindOfItem() throws {
        let form = FormView(try Self.everyKind())
        let items = form.sections[0].items
        #expect(items.map(\.kind) == ["rating", "check", "choice", "number", "number", "text"])
        #expect(items[0].hints.map(\.text) == ["Een hint bij het item"] && items[0].hints[0].translation == "A hint for the item")
        #expect(items[1].boxes.map(\.code) == ["ja", "nee", "nvt"] && items[1].isCompact)
        #expect(items[2].boxes.map(\.label.text) == ["klassikale instructie", "groepswerk", "zelfstandig werk", "anders"])
        #expect(!items[2].isCompact)
        #expect(items[3].numberRows.map(\.label) == ["nu", "gewenst"])
        #expect(items[3].numberRows[0].marks.map(\.mark) == (0...10).map(String.init))
        #expect(items[4].numberRows.count == 1 && !items[4].numberRows[0].hasMarks)
        #expect(items[4].numberRows[0].range == "0–100, stap 0.5")
        #expect(FormView(try Self.everyKind(), chrome: .en).sections[0].items[4].numberRows[0].range == "0–100, step 0.5")
        #expect(items[5].writingLines.count == 3)
        #expect(form.feedback.strengths.heading == "Sterke punten (3)" && form.feedback.strengths.lines.count == 3)
        #expect(form.feedback.workPoints.heading == "Werkpunten (2)" && form.feedback.workPoints.lines.count == 2)
        #expect(form.roles.map(\.label.text) == ["zelf", "collega", "supervisor", "gecoachte"])
        let school2care = FormView(try Fixtures.bundled("school2care-reflectie.xml"))
        #expect(school2care.feedback.strengths.heading == "Sterke punten (2)")
        #expect(school2care.feedback.workPoints.heading == "Werkpunt (1)")
    }

    @Test("translations are secondary text, never in place of the original, and can be left out")
    func translations() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let form = FormView(instrument)
        let first = try #require(form.sections.first?.items.first)
        #expect(first.prompt.text == "De coach luistert goed en is geduldig")
        #expect(first.prompt.translation == "The coach listens well and is patient" && first.prompt.hasTranslation)
        // An indicator without a translation must not borrow its item's (Mustache looks up a missing name in the parent).
        #expect(first.indicators.allSatisfy { !$0.label.hasTranslation })
        let (html, markdown) = try Self.render(instrument)
        #expect(html.contains("<span class=\"tr\" lang=\"en\"><br>The coach listens well and is patient</span>"))
        #expect(markdown.contains("*The coach listens well and is patient*"))
        #expect(html.components(separatedBy: "The coach listens well and is patient").count == 2)
        let dutchOnly = FormView(instrument, translationLanguage: nil)
        let plain = try Self.templates.render(dutchOnly, template: "form.html")
        #expect(!plain.contains("The coach listens well") && !plain.contains("class=\"tr\""))
        #expect(plain.contains("De coach luistert goed en is geduldig"))
    }

    @Test("the HTML is one self-contained file: no network, no external script, style or font", arguments: Fixtures.bundledInstrumentNames)
    func selfContained(name: String) throws {
        let (html, _) = try Self.render(try Fixtures.bundled(name))
        for forbidden in ["http://", "https://", "<script", "<link", "@import", "url(", "@font-face", "<img", "<iframe"] {
            #expect(!html.contains(forbidden), "\(name) contains \(forbidden)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("break-inside: avoid; page-break-inside: avoid;"))
    }

    @Test("texts are escaped: HTML cannot be injected, Markdown cannot be formatted by an instrument")
    func escaping() throws {
        let (html, markdown) = try Self.render(try Self.everyKind())
        #expect(html.contains("<h1>Alle soorten | *vet* &amp; &lt;script&gt;</h1>"))
        #expect(html.contains("Een item met # en `code` en &lt;b&gt;"))
        #expect(!html.contains("<script>") && !html.contains("en <b>"))
        #expect(markdown.hasPrefix("# Alle soorten \\| \\*vet\\* & &lt;script&gt;\n"))
        #expect(markdown.contains("## Zonder nummer\\_en \\[haken\\]\n"))
        #expect(markdown.contains("### 1. Een item met \\# en \\`code\\` en &lt;b&gt; (r1)\n"))
        #expect(markdown.contains("- Indicator met \\\\ backslash en \\_laag\\_\n"))
        let school2care = try Self.render(try Fixtures.bundled("school2care-reflectie.xml")).markdown
        #expect(school2care.contains("**Naam\\* coach** ……"))
    }

    @Test("the view model encodes as JSON with every text")
    func json() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(FormView(try Fixtures.bundled("kijkwijzer-vlekjesmethode.xml")))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"title\":{\"hasTranslation\":true,\"text\":\"Kijkwijzer vlekjesmethode\""))
        #expect(text.contains("De leerkracht ziet wat er in de hele klas gebeurt en merkt op wie hulp nodig heeft."))
    }

    // MARK: Helpers

    /// Expects every text in `html` or `markdown`, each after the one before.
    private func expectInOrder(
        _ texts: [String], in output: String, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        var rest = output[...]
        for text in texts {
            guard let range = rest.range(of: text) else {
                Issue.record("\(what): '\(text)' missing or out of order", sourceLocation: sourceLocation)
                continue
            }
            rest = rest[range.upperBound...]
        }
    }

    /// What Mustache's HTML escaping makes of a text.
    static func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    /// What Spiegel's Markdown content type makes of a text.
    static func markdownEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "[", "]", "#": escaped += "\\\(character)"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
