import Foundation
import SpiegelCore
import SpiegelReport
import SpiegelTestSupport
import Testing

@Suite("Report chrome in the instrument's language (Dutch), or English when asked")
struct ReportLanguageTests {
    let dutch = SessionReport(session: ReportScenario.session, ratings: ReportScenario.ratings(), instrument: ReportScenario.instrument)
    let english = SessionReport(
        session: ReportScenario.session, ratings: ReportScenario.ratings(), instrument: ReportScenario.instrument, language: .en)

    @Test("the language follows the instrument's xml:lang; English where Spiegel has no chrome in it")
    func languageOfInstrument() {
        #expect(ReportLanguage(instrumentLanguage: "nl") == .nl)
        #expect(ReportLanguage(instrumentLanguage: "nl-BE") == .nl)
        #expect(ReportLanguage(instrumentLanguage: "en-GB") == .en)
        #expect(ReportLanguage(instrumentLanguage: "fr") == .en)
        #expect(dutch.language == .nl && english.language == .en)
    }

    @Test("every label has a text in both languages", arguments: ReportLabel.allCases)
    func everyLabel(_ label: ReportLabel) {
        #expect(!label.dutch.isEmpty && !label.english.isEmpty)
    }

    @Test("the text report is Dutch: headings, column names, tendency, legend")
    func dutchText() {
        let text = dutch.text(evidence: true)
        for word in ["Samenvatting", "Sterke punten en werkpunten", "Waarnemingen", "Te bespreken", "gemiddelde", "onderschat", "zelf"] {
            #expect(text.contains(word), "\(word)")
        }
        for word in ["Summary", "Strong points", "Evidence", "under-estimates", "mean "] { #expect(!text.contains(word), "\(word)") }
        #expect(dutch.columns.map(\.heading) == ["zelf", "supervisor", "collega 1", "collega 2"])
        #expect(dutch.summary.selfVsSupervisor.tendency == "onderschat")
    }

    @Test("HTML and Markdown are Dutch through the templates; --lang en gives English")
    func templates() throws {
        let templates = try ReportTemplates(folder: ReportScenario.templates)
        let html = try templates.render(dutch, template: "report.html")
        #expect(html.contains("<html lang=\"nl\">"))
        for word in ["Sterke punten en werkpunten", ">Gemiddelde<", "Samenvatting", "mediaan collega", "Te bespreken"] {
            #expect(html.contains(word), "\(word)")
        }
        for word in ["Strong points", ">Mean<", "Summary", "over-estimates", "under-estimates"] { #expect(!html.contains(word), "\(word)") }
        let markdown = try templates.render(dutch, template: "report.md")
        #expect(markdown.contains("## Samenvatting") && markdown.contains("**Gemiddelde**") && !markdown.contains("Mean"))
        let inEnglish = try templates.render(english, template: "report.html")
        #expect(inEnglish.contains("<html lang=\"en\">") && inEnglish.contains("Strong points and work points"))
        #expect(english.text().contains("Summary") && english.summary.selfVsSupervisor.tendency == "under-estimates")
    }

    @Test("a school's own template can use the labels")
    func userTemplate() throws {
        let file = try Fixtures.temporaryFolder().appending(path: "verslag.md.mustache")
        try Data("{{labels.toDiscuss}}: {{#discussion}}{{item.number}} {{/discussion}}".utf8).write(to: file)
        let templates = try ReportTemplates(folder: ReportScenario.templates)
        #expect(
            try templates.render(dutch, templateBytes: try Fixtures.bytes(of: file), shownAs: "verslag.md.mustache") == "Te bespreken: 2 4 "
        )
    }

    @Test("the blank form is Dutch: rater code, roles, feedback, now and desired")
    func form() throws {
        let templates = try ReportTemplates(folder: ReportScenario.templates)
        let html = try templates.render(FormView(ReportScenario.instrument), template: "form.html")
        for word in ["Code beoordelaar", "Rol<", "Sterke punten (2)", "Werkpunt (1)", ">zelf<", ">collega<"] {
            #expect(html.contains(word), "\(word)")
        }
        #expect(!html.contains("Rater code") && !html.contains("Strong point"))
        let english = try templates.render(FormView(ReportScenario.instrument, chrome: .en), template: "form.md")
        #expect(english.contains("**Rater code**") && english.contains("Strong points (2)"))
    }
}
