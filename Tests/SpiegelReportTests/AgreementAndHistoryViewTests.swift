import Foundation
import SpiegelCore
import SpiegelReport
import SpiegelTestSupport
import Testing

@Suite("Agreement and history views")
struct AgreementAndHistoryViewTests {
    /// Three sessions of coach C07 (two with J112, one with J200); self and supervisor give
    /// every item the same value per session: 2, 2, then 3.
    func sessions() -> [(session: Session, ratings: [Rating])] {
        [(1, "2026-03-01", "J112", 2), (2, "2026-01-10", "J112", 2), (3, "2026-05-20", "J200", 3)].map { id, date, jongere, value in
            var session = ReportScenario.session
            session.id = SessionID(Int64(id))
            session.date = date
            session.header = [HeaderValue(field: "coach", value: "C07"), HeaderValue(field: "jongere", value: jongere)]
            let scores = ReportScenario.instrument.items.map { Score(item: $0.id, answer: .level(value)) }
            return (
                session, [Rating(rater: "C07", role: "self", scores: scores), Rating(rater: "S01", role: "supervisor", scores: scores)]
            )
        }
    }

    @Test("every figure names statistic, variant and n; an undefined one says why, with a mark to its note")
    func agreementFigures() throws {
        let instrument = ReportScenario.instrument
        let view = AgreementView(
            AgreementReport(instrument: instrument, sessions: sessions(), selection: .selfAndSupervisor), instrument: instrument)
        let first = view.itemRows[0]
        #expect(first.label == "1. De coach luistert goed en is geduldig")
        #expect(
            first.figures.map(\.variant) == ["exact", "within-one", "unweighted", "linear", "quadratic", "nominal", "ordinal", "interval"])
        #expect(first.figures[0].text == "100.0%" && first.figures[0].n == 3 && first.figures[0].countKind == "units")
        // Each item: both raters give 2, 2, 3 over three sessions: kappa is defined (two categories used).
        #expect(first.figures[2].value.value == 1 && first.figures[2].text == "1.000")
        // The ICC on section scores: perfect agreement.
        #expect(view.scoreRows.map(\.scope) == ["section-score", "section-score", "section-score", "total-score"])
        let json = String(decoding: try JSONEncoder().encode(view), as: UTF8.self)
        #expect(!json.contains("pairwiseN"))

        // One session only: every item's values are equal, kappa and alpha do not exist.
        let single = AgreementView(
            AgreementReport(instrument: instrument, sessions: Array(sessions().prefix(1)), selection: .selfAndSupervisor),
            instrument: instrument)
        let kappa = single.itemRows[0].figures[2]
        #expect(kappa.value.value == nil && kappa.reason == "geen spreiding: alle waarden zijn gelijk" && kappa.text == "—a")
        #expect(single.notes.first?.mark == "a" && single.notes.first?.reason == "geen spreiding: alle waarden zijn gelijk")
        #expect(single.text().contains("—a: geen spreiding: alle waarden zijn gelijk"))
        let csv = single.table.csv()
        #expect(csv.contains(",Cohen's kappa,unweighted,1,units,,geen spreiding: alle waarden zijn gelijk\r\n"))
        let english = AgreementView(
            AgreementReport(instrument: instrument, sessions: Array(sessions().prefix(1)), selection: .selfAndSupervisor),
            instrument: instrument, language: .en)
        #expect(english.notes.first?.reason == "no variance: all values equal" && english.selection == "self vs supervisor")
    }

    @Test("the Dutch agreement report words its selection, rater columns, notes and plots in Dutch")
    func dutchAgreement() throws {
        let instrument = ReportScenario.instrument
        let single = AgreementView(
            AgreementReport(instrument: instrument, sessions: Array(sessions().prefix(1)), selection: .selfAndSupervisor),
            instrument: instrument)
        #expect(single.selection == "zelf vs supervisor" && single.raterColumns == ["zelf", "supervisor"])
        let raters = AgreementView(
            AgreementReport(instrument: instrument, sessions: sessions(), selection: try .raters("C07", "S01")), instrument: instrument)
        #expect(raters.selection == "beoordelaar C07 vs beoordelaar S01")
        let html = try ReportTemplates(folder: ReportScenario.templates).render(single, template: "agreement.html")
        for english in ["no variance", "Sections and all items", "All items", "per row", "on an axis", "exact agreement", "not computed"] {
            #expect(!html.contains(english), "\(english)")
        }
        #expect(html.contains("Onderdelen en alle items") && html.contains("geen spreiding: alle waarden zijn gelijk"))
    }

    @Test(
        "every reason a statistic can be undefined has Dutch words of its own",
        arguments: [
            StatisticResult.UndefinedReason.noRatings, .tooFewRaters(found: 1), .tooFewRaters(found: 0), .noPairedUnits,
            .noPairableValues, .tooFewCompleteTargets(found: 1), .noVariance, .tooFewCategories(found: 1),
            .invalidCategories(.notFinite(.nan)), .invalidCategories(.listedTwice(2)), .valueOutsideCategories(5),
            .negativeRatioValue(-1), .zeroDenominator(formula: "MSR"), .notFinite,
        ])
    func dutchReasons(reason: StatisticResult.UndefinedReason) throws {
        let result = StatisticResult(statistic: .cohensKappa, variant: "unweighted", n: 0, countKind: .units, undefined: reason)
        let words = try #require(ReportLanguage.nl.reason(.computed(result)))
        #expect(words != reason.description && !words.isEmpty)
        #expect(ReportLanguage.en.reason(.computed(result)) == reason.description)
    }

    @Test("all raters: percent agreement and kappa are marked as not computed, alpha is there")
    func allRaters() {
        let instrument = ReportScenario.instrument
        let view = AgreementView(
            AgreementReport(instrument: instrument, sessions: sessions(), selection: .allRaters), instrument: instrument)
        #expect(!view.isPairwise)
        #expect(view.itemRows[0].pairwise.allSatisfy { $0.reason == "maat voor twee beoordelaars: kies twee rollen of twee beoordelaars" })
        #expect(view.selection == "alle beoordelaars" && view.raterColumns == ["zelf", "supervisor"])
        #expect(view.itemRows[0].alpha.map(\.variant) == ["nominal", "ordinal", "interval"])
        let text = view.text()
        #expect(!text.contains("κ lin"))
        #expect(text.contains("Procentuele overeenstemming en Cohens kappa vergelijken twee beoordelaars"))
    }

    @Test("history: date order, per pair, and the change from the first to the last session")
    func history() throws {
        let instrument = ReportScenario.instrument
        let history = DevelopmentHistory(instrument: instrument, sessions: sessions(), coach: "C07")
        let view = HistoryView(history, instrument: instrument, coachField: "coach", pairField: "jongere")
        #expect(view.entries.map(\.session) == [2, 1, 3])
        #expect(view.pairs.map(\.code) == ["J112", "J200"])
        #expect(view.trends.map(\.role) == ["self", "supervisor"])
        #expect(view.trends[0].first.text == "2.00" && view.trends[0].last.text == "3.00" && view.trends[0].change.text == "+1.00")
        let markdown = try ReportTemplates(folder: ReportScenario.templates).render(view, template: "history.md")
        #expect(markdown.contains("| 2026-01-10 | 2 | J112 | zelf | 2.00 | 2.00 | 2.00 | 2.00 |"))
        #expect(markdown.contains("- zelf: 2.00 → 3.00 (+1.00) over 3 sessies"))
        for line in view.text().split(separator: "\n") { #expect(line.count <= 80) }
    }
}

extension AgreementAndHistoryViewTests {
    @Test("the agreement text fits 80 columns")
    func agreementWidth() {
        let instrument = ReportScenario.instrument
        for selection in [AgreementSelection.selfAndSupervisor, .allRaters] {
            let view = AgreementView(
                AgreementReport(instrument: instrument, sessions: sessions(), selection: selection), instrument: instrument)
            for line in view.text().split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        }
    }
}
