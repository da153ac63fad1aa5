import Foundation
import SpiegelTestSupport
import Testing

/// compare, agreement and history, run with the built binary on a store made with the CLI.
///
/// Two School2Care sessions of coach C07:
/// - session 1 (2026-09-01, J112): self all 2; supervisor S01 all 2 but item 1 = 3; peer P01 all 2, item 2 = 1; peer P02 all 3.
/// - session 2 (2026-10-06, J112): self all 3 but item 7 n.v.t.; supervisor S01 all 3.
/// Self vs supervisor over both: 14 + 13 = 27 items with both values, 26 equal (96.3%).
@Suite("compare, agreement and history (end to end)")
struct EngineCommandTests: CLIWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        (folder, environment) = try Self.freshWorkspace()
        try makeTwoSessions()
    }

    func json(_ run: SpiegelBinary.Run) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test("compare prints every rater per item, the flags, the means and the summary in 80 columns")
    func compareText() throws {
        let run = try spiegel("compare", "1")
        #expect(run.stdout.contains("beoordelaars: zelf = C07, sup = supervisor S01, coll1 = collega P01, coll2 =\n  collega P02"))
        #expect(run.stdout.contains("   1. De coach luistert goed en i…     2     3      2      3   2.5     -1   -0.5"))
        // Item 2: 2, 2, 1, 3: spread 2 reaches the threshold of the scale.
        #expect(run.stdout.contains("!  2. De coach is betrokken en em…     2     2      1      3     2      0      0"))
        #expect(run.stdout.contains("zelf tegenover supervisor: 14 items; exact gelijk 92.9%, hooguit één verschil"))
        #expect(run.stdout.contains("-0.07 (zelf onderschat)"))
        #expect(run.stdout.contains("1 van de 14 items te bespreken"))
        for line in run.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test("compare as JSON, CSV and Markdown; a focus profile restricts the items")
    func compareFormats() throws {
        let object = try json(try spiegel("compare", "1", "--format", "json"))
        let summary = try #require((object["summary"] as? [String: Any])?["selfVsSupervisor"] as? [String: Any])
        #expect(summary["n"] as? Int == 14)
        #expect(summary["meanSignedDifference"] as? Double == -1.0 / 14)
        let csv = try spiegel("compare", "1", "--format", "csv", "--delimiter", ";").stdout
        #expect(csv.hasPrefix("row;section;item;number;self (C07);supervisor (S01);peer 1 (P01);peer 2 (P02);peers_median;"))
        #expect(csv.contains("item;I;1;1;2;3;2;3;2.5;-1;-0.5;1;2;0;0\r\n"))
        let markdown = try spiegel("compare", "1", "--format", "md").stdout
        #expect(
            markdown.contains(
                "| | Item | zelf | supervisor | collega 1 | collega 2 | mediaan collega's | zelf − supervisor | zelf − collega's |"))
        let restricted = try json(try spiegel("compare", "1", "--profile", "eerste-fase", "--restrict", "--format", "json"))
        let sections = try #require(restricted["sections"] as? [[String: Any]])
        #expect(sections.map { $0["id"] as? String } == ["I", "III"])
        #expect(((sections[1]["items"] as? [[String: Any]])?.count) == 1)
    }

    @Test("agreement self vs supervisor: the numbers, named, with n; undefined figures say why")
    func agreement() throws {
        let object = try json(try spiegel("agreement", "--format", "json"))
        #expect(object["sessions"] as? Int == 2)
        let rows = try #require(object["itemRows"] as? [[String: Any]])
        let overall = try #require(rows.first { $0["scope"] as? String == "overall" })
        let figures = try #require(overall["figures"] as? [[String: Any]])
        #expect(figures[0]["statistic"] as? String == "percent agreement" && figures[0]["variant"] as? String == "exact")
        #expect(figures[0]["n"] as? Int == 27)
        #expect(abs((figures[0]["value"] as? Double ?? 0) - 26.0 / 27) < 1e-12)
        // Item 1: self 2, 3 against the supervisor's 3, 3: observed agreement 1/2 equals chance agreement, κ = 0.
        let first = try #require(rows.first?["figures"] as? [[String: Any]])
        #expect(first[2]["value"] as? Double == 0)
        // Item 7: self n.v.t. in session 2, so one pair (2, 2) remains: κ has no variance to work with.
        let seventh = try #require(rows[6]["figures"] as? [[String: Any]])
        #expect(seventh[2]["value"] is NSNull)
        #expect(seventh[2]["reason"] as? String == "geen spreiding: alle waarden zijn gelijk")
        #expect(seventh[2]["n"] as? Int == 1)
        let text = try spiegel("agreement").stdout
        #expect(text.contains("Overeenstemming, zelf vs supervisor"))
        #expect(text.contains("2 sessies met deze versie van het instrument; beoordelaarskolommen: zelf,\n  supervisor"))
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        let all = try spiegel("agreement", "--all-raters").stdout
        #expect(all.contains("beoordelaarskolommen: zelf,\n  collega 1, collega 2, supervisor"))
        #expect(all.contains("Procentuele overeenstemming en Cohens kappa vergelijken twee"))
        let csv = try spiegel("agreement", "--roles", "peer,supervisor", "--format", "csv").stdout
        #expect(csv.hasPrefix("scope,section,item,label,unit_kind,units,statistic,variant,n,count_kind,value,undefined_reason\r\n"))
        let markdown = try spiegel("agreement", "--format", "md").stdout
        #expect(markdown.contains("| Item of onderdeel | n | exact gelijk | hooguit één verschil | κ ongewogen |"))
    }

    @Test("history shows each role's means per session in date order, per pair, and the change")
    func history() throws {
        let text = try spiegel("history", "--coach", "C07").stdout
        #expect(text.contains("Ontwikkeling van coach C07"))
        #expect(text.contains("2026-09-01       1  J112     zelf        2.00  2.00  2.00   2.00"))
        #expect(text.contains("  zelf: 2.00 → 3.00 (+1.00) over 2 sessies"))
        let csv = try spiegel("history", "--coach", "C07", "--format", "csv").stdout
        // Peers in section I: P01 (2, 1, 2, 2, 2, 2, 2) has 13/7, P02 has 3; the role's mean is the mean of both.
        #expect(csv.contains("1,2026-09-01,J112,peer,\"P01,P02\",I,\((13.0 / 7 + 3) / 2)\r\n"))
        #expect(csv.contains("1,2026-09-01,J112,self,C07,overall,2\r\n"))
        let none = try spiegel("history", "--coach", "C99").stdout
        #expect(none.contains("Geen sessies van C99 met dit instrument."))
    }

    @Test("--template lays out the view model with the user's template; -o writes an owner-only file")
    func userTemplateAndOutput() throws {
        let template = folder.appending(path: "mine.mustache")
        try Data("{{% CONTENT_TYPE: TEXT}}{{#columns}}{{rater}} {{/columns}}| {{summary.flagged}} flagged\n".utf8).write(to: template)
        let run = try spiegel("compare", "1", "--template", template.path, "-o", "out.txt")
        #expect(run.stderr.contains("wrote out.txt"))
        let written = try String(contentsOf: folder.appending(path: "out.txt"), encoding: .utf8)
        #expect(written == "C07 S01 P01 P02 | 1 flagged\n")
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appending(path: "out.txt").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test(
        "wrong input: one clear line, a non-zero exit, nothing written",
        arguments: [
            (["compare", "9"], "there is no session 9"),
            (
                ["compare", "1", "--profile", "tweede-fase"],
                "'tweede-fase' is not a focus profile of school2care-reflectie: expected one of eerste-fase"
            ),
            (["compare", "1", "--restrict"], "--restrict needs --profile ID"),
            (["compare", "1", "--format", "pdf"], "'pdf'"),
            (["compare", "1", "--template", "weg.mustache"], "--template weg.mustache: no such file"),
            (["agreement", "--roles", "self"], "'self' is not a pair"),
            (["agreement", "--roles", "self,moeder"], "'moeder' is not a role of school2care-reflectie"),
            (["agreement", "--roles", "moeder,moeder"], "--roles names 'moeder' twice: give two different roles"),
            (["agreement", "--roles", "self,self"], "--roles names 'self' twice: give two different roles, e.g. self,supervisor"),
            (["agreement", "--roles", "peer, peer"], "--roles names 'peer' twice"),
            (["agreement", "--raters", "S01,S01"], "--raters names 'S01' twice: give two different rater codes"),
            (["agreement", "--raters", "C07,Jan de Vries"], "is not a rater code"),
            (["agreement", "--roles", "self,peer", "--all-raters"], "choose one of --roles, --raters and --all-raters"),
            (
                ["agreement", "--instrument", "kijkwijzer-vlekjesmethode"],
                "no session uses instrument 'kijkwijzer-vlekjesmethode'; the store holds: school2care-reflectie"
            ),
            (["agreement", "--from", "1-9-2026"], "'1-9-2026' is not a date: expected a day as yyyy-mm-dd from 1900-01-01"),
            (["history", "--coach", "Jan de Vries"], "'Jan de Vries' is not a rater code"),
            (["history", "--coach", "C07", "--pair-field", "naam"], "--pair-field 'naam' is not a header field of school2care-reflectie"),
        ])
    func refusals(arguments: [String], message: String) throws {
        let run = try SpiegelBinary.run(arguments + ["-o", "out.txt"], in: folder, environment: environment)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "out.txt").path))
    }

    @Test("a broken template is named with its line and column")
    func brokenTemplate() throws {
        let template = folder.appending(path: "broken.mustache")
        try Data("line one\n{{#sections}}\n{{/items}}\n".utf8).write(to: template)
        let run = try spiegel("compare", "1", "--template", "broken.mustache", expect: 1)
        #expect(run.stderr.contains("broken.mustache:3:"), "\(run.stderr)")
    }

    @Test("sessions of two instruments: agreement takes the one with ratings for the roles, and asks when both have them")
    func severalInstruments() throws {
        try spiegel("session", "create", "kijkwijzer-vlekjesmethode", "leerkracht=L04")
        #expect(try spiegel("agreement").stdout.contains("Reflectie op coachgesprekken School2Care"))
        try spiegel("score", "--session", "3", "--rater", "L04", "--role", "self", "l1=2", "l2=3")
        try spiegel("score", "--session", "3", "--rater", "S01", "--role", "supervisor", "l1=2", "l2=2")
        let run = try spiegel("agreement", expect: 1)
        #expect(
            run.stderr.contains(
                "the sessions use several instruments: kijkwijzer-vlekjesmethode (1 session, 1 with ratings in the roles self and supervisor); "
                    + "school2care-reflectie (2 sessions, 2 with ratings in the roles self and supervisor); choose one with --instrument ID"
            ),
            "\(run.stderr)")
        try spiegel("agreement", "--instrument", "school2care-reflectie")
    }
}
