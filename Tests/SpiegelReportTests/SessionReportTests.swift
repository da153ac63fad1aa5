import Foundation
import SpiegelCore
import SpiegelReport
import SpiegelTestSupport
import Testing

@Suite("Session report view model and its formats")
struct SessionReportTests {
    let report = SessionReport(session: ReportScenario.session, ratings: ReportScenario.ratings(), instrument: ReportScenario.instrument)

    @Test("columns: self, supervisor, then peers by code, numbered within their role")
    func columns() {
        #expect(report.columns.map(\.heading) == ["zelf", "supervisor", "collega 1", "collega 2"])
        #expect(report.columns.map(\.short) == ["zelf", "sup", "coll1", "coll2"])
        #expect(report.columns.map(\.id) == ["self", "supervisor", "peer 1", "peer 2"])
        #expect(report.columns.map(\.rater) == ["C07", "S01", "P01", "P02"])
    }

    @Test("item rows: answers as typed, the peers' median, signed differences and the flag")
    func itemRows() throws {
        let rows = report.sections[0].items
        #expect(rows[0].cells.map(\.text) == ["3", "2", "2", "3"])
        #expect(rows[0].peersMedian.text == "2.5" && rows[0].peersMedian.value == 2.5)
        #expect(rows[0].selfMinusSupervisor.text == "+1")
        #expect(rows[0].selfMinusPeersMedian.text == "+0.5")
        #expect(!rows[0].isFlagged)
        #expect(rows[1].isFlagged && rows[1].spread.text == "2" && rows[1].threshold.text == "2")
        #expect(rows[1].selfMinusSupervisor.text == "-2")
        #expect(rows[2].cells[0].isNotApplicable && rows[2].cells[0].text == "nvt" && rows[2].selfMinusSupervisor.value == nil)
        #expect(rows[3].cells[1].isMissing && rows[3].cells[1].text == "")
    }

    @Test("means per column, the summary and the tendency")
    func meansAndSummary() {
        // Section I (items 1–7): self scores 3, 1, 2, 2, 2, 2 (item 3 n.v.t.): 12 / 6.
        let first = report.sections[0].means.means[0]
        #expect(first.mean.text == "2.00" && first.scored == 6)
        // Self − supervisor on items 1, 2, 5–14 (3 n.v.t. for self, 4 unscored by S01): +1, −2, 0 × 10.
        let pair = report.summary.selfVsSupervisor
        #expect(pair.n == 12)
        #expect(pair.exactAgreement.text == "83.3%")
        #expect(pair.withinOneAgreement.text == "91.7%")
        #expect(pair.meanSignedDifference.value == -1.0 / 12 && pair.meanSignedDifference.text == "-0.08")
        #expect(pair.tendency == "onderschat")
        // Item 2 (1, 3, 2, 2) and item 4 (2, –, 3, 1) have a spread of 2.
        #expect(report.summary.flagged == 2 && report.summary.compared == 14)
    }

    @Test("feedback: the supervisor's own choice is explicit, the rest is derived")
    func feedback() {
        let supervisor = report.feedback[1]
        #expect(supervisor.column.heading == "supervisor" && report.feedback[0].column.heading == "zelf")
        #expect(supervisor.strengths.map(\.source) == ["explicit", "derived"])
        #expect(supervisor.strengths[0].item.label == "2. De coach is betrokken en empathisch")
        #expect(supervisor.workPoints.map(\.item.id) == ["1"])
    }

    @Test("evidence in time order; at the same moment, in column order")
    func evidence() {
        #expect(report.evidence.map(\.id) == ["s2", "s1", "v1"])
        #expect(report.evidence[0].start == "01:30" && report.evidence[0].startSeconds == 90)
        #expect(report.evidence[2].end == "12:40" && report.evidence[2].column == "supervisor")
    }

    @Test("the header shows codes, numbers and dates, never the free-text goal (it may hold a name)")
    func headerCodesOnly() throws {
        #expect(report.session.header.map(\.field) == ["coach", "jongere", "gesprek"])
        let outputs = [
            report.text(evidence: true), try json(), report.table.csv(),
            try ReportTemplates(folder: ReportScenario.templates).render(report, template: "compare.md"),
        ]
        for output in outputs { #expect(!output.contains("Jan de Vries")) }
    }

    @Test("text fits 80 columns and has colour only when asked")
    func textWidth() {
        let plain = report.text(evidence: true)
        for line in plain.split(separator: "\n") { #expect(line.count <= 80, "\(line.count): \(line)") }
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("!  2. De coach is betrokken en em…     1     3      2      2     2     -2     -1"))
        #expect(plain.contains("01:30 - zelf item 2: Onderbreekt | de *jongere*"))
        #expect(report.text(style: .colour).contains("\u{1B}[33m"))
    }

    @Test("JSON holds exact numbers and null where there is no value")
    func jsonNumbers() throws {
        let object = try JSONSerialization.jsonObject(with: Data(try json().utf8)) as! [String: Any]
        let sections = object["sections"] as! [[String: Any]]
        let rows = sections[0]["items"] as! [[String: Any]]
        #expect(rows[0]["peersMedian"] as? Double == 2.5)
        #expect(rows[2]["selfMinusSupervisor"] is NSNull)
        let summary = (object["summary"] as! [String: Any])["selfVsSupervisor"] as! [String: Any]
        #expect(summary["meanSignedDifference"] as? Double == -1.0 / 12)
    }

    @Test("CSV carries exact values, one row per item and per mean")
    func csv() {
        let table = report.table
        #expect(
            table.columns.prefix(8) == [
                "row", "section", "item", "number", "self (C07)", "supervisor (S01)", "peer 1 (P01)", "peer 2 (P02)",
            ])
        #expect(table.rows.count == 14 + 3 + 1)
        let overall = table.rows.last!
        #expect(overall[0] == "overall-mean")
        // Self: 3 + 1 + 2 (item 4) + 2 × 10 = 26 over 13 scored items; supervisor: 2 + 3 + 2 + 2 × 10 = 27 over 13.
        #expect(overall[4] == "2")
        #expect(overall[5] == String(27.0 / 13))
    }

    @Test("Markdown escapes what would break a table or start emphasis")
    func markdownEscaping() throws {
        let templates = try ReportTemplates(folder: ReportScenario.templates)
        let markdown = try templates.render(report, template: "compare.md")
        #expect(markdown.contains("| ⚑ | 2. De coach is betrokken en empathisch | 1 | 3 | 2 | 2 | 2 | -2 | -1 |"))
        #expect(markdown.contains("Beoordelaars: zelf = C07, supervisor = S01, collega 1 = P01, collega 2 = P02."))
        let escaped = try templates.render(
            report,
            templateBytes: try Fixtures.bytes(of: try userTemplate("{{% CONTENT_TYPE: MARKDOWN}}{{#evidence}}{{text}};{{/evidence}}")),
            shownAs: "t")
        #expect(escaped == "Onderbreekt \\| de \\*jongere\\*;Dus als ik het goed begrijp…;Vat samen;")
    }

    @Test("a broken user template is named with its line and column")
    func brokenTemplate() throws {
        let file = try Fixtures.bytes(of: try userTemplate("# Report\n{{#sections}}\n{{heading}}\n{{/items}}\n"))
        let templates = try ReportTemplates(folder: ReportScenario.templates)
        #expect(throws: TemplateError.self) { try templates.render(report, templateBytes: file, shownAs: "mine.mustache") }
        do {
            _ = try templates.render(report, templateBytes: file, shownAs: "mine.mustache")
        } catch {
            #expect(error.description.hasPrefix("mine.mustache:4:"))
            #expect(error.description.contains("closed with another name"))
        }
    }

    private func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    private func userTemplate(_ text: String) throws -> URL {
        let url = try Fixtures.temporaryFolder().appending(path: "mine.mustache")
        try Data(text.utf8).write(to: url)
        return url
    }
}
