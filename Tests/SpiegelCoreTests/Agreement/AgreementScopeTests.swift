import SpiegelCore
import SpiegelTestSupport
import Testing

@Suite("Agreement report: items, scales and size")
struct AgreementScopeTests {
    /// Section A: two items on `drie`, one on `vier`, one check; section B: one item on `vier`.
    static let instrument: Instrument = {
        let drie = Scale(id: "drie", levels: (1...3).map { Level(value: $0, label: LocalizedText("\($0)")) })
        let vier = Scale(id: "vier", levels: (1...4).map { Level(value: $0, label: LocalizedText("\($0)")) })
        let rating = { (id: ItemID, scale: ScaleID) in
            Item(id: id, prompt: LocalizedText("item \(id)"), kind: .rating(scale: scale, indicators: []))
        }
        let check = Item(id: "c", prompt: LocalizedText("check"), kind: .check(notApplicable: []))
        return Instrument(
            id: "mixed", version: "1", title: LocalizedText("Mixed"), scales: [drie, vier],
            sections: [
                Section(
                    id: "A", title: LocalizedText("A"), items: [rating("a1", "drie"), rating("a2", "drie"), rating("a3", "vier"), check]),
                Section(id: "B", title: LocalizedText("B"), items: [rating("b1", "vier")]),
            ])
    }()

    static func sessions(_ count: Int) -> [(session: Session, ratings: [Rating])] {
        (0..<count).map { index in
            let session = AgreementTestCorpus.session(
                Int64(index), date: "2024-01-01", coach: "C1", jongere: "J1", instrument: InstrumentReference(instrument))
            let scores = { (shift: Int) in
                ["a1", "a2", "a3", "b1"].enumerated().map { Score(item: ItemID($1), answer: .level((index + $0 + shift) % 3 + 1)) }
                    + [Score(item: "c", answer: .check(index % 2 == 0))]
            }
            let ratings = [
                Rating(rater: "C1", role: "self", scores: scores(0)),
                Rating(rater: "S1", role: "supervisor", scores: scores(index % 5 == 0 ? 1 : 0)),
                Rating(rater: "P1", role: "peer", scores: scores(index % 7 == 0 ? 2 : 0)),
            ]
            return (session, ratings)
        }
    }

    @Test("a pooled group on two scales has no kappa, with the reason; check items are left out")
    func mixedScales() {
        let report = AgreementReport(instrument: Self.instrument, sessions: Self.sessions(20), selection: .selfAndSupervisor)
        #expect(
            report.rows.map { AgreementTestCorpus.key($0.scope) } == [
                "item:a1", "item:a2", "item:a3", "section:A", "item:b1", "section:B", "overall", "score:A", "score:B", "total",
            ])
        for scope in [AgreementRow.Scope.section("A"), .overall] {
            let kappa = report.row(scope)?.figure(.cohensKappa, "quadratic")
            #expect(kappa == .notComputed(statistic: .cohensKappa, variant: "quadratic", reason: .mixedScales(["drie", "vier"])))
            #expect(kappa?.reason == "the items use different scales (drie, vier): no common categories")
            #expect(report.row(scope)?.figure(.krippendorffAlpha, "interval")?.value != nil)
        }
        #expect(report.row(.section("B"))?.figure(.cohensKappa, "linear")?.value != nil)
        #expect(report.row(.item("a3", section: "A"))?.figure(.cohensKappa, "unweighted")?.value != nil)
    }

    @Test("10,000 sessions × 3 raters × 14 items: linear, well under a second in a release build")
    func largeCorpus() throws {
        let instrument = try Fixtures.bundled("school2care-reflectie.xml")
        let reference = InstrumentReference(instrument)
        let sessions = (0..<10_000).map { index in
            let session = AgreementTestCorpus.session(Int64(index), date: "2024-01-01", coach: "C1", jongere: "J1", instrument: reference)
            let answers = { (shift: Int) in String((0..<14).map { Character(String((index * 7 + $0 * 3 + shift) % 3 + 1)) }) }
            return (
                session,
                [
                    AgreementTestCorpus.rating("self", "C1", answers(0)),
                    AgreementTestCorpus.rating("supervisor", "S1", answers(index % 4 == 0 ? 1 : 0)),
                    AgreementTestCorpus.rating("peer", "P1", answers(index % 3 == 0 ? 2 : 0)),
                ]
            )
        }
        let clock = ContinuousClock()
        for selection in [AgreementSelection.allRaters, .selfAndSupervisor] {
            var report: AgreementReport?
            let elapsed = clock.measure { report = AgreementReport(instrument: instrument, sessions: sessions, selection: selection) }
            let overall = try #require(report?.row(.overall))
            #expect(overall.units == 140_000)
            let pairable = selection.isPairwise ? 280_000 : 420_000
            #expect(overall.figure(.krippendorffAlpha, "nominal")?.n == pairable)
            #expect(report?.row(.totalScore)?.figure(.intraclassCorrelation, "ICC(2,1)")?.n == 10_000)
            #if !DEBUG
                #expect(elapsed < .milliseconds(1000), "took \(elapsed)")
            #endif
            print("AgreementReport (\(selection)) on 10,000 sessions × 3 raters × 14 items: \(elapsed)")
        }
    }
}
