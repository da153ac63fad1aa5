import Foundation
import SpiegelCore
import SpiegelReport
import SpiegelTestSupport
import Testing

@Suite("Session report layout: level colours, text answers, the discussion list, Markdown, terminal")
struct SessionReportLayoutTests {
    static let templates = try! ReportTemplates(folder: ReportScenario.templates)

    static let vlekjes = try! Fixtures.bundled("kijkwijzer-vlekjesmethode.xml")

    /// A Vlekjesmethode report by self and the supervisor: self writes `remark` under
    /// Opmerkingen and notes `text` about the first item.
    static func report(remark: String, evidence text: String = "Onderbreekt de jongere") -> SessionReport {
        let ratings = [("C01", "self"), ("S01", "supervisor")].enumerated().map { index, rater in
            var rating = Rating(rater: RaterCode(rater.0), role: RoleID(rater.1))
            rating.scores = vlekjes.items.enumerated().compactMap { position, item in
                switch item.kind {
                case .rating: Score(item: item.id, answer: .level(1 + (position + index) % 3))
                case .text: index == 0 ? Score(item: item.id, answer: .text(remark)) : nil
                default: nil
                }
            }
            return rating
        }
        var withEvidence = ratings
        withEvidence[0].evidence = [
            Evidence(id: "e1", start: VideoTime(milliseconds: 61_000), item: vlekjes.items[0].id, valence: .workPoint, text: text)
        ]
        return SessionReport(session: ReportScenario.session, ratings: withEvidence, instrument: vlekjes)
    }

    @Test("a scale's colours show as a dot with the level's label; the content hash ignores them")
    func levelColours() throws {
        let instrument = try Fixtures.bundled("kijkwijzer-vlekjesmethode.xml")
        let scale = try #require(instrument.scales.first)
        #expect(scale.levels.map(\.colour) == ["#c0392b", "#e67e22", "#27ae60"])
        var plain = instrument
        for index in plain.scales[0].levels.indices { plain.scales[0].levels[index].colour = nil }
        #expect(plain.contentHash == instrument.contentHash)
        let report = ReportGoldenTests.report(for: instrument)
        let cell = try #require(report.sections.first?.items.first?.cells.first)
        #expect(cell.colour != nil && cell.levelLabel?.hasSuffix("aanwezig") == true)
        let html = try Self.templates.render(report, template: "report.html")
        #expect(html.contains("<span class=\"dot\" style=\"background: #c0392b\"></span>rood: niet aanwezig"))
        let form = try Self.templates.render(FormView(instrument), template: "form.html")
        #expect(form.contains("<span class=\"dot\" style=\"background: #27ae60\"></span>"))
    }

    @Test("the instrument file: colour is #rrggbb or the file is refused, naming the value")
    func colourInTheFile() throws {
        let file = try Fixtures.text(of: Fixtures.repository.appending(path: "Instruments/kijkwijzer-vlekjesmethode.xml"))
        let read = Fixtures.load(xml: file)
        #expect(read.instrument?.scales.first?.levels.first?.colour == "#c0392b")
        let named = Fixtures.load(xml: file.replacingOccurrences(of: "colour=\"#c0392b\"", with: "colour=\"red\""))
        #expect(named.instrument == nil)
        #expect(named.diagnostics.contains { $0.description.contains("red") }, "\(named.diagnostics)")
        let none = Fixtures.load(xml: file.replacingOccurrences(of: ##" colour="#[0-9a-f]{6}""##, with: "", options: .regularExpression))
        #expect(none.instrument?.contentHash == read.instrument?.contentHash)
    }

    @Test("a colour that is not #rrggbb never reaches a style attribute")
    func hostileColour() throws {
        var instrument = try Fixtures.bundled("kijkwijzer-vlekjesmethode.xml")
        instrument.scales[0].levels[0].colour = "red;background:url(x)"
        let html = try Self.templates.render(ReportGoldenTests.report(for: instrument), template: "report.html")
        #expect(!html.contains("url(x)"))
    }

    @Test("a long text answer is shown whole: wrapped in text, spanning the row in HTML")
    func longTextAnswer() throws {
        let remark = "Ik vond het gesprek " + String(repeating: "erg leerzaam en soms lastig, ", count: 12) + "tot slot goed."
        let report = Self.report(remark: remark)
        let text = report.text()
        let joined = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(joined.contains(remark))
        for line in text.split(separator: "\n") { #expect(line.count <= 80) }
        #expect(!text.contains("Ik vond…"))
        let html = try Self.templates.render(report, template: "report.html")
        #expect(
            html.contains(
                "<td class=\"text-answers\" colspan=\"4\"><p class=\"text-item-label\">Opmerkingen</p><p><span class=\"who\">zelf:</span> \(remark)</p></td>"
            ))
    }

    @Test("the session report starts with the items to discuss, each with everyone's evidence")
    func discussionFirst() throws {
        let report = SessionReport(
            session: ReportScenario.session, ratings: ReportScenario.ratings(), instrument: ReportScenario.instrument)
        #expect(report.discussion.map(\.item.id) == ["2", "4"])
        #expect(report.discussion[0].evidence.map(\.id) == ["s2"] && !report.discussion[1].hasEvidence)
        let text = report.text(evidence: true)
        let discuss = try #require(text.range(of: "Te bespreken"))
        let firstSection = try #require(text.range(of: report.sections[0].heading))
        #expect(discuss.lowerBound < firstSection.lowerBound)
        #expect(text.contains("    01:30 - zelf: Onderbreekt | de *jongere*"))
        let html = try Self.templates.render(report, template: "report.html")
        let htmlDiscuss = try #require(html.range(of: "<h2>Te bespreken</h2>"))
        #expect(htmlDiscuss.lowerBound < html.range(of: "<h2>\(report.sections[0].heading)</h2>")!.lowerBound)
        let markdown = try Self.templates.render(report, template: "report.md")
        #expect(markdown.range(of: "## Te bespreken")!.lowerBound < markdown.range(of: "## I.")!.lowerBound)
    }

    @Test("Markdown escapes only what Markdown needs: quotes and apostrophes stay as typed")
    func markdownQuotes() throws {
        let report = Self.report(remark: "z'n \"eigen\" plan", evidence: "Zegt \"laat maar\" en z'n auto's")
        let markdown = try Self.templates.render(report, template: "report.md")
        #expect(!markdown.contains("&#39;") && !markdown.contains("&quot;"))
        #expect(markdown.contains("Zegt \"laat maar\" en z'n auto's"))
        let file = try Fixtures.temporaryFolder().appending(path: "eigen.md.mustache")
        try Data("{{#evidence}}{{text}};{{/evidence}}".utf8).write(to: file)
        let own = try Self.templates.render(report, templateBytes: try Fixtures.bytes(of: file), shownAs: "eigen.md.mustache")
        #expect(own.hasPrefix("Zegt \"laat maar\" en z'n auto's;"))
    }

    @Test("control and bidi characters typed in evidence and answers are escaped in the text report")
    func terminalEscapes() throws {
        let report = Self.report(remark: "ok\u{1B}[2Jweg", evidence: "rood\u{1B}[31m \u{202E}nietsdoen")
        let text = report.text(style: .colour, evidence: true)
        #expect(!text.contains("\u{1B}[31m") && !text.contains("\u{1B}[2J") && !text.contains("\u{202E}"))
        #expect(text.contains("rood\\u{1B}[31m \\u{202E}nietsdoen") && text.contains("ok\\u{1B}[2Jweg"))
    }

    @Test("HTML and Markdown show control and bidi characters as escapes; line breaks stay")
    func htmlEscapes() throws {
        let report = Self.report(remark: "eerste regel\ntweede \u{202E}regel", evidence: "rood\u{1B}[31m \u{202E}nietsdoen <b>")
        for template in ["report.html", "report.md"] {
            let output = try Self.templates.render(report, template: template)
            #expect(!output.contains("\u{202E}") && !output.contains("\u{1B}"), "\(template)")
            #expect(output.contains("rood\\u{1B}") && output.contains(" \\u{202E}nietsdoen &lt;b&gt;"), "\(template)")
        }
        let html = try Self.templates.render(report, template: "report.html")
        #expect(html.contains("eerste regel\ntweede \\u{202E}regel"))
    }

    @Test("print: a section's means are not repeated on every page; user text is isolated from bidi overrides")
    func printStyle() throws {
        let html = try Self.templates.render(ReportGoldenTests.report(for: ReportScenario.instrument), template: "report.html")
        let print = try #require(html.range(of: "@media print")).upperBound
        #expect(html[print...].contains("tfoot { display: table-row-group; }"))
        #expect(html.contains("unicode-bidi: isolate"))
    }
}
