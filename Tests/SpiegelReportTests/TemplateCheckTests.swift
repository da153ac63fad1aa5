import Foundation
import SpiegelCore
import SpiegelReport
import SpiegelTestSupport
import Testing

/// A user's template is checked against the view model before it is rendered: no value dumps,
/// no silent typos, partials only from its own folder or Spiegel's, no cycles.
@Suite("A user's template is checked before it is rendered")
struct TemplateCheckTests {
    let report = SessionReport(session: ReportScenario.session, ratings: ReportScenario.ratings(), instrument: ReportScenario.instrument)
    let folder: URL

    init() throws { folder = try Fixtures.temporaryFolder() }

    /// Writes the templates (`name: text`) into the folder and renders the report with the first.
    func render(_ files: KeyValuePairs<String, String>) throws(TemplateError) -> String {
        for (name, text) in files { try? Data(text.utf8).write(to: folder.appending(path: name + ".mustache")) }
        let first = files.first?.key ?? ""
        let templates: ReportTemplates
        do { templates = try ReportTemplates(folder: ReportScenario.templates) } catch { throw error }
        return try templates.render(report, templateFile: folder.appending(path: first + ".mustache"), shownAs: first + ".mustache")
    }

    @Test(
        "refused with the file, line and tag",
        arguments: [
            ("{{% CONTENT_TYPE: TEXT}}x\n{{{summary}}}", "mijn.mustache:2: {{{summary}}}: names an object, not a text"),
            ("{{instrument}}", "mijn.mustache:1: {{instrument}}: names an object, not a text"),
            ("{{&columns}}", "{{{columns}}}: names a list, not a text"),
            ("\n\n{{titel}}", "mijn.mustache:3: {{titel}}: the report's data have no 'titel' here; its fields: language, labels"),
            ("{{summary.flaged}}", "{{summary.flaged}}: 'flaged' is not a field of 'summary'; its fields: selfVsSupervisor"),
            ("{{#discussion}}{{item.nummer}}{{/discussion}}", "'nummer' is not a field of 'item'"),
            ("{{> ../geheim}}", "{{> ../geheim}}: a partial is named by its file name without .mustache"),
            ("{{> /etc/passwd}}", "{{> /etc/passwd}}: a partial is named by its file name"),
            ("{{> nergens}}", "{{> nergens}}: no template 'nergens.mustache' in the template's folder or in Spiegel's Templates"),
            ("a\n{{> mijn}}", "mijn.mustache:2: {{> mijn}}: the partials include each other in a cycle: mijn → mijn"),
            ("{{=<% %>=}}<% instrument %>", "{{instrument}}: names an object"),
            ("{{#columns}}{{.}}{{/columns}}", "{{.}}: names an object, not a text"),
        ])
    func refused(template: String, message: String) throws {
        #expect {
            try render(["mijn": template])
        } throws: { error in
            (error as? TemplateError)?.description.contains(message) == true
        }
    }

    @Test("partials that include each other are refused, naming the cycle")
    func cycle() throws {
        #expect {
            try render(["mijn": "{{> een}}", "een": "{{> twee}}", "twee": "x {{> een}}"])
        } throws: { error in
            (error as? TemplateError)?.description.hasSuffix(
                "twee.mustache:1: {{> een}}: the partials include each other in a cycle: een → twee → een") == true
        }
    }

    @Test("a template that uses fields, sections, labels, a partial of its folder and one of Spiegel's renders")
    func valid() throws {
        let text = try render([
            "mijn":
                "{{% CONTENT_TYPE: TEXT}}{{labels.toDiscuss}}: {{#discussion}}{{> punt}}{{/discussion}}{{^hasRatings}}geen{{/hasRatings}}",
            "punt": "{{item.number}} ",
        ])
        #expect(text == "Te bespreken: 2 4 ")
    }

    @Test("every one of Spiegel's report templates passes the check as a user's template, and renders the same")
    func bundledTemplatesPass() throws {
        let templates = try ReportTemplates(folder: ReportScenario.templates)
        for name in ["report.html", "report.md"] {
            let copy = folder.appending(path: "kopie-\(name).mustache")
            try FileManager.default.copyItem(at: ReportScenario.templates.appending(path: name + ".mustache"), to: copy)
            #expect(try templates.render(report, templateFile: copy, shownAs: name) == templates.render(report, template: name))
        }
    }
}
