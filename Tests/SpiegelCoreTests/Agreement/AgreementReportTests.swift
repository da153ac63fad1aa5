import SpiegelCore
import SpiegelTestSupport
import Testing

/// One line of `Tests/Fixtures/statistics/agreement_references.txt`.
struct AgreementReference: Sendable, CustomTestStringConvertible {
    let selection: String
    let scope: String
    let statistic: AgreementStatistic
    let variant: String
    let value: Double
    let n: Int

    init(_ selection: String, _ scope: String, _ statistic: AgreementStatistic, _ variant: String, _ value: Double, n: Int) {
        (self.selection, self.scope, self.statistic, self.variant, self.value, self.n) = (selection, scope, statistic, variant, value, n)
    }

    var testDescription: String { "\(selection) \(scope) \(statistic.rawValue) \(variant)" }

    static let all = selfSupervisor + otherSelections
}

@Suite("Agreement report")
struct AgreementReportTests {
    static let selections: [String: AgreementSelection] = [
        "self-supervisor": .selfAndSupervisor, "self-peer": try! .roles("self", "peer"),
        "S1-P1": try! .raters("S1", "P1"), "all": .allRaters,
    ]

    /// The corpus plus one session made with another version of the instrument.
    static func report(_ selection: AgreementSelection) throws -> AgreementReport {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let sessions = AgreementTestCorpus.sessions(instrument) + [AgreementTestCorpus.otherVersion(instrument)]
        return AgreementReport(instrument: instrument, sessions: sessions, selection: selection)
    }

    @Test("every figure equals the Python reference tools on the same data", arguments: ["self-supervisor", "self-peer", "S1-P1", "all"])
    func references(_ name: String) throws {
        let report = try Self.report(Self.selections[name]!)
        let references = AgreementReference.all.filter { $0.selection == name }
        #expect(!references.isEmpty)
        for reference in references {
            let row = try #require(report.rows.first { AgreementTestCorpus.key($0.scope) == reference.scope }, "\(reference)")
            let figure = try #require(row.figure(reference.statistic, reference.variant), "\(reference)")
            let value = try #require(figure.value, "\(reference): \(figure.reason ?? "")")
            #expect(abs(value - reference.value) <= 1e-9, "\(reference): \(value) vs \(reference.value)")
            #expect(figure.n == reference.n, "\(reference)")
        }
    }

    @Test("every defined figure of a fully referenced selection is checked", arguments: ["self-supervisor", "all"])
    func coverage(_ name: String) throws {
        let report = try Self.report(Self.selections[name]!)
        let defined = report.rows.flatMap(\.figures).filter { $0.value != nil }
        #expect(defined.count == AgreementReference.all.filter { $0.selection == name }.count)
    }

    @Test("a session of another instrument version is skipped and counted")
    func otherVersion() throws {
        let report = try Self.report(.selfAndSupervisor)
        #expect(report.sessions == 8)
        #expect(report.skippedOtherInstrument == 1)
        #expect(report.raterColumns == ["self", "supervisor"])
    }

    @Test("rows in form order: items, section, …, overall, then the ICC rows; labels from the form")
    func rowOrder() throws {
        let report = try Self.report(.selfAndSupervisor)
        let items = { (range: ClosedRange<Int>) in range.map { "item:\($0)" } }
        let expected =
            items(1...7) + ["section:I"] + items(8...12) + ["section:II"] + items(13...14) + ["section:III", "overall"]
            + ["score:I", "score:II", "score:III", "total"]
        #expect(report.rows.map { AgreementTestCorpus.key($0.scope) } == expected)
        #expect(report.rows[0].label == "1. De coach luistert goed en is geduldig")
        #expect(report.rows[7].label == "I. RELATIE OPBOUWEN / VEILIGE LEEROMGEVING CREËREN")
        #expect(report.row(.overall)?.label == "Reflectie op coachgesprekken School2Care")
        #expect(report.rows.map(\.figures.count) == Array(repeating: 8, count: 18) + Array(repeating: 3, count: 4))
        #expect(report.row(.totalScore)?.figures.map(\.variant) == ["ICC(1,1)", "ICC(2,1)", "ICC(3,1)"])
    }

    @Test("units: sessions per item, session-items pooled, counted where a compared rater gave a value")
    func units() throws {
        let report = try Self.report(.selfAndSupervisor)
        // Item 1, self/supervisor: sessions 1, 3, 5 (no supervisor), 6, 7, 8 hold a value;
        // session 2 has '-'/'n', session 4 'n'/'n'.
        let first = try #require(report.rows.first)
        #expect(first.unitKind == .sessions)
        #expect(first.units == 6)
        #expect(report.row(.section("I"))?.unitKind == .sessionItems)
        #expect(report.row(.totalScore)?.units == 8)
    }

    @Test("all raters: one column per role slot; pairwise statistics are not computed, with the reason")
    func allRaters() throws {
        let report = try Self.report(.allRaters)
        #expect(report.raterColumns == ["self", "peer 1", "peer 2", "supervisor"])
        for row in report.rows where !row.isScoreRow {
            let pairwise = row.figures.filter { [.percentAgreement, .cohensKappa].contains($0.statistic) }
            #expect(pairwise.count == 5)
            for figure in pairwise {
                #expect(figure.value == nil && figure.n == 0 && figure.result == nil)
                #expect(figure.reason == "pairwise statistic: choose two roles or two raters")
            }
        }
    }

    @Test("several raters in one role: the first by rater code is compared")
    func firstByRaterCode() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let sessions = Array(AgreementTestCorpus.sessions(instrument)[2...2])  // session 3: peers P2 (listed first) and P1
        let byRole = AgreementReport(instrument: instrument, sessions: sessions, selection: try .roles("self", "peer"))
        let byCode = AgreementReport(instrument: instrument, sessions: sessions, selection: try .raters("C1", "P1"))
        #expect(byRole.rows.map(\.figures) == byCode.rows.map(\.figures))
        let second = AgreementReport(instrument: instrument, sessions: sessions, selection: try .raters("C1", "P2"))
        #expect(byRole.rows.map(\.figures) != second.rows.map(\.figures))
    }

    @Test("a role or a rater compared with itself is no pair and is refused")
    func samePairRefused() {
        #expect(throws: AgreementSelectionError.sameRoleTwice("self")) { try AgreementSelection.roles("self", "self") }
        #expect(throws: AgreementSelectionError.sameRoleTwice("peer")) { try AgreementSelection(.roles("peer", "peer")) }
        #expect(throws: AgreementSelectionError.sameRaterTwice("S1")) { try AgreementSelection.raters("S1", "S1") }
        #expect(throws: Never.self) { try AgreementSelection.roles("self", "peer") }
    }

    @Test(
        "empty input: every figure undefined with a reason, never NaN",
        arguments: [AgreementSelection.selfAndSupervisor, .allRaters])
    func empty(_ selection: AgreementSelection) throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let report = AgreementReport(instrument: instrument, sessions: [], selection: selection)
        #expect(report.rows.count == 22)
        #expect(report.sessions == 0 && report.skippedOtherInstrument == 0)
        for figure in report.rows.flatMap(\.figures) {
            #expect(figure.value == nil)
            #expect(figure.reason != nil)
        }
        #expect(report.row(.overall)?.figure(.krippendorffAlpha, "ordinal")?.result?.undefinedReason == .noRatings)
    }
}
